package extract

import "github.com/timelinehq/timeline/model"

// merged is what the merge step makes of all the documents.
type merged struct {
	entities []model.Entity
	events   []model.Event
	diags    model.DiagnosticList
}

// merge combines the analyses of all documents into one list of entities
// and one of events, with stable IDs.
//
// Placeholder: the merge step is being written on its own branch.
func merge(docs []*analysis) merged {
	return merged{entities: []model.Entity{}, events: []model.Event{}}
}
