//go:build race

package extract

// raceEnabled reports whether the race detector is on: it slows the pipeline
// down several times, so time budgets do not apply.
const raceEnabled = true
