package timex

import "time"

// holidays are the named days the holiday rule knows: a fixed month and
// day, or a function of the year.
var holidays = []struct {
	words []string
	fixed [2]int // month, day
	fn    func(y int) time.Time
	days  int  // the number of days of a holiday longer than one
	eve   bool // a Jewish holiday, which begins at sunset the day before
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
	{words: []string{"valentine", "day"}, fixed: [2]int{2, 14}},
	{words: []string{"world", "vegan", "day"}, fixed: [2]int{11, 1}},
	{words: []string{"st", "paddy", "'", "s", "day"}, fixed: [2]int{3, 17}},
	{words: []string{"saint", "paddy", "'", "s", "day"}, fixed: [2]int{3, 17}},
	{words: []string{"saint", "patricks", "day"}, fixed: [2]int{3, 17}},
	{words: []string{"st", "patricks", "day"}, fixed: [2]int{3, 17}},
	{words: []string{"boss", "'", "s", "day"}, fn: func(y int) time.Time { return observed(date(y, 10, 16)) }},
	{words: []string{"boss", "'", "s"}, fn: func(y int) time.Time { return observed(date(y, 10, 16)) }},
	{words: []string{"boss", "day"}, fn: func(y int) time.Time { return observed(date(y, 10, 16)) }},
	{words: []string{"king", "'", "s", "day"}, fn: func(y int) time.Time { return kingsDay(y) }},
	{words: []string{"koningsdag"}, fn: func(y int) time.Time { return kingsDay(y) }},
	{words: []string{"martin", "luther", "king", "'", "s", "day"}, fn: func(y int) time.Time { return nthWeekday(y, 1, time.Monday, 3) }},
	{words: []string{"martin", "luther", "kings", "day"}, fn: func(y int) time.Time { return nthWeekday(y, 1, time.Monday, 3) }},
	{words: []string{"mlk", "jr", ".", "day"}, fn: func(y int) time.Time { return nthWeekday(y, 1, time.Monday, 3) }},
	{words: []string{"civil", "rights", "day"}, fn: func(y int) time.Time { return nthWeekday(y, 1, time.Monday, 3) }},
	{words: []string{"easter", "mon"}, fn: func(y int) time.Time { return easter(y).AddDate(0, 0, 1) }},
	{words: []string{"maundy", "thursday"}, fn: func(y int) time.Time { return easter(y).AddDate(0, 0, -3) }},
	{words: []string{"covenant", "thu"}, fn: func(y int) time.Time { return easter(y).AddDate(0, 0, -3) }},
	{words: []string{"thu", "of", "mysteries"}, fn: func(y int) time.Time { return easter(y).AddDate(0, 0, -3) }},
	{words: []string{"pentecost"}, fn: func(y int) time.Time { return easter(y).AddDate(0, 0, 49) }},
	{words: []string{"whit", "sunday"}, fn: func(y int) time.Time { return easter(y).AddDate(0, 0, 49) }},
	{words: []string{"white", "sunday"}, fn: func(y int) time.Time { return easter(y).AddDate(0, 0, 49) }},
	{words: []string{"whit", "monday"}, fn: func(y int) time.Time { return easter(y).AddDate(0, 0, 50) }},
	{words: []string{"monday", "of", "the", "holy", "spirit"}, fn: func(y int) time.Time { return easter(y).AddDate(0, 0, 50) }},
	{words: []string{"trinity", "sunday"}, fn: func(y int) time.Time { return easter(y).AddDate(0, 0, 56) }},
	{words: []string{"corpus", "christi"}, fn: func(y int) time.Time { return easter(y).AddDate(0, 0, 60) }},
	{words: []string{"ascension", "day"}, fn: func(y int) time.Time { return easter(y).AddDate(0, 0, 39) }},
	{words: []string{"branch", "sunday"}, fn: func(y int) time.Time { return easter(y).AddDate(0, 0, -7) }},
	{words: []string{"pancake", "day"}, fn: func(y int) time.Time { return easter(y).AddDate(0, 0, -47) }},
	{words: []string{"shrove", "tuesday"}, fn: func(y int) time.Time { return easter(y).AddDate(0, 0, -47) }},
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
	{words: []string{"election", "day"}, fn: func(y int) time.Time { return nthWeekday(y, 11, time.Monday, 1).AddDate(0, 0, 1) }},
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
	// Lent runs from Ash Wednesday to Holy Saturday
	{words: []string{"lent"}, fn: func(y int) time.Time { return easter(y).AddDate(0, 0, -46) }, days: 46},
	// Orthodox Easter and the days fixed from it
	{words: []string{"orthodox", "easter", "sunday"}, fn: orthodoxEaster},
	{words: []string{"orthodox", "easter"}, fn: orthodoxEaster},
	{words: []string{"orthodox", "good", "friday"}, fn: func(y int) time.Time { return orthodoxEaster(y).AddDate(0, 0, -2) }},
	{words: []string{"orthodox", "great", "friday"}, fn: func(y int) time.Time { return orthodoxEaster(y).AddDate(0, 0, -2) }},
	{words: []string{"orthodox", "shrove", "monday"}, fn: func(y int) time.Time { return orthodoxEaster(y).AddDate(0, 0, -48) }},
	{words: []string{"clean", "monday"}, fn: func(y int) time.Time { return orthodoxEaster(y).AddDate(0, 0, -48) }},
	{words: []string{"lazarus", "saturday"}, fn: func(y int) time.Time { return orthodoxEaster(y).AddDate(0, 0, -8) }},
	// the Great Fast: the forty days from Clean Monday
	{words: []string{"great", "fast"}, fn: func(y int) time.Time { return orthodoxEaster(y).AddDate(0, 0, -48) }, days: 40},
	// the Parsi (Shahenshahi) New Year: a 365-day year with no leap day
	{words: []string{"parsi", "new", "year"}, fn: parsiNewYear},
	// the Chinese New Year, from a table of years (chineseNewYears)
	{words: []string{"chinese", "lunar", "new", "year", "'", "s", "day"}, fn: chineseNewYear},
	{words: []string{"chinese", "lunar", "new", "year"}, fn: chineseNewYear},
	{words: []string{"chinese", "new", "year", "'", "s", "day"}, fn: chineseNewYear},
	{words: []string{"chinese", "new", "year", "'", "s"}, fn: chineseNewYear},
	{words: []string{"chinese", "new", "years"}, fn: chineseNewYear},
	{words: []string{"chinese", "new", "year"}, fn: chineseNewYear},
	{words: []string{"lunar", "new", "year"}, fn: chineseNewYear},
	// Jewish holidays (hebrew.go), with their diaspora lengths
	{words: []string{"rosh", "hashanah"}, fn: hebrewIn(tishri, 1), days: 2, eve: true},
	{words: []string{"rosh", "hashana"}, fn: hebrewIn(tishri, 1), days: 2, eve: true},
	{words: []string{"rosh", "hashanna"}, fn: hebrewIn(tishri, 1), days: 2, eve: true},
	{words: []string{"yom", "kippur"}, fn: hebrewIn(tishri, 10), eve: true},
	{words: []string{"sukkot"}, fn: hebrewIn(tishri, 15), days: 8, eve: true},
	{words: []string{"succos"}, fn: hebrewIn(tishri, 15), days: 8, eve: true},
	{words: []string{"feast", "of", "the", "ingathering"}, fn: hebrewIn(tishri, 15), days: 8, eve: true},
	{words: []string{"feast", "of", "tabernacles"}, fn: hebrewIn(tishri, 15), days: 8, eve: true},
	{words: []string{"shemini", "atzeret"}, fn: hebrewIn(tishri, 22), eve: true},
	{words: []string{"simchat", "torah"}, fn: hebrewIn(tishri, 23), eve: true},
	{words: []string{"hanukkah"}, fn: hebrewIn(kislev, 25), days: 8, eve: true},
	{words: []string{"chanukah"}, fn: hebrewIn(kislev, 25), days: 8, eve: true},
	{words: []string{"chanukkah"}, fn: hebrewIn(kislev, 25), days: 8, eve: true},
	{words: []string{"hanukah"}, fn: hebrewIn(kislev, 25), days: 8, eve: true},
	{words: []string{"hannukkah"}, fn: hebrewIn(kislev, 25), days: 8, eve: true},
	{words: []string{"tu", "bishvat"}, fn: hebrewIn(shevat, 15), eve: true},
	{words: []string{"purim"}, fn: hebrewIn(adar, 14), eve: true},
	{words: []string{"shushan", "purim"}, fn: hebrewIn(adar, 15), eve: true},
	{words: []string{"passover"}, fn: hebrewIn(nisan, 15), days: 8, eve: true},
	{words: []string{"pesach"}, fn: hebrewIn(nisan, 15), days: 8, eve: true},
	{words: []string{"yom", "hashoah"}, fn: yomHaShoah, eve: true},
	{words: []string{"holocaust", "day"}, fn: yomHaShoah, eve: true},
	{words: []string{"holocaust", "remembrance", "day"}, fn: yomHaShoah, eve: true},
	{words: []string{"yom", "haatzmaut"}, fn: yomHaAtzmaut, eve: true},
	{words: []string{"lag", "b", "'", "omer"}, fn: hebrewIn(iyyar, 18), eve: true},
	{words: []string{"lag", "baomer"}, fn: hebrewIn(iyyar, 18), eve: true},
	{words: []string{"shavuot"}, fn: hebrewIn(sivan, 6), days: 2, eve: true},
	{words: []string{"shavuos"}, fn: hebrewIn(sivan, 6), days: 2, eve: true},
	{words: []string{"tisha", "b", "'", "av"}, fn: tishaBAv, eve: true},
}

