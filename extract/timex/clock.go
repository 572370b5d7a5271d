package timex

import (
	"fmt"
	"strings"
	"time"
)

// clockTime is a time of day read by the clock grammar.
type clockTime struct {
	h, m, sec int
	hasSec    bool
	half      bool // the half of the day is known: am/pm, 24-hour, noon, a part of day
	zone      int  // the offset from UTC in seconds of a time zone written after it
	hasZone   bool
}

// zones are the time zone abbreviations read after a clock time, with their
// offsets from UTC in hours ("ist" is India, "bst" British summer time).
var zones = map[string]float64{"est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7, "mdt": -6,
	"pst": -8, "pdt": -7, "gmt": 0, "utc": 0, "et": -5, "bst": 1, "cet": 1, "cest": 2, "ist": 5.5}

// zoneAt reads a time zone abbreviation at token i.
func (s *scan) zoneAt(i int) (int, bool) {
	z, ok := zones[s.w(i)]
	return int(z * 3600), ok
}

// hourWords are the spelled hours.
var hourWords = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}

// clockCore scans a time of day at i: "3:30", "15:23:24", "15h00", "3h18",
// "330 p.m.", "3pm", "7a", "3 o'clock", "noon", "midnight", "ten thirty",
// "twelve oh three", "half past three", "a quarter to noon", "20 past
// 3pm". A bare hour ("3", "three") is read only when loose (after "at").
// It returns the time, the next token and whether it matched.
func (s *scan) clockCore(i int, loose bool) (clockTime, int, bool) {
	var c clockTime
	switch s.w(i) {
	case "noon", "midday":
		return clockTime{h: 12, half: true}, i + 1, true
	case "midnight":
		return clockTime{h: 0, half: true}, i + 1, true
	case "mid":
		if s.is(i+1, "day") {
			return clockTime{h: 12, half: true}, i + 2, true // "mid day"
		}
	case "half":
		// "half past three"; British "half three" is 3:30
		j := i + 1
		if s.is(j, "past", "after") {
			j++
		}
		if t, k, ok := s.clockCore(j, true); ok && t.m == 0 {
			t.m = 30
			return t, k, true
		}
		if h, ok := hourWords[s.w(j)]; ok && (j+1 >= len(s.toks) || s.toks[j+1].kind == tPunct || s.tg != nil && s.tg.PreferFuture) {
			return clockTime{h: h, m: 30}, j + 1, true // a bare spelled hour, not "half three times"
		}
		return c, 0, false
	case "a", "quarter":
		j := i
		if s.is(j, "a") {
			j++
		}
		if !s.is(j, "quarter") || !s.is(j+1, "past", "after", "to", "before", "till", "of") {
			return c, 0, false
		}
		return s.clockOffset(i, 15, j+1)
	}
	// "20 past 3pm", "15 minutes to noon", "twenty after 3pm"
	if n, k, ok := s.quantity(i); ok && n >= 1 && n < 60 && n == float64(int(n)) && s.w(i) != "a" && s.w(i) != "an" {
		if s.is(k, "minutes", "minute", "mins", "min") {
			k++
		}
		minutes := s.is(k-1, "minutes", "minute", "mins", "min")
		if s.is(k, "past", "after") || s.is(k, "to", "before", "till") && (minutes || s.toks[i].kind == tWord || n > 12) {
			// an hour's digits before "to" are a range ("9 to 11 a.m."),
			// unless counted in minutes ("15 minutes to noon", "20 to 3pm")
			if t, e, ok := s.clockOffset(i, int(n), k); ok {
				return t, e, true
			}
		}
	}
	j := i
	if h, ok := s.num(i); ok && len(s.w(i)) <= 4 {
		switch {
		case len(s.w(i)) <= 2 && s.w(i+1) == ":" && s.glued(i+1) && s.glued(i+2) && len(s.w(i+2)) == 2:
			m, _ := s.num(i + 2)
			c.h, c.m, j = h, m, i+3
			if s.w(j) == ":" && s.glued(j) && s.glued(j+1) && len(s.w(j+1)) == 2 {
				sec, _ := s.num(j + 1)
				c.sec, c.hasSec, j = sec, true, j+2
			}
			c.half = h > 12 || h == 0
		case len(s.w(i)) <= 2 && s.is(i+1, "h") && s.glued(i+1):
			// "15h00", "15h", "3h18"
			c.h, j, c.half = h, i+2, true
			if m, ok := s.num(i + 2); ok && s.glued(i+2) && len(s.w(i+2)) == 2 {
				c.m, j = m, i+3
			}
		case len(s.w(i)) >= 3:
			// "330 p.m.", "tonight 815": hours and minutes run together
			c.h, c.m, j = h/100, h%100, i+1
			if s.is(j, "ish") && s.glued(j) {
				j++ // "150ish"
			}
			if _, e := s.meridiem(j); e == j && !s.is(i-1, "tonight") && (!loose || c.m%5 != 0) {
				return c, 0, false // "at 101": a number
			}
			if s.w(j) == "-" && s.glued(j) || s.w(i-1) == "-" && s.glued(i) {
				return c, 0, false // "650-650-6500": a phone number
			}
		default:
			c.h, j = h, i+1
			if s.is(j, "ish") && s.glued(j) {
				j++ // "3ish pm"
			}
			if m, ok := s.num(j); ok && loose && s.tg != nil && s.tg.PreferFuture && len(s.w(j)) == 2 && m < 60 && !s.glued(j) && h <= 24 {
				if _, e := s.meridiem(j + 1); e > j+1 || j+1 >= len(s.toks) || s.toks[j+1].kind == tPunct && s.w(j+1) != "%" {
					c.m, j = m, j+1 // an assistant's "at 3 15", not "at 3 15 percent"
				}
			}
			if _, e := s.meridiem(j); e == j && !s.oclock(j) && !loose {
				if _, _, pod := s.podAfter(j); !pod {
					return c, 0, false
				}
			}
		}
	} else if h, ok := hourWords[s.w(i)]; ok {
		c.h, j = h, i+1
		if s.w(j) == "-" && s.glued(j) {
			j++
		}
		if m, k, ok := s.minuteWords(j); ok && (loose || func() bool { _, e := s.meridiem(k); return e > k }()) {
			c.m, j = m, k // "at three twenty", "nine fifty nine a m"
		} else {
			// a spelled hour needs "am"/"pm" or "o'clock": "at one" is a count
			j = i + 1
			if _, e := s.meridiem(j); e == j && !s.oclock(j) {
				if _, _, pod := s.podAfter(j); !pod {
					return c, 0, false
				}
			}
		}
	} else {
		return c, 0, false
	}
	if c.m > 59 || c.h > 24 || c.sec > 59 {
		return c, 0, false
	}
	if s.oclock(j) {
		j += 3
		if s.is(j-3, "oclock") {
			j -= 2
		}
	}
	if ampm, e := s.meridiem(j); e > j {
		if c.h > 12 || c.h == 0 {
			return c, 0, false
		}
		c.h %= 12
		if ampm == "pm" {
			c.h += 12
		}
		c.half, j = true, e
	}
	return c, j, true
}

