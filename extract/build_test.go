package extract

import (
	"bytes"
	"encoding/json"
	"flag"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/timelinehq/timeline/model"
)

var update = flag.Bool("update", false, "rewrite golden files")

// readSamples reads the five sample articles of testdata/articles.
func readSamples(t testing.TB) []model.Article {
	t.Helper()
	arts, errs := ReadPaths([]string{"../testdata/articles"}, ReadOptions{})
	require.Empty(t, errs)
	require.Len(t, arts, 5)
	return arts
}

// build runs Build and encodes the result.
func build(t testing.TB, arts []model.Article, cfg Config) []byte {
	t.Helper()
	tl, err := Build(arts, cfg)
	require.NoError(t, err)
	data, err := model.Encode(tl)
	require.NoError(t, err)
	return data
}

// TestGoldenSamples compares the timeline of the sample articles with
// testdata/golden/samples.json; go test ./extract -update rewrites it.
func TestGoldenSamples(t *testing.T) {
	got := build(t, readSamples(t), Config{})
	// Sources differ by checkout location only through their folder, which
	// is relative here.
	path := "../testdata/golden/samples.json"
	if *update {
		require.NoError(t, os.WriteFile(path, got, 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err)
	if !bytes.Equal(got, want) {
		t.Errorf("timeline of the samples differs from %s (go test ./extract -update rewrites it):\n%s", path, cmp.Diff(string(want), string(got)))
	}
}

// TestGoldenRoundTrip checks that decoding the golden timeline and encoding
// it again gives the same bytes, with no unknown field and no trailing data.
func TestGoldenRoundTrip(t *testing.T) {
	want, err := os.ReadFile("../testdata/golden/samples.json")
	require.NoError(t, err)
	dec := json.NewDecoder(bytes.NewReader(want))
	dec.DisallowUnknownFields()
	var tl model.Timeline
	require.NoError(t, dec.Decode(&tl))
	require.False(t, dec.More(), "trailing data after the timeline")
	got, err := model.Encode(&tl)
	require.NoError(t, err)
	require.Equal(t, string(want), string(got))
}

// TestDeterministic builds the samples with the articles shuffled and with
// different numbers of workers: the bytes must not change.
func TestDeterministic(t *testing.T) {
	arts := readSamples(t)
	want := build(t, arts, Config{Workers: 1})
	r := rand.New(rand.NewPCG(1, 2))
	for _, workers := range []int{2, 3, 8} {
		shuffled := slices.Clone(arts)
		r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		got := build(t, shuffled, Config{Workers: workers})
		if !bytes.Equal(got, want) {
			t.Fatalf("workers=%d, shuffled input: output differs:\n%s", workers, cmp.Diff(string(want), string(got)))
		}
	}
}

// TestSpansPointIntoText checks that every span of the samples' timeline is
// the document text it says it is.
func TestSpansPointIntoText(t *testing.T) {
	arts := readSamples(t)
	text := make(map[string]string)
	for _, a := range arts {
		text[a.ID] = a.Text
	}
	tl, err := Build(arts, Config{})
	require.NoError(t, err)
	check := func(what, doc string, start, end int, s string) {
		t.Helper()
		d, ok := text[doc]
		if !ok || start < 0 || end > len(d) || start > end || d[start:end] != s {
			t.Errorf("%s: span %s[%d:%d] is not %q", what, doc, start, end, s)
		}
	}
	for _, e := range tl.Entities {
		for _, s := range e.Spans {
			check("entity "+e.ID, s.Document, s.Start, s.End, s.Text)
		}
	}
	for _, ev := range tl.Events {
		for _, s := range ev.Sources {
			check("event "+ev.ID+" source", s.Document, s.Start, s.End, s.Text)
		}
		for _, c := range ev.Claims {
			check("event "+ev.ID+" claim", c.Document, c.Start, c.End, c.Text)
		}
	}
}

// TestDuplicateIDs checks that articles with the same name get distinct IDs
// that do not depend on the input order, and that adding a third
// same-named article keeps the suffixed IDs of the others.
func TestDuplicateIDs(t *testing.T) {
	arts := []model.Article{
		{ID: "story", Source: "b/story.txt", Text: "B text."},
		{ID: "story", Source: "a/story.txt", Text: "A text."},
	}
	ids := func(arts []model.Article) []string {
		var got []string
		for _, a := range orderArticles(arts) {
			got = append(got, a.ID+"="+a.Source)
		}
		return got
	}
	got := ids(arts)
	require.Len(t, got, 2)
	require.Equal(t, "story=a/story.txt", got[0])
	require.Regexp(t, `^story-[0-9a-f]{6}=b/story\.txt$`, got[1])
	require.Equal(t, got, ids([]model.Article{arts[1], arts[0]}), "the IDs depend on the input order")

	more := ids(append(slices.Clone(arts), model.Article{ID: "story", Source: "c/story.txt", Text: "C text."}))
	require.Contains(t, more, got[0])
	require.Contains(t, more, got[1])

	tl, err := Build(arts, Config{})
	require.NoError(t, err)
	var docs []string
	for _, d := range tl.Documents {
		docs = append(docs, d.ID+"="+d.Source)
	}
	require.Equal(t, got, docs)
}

// BenchmarkBuild builds the timeline of the five sample articles.
func BenchmarkBuild(b *testing.B) {
	arts := readSamples(b)
	bytes, words := 0, 0
	for _, a := range arts {
		bytes += len(a.Text)
		words += len(strings.Fields(a.Text))
	}
	b.SetBytes(int64(bytes))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Build(arts, Config{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(arts)*b.N)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
}

// FuzzBuild checks that no article text makes the pipeline panic, that
// spans stay in bounds, and that a second run gives the same bytes.
func FuzzBuild(f *testing.F) {
	for _, name := range []string{"000_1a30ab1041f65604.txt", "003_b90f2df08de8d13e.txt"} {
		data, err := os.ReadFile(filepath.Join("../testdata/articles", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(data))
	}
	f.Add("“Quote without end. He said")
	f.Add("Trump said on Friday (Jan 31) that he\nHeading\n\n“We will,” he said.")
	f.Fuzz(func(t *testing.T, text string) {
		a, rerr := ReadText("f", "f.txt", []byte(text), ReadOptions{Published: "2025-02-01"})
		if rerr != nil {
			return
		}
		arts := []model.Article{a}
		first := build(t, arts, Config{Workers: 1})
		if second := build(t, arts, Config{Workers: 2}); !bytes.Equal(first, second) {
			t.Fatalf("two builds differ")
		}
		tl, err := Build(arts, Config{})
		require.NoError(t, err)
		for _, ev := range tl.Events {
			for _, s := range ev.Sources {
				if s.Start < 0 || s.End > len(a.Text) || s.Start > s.End || a.Text[s.Start:s.End] != s.Text {
					t.Fatalf("source span [%d,%d) out of place", s.Start, s.End)
				}
			}
		}
	})
}