// holidayIndex lists the holidays by their first word, in table order.
var holidayIndex = func() map[string][]int {
	m := map[string][]int{}
	for k, h := range holidays {
		m[h.words[0]] = append(m[h.words[0]], k)
	}
	return m
}()

// observed moves a holiday falling on a weekend to the nearest weekday.
func observed(t time.Time) time.Time {
	switch t.Weekday() {
	case time.Saturday:
		return t.AddDate(0, 0, -1)
	case time.Sunday:
		return t.AddDate(0, 0, 1)
	}
	return t
}

// kingsDay is the Dutch King's Day: 27 April, or the 26th when that is a
// Sunday.
func kingsDay(y int) time.Time {
	if t := date(y, 4, 27); t.Weekday() != time.Sunday {
		return t
	}
	return date(y, 4, 26)
}

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

// orthodoxEaster is Easter of the Orthodox churches: the Julian computus
// (Meeus, Astronomical Algorithms, ch. 8), moved to the Gregorian calendar
// by the century difference of the two calendars.
func orthodoxEaster(y int) time.Time {
	a, b, c := y%4, y%7, y%19
	d := (19*c + 15) % 30
	e := (2*a + 4*b - d + 34) % 7
	month := (d + e + 114) / 31
	day := (d+e+114)%31 + 1
	return date(y, month, day).AddDate(0, 0, y/100-y/400-2)
}

