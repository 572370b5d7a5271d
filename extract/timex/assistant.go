package timex

import (
	"strconv"
	"strings"
	"time"
)

// This file holds rules of the PreferFuture mode only: readings a
// scheduling assistant gives (Duckling's conventions) that a news reader
// would not, or that news never writes.

// assistantIn scans what follows "in" when an assistant is told "in a
// quarter of an hour": fractions of an hour ("1/4 h", "three-quarters of
// an hour", "2 and a half hours"), "a few" (three) and "a pair of" (two)
// units, and the shorthands "1h", "15'" (minutes) and `1"` (seconds). The
// result is the point that far from the creation time, as exactOffset
// gives it.
func assistantIn(s *scan, i int) (match, bool) {
	if s.tg == nil || !s.tg.PreferFuture || !s.hasTime || !s.is(i-1, "in") {
		return fail, false
	}
	j := i
	if s.is(j, "about", "approximately", "around", "roughly") {
		j++
	}
	n, k := 0.0, 0
	switch {
	case s.toks[min(j, len(s.toks)-1)].kind == tNum && s.w(j+1) == "/" && s.glued(j+1) && s.glued(j+2):
		// 1/4 h, 3/4 hour
		a, ok1 := s.num(j)
		b, ok2 := s.num(j + 2)
		if !ok1 || !ok2 || b == 0 || a >= b {
			return fail, false
		}
		n, k = float64(a)/float64(b), j+3
	case s.is(j, "a", "one") && s.is(j+1, "quarter") && s.is(j+2, "of") && s.is(j+3, "an", "a"):
		n, k = 0.25, j+4
	case s.is(j, "three") && s.w(j+1) == "-" && s.is(j+2, "quarters") && s.is(j+3, "of") && s.is(j+4, "an", "a"):
		n, k = 0.75, j+5
	case s.is(j, "three") && s.is(j+1, "quarters") && s.is(j+2, "of") && s.is(j+3, "an", "a"):
		n, k = 0.75, j+4
	case s.is(j, "a") && s.is(j+1, "pair") && s.is(j+2, "of"):
		n, k = 2, j+3
	case s.is(j, "a") && s.is(j+1, "few") || s.is(j, "few"):
		// a few is three
		n, k = 3, j+1
		if s.is(j, "a") {
			k++
		}
	default:
		q, e, ok := s.quantity(j)
		if !ok || q <= 0 {
			return fail, false
		}
		n, k = q, e
		if s.is(k, "and") && s.is(k+1, "a", "an") && s.is(k+2, "half") {
			n, k = n+0.5, k+3 // 2 and a half hours
		}
	}
	u := ""
	switch {
	case s.is(k, "h"):
		u = "H"
	case s.w(k) == "'" && s.glued(k):
		u = "MIN"
	case s.w(k) == "\"" && s.glued(k):
		u = "S"
	default:
		var ok bool
		if u, ok = unitOf(s.w(k)); !ok || u != "H" && u != "MIN" && u != "S" {
			return fail, false
		}
	}
	r, ok := s.exactOffset(u, n)
	if !ok {
		return fail, false
	}
	return mk(i, k+1, r, true)
}

// clockSpan is an assistant's "last 2 minutes", "next 3 hours": the whole
// minutes or hours before the current one or after it, as a range of TIME
// values naming the first and the last unit.
func (s *scan) clockSpan(lead string, n int, u string) (res, bool) {
	if !s.hasTime || n < 1 || u != "H" && u != "MIN" {
		return res{}, false
	}
	step := time.Minute
	cur := s.now.Truncate(time.Minute)
	if u == "H" {
		step = time.Hour
		cur = s.now.Truncate(time.Hour)
	}
	var a, b time.Time
	switch lead {
	case "last", "past", "previous":
		a, b = cur.Add(-time.Duration(n)*step), cur.Add(-step)
	case "next", "coming", "following", "upcoming":
		a, b = cur.Add(step), cur.Add(time.Duration(n)*step)
	default:
		return res{}, false
	}
	const layout = "2006-01-02T15:04"
	r := dayRes(a)
	r.typ, r.value, r.gran = "TIME", a.Format(layout), "range"
	r.to = b.Format(iso)
	r.rng = a.Format(layout) + "/" + b.Format(layout)
	return r, true
}

