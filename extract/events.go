package extract

import "github.com/timelinehq/timeline/model"

// findEvents finds the statements, calls, meetings, talks and visits one
// document reports, with their status, time, participants and place.
//
// Placeholder: the event stage is being written on its own branch.
func findEvents(a *analysis) ([]eventMention, model.DiagnosticList) { return nil, nil }
