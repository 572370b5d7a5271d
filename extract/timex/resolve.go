package timex

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// res is what a rule found: the TIMEX3 attributes and the calendar period.
type res struct {
	typ, value, mod string
	gran, basis     string
	from, to        string
	rng             string
	anchor          *Anchor
	clk             *clockTime // the time of day of a clock time
}

const iso = "2006-01-02"

func date(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// daysIn returns the number of days of month m of year y.
func daysIn(y, m int) int { return date(y, m+1, 0).Day() }

// dayRes is a DATE of day granularity.
func dayRes(t time.Time) res {
	s := t.Format(iso)
	return res{typ: "DATE", value: s, gran: "day", from: s, to: s}
}

// weekRes is the ISO week containing t.
func weekRes(t time.Time) res {
	y, w := t.ISOWeek()
	mon := t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
	return res{typ: "DATE", value: fmt.Sprintf("%04d-W%02d", y, w), gran: "week",
		from: mon.Format(iso), to: mon.AddDate(0, 0, 6).Format(iso)}
}

// monthRes is month m of year y; m outside 1..12 is normalised (13 is
// January of the next year), so month arithmetic crosses years.
func monthRes(y, m int) res {
	t := date(y, m, 1)
	y, m = t.Year(), int(t.Month())
	return res{typ: "DATE", value: fmt.Sprintf("%04d-%02d", y, m), gran: "month",
		from: t.Format(iso), to: date(y, m, daysIn(y, m)).Format(iso)}
}

// quarterRes is quarter q (1..4, normalised across years) of year y.
func quarterRes(y, q int) res {
	for q < 1 {
		q += 4
		y--
	}
	for q > 4 {
		q -= 4
		y++
	}
	return res{typ: "DATE", value: fmt.Sprintf("%04d-Q%d", y, q), gran: "quarter",
		from: date(y, 3*q-2, 1).Format(iso), to: date(y, 3*q+1, 0).Format(iso)}
}

// halfRes is half h (1 or 2) of year y.
func halfRes(y, h int) res {
	return res{typ: "DATE", value: fmt.Sprintf("%04d-H%d", y, h), gran: "range",
		from: date(y, 6*h-5, 1).Format(iso), to: date(y, 6*h+1, 0).Format(iso)}
}

// yearRes is year y.
func yearRes(y int) res {
	return res{typ: "DATE", value: fmt.Sprintf("%04d", y), gran: "year",
		from: date(y, 1, 1).Format(iso), to: date(y, 12, 31).Format(iso)}
}

// seasonRes is a season of year y: "SP", "SU", "FA", "WI" (winter runs
// from December of y into y+1).
func seasonRes(y int, s string) res {
	r := res{typ: "DATE", value: fmt.Sprintf("%04d-%s", y, s), gran: "range"}
	switch s {
	case "SP":
		r.from, r.to = date(y, 3, 20).Format(iso), date(y, 6, 20).Format(iso)
	case "SU":
		r.from, r.to = date(y, 6, 21).Format(iso), date(y, 9, 23).Format(iso)
	case "FA":
		r.from, r.to = date(y, 9, 23).Format(iso), date(y, 12, 19).Format(iso)
	case "WI":
		r.from, r.to = date(y, 12, 21).Format(iso), date(y+1, 3, 20).Format(iso)
	}
	return r
}

// decadeRes is the decade starting at year d ("199" for the 1990s).
func decadeRes(d int) res {
	return res{typ: "DATE", value: fmt.Sprintf("%03d", d/10), gran: "range",
		from: date(d, 1, 1).Format(iso), to: date(d+9, 12, 31).Format(iso),
		rng: fmt.Sprintf("%04d/%04d", d, d+9)}
}

// centuryRes is the century whose years start with c ("19" for the 20th century).
func centuryRes(c int) res {
	return res{typ: "DATE", value: fmt.Sprintf("%02d", c), gran: "range",
		from: date(c*100, 1, 1).Format(iso), to: date(c*100+99, 12, 31).Format(iso),
		rng: fmt.Sprintf("%04d/%04d", c*100, c*100+99)}
}

// shift moves t by n units ("D", "W", "M", "Q", "Y", "DE", "CE", "H", "MIN").
// Months move from the first of the month, so 31 January + 1 month is
// February, and years are crossed correctly.
func shift(t time.Time, unit string, n int) time.Time {
	switch unit {
	case "D":
		return t.AddDate(0, 0, n)
	case "W", "WE":
		return t.AddDate(0, 0, 7*n)
	case "M":
		d := t.Day()
		f := date(t.Year(), int(t.Month())+n, 1)
		if dd := daysIn(f.Year(), int(f.Month())); d > dd {
			d = dd
		}
		return date(f.Year(), int(f.Month()), d)
	case "Q":
		return shift(t, "M", 3*n)
	case "Y":
		return shift(t, "M", 12*n)
	case "DE":
		return shift(t, "M", 120*n)
	case "CE":
		return shift(t, "M", 1200*n)
	case "H":
		return t.Add(time.Duration(n) * time.Hour)
	case "MIN":
		return t.Add(time.Duration(n) * time.Minute)
	}
	return t
}

// atGran is the period of granularity unit containing t.
func atGran(t time.Time, unit string) res {
	switch unit {
	case "W", "WE":
		return weekRes(t)
	case "M":
		return monthRes(t.Year(), int(t.Month()))
	case "Q":
		return quarterRes(t.Year(), (int(t.Month())+2)/3)
	case "Y":
		return yearRes(t.Year())
	case "DE":
		return decadeRes(t.Year() / 10 * 10)
	case "CE":
		return centuryRes(t.Year() / 100)
	}
	return dayRes(t)
}

// durValue is the ISO duration of n units; n < 0 means "some" (X).
func durValue(n float64, unit string) string {
	if v, ok := fracDur(n, unit); ok {
		return v
	}
	num := "X"
	if n >= 0 {
		num = strconv.FormatFloat(n, 'f', -1, 64)
	}
	switch unit {
	case "H", "MIN", "S":
		u := unit
		if unit == "MIN" {
			u = "M"
		}
		return "PT" + num + u
	case "DE":
		if n >= 0 {
			return "P" + strconv.FormatFloat(10*n, 'f', -1, 64) + "Y"
		}
		return "PXDE"
	case "CE":
		if n >= 0 {
			return "P" + strconv.FormatFloat(100*n, 'f', -1, 64) + "Y"
		}
		return "PXCE"
	case "WE":
		return "P" + num + "WE"
	}
	return "P" + num + unit
}

// parseDur parses a whole-number ISO duration such as "P2D", "P3M", "PT4H".
func parseDur(s string) (int, string, bool) {
	t := strings.HasPrefix(s, "PT")
	s = strings.TrimPrefix(strings.TrimPrefix(s, "PT"), "P")
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	n, err := strconv.Atoi(s[:i])
	if err != nil {
		return 0, "", false
	}
	u := s[i:]
	if t && u == "M" {
		u = "MIN"
	}
	switch u {
	case "D", "W", "M", "Q", "Y", "H", "MIN":
		return n, u, true
	}
	return 0, "", false
}

// withMod narrows the period of r to its start, middle or end third.
func withMod(r res, mod string) res {
	r.mod = mod
	f, err1 := time.Parse(iso, r.from)
	t, err2 := time.Parse(iso, r.to)
	if err1 != nil || err2 != nil {
		return r
	}
	set := func(a, b time.Time) { r.from, r.to = a.Format(iso), b.Format(iso) }
	y, m := f.Year(), int(f.Month())
	switch r.gran {
	case "year":
		// early: January-March, mid: April-August, late: September-December
		// (Duckling's reading)
		switch mod {
		case "START":
			set(f, date(y, 3, 31))
		case "MID":
			set(date(y, 4, 1), date(y, 8, 31))
		case "END":
			set(date(y, 9, 1), t)
		}
		return r
	case "month":
		// early: days 1-10, mid: 11-20, late: 21 to the end
		switch mod {
		case "START":
			set(f, date(y, m, 10))
		case "MID":
			set(date(y, m, 11), date(y, m, 20))
		case "END":
			set(date(y, m, 21), t)
		}
		return r
	case "week":
		// the start of a week is Monday-Wednesday, its end Friday-Sunday
		switch mod {
		case "START":
			set(f, f.AddDate(0, 0, 2))
		case "MID":
			set(f.AddDate(0, 0, 2), f.AddDate(0, 0, 4))
		case "END":
			set(f.AddDate(0, 0, 4), t)
		}
		return r
	case "quarter":
		switch mod {
		case "START":
			set(f, date(y, m+1, 0))
		case "MID":
			set(date(y, m+1, 1), date(y, m+2, 0))
		case "END":
			set(date(y, m+2, 1), t)
		}
		return r
	}
	days := int(t.Sub(f).Hours()/24) + 1
	third := days / 3
	if third < 1 {
		return r
	}
	switch mod {
	case "START":
		r.to = f.AddDate(0, 0, third-1).Format(iso)
	case "MID":
		r.from = f.AddDate(0, 0, third).Format(iso)
		r.to = f.AddDate(0, 0, 2*third-1).Format(iso)
	case "END":
		r.from = f.AddDate(0, 0, days-third).Format(iso)
	}
	return r
}

// maskDigits replaces the digits of a relative value with X when there is no
// creation date to resolve it against: "2025-W05" becomes "XXXX-WXX".
func maskDigits(v string) string {
	if strings.HasSuffix(v, "_REF") || strings.HasPrefix(v, "P") {
		return v
	}
	b := []byte(v)
	for i, c := range b {
		if c >= '0' && c <= '9' {
			b[i] = 'X'
		}
	}
	return string(b)
}

// fracDur writes a duration with a fraction in whole smaller units, as
// TimeML does: 2.5 years is P2Y6M, 5.5 hours PT5H30M, 1.5 minutes PT1M30S,
// half an hour PT30M. It reports false for whole counts and fractions that
// do not come out whole.
func fracDur(n float64, unit string) (string, bool) {
	if n < 0 || n == float64(int(n)) {
		return "", false
	}
	sub := map[string]struct {
		k      float64
		hi, lo string
		t      bool
	}{
		"Y": {12, "Y", "M", false}, "D": {24, "D", "H", true}, "H": {60, "H", "M", true}, "MIN": {60, "M", "S", true},
	}[unit]
	if sub.k == 0 {
		return "", false
	}
	whole := int(n)
	part := (n - float64(whole)) * sub.k
	if part != float64(int(part)) {
		return "", false
	}
	v := "P"
	if unit == "D" {
		if whole > 0 {
			v += fmt.Sprintf("%dD", whole)
		}
		return v + fmt.Sprintf("T%dH", int(part)), true
	}
	if sub.t {
		v += "T"
	}
	if whole > 0 {
		v += fmt.Sprintf("%d%s", whole, sub.hi)
	}
	return v + fmt.Sprintf("%d%s", int(part), sub.lo), true
}
