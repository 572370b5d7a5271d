package timex

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// rule is one entry of the pattern table: fn tries to match at token i.
type rule struct {
	name string
	fn   func(s *scan, i int) (match, bool)
}

// rules is the pattern table, tried at every token; the longest match
// wins and ties go to the earlier rule.
var rules []rule

func init() {
	rules = []rule{
		// 2025-01-31: an ISO calendar date (not a clock time).
		{"iso-date", isoDate},
		// an assistant's "in 1/4 h", "in a few minutes", "in 15'".
		{"assistant-in", assistantIn},
		// an assistant's "in the afternoon", "morning".
		{"assistant-day-part", assistantDayPart},
		// 2/15/2013, 2/15/13, 2/15: US month/day[/year].
		{"slash-date", slashDate},
		// January 20; Jan. 31, 2025; 31 January 2025; the 5th of May;
		// February 14-16; September 2024; a bare month with a guard.
		{"month-date", monthDate},
		// 2022; fiscal 1998; but not 1,500 or 2022 people.
		{"year", year},
		// nineteen ninety-six, two thousand and ten.
		{"spelled-year", spelledYear},
		// the 1990s, the '80s, the 20th century.
		{"decade", decade},
		// yesterday, today, tomorrow, tonight, now, currently, recently,
		// the past, the future, soon, recent years.
		{"deictic", deictic},
		// [the] last/next/this/past/coming/following week, month, year,
		// quarter, weekend, decade; year-earlier; last night.
		{"relative-unit", relativeUnit},
		// [last/next/this] Friday [morning] and Friday, Jan. 31.
		{"weekday", weekdayRule},
		// the third quarter [of 1989]; third-quarter; the first half.
		{"quarter", quarter},
		// [this/last/next] summer [2024].
		{"season", season},
		// three years, the past six months, two-year, 24 hours, years;
		// three years ago, a year earlier, two days after his inauguration.
		{"duration", duration},
		// 2 p.m., 14:30, noon, midnight, 9:30 a.m. EST.
		{"clock", clock},
		// every week, each year, daily, weekly, annually, every Monday.
		{"set", setRule},
		// early/mid/late X, the end/beginning/middle of X, earlier/later
		// this year, mid-March.
		{"modified", modified},
		// about/nearly/almost/more than/at least X.
		{"approx", approx},
		// Christmas, New Year's Day, Thanksgiving, ...
		{"holiday", holiday},
		// the day after tomorrow, the day before yesterday.
		{"day-around", dayAround},
		// EOM, BOM, EOY.
		{"period-edge", periodEdge},
		// 10-31-74, 10.31.1974, 31/Oct/1974, 2014-10, 2/2013.
		{"numeric-date", numericDate},
		// the first Monday of March, the last day of October 2015, the
		// first week of October.
		{"nth-in-month", nthInMonth},
		// Wednesday of next week, Monday of this week.
		{"weekday-of-week", weekdayOfWeek},
		// this season, last season.
		{"season-word", seasonWord},
		// the week of March 6.
		{"week-of", weekOf},
		// the previous Friday, the following Monday.
		{"weekday-around", weekdayAround},
		// 3 Fridays from now, two Thursdays ago.
		{"weekday-count", weekdayCount},
		// the morning of March 3, February 15 in the morning.
		{"day-part", dayPart},
		// the 20th of next month, the ides of March.
		{"day-of-month", dayOfMonth},
		// 2018Q4, 18q4.
		{"year-quarter", yearQuarter},
	}
}

// best returns the longest match of the whole table at token i.
func (s *scan) best(i int) (match, bool) {
	best := match{j: -1}
	for _, r := range rules {
		if m, ok := r.fn(s, i); ok && m.j > best.j && m.i >= i {
			best = m
		}
	}
	return best, best.j > i
}

func mk(i, j int, r res, rel bool) (match, bool) { return match{i: i, j: j, r: r, rel: rel}, true }

var fail = match{}

// isoDate scans YYYY-MM-DD with valid month and day.
func isoDate(s *scan, i int) (match, bool) {
	y, ok1 := s.num(i)
	if !ok1 || len(s.w(i)) != 4 || s.w(i+1) != "-" || !s.glued(i+1) || !s.glued(i+2) {
		return fail, false
	}
	m, ok2 := s.num(i + 2)
	if !ok2 || s.w(i+3) != "-" || !s.glued(i+3) || !s.glued(i+4) {
		return fail, false
	}
	d, ok3 := s.num(i + 4)
	if !ok3 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return fail, false
	}
	return mk(i, i+5, dayRes(date(y, m, d)), false)
}

// slashDate scans M/D/YYYY, M/D/YY and M/D with valid month and day.
func slashDate(s *scan, i int) (match, bool) {
	m, ok := s.num(i)
	if !ok || s.w(i+1) != "/" {
		return fail, false
	}
	d, ok := s.num(i + 2)
	if !ok || m < 1 || m > 12 || d < 1 || d > 31 || len(s.w(i)) > 2 || len(s.w(i+2)) > 2 {
		return fail, false
	}
	if s.w(i+3) == "/" {
		y, ok := s.num(i + 4)
		if !ok {
			return fail, false
		}
		switch len(s.w(i + 4)) {
		case 2:
			y += 1900
			if y < 1950 {
				y += 100
			}
		case 4:
		default:
			return fail, false
		}
		if d > daysIn(y, m) {
			return fail, false
		}
		return mk(i, i+5, dayRes(date(y, m, d)), false)
	}
	assistant := s.tg != nil && s.tg.PreferFuture
	if s.w(i+3) == "/" || s.w(i-1) == "/" || i > 0 && s.toks[i-1].kind == tNum || !assistant && !s.is(i-1, "on", "since", "by", "until", "from", "to", "before", "after") {
		return fail, false // "7 3/8", "1/2": fractions (an assistant reads "2/15" as a date)
	}
	y := s.dayYear(m, d, s.tense(i, i+3))
	if d > daysIn(y, m) {
		return fail, false
	}
	return mk(i, i+3, dayRes(date(y, m, d)), true)
}

// monthName scans a month name at i and returns its number and the next
// token. Abbreviations need a capital or a full stop; "may" and "march"
// are checked by the callers.
func (s *scan) monthName(i int) (int, int, bool) {
	w := s.w(i)
	m, ok := months[w]
	if !ok || s.toks[i].kind != tWord {
		return 0, 0, false
	}
	if len(w) <= 4 && w != "may" && w != "june" && w != "july" {
		// abbreviation: "Jan." or a capitalised "Jan" next to a number
		// ("Jan 14", "18th Dec", "18 Dec")
		if s.w(i+1) == "." && s.glued(i+1) {
			return m, i + 2, true
		}
		_, numAfter := s.num(i + 1)
		_, numBefore := s.num(i - 1)
		if s.is(i-1, "st", "nd", "rd", "th") && s.glued(i-1) {
			_, numBefore = s.num(i - 2)
		}
		if !numAfter && !numBefore || !s.toks[i].capital() {
			return 0, 0, false
		}
	}
	return m, i + 1, true
}

// dayNum scans a day of month with an optional ordinal suffix ("31",
// "31st", "1st").
func (s *scan) dayNum(i int) (int, int, bool) {
	d, ok := s.num(i)
	if !ok || d < 1 || d > 31 || len(s.w(i)) > 2 {
		return 0, 0, false
	}
	j := i + 1
	if s.is(j, "st", "nd", "rd", "th") && s.glued(j) {
		j++
	}
	if s.w(j) == "," && s.w(j+1) != "" {
		// "31, 2025" is handled by the caller; "5,000" is not a day
		if _, isNum := s.num(j + 1); isNum && s.glued(j+1) {
			return 0, 0, false
		}
	}
	if s.w(j) == ":" && s.glued(j) && s.glued(j+1) || s.w(j) == "%" || s.w(j) == "." && s.glued(j) && s.glued(j+1) {
		return 0, 0, false // "6:30", "6%", "6.5"
	}
	return d, j, true
}

// yearNum scans a four-digit year 1000..2199 (or "'98").
func (s *scan) yearNum(i int) (int, int, bool) {
	if s.w(i) == "'" {
		if y, ok := s.num(i + 1); ok && len(s.w(i+1)) == 2 && s.glued(i+1) {
			if y < 50 {
				return 2000 + y, i + 2, true
			}
			return 1900 + y, i + 2, true
		}
		return 0, 0, false
	}
	y, ok := s.num(i)
	if !ok || len(s.w(i)) != 4 || y < 1000 || y > 2199 {
		return 0, 0, false
	}
	if s.w(i+1) == "," && s.glued(i+2) && s.toks[i+2].kind == tNum {
		return 0, 0, false
	}
	return y, i + 1, true
}

// monthCue are words before a bare month name that make it a date
// ("in March", "since May", "last April", "or March").
var monthCue = set("in", "since", "until", "till", "by", "from", "to", "through", "during",
	"before", "after", "of", "last", "next", "this", "early", "late", "mid", "and", "or",
	"between", "throughout", "end", "beginning", "start", "middle", "around", "earlier", "later",
	"each", "every", "into", "for", "on", "-", "past", "coming", "that", "either")

