package timex

import (
	"strconv"
	"strings"
	"time"
)

// scan is the per-call state of Tag: the tokens, the creation date and the
// matches found so far. A Tagger holds only configuration, so it is safe for
// concurrent use.
type scan struct {
	text       string
	toks       []tok
	dct        time.Time
	hasDCT     bool
	tg         *Tagger
	now        time.Time // the creation time when dct has one ("2013-02-12T04:30")
	hasTime    bool
	zone       int // the offset from UTC in seconds of the creation time, when given
	hasZone    bool
	ref        time.Time // the last day-granularity date seen, for "the following day"
	hasRef     bool
	refAny     time.Time // the start of the last period seen, for "that year"
	hasRefAny  bool
	inDayPart  bool      // dayPart is trying the table at its own token
	quarter    time.Time // the start of the last quarter mentioned, for "a year earlier"
	hasQuarter bool
}

// match is a rule's result over the tokens [i, j).
type match struct {
	i, j int
	r    res
	rel  bool // resolved against the creation date (or the last date seen)
}

func newScan(text, dct string, tg *Tagger) *scan {
	s := &scan{text: text, toks: lex(text), tg: tg}
	if len(dct) >= 10 {
		if t, err := time.Parse(iso, dct[:10]); err == nil {
			s.dct, s.hasDCT = t, true
			for _, layout := range []string{"2006-01-02T15:04:05", "2006-01-02T15:04"} {
				if len(dct) >= len(layout) {
					if n, err := time.Parse(layout, dct[:len(layout)]); err == nil {
						s.now, s.hasTime = n, true
						if z, err := time.Parse(time.RFC3339, dct); err == nil {
							_, s.zone = z.Zone()
							s.hasZone = true
						}
						break
					}
				}
			}
		}
	}
	if !s.hasDCT {
		// Relative values are computed against an arbitrary date and then
		// masked with X (see maskDigits).
		s.dct = date(2000, 1, 1)
	}
	return s
}

// run applies the rule table at each token: the longest match wins, ties go
// to the earlier rule; then the post-passes join ranges and anchor
// durations to events.
func (s *scan) run() []Timex {
	var ms []match
	for i := 0; i < len(s.toks); {
		best := match{j: -1}
		if !s.canStart(i) {
			i++
			continue
		}
		for _, r := range rules {
			m, ok := r.fn(s, i)
			if ok && m.j > i && m.j > best.j && m.i >= i {
				best = m
			}
		}
		if best.j < 0 {
			i++
			continue
		}
		if best.r.typ == "DATE" && best.r.from != "" {
			if t, err := time.Parse(iso, best.r.from); err == nil {
				if best.r.gran == "day" && best.r.mod == "" {
					s.ref, s.hasRef = t, true
				}
				s.refAny, s.hasRefAny = t, true
				if best.r.gran == "quarter" && t.After(shift(s.dct, "M", -12)) {
					// the quarter being reported, not a year-ago one
					s.quarter, s.hasQuarter = t, true
				}
			}
		}
		ms = append(ms, best)
		i = best.j
	}
	ms = s.joinDateTime(ms)
	ms = s.joinRanges(ms)
	if s.tg != nil && s.tg.PreferFuture {
		s.durationSpans(ms)
		s.lateNights(ms)
		s.lunches(ms)
		ms = s.earlyMornings(ms)
		s.openIntervals(ms)
	}
	out := make([]Timex, 0, len(ms))
	for _, m := range ms {
		out = append(out, s.timex(m))
	}
	return out
}

// timex turns a match into a Timex, masking relative values when there is no
// creation date.
func (s *scan) timex(m match) Timex {
	a, b := s.toks[m.i].start, s.toks[m.j-1].end
	r := m.r
	t := Timex{Start: a, End: b, Text: s.text[a:b], Type: r.typ, Value: r.value, Mod: r.mod,
		Granularity: r.gran, Basis: r.basis, From: r.from, To: r.to, Range: r.rng, Anchor: r.anchor}
	if t.Basis == "" {
		t.Basis = "explicit"
		if m.rel {
			t.Basis = "relative"
		}
	}
	if t.Type == "DURATION" || t.Type == "SET" || strings.HasSuffix(t.Value, "_REF") {
		if t.Range == "" {
			t.From, t.To = "", ""
			t.Granularity = "unknown"
		}
		if t.Type != "DURATION" && strings.HasSuffix(t.Value, "_REF") {
			t.Basis = "relative"
		}
	}
	if t.Granularity == "" {
		t.Granularity = "unknown"
	}
	if m.rel && !s.hasDCT && t.Basis != "anchored" {
		t.Value = maskDigits(t.Value)
		t.From, t.To, t.Range = "", "", ""
		if t.Type != "DURATION" {
			t.Granularity = "unknown"
		}
	}
	return t
}

