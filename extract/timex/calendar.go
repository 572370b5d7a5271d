package timex

import (
	"strings"
	"time"
)

// dayAround scans "the day after tomorrow" and "the day before yesterday".
func dayAround(s *scan, i int) (match, bool) {
	j := i
	if s.is(j, "the") {
		j++
	}
	if !s.is(j, "day") {
		return fail, false
	}
	switch {
	case s.is(j+1, "after") && s.is(j+2, "tomorrow"):
		return mk(i, j+3, dayRes(s.dct.AddDate(0, 0, 2)), true)
	case s.is(j+1, "before") && s.is(j+2, "yesterday"):
		return mk(i, j+3, dayRes(s.dct.AddDate(0, 0, -2)), true)
	}
	return fail, false
}

// periodEdge scans the abbreviations EOM, BOM, EOY and BOY: the end or the
// beginning of the current month or year.
func periodEdge(s *scan, i int) (match, bool) {
	j := i
	if s.is(j, "the") {
		j++
	}
	switch s.w(j) {
	case "eom":
		return mk(i, j+1, withMod(monthRes(s.dct.Year(), int(s.dct.Month())), "END"), true)
	case "bom":
		return mk(i, j+1, withMod(monthRes(s.dct.Year(), int(s.dct.Month())), "START"), true)
	case "eod":
		if s.tg != nil && s.tg.PreferFuture { // in news, EOD is bomb disposal
			return mk(i, j+1, withMod(dayRes(s.dct), "END"), true)
		}
	case "eoy":
		return mk(i, j+1, withMod(yearRes(s.dct.Year()), "END"), true)
	case "boy":
		if s.toks[j].raw == "BOY" {
			return mk(i, j+1, withMod(yearRes(s.dct.Year()), "START"), true)
		}
	}
	return fail, false
}

// numericDate scans the numeric forms other than ISO and M/D/Y: "10-31-74",
// "10.31.1974", "31/Oct/1974", "31-Oct-74", "2014-10" and "2014/10" (a
// month, unless the two parts read as consecutive years: "2009-10"),
// "2/2013".
func numericDate(s *scan, i int) (match, bool) {
	a, ok := s.num(i)
	if !ok {
		return fail, false
	}
	sep := s.w(i + 1)
	if (sep != "-" && sep != "." && sep != "/") || !s.glued(i+1) || !s.glued(i+2) {
		return fail, false
	}
	year := func(k int) (int, bool) {
		y, ok := s.num(k)
		switch {
		case !ok:
			return 0, false
		case len(s.w(k)) == 4:
			return y, true
		case len(s.w(k)) == 2:
			if y < 50 {
				return 2000 + y, true
			}
			return 1900 + y, true
		}
		return 0, false
	}
	// day, month name, year: "31/Oct/1974", "31-Oct-74"
	if m, ok := months[s.w(i+2)]; ok && len(s.w(i)) <= 2 && s.w(i+3) == sep && s.glued(i+3) && s.glued(i+4) {
		if y, ok := year(i + 4); ok && a >= 1 && a <= daysIn(y, m) {
			return mk(i, i+5, dayRes(date(y, m, a)), false)
		}
		return fail, false
	}
	b, ok := s.num(i + 2)
	if !ok {
		return fail, false
	}
	// month, day, year: "10-31-74", "10.31.1974"
	if sep != "/" && len(s.w(i)) <= 2 && len(s.w(i+2)) <= 2 && s.w(i+3) == sep && s.glued(i+3) && s.glued(i+4) {
		if y, ok := year(i + 4); ok && a >= 1 && a <= 12 && b >= 1 && b <= daysIn(y, a) {
			if _, more := s.num(i + 6); s.w(i+5) == sep && more {
				return fail, false // a version or an address, not a date
			}
			return mk(i, i+5, dayRes(date(y, a, b)), false)
		}
		return fail, false
	}
	if s.w(i+3) == sep && s.glued(i+3) || s.w(i+3) == "%" {
		return fail, false
	}
	// year, month: "2014-10", "2014/10"
	if len(s.w(i)) == 4 && len(s.w(i+2)) == 2 && sep != "." && a >= 1600 && a <= 2199 && b >= 1 && b <= 12 {
		if (a+1)%100 == b {
			return fail, false // "2009-10": two years
		}
		return mk(i, i+3, monthRes(a, b), false)
	}
	// month/year: "2/2013"
	if sep == "/" && len(s.w(i)) <= 2 && len(s.w(i+2)) == 4 && a >= 1 && a <= 12 && b >= 1600 && b <= 2199 {
		return mk(i, i+3, monthRes(b, a), false)
	}
	return fail, false
}