// monthDate scans the month-based dates (see the rule table).
func monthDate(s *scan, i int) (match, bool) {
	// "last November", "next March", "this September", "this past May"
	if s.is(i, "last", "next", "this", "past", "coming") {
		j := i + 1
		if s.is(i, "this") && s.is(j, "past", "coming") {
			j++
		}
		m, k, ok := s.monthName(j)
		if !ok || !s.toks[j].capital() && (s.toks[i].capital() || s.is(j, "may", "march")) {
			return fail, false // "this may be": a modal verb
		}
		if _, isNum := s.num(k); isNum {
			return fail, false // "last May 5" is a day: let the day rule read it
		}
		y, cm := s.dct.Year(), int(s.dct.Month())
		switch {
		case s.is(j-1, "last", "past") && m >= cm:
			y--
		case s.is(j-1, "next", "coming") && m <= cm:
			y++
		case s.is(j-1, "this"):
			y = s.monthYear(m, s.tense(i, k))
		}
		return mk(i, k, monthRes(y, m), true)
	}
	// "the 5th of May", "5 May 2025", "31 January", "from 13 to 15 July",
	// "1-8 september", "the first of march", "the 15th", "20th of next month"
	j := i
	if s.is(j, "the") {
		j++
	}
	if d, k, ok := s.dayOrd(j, true); ok {
		d2, k2, isRange := s.dayRangeTail(k)
		if isRange {
			k = k2
		}
		if s.is(k, "of") {
			k++
		}
		m, k3, ok := s.monthName(k)
		if mm := months[s.w(k)]; !ok && mm > 0 && s.toks[k].kind == tWord && (isRange || s.w(k-1) == "of" || k3 > j+1) {
			m, k3, ok = mm, s.period(k), true // "23rd to 26th Oct", "19th To 21st aug"
		}
		if ok && (s.w(k-1) == "of" || s.toks[k].capital() || s.w(k) != "may") {
			if !isRange {
				d2 = d
			}
			return s.dayMatch(i, k3, m, d, d2)
		}
		if s.toks[j].kind == tWord {
			return fail, false // a spelled ordinal needs its month: "the first time"
		}
		// "20th of next month", "the 20 of this month"
		if s.is(k, "next", "this", "current", "last", "previous") && s.is(k+1, "month") ||
			s.is(k, "the") && s.is(k+1, "next", "current", "previous", "following") && s.is(k+2, "month") {
			e := k + 2
			if s.is(k, "the") {
				k, e = k+1, k+3
			}
			dir := map[string]int{"next": 1, "following": 1, "last": -1, "previous": -1}[s.w(k)]
			t := shift(date(s.dct.Year(), int(s.dct.Month()), 1), "M", dir)
			if isRange || d > daysIn(t.Year(), int(t.Month())) || s.w(k-1) != "of" {
				return fail, false
			}
			return mk(i, e, dayRes(date(t.Year(), int(t.Month()), d)), true)
		}
		// a bare day of month: "on the 15th", "the 24", "On 24th"
		suffixed := k > j+1 || s.toks[j].kind == tWord
		if isRange || !(j > i && (suffixed || s.is(i-1, "on")) || s.is(i-1, "on") && suffixed) {
			return fail, false
		}
		if k < len(s.toks) && s.toks[k].kind == tWord && !s.is(k, "and", "or", "at", "in", "of") || s.w(k) == "%" {
			return fail, false // "the 15th century", "the 24 members"
		}
		y, m := s.monthOfDay(d, s.tense(i, k))
		return mk(i, k, dayRes(date(y, m, d)), true)
	}
	if j > i {
		return fail, false
	}
	m, j, ok := s.monthName(i)
	if !ok {
		return fail, false
	}
	// "January 20", "Jan. 31, 2025", "February 14-16", "July 13 to 15",
	// "february the 15th", "march first"
	k := j
	if s.is(k, "the") {
		k++
	}
	if d, k, ok := s.dayOrd(k, true); ok && (s.toks[k-1].kind == tNum || s.toks[j].kind == tWord || s.w(k-1) == "th" || k > j) {
		d2, k2, isRange := s.dayRangeTail(k)
		if !isRange {
			d2, k2 = d, k
		}
		return s.dayMatch(i, k2, m, d, d2)
	}
	// "June last year", "January this year", "March next year"
	if s.is(j, "last", "this", "next") && s.is(j+1, "year") {
		y := s.dct.Year()
		if s.is(j, "last") {
			y--
		} else if s.is(j, "next") {
			y++
		}
		return mk(i, j+2, monthRes(y, m), true)
	}
	// "September 2024", "Jan. 2022", "May of 1998"
	k = j
	if s.w(k) == "," || s.is(k, "of") {
		k++
	}
	if y, k2, ok := s.yearNum(k); ok {
		if _, isYear := s.num(k); isYear || s.w(k) == "'" {
			return mk(i, k2, monthRes(y, m), false)
		}
	}
	if s.toks[i].capital() && s.toks[min(k, len(s.toks)-1)].kind == tWord {
		// "January nineteen ninety-seven"
		if ym, ok := spelledYearAfter(s, k, true); ok {
			if y, err := strconv.Atoi(ym.r.value); err == nil && !(y == 2000 && ym.j < len(s.toks) && s.toks[ym.j].kind == tWord) {
				return mk(i, ym.j, monthRes(y, m), false) // not "January two thousand troops"
			}
		}
	}
	// a bare month: "in March", "last April"
	w := s.w(i)
	if !s.toks[i].capital() && (w == "may" || w == "march") {
		return fail, false
	}
	cue := monthCue[s.w(i-1)] || s.w(i-1) == "(" || s.w(i-1) == "," || s.is(i-1, "the") && s.toks[i].capital()
	if (w == "may" || w == "march") && !cue {
		return fail, false
	}
	if !cue && i > 0 && s.toks[i-1].capital() && !s.boundary(i-1) {
		return fail, false // "Jennifer March", "Theresa May"
	}
	if s.w(j) != "" && s.toks[j].kind == tWord && s.toks[j].capital() && !cue {
		return fail, false // "April Ryan"
	}
	if len(w) <= 4 && w != "may" && w != "june" && w != "july" && !cue {
		return fail, false
	}
	tense := s.tense(i, j)
	return mk(i, j, monthRes(s.monthYear(m, tense), m), true)
}

// dayOrd scans a day of month at i: digits with an optional suffix ("15",
// "15th") or, with words, a spelled ordinal ("first", "thirty-first").
func (s *scan) dayOrd(i int, words bool) (int, int, bool) {
	if d, j, ok := s.dayNum(i); ok {
		return d, j, true
	}
	if !words {
		return 0, 0, false
	}
	if n, j, ok := s.ordinal(i); ok && n >= 1 && n <= 31 && s.toks[i].kind == tWord {
		return n, j, true
	}
	return 0, 0, false
}

// dayRangeTail scans the end of a range of days after the first day:
// "-16", "to 15", "thru the 15th", "through 15".
func (s *scan) dayRangeTail(k int) (int, int, bool) {
	if !s.is(k, "-", "to", "thru", "through", "till", "until") {
		return 0, 0, false
	}
	j := k + 1
	if s.is(j, "the") {
		j++
	}
	if d2, e, ok := s.dayOrd(j, false); ok {
		if _, isNum := s.num(e); isNum && s.w(e) != "" && len(s.w(e)) != 4 {
			return 0, 0, false
		}
		return d2, e, true
	}
	return 0, 0, false
}

// dayMatch resolves month m, days d..d2 (d2 == d for one day) ending at
// token e, where an explicit year may follow.
func (s *scan) dayMatch(i, e, m, d, d2 int) (match, bool) {
	if d2 < d {
		return fail, false
	}
	y, e2, explicit := s.yearAfter(e)
	if !explicit {
		y = s.dayYear(m, d, s.tense(i, e))
	} else {
		e = e2
	}
	if d2 > daysIn(y, m) {
		return fail, false
	}
	r := dayRes(date(y, m, d))
	if d2 > d {
		r.gran, r.to = "range", date(y, m, d2).Format(iso)
		r.rng = r.from + "/" + r.to
	}
	return mk(i, e, r, !explicit)
}

// monthOfDay picks the month of a bare day of month ("on the 15th"): this
// month, or the next (future) or previous (past) one when the day is on the
// other side of the creation date.
func (s *scan) monthOfDay(d, tense int) (int, int) {
	t := date(s.dct.Year(), int(s.dct.Month()), 1)
	switch {
	case tense == future && d < s.dct.Day(), tense == unknown && d < s.dct.Day() && s.tg != nil && s.tg.PreferFuture:
		t = shift(t, "M", 1)
	case tense == past && d > s.dct.Day():
		t = shift(t, "M", -1)
	}
	return t.Year(), int(t.Month())
}

// yearAfter scans an optional ", 2025" or " 2025" after a day.
func (s *scan) yearAfter(i int) (int, int, bool) {
	k := i
	if s.w(k) == "," {
		k++
	}
	if y, j, ok := s.yearNum(k); ok && s.w(k) != "'" {
		return y, j, true
	}
	return 0, i, false
}

