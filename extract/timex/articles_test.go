package timex

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/olebedev/when"
	"github.com/olebedev/when/rules/common"
	"github.com/olebedev/when/rules/en"
	"github.com/stretchr/testify/require"
)

// article reads a sample article and its date: the " date YYYY-MM-DD "
// header when present (it is not part of the text), else fallback.
func article(t *testing.T, name, fallback string) (string, string) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "articles", name))
	require.NoError(t, err)
	s := strings.ReplaceAll(string(b), "\r\n", "\n")
	if strings.HasPrefix(s, " date ") && len(s) > 17 {
		return s[17:], s[6:16]
	}
	return s, fallback
}

// TestSampleArticles checks every time expression of the five sample
// articles against what a careful reader would put on a calendar. 002 and
// 004 have no date header: they are assumed to be of 2025-02-01 and
// 2025-02-10.
func TestSampleArticles(t *testing.T) {
	type want struct {
		text, typ, value, mod, gran, from, to, rng, basis string
	}
	files := []struct {
		name, dct string
		want      []want
	}{
		{"000_1a30ab1041f65604.txt", "", []want{
			{"soon", "DATE", "FUTURE_REF", "", "unknown", "", "", "", "relative"},
			{"Friday", "DATE", "2025-01-31", "", "day", "2025-01-31", "2025-01-31", "", "relative"}, // "said Trump on Friday"
			{"January 20", "DATE", "2025-01-20", "", "day", "2025-01-20", "2025-01-20", "", "relative"},
			{"current", "DATE", "PRESENT_REF", "", "unknown", "", "", "", "relative"},
			{"2020", "DATE", "2020", "", "year", "2020-01-01", "2020-12-31", "", "explicit"},
			{"2022", "DATE", "2022", "", "year", "2022-01-01", "2022-12-31", "", "explicit"},
			{"2016", "DATE", "2016", "", "year", "2016-01-01", "2016-12-31", "", "explicit"},
		}},
		{"001_ae9ed5fd64935bf8.txt", "", []want{
			{"Friday", "DATE", "2025-01-31", "", "day", "2025-01-31", "2025-01-31", "", "relative"}, // "revealed on Friday (Jan 31)"
			{"Jan 31", "DATE", "2025-01-31", "", "day", "2025-01-31", "2025-01-31", "", "relative"},
			{"soon", "DATE", "FUTURE_REF", "", "unknown", "", "", "", "relative"},
			{"recent", "DATE", "PAST_REF", "", "unknown", "", "", "", "relative"},
			{"2022", "DATE", "2022", "", "year", "2022-01-01", "2022-12-31", "", "explicit"}, // "the 2022 invasion"
			{"current", "DATE", "PRESENT_REF", "", "unknown", "", "", "", "relative"},
			{"2020", "DATE", "2020", "", "year", "2020-01-01", "2020-12-31", "", "explicit"},
			{"2022", "DATE", "2022", "", "year", "2022-01-01", "2022-12-31", "", "explicit"},
			{"2022", "DATE", "2022", "", "year", "2022-01-01", "2022-12-31", "", "explicit"}, // "Putin's 2022 invasion"
		}},
		{"002_36af1844f30e9a15.txt", "2025-02-01", []want{
			{"January 31", "DATE", "2025-01-31", "", "day", "2025-01-31", "2025-01-31", "", "relative"},
			{"soon", "DATE", "FUTURE_REF", "", "unknown", "", "", "", "relative"},
			{"Last week", "DATE", "2025-W04", "", "week", "2025-01-20", "2025-01-26", "", "relative"},
			{"as soon as possible", "DATE", "FUTURE_REF", "", "unknown", "", "", "", "relative"}, // "to meet with Putin as soon as possible"
			{"Every day", "SET", "P1D", "", "unknown", "", "", "", "explicit"},
			{"January 7", "DATE", "2025-01-07", "", "day", "2025-01-07", "2025-01-07", "", "relative"},
			{"24 hours", "DURATION", "PT24H", "", "unknown", "", "", "", "explicit"}, // "within 24 hours of taking office": anchored to an event, no deadline
			{"now", "DATE", "PRESENT_REF", "", "unknown", "", "", "", "relative"},
			{"six months", "DURATION", "P6M", "", "range", "2025-02-01", "2025-08-01", "2025-02-01/2025-08-01", "relative"}, // "within six months": a deadline
			{"January 31", "DATE", "2025-01-31", "", "day", "2025-01-31", "2025-01-31", "", "relative"},
			{"three years ago", "DATE", "2022", "APPROX", "year", "2022-01-01", "2022-12-31", "", "relative"}, // "almost three years ago"
			{"recent", "DATE", "PAST_REF", "", "unknown", "", "", "", "relative"},
			{"current", "DATE", "PRESENT_REF", "", "unknown", "", "", "", "relative"},
			{"March 31, 2024", "DATE", "2024-03-31", "", "day", "2024-03-31", "2024-03-31", "", "explicit"},
		}},
		{"003_b90f2df08de8d13e.txt", "", []want{
			{"January 20", "DATE", "2025-01-20", "", "day", "2025-01-20", "2025-01-20", "", "relative"},
			// "this may be the first": no date
			{"early 2022", "DATE", "2022", "START", "year", "2022-01-01", "2022-03-31", "", "explicit"},
			{"one day", "DURATION", "P1D", "", "unknown", "", "", "", "explicit"},
			{"100 days", "DURATION", "P100D", "", "unknown", "", "", "", "explicit"},
			{"September 2024", "DATE", "2024-09", "", "month", "2024-09-01", "2024-09-30", "", "explicit"},
			{"two days", "DATE", "XXXX-XX-XX", "", "unknown", "", "", "", "anchored"}, // "two days after his inauguration"
			{"recently", "DATE", "PAST_REF", "", "unknown", "", "", "", "relative"},
			{"February 14-16", "DATE", "2025-02-14", "", "range", "2025-02-14", "2025-02-16", "2025-02-14/2025-02-16", "relative"},
		}},
		{"004_a29598ba8b557034.txt", "2025-02-10", []want{
			{"2022", "DATE", "2022", "", "year", "2022-01-01", "2022-12-31", "", "explicit"},
			{"Last week", "DATE", "2025-W06", "", "week", "2025-02-03", "2025-02-09", "", "relative"},
			{"February", "DATE", "2025-02", "", "range", "2025-02-01", "2025-03-31", "2025-02/2025-03", "relative"}, // "in either February or March"
			{"March", "DATE", "2025-03", "", "range", "2025-02-01", "2025-03-31", "2025-02/2025-03", "relative"},
			{"an hour", "DURATION", "PT1H", "APPROX", "unknown", "", "", "", "explicit"}, // "for about an hour"
			{"February 2022", "DATE", "2022-02", "", "month", "2022-02-01", "2022-02-28", "", "explicit"},
			{"2021", "DATE", "2021", "", "year", "2021-01-01", "2021-12-31", "", "explicit"},
			{"next week", "DATE", "2025-W08", "", "week", "2025-02-17", "2025-02-23", "", "relative"},
		}},
	}
	var tg Tagger
	pass, total, whenOK := 0, 0, 0
	for _, f := range files {
		text, dct := article(t, f.name, f.dct)
		got := tg.Tag(text, dct)
		whenOK += whenResolves(t, text, dct, got)
		var gotW []want
		for _, x := range got {
			gotW = append(gotW, want{x.Text, x.Type, x.Value, x.Mod, x.Granularity, x.From, x.To, x.Range, x.Basis})
		}
		for k, w := range f.want {
			total++
			if k < len(gotW) && gotW[k] == w {
				pass++
			} else if k < len(gotW) {
				t.Errorf("%s: Tag #%d = %+v, want %+v", f.name, k, gotW[k], w)
			}
		}
		if len(gotW) != len(f.want) {
			t.Errorf("%s: Tag found %d expressions, want %d: %+v", f.name, len(gotW), len(f.want), gotW)
		}
	}
	t.Logf("sample articles: %d of %d expressions as a reader would resolve them; olebedev/when alone: %d", pass, total, whenOK)
	if whenOK >= pass {
		t.Errorf("olebedev/when alone resolves %d, the tagger %d", whenOK, pass)
	}
}