// clockOffset reads "N past/to X" with the offset n in minutes; k is the
// token of the preposition.
func (s *scan) clockOffset(i, n, k int) (clockTime, int, bool) {
	t, e, ok := s.clockCore(k+1, true)
	if !ok || t.m != 0 {
		return t, 0, false
	}
	if !t.half && !s.is(k-1, "minutes", "minute", "quarter") && !s.is(i, "half") {
		return t, 0, false // "3 to 20" is a range of numbers
	}
	base := t.h*60 + n
	if s.is(k, "to", "before", "till", "of") {
		base = t.h*60 - n
		if base < 0 {
			base += 24 * 60
		}
	}
	t.h, t.m = base/60%24, base%60
	return t, e, true
}

// minuteWords scans spelled minutes: "thirty", "fifty nine", "oh three",
// "zero three", "o three".
func (s *scan) minuteWords(i int) (int, int, bool) {
	if s.is(i, "oh", "o", "zero", "ou") {
		j := i + 1
		if s.w(j) == "-" && s.glued(j) {
			j++
		}
		if n, ok := smallNums[s.w(j)]; ok && n >= 1 && n <= 9 {
			return n, j + 1, true
		}
		return 0, 0, false
	}
	n, ok := smallNums[s.w(i)]
	if !ok || n < 10 || n > 59 {
		return 0, 0, false
	}
	j := i + 1
	if n >= 20 && n%10 == 0 {
		k := j
		if s.w(k) == "-" && s.glued(k) {
			k++
		}
		if u, ok := smallNums[s.w(k)]; ok && u >= 1 && u <= 9 {
			return n + u, k + 1, true
		}
	}
	return n, j, true
}

