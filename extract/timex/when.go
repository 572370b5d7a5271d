package timex

import (
	"time"

	"github.com/olebedev/when"
	whenrules "github.com/olebedev/when/rules"
	"github.com/olebedev/when/rules/en"
)

// clockParser is olebedev/when restricted to its clock-time rules, where it
// is right: "2 p.m.", "2:30pm", "14:30"; the clock rule uses it for those
// simple forms when it reads the whole extent. On the five sample articles
// when alone, with all its English rules, dates 10 of the 46 expressions a
// reader dates (TestSampleArticles); the tagger dates all 46. Its weekday,
// month and "Month day" rules are not used (they pick the next weekday,
// take the base year for "March 31, 2024" and read "this may be" as May);
// see DESIGN.md.
var clockParser = func() *when.Parser {
	w := when.New(nil)
	w.Add(en.Hour(whenrules.Override), en.HourMinute(whenrules.Override))
	return w
}()

// whenClock reads the hour and minute of a clock-time extent with
// olebedev/when.
func whenClock(extent string) (int, int, bool) {
	base := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	r, err := clockParser.Parse(extent, base)
	if err != nil || r == nil || r.Index != 0 || len(r.Text) != len(extent) {
		return 0, 0, false
	}
	return r.Time.Hour(), r.Time.Minute(), true
}
