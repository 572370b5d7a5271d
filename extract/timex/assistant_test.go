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
	{"days ago keep the hour", "7 days ago", []string{"7 days ago|TIME|2013-02-05T04|2013-02-05..2013-02-05"}},
	{"in days keeps the hour", "in 7 days", []string{"7 days|TIME|2013-02-19T04|2013-02-19..2013-02-19"}},
	{"years ago keep the month", "two years ago", []string{"two years ago|DATE|2011-02|2011-02-01..2011-02-28"}},
	{"from today is a day", "3 years from today", []string{"3 years from today|DATE|2016-02-12|2016-02-12..2016-02-12"}},
	{"fortnight is 14 days", "a fortnight hence", []string{"a fortnight hence|TIME|2013-02-26T04|2013-02-26..2013-02-26"}},
	{"upcoming two weeks is one week", "upcoming two weeks", []string{"upcoming two weeks|DATE|2013-W09|2013-02-25..2013-03-03"}},
	{"2 upcoming months", "2 upcoming months", []string{"2 upcoming months|DATE|2013-04|2013-04-01..2013-04-30"}},
	{"zone converted to the user's", "Thursday 8:00 GMT", []string{"Thursday 8:00 GMT|TIME|2013-02-14T06:00|2013-02-14..2013-02-14"}},
	{"half-hour zone", "11:30pm IST", []string{"11:30pm IST|TIME|2013-02-12T16:00|2013-02-12..2013-02-12"}},
	{"zoned range", "15:00 GMT - 18:00 GMT", []string{"15:00 GMT - 18:00 GMT|TIME|2013-02-12T13:00|2013-02-12..2013-02-12"}},
	{"next Saturday is next week's", "next saturday", []string{"next saturday|DATE|2013-02-23|2013-02-23..2013-02-23"}},
	{"next Monday", "next monday", []string{"next monday|DATE|2013-02-18|2013-02-18..2013-02-18"}},
	{"weekday after next", "wednesday after next", []string{"wednesday after next|DATE|2013-02-20|2013-02-20..2013-02-20"}},
	{"lower-case abbreviation", "fri", []string{"fri|DATE|2013-02-15|2013-02-15..2013-02-15"}},
	{"abbreviation at a time", "Thu at 8 GMT", []string{"Thu|DATE|2013-02-14|2013-02-14..2013-02-14", "8 GMT|TIME|2013-02-14T06:00|2013-02-14..2013-02-14"}},
	{"fraction of an hour", "in 3/4 h", []string{"3/4 h|TIME|2013-02-12T05:15|2013-02-12..2013-02-12"}},
	{"a quarter of an hour", "in a quarter of an hour", []string{"a quarter of an hour|TIME|2013-02-12T04:45|2013-02-12..2013-02-12"}},
	{"a few is three", "in a few hours", []string{"a few hours|TIME|2013-02-12T07:30|2013-02-12..2013-02-12"}},
	{"minute mark", "in 15'", []string{"15'|TIME|2013-02-12T04:45|2013-02-12..2013-02-12"}},
	{"last minutes", "last 2 minutes", []string{"last 2 minutes|TIME|2013-02-12T04:28|2013-02-12..2013-02-12"}},
	{"a Jewish holiday from its eve", "yom kippur 2018", []string{"yom kippur 2018|DATE|2018-09-18|2018-09-18..2018-09-18"}},
	{"a long one from its eve to its last day", "shavuot 2018", []string{"shavuot 2018|DATE|2018-05-19|2018-05-19..2018-05-21"}},
	{"open interval after", "since 2014", []string{"2014|DATE|2014|2014-01-01..2014-12-31|AFTER"}},
	{"open interval before", "until 2:00pm", []string{"2:00pm|TIME|2013-02-12T14:00|2013-02-12..2013-02-12|BEFORE"}},
	{"a range is no open interval", "from 3pm to 4pm", []string{"3pm to 4pm|TIME|2013-02-12T15:00|2013-02-12..2013-02-12"}},
	{"after days", "after 5 days", []string{"5 days|TIME|2013-02-17T04|2013-02-17..2013-02-17|AFTER"}},
	{"the morning of a day", "morning of christmas 2013", []string{"morning of christmas 2013|TIME|2013-12-25TMO|2013-12-25..2013-12-25"}},
	{"in the afternoon", "in the afternoon", []string{"the afternoon|TIME|2013-02-12TAF|2013-02-12..2013-02-12"}},
	{"a part of day said alone", "evening", []string{"evening|TIME|2013-02-12TEV|2013-02-12..2013-02-12"}},
	{"an assistant's months lie ahead", "beginning of January", []string{"beginning of January|DATE|2014-01|2014-01-01..2014-01-10|START"}},
	{"an assistant's weekend has its evenings", "this past weekend", []string{"past weekend|TIME|2013-02-08T18:00|2013-02-08..2013-02-10"}},
	{"last weekend of a month", "last wkend of July", []string{"last wkend of July|TIME|2013-07-26T18:00|2013-07-26..2013-07-28"}},
	{"by a time is from now", "by 2:00pm", []string{"2:00pm|TIME|2013-02-12T14:00|2013-02-12..2013-02-12"}},
	{"hour and minutes apart", "at 3 15", []string{"3 15|TIME|2013-02-12T15:15|2013-02-12..2013-02-12"}},
	{"no minutes from a count", "at 3 15 percent", []string{"3|TIME|2013-02-12T15:00|2013-02-12..2013-02-12"}},
	{"hour then tomorrow evening", "9 tomorrow evening", []string{"9 tomorrow evening|TIME|2013-02-13T21:00|2013-02-13..2013-02-13"}},
	{"ish", "3ish pm", []string{"3ish pm|TIME|2013-02-12T15:00|2013-02-12..2013-02-12"}},
	{"a month said alone", "March", []string{"March|DATE|2013-03|2013-03-01..2013-03-31"}},
	{"zone in brackets", "Thursday 9 am (BST)", []string{"Thursday 9 am (BST)|TIME|2013-02-14T06:00|2013-02-14..2013-02-14"}},
	{"an oh minute said alone", "twelve oh three", []string{"twelve oh three|TIME|2013-02-12T12:03|2013-02-12..2013-02-12"}},
	{"a count said alone", "three twenty", nil},
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
		{"by 2:00pm", "2013-02-12T04:30/2013-02-12T14:00"},
		{"by the end of next month", "2013-02-12T04:30/2013-04-01T00:00"},
		{"last 2 minutes", "2013-02-12T04:28/2013-02-12T04:29"},
		{"this past weekend", "2013-02-08T18:00/2013-02-10T23:00"},
		{"shavuot 2018", "2018-05-19/2018-05-21"},
	} {
		got := tg.Tag(tc.text, duckNow)
		if len(got) != 1 || got[0].Range != tc.rng {
			t.Errorf("Tag(%q, %s) = %+v, want one expression with range %s", tc.text, duckNow, got, tc.rng)
		}
	}
}
