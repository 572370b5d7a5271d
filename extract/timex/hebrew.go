package timex

import "time"

// The Hebrew calendar, computed with the arithmetic rules of the fixed
// calendar (molad of Tishri and the four postponements), as given by
// Dershowitz and Reingold, Calendrical Calculations, ch. 8. Days are
// counted as R.D. numbers: day 1 is Monday 1 January 1 of the proleptic
// Gregorian calendar.

// hebrewEpoch is the R.D. number of 1 Tishri AM 1 minus one day (Julian
// 7 October 3761 BCE).
const hebrewEpoch = -1373427

// Hebrew months, numbered from Nisan as the rules do; Tishri (7) starts the
// year.
const (
	nisan = 1 + iota
	iyyar
	sivan
	tammuz
	av
	elul
	tishri
	marheshvan
	kislev
	tevet
	shevat
	adar  // Adar, or Adar I in a leap year
	adar2 // Adar II, only in a leap year
)

// hebrewLeap reports whether Hebrew year y has 13 months.
func hebrewLeap(y int) bool { return (7*y+1)%19 < 7 }

// hebrewElapsed is the number of days from the epoch to the molad of
// Tishri of year y, postponed by a day when the molad falls at or after
// noon or on Sunday, Wednesday or Friday.
func hebrewElapsed(y int) int {
	months := (235*y - 234) / 19
	parts := 12084 + 13753*months
	days := 29*months + parts/25920
	if (3*(days+1))%7 < 3 {
		days++
	}
	return days
}

// hebrewNewYear is the R.D. of 1 Tishri of year y, with the two
// postponements that keep the year lengths legal.
func hebrewNewYear(y int) int {
	ny0, ny1, ny2 := hebrewElapsed(y-1), hebrewElapsed(y), hebrewElapsed(y+1)
	corr := 0
	switch {
	case ny2-ny1 == 356:
		corr = 2
	case ny1-ny0 == 382:
		corr = 1
	}
	return hebrewEpoch + ny1 + corr
}

// hebrewMonthDays is the length of month m of year y.
func hebrewMonthDays(y, m int) int {
	yearDays := hebrewNewYear(y+1) - hebrewNewYear(y)
	switch {
	case m == iyyar || m == tammuz || m == elul || m == tevet || m == adar2:
		return 29
	case m == adar && !hebrewLeap(y):
		return 29
	case m == marheshvan && yearDays%10 != 5: // Heshvan is long only in 355- and 385-day years
		return 29
	case m == kislev && yearDays%10 == 3: // Kislev is short in 353- and 383-day years
		return 29
	}
	return 30
}

// hebrewDate is the Gregorian date of day d of month m of Hebrew year y.
func hebrewDate(y, m, d int) time.Time {
	rd := hebrewNewYear(y) + d - 1
	last := adar
	if hebrewLeap(y) {
		last = adar2
	}
	if m < tishri {
		for k := tishri; k <= last; k++ {
			rd += hebrewMonthDays(y, k)
		}
		for k := nisan; k < m; k++ {
			rd += hebrewMonthDays(y, k)
		}
	} else {
		for k := tishri; k < m; k++ {
			rd += hebrewMonthDays(y, k)
		}
	}
	return date(1, 1, 1).AddDate(0, 0, rd-1)
}

// hebrewIn returns a function giving the date of day d of month m in the
// Hebrew year that has it in Gregorian year g: months from Tishri to Kislev
// fall in the autumn of g (year g+3761), the others in g's spring and
// summer (year g+3760). Adar is Adar II in a leap year, as Purim is kept.
func hebrewIn(m, d int) func(g int) time.Time {
	return func(g int) time.Time {
		y := g + 3760
		if m >= tishri && m <= kislev {
			y++
		}
		mm := m
		if m == adar && hebrewLeap(y) {
			mm = adar2
		}
		return hebrewDate(y, mm, d)
	}
}

// tishaBAv is 9 Av, kept on the 10th when the 9th is a Sabbath.
func tishaBAv(g int) time.Time {
	t := hebrewIn(av, 9)(g)
	if t.Weekday() == time.Saturday {
		t = t.AddDate(0, 0, 1)
	}
	return t
}

// yomHaShoah is 27 Nisan, moved off the Sabbath's edges: to Thursday when
// it falls on Friday, to Monday when it falls on Sunday.
func yomHaShoah(g int) time.Time {
	t := hebrewIn(nisan, 27)(g)
	switch t.Weekday() {
	case time.Friday:
		t = t.AddDate(0, 0, -1)
	case time.Sunday:
		t = t.AddDate(0, 0, 1)
	}
	return t
}

// yomHaAtzmaut is 5 Iyar, moved back to Thursday when it falls on Friday
// or Saturday, and to Tuesday when it falls on Monday (the rule since
// 2004).
func yomHaAtzmaut(g int) time.Time {
	t := hebrewIn(iyyar, 5)(g)
	switch t.Weekday() {
	case time.Friday:
		t = t.AddDate(0, 0, -1)
	case time.Saturday:
		t = t.AddDate(0, 0, -2)
	case time.Monday:
		if g >= 2004 {
			t = t.AddDate(0, 0, 1)
		}
	}
	return t
}
