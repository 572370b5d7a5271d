package extract

import (
	"fmt"
	"testing"
)

func TestChronology(t *testing.T) {
	tests := []struct {
		name, text, published string
		want                  []string // "words=value" of every date
	}{
		{"entries take the year of the entry before",
			"The spill began last year.\nMarch 3, 2010 - A rig burns.\nApril 30 - The company says it will pay.\nNov. 24 - A fund pays out.\nJan. 4 - A panel reports.\n",
			"2011-01-11",
			[]string{"last year=2010", "March 3, 2010=2010-03-03", "April 30=2010-04-30", "Nov. 24=2010-11-24", "Jan. 4=2011-01-04"}},
		{"a first entry is not after publication",
			"Timeline of the crisis:\nOctober 2 - Talks open.\nDecember 9: Talks end.\n",
			"2011-02-01",
			[]string{"October 2=2010-10-02", "December 9=2010-12-09"}},
		{"a live blog's time of day is no year",
			"Obama spoke.\n2001 : After the speech, Robert Gibbs will answer questions.\nIn 1999 prices fell.\n",
			"2010-06-15",
			[]string{"1999=1999"}},
		{"a live blog's time of day inside a paragraph", "Read the tweets 2029 : We planned to blog.\n", "2010-06-15", nil},
		// errors: dates that are no list entries keep their reading
		{"a paragraph that opens with a date but no dash", "In 2008 prices rose.\nNov. 24 was cold.\n", "2011-01-11",
			[]string{"2008=2008", "Nov. 24=2010-11-24"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			seg := segmentForTest(t, tt.text)
			var got []string
			for _, r := range findTimes(tt.text, tt.published, seg.sents) {
				got = append(got, tt.text[r.Start:r.End]+"="+r.When.Value)
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("findTimes(%q, %s) = %q, want %q", tt.text, tt.published, got, tt.want)
			}
		})
	}
}
