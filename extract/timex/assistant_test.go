package timex

import (
	"fmt"
	"testing"
)

// duckNow is the reference time of the Duckling corpus: Tuesday 04:30 at UTC-2.
const duckNow = "2013-02-12T04:30:00-02:00"

// assistantTests are readings of the PreferFuture (scheduling assistant)
// mode, in "TEXT|TYPE|VALUE|FROM..TO[|MOD]" form.
var assistantTests = []struct {
	name, text string
	want       []string
}{
	{"days ago keep the hour", "5 days ago", []string{"5 days ago|TIME|2013-02-07T04|2013-02-07..2013-02-07"}},
	{"in days keeps the hour", "in 9 days", []string{"9 days|TIME|2013-02-21T04|2013-02-21..2013-02-21"}},
	{"years ago keep the month", "three years ago", []string{"three years ago|DATE|2010-02|2010-02-01..2010-02-28"}},
	{"from today is a day", "4 years from today", []string{"4 years from today|DATE|2017-02-12|2017-02-12..2017-02-12"}},
	{"fortnight is 14 days", "a fortnight from now", []string{"a fortnight from now|TIME|2013-02-26T04|2013-02-26..2013-02-26"}},
	{"upcoming two weeks is one week", "upcoming three weeks", []string{"upcoming three weeks|DATE|2013-W10|2013-03-04..2013-03-10"}},
	{"2 upcoming months", "3 upcoming months", []string{"3 upcoming months|DATE|2013-05|2013-05-01..2013-05-31"}},
	{"zone converted to the user's", "Friday 7:00 GMT", []string{"Friday 7:00 GMT|TIME|2013-02-15T05:00|2013-02-15..2013-02-15"}},
	{"half-hour zone", "11:30pm IST", []string{"11:30pm IST|TIME|2013-02-12T16:00|2013-02-12..2013-02-12"}},
	{"zoned range", "14:00 GMT - 16:00 GMT", []string{"14:00 GMT - 16:00 GMT|TIME|2013-02-12T12:00|2013-02-12..2013-02-12"}},
	{"next Saturday is next week's", "next friday", []string{"next friday|DATE|2013-02-22|2013-02-22..2013-02-22"}},
	{"next Monday", "next sunday", []string{"next sunday|DATE|2013-02-24|2013-02-24..2013-02-24"}},
	{"weekday after next", "thursday after next", []string{"thursday after next|DATE|2013-02-21|2013-02-21..2013-02-21"}},
	{"lower-case abbreviation", "thu", []string{"thu|DATE|2013-02-14|2013-02-14..2013-02-14"}},
	{"abbreviation at a time", "Fri at 9 GMT", []string{"Fri|DATE|2013-02-15|2013-02-15..2013-02-15", "9 GMT|TIME|2013-02-15T07:00|2013-02-15..2013-02-15"}},
	{"fraction of an hour", "in 1/4 hr", []string{"1/4 hr|TIME|2013-02-12T04:45|2013-02-12..2013-02-12"}},
	{"a quarter of an hour", "in about a quarter of an hour", []string{"about a quarter of an hour|TIME|2013-02-12T04:45|2013-02-12..2013-02-12"}},
	{"a few is three", "in a few hrs", []string{"a few hrs|TIME|2013-02-12T07:30|2013-02-12..2013-02-12"}},
	{"minute mark", "in 20'", []string{"20'|TIME|2013-02-12T04:50|2013-02-12..2013-02-12"}},
	{"last minutes", "last 5 minutes", []string{"last 5 minutes|TIME|2013-02-12T04:25|2013-02-12..2013-02-12"}},
	{"a Jewish holiday from its eve", "yom kippur 2021", []string{"yom kippur 2021|DATE|2021-09-15|2021-09-15..2021-09-15"}},
	{"a long one from its eve to its last day", "shavuot 2021", []string{"shavuot 2021|DATE|2021-05-16|2021-05-16..2021-05-18"}},
	{"Hanukkah is its eight evenings from the eve", "hanukkah 2024", []string{"hanukkah 2024|DATE|2024-12-25|2024-12-25..2025-01-01"}},
	{"open interval after", "since 2011", []string{"2011|DATE|2011|2011-01-01..2011-12-31|AFTER"}},
	{"open interval before", "until 3:30pm", []string{"3:30pm|TIME|2013-02-12T15:30|2013-02-12..2013-02-12|BEFORE"}},
	{"a range is no open interval", "from 3pm to 4pm", []string{"3pm to 4pm|TIME|2013-02-12T15:00|2013-02-12..2013-02-12"}},
	{"after days", "after 3 days", []string{"3 days|TIME|2013-02-15T04|2013-02-15..2013-02-15|AFTER"}},
	{"the morning of a day", "morning of christmas 2015", []string{"morning of christmas 2015|TIME|2015-12-25TMO|2015-12-25..2015-12-25"}},
	{"in the morning", "in the morning", []string{"the morning|TIME|2013-02-12TMO|2013-02-12..2013-02-12"}},
	{"a part of day said alone", "overnight", []string{"overnight|TIME|2013-02-12TNI|2013-02-12..2013-02-12"}},
	{"an assistant's months lie ahead", "early January", []string{"early January|DATE|2014-01|2014-01-01..2014-01-10|START"}},
	{"an assistant's weekend has its evenings", "last weekend", []string{"last weekend|TIME|2013-02-08T18:00|2013-02-08..2013-02-10"}},
	{"last weekend of a month", "last wkend of August", []string{"last wkend of August|TIME|2013-08-23T18:00|2013-08-23..2013-08-25"}},
	{"by a time is from now", "by 3:00pm", []string{"3:00pm|TIME|2013-02-12T15:00|2013-02-12..2013-02-12"}},
	{"hour and minutes apart", "at 5 20", []string{"5 20|TIME|2013-02-12T05:20|2013-02-12..2013-02-12"}},
	{"no minutes from a count", "at 5 20 percent", []string{"5|TIME|2013-02-12T05:00|2013-02-12..2013-02-12"}},
	{"hour then tomorrow evening", "8 tomorrow evening", []string{"8 tomorrow evening|TIME|2013-02-13T20:00|2013-02-13..2013-02-13"}},
	{"ish", "4ish pm", []string{"4ish pm|TIME|2013-02-12T16:00|2013-02-12..2013-02-12"}},
	{"a month said alone", "April", []string{"April|DATE|2013-04|2013-04-01..2013-04-30"}},
	{"zone in brackets", "Friday 10 am (BST)", []string{"Friday 10 am (BST)|TIME|2013-02-15T07:00|2013-02-15..2013-02-15"}},
	{"an oh minute said alone", "eleven oh five", []string{"eleven oh five|TIME|2013-02-12T11:05|2013-02-12..2013-02-12"}},
	{"a count said alone", "four ten", nil},
}

