package timex

import "time"

// holidays are the named days the holiday rule knows: a fixed month and
// day, or a function of the year.
var holidays = []struct {
	words []string
	fixed [2]int // month, day
	fn    func(y int) time.Time
}{
	{words: []string{"christmas", "eve"}, fixed: [2]int{12, 24}},
	{words: []string{"christmas", "day"}, fixed: [2]int{12, 25}},
	{words: []string{"christmas"}, fixed: [2]int{12, 25}},
	{words: []string{"xmas"}, fixed: [2]int{12, 25}},
	{words: []string{"new", "year", "'", "s", "eve"}, fixed: [2]int{12, 31}},
	{words: []string{"new", "year", "'", "s", "day"}, fixed: [2]int{1, 1}},
	{words: []string{"new", "year", "'", "s"}, fixed: [2]int{1, 1}},
	{words: []string{"new", "years", "eve"}, fixed: [2]int{12, 31}},
	{words: []string{"new", "years", "day"}, fixed: [2]int{1, 1}},
	{words: []string{"valentine", "'", "s", "day"}, fixed: [2]int{2, 14}},
	{words: []string{"valentines", "day"}, fixed: [2]int{2, 14}},
	{words: []string{"halloween"}, fixed: [2]int{10, 31}},
	{words: []string{"independence", "day"}, fixed: [2]int{7, 4}},
	{words: []string{"veterans", "day"}, fixed: [2]int{11, 11}},
	{words: []string{"veteran", "'", "s", "day"}, fixed: [2]int{11, 11}},
	{words: []string{"st", ".", "patrick", "'", "s", "day"}, fixed: [2]int{3, 17}},
	{words: []string{"st", "patrick", "'", "s", "day"}, fixed: [2]int{3, 17}},
	{words: []string{"saint", "patrick", "'", "s", "day"}, fixed: [2]int{3, 17}},
	{words: []string{"earth", "day"}, fixed: [2]int{4, 22}},
	{words: []string{"boxing", "day"}, fixed: [2]int{12, 26}},
	{words: []string{"thanksgiving", "day"}, fn: func(y int) time.Time { return nthWeekday(y, 11, time.Thursday, 4) }},
	{words: []string{"thanksgiving"}, fn: func(y int) time.Time { return nthWeekday(y, 11, time.Thursday, 4) }},
	{words: []string{"black", "friday"}, fn: func(y int) time.Time { return nthWeekday(y, 11, time.Thursday, 4).AddDate(0, 0, 1) }},
	{words: []string{"cyber", "monday"}, fn: func(y int) time.Time { return nthWeekday(y, 11, time.Thursday, 4).AddDate(0, 0, 4) }},
	{words: []string{"memorial", "day"}, fn: func(y int) time.Time { return nthWeekday(y, 5, time.Monday, -1) }},
	{words: []string{"labor", "day"}, fn: func(y int) time.Time { return nthWeekday(y, 9, time.Monday, 1) }},
	{words: []string{"labour", "day"}, fn: func(y int) time.Time { return nthWeekday(y, 9, time.Monday, 1) }},
	{words: []string{"columbus", "day"}, fn: func(y int) time.Time { return nthWeekday(y, 10, time.Monday, 2) }},
	{words: []string{"mother", "'", "s", "day"}, fn: func(y int) time.Time { return nthWeekday(y, 5, time.Sunday, 2) }},
	{words: []string{"mothers", "day"}, fn: func(y int) time.Time { return nthWeekday(y, 5, time.Sunday, 2) }},
	{words: []string{"father", "'", "s", "day"}, fn: func(y int) time.Time { return nthWeekday(y, 6, time.Sunday, 3) }},
	{words: []string{"fathers", "day"}, fn: func(y int) time.Time { return nthWeekday(y, 6, time.Sunday, 3) }},
	{words: []string{"martin", "luther", "king", "day"}, fn: func(y int) time.Time { return nthWeekday(y, 1, time.Monday, 3) }},
	{words: []string{"martin", "luther", "king", "jr", ".", "day"}, fn: func(y int) time.Time { return nthWeekday(y, 1, time.Monday, 3) }},
	{words: []string{"mlk", "day"}, fn: func(y int) time.Time { return nthWeekday(y, 1, time.Monday, 3) }},
	{words: []string{"presidents", "'", "day"}, fn: func(y int) time.Time { return nthWeekday(y, 2, time.Monday, 3) }},
	{words: []string{"presidents", "day"}, fn: func(y int) time.Time { return nthWeekday(y, 2, time.Monday, 3) }},
	{words: []string{"president", "'", "s", "day"}, fn: func(y int) time.Time { return nthWeekday(y, 2, time.Monday, 3) }},
	{words: []string{"easter", "sunday"}, fn: easter},
	{words: []string{"easter", "monday"}, fn: func(y int) time.Time { return easter(y).AddDate(0, 0, 1) }},
	{words: []string{"easter"}, fn: easter},
	{words: []string{"good", "friday"}, fn: func(y int) time.Time { return easter(y).AddDate(0, 0, -2) }},
	{words: []string{"palm", "sunday"}, fn: func(y int) time.Time { return easter(y).AddDate(0, 0, -7) }},
	{words: []string{"ash", "wednesday"}, fn: func(y int) time.Time { return easter(y).AddDate(0, 0, -46) }},
	{words: []string{"mardi", "gras"}, fn: func(y int) time.Time { return easter(y).AddDate(0, 0, -47) }},
}

// holidayIndex lists the holidays by their first word, in table order.
var holidayIndex = func() map[string][]int {
	m := map[string][]int{}
	for k, h := range holidays {
		m[h.words[0]] = append(m[h.words[0]], k)
	}
	return m
}()

// nthWeekday is the n-th weekday wd of month m (n = -1: the last one).
func nthWeekday(y, m int, wd time.Weekday, n int) time.Time {
	if n < 0 {
		t := date(y, m+1, 0)
		return t.AddDate(0, 0, -((int(t.Weekday()) - int(wd) + 7) % 7))
	}
	t := date(y, m, 1)
	t = t.AddDate(0, 0, (int(wd)-int(t.Weekday())+7)%7)
	return t.AddDate(0, 0, 7*(n-1))
}

// easter is Western Easter Sunday (anonymous Gregorian algorithm).
func easter(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return date(y, month, day)
}

// holiday scans a holiday name with an optional year ("Christmas 2024",
// "thanksgiving"); without a year the tense picks the last or next one
// (the next one when the tense is unknown).
func holiday(s *scan, i int) (match, bool) {
	j := i
	if s.is(j, "the") {
		j++
	}
	for _, hi := range holidayIndex[s.w(j)] {
		h := holidays[hi]
		ok := true
		for k, w := range h.words {
			if s.w(j+k) != w {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		e := j + len(h.words)
		at := func(y int) time.Time {
			if h.fn != nil {
				return h.fn(y)
			}
			return date(y, h.fixed[0], h.fixed[1])
		}
		k := e
		if s.w(k) == "," || s.is(k, "of") {
			k++
		}
		if y, k2, ok := s.yearNum(k); ok && s.w(k) != "'" {
			return mk(i, k2, dayRes(at(y)), false)
		}
		y := s.dct.Year()
		t := at(y)
		if s.tense(i, e) == past {
			if t.After(s.dct) {
				t = at(y - 1)
			}
		} else if t.Before(s.dct) {
			t = at(y + 1)
		}
		return mk(i, e, dayRes(t), true)
	}
	return fail, false
}
