package timex

import (
	_ "embed"
	"strings"
	"time"
)

// holidayText is holidays.txt: the dates of the holidays of lunar and
// lunisolar calendars, from Duckling (BSD licence; the file says which
// version and what was changed).
//
//go:embed holidays.txt
var holidayText string

// holidayTables maps a table name of holidays.txt to its dates, in order.
var holidayTables = parseHolidayTables(holidayText)

// parseHolidayTables reads the format of holidays.txt: a name line, then
// lines of YYYY-MM-DD dates; "#" lines are comments. A malformed file is a
// programmer's error, so it panics.
func parseHolidayTables(text string) map[string][]time.Time {
	m := map[string][]time.Time{}
	name := ""
	for _, line := range strings.Split(text, "\n") {
		f := strings.Fields(line)
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		if _, err := time.Parse(iso, f[0]); err != nil {
			name = f[0]
			if len(f) > 1 || m[name] != nil {
				panic("holidays.txt: bad table name line " + line)
			}
			continue
		}
		for _, d := range f {
			t, err := time.Parse(iso, d)
			if err != nil || name == "" {
				panic("holidays.txt: bad date " + d)
			}
			m[name] = append(m[name], t)
		}
	}
	return m
}

// tabled returns the holiday that falls offset days after the date of the
// table name in year y: the first such date when the year has two (an
// Islamic holiday now and then), the zero time when the table has none.
func tabled(name string, offset int) func(y int) time.Time {
	dates, ok := holidayTables[name]
	if !ok {
		panic("no holiday table " + name)
	}
	return func(y int) time.Time {
		for _, t := range dates {
			if t.Year() == y {
				return t.AddDate(0, 0, offset)
			}
		}
		return time.Time{}
	}
}

// tabledAfter is the first date of table name after t, or the zero time.
func tabledAfter(name string, t time.Time) time.Time {
	for _, d := range holidayTables[name] {
		if d.After(t) {
			return d
		}
	}
	return time.Time{}
}

// ramadanEnd is the last day of the Ramadan that begins on start: the day
// before Eid al-Fitr, when the month (29 or 30 days) is in the tables.
func ramadanEnd(start time.Time) time.Time {
	fitr := tabledAfter("eid-al-fitr", start)
	if fitr.IsZero() || fitr.Sub(start) > 31*24*time.Hour {
		return time.Time{}
	}
	return fitr.AddDate(0, 0, -1)
}

// jumuatulWida is the last Friday of Ramadan: the Friday before Eid
// al-Fitr of year y.
func jumuatulWida(y int) time.Time {
	fitr := tabled("eid-al-fitr", 0)(y)
	if fitr.IsZero() {
		return fitr
	}
	return fitr.AddDate(0, 0, -((int(fitr.Weekday())-int(time.Friday)+6)%7 + 1))
}
