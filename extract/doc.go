// Package extract turns dated articles into a merged, sourced timeline of
// events.
//
// Build is the one entry point. It runs the stages of the data flow in a
// fixed order: read (done by the caller, see ReadText and ReadJSONL),
// segment, time expressions, entities, claims and events per document (in
// parallel), then merge across documents. Every stage is an unexported
// function with concrete input and output types, so it can be tested alone.
package extract
