package extract

import (
	"strconv"

	"github.com/timelinehq/timeline/extract/timex"
	"github.com/timelinehq/timeline/model"
)

// tagger is the temporal tagger; its zero value reads news (past tense
// preferred) and is safe for concurrent use.
var tagger timex.Tagger

// findTimes finds the time expressions of text and resolves them against
// the publication date (YYYY-MM-DD, or "" when unknown). Each becomes a
// timeRef whose When follows the output contract: Value is ISO at its
// granularity (the interval for a range), Start and End are the inclusive
// bounds (nil when open or unknown), Text the words, Basis how it was
// obtained. An expression anchored to an event ("two days after his
// inauguration") keeps its anchor until that event is dated.
func findTimes(text, published string, sents []sentence) []timeRef {
	var out []timeRef
	for _, t := range tagger.Tag(text, published) {
		out = append(out, timeRefOf(t))
	}
	return out
}

// timeRefOf converts one tagged expression.
func timeRefOf(t timex.Timex) timeRef {
	r := timeRef{Start: t.Start, End: t.End, Type: t.Type, Value: t.Value}
	w := model.When{
		Value:       t.Value,
		Granularity: model.Granularity(t.Granularity),
		Text:        t.Text,
		Basis:       model.Basis(t.Basis),
	}
	if t.Range != "" {
		w.Value = t.Range
	}
	if t.From != "" {
		f := t.From
		w.Start = &f
	}
	if t.To != "" {
		e := t.To
		w.End = &e
	}
	switch w.Granularity {
	case model.Day, model.Week, model.Month, model.Quarter, model.Year, model.Range:
	default:
		w.Granularity = model.UnknownGranule
	}
	switch w.Basis {
	case model.Explicit, model.Relative, model.Anchored:
	default:
		w.Basis = model.UnknownBasis
	}
	if w.Start == nil && w.End == nil && w.Granularity != model.UnknownGranule && !isISODate(w.Value) {
		// An unresolved value ("XXXX-XX-XX"): no date.
		w.Granularity = model.UnknownGranule
	}
	if w.Granularity == model.UnknownGranule {
		w.Value = "" // "PRESENT_REF", "XXXX-XX-XX": no date
	}
	if t.Anchor != nil {
		r.Anchor = &anchorRef{Event: t.Anchor.Event, Days: offsetDays(t.Anchor.Offset)}
		if t.Anchor.Direction == "before" {
			r.Anchor.Days = -r.Anchor.Days
		}
		w.Basis = model.Anchored
	}
	r.When = w
	return r
}

// isISODate reports whether v starts with a four-digit year.
func isISODate(v string) bool {
	if len(v) < 4 {
		return false
	}
	_, err := strconv.Atoi(v[:4])
	return err == nil
}

// offsetDays reads an ISO duration of days, weeks, months or years ("P2D",
// "P1W", "P3M") as a number of days; months count 30 days and years 365.
func offsetDays(d string) int {
	if len(d) < 3 || d[0] != 'P' {
		return 0
	}
	n, err := strconv.Atoi(d[1 : len(d)-1])
	if err != nil {
		return 0
	}
	switch d[len(d)-1] {
	case 'D':
		return n
	case 'W':
		return 7 * n
	case 'M':
		return 30 * n
	case 'Y':
		return 365 * n
	}
	return 0
}