// openIntervals gives an assistant's weekend its evenings (Friday 18:00
// to the end of Sunday, as a range of hours) and marks what an assistant
// reads as an open interval: "since
// 2014", "after 2 pm", "from 2 pm" get mod AFTER, "before 11 am", "until
// 2:00pm", "through 2014" mod BEFORE. The preposition stays out of the
// extent, as in TimeML. Ranges ("from 3 to 4") are left alone.
func (s *scan) openIntervals(ms []match) {
	for k := range ms {
		m := &ms[k]
		if strings.HasSuffix(m.r.value, "-WE") && m.r.from != "" {
			// an assistant's weekend runs from Friday 18:00 to Monday
			if sat, err := time.Parse(iso, m.r.from); err == nil {
				const layout = "2006-01-02T15:04"
				a := sat.AddDate(0, 0, -1).Add(18 * time.Hour)
				b := sat.AddDate(0, 0, 1).Add(23 * time.Hour)
				m.r.typ, m.r.value, m.r.gran = "TIME", a.Format(layout), "range"
				m.r.from, m.r.to = a.Format(iso), b.Format(iso)
				m.r.rng = a.Format(layout) + "/" + b.Format(layout)
			}
			continue
		}
		if s.is(m.i-1, "by") && s.hasTime && (m.r.typ == "DATE" || m.r.typ == "TIME") && m.r.rng == "" && m.r.to != "" {
			// "by 2:00pm", "by the end of next month": from now until then,
			// an interval of instants (its end is where it stops)
			end := ""
			if m.r.typ == "TIME" && len(m.r.value) == 16 {
				end = m.r.value
			} else if to, err := time.Parse(iso, m.r.to); err == nil && m.r.typ == "DATE" {
				end = to.AddDate(0, 0, 1).Format("2006-01-02T15:04")
			}
			if now := s.now.Format("2006-01-02T15:04"); end > now {
				m.r.rng, m.r.gran, m.r.from = now+"/"+end, "range", s.now.Format(iso)
			}
			continue
		}
		if m.r.mod != "" || m.r.rng != "" || m.r.typ != "DATE" && m.r.typ != "TIME" || strings.HasSuffix(m.r.value, "_REF") {
			continue
		}
		switch {
		case s.is(m.i-1, "since", "after", "from") && !s.is(m.j, "to", "until", "till", "-", "through", "thru", "and"):
			m.r.mod = "AFTER"
		case s.is(m.i-1, "before", "until", "till", "through", "thru"):
			m.r.mod = "BEFORE"
		}
	}
}

// assistantDayPart scans a part of today an assistant is asked about:
// "in the afternoon", or "morning" said alone; and a month said alone.
func assistantDayPart(s *scan, i int) (match, bool) {
	if s.tg == nil || !s.tg.PreferFuture || !s.hasDCT {
		return fail, false
	}
	j := i
	if s.is(i, "the") && s.is(i-1, "in") {
		j++
	}
	if m, ok := months[s.w(i)]; ok && i == 0 && len(s.toks) == 1 {
		// a month said alone: the next one ("March")
		return mk(i, 1, monthRes(s.monthYear(m, future), m), true)
	}
	p, k, ok := s.partOfDay(j)
	if !ok || j == i && (i > 0 || k < len(s.toks)) {
		return fail, false
	}
	r := dayRes(s.dct)
	r.typ, r.value = "TIME", r.value+"T"+p
	return mk(i, k, r, true)
}

// durationSpans gives a day or a clock time its span when an assistant is
// told how long: "18th Dec for 10 days", "from 4pm for thirty minutes",
// "for 10 days from 18th Dec", "for 30 minutes starting from 4pm" run from
// that time to the time the duration later (inclusive, at the time's
// grain). The duration keeps its own TIMEX3.
func (s *scan) durationSpans(ms []match) {
	for k := 0; k+1 < len(ms); k++ {
		a, b := &ms[k], &ms[k+1]
		if a.r.typ == "DURATION" {
			a, b = b, a // "for 10 days from 18th Dec"
			if !s.is(b.i-1, "for") || !s.is(b.j, "from", "starting", "beginning") || a.i-b.j > 2 ||
				a.i-b.j == 2 && !(s.is(b.j, "starting") && s.is(b.j+1, "from")) {
				continue
			}
		} else if b.i-a.j != 1 || !s.is(a.j, "for") {
			continue
		}
		if b.r.typ != "DURATION" || a.r.rng != "" || a.r.mod != "" || b.r.mod != "" {
			continue
		}
		n, unit, ok := simpleDuration(b.r.value)
		if !ok {
			continue
		}
		const clock = "2006-01-02T15:04"
		switch {
		case a.r.typ == "TIME" && len(a.r.value) == 16 && strings.HasPrefix(unit, "T"):
			t, err := time.Parse(clock, a.r.value)
			if err != nil {
				continue
			}
			d := map[string]time.Duration{"TH": time.Hour, "TM": time.Minute}[unit]
			if d == 0 {
				continue
			}
			end := t.Add(time.Duration(n) * d)
			a.r.rng, a.r.gran, a.r.to = a.r.value+"/"+end.Format(clock), "range", end.Format(iso)
		case a.r.typ == "DATE" && a.r.gran == "day" && !strings.HasPrefix(unit, "T"):
			t, err := time.Parse(iso, a.r.value)
			if err != nil {
				continue
			}
			var end time.Time
			switch unit {
			case "D":
				end = t.AddDate(0, 0, n)
			case "W":
				end = t.AddDate(0, 0, 7*n)
			default:
				continue
			}
			a.r.rng, a.r.gran, a.r.to = a.r.value+"/"+end.Format(iso), "range", end.Format(iso)
		}
	}
}

