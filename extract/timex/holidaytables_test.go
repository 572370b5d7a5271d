package timex

import (
	"testing"
	"time"
)

// islamicArith is the arithmetic (tabular) Islamic calendar, civil epoch 16
// July 622 (Julian), leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26 and 29 of
// each 30 (Dershowitz and Reingold, Calendrical Calculations): the Gregorian
// date of day d of month m of year y.
func islamicArith(y, m, d int) time.Time {
	rd := 227015 - 1 + (y-1)*354 + (3+11*y)/30 + 29*(m-1) + m/2 + d
	return date(1, 1, 1).AddDate(0, 0, rd-1)
}

// TestHolidayTables checks the copy of holidays.txt: every table in order,
// one date a year (a lunar year of 354 or 355 days, give or take a day of
// observation, for the Islamic ones) and every Islamic date within two days
// of the arithmetic calendar's.
func TestHolidayTables(t *testing.T) {
	islamic := map[string][2]int{ // month, day
		"ramadan": {9, 1}, "eid-al-fitr": {10, 1}, "eid-al-adha": {12, 10},
		"muharram": {1, 1}, "rajab": {7, 1}, "mawlid": {3, 12},
	}
	for name, dates := range holidayTables {
		md, isl := islamic[name]
		for k, d := range dates {
			if k > 0 {
				gap := int(d.Sub(dates[k-1]).Hours() / 24)
				switch {
				case isl && (gap < 352 || gap > 357) && gap < 700:
					t.Errorf("%s: %s is %d days after %s", name, d.Format(iso), gap, dates[k-1].Format(iso))
				case !isl && d.Year() != dates[k-1].Year()+1:
					t.Errorf("%s: %s after %s", name, d.Format(iso), dates[k-1].Format(iso))
				}
			}
			if !isl {
				continue
			}
			best := 99
			for y := (d.Year()-622)*33/32 - 1; y <= (d.Year()-622)*33/32+3; y++ {
				best = min(best, abs(int(d.Sub(islamicArith(y, md[0], md[1])).Hours()/24)))
			}
			if best > 2 {
				t.Errorf("%s: %s is %d days from the arithmetic calendar", name, d.Format(iso), best)
			}
		}
	}
	// the Chinese New Year falls between 21 January and 20 February
	for _, d := range holidayTables["chinese-new-year"] {
		if lo, hi := date(d.Year(), 1, 21), date(d.Year(), 2, 20); d.Before(lo) || d.After(hi) {
			t.Errorf("chinese-new-year: %s", d.Format(iso))
		}
	}
	if got := tabled("chinese-new-year", 0)(1949); !got.IsZero() {
		t.Errorf("chinese-new-year 1949 = %s, want none", got.Format(iso))
	}
	if got := jumuatulWida(2018); got.Format(iso) != "2018-06-08" { // Eid al-Fitr was a Friday
		t.Errorf("jumuatulWida(2018) = %s, want 2018-06-08", got.Format(iso))
	}
}