// parsiNewYear is Navroz of the Shahenshahi calendar kept by Indian
// Parsis: its year has 365 days and no leap day, so the date moves a day
// earlier every four Gregorian years. Anchor: 16 August 2021 (1 Farvardin
// 1391 Y.Z.).
func parsiNewYear(y int) time.Time {
	return date(2021, 8, 16).AddDate(0, 0, 365*(y-2021))
}

// chineseNewYears are the Gregorian dates (month, day) of the first day of
// the first month of the Chinese calendar, 2000 to 2040, as published in
// the Hong Kong Observatory's Gregorian-Lunar calendar conversion tables
// (a lunisolar calendar set by astronomical new moons and solar terms, so
// a table rather than a rule). Their 19-year near-repetition (2000 and
// 2019 both on 5 February) is a check on the copy.
var chineseNewYears = [...][2]int{
	{2, 5}, {1, 24}, {2, 12}, {2, 1}, {1, 22}, {2, 9}, {1, 29}, {2, 18}, {2, 7}, {1, 26}, // 2000-2009
	{2, 14}, {2, 3}, {1, 23}, {2, 10}, {1, 31}, {2, 19}, {2, 8}, {1, 28}, {2, 16}, {2, 5}, // 2010-2019
	{1, 25}, {2, 12}, {2, 1}, {1, 22}, {2, 10}, {1, 29}, {2, 17}, {2, 6}, {1, 26}, {2, 13}, // 2020-2029
	{2, 3}, {1, 23}, {2, 11}, {1, 31}, {2, 19}, {2, 8}, {1, 28}, {2, 15}, {2, 4}, {1, 24}, // 2030-2039
	{2, 12}, // 2040
}