func TestAssistant(t *testing.T) {
	tg := Tagger{PreferFuture: true}
	for _, tc := range assistantTests {
		var got []string
		for _, x := range tg.Tag(tc.text, duckNow) {
			v := fmt.Sprintf("%s|%s|%s|%s..%s", x.Text, x.Type, x.Value, x.From, x.To)
			if x.Mod != "" {
				v += "|" + x.Mod
			}
			got = append(got, v)
		}
		if !same(got, tc.want) {
			t.Errorf("%s: Tag(%q, %s) = %q, want %q", tc.name, tc.text, duckNow, got, tc.want)
		}
	}
}

func TestAssistantRanges(t *testing.T) {
	tg := Tagger{PreferFuture: true}
	for _, tc := range []struct{ text, rng string }{
		{"by 3:00pm", "2013-02-12T04:30/2013-02-12T15:00"},
		{"by the end of this month", "2013-02-12T04:30/2013-03-01T00:00"},
		{"last 5 minutes", "2013-02-12T04:25/2013-02-12T04:29"},
		{"last weekend", "2013-02-08T18:00/2013-02-10T23:00"},
		{"shavuot 2021", "2021-05-16/2021-05-18"},
		{"within 3 weeks", "2013-02-12T04:30/2013-03-05T00:00"},
		{"late tonight", "2013-02-12T21:00/2013-02-12T23:00"},
		{"late last night", "2013-02-11T21:00/2013-02-11T23:00"},
		{"tomorrow lunch", "2013-02-13T12:00/2013-02-13T13:00"},
		{"friday at lunchtime", "2013-02-15T12:00/2013-02-15T13:00"},
		{"tuesday early morning", "2013-02-19T00:00/2013-02-19T08:00"},
		{"tuesday early in the morning", "2013-02-19T00:00/2013-02-19T08:00"},
		{"friday in the early hours of the morning", "2013-02-15T00:00/2013-02-15T08:00"},
	} {
		got := tg.Tag(tc.text, duckNow)
		if len(got) != 1 || got[0].Range != tc.rng {
			t.Errorf("Tag(%q, %s) = %+v, want one expression with range %s", tc.text, duckNow, got, tc.rng)
		}
	}
}

func TestDurationSpans(t *testing.T) {
	for _, tc := range []struct{ text, rng string }{
		{"from 4pm for thirty minutes", "2013-02-12T16:00/2013-02-12T16:30"},
		{"9am for 2 hours", "2013-02-12T09:00/2013-02-12T11:00"},
		{"for 45 minutes starting from 4pm", "2013-02-12T16:00/2013-02-12T16:45"},
		{"March 3 for 5 days", "2013-03-03/2013-03-08"},
		{"for 2 weeks from March 3", "2013-03-03/2013-03-17"},
		{"March 3 for 5 hours", ""}, // a day and hours: no span
	} {
		got := (&Tagger{PreferFuture: true}).Tag(tc.text, duckNow)
		if len(got) == 0 || got[0].Range != tc.rng && (got[0].Type != "DURATION" || got[1].Range != tc.rng) {
			t.Errorf("Tag(%q, %s) = %+v, want a span %q", tc.text, duckNow, got, tc.rng)
		}
	}
	// news keeps a date and a duration apart
	if got := (&Tagger{}).Tag("from 4pm for thirty minutes", duckNow); len(got) != 2 || got[0].Range != "" {
		t.Errorf("news: Tag(from 4pm for thirty minutes) = %+v, want no span", got)
	}
}
