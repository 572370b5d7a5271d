package timex

import "time"

// months maps month names and abbreviations to their number.
var months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
	"sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

// weekdays maps weekday names (and capitalised abbreviations) to time.Weekday.
var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday,
	"wednesday": time.Wednesday, "thursday": time.Thursday, "friday": time.Friday,
	"saturday": time.Saturday,
	"mon":      time.Monday, "tue": time.Tuesday, "tues": time.Tuesday, "wed": time.Wednesday,
	"thu": time.Thursday, "thur": time.Thursday, "thurs": time.Thursday, "fri": time.Friday,
	"sat": time.Saturday, "sun": time.Sunday,
}

// weekday resolves a bare weekday: future tense gives the first such day on
// or after the creation date; past and unknown tense (news reports what
// happened) the latest on or before it.
func (s *scan) weekday(wd time.Weekday, tense int) time.Time {
	d := s.dct
	back := (int(d.Weekday()) - int(wd) + 7) % 7
	fwd := (int(wd) - int(d.Weekday()) + 7) % 7
	switch {
	case tense == past:
		return d.AddDate(0, 0, -back)
	case tense == future:
		if fwd == 0 && s.tg != nil && s.tg.PreferFuture {
			fwd = 7 // an assistant's "tuesday" said on a Tuesday is next week's
		}
		return d.AddDate(0, 0, fwd)
	}
	return d.AddDate(0, 0, -back)
}

// monthYear picks the year of a bare month name: the nearest occurrence,
// where one on the wrong side of the creation month for the tense counts
// four months further away.
func (s *scan) monthYear(m, tense int) int {
	y, cm := s.dct.Year(), int(s.dct.Month())
	best, bestDist := y, 1<<30
	for _, c := range []int{y - 1, y, y + 1} {
		diff := (c-y)*12 + m - cm
		wrong := tense == past && diff > 0 || tense == future && diff < 0
		if diff < 0 {
			diff = -diff
		}
		if wrong {
			diff += 5 // a preference: next month in a past sentence is still next month
			if tense == future && s.tg != nil && s.tg.PreferFuture {
				diff += 1000 // an assistant's months lie ahead
			}
		}
		if diff < bestDist {
			best, bestDist = c, diff
		}
	}
	return best
}

// dayYear picks the year of a month and day without a year: the nearest
// occurrence, where one on the wrong side of the creation date for the
// tense counts 120 days further away.
func (s *scan) dayYear(m, d, tense int) int {
	y := s.dct.Year()
	best, bestDist := y, 1<<30
	for _, c := range []int{y - 1, y, y + 1} {
		if d > daysIn(c, m) {
			continue
		}
		t := date(c, m, d)
		diff := int(t.Sub(s.dct).Hours() / 24)
		wrong := tense == past && diff > 0 || tense == future && diff < 0
		if diff < 0 {
			diff = -diff
		}
		if wrong {
			diff += 120 // the tense is a preference: a date days away still wins
			if tense == future && s.tg != nil && s.tg.PreferFuture {
				diff += 1000 // an assistant's dates lie ahead
			}
		}
		if diff < bestDist {
			best, bestDist = c, diff
		}
	}
	return best
}
