package timex

import (
	"bytes"
	"math"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

const tinyInput = `<?xml version="1.0" ?>
<TimeML>
<DOCID>tiny</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" temporalFunction="false" functionInDocument="CREATION_TIME">March 22, 2013</TIMEX3></DCT>
<TEXT>
The CDC said Friday that six deaths were reported in the last week &amp; more may come in March.
</TEXT>
</TimeML>
`

var ourTags = regexp.MustCompile(`</?TIMEX3[^>]*>`)

func TestWriteTimeMLRoundTrip(t *testing.T) {
	doc, err := ReadTimeML(strings.NewReader(tinyInput))
	require.NoError(t, err)
	require.Equal(t, "2013-03-22", doc.DCT)
	var tg Tagger
	tags := tg.Tag(doc.Text, doc.DCT)
	require.NotEmpty(t, tags)
	var b bytes.Buffer
	require.NoError(t, WriteTimeML(&b, doc, tags))
	out := b.String()
	require.Contains(t, out, `<TIMEX3 tid="t1" type="DATE" value="2013-03-22">Friday</TIMEX3>`)
	require.Contains(t, out, `<TIMEX3 tid="t2" type="DATE" value="2013-W11">the last week</TIMEX3>`)
	// Stripping our tags inside TEXT gives back the input byte for byte.
	a := strings.Index(out, "<TEXT>")
	stripped := out[:a] + ourTags.ReplaceAllString(out[a:], "")
	require.Equal(t, tinyInput, stripped)
	// Reading our output gives the same text and our tags back.
	again, err := ReadTimeML(strings.NewReader(out))
	require.NoError(t, err)
	require.Equal(t, doc.Text, again.Text)
	require.Len(t, again.Tags, len(tags))
	for k := range tags {
		require.Equal(t, tags[k].Start, again.Tags[k].Start)
		require.Equal(t, tags[k].Value, again.Tags[k].Value)
	}
}

func TestReadTimeMLStripsTags(t *testing.T) {
	in := `<DCT><TIMEX3 tid="t0" value="1998-02-27T08:17:00">x</TIMEX3></DCT><TEXT>He <EVENT eid="e1">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-02-27">Friday</TIMEX3>.</TEXT>`
	doc, err := ReadTimeML(strings.NewReader(in))
	require.NoError(t, err)
	require.Equal(t, "1998-02-27", doc.DCT)
	require.Equal(t, "He said Friday.", doc.Text)
	require.Equal(t, []Timex{{Start: 8, End: 14, Text: "Friday", Type: "DATE", Value: "1998-02-27"}}, doc.Tags)
}

func TestReadTimeMLErrors(t *testing.T) {
	for _, in := range []string{
		"no text at all",
		"<TEXT>unclosed",
		"<TEXT><TIMEX3 tid=\"t1\">x</TEXT>",
		"<TEXT>x</TIMEX3></TEXT>",
		"<TEXT>a <b</TEXT>",
		"<TEXT>\xff</TEXT>",
	} {
		if _, err := ReadTimeML(strings.NewReader(in)); err == nil {
			t.Errorf("ReadTimeML(%q) = nil error, want one", in)
		}
	}
}

func TestWritePlainTimeML(t *testing.T) {
	var tg Tagger
	text := "Talks on Friday & <soon>."
	var b bytes.Buffer
	require.NoError(t, WritePlainTimeML(&b, text, "2025-02-01", tg.Tag(text, "2025-02-01")))
	doc, err := ReadTimeML(&b)
	require.NoError(t, err)
	require.Equal(t, "2025-02-01", doc.DCT)
	require.Equal(t, "Talks on Friday &amp; &lt;soon&gt;.", doc.Text)
	require.Len(t, doc.Tags, 2)
	require.Equal(t, "2025-01-31", doc.Tags[0].Value)
	require.Equal(t, "FUTURE_REF", doc.Tags[1].Value)
}

// doc builds a scoring document whose Text is text and whose tags are the
// spans of the given substrings, with type and value.
func doc(text string, tags ...[3]string) *TimeMLDoc {
	d := &TimeMLDoc{Text: text}
	from := 0
	for _, tg := range tags {
		i := strings.Index(text[from:], tg[0]) + from
		d.Tags = append(d.Tags, Timex{Start: i, End: i + len(tg[0]), Text: tg[0], Type: tg[1], Value: tg[2]})
		from = i + len(tg[0])
	}
	return d
}

func TestScore(t *testing.T) {
	const text = "On Friday morning he met them for two days in 2013, then left."
	gold := map[string]*TimeMLDoc{
		"a": doc(text, [3]string{"Friday", "DATE", "2013-03-22"}, [3]string{"two days", "DURATION", "P2D"}, [3]string{"2013", "DATE", "2013"}),
		"b": doc("Nothing to see.", [3]string{"Nothing", "DATE", "PRESENT_REF"}),
	}
	pred := map[string]*TimeMLDoc{
		// Friday morning: relaxed match, wrong extent, wrong type and value
		// two days: strict match, right
		// 2013: strict match, wrong value
		// then: spurious
		"a": doc(text, [3]string{"Friday morning", "TIME", "2013-03-22TMO"}, [3]string{"two days", "DURATION", "P2D"}, [3]string{"2013", "DATE", "2012"}, [3]string{"then", "DATE", "PAST_REF"}),
		// b: nothing found: one missed
		"b": doc("Nothing to see."),
	}
	rep := Score(gold, pred)
	require.Equal(t, 2, rep.Docs)
	require.Equal(t, 4, rep.Gold)
	require.Equal(t, 4, rep.Pred)
	require.Equal(t, 3, rep.Relaxed)
	require.Equal(t, 2, rep.Strict)
	require.Equal(t, 2, rep.TypeCorrect)
	require.Equal(t, 1, rep.ValueCorrect)
	near := func(want, got float64) {
		t.Helper()
		if math.Abs(want-got) > 1e-9 {
			t.Errorf("got %v, want %v", got, want)
		}
	}
	near(0.75, rep.RelaxedPRF.P)
	near(0.75, rep.RelaxedPRF.R)
	near(0.75, rep.RelaxedPRF.F1)
	near(0.5, rep.StrictPRF.F1)
	near(0.5, rep.TypeF1)   // 2/3 x 0.75
	near(0.25, rep.ValueF1) // 1/3 x 0.75
	kinds := map[string]int{}
	for _, e := range rep.Errors {
		kinds[e.Kind]++
	}
	require.Equal(t, map[string]int{"value": 2, "spurious": 1, "missed": 1}, kinds)
}

func TestScoreGreedyOneToOne(t *testing.T) {
	// Two gold timexes overlap one system timex: only one matches.
	const text = "from March to April"
	gold := map[string]*TimeMLDoc{"a": doc(text, [3]string{"March", "DATE", "2013-03"}, [3]string{"April", "DATE", "2013-04"})}
	pred := map[string]*TimeMLDoc{"a": doc(text, [3]string{"March to April", "DATE", "2013-03"})}
	rep := Score(gold, pred)
	require.Equal(t, 1, rep.Relaxed)
	require.Equal(t, 1, rep.ValueCorrect)
	require.Equal(t, 0, rep.Strict)
}

func TestScoreMissingPrediction(t *testing.T) {
	gold := map[string]*TimeMLDoc{"a": doc("in 2013", [3]string{"2013", "DATE", "2013"})}
	rep := Score(gold, map[string]*TimeMLDoc{})
	require.Equal(t, 0, rep.Relaxed)
	require.Len(t, rep.Problems, 1)
}

func FuzzReadTimeML(f *testing.F) {
	f.Add([]byte(tinyInput))
	f.Add([]byte(`<TEXT>a <TIMEX3 tid="t1" type="DATE" value="2013">2013</TIMEX3></TEXT>`))
	f.Add([]byte(`<DCT><TIMEX3 value="2013-01-01"/></DCT><TEXT></TEXT>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := ReadTimeML(bytes.NewReader(data))
		if err != nil {
			return
		}
		for _, x := range doc.Tags {
			if x.Start < 0 || x.End > len(doc.Text) || x.Start > x.End || doc.Text[x.Start:x.End] != x.Text {
				t.Fatalf("tag %+v out of text %q", x, doc.Text)
			}
		}
		var tg Tagger
		var b bytes.Buffer
		if err := WriteTimeML(&b, doc, tg.Tag(doc.Text, doc.DCT)); err != nil {
			t.Fatal(err)
		}
		again, err := ReadTimeML(&b)
		if err != nil {
			t.Fatalf("reading our own output: %v", err)
		}
		if again.Text != doc.Text {
			t.Fatalf("text changed: %q -> %q", doc.Text, again.Text)
		}
	})
}
