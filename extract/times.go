package extract

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

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
	return chronology(text, published, sents, out)
}

// chronology gives the entries of a dated list their year. An entry is a
// paragraph that opens with a date followed by a dash or a colon ("April 30
// - BP says it will pay"; "Nov. 24: the fund pays out"): a chronology of
// past events, whose entries written without a year are in the year of the
// entry before them (the next year when the month goes back: "Nov. 24",
// then "Jan. 4"), and never after the publication date (the first entry
// without a year before it is in the last such month and day up to then).
// The tagger, which reads one phrase at a time, puts a present-tense entry
// ("April 30 - Hayward says") in the publication year.
//
// A paragraph that opens with four digits and a colon ("2001: Following the
// speech, ...") is an entry of a live blog stamped with the time of day
// (20:01), not a year: it is dropped; so are four digits and a colon
// inside a paragraph when, as a year, they would be after the publication
// ("... tweets 2029: Wonkette writes").
func chronology(text, published string, sents []sentence, refs []timeRef) []timeRef {
	paraStart := map[int]bool{}
	for i, s := range sents {
		if i == 0 || sents[i-1].Para != s.Para {
			paraStart[s.Start] = true
		}
	}
	year, month := 0, 0 // of the last entry
	for i := range refs {
		r := &refs[i]
		if r.Type != "DATE" || r.When.Start == nil || (r.When.Granularity != model.Day && r.When.Granularity != model.Month && r.When.Granularity != model.Year) {
			continue
		}
		if r.When.Granularity == model.Year && (paraStart[r.Start] || published != "" && text[r.Start:r.End] > published[:4]) &&
			isClock(text[r.Start:r.End]) && strings.HasPrefix(strings.TrimLeft(text[r.End:], " "), ":") {
			r.Type = "" // not a date: dropped below
			continue
		}
		if r.When.Granularity == model.Year {
			continue
		}
		y, _ := strconv.Atoi((*r.When.Start)[:4])
		m, _ := strconv.Atoi((*r.When.Start)[5:7])
		if !paraStart[r.Start] || !isEntryMark(text[r.End:]) {
			if hasYear(r.When.Text) {
				year, month = y, m // a year written in the text before the list
			}
			continue
		}
		if !hasYear(r.When.Text) {
			switch {
			case year > 0 && m < month:
				y = year + 1
			case year > 0:
				y = year
			}
			for published != "" && y > 0 && fmt.Sprintf("%04d%s", y, (*r.When.Start)[4:]) > published {
				y--
			}
			setYear(r, y)
		}
		year, month = y, m
	}
	return slices.DeleteFunc(refs, func(r timeRef) bool { return r.Type == "" })
}

// isClock reports whether s is four digits that read as a time of day
// ("2001", "0945"): hours up to 23, minutes up to 59.
func isClock(s string) bool {
	if len(s) != 4 {
		return false
	}
	h, err1 := strconv.Atoi(s[:2])
	m, err2 := strconv.Atoi(s[2:])
	return err1 == nil && err2 == nil && h <= 23 && m <= 59
}

// isEntryMark reports whether s, the text after a date, goes on with the
// dash or colon of a list entry.
func isEntryMark(s string) bool {
	s = strings.TrimLeft(s, " ")
	for _, p := range []string{"- ", "-- ", "\u2013 ", "\u2014 ", ": "} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// hasYear reports whether the words of a date write its year: four digits.
func hasYear(words string) bool {
	n := 0
	for _, r := range words {
		if r >= '0' && r <= '9' {
			n++
			if n == 4 {
				return true
			}
		} else {
			n = 0
		}
	}
	return false
}

// setYear moves the date r to year y, keeping its month and day.
func setYear(r *timeRef, y int) {
	old := (*r.When.Start)[:4]
	yy := fmt.Sprintf("%04d", y)
	if yy == old {
		return
	}
	fix := func(p *string) *string {
		if p == nil || !strings.HasPrefix(*p, old) {
			return p
		}
		v := yy + (*p)[4:]
		return &v
	}
	r.When.Start, r.When.End = fix(r.When.Start), fix(r.When.End)
	if strings.HasPrefix(r.When.Value, old) {
		r.When.Value = yy + r.When.Value[4:]
	}
	if strings.HasPrefix(r.Value, old) {
		r.Value = yy + r.Value[4:]
	}
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
