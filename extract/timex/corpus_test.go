package timex

import (
	"github.com/timelinehq/timeline/extract/internal/corpora"

	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// readCorpus reads every .tml file of the given directories.
func readCorpus(t testing.TB, dirs ...string) map[string]*TimeMLDoc {
	t.Helper()
	docs := map[string]*TimeMLDoc{}
	for _, d := range dirs {
		files, err := filepath.Glob(filepath.Join(d, "*.tml"))
		if err != nil || len(files) == 0 {
			t.Fatalf("no .tml files in %s", d)
		}
		for _, f := range files {
			r, err := os.Open(f)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := ReadTimeML(r)
			r.Close()
			if err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			docs[filepath.Base(f)] = doc
		}
	}
	return docs
}

// tagCorpus runs the tagger over gold documents and returns the system ones.
func tagCorpus(gold map[string]*TimeMLDoc) map[string]*TimeMLDoc {
	var tg Tagger
	pred := map[string]*TimeMLDoc{}
	for name, g := range gold {
		tags := tg.Tag(g.Text, g.DCT)
		for k := range tags {
			tags[k].Type, tags[k].Value = timeMLAttrs(tags[k])
		}
		pred[name] = &TimeMLDoc{Text: g.Text, DCT: g.DCT, Tags: tags}
	}
	return pred
}

// Recorded TempEval-3 figures (`timeline eval timex`); the test fails when
// value F1 drops more than 0.005 below them.
const (
	recordedDevValueF1      = 0.802 // TimeBank + AQUAINT, 1,822 gold TIMEX3
	recordedPlatinumValueF1 = 0.807 // TE3 platinum, 138 gold TIMEX3
)

func TestTempEval3(t *testing.T) {
	c := corpora.Dir("")
	if c == "" {
		t.Skip("../shared/corpora not found beside the module root")
	}
	te := filepath.Join(c, "tempeval3")
	for _, tc := range []struct {
		name     string
		dirs     []string
		recorded float64
	}{
		{"timebank+aquaint", []string{filepath.Join(te, "timebank"), filepath.Join(te, "aquaint")}, recordedDevValueF1},
		{"platinum", []string{filepath.Join(te, "platinum")}, recordedPlatinumValueF1},
	} {
		gold := readCorpus(t, tc.dirs...)
		rep := Score(gold, tagCorpus(gold))
		t.Logf("%s: gold %d system %d; strict P %.4f R %.4f F1 %.4f; relaxed P %.4f R %.4f F1 %.4f; type F1 %.4f; value F1 %.4f",
			tc.name, rep.Gold, rep.Pred, rep.StrictPRF.P, rep.StrictPRF.R, rep.StrictPRF.F1,
			rep.RelaxedPRF.P, rep.RelaxedPRF.R, rep.RelaxedPRF.F1, rep.TypeF1, rep.ValueF1)
		if len(rep.Problems) > 0 {
			t.Errorf("%s: %v", tc.name, rep.Problems)
		}
		if rep.ValueF1 < tc.recorded-0.005 {
			t.Errorf("%s: value F1 %.4f dropped below the recorded %.3f", tc.name, rep.ValueF1, tc.recorded)
		}
	}
}

// duckEntry is one line of duckling/en_time_corpus.jsonl.
type duckEntry struct {
	Section   string `json:"section"`
	Kind      string `json:"kind"`
	Phrase    string `json:"phrase"`
	Start     string `json:"start"`
	End       string `json:"end_exclusive"`
	Grain     string `json:"grain"`
	Direction string `json:"direction"`
	Point     string `json:"point"`
	RefTime   string `json:"ref_time"`
}

// recordedDucklingShare is the share of Duckling's positive phrases
// resolved exactly, as measured; the test fails below it.
const recordedDucklingShare = 0.909

// duckResolved reports whether the tagger's reading of a phrase is
// Duckling's: the longest expression found must have the gold period.
func duckResolved(e duckEntry, got []Timex) bool {
	if len(got) == 0 {
		return false
	}
	clockGrain := e.Grain == "hour" || e.Grain == "minute" || e.Grain == "second"
	x := got[0]
	for _, g := range got[1:] {
		better := g.End-g.Start > x.End-x.Start
		clock := func(t Timex) bool { return t.Type == "TIME" && strings.Contains(t.Value, ":") }
		if clockGrain && clock(g) != clock(x) {
			better = clock(g)
		} else if clockGrain && (g.Type == "TIME") != (x.Type == "TIME") {
			better = g.Type == "TIME"
		}
		if better {
			x = g
		}
	}
	if x.Range != "" && len(got) == 2 && got[0].Range == got[1].Range {
		x.From, x.To = got[0].From, got[1].To
	}
	// TimeML's PRESENT_REF is the reference time itself, FUTURE_REF what
	// comes after it
	const ref = "2013-02-12T04:30:00"
	if x.Value == "PRESENT_REF" && e.Kind == "datetime" && e.Start == ref {
		return true
	}
	if x.Value == "FUTURE_REF" && e.Kind == "datetimeOpenInterval" && e.Direction == "after" && e.Point == ref {
		return true
	}
	if e.Kind == "datetimeOpenInterval" {
		// TimeML writes "since 2014" as 2014 with mod AFTER (or
		// ON_OR_AFTER), "until 2pm" as 14:00 with mod BEFORE
		mods := map[string][]string{"after": {"AFTER", "ON_OR_AFTER"}, "before": {"BEFORE", "ON_OR_BEFORE"}}[e.Direction]
		if !slices.Contains(mods, x.Mod) {
			return false
		}
		return duckResolved(duckEntry{Kind: "datetime", Start: e.Point, Grain: e.Grain}, []Timex{x})
	}
	start := e.Start
	if len(start) < 16 {
		return false
	}
	switch e.Kind {
	case "datetime", "datetimeHoliday":
		switch e.Grain {
		case "day", "week", "month", "quarter", "year":
			return x.From == start[:10] && (x.Granularity == e.Grain || e.Grain == "day" && x.To == x.From)
		case "hour":
			return x.Type == "TIME" && strings.HasPrefix(x.Value, start[:13])
		case "minute":
			return x.Type == "TIME" && x.Value == start[:16]
		case "second":
			return x.Type == "TIME" && (x.Value == start[:19] || strings.HasSuffix(start, ":00") && x.Value == start[:16])
		}
	case "datetimeInterval", "datetimeIntervalHoliday":
		if len(e.End) < 10 {
			return false
		}
		if (e.Grain == "hour" || e.Grain == "minute") && x.Type == "TIME" && x.Range != "" && len(e.End) >= 16 {
			// a range of clock times: Duckling's end is exclusive by one grain
			a, b, _ := strings.Cut(x.Range, "/")
			end, err := time.Parse("2006-01-02T15:04", b)
			if err != nil {
				return false
			}
			if e.Grain == "hour" {
				end = end.Add(time.Hour)
			} else {
				end = end.Add(time.Minute)
			}
			return a == start[:16] && end.Format("2006-01-02T15:04") == e.End[:16]
		}
		if e.Grain == "hour" && x.Type == "TIME" && len(x.Value) == 13 && len(e.End) >= 13 {
			// a part of day: TimeML's TMO, TAF, TEV, TNI are Duckling's
			// intervals 00-12, 12-19 and 18-24 of that day
			hours := map[string][2]string{"MO": {"00", "12"}, "AF": {"12", "19"}, "EV": {"18", "00"}, "NI": {"18", "00"}}[x.Value[11:]]
			if hours[0] == "" {
				return false
			}
			day, err := time.Parse("2006-01-02", x.Value[:10])
			if err != nil {
				return false
			}
			endDay := day
			if hours[1] == "00" {
				endDay = day.AddDate(0, 0, 1)
			}
			return start[:13] == x.Value[:10]+"T"+hours[0] && e.End[:13] == endDay.Format("2006-01-02")+"T"+hours[1]
		}
		if e.Grain == "second" && len(e.End) >= 16 {
			// from an instant to an instant: "by 2:00pm" is now/14:00
			return x.Range == start[:16]+"/"+e.End[:16]
		}
		switch e.Grain {
		case "day", "week", "month", "quarter", "year":
			end, err := time.Parse("2006-01-02", e.End[:10])
			if err != nil {
				return false
			}
			return x.From == start[:10] && x.To == end.AddDate(0, 0, -1).Format("2006-01-02")
		}
	}
	return false
}

func TestDuckling(t *testing.T) {
	c := corpora.Dir("")
	if c == "" {
		t.Skip("../shared/corpora not found beside the module root")
	}
	f, err := os.Open(filepath.Join(c, "duckling", "en_time_corpus.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	tg := Tagger{PreferFuture: true}
	var pos, ok, neg, negOK int
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var e duckEntry
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			t.Fatalf("bad corpus line %q: %v", sc.Text(), err)
		}
		got := tg.Tag(e.Phrase, e.RefTime) // 2013-02-12T04:30:00-02:00 but for the diff section
		if e.Kind == "no_parse" {
			neg++
			if len(got) == 0 {
				negOK++
			} else {
				t.Errorf("Tag(%q, 2013-02-12T04:30:00) = %v, want nothing", e.Phrase, got)
			}
			continue
		}
		pos++
		if duckResolved(e, got) {
			ok++
		} else if testing.Verbose() && os.Getenv("DUCKLING_MISSES") != "" {
			t.Logf("miss [%s] %q %s %s..%s %s %s%s: %s", e.Section, e.Phrase, e.Kind, e.Start, e.End, e.Grain, e.Direction, e.Point, brief(got))
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	share := float64(ok) / float64(pos)
	t.Logf("duckling: %d of %d phrases resolved exactly (%.3f); %d of %d negatives yield nothing", ok, pos, share, negOK, neg)
	if share < recordedDucklingShare {
		t.Errorf("duckling share %.3f dropped below the recorded %.3f", share, recordedDucklingShare)
	}
}

// brief prints tagger output compactly for the listing of misses.
func brief(got []Timex) string {
	var b strings.Builder
	for _, x := range got {
		fmt.Fprintf(&b, "[%q %s %s %s %s..%s %s] ", x.Text, x.Type, x.Value, x.Granularity, x.From, x.To, x.Range)
	}
	return b.String()
}

// platinumTexts returns the untagged platinum texts and their DCTs.
func platinumTexts(tb testing.TB) ([]string, []string) {
	c := corpora.Dir("")
	if c == "" {
		tb.Skip("../shared/corpora not found beside the module root")
	}
	docs := readCorpus(tb, filepath.Join(c, "tempeval3", "platinum"))
	var texts, dcts []string
	for _, d := range docs {
		texts = append(texts, d.Text)
		dcts = append(dcts, d.DCT)
	}
	return texts, dcts
}

func BenchmarkTag(b *testing.B) {
	texts, dcts := platinumTexts(b)
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	b.SetBytes(int64(n))
	var tg Tagger
	b.ResetTimer()
	for b.Loop() {
		for k := range texts {
			tg.Tag(texts[k], dcts[k])
		}
	}
}

func FuzzTag(f *testing.F) {
	for _, tc := range tagTests {
		f.Add(tc.text, tc.dct)
	}
	if files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "articles", "*.txt")); len(files) > 0 {
		for _, p := range files {
			if b, err := os.ReadFile(p); err == nil {
				f.Add(string(b), "2025-02-01")
			}
		}
	}
	recoverPanics = false
	f.Fuzz(func(t *testing.T, text, dct string) {
		var tg Tagger
		got := tg.Tag(text, dct)
		prev := 0
		for _, x := range got {
			if x.Start < prev || x.End <= x.Start || x.End > len(text) {
				t.Fatalf("Tag(%q, %q): bad span %d..%d after %d", text, dct, x.Start, x.End, prev)
			}
			if text[x.Start:x.End] != x.Text {
				t.Fatalf("Tag(%q, %q): Text %q is not text[%d:%d]", text, dct, x.Text, x.Start, x.End)
			}
			if utf8.ValidString(text) && !utf8.ValidString(x.Text) {
				t.Fatalf("Tag(%q, %q): invalid UTF-8 in %q", text, dct, x.Text)
			}
			prev = x.End
		}
		again := tg.Tag(text, dct)
		if len(again) != len(got) {
			t.Fatalf("Tag(%q, %q) is not deterministic", text, dct)
		}
		for k := range got {
			if got[k].Value != again[k].Value || got[k].Start != again[k].Start || got[k].Range != again[k].Range {
				t.Fatalf("Tag(%q, %q) is not deterministic: %+v vs %+v", text, dct, got[k], again[k])
			}
		}
	})
}

// TestStartersFilter checks that trying the rules only at starter words
// changes nothing on the TempEval-3 texts, the sample articles and the
// Duckling phrases.
func TestStartersFilter(t *testing.T) {
	c := corpora.Dir("")
	if c == "" {
		t.Skip("../shared/corpora not found beside the module root")
	}
	type input struct{ text, dct string }
	var ins []input
	te := filepath.Join(c, "tempeval3")
	for _, d := range readCorpus(t, filepath.Join(te, "timebank"), filepath.Join(te, "aquaint"), filepath.Join(te, "platinum")) {
		ins = append(ins, input{d.Text, d.DCT})
	}
	if f, err := os.Open(filepath.Join(c, "duckling", "en_time_corpus.jsonl")); err == nil {
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			var e duckEntry
			if json.Unmarshal(sc.Bytes(), &e) == nil {
				ins = append(ins, input{e.Phrase, "2013-02-12T04:30:00-02:00"})
			}
		}
		f.Close()
	}
	for _, tc := range tagTests {
		ins = append(ins, input{tc.text, tc.dct})
	}
	for _, tg := range []Tagger{{}, {PreferFuture: true}} {
		for _, in := range ins {
			filterStarts = true
			a := tg.Tag(in.text, in.dct)
			filterStarts = false
			b := tg.Tag(in.text, in.dct)
			filterStarts = true
			if len(a) != len(b) {
				t.Fatalf("filter changes %q: %d vs %d expressions", in.text[:min(len(in.text), 200)], len(a), len(b))
			}
			for k := range a {
				if a[k].Start != b[k].Start || a[k].End != b[k].End || a[k].Value != b[k].Value {
					t.Fatalf("filter changes %q vs %q (%s vs %s)", a[k].Text, b[k].Text, a[k].Value, b[k].Value)
				}
			}
		}
	}
}