// oclock reports whether "o'clock" or "oclock" starts at i.
func (s *scan) oclock(i int) bool {
	return s.is(i, "oclock") || s.is(i, "o") && s.w(i+1) == "'" && s.is(i+2, "clock")
}

// meridiem scans "a.m.", "am", "p.m.", "pm", "a m", "p m", and "a"/"p"
// glued to the time ("7a", "3:15p").
func (s *scan) meridiem(i int) (string, int) {
	w := s.w(i)
	switch {
	case w == "am" || w == "pm":
		return w, s.period(i)
	case (w == "a" || w == "p") && s.w(i+1) == "." && s.is(i+2, "m"):
		j := i + 3
		if s.w(j) == "." && s.glued(j) {
			j++
		}
		return w + "m", j
	case (w == "a" || w == "p") && s.is(i+1, "m") && i+2 >= len(s.toks):
		return w + "m", i + 2
	case (w == "a" || w == "p") && s.is(i+1, "m") && s.toks[i+2].kind != tWord:
		return w + "m", i + 2
	case w == "p" && s.glued(i), w == "a" && s.glued(i) && s.w(i-2) == ":":
		// "7p", "3:15p", "3:18a"; a bare "4a" is more often a label
		return w + "m", s.period(i)
	}
	return "", i
}

// podAfter scans a part of day after a clock time and returns whether it is
// the afternoon or evening: "in the morning", "in the afternoon", "in the
// evening", "at night", "tonight", "this evening".
func (s *scan) podAfter(i int) (pm bool, next int, ok bool) {
	j := i
	switch {
	case s.is(j, "in") && s.is(j+1, "the"):
		j += 2
	case s.is(j, "in") && s.is(j+1, "afternoon", "evening", "morning"):
		j++
	case s.is(j, "this") && s.is(j+1, "afternoon", "evening", "morning"):
		j++
	case s.is(j, "tonight"):
		return true, j + 1, true
	case s.is(j, "at") && s.is(j+1, "night"):
		return true, j + 2, true
	default:
		return false, i, false
	}
	switch s.w(j) {
	case "morning":
		return false, j + 1, true
	case "afternoon", "evening":
		return true, j + 1, true
	}
	return false, i, false
}