// yearBefore are words after which a four-digit number is a year.
var yearBefore = set("in", "since", "of", "by", "until", "till", "from", "to", "through",
	"before", "after", "during", "the", "and", "or", "between", "early", "late", "mid",
	"fiscal", "year", "s", "around", "circa", "throughout", "-", "into", "for", "about",
	"spring", "summer", "autumn", "fall", "winter", "as", "than", "on", "at", "this", "that",
	"end", "beginning", "start", "middle", "half", "quarter", "either",
	"its", "his", "her", "their", "our", "a", "an", "due", "both")

// year scans a bare four-digit year: it must not be a count ("1,500",
// "$2000", "2022 people"): after a word that takes a year (in, since, the,
// fiscal, 's, ...) or before punctuation it is a year; before a
// lower-case word with no such cue it is not.
func year(s *scan, i int) (match, bool) {
	start := i
	if s.is(i, "fiscal") || s.is(i, "fy") && s.toks[i].raw == "FY" {
		i++
		if s.is(i, "year") {
			i++
		}
	}
	y, j, ok := s.yearNum(i)
	if !ok || s.w(i) == "'" {
		return fail, false
	}
	if y < 1600 && start == i {
		return fail, false
	}
	prev := s.w(i - 1)
	if prev == "$" || prev == "#" || prev == "£" || prev == "€" || prev == "no" || prev == "number" {
		return fail, false
	}
	if _, isNum := s.num(i - 1); isNum {
		return fail, false
	}
	if i > 0 && s.toks[i-1].kind == tNum {
		return fail, false
	}
	if s.w(j) == "%" || s.w(j) == "s" && s.glued(j) {
		return fail, false
	}
	if s.w(j) == "-" && s.glued(j) {
		if _, isNum := s.num(j + 1); isNum && len(s.w(j+1)) != 4 && len(s.w(j+1)) != 2 {
			return fail, false
		}
	}
	if _, isUnit := unitOf(s.w(j)); isUnit {
		return fail, false // "2000 years"
	}
	cue := start < i || yearBefore[prev] || prev == "," || prev == "(" || prev == "'"
	if !cue && j < len(s.toks) && s.toks[j].kind == tWord && !s.toks[j].capital() {
		return fail, false
	}
	if !cue && (j >= len(s.toks) || s.toks[j].kind == tNum) {
		return fail, false // "Pay ABC 2000": a number with nothing that makes it a year
	}
	if s.w(j) == "-" && s.glued(j) && s.glued(j+1) && len(s.w(j+1)) == 2 {
		// "2012-13", "fiscal 2009-10": a season or fiscal year across two years
		if y2, ok := s.num(j + 1); ok && (y+1)%100 == y2 {
			r := yearRes(y)
			r.to = date(y+1, 12, 31).Format(iso)
			r.gran, r.rng = "range", fmt.Sprintf("%04d/%04d", y, y+1)
			return mk(start, j+2, r, false)
		}
	}
	return mk(start, j, yearRes(y), false)
}

// ordinals maps ordinal words to numbers (for quarters, halves, centuries).
var ordinals = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
	"eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
	"fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
	"nineteenth": 19, "twentieth": 20, "thirtieth": 30, "final": 4, "last": -1,
}

// ordinal scans "third", "3rd", "twenty-first".
func (s *scan) ordinal(i int) (int, int, bool) {
	if n, ok := s.num(i); ok && s.is(i+1, "st", "nd", "rd", "th") && s.glued(i+1) {
		return n, i + 2, true
	}
	if s.is(i, "twenty", "thirty") {
		// "twenty-first", "thirty first"
		j := i + 1
		if s.w(j) == "-" && s.glued(j) {
			j++
		}
		if n, ok := ordinals[s.w(j)]; ok && n >= 1 && n <= 9 {
			return smallNums[s.w(i)] + n, j + 1, true
		}
	}
	if n, ok := ordinals[s.w(i)]; ok && n > 0 {
		return n, i + 1, true
	}
	return 0, 0, false
}

// decade scans "the 1990s", "1990s", "the '80s", "the mid-1990s" (mod by
// the modified rule), "the 20th century", "the nineteenth century".
func decade(s *scan, i int) (match, bool) {
	j := i
	if s.is(j, "the") {
		j++
	}
	if s.w(j) == "'" {
		if n, ok := s.num(j + 1); ok && len(s.w(j+1)) == 2 && s.is(j+2, "s") && s.glued(j+2) && n%10 == 0 {
			return mk(i, j+3, decadeRes(1900+n), false)
		}
	}
	if n, ok := s.num(j); ok && len(s.w(j)) == 4 && n%10 == 0 && s.is(j+1, "s") && s.glued(j+1) {
		if n%100 == 0 && s.is(j+2, "century") {
			return fail, false
		}
		return mk(i, j+2, decadeRes(n), false)
	}
	if c, k, ok := s.ordinal(j); ok && c >= 1 && c <= 22 && s.is(k, "century") {
		return mk(i, k+1, centuryRes(c-1), false)
	}
	if d, ok := decadeWords[s.w(j)]; ok && j > i {
		return mk(i, j+1, decadeRes(1900+d), false) // "the nineties"
	}
	return fail, false
}

