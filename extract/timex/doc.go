// Package timex finds time expressions in English text and normalises them
// in TimeML TIMEX3 terms (type DATE, TIME, DURATION or SET and an ISO 8601
// value), resolving relative expressions against a document creation date
// the way a reader would: the tense of the nearby verb picks the previous or
// the next Friday, explicit years win, granularity is kept, ranges stay
// ranges and expressions anchored to an event stay unresolved until that
// event is dated (see ResolveAnchor).
//
// It also reads and writes TimeML documents (the TempEval-3 interchange
// format) and scores a system's TIMEX3 tags against gold ones with the
// TempEval-3 Task A metrics (see Score).
//
// The recogniser is a table of token patterns (rules.go), each with a
// comment saying what it scans; olebedev/when is used only for clock times
// inside an extent the rules have already found (when.go).
package timex