// w returns the lower-case token i, or "" out of range.
func (s *scan) w(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.toks[i].s
}

// is reports whether token i is one of words.
func (s *scan) is(i int, words ...string) bool {
	w := s.w(i)
	if w == "" {
		return false
	}
	for _, x := range words {
		if w == x {
			return true
		}
	}
	return false
}

// num reports the integer value of a digit token i.
func (s *scan) num(i int) (int, bool) {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != tNum || len(s.toks[i].s) > 9 {
		return 0, false
	}
	n, err := strconv.Atoi(s.toks[i].s)
	return n, err == nil
}

// glued reports whether token i follows token i-1 with no space between.
func (s *scan) glued(i int) bool {
	return i > 0 && i < len(s.toks) && !s.toks[i].sp
}

// period skips an abbreviation's full stop after token i: it returns i+1,
// or i+2 when a glued "." follows.
func (s *scan) period(i int) int {
	if s.w(i+1) == "." && s.glued(i+1) {
		return i + 2
	}
	return i + 1
}

var smallNums = map[string]int{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}

// quantity scans a count at token i: digits ("24", "2.5"), number words
// ("three", "twenty-five", "a hundred"), "a"/"an" (1), "a couple of" (2),
// "half a"/"half an" (0.5) or a vague quantity ("a few", "several",
// "some", "many": -1, written X in values). It returns the value and the
// next token.
func (s *scan) quantity(i int) (float64, int, bool) {
	if n, ok := s.num(i); ok {
		if s.w(i+1) == "." && s.glued(i+1) && s.glued(i+2) {
			if _, ok := s.num(i + 2); ok {
				f, err := strconv.ParseFloat(s.toks[i].s+"."+s.toks[i+2].s, 64)
				if err == nil {
					return f, i + 3, true
				}
			}
		}
		if s.w(i+1) == "," && s.glued(i+1) {
			return 0, 0, false // "1,500": a count, not a quantity of time
		}
		if s.w(i+1) == "1" && s.w(i+2) == "/" && s.w(i+3) == "2" && s.glued(i+2) && s.glued(i+3) && !s.glued(i+1) {
			return float64(n) + 0.5, i + 4, true // "2 1/2 years"
		}
		return float64(n), i + 1, true
	}
	switch w := s.w(i); w {
	case "a", "an":
		if s.is(i+1, "few") {
			return -1, i + 2, true
		}
		if s.is(i+1, "couple") && s.is(i+2, "of") {
			return 2, i + 3, true
		}
		if s.is(i+1, "couple") {
			return 2, i + 2, true // "a couple hours"
		}
		if s.is(i+1, "half") {
			return 0.5, i + 2, true
		}
		if s.is(i+1, "dozen") {
			return 12, i + 2, true
		}
		if s.is(i+1, "hundred") {
			return 100, i + 2, true
		}
		return 1, i + 1, true
	case "few", "several", "some", "many", "couple":
		if w == "couple" && s.is(i+1, "of") {
			return 2, i + 2, true
		}
		return -1, i + 1, true
	case "half":
		if s.is(i+1, "a", "an") {
			return 0.5, i + 2, true
		}
	default:
		if n, ok := smallNums[w]; ok {
			j := i + 1
			if n >= 20 && n < 100 && n%10 == 0 && s.w(j) == "-" && s.glued(j) {
				if m, ok := smallNums[s.w(j+1)]; ok && m < 10 {
					return float64(n + m), j + 2, true
				}
			}
			if n >= 20 && n < 100 && n%10 == 0 {
				if m, ok := smallNums[s.w(j)]; ok && m >= 1 && m < 10 {
					return float64(n + m), j + 1, true // "twenty four"
				}
			}
			if n < 10 && s.is(j, "hundred") {
				return float64(n * 100), j + 1, true
			}
			return float64(n), j, true
		}
	}
	return 0, 0, false
}

// unitOf maps a unit word to its TIMEX3 unit letter.
func unitOf(w string) (string, bool) {
	switch w {
	case "second", "seconds", "sec", "secs":
		return "S", true
	case "minute", "minutes", "min", "mins":
		return "MIN", true
	case "hour", "hours", "hr", "hrs":
		return "H", true
	case "day", "days":
		return "D", true
	case "week", "weeks":
		return "W", true
	case "fortnight", "fortnights":
		return "FN", true
	case "weekend", "weekends":
		return "WE", true
	case "month", "months":
		return "M", true
	case "quarter", "quarters", "qtr", "qtrs":
		return "Q", true
	case "year", "years", "yr", "yrs":
		return "Y", true
	case "decade", "decades":
		return "DE", true
	case "century", "centuries":
		return "CE", true
	}
	return "", false
}