// nthInMonth scans "the first Monday of March", "the last Sunday of March
// 2014", "the third day of October", "the last day of October 2015", "the
// first week of October 2014", "the first Monday of this month": the n-th
// (or last) weekday, day or week of a month expression.
func nthInMonth(s *scan, i int) (match, bool) {
	j := i
	if s.is(j, "the") {
		j++
	}
	n, k, ok := 0, 0, false
	if s.is(j, "last") {
		n, k, ok = -1, j+1, true
	} else {
		n, k, ok = s.ordinal(j)
	}
	if !ok || n == 0 || n > 31 {
		return fail, false
	}
	if n > 0 && s.is(k, "last") {
		n, k = -n, k+1 // "the third last week of 2018": counted from the end
	}
	what := s.w(k)
	wd, isWeekday := weekdays[what]
	if isWeekday && !strings.HasSuffix(what, "day") && !(s.toks[k].capital() || s.is(k, "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri")) {
		isWeekday = false
	}
	weekend := false
	if e, ok := s.weekendAt(k); ok && n == -1 && s.is(e, "of", "in") {
		weekend, what, k = true, "weekend", e-1 // "the last weekend of October"
	}
	if !isWeekday && what != "day" && what != "week" && !weekend {
		return fail, false
	}
	if !s.is(k+1, "of", "in") {
		return fail, false
	}
	m, ok := s.best(k + 2)
	if !ok || m.r.typ != "DATE" || m.r.gran != "month" && !(m.r.gran == "year" && what == "week") {
		return fail, false
	}
	back := 0 // whole units back from the last one
	if n < -1 {
		back = -n - 1
	}
	first, err1 := time.Parse(iso, m.r.from)
	last, err2 := time.Parse(iso, m.r.to)
	if err1 != nil || err2 != nil {
		return fail, false
	}
	var d time.Time
	switch {
	case weekend:
		// the last Saturday and Sunday both in the month
		sat := last.AddDate(0, 0, -((int(last.Weekday()) - int(time.Saturday) + 7) % 7))
		if sat.Equal(last) {
			sat = sat.AddDate(0, 0, -7)
		}
		return mk(i, m.j, weekendRes(sat), m.rel)
	case isWeekday && n > 0:
		d = first.AddDate(0, 0, (int(wd)-int(first.Weekday())+7)%7+7*(n-1))
	case isWeekday:
		d = last.AddDate(0, 0, -((int(last.Weekday())-int(wd)+7)%7)-7*back)
	case what == "day" && n > 0:
		d = first.AddDate(0, 0, n-1)
	case what == "day":
		d = last.AddDate(0, 0, -back)
	case what == "week":
		// weeks start on the first Monday of the month
		mon := first.AddDate(0, 0, (int(time.Monday)-int(first.Weekday())+7)%7)
		if n > 0 {
			d = mon.AddDate(0, 0, 7*(n-1))
		} else {
			// the last week is the last one that ends within the month
			d = last.AddDate(0, 0, -((int(last.Weekday()) + 6) % 7))
			if d.AddDate(0, 0, 6).After(last) {
				d = d.AddDate(0, 0, -7)
			}
			d = d.AddDate(0, 0, -7*back)
		}
		if d.After(last) || d.Before(first) {
			return fail, false
		}
		return mk(i, m.j, weekRes(d), m.rel)
	}
	if d.Before(first) || d.After(last) {
		return fail, false
	}
	return mk(i, m.j, dayRes(d), m.rel)
}