// clock scans a clock time with its part of day and time zone. Its date is
// the creation date unless a day follows ("noon Thursday") or precedes it
// (joined by joinDateTime); with a creation time and PreferFuture, a time
// already past is the next one ("at 3am" said at 04:30 is tomorrow's).
// olebedev/when cross-checks the hour and minute of simple forms (when.go).
func clock(s *scan, i int) (match, bool) {
	assistant := s.tg != nil && s.tg.PreferFuture
	loose := s.is(i-1, "at", "@") || s.is(i-1, "tonight") ||
		assistant && (s.is(i-1, "around", "approximately", "about") || (i == 0 || s.toks[i-1].kind == tPunct) && s.is(i+1, "tomorrow", "today", "tonight"))
	c, e, ok := s.clockCore(i, loose)
	if !ok && assistant && i == 0 {
		// a time of day said alone with an "oh" minute: "twelve oh three"
		// ("three twenty" and "25" alone may be counts)
		if c2, e2, ok2 := s.clockCore(i, true); ok2 && e2 == len(s.toks) && e2 > i+2 && s.is(e2-2, "oh", "o", "ou", "zero") {
			c, e, ok, loose = c2, e2, true, true
		}
	}
	// a range of clock times: "9:30 - 11:00", "3-4pm", "between 3:30pm and 6 pm"
	var c2 *clockTime
	first, firstEnd, firstOK := c, e, ok
	if !ok {
		first, firstEnd, firstOK = s.clockCore(i, true)
	}
	firstZone, firstZoned := s.zoneAt(firstEnd)
	if firstOK && firstZoned && s.is(firstEnd+1, "-", "to", "until", "till") {
		firstEnd++ // "15:00 GMT - 18:00 GMT"
	}
	if firstOK && (s.is(firstEnd, "-", "to", "till", "until", "untill", "through", "thru") || s.is(firstEnd, "and") && s.is(i-1, "between")) {
		if t2, e2, ok2 := s.clockCore(firstEnd+1, true); ok2 && (ok || t2.half) && (ok || first.h <= 12) {
			if t2.half && !first.half && first.h < 12 && t2.h >= 12 && first.h+12 <= t2.h {
				first.h += 12
			}
			first.half = first.half || t2.half
			c, e, ok, c2 = first, e2, true, &t2
		}
	}
	if !ok {
		return fail, false
	}
	if !c.half && e == i+1 && s.toks[i].kind == tNum && loose {
		// a bare "at 3": not "at 3 percent" nor "at 3 years"
		_, zoned := s.zoneAt(e)
		if e < len(s.toks) && (s.toks[e].kind == tWord && !zoned && !s.is(e, "on", "in", "tomorrow", "today", "tonight", "this", "and", "or", "to", "until") && weekdays[s.w(e)] == 0 && !s.is(e, "sunday") ||
			s.w(e) == "%" || s.w(e) == "." && s.glued(e+1) || s.w(e) == "," && s.glued(e+1)) {
			return fail, false
		}
	}
	if e == i+1 && s.toks[i].kind == tNum && s.w(i) == "0" {
		return fail, false
	}
	if pm, k, ok := s.podAfter(e); ok {
		if !c.half {
			if pm && c.h < 12 {
				c.h += 12
			}
			c.half = true
		}
		e = k
	}
	if c.h > 24 || c.h == 24 && c.m > 0 {
		return fail, false
	}
	if z, ok := s.zoneAt(e + 1); ok && s.w(e) == "(" && s.w(e+2) == ")" {
		c.zone, c.hasZone = z, true // "9 am (BST)"
		if c2 != nil {
			c2.zone, c2.hasZone = z, true
		}
		e += 3
	} else if z, ok := s.zoneAt(e); ok {
		c.zone, c.hasZone = z, true
		if c2 != nil {
			c2.zone, c2.hasZone = z, true
		}
		e++
	} else if firstZoned && c2 != nil {
		c.zone, c.hasZone = firstZone, true
	}
	if s.toks[i].kind == tNum && c.half && !c.hasSec && c.h%12 != 0 && c2 == nil {
		// olebedev/when reads the simple forms ("2 p.m.", "9:30am") when it
		// takes the whole extent; it reads "12am" as noon, so not those.
		if h2, m2, ok := whenClock(s.text[s.toks[i].start:s.toks[e-1].end]); ok {
			c.h, c.m = h2, m2
		}
	}
	d := s.dct
	rel, dated := true, false
	if m, ok := s.best(e); ok && m.r.typ == "DATE" && m.r.gran == "day" && (weekdays[s.w(e)] != 0 || s.is(e, "sunday", "yesterday", "today", "tomorrow") || months[s.w(e)] > 0 && s.toks[e].capital()) {
		// "noon Thursday", "midnight Friday", "3 p.m. yesterday", "5 p.m. EST Nov. 9"
		if t, err := time.Parse(iso, m.r.from); err == nil {
			d, rel, e, dated = t, m.rel, m.j, true
		}
	} else if ok && assistant && m.r.typ == "TIME" && m.r.clk == nil && len(m.r.value) == 13 && s.is(e, "tomorrow", "today", "yesterday") {
		// an assistant's "9 tomorrow evening": the day, and the evening's half
		if t, err := time.Parse(iso, m.r.from); err == nil {
			if pod := m.r.value[11:]; !c.half && c.h < 12 && (pod == "AF" || pod == "EV" || pod == "NI") {
				c.h += 12
			}
			c.half = true
			d, rel, e, dated = t, m.rel, m.j, true
		}
	} else if s.is(e, "on") || s.w(e) == "," {
		k := e + 1
		if m, ok := s.best(k); ok && m.r.typ == "DATE" && m.r.gran == "day" {
			if t, err := time.Parse(iso, m.r.from); err == nil {
				d, rel, dated = t, m.rel, true
			}
		}
	}
	r := s.clockRes(d, c, dated)
	r.clk = &c
	if c2 != nil {
		day, _ := time.Parse(iso, r.from)
		r2 := s.clockRes(day, *c2, true)
		if r2.value < r.value && !c2.half && c2.h < 12 {
			// "11:30-1:30", "8am until 6": the end is in the afternoon
			c2.h += 12
			r2 = s.clockRes(day, *c2, true)
		}
		if r2.value < r.value {
			r2 = s.clockRes(day.AddDate(0, 0, 1), *c2, true)
		}
		r.rng, r.gran, r.to = r.value+"/"+r2.value, "range", r2.to
	}
	return mk(i, e, r, rel)
}

