package model

import (
	"cmp"
	"fmt"
	"slices"
)

// DiagnosticList is a list of diagnostics, sortable by document and position.
type DiagnosticList []Diagnostic

// Sort sorts the list by document, line, start, end, severity and message.
func (l DiagnosticList) Sort() {
	slices.SortStableFunc(l, func(a, b Diagnostic) int {
		return cmp.Or(
			cmp.Compare(a.Document, b.Document),
			cmp.Compare(a.Line, b.Line),
			cmp.Compare(a.Start, b.Start),
			cmp.Compare(a.End, b.End),
			cmp.Compare(a.Severity, b.Severity),
			cmp.Compare(a.Message, b.Message),
		)
	})
}

// Err returns the list as an error, or nil when it holds no errors.
func (l DiagnosticList) Err() error {
	for _, d := range l {
		if d.Severity == Error {
			return l
		}
	}
	return nil
}

// Error prints the first entry and how many more there are.
func (l DiagnosticList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].String()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0].String(), len(l)-1)
}

// String prints the diagnostic as "document:line: message" or
// "document: message".
func (d Diagnostic) String() string {
	if d.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", d.Document, d.Line, d.Message)
	}
	return fmt.Sprintf("%s: %s", d.Document, d.Message)
}