// weekdayOfWeek scans "Wednesday of next week", "wednesday next week",
// "Monday of this week", "Sunday from last week": a weekday in a given week.
func weekdayOfWeek(s *scan, i int) (match, bool) {
	wd, ok := weekdays[s.w(i)]
	if !ok || !strings.HasSuffix(s.w(i), "day") {
		return fail, false
	}
	k := i + 1
	if s.is(k, "of", "from") {
		k++
	}
	dir := 0
	switch s.w(k) {
	case "next", "following", "coming":
		dir = 1
	case "last", "previous", "past":
		dir = -1
	case "this", "the":
		if s.w(k) == "the" && !s.is(i+1, "of") {
			return fail, false
		}
	default:
		return fail, false
	}
	if !s.is(k+1, "week") {
		return fail, false
	}
	mon := s.dct.AddDate(0, 0, -((int(s.dct.Weekday())+6)%7)+7*dir)
	return mk(i, k+2, dayRes(mon.AddDate(0, 0, (int(wd)+6)%7)), true)
}

// weekOf scans "the week of March 6": the ISO week of that day.
func weekOf(s *scan, i int) (match, bool) {
	if !s.is(i, "the") || !s.is(i+1, "week") || !s.is(i+2, "of") {
		return fail, false
	}
	m, ok := s.best(i + 3)
	if !ok || m.r.gran != "day" || m.r.typ != "DATE" {
		return fail, false
	}
	t, err := time.Parse(iso, m.r.from)
	if err != nil {
		return fail, false
	}
	return mk(i, m.j, weekRes(t), m.rel)
}

// weekdayAround scans "the previous Friday" and "the following Monday":
// the weekday before or after the last day mentioned (or the creation
// date).
func weekdayAround(s *scan, i int) (match, bool) {
	if !s.is(i, "the") || !s.is(i+1, "previous", "following", "next", "preceding") {
		return fail, false
	}
	wd, ok := weekdays[s.w(i+2)]
	if !ok || !strings.HasSuffix(s.w(i+2), "day") {
		return fail, false
	}
	b := s.dct
	if s.hasRef {
		b = s.ref
	}
	if s.is(i+1, "previous", "preceding") {
		d := b.AddDate(0, 0, -1)
		return mk(i, i+3, dayRes(d.AddDate(0, 0, -((int(d.Weekday())-int(wd)+7)%7))), true)
	}
	d := b.AddDate(0, 0, 1)
	return mk(i, i+3, dayRes(d.AddDate(0, 0, (int(wd)-int(d.Weekday())+7)%7)), true)
}

// seasonWord scans "this season", "last season", "next season", "current
// season": the season containing the creation date, or the one before or
// after it.
func seasonWord(s *scan, i int) (match, bool) {
	dir := 0
	switch s.w(i) {
	case "this", "current":
	case "last", "past", "previous":
		dir = -1
	case "next", "coming", "following":
		dir = 1
	default:
		return fail, false
	}
	if !s.is(i+1, "season", "seasons") {
		return fail, false
	}
	var seq []res // the seasons around the creation date, in order
	for y := s.dct.Year() - 1; y <= s.dct.Year()+1; y++ {
		for _, c := range []string{"SP", "SU", "FA", "WI"} {
			seq = append(seq, seasonRes(y, c))
		}
	}
	today := s.dct.Format(iso)
	for k, r := range seq {
		if r.from <= today && today <= r.to || k+1 < len(seq) && r.to < today && today < seq[k+1].from {
			if k+dir < 0 || k+dir >= len(seq) {
				return fail, false
			}
			return mk(i, i+2, seq[k+dir], true)
		}
	}
	return fail, false
}