// sentence bounds: a token that ends a clause for the tense heuristic.
func (s *scan) boundary(i int) bool {
	t := s.toks[i]
	return t.nl || t.s == "." || t.s == "!" || t.s == "?" || t.s == ";" || t.s == "\""
}

// Tense values.
const (
	past    = -1
	unknown = 0
	future  = 1
)

// pastVerbs are irregular past forms and other words that place a clause in
// the past; regular "-ed" forms are recognised by their ending.
var pastVerbs = set("said", "was", "were", "had", "did", "told", "met", "spoke", "made", "took",
	"came", "went", "began", "gave", "saw", "found", "left", "held", "got", "ago", "last",
	"yesterday", "earlier", "previously", "wrote", "sent", "won", "lost", "fell", "rose",
	"paid", "sold", "bought", "led", "ran", "set", "put", "hit", "cut", "thought", "knew",
	"became", "broke", "brought", "chose", "drove", "ate", "flew", "forgot", "grew",
	"hung", "kept", "laid", "meant", "quit", "shot", "shut", "stood", "struck", "swore",
	"taught", "threw", "understood", "woke", "wore", "fought", "sought")

// futureWords place a clause in the future ("will", "'ll", "next",
// "scheduled", "expected", "plans", "would" not followed by "have").
var futureWords = set("will", "shall", "ll", "next", "upcoming", "tomorrow", "plans", "plan",
	"planned", "planning", "expected", "expects", "expect", "scheduled", "due",
	"coming", "would", "intends", "aims", "hopes", "going")

// notPast are "-ed" words that are not past verbs.
var notPast = set("need", "needed", "indeed", "hundred", "united", "red", "bed", "seed", "feed",
	"speed", "breed", "based", "called", "proceed", "exceed", "succeed", "weed", "shed",
	"expected", "scheduled", "planned", "alleged", "embed", "wed", "fed", "led", "ed")

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// cue returns the tense a single token suggests.
func (s *scan) cue(i int) int {
	w := s.toks[i].s
	if s.toks[i].kind != tWord {
		return unknown
	}
	switch {
	case w == "last" && s.tg != nil && s.tg.PreferFuture:
		// an assistant's "last Friday of October" is an ordinal, not the
		// past: "last week" and "last Friday" have their own rules
		return unknown
	case (w == "was" || w == "were" || w == "is" || w == "are" || w == "set") && (futureWords[s.w(i+1)] || s.is(i+1, "set", "to", "about")):
		// "were planning", "is expected", "was set to", "set to resume"
		return future
	case w == "as" && s.is(i+1, "soon", "early") && s.is(i+2, "as"):
		return future // "as soon as Tuesday"
	case w == "would":
		if s.is(i+1, "have") || s.is(i+1, "not") && s.is(i+2, "have") {
			return past
		}
		return future
	case w == "ll":
		if s.w(i-1) == "'" {
			return future
		}
		return unknown
	case futureWords[w]:
		return future
	case pastVerbs[w]:
		return past
	case len(w) >= 5 && strings.HasSuffix(w, "ed") && !notPast[w]:
		// "had planned", "was expected": an auxiliary decides.
		return past
	}
	return unknown
}

// tense guesses the tense of the clause around tokens [i, j): the cue
// nearest to the expression within the sentence (at most 12 tokens away)
// wins, the left side first on a tie. Cues are past forms ("said", "-ed"
// verbs, "was", "had"), future markers ("will", "'ll", "would", "plans",
// "scheduled", "next") and modal verbs; with none, it returns unknown.
func (s *scan) tense(i, j int) (t int) {
	if s.tg != nil && s.tg.NoTense {
		return unknown
	}
	if s.tg != nil && s.tg.PreferFuture {
		defer func() {
			if t == unknown {
				t = future
			}
		}()
	}
	const window = 12
	for d := 1; d <= window; d++ {
		if l := i - d; l >= 0 {
			if s.boundary(l) && s.toks[l].s != "\"" {
				i = -1000 // stop looking left
			} else if c := s.cue(l); c != unknown {
				// "had" + past participle, "was expected": the auxiliary
				// is the cue, the participle does not override it.
				return c
			}
			if s.toks[l].nl {
				i = -1000
			}
		}
		if r := j - 1 + d; r < len(s.toks) && r > 0 {
			if s.boundary(r) {
				j = len(s.toks) + 1000
			} else if c := s.cue(r); c != unknown {
				return c
			}
		}
	}
	return unknown
}