// whenResolves counts the expressions of want (the tagger's reading, checked
// above) that olebedev/when, with all its English rules, dates inside the
// same period: a match overlapping the expression whose date falls within
// From..To. Durations, sets and _REF values have no period and count as
// unresolved for it.
func whenResolves(t *testing.T, text, dct string, want []Timex) int {
	t.Helper()
	w := when.New(nil)
	w.Add(en.All...)
	w.Add(common.All...)
	base, err := time.Parse(iso, dct)
	require.NoError(t, err)
	type hit struct {
		start, end int
		day        string
	}
	var hits []hit
	for pos := 0; pos < len(text); {
		r, err := w.Parse(text[pos:], base)
		if err != nil || r == nil {
			break
		}
		hits = append(hits, hit{pos + r.Index, pos + r.Index + len(r.Text), r.Time.Format(iso)})
		pos += r.Index + max(len(r.Text), 1)
	}
	n := 0
	for _, x := range want {
		if x.From == "" || x.Type == "DURATION" {
			continue
		}
		for _, h := range hits {
			if h.start < x.End && x.Start < h.end && h.day >= x.From && h.day <= x.To {
				n++
				break
			}
		}
	}
	return n
}

func TestSampleAnchor(t *testing.T) {
	text, dct := article(t, "003_b90f2df08de8d13e.txt", "")
	var tg Tagger
	for _, x := range tg.Tag(text, dct) {
		if x.Anchor == nil {
			continue
		}
		require.Equal(t, Anchor{Event: "inauguration", Offset: "P2D", Direction: "after",
			EventStart: x.Anchor.EventStart, EventEnd: x.Anchor.EventEnd}, *x.Anchor)
		require.Equal(t, "his inauguration", text[x.Anchor.EventStart:x.Anchor.EventEnd])
		r := ResolveAnchor(x, "2025-01-20")
		require.Equal(t, "2025-01-22", r.Value)
		require.Equal(t, "day", r.Granularity)
		require.Equal(t, "anchored", r.Basis)
		require.Equal(t, "2025-01-22", r.From)
		return
	}
	t.Fatal("no anchored expression in 003")
}