// simpleDuration reads a TIMEX3 duration of one unit: "P10D" is 10 "D",
// "PT30M" 30 "TM".
func simpleDuration(v string) (int, string, bool) {
	rest, ok := strings.CutPrefix(v, "P")
	if !ok || len(rest) < 2 {
		return 0, "", false
	}
	pre := ""
	if r, ok := strings.CutPrefix(rest, "T"); ok {
		pre, rest = "T", r
	}
	n, err := strconv.Atoi(rest[:len(rest)-1])
	if err != nil || n <= 0 {
		return 0, "", false
	}
	return n, pre + rest[len(rest)-1:], true
}

// lateNights gives "late tonight" and "late last night" their last hours,
// as an assistant does: 21:00 to midnight (mod END, the hours as a range).
// News keeps "late" out of a part of day's extent, as TimeBank does.
func (s *scan) lateNights(ms []match) {
	for k := range ms {
		m := &ms[k]
		if !s.is(m.i-1, "late") || m.r.typ != "TIME" || !strings.HasSuffix(m.r.value, "TNI") || m.r.rng != "" || m.r.mod != "" {
			continue
		}
		if k > 0 && ms[k-1].j > m.i-1 {
			continue
		}
		day := strings.TrimSuffix(m.r.value, "TNI")
		m.i--
		m.r.mod, m.r.gran = "END", "range"
		m.r.rng = day + "T21:00/" + day + "T23:00"
	}
}

// lunches gives a day said with its lunch ("tomorrow lunch", "Friday at
// lunchtime") the lunch hours an assistant books, 12:00 to 14:00: TIME
// with TimeML's midday (TMI) and the hours as a range.
func (s *scan) lunches(ms []match) {
	for k := range ms {
		m := &ms[k]
		if m.r.typ != "DATE" || m.r.gran != "day" || m.r.rng != "" || m.r.mod != "" {
			continue
		}
		j := m.j
		if s.is(j, "at", "for") {
			j++
		}
		if !s.is(j, "lunch", "lunchtime") || k+1 < len(ms) && ms[k+1].i <= j {
			continue
		}
		day := m.r.from
		m.j = j + 1
		m.r.typ, m.r.value, m.r.gran = "TIME", day+"TMI", "range"
		m.r.rng = day + "T12:00/" + day + "T13:00"
	}
}

// earlyMornings gives a day said with its early morning ("Monday early
// morning", "Monday early in the morning", "Monday in the early hours of
// the morning") the hours an assistant means, midnight to 09:00: TIME with
// TimeML's morning (TMO), mod START and the hours as a range.
func (s *scan) earlyMornings(ms []match) []match {
	for k := 0; k < len(ms); k++ {
		m := &ms[k]
		if m.r.typ != "DATE" || m.r.gran != "day" || m.r.rng != "" || m.r.mod != "" {
			continue
		}
		j, end := m.j, 0
		switch {
		case s.is(j, "early") && s.is(j+1, "morning"):
			end = j + 2
		case s.is(j, "early") && s.is(j+1, "in") && s.is(j+2, "the") && s.is(j+3, "morning"):
			end = j + 4
		case s.is(j, "in") && s.is(j+1, "the") && s.is(j+2, "early") && s.is(j+3, "hours") && s.is(j+4, "of") && s.is(j+5, "the") && s.is(j+6, "morning"):
			end = j + 7
		}
		if end == 0 || k+1 < len(ms) && ms[k+1].i < end && ms[k+1].j > end {
			continue
		}
		if k+1 < len(ms) && ms[k+1].i < end {
			ms = append(ms[:k+1], ms[k+2:]...) // "the morning" is part of it
			m = &ms[k]
		}
		day := m.r.from
		m.j = end
		m.r.typ, m.r.value, m.r.mod, m.r.gran = "TIME", day+"TMO", "START", "range"
		m.r.rng = day + "T00:00/" + day + "T08:00"
	}
	return ms
}
