package timex

import (
	"slices"
	"time"
)

// Timex is one time expression found in a text.
type Timex struct {
	Start, End int    // byte offsets [Start, End) into the tagged text
	Text       string // text[Start:End]
	Type       string // "DATE" | "TIME" | "DURATION" | "SET"
	// Value is the TIMEX3 value: "2025-01-31", "2025-W05", "2024-09",
	// "2025-Q1", "2013-03-22T14:30", "P6M", "PRESENT_REF", "XXXX-XX-XX".
	Value string
	Mod   string // TIMEX3 mod when any: "START", "MID", "END", "APPROX", "BEFORE", "AFTER", ...

	// Granularity is what a reader would put on a calendar:
	// "day" | "week" | "month" | "quarter" | "year" | "range" | "unknown".
	Granularity string
	// Basis says where the date came from: "explicit" (the text names it),
	// "relative" (resolved against the creation date), "anchored" (to another
	// event) or "unknown".
	Basis string
	// From and To are the inclusive YYYY-MM-DD bounds of the period the
	// expression denotes, "" when open or unknown: "last week" in an article
	// of 2025-02-01 gives 2025-01-20 and 2025-01-26.
	From, To string
	// Range is the ISO interval for a range ("2025-02-14/2025-02-16",
	// "2025-02/2025-03"), else "".
	Range string
	// Anchor is set for an expression anchored to an event ("two days after
	// his inauguration"); such a Timex has Basis "anchored" and an X value
	// until ResolveAnchor dates it.
	Anchor *Anchor
}

// Anchor is the event an anchored time expression is relative to.
type Anchor struct {
	Event                string // the anchoring event phrase's head, lower case: "inauguration"
	Offset               string // ISO duration: "P2D"
	Direction            string // "after" | "before"
	EventStart, EventEnd int    // byte span of the event phrase
}

// Tagger finds and normalises time expressions. Its zero value is ready to
// use and it is safe for concurrent use.
type Tagger struct {
	// NoTense turns the tense heuristic off: bare weekdays and months then
	// resolve to the nearest occurrence on either side of the creation date.
	NoTense bool
	// PreferFuture reads text as a scheduling assistant would (Duckling's
	// conventions) rather than as news: expressions whose tense is unknown
	// resolve forwards ("monday" is the next Monday, "at 3am" said at 04:30
	// is tomorrow's), and offsets are exact ("in 2 days", "a week ago" are
	// days, "in 15 minutes" a minute) instead of TimeML's unit granularity.
	// The default, for news, resolves backwards.
	PreferFuture bool
}

// Tag returns the time expressions of text in order of Start, resolved
// against dct, the publication or creation date "YYYY-MM-DD" (a longer ISO
// timestamp "2013-02-12T04:30:00" gives the time of day too, and an
// RFC 3339 one "2013-02-12T04:30:00-02:00" the zone into which
// PreferFuture converts times written with a zone). With dct "" relative expressions keep
// Basis "relative" but get an X value; explicit ones still resolve. Tag
// never panics, whatever the input.
func (tg *Tagger) Tag(text string, dct string) (out []Timex) {
	defer func() {
		if r := recover(); r != nil {
			if !recoverPanics {
				panic(r)
			}
			// A broken rule must not take the caller down; report nothing.
			out = nil
		}
	}()
	s := newScan(text, dct, tg)
	out = s.run()
	slices.SortStableFunc(out, func(a, b Timex) int { return a.Start - b.Start })
	return out
}

// recoverPanics is turned off by the fuzz tests, so that a rule that panics
// is found rather than hidden.
var recoverPanics = true

// ResolveAnchor returns t resolved once its anchor event is dated: eventDate
// is a day "YYYY-MM-DD". It returns t unchanged when t has no anchor or
// eventDate does not parse.
func ResolveAnchor(t Timex, eventDate string) Timex {
	if t.Anchor == nil {
		return t
	}
	d, err := time.Parse("2006-01-02", eventDate)
	if err != nil {
		return t
	}
	n, unit, ok := parseDur(t.Anchor.Offset)
	if !ok {
		return t
	}
	if t.Anchor.Direction == "before" {
		n = -n
	}
	r := shift(d, unit, n)
	v := atGran(r, unit)
	t.Type, t.Value, t.Granularity, t.From, t.To = "DATE", v.value, v.gran, v.from, v.to
	return t
}