// chineseNewYear is the Chinese New Year of year y, or the zero time
// outside the table.
func chineseNewYear(y int) time.Time {
	if y < 2000 || y >= 2000+len(chineseNewYears) {
		return time.Time{}
	}
	md := chineseNewYears[y-2000]
	return date(y, md[0], md[1])
}

// holiday scans a holiday name with an optional year ("Christmas 2024",
// "thanksgiving"); without a year the tense picks the last or next one
// (the next one when the tense is unknown).
func holiday(s *scan, i int) (match, bool) {
	j := i
	if s.is(j, "the") {
		j++
	}
	dir := 0
	if s.is(j, "next", "last", "this") {
		dir = map[string]int{"next": 1, "last": -1}[s.w(j)]
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
		if h.words[0] == "lent" && !s.toks[j].capital() {
			if _, _, ok := s.yearNum(e); !ok {
				continue // "he lent": a verb
			}
		}
		at := func(y int) time.Time {
			if h.fn != nil {
				return h.fn(y)
			}
			return date(y, h.fixed[0], h.fixed[1])
		}
		// days is the holiday's period: a day, or a range of days. An
		// assistant dates a Jewish holiday from its eve, when it begins
		// at sunset: a one-day holiday is named by its eve, a longer one
		// runs from its eve to its last day.
		days := func(t time.Time) res {
			last := t.AddDate(0, 0, max(h.days, 1)-1)
			if h.eve && s.tg != nil && s.tg.PreferFuture {
				t = t.AddDate(0, 0, -1)
			}
			r := dayRes(t)
			if h.days > 1 {
				r.to = last.Format(iso)
				r.rng, r.gran = r.from+"/"+r.to, "range"
			}
			return r
		}
		// done is the match of the holiday on day t; a holiday kept in a
		// table of years (the Chinese New Year) has no day outside it
		done := func(i, j int, t time.Time, rel bool) (match, bool) {
			if t.IsZero() {
				return fail, false
			}
			return mk(i, j, days(t), rel)
		}
		k := e
		if s.w(k) == "," || s.is(k, "of") {
			k++
		}
		if y, k2, ok := s.yearNum(k); ok && s.w(k) != "'" {
			return done(i, k2, at(y), false)
		}
		if m, ok := spelledYearAfter(s, k, true); ok {
			if y, err := time.Parse("2006", m.r.value); err == nil {
				return done(i, m.j, at(y.Year()), false)
			}
		}
		y := s.dct.Year()
		// "thanksgiving of next year", "MLK day of last year", "in 3 years"
		if s.is(e, "of") && s.is(e+1, "next", "last", "this") && s.is(e+2, "year") {
			y += map[string]int{"next": 1, "last": -1}[s.w(e+1)]
			return done(i, e+3, at(y), true)
		}
		if s.is(e, "in") {
			if n, k2, ok := s.quantity(e + 1); ok && n >= 1 && n == float64(int(n)) && s.is(k2, "year", "years") {
				return done(i, k2+1, at(y+int(n)), true)
			}
		}
		t := at(y)
		tense := s.tense(i, e)
		switch {
		case dir == 1 || dir == 0 && tense != past:
			if t.Before(s.dct) {
				t = at(y + 1)
			}
		case dir == -1 || tense == past:
			if !t.Before(s.dct) {
				t = at(y - 1)
			}
		}
		return done(i, e, t, true)
	}
	return fail, false
}
