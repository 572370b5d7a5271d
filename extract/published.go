package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/timelinehq/timeline/model"
)

// inferPublished guesses the publication date of an article that gives none
// from the dates it mentions (text is the article, times its time
// expressions resolved without a publication date).
//
// An article is published no earlier than the latest full date it mentions.
// News style also gives the year of a date only when it is not the current
// year (AP Stylebook: "use the year only if it is not the current year"), so
// when an article writes some dates with their year and others without
// ("On January 31 ..." beside "scheduled for March 31, 2024"), the year-less
// dates are in the publication year, which comes after the latest year
// written out; the publication date is then taken as the latest year-less
// date in that year. Without year-less dates, the latest full date is the
// guess. Without any full date, nothing is inferred.
func inferPublished(text string, times []timeRef) (string, bool) {
	latest := ""
	for _, t := range times {
		if t.When.Basis == model.Explicit && t.When.Granularity == model.Day && len(t.When.Value) == 10 && t.When.Value > latest {
			latest = t.When.Value
		}
	}
	if latest == "" {
		return "", false
	}
	year, _ := strconv.Atoi(latest[:4])
	best := latest
	for _, md := range yearlessDates(text) {
		d := time.Date(year+1, md.month, md.day, 0, 0, 0, 0, time.UTC)
		if d.Month() != md.month { // February 29 of a common year, say
			continue
		}
		if s := d.Format("2006-01-02"); s > best {
			best = s
		}
	}
	return best, true
}

type monthDay struct {
	month time.Month
	day   int
}

// monthDayRE finds "January 31" or "31 January" with no year after it.
var monthDayRE = regexp.MustCompile(`\b(?:(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.? ([0-3]?[0-9])(?:st|nd|rd|th)?|([0-3]?[0-9])(?:st|nd|rd|th)? (January|February|March|April|May|June|July|August|September|October|November|December))\b(,? [0-9]{4})?`)

var monthNames = map[string]time.Month{
	"jan": time.January, "feb": time.February, "mar": time.March, "apr": time.April,
	"may": time.May, "jun": time.June, "jul": time.July, "aug": time.August,
	"sep": time.September, "oct": time.October, "nov": time.November, "dec": time.December,
}

// yearlessDates returns the month-day dates of text written without a year.
// "May" is taken only with its day after it ("May 5"), where it is a month.
func yearlessDates(text string) []monthDay {
	var out []monthDay
	for _, m := range monthDayRE.FindAllStringSubmatch(text, -1) {
		if m[5] != "" {
			continue // has a year
		}
		name, day := m[1], m[2]
		if name == "" {
			name, day = m[4], m[3]
		}
		d, err := strconv.Atoi(day)
		mo, ok := monthNames[strings.ToLower(name[:3])]
		if err != nil || !ok || d < 1 || d > 31 {
			continue
		}
		out = append(out, monthDay{mo, d})
	}
	return out
}