// clockRes is the TIME value of clock c on day d. Without a date of its
// own, with a creation time and PreferFuture, a time already past moves to
// the afternoon (when its half of the day is unknown) or to the next day.
func (s *scan) clockRes(d time.Time, c clockTime, dated bool) res {
	if c.hasZone && s.hasZone && s.tg != nil && s.tg.PreferFuture {
		// an assistant gives the time in the user's zone: "8:00 GMT" is
		// 06:00 at UTC-2
		t := time.Date(d.Year(), d.Month(), d.Day(), c.h, c.m, c.sec, 0, time.FixedZone("", c.zone))
		t = t.In(time.FixedZone("", s.zone))
		d = date(t.Year(), int(t.Month()), t.Day())
		c.h, c.m = t.Hour(), t.Minute()
	}
	if !dated && s.hasTime && s.tg != nil && s.tg.PreferFuture {
		now := s.now.Hour() * 3600 // the current hour still counts as now ("at 4:23" said at 4:30)
		at := c.h*3600 + c.m*60 + c.sec
		switch {
		case at >= now:
		case !c.half && c.h < 12 && at+12*3600 >= now:
			c.h += 12
		default:
			d = d.AddDate(0, 0, 1)
		}
	}
	r := dayRes(d)
	r.typ = "TIME"
	r.value = fmt.Sprintf("%sT%02d:%02d", r.value, c.h, c.m)
	if c.hasSec {
		r.value += fmt.Sprintf(":%02d", c.sec)
	}
	return r
}

// joinDateTime gives a clock time the day just before it: "Friday at 2
// p.m.", "tonight at 8", "Saturday morning at 9", "4/25 at 4:00pm". With
// nothing but a comma or a space between them, the two become one TIME
// ("Fri, Jul 18, 2014 07:00 PM", "tonight 815").
func (s *scan) joinDateTime(ms []match) []match {
	out := ms[:0:0]
	for k := 0; k < len(ms); k++ {
		m := ms[k]
		if k+1 < len(ms) && ms[k+1].r.clk != nil && (m.r.gran == "day" || m.r.typ == "TIME" && m.r.clk == nil) && m.r.from != "" {
			t := ms[k+1]
			gap := t.i - m.j
			if gap == 0 || gap == 1 && (s.is(m.j, "at", "@", "around", "by", "from", "for") || s.w(m.j) == ",") {
				d, err := time.Parse(iso, m.r.from)
				if err == nil {
					c := *t.r.clk
					if m.r.typ == "TIME" && !c.half && len(m.r.value) >= 3 {
						switch m.r.value[len(m.r.value)-2:] {
						case "AF", "EV", "NI":
							if c.h < 12 {
								c.h += 12
							}
						}
						c.half = true
					}
					r := s.clockRes(d, c, true)
					r.clk = &c
					if t.r.rng != "" {
						// move the range to the day too
						if a, b, ok := strings.Cut(t.r.rng, "/"); ok && len(a) > 10 && len(b) > 10 {
							r.rng = r.value + "/" + r.value[:10] + b[10:]
							r.gran = "range"
						}
					}
					if gap == 0 || s.w(m.j) == "," {
						out = append(out, match{i: m.i, j: t.j, r: r, rel: m.rel})
					} else {
						out = append(out, m, match{i: t.i, j: t.j, r: r, rel: m.rel})
					}
					k++
					continue
				}
			}
		}
		out = append(out, m)
	}
	return out
}