// decadeWords are the spelled decades of the 20th century.
var decadeWords = map[string]int{"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50,
	"sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90}

// spelledYear scans a year in words: "nineteen ninety-six", "nineteen
// eighty", "two thousand", "two thousand and ten".
func spelledYear(s *scan, i int) (match, bool) { return spelledYearAfter(s, i, false) }

// spelledYearAfter is spelledYear; named says the words before it name
// what the year belongs to ("Easter two thousand ten"), so "two thousand"
// needs no preposition before it.
func spelledYearAfter(s *scan, i int, named bool) (match, bool) {
	if s.is(i, "two") && s.is(i+1, "thousand") {
		j := i + 2
		y := 2000
		if s.is(j, "and") {
			j++
		}
		if n, k, ok := s.quantity(j); ok && n >= 1 && n < 100 && s.toks[j].kind == tWord && !s.is(j, "a", "an", "few", "several", "some", "many", "couple") {
			y += int(n)
			j = k
		} else if s.is(i+2, "and") {
			j = i + 2
		}
		if !named && !s.is(i-1, "the", "in", "since", "by", "until", "year", "of") {
			return fail, false // "two thousand troops"
		}
		return mk(i, j, yearRes(y), false)
	}
	hi, ok := smallNums[s.w(i)]
	if !ok || hi < 11 || hi > 20 {
		return fail, false
	}
	lo, k, ok := s.quantity(i + 1)
	if !ok || lo < 10 || lo > 99 || s.toks[i+1].kind != tWord {
		return fail, false
	}
	return mk(i, k, yearRes(hi*100+int(lo)), false)
}

// deictic scans the words that point at the creation date or at the past,
// present and future as such.
func deictic(s *scan, i int) (match, bool) {
	ref := func(j int, v string) (match, bool) {
		return mk(i, j, res{typ: "DATE", value: v}, true)
	}
	switch s.w(i) {
	case "today":
		if p, j, ok := s.partOfDay(i + 1); ok {
			r := dayRes(s.dct)
			r.typ, r.value = "TIME", r.value+"T"+p
			return mk(i, j, r, true)
		}
		return mk(i, i+1, dayRes(s.dct), true)
	case "yesterday", "tomorrow":
		d := s.dct.AddDate(0, 0, -1)
		if s.w(i) == "tomorrow" {
			d = s.dct.AddDate(0, 0, 1)
		}
		if p, j, ok := s.partOfDay(i + 1); ok {
			r := dayRes(d)
			r.typ, r.value = "TIME", r.value+"T"+p
			return mk(i, j, r, true)
		}
		return mk(i, i+1, dayRes(d), true)
	case "tonight", "tonite": // "tonite": the informal spelling
		r := dayRes(s.dct)
		r.typ, r.value = "TIME", r.value+"TNI"
		return mk(i, i+1, r, true)
	case "now", "currently", "presently", "nowadays":
		return ref(i+1, "PRESENT_REF")
	case "right":
		if s.is(i+1, "now") {
			return ref(i+2, "PRESENT_REF")
		}
	case "these":
		if s.is(i+1, "days") {
			return ref(i+2, "PRESENT_REF") // "these days"
		}
	case "as":
		if s.is(i+1, "soon") && s.is(i+2, "as") && s.is(i+3, "possible") {
			return ref(i+4, "FUTURE_REF")
		}
	case "asap":
		return ref(i+1, "FUTURE_REF")
	case "a":
		if s.is(i+1, "later") && s.is(i+2, "date", "stage", "time") {
			return ref(i+3, "FUTURE_REF") // "at a later date"
		}
	case "recently", "lately":
		return ref(i+1, "PAST_REF")
	case "soon":
		if s.is(i+1, "after", "as") {
			return fail, false
		}
		return ref(i+1, "FUTURE_REF")
	case "recent":
		if u, ok := unitOf(s.w(i + 1)); ok && strings.HasSuffix(s.w(i+1), "s") {
			if u == "Y" || u == "DE" {
				// "recent years": some time before now, as TimeBank
				// mostly tags it
				return ref(i+2, "PAST_REF")
			}
			// "recent weeks": a vague duration reaching the creation date
			return mk(i, i+2, res{typ: "DURATION", value: durValue(-1, u)}, false)
		}
		return ref(i+1, "PAST_REF")
	case "current":
		return ref(i+1, "PRESENT_REF")
	case "present":
		if s.is(i-1, "at") && !s.is(i+1, "of") {
			return ref(i+1, "PRESENT_REF")
		}
	case "just":
		if s.is(i+1, "now") {
			return ref(i+2, "PRESENT_REF")
		}
	case "future":
		if s.is(i-1, "near", "foreseeable", "distant") && s.is(i-2, "the") {
			return mk(i-2, i+1, res{typ: "DATE", value: "FUTURE_REF"}, true)
		}
		if s.is(i-1, "in") {
			return ref(i+1, "FUTURE_REF") // "in future"; "future payments" is an adjective
		}
	case "the":
		if s.is(i-1, "at") && s.is(i+1, "moment") {
			return ref(i+2, "PRESENT_REF") // "at the moment"
		}
		if s.is(i+1, "past") && !s.quantityOrUnit(i+2) {
			return ref(i+2, "PAST_REF")
		}
		if s.is(i+1, "future") {
			return ref(i+2, "FUTURE_REF")
		}
		if s.is(i+1, "near", "foreseeable", "distant") && s.is(i+2, "future") {
			return ref(i+3, "FUTURE_REF")
		}
		if s.is(i+1, "near", "short", "long") && s.is(i+2, "term") {
			return ref(i+3, "FUTURE_REF") // "in the near term"
		}
	}
	return fail, false
}

// quantityOrUnit reports whether token i starts a count or a unit ("the
// past three years", "the past year").
func (s *scan) quantityOrUnit(i int) bool {
	if _, ok := unitOf(s.w(i)); ok {
		return true
	}
	if _, _, ok := s.quantity(i); ok && s.w(i) != "a" && s.w(i) != "an" {
		return true
	}
	if s.is(i, "few", "several", "couple") {
		return true
	}
	return false
}

// partOfDay scans "morning", "afternoon", "evening", "night" and returns
// the TIMEX3 part-of-day code.
func (s *scan) partOfDay(i int) (string, int, bool) {
	switch s.w(i) {
	case "morning":
		return "MO", i + 1, true
	case "afternoon":
		return "AF", i + 1, true
	case "evening":
		return "EV", i + 1, true
	case "night", "overnight":
		return "NI", i + 1, true
	}
	return "", 0, false
}

// relativeUnit scans [the] last/next/this/past/coming/following week,
// month, year, quarter, weekend, decade, and "year-earlier", "last night".
func relativeUnit(s *scan, i int) (match, bool) {
	j := i
	if s.is(j, "the") {
		j++
	}
	dir, base, k := 0, "dct", j
	switch s.w(j) {
	case "last", "past", "previous", "prior", "preceding", "latest":
		dir, k = -1, j+1
		if s.w(j) == "previous" || s.w(j) == "preceding" || s.w(j) == "prior" {
			base = "ref"
		}
	case "next", "coming", "following", "upcoming", "subsequent":
		dir, k = 1, j+1
		if s.w(j) == "following" || s.w(j) == "subsequent" || s.w(j) == "next" && j > i {
			base = "ref"
		}
	case "this", "current", "present", "same", "that":
		k = j + 1
		if s.w(j) == "same" || s.w(j) == "that" {
			base = "ref"
		}
	case "year":
		// "year-earlier", "year-ago": a year before the creation date
		if s.w(j+1) == "-" && s.is(j+2, "earlier", "ago") && s.glued(j+1) {
			if s.is(j+3, "quarter", "period") {
				// "the year-ago quarter": the last reported quarter, a year before
				t := shift(s.dct, "Q", -5)
				return mk(i, j+4, quarterRes(t.Year(), (int(t.Month())+2)/3), true)
			}
			if j > i {
				i = j // "the year-earlier" keeps its determiner out, as TimeBank does
			}
			if q, ok := s.quarterAgo(); ok {
				return mk(i, j+3, q, true)
			}
			r := yearRes(s.dct.Year() - 1)
			return mk(i, j+3, r, true)
		}
		if j == i {
			return fail, false
		}
	default:
		if j == i {
			return fail, false
		}
	}
	if j == i && k == j {
		return fail, false
	}
	// "the next morning", "the following evening": the day after the last one seen
	if p, e, ok := s.partOfDay(k); ok && dir == 1 && j > i {
		d := s.dct
		if s.hasRef {
			d = s.ref
		}
		r := dayRes(d.AddDate(0, 0, 1))
		r.typ, r.value = "TIME", r.value+"T"+p
		return mk(i, e, r, true)
	}
	// "last night", "this morning"
	if p, e, ok := s.partOfDay(k); ok && (dir == -1 && p == "NI" || dir == 0 && j > i == false) && s.w(k-1) != "the" {
		d := s.dct
		if dir == -1 {
			d = d.AddDate(0, 0, -1)
		}
		r := dayRes(d)
		r.typ, r.value = "TIME", r.value+"T"+p
		return mk(i, e, r, true)
	}
	if s.is(k, "fiscal", "full", "calendar") && s.is(k+1, "year", "quarter") {
		k++
	}
	weEnd, isWE := s.weekendAt(k)
	u, ok := unitOf(s.w(k))
	if isWE {
		u, ok = "WE", true
	}
	if !ok && s.is(k, "period") && s.is(j, "latest") {
		u, ok = "Q", true // "the latest period": the last reported quarter
	}
	if !ok || strings.HasSuffix(s.w(k), "s") && u != "S" && !isWE {
		return fail, false
	}
	if u == "S" || u == "MIN" || u == "H" {
		return fail, false
	}
	if u == "D" && (j == i || dir == 0 && base == "dct") {
		return fail, false // "the day", "this day"
	}
	if dir == 0 && j > i && s.w(j-1) == "the" && s.is(k+1, "ended", "ending") && u == "Y" {
		// "for the year ended March 31": a fiscal year, a duration ("the
		// quarter ended Sept. 30" stays the quarter)
		return mk(i, k+1, res{typ: "DURATION", value: "P1Y"}, false)
	}
	if (u == "DE" || u == "CE") && dir == -1 {
		// "the past decade": a duration reaching the creation date
		return mk(i, k+1, res{typ: "DURATION", value: durValue(1, u)}, false)
	}
	b := s.dct
	rel := true
	if base == "ref" {
		switch {
		case (u == "M" || u == "Y" || u == "Q") && s.hasRefAny:
			b = s.refAny // "in 1988 ... that year", "the following month"
		case s.hasRef:
			b = s.ref
		case s.w(j) == "that" || s.w(j) == "same":
			return fail, false
		}
	}
	e := k + 1
	switch u {
	case "WE":
		e = weEnd
		// the weekend of the week (or the previous/next one); on a weekday
		// "the weekend" is the one just past unless the clause is future
		if dir == 0 && b.Weekday() != time.Saturday && b.Weekday() != time.Sunday && s.tense(i, k+1) != future {
			dir = -1
		}
		t := shift(b, "W", dir)
		r := weekRes(t)
		r.value += "-WE"
		r.from = date(t.Year(), int(t.Month()), t.Day()).AddDate(0, 0, 6-((int(t.Weekday())+6)%7)-1).Format(iso)
		return mk(i, e, r, rel)
	case "Q":
		if dir == 0 && s.w(j) != "this" && s.w(j) != "current" && s.w(j) != "same" && s.w(j) != "that" {
			// financial news: "the quarter" is the last one reported
			dir = -1
		}
		t := shift(b, "Q", dir)
		return mk(i, e, quarterRes(t.Year(), (int(t.Month())+2)/3), rel)
	}
	return mk(i, e, atGran(shift(b, u, dir), u), rel)
}

// weekdayRule scans [last/next/this/on] Friday [morning|night] and
// "Friday, Jan. 31" (the date then decides).
func weekdayRule(s *scan, i int) (match, bool) {
	j, dir := i, 0
	switch s.w(i) {
	case "last", "past":
		dir, j = -1, i+1
	case "next", "coming":
		dir, j = 1, i+1
	case "this":
		dir, j = 2, i+1
	}
	wd, ok := weekdays[s.w(j)]
	if !ok || s.toks[j].kind != tWord {
		return fail, false
	}
	if len(s.w(j)) <= 5 && !strings.HasSuffix(s.w(j), "day") {
		// abbreviation: "Fri." or "Fri," only when capitalised
		dated := s.w(j+1) == "," && (months[s.w(j+2)] > 0 || s.toks[min(j+2, len(s.toks)-1)].kind == tNum) ||
			s.is(j+2, "st", "nd", "rd", "th") && s.toks[min(j+1, len(s.toks)-1)].kind == tNum // "Thu 15th"
		// an assistant also reads "fri", "mon." and "Thu at 8" where a
		// scheduling phrase leaves little else to mean
		assistant := s.tg != nil && s.tg.PreferFuture &&
			(s.w(j+1) == "." && s.glued(j+1) || j+1 >= len(s.toks) || s.is(j+1, "at", "@") || dir != 0 ||
				s.toks[min(j+1, len(s.toks)-1)].kind == tNum)
		if !assistant && (!s.toks[j].capital() || !(s.w(j+1) == "." && s.glued(j+1) || dated)) {
			return fail, false // "the Baltimore Sun, ...": a name
		}
	}
	if j > 0 && s.toks[j-1].capital() && s.is(j-1, "black", "good", "cyber", "super", "holy", "ash", "easter", "palm", "maundy") {
		return fail, false // "Black Friday", "Good Friday": holidays, not weekdays
	}
	e := j + 1
	if !strings.HasSuffix(s.w(j), "day") {
		e = s.period(j)
	}
	// "Friday, Jan. 31, 2025": the explicit date wins; without a year, the
	// year is the nearest one where the date is that weekday ("Fri, Jul 18")
	if s.w(e) == "," || s.w(e) == "(" {
		if m, ok := monthDate(s, e+1); ok && m.r.gran == "day" {
			if s.w(e) == "," {
				if t, err := time.Parse(iso, m.r.from); err == nil && m.rel && t.Weekday() != wd {
					for dy := 1; dy <= 6; dy++ {
						for _, y := range []int{t.Year() + dy, t.Year() - dy} {
							if c := date(y, int(t.Month()), t.Day()); c.Month() == t.Month() && c.Weekday() == wd {
								return mk(i, m.j, dayRes(c), true)
							}
						}
					}
				}
				return mk(i, m.j, m.r, m.rel)
			}
		}
	}
	// "Tuesday the 19th", "Thu 15th": the nearest such day that is that weekday
	k := e
	if s.is(k, "the") {
		k++
	}
	if dd, k2, ok := s.dayOrd(k, false); ok && (k2 > k+1 || k > e) && months[s.w(k2)] == 0 && !s.is(k2, "of") {
		t := s.tense(i, k2)
		best, bestDist := time.Time{}, 1<<30
		base := date(s.dct.Year(), int(s.dct.Month()), 1)
		for dm := -6; dm <= 6; dm++ {
			f := shift(base, "M", dm)
			if dd > daysIn(f.Year(), int(f.Month())) {
				continue
			}
			c := date(f.Year(), int(f.Month()), dd)
			if c.Weekday() != wd {
				continue
			}
			diff := int(c.Sub(s.dct).Hours() / 24)
			if t == future && diff < 0 || t == past && diff > 0 {
				diff = 1000 + abs(diff)
			}
			if abs(diff) < bestDist {
				best, bestDist = c, abs(diff)
			}
		}
		if !best.IsZero() {
			return mk(i, k2, dayRes(best), true)
		}
	}
	var d time.Time
	if dir == 0 && s.is(e, "after") && s.is(e+1, "next") {
		// "Friday after next": a week after the coming Friday
		d = s.dct.AddDate(0, 0, 1)
		d = d.AddDate(0, 0, (int(wd)-int(d.Weekday())+7)%7+7)
		return mk(i, e+2, dayRes(d), true)
	}
	switch dir {
	case -1:
		// "last Friday": the latest Friday strictly before the creation date
		d = s.dct.AddDate(0, 0, -1)
		d = d.AddDate(0, 0, -((int(d.Weekday()) - int(wd) + 7) % 7))
	case 1:
		d = s.dct.AddDate(0, 0, 1)
		d = d.AddDate(0, 0, (int(wd)-int(d.Weekday())+7)%7)
		if s.tg != nil && s.tg.PreferFuture {
			// an assistant's "next Saturday" is next week's (weeks start
			// on Monday): said on a Tuesday, not the coming Saturday
			mon := s.dct.AddDate(0, 0, 7-(int(s.dct.Weekday())+6)%7)
			d = mon.AddDate(0, 0, (int(wd)+6)%7)
		}
	default:
		t := s.tense(i, e)
		if s.w(e) == "'" && s.is(e+1, "s") {
			t = past // "Wednesday's ruling": an event already reported
		}
		d = s.weekday(wd, t)
	}
	r := dayRes(d)
	if p, e2, ok := s.partOfDay(e); ok {
		r.typ, r.value, e = "TIME", r.value+"T"+p, e2
	}
	return mk(i, e, r, true)
}

// quarter scans "the third quarter [of 1989]", "third-quarter", "the
// fiscal first quarter", "the latest quarter", "the first half [of 2025]".
func quarter(s *scan, i int) (match, bool) {
	j := i
	if s.is(j, "the") {
		j++
	}
	yearGiven, y := false, 0
	if yy, k, ok := s.yearNum(j); ok && s.w(k) == "'" && s.is(k+1, "s") {
		y, yearGiven, j = yy, true, k+2
	} else if ok && s.w(k) != "'" && j > i {
		if _, _, isOrd := s.ordinal(k); isOrd {
			y, yearGiven, j = yy, true, k // "the 1988 second quarter"
		}
	} else if s.is(j, "this", "last", "next") && s.is(j+1, "year") && s.w(j+2) == "'" && s.is(j+3, "s") {
		y = s.dct.Year()
		if s.w(j) == "last" {
			y--
		} else if s.w(j) == "next" {
			y++
		}
		yearGiven, j = true, j+4
	}
	if s.is(j, "fiscal") {
		j++
	}
	n, k, ok := s.ordinal(j)
	if s.is(j, "last", "final") && s.is(j+1, "half", "quarter") && s.is(j+2, "of") {
		// "the last half of 1989", "the final quarter of 2024"
		n, k, ok = map[string]int{"half": 2, "quarter": 4}[s.w(j+1)], j+1, true
	}
	if !ok || n > 4 {
		return fail, false
	}
	if s.is(k, "fiscal") {
		k++
	}
	if s.w(k) == "-" && s.glued(k) {
		k++
		if j > i && s.is(i, "the") && s.is(k, "quarter") {
			i++ // "the third-quarter profit": the adjective alone
		}
	}
	unit := s.w(k)
	if unit == "qtr" {
		unit = "quarter"
	}
	if unit != "quarter" && unit != "half" && unit != "period" {
		return fail, false
	}
	if unit == "period" && j == i {
		return fail, false
	}
	e := k + 1
	rel := !yearGiven
	if !yearGiven {
		if s.is(e, "of") || s.w(e) == "," {
			if yy, e2, ok := s.yearNum(e + 1); ok && s.w(e+1) != "'" {
				y, yearGiven, e, rel = yy, true, e2, false
			}
		} else if yy, e2, ok := s.yearNum(e); ok && s.w(e) != "'" {
			y, yearGiven, e, rel = yy, true, e2, false
		}
	}
	if !yearGiven {
		y = s.dct.Year()
		cur := (int(s.dct.Month()) + 2) / 3
		if unit == "half" {
			cur = (int(s.dct.Month()) + 5) / 6
		}
		if n > cur && s.tense(i, e) != future {
			y--
		}
	}
	if unit == "half" {
		if n > 2 {
			return fail, false
		}
		return mk(i, e, halfRes(y, n), rel)
	}
	return mk(i, e, quarterRes(y, n), rel)
}

// seasons maps season words to TIMEX3 season codes.
var seasons = map[string]string{"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}

// season scans [this/last/next/the] summer [of] [2024]; a bare "fall" needs
// a determiner or a year.
func season(s *scan, i int) (match, bool) {
	j, dir, det := i, 0, false
	switch s.w(i) {
	case "this", "the", "next", "last", "past", "coming":
		det, j = true, i+1
		if s.is(i, "next", "coming") {
			dir = 1
		} else if s.is(i, "last", "past") {
			dir = -1
		}
	}
	code, ok := seasons[s.w(j)]
	if !ok {
		return fail, false
	}
	e := j + 1
	k := e
	if s.is(k, "of") {
		k++
	}
	if y, k2, ok := s.yearNum(k); ok && s.w(k) != "'" {
		return mk(i, k2, seasonRes(y, code), false)
	}
	if !det && !s.is(i-1, "in", "during", "since", "until", "by", "over", "through", "early", "late", "mid") {
		return fail, false
	}
	if s.w(e) == "of" || s.w(i) == "the" && s.is(e, "season") {
		return fail, false
	}
	y := s.dct.Year()
	cm := int(s.dct.Month())
	startMonth := map[string]int{"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
	switch {
	case dir == -1:
		if cm <= startMonth {
			y--
		}
	case dir == 1:
		if cm >= startMonth {
			y++
		}
	case s.tense(i, e) == past && cm < startMonth:
		y--
	}
	if code == "WI" && cm <= 3 && dir == 0 {
		y--
	}
	return mk(i, e, seasonRes(y, code), true)
}

// durationLead are words that may open a duration and belong to its extent
// ("the past three years", "the next six months", "the first nine months").
var durationLead = set("past", "last", "next", "coming", "first", "previous", "final", "following", "other", "recent", "latest", "upcoming")

// duration scans counts of a unit and what follows them: a bare duration
// (P3Y), "ago"/"earlier"/"later"/"from now" (a date), "after/before EVENT"
// (anchored) and "within" (a deadline range).
func duration(s *scan, i int) (match, bool) {
	j := i
	the := false
	if s.is(j, "the") {
		the, j = true, j+1
	}
	lead := ""
	if durationLead[s.w(j)] && (the || s.is(j, "past", "last", "next", "coming", "first", "upcoming")) {
		lead, j = s.w(j), j+1
	}
	n, k, ok := s.quantity(j)
	if !ok {
		// bare plural "years", "months" after "for", "in", "over"
		if u, isUnit := unitOf(s.w(j)); isUnit && strings.HasSuffix(s.w(j), "s") && (lead != "" || s.is(i-1, "for", "over", "in", "within", "after")) && !s.is(j+1, "of", "old") {
			if lead == "" && s.is(j+1, "ago") {
				return fail, false
			}
			if lead == "past" && !the && (u == "Y" || u == "DE") {
				// "in past years": some time before now, as TimeBank tags it
				return mk(i, j+1, res{typ: "DATE", value: "PAST_REF"}, true)
			}
			return mk(i, j+1, res{typ: "DURATION", value: durValue(-1, u)}, false)
		}
		return fail, false
	}
	if (s.w(j) == "a" || s.w(j) == "an") && lead != "" && !the {
		return fail, false // "last a year" is not a phrase
	}
	hyphen := false
	upcoming := lead == "upcoming"
	if s.w(k) == "-" && s.glued(k) && s.glued(k+1) {
		hyphen, k = true, k+1
	} else if s.tg != nil && s.tg.PreferFuture && lead == "" && s.is(k, "upcoming") {
		if _, isUnit := unitOf(s.w(k + 1)); isUnit {
			upcoming, k = true, k+1 // an assistant's "2 upcoming weeks"
		}
	} else if s.is(k, "more", "additional", "extra", "further", "full", "straight", "consecutive", "trading", "business", "working") {
		if _, isUnit := unitOf(s.w(k + 1)); isUnit {
			k++ // "two more weeks", "eight trading days"
		}
	}
	u, ok := unitOf(s.w(k))
	if !ok || s.toks[k].kind != tWord {
		return fail, false
	}
	if n >= 1000 && s.toks[j].kind == tNum && (u == "Q" || u == "Y" || u == "M") {
		return fail, false // "the 1988 quarter": a year, not 1988 quarters
	}
	fortnight := u == "FN"
	if fortnight {
		// a fortnight is two weeks
		u = "W"
		if n > 0 {
			n *= 2
		}
	}
	if s.w(j) == "second" {
		return fail, false // "second quarter" is an ordinal
	}
	if u == "S" && (s.w(j) == "a" || s.w(j) == "an") && !s.is(k+1, "later", "ago", "earlier", "or", "and") && k+1 < len(s.toks) && s.toks[k+1].kind == tWord {
		return fail, false // "a second term": an ordinal
	}
	if (s.w(j) == "a" || s.w(j) == "an") && the {
		return fail, false
	}
	if hyphen && strings.HasSuffix(s.w(k), "s") {
		return fail, false
	}
	if hyphen && the && lead == "" {
		i++ // "the two-week visit": the adjective alone
	}
	if (s.w(j) == "a" || s.w(j) == "an") && n == 1 && strings.HasSuffix(s.w(k), "s") {
		return fail, false // "a years" is not English; "a few years" is
	}
	e := k + 1
	if u == "WE" {
		return fail, false
	}
	if n >= 1 && n == float64(int(n)) && s.is(e, "and") && s.is(e+1, "a") && s.is(e+2, "half") {
		n, e = n+0.5, e+3 // "a minute and a half"
	}
	if u == "Q" && (s.w(j) == "a" || s.w(j) == "an") && s.is(e, "of") {
		return fail, false // "a quarter of the vote"
	}
	if s.is(e, "old") || s.w(e) == "-" && s.is(e+1, "old") {
		return fail, false // "three years old" is an age
	}
	if s.is(e, "of") && s.is(e+1, "age") {
		return fail, false // "18 years of age" is an age
	}
	if u == "S" && s.is(k+1, "quarter", "half") {
		return fail, false // "the 1988 second quarter"
	}
	if n < 0 && lead == "" && s.is(e, "ago") {
		// "several years ago": some time in the past
		return mk(i, e+1, res{typ: "DATE", value: "PAST_REF"}, true)
	}
	if n == 1 && (s.w(j) == "a" || s.w(j) == "an") && s.is(i-1, "once", "twice", "thrice", "times") && !hyphen && lead == "" && !the {
		// "twice a year": a frequency
		return mk(i, e, res{typ: "SET", value: durValue(1, u)}, false)
	}
	dur := res{typ: "DURATION", value: durValue(n, u)}
	// an assistant's "upcoming two weeks", "2 upcoming weeks": the week
	// two weeks on, not the span
	if s.tg != nil && s.tg.PreferFuture && upcoming && !the && n >= 1 && n == float64(int(n)) && u != "H" && u != "MIN" && u != "S" {
		return mk(i, e, atGran(shift(s.dct, u, int(n)), u), true)
	}
	// an assistant's "in 2 days", "a week ago", "in 15 minutes": the exact
	// day or minute, from the creation date and time
	if s.tg != nil && s.tg.PreferFuture && !hyphen && lead == "" && !the && n > 0 {
		sign, end := 0, e
		switch {
		case s.is(e, "ago", "back"):
			sign, end = -1, e+1
		case s.is(e, "hence"):
			sign, end = 1, e+1
		case s.is(e, "from") && s.is(e+1, "now", "today"):
			sign, end = 1, e+2
		case s.is(i-1, "in") && !s.is(e, "of", "and", "or"):
			sign = 1
		case s.is(i-1, "after") && (e >= len(s.toks) || s.toks[e].kind == tPunct):
			sign = 1 // "after 5 days": from the point five days on
		}
		if sign != 0 && s.is(e, "from") && s.is(e+1, "today") && n == float64(int(n)) {
			// "3 years from today" counts from a day, so it is a day
			return mk(i, end, dayRes(shift(s.dct, u, sign*int(n))), true)
		}
		if sign != 0 && fortnight {
			u, n = "D", 7*n // a fortnight is 14 days to the hour
		}
		if sign != 0 {
			if r, ok := s.exactOffset(u, float64(sign)*n); ok {
				return mk(i, end, r, true)
			}
		}
	}
	// "three years ago", "a year earlier", "two weeks later", "a year from now"
	if !hyphen && lead == "" && !the && n >= 0 && n == float64(int(n)) {
		switch {
		case s.is(e, "ago") || s.is(e, "earlier", "before") && !s.isAnchorEvent(e+1) && !s.startsDate(e+1):
			// "ago" counts from the creation date, "earlier" from the last
			// day mentioned ("On March 3 ... two days earlier")
			base := s.dct
			if !s.is(e, "ago") && s.hasRef && (u == "D" || u == "W") {
				base = s.ref
			}
			t := shift(base, u, -int(n))
			r := atGran(t, u)
			if u == "Y" || u == "DE" {
				r = yearRes(t.Year())
			}
			if u == "Y" && n == 1 {
				if q, ok := s.quarterAgo(); ok {
					return mk(i, e+1, q, true)
				}
			}
			return mk(i, e+1, r, true)
		case s.is(e, "later", "hence") || s.is(e, "from") && s.is(e+1, "now", "today"):
			base := s.dct
			if s.is(e, "later") && s.hasRef && (u == "D" || u == "W") {
				base = s.ref // "On March 3 ... two days later": March 5
			}
			t := shift(base, u, int(n))
			r := atGran(t, u)
			end := e + 1
			if s.is(e, "from") {
				end = e + 2
			}
			if u == "Y" || u == "DE" {
				r = yearRes(t.Year())
			}
			return mk(i, end, r, true)
		case s.is(e, "after", "before", "from") && (u == "H" || u == "MIN") && n > 0:
			// "15 minutes from 1pm", "two hours after noon": a clock time
			m, ok := s.best(e + 1)
			if !ok || m.r.clk == nil || m.r.rng != "" || len(m.r.value) != 16 {
				break
			}
			t, err := time.Parse("2006-01-02T15:04", m.r.value)
			if err != nil {
				break
			}
			d := time.Duration(n) * time.Minute
			if u == "H" {
				d = time.Duration(n) * time.Hour
			}
			if s.is(e, "before") {
				d = -d
			}
			t = t.Add(d)
			r := dayRes(t)
			r.typ, r.value = "TIME", t.Format("2006-01-02T15:04")
			return mk(i, m.j, r, m.rel)
		case s.is(e, "after", "before") && s.startsDate(e+1):
			if m, ok := s.best(e + 1); ok && m.r.gran == "day" {
				t, _ := time.Parse(iso, m.r.from)
				if s.is(e, "before") {
					n = -n
				}
				return mk(i, m.j, atGran(shift(t, u, int(n)), "D"), m.rel)
			}
		case s.is(e, "after", "before") && s.isAnchorEvent(e+1):
			a, b := s.eventSpan(e + 1)
			anc := &Anchor{Event: s.w(b - 1), Offset: durValue(n, u), Direction: s.w(e),
				EventStart: s.toks[a].start, EventEnd: s.toks[b-1].end}
			return mk(i, k+1, res{typ: "DATE", value: "XXXX-XX-XX", basis: "anchored", gran: "unknown", anchor: anc}, false)
		}
	}
	if s.tg != nil && s.tg.PreferFuture && lead != "" && !the && n >= 1 && n == float64(int(n)) {
		if r, ok := s.clockSpan(lead, int(n), u); ok {
			return mk(i, e, r, true)
		}
	}
	if lead != "" && u != "S" && u != "MIN" && u != "H" && u != "WE" && (n >= 1 && n == float64(int(n)) || n < 0) {
		// "the past three years", "the next few days": the whole units
		// before (or after) the current one
		if p, ok := s.unitsAround(lead, n, u); ok {
			dur.from, dur.to, dur.rng, dur.gran, dur.basis = p.from, p.to, p.from+"/"+p.to, "range", "relative"
			return mk(i, e, dur, true)
		}
	}
	if s.is(i-1, "within") && n > 0 && n == float64(int(n)) && !s.is(e, "of") && u != "S" {
		// "within six months": a deadline from the creation date
		to := shift(s.dct, u, int(n))
		dur.from, dur.to = s.dct.Format(iso), to.Format(iso)
		dur.rng, dur.gran, dur.basis = dur.from+"/"+dur.to, "range", "relative"
		if s.tg != nil && s.tg.PreferFuture && s.hasTime {
			// an assistant's deadline runs from now to the start of that day
			dur.rng = s.now.Format("2006-01-02T15:04") + "/" + dur.to + "T00:00"
		}
		return mk(i, e, dur, true)
	}
	return mk(i, e, dur, false)
}

// exactOffset is the point n units away from the creation date and time,
// one grain finer than the unit, as an assistant reads it: the hour for
// days, the day for weeks, months and quarters, the month for years, the
// minute for hours and the second for minutes.
func (s *scan) exactOffset(u string, n float64) (res, bool) {
	switch u {
	case "H", "MIN", "S":
		if !s.hasTime {
			return res{}, false
		}
		d := map[string]time.Duration{"H": time.Hour, "MIN": time.Minute, "S": time.Second}[u]
		t := s.now.Add(time.Duration(n * float64(d)))
		r := dayRes(t)
		r.typ = "TIME"
		r.value = t.Format("2006-01-02T15:04")
		if u == "S" {
			r.value = t.Format("2006-01-02T15:04:05")
		}
		return r, true
	case "D":
		// whole days keep the hour: "in 7 days" said at 04:30 is 04:00 a
		// week later, one grain finer than the unit
		if n != float64(int(n)) {
			return res{}, false
		}
		if !s.hasTime {
			return dayRes(shift(s.dct, u, int(n))), true
		}
		t := s.now.AddDate(0, 0, int(n))
		r := dayRes(t)
		r.typ, r.value = "TIME", t.Format("2006-01-02T15")
		return r, true
	case "Y", "DE":
		// years keep the month: "two years ago" is February 2011
		if n != float64(int(n)) {
			return res{}, false
		}
		t := shift(s.dct, u, int(n))
		return monthRes(t.Year(), int(t.Month())), true
	case "W", "M", "Q":
		if n != float64(int(n)) {
			return res{}, false
		}
		return dayRes(shift(s.dct, u, int(n))), true
	}
	return res{}, false
}

// unitsAround returns the period of n whole units before the current one
// ("last", "past", "previous") or after it ("next", "coming", "following"):
// "the past two weeks" on Tuesday 2013-02-12 is 2013-01-28..2013-02-10. A
// vague count ("the next few days") is taken as three.
func (s *scan) unitsAround(lead string, n float64, u string) (res, bool) {
	k := int(n)
	if n < 0 {
		k = 3
	}
	cur, err := time.Parse(iso, atGran(s.dct, u).from)
	if err != nil {
		return res{}, false
	}
	var a, b time.Time
	switch lead {
	case "past", "last", "previous", "recent":
		a, b = shift(cur, u, -k), cur.AddDate(0, 0, -1)
	case "next", "coming", "following", "upcoming":
		a = shift(cur, u, 1)
		b = shift(a, u, k).AddDate(0, 0, -1)
	default:
		return res{}, false
	}
	return res{from: a.Format(iso), to: b.Format(iso)}, true
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// quarterAgo reads "a year ago", "a year earlier" in a text that reports a
// quarter ("third-quarter profit rose to $5 million from $4 million a year
// earlier"): the same quarter a year before. It reports false when no
// quarter was mentioned before.
func (s *scan) quarterAgo() (res, bool) {
	if !s.hasQuarter {
		return res{}, false
	}
	t := shift(s.quarter, "Y", -1)
	return quarterRes(t.Year(), (int(t.Month())+2)/3), true
}

// isAnchorEvent reports whether token i starts an event noun phrase
// ("his inauguration", "the election", "taking office").
func (s *scan) isAnchorEvent(i int) bool {
	a, b := s.eventSpan(i)
	return b > a
}

// eventSpan returns the tokens [a, b) of an event phrase at i: an optional
// determiner or possessive and one or two lower-case words that are not
// time words.
func (s *scan) eventSpan(i int) (int, int) {
	j := i
	if s.is(j, "his", "her", "their", "its", "the", "our", "my", "your") {
		j++
	}
	k := j
	for k < len(s.toks) && k < j+2 && s.toks[k].kind == tWord && !s.toks[k].capital() {
		w := s.w(k)
		if _, isUnit := unitOf(w); isUnit || months[w] > 0 || stopEvent[w] {
			break
		}
		if _, isDay := weekdays[w]; isDay {
			break
		}
		k++
		if strings.HasSuffix(w, "ion") || strings.HasSuffix(w, "ment") || strings.HasSuffix(w, "ing") {
			break
		}
	}
	if k == j || j == i && !strings.HasSuffix(s.w(k-1), "ing") {
		return i, i
	}
	return i, k
}

// stopEvent are words that cannot be an event phrase after "after".
var stopEvent = set("that", "this", "which", "the", "a", "an", "he", "she", "they", "it", "we",
	"i", "you", "being", "and", "or", "to", "of", "in", "on", "at", "for", "with", "by", "from",
	"was", "were", "is", "are", "had", "has", "have", "be", "been", "will", "would", "said",
	"when", "then", "than", "as", "all", "not", "no", "some", "more", "today", "yesterday", "tomorrow")

// startsDate reports whether a day-granularity date starts at token i.
func (s *scan) startsDate(i int) bool {
	m, ok := s.best(i)
	return ok && m.r.gran == "day"
}

// setWords are the adverbs of frequency and their TIMEX3 values.
var setWords = map[string]string{
	"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
	"quarterly": "P3M", "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W",
}

// setRule scans every/each [other] week, every Monday, daily, weekly, ...
func setRule(s *scan, i int) (match, bool) {
	if v, ok := setWords[s.w(i)]; ok {
		if s.is(i, "quarterly", "annually", "yearly", "monthly") && i+1 < len(s.toks) && s.toks[i+1].kind == tWord && !s.is(i+1, "and", "or", "for", "since", "in", "on", "at", "by", "until", "basis") {
			return fail, false // "quarterly earnings": an adjective ("daily" ones are tagged in TimeBank)
		}
		return mk(i, i+1, res{typ: "SET", value: v}, false)
	}
	if !s.is(i, "every", "each") {
		return fail, false
	}
	j := i + 1
	n := 1.0
	if s.is(j, "other") {
		n, j = 2, j+1
	} else if q, k, ok := s.quantity(j); ok && q > 1 && s.w(j) != "a" {
		n, j = q, k
	}
	if wd, ok := weekdays[s.w(j)]; ok && strings.HasSuffix(s.w(j), "day") {
		return mk(i, j+1, res{typ: "SET", value: fmt.Sprintf("XXXX-WXX-%d", (int(wd)+6)%7+1)}, false)
	}
	if p, k, ok := s.partOfDay(j); ok {
		return mk(i, k, res{typ: "SET", value: "TXX" + p}, false)
	}
	if u, ok := unitOf(s.w(j)); ok {
		return mk(i, j+1, res{typ: "SET", value: durValue(n, u)}, false)
	}
	return fail, false
}

// modified scans a period with its modifier: "early 2022" (START), "mid-
// March" (MID), "late last year" (END), "the end of the year", "the
// beginning of 2025", "earlier this year" (START... for what came before the
// creation date), "later this month".
func modified(s *scan, i int) (match, bool) {
	if s.is(i, "the") && s.is(i+1, "early", "mid", "late") {
		m, ok := modified(s, i+1)
		if ok && m.r.gran == "range" {
			return mk(i, m.j, m.r, m.rel) // "the mid-1990s"
		}
		return fail, false
	}
	j := i
	mod := ""
	switch s.w(i) {
	case "early", "earlier":
		mod = "START"
	case "mid":
		mod = "MID"
	case "late", "later":
		mod = "END"
	case "the", "end", "beginning", "start", "middle", "close", "turn":
		k := i
		if s.is(k, "the") {
			k++
		}
		switch s.w(k) {
		case "end", "close":
			mod = "END"
		case "beginning", "start":
			mod = "START"
		case "middle":
			mod = "MID"
		default:
			return fail, false
		}
		if !s.is(k+1, "of") {
			return fail, false
		}
		j = k + 1
	default:
		return fail, false
	}
	j++
	if s.w(j) == "-" && s.glued(j) {
		j++
	}
	if s.is(i, "earlier", "later") && !s.is(j, "this", "that", "last", "next", "in") {
		return fail, false
	}
	if s.is(j, "in") && s.is(i, "earlier", "later", "early", "late") {
		j++
	}
	if s.w(j-1) == "of" && s.is(j, "month", "year", "week") {
		// "at the end of month", "beginning of year": the current one
		u, _ := unitOf(s.w(j))
		return mk(i, j+1, withMod(atGran(s.dct, u), mod), true)
	}
	m, ok := s.best(j)
	if !ok || m.r.typ != "DATE" || m.r.gran == "day" || m.r.gran == "unknown" || strings.HasSuffix(m.r.value, "_REF") {
		if ok && m.r.typ == "DATE" && m.r.gran == "day" && s.is(i, "late", "early") && (s.is(j, "yesterday", "today", "tomorrow") || weekdays[s.w(j)] != 0 || s.is(j, "sunday")) {
			r := m.r
			r.mod = mod
			return mk(i, m.j, r, m.rel)
		}
		return fail, false
	}
	if m.r.rng != "" && m.r.gran == "range" && strings.Contains(m.r.rng, "-") {
		return fail, false
	}
	return mk(i, m.j, withMod(m.r, mod), m.rel)
}

// approxMods are the quantity modifiers that belong to an extent.
var approxMods = []struct {
	words []string
	mod   string
	out   bool // the modifier stays outside the extent
}{
	{[]string{"more", "than"}, "MORE_THAN", false},
	{[]string{"less", "than"}, "LESS_THAN", false},
	{[]string{"fewer", "than"}, "LESS_THAN", false},
	{[]string{"at", "least"}, "EQUAL_OR_MORE", false},
	{[]string{"at", "most"}, "EQUAL_OR_LESS", false},
	{[]string{"up", "to"}, "EQUAL_OR_LESS", false},
	{[]string{"nearly"}, "APPROX", false},
	{[]string{"almost"}, "APPROX", true},
	{[]string{"about"}, "APPROX", true},
	{[]string{"around"}, "APPROX", true},
	{[]string{"roughly"}, "APPROX", true},
	{[]string{"approximately"}, "APPROX", true},
	{[]string{"some"}, "APPROX", true},
	{[]string{"over"}, "MORE_THAN", true},
	{[]string{"under"}, "LESS_THAN", true},
	{[]string{"just"}, "APPROX", true},
}

// approx scans a quantity modifier before a duration or an "ago" date:
// "about an hour", "almost three years ago", "more than four hours".
func approx(s *scan, i int) (match, bool) {
	for _, a := range approxMods {
		ok := true
		for k, w := range a.words {
			if s.w(i+k) != w {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		j := i + len(a.words)
		m, found := duration(s, j)
		if !found || m.j <= j {
			return fail, false
		}
		if a.words[0] == "just" && m.r.typ == "DURATION" {
			return fail, false
		}
		if a.words[0] == "over" && s.is(j, "the") {
			return fail, false // "over the past year": a preposition
		}
		r := m.r
		if r.mod == "" {
			r.mod = a.mod
		}
		if a.out {
			// "about", "almost", "over": TimeBank leaves them out of the extent
			return mk(j, m.j, r, m.rel)
		}
		return mk(i, m.j, r, m.rel)
	}
	return fail, false
}

// weekdayCount scans "3 Fridays from now", "two Thursdays ago/back": the
// n-th such weekday after (or before) the creation date, not counting the
// creation date itself.
func weekdayCount(s *scan, i int) (match, bool) {
	n, k, ok := s.quantity(i)
	if !ok || n < 1 || n > 52 || n != float64(int(n)) || s.is(i, "a", "an") {
		return fail, false
	}
	w := s.w(k)
	wd, ok := weekdays[strings.TrimSuffix(w, "s")]
	if !ok || !strings.HasSuffix(w, "days") {
		return fail, false
	}
	sign, e := 0, k+1
	switch {
	case s.is(e, "from") && s.is(e+1, "now", "today"):
		sign, e = 1, e+2
	case s.is(e, "hence"):
		sign, e = 1, e+1
	case s.is(e, "ago", "back"):
		sign, e = -1, e+1
	default:
		return fail, false
	}
	d := s.dct
	for c := 0; c < int(n); {
		d = d.AddDate(0, 0, sign)
		if d.Weekday() == wd {
			c++
		}
	}
	return mk(i, e, dayRes(d), true)
}

// dayPart scans a part of a dated day: "March 3 in the morning" and, for
// an assistant, "[the] morning of March 3": a TIME such as 2013-03-03TMO.
func dayPart(s *scan, i int) (match, bool) {
	if s.inDayPart {
		return fail, false // s.best below tries this rule too
	}
	s.inDayPart = true
	defer func() { s.inDayPart = false }()
	j := i
	if s.is(j, "the") {
		j++
	}
	if p, k, ok := s.partOfDay(j); ok && s.is(k, "of") {
		if s.tg == nil || !s.tg.PreferFuture {
			// TimeBank tags "the night of Oct. 23" as the date alone
			return fail, false
		}
		if m, ok := s.best(k + 1); ok && m.r.typ == "DATE" && m.r.gran == "day" && m.r.rng == "" {
			r := m.r
			r.typ, r.value = "TIME", r.value+"T"+p
			return mk(i, m.j, r, m.rel)
		}
		return fail, false
	}
	if s.partOfDayWord(i) {
		return fail, false
	}
	m, ok := s.best(i)
	if !ok || m.r.typ != "DATE" || m.r.gran != "day" || m.r.rng != "" || !s.is(m.j, "in") || !s.is(m.j+1, "the") {
		return fail, false
	}
	if p, k, ok := s.partOfDay(m.j + 2); ok && p != "NI" {
		r := m.r
		r.typ, r.value = "TIME", r.value+"T"+p
		return mk(i, k, r, m.rel)
	}
	return fail, false
}

// partOfDayWord reports whether token i opens a part of day ("the
// morning", "evening"), which dayPart reads itself.
func (s *scan) partOfDayWord(i int) bool {
	if s.is(i, "the") {
		i++
	}
	_, _, ok := s.partOfDay(i)
	return ok
}

// dayOfMonth scans a day of a month named by another expression: "[the]
// 20th of the next month", and the Roman "ides of March" (the 15th of
// March, May, July and October, the 13th of the other months).
func dayOfMonth(s *scan, i int) (match, bool) {
	j := i
	if s.is(j, "the") {
		j++
	}
	d, k, ok := 0, 0, false
	if s.is(j, "ides") {
		d, k, ok = -1, j+1, true
	} else {
		d, k, ok = s.ordinal(j)
	}
	if !ok || d == 0 || d > 31 || !s.is(k, "of") {
		return fail, false
	}
	m, ok := s.best(k + 1)
	if mn, isMonth := months[s.w(k+1)]; !ok && d < 0 && isMonth && len(s.w(k+1)) > 3 {
		// "the ides of march": after "ides of", a lower-case "march" or
		// "may" is the month, not a verb
		m, ok = match{i: k + 1, j: k + 2, r: monthRes(s.monthYear(mn, s.tense(i, k+2)), mn), rel: true}, true
	}
	if !ok || m.r.typ != "DATE" || m.r.gran != "month" || m.r.rng != "" {
		return fail, false
	}
	first, err := time.Parse(iso, m.r.from)
	if err != nil {
		return fail, false
	}
	if d < 0 {
		d = 13
		switch first.Month() {
		case time.March, time.May, time.July, time.October:
			d = 15
		}
	}
	if d > daysIn(first.Year(), int(first.Month())) {
		return fail, false
	}
	return mk(i, m.j, dayRes(first.AddDate(0, 0, d-1)), m.rel)
}

// weekendAt scans the word weekend at token i, also written "wkend",
// "week-end" and "week end", and returns the next token.
func (s *scan) weekendAt(i int) (int, bool) {
	switch {
	case s.is(i, "weekend", "wkend"):
		return i + 1, true
	case s.is(i, "week") && s.w(i+1) == "-" && s.glued(i+1) && s.glued(i+2) && s.is(i+2, "end"):
		return i + 3, true
	case s.is(i, "week") && s.is(i+1, "end") && !s.is(i+2, "of", "in") && !s.is(i-1, "the"):
		return i + 2, true
	}
	return 0, false
}

// weekendRes is the weekend (Saturday and Sunday) starting on Saturday sat.
func weekendRes(sat time.Time) res {
	r := weekRes(sat)
	r.value += "-WE"
	r.from, r.to = sat.Format(iso), sat.AddDate(0, 0, 1).Format(iso)
	return r
}

// yearQuarter scans a year and quarter written together: "2018Q4",
// "18q4" (a two-digit year is in the 2000s).
func yearQuarter(s *scan, i int) (match, bool) {
	y, ok := s.num(i)
	if !ok || !s.is(i+1, "q") || !s.glued(i+1) || !s.glued(i+2) {
		return fail, false
	}
	q, ok := s.num(i + 2)
	if !ok || q < 1 || q > 4 || len(s.w(i+2)) != 1 {
		return fail, false
	}
	switch len(s.w(i)) {
	case 2:
		y += 2000
	case 4:
	default:
		return fail, false
	}
	return mk(i, i+3, quarterRes(y, q), false)
}
