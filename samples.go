// Package timeline holds the sample articles that the timeline command
// builds when it is given no input. The tool itself is in cmd/timeline, the
// pipeline in extract, the output types in model and the JSON Schema in
// schema.
package timeline

import "embed"

// Samples holds the five sample articles, testdata/articles/*.txt: news
// reports of January and February 2025 on the first contacts between Donald
// Trump and Vladimir Putin about the war in Ukraine.
//
//go:embed testdata/articles/*.txt
var Samples embed.FS
