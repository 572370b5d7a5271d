package main

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/timelinehq/timeline/extract"
	"github.com/timelinehq/timeline/model"
	"github.com/timelinehq/timeline/schema"
)

// buildSamples builds the sample articles except those named in skip.
func buildSamples(t *testing.T, skip ...string) *model.Timeline {
	t.Helper()
	arts, errs := extract.ReadPaths([]string{"../../testdata/articles"}, extract.ReadOptions{})
	require.Empty(t, errs)
	arts = slices.DeleteFunc(arts, func(a model.Article) bool { return slices.Contains(skip, a.ID) })
	tl, err := extract.Build(arts, extract.Config{})
	require.NoError(t, err)
	return tl
}

// writeTimeline writes tl to a file in dir and returns its path.
func writeTimeline(t *testing.T, dir, name string, tl *model.Timeline) string {
	t.Helper()
	b, err := model.Encode(tl)
	require.NoError(t, err)
	p := filepath.Join(dir, name)
	require.NoError(t, os.WriteFile(p, b, 0o644))
	return p
}

func TestDiffSelf(t *testing.T) {
	dir := t.TempDir()
	all := writeTimeline(t, dir, "all.json", buildSamples(t))
	for _, args := range [][]string{{all, all}, {"--json", all, all}} {
		var out, errOut bytes.Buffer
		differ, err := runDiff(args, &out, &errOut)
		require.NoError(t, err)
		assert.False(t, differ, "a build diffed with itself differs")
		assert.Empty(t, errOut.String())
		if args[0] == "--json" {
			var d model.TimelineDiff
			require.NoError(t, decodeStrict(out.Bytes(), &d))
			assert.True(t, d.Empty())
		} else {
			assert.Equal(t, "no changes\n", out.String())
		}
	}
	var out, errOut bytes.Buffer
	assert.Equal(t, 0, run([]string{"diff", all, all}, nil, &out, &errOut))
}

// TestDiffRemoveArticle removes each sample article in turn: the diff must
// show exactly the sources and events that only it carried.
func TestDiffRemoveArticle(t *testing.T) {
	old := buildSamples(t)
	for _, doc := range old.Documents {
		t.Run(doc.ID, func(t *testing.T) {
			for _, p := range removalProblems(old, buildSamples(t, doc.ID), doc.ID) {
				t.Error(p)
			}
		})
	}
}

// removalProblems lists how the diff from old to new, which lacks the
// document removed, shows more or less than removed's own sources and
// events.
func removalProblems(old, new *model.Timeline, removed string) []string {
	var out []string
	add := func(format string, args ...any) { out = append(out, fmt.Sprintf(format, args...)) }
	d := model.Diff(old, new)
	if !slices.Equal(d.Documents.Removed, []string{removed}) || len(d.Documents.Added) > 0 {
		add("documents removed %v, added %v; want only %s removed", d.Documents.Removed, d.Documents.Added, removed)
	}
	for _, e := range d.AddedEvents {
		add("event %s added", e.ID)
	}
	gone := map[string]bool{}
	for _, e := range d.RemovedEvents {
		gone[e.ID] = true
		if !slices.Equal(e.Documents, []string{removed}) {
			add("removed event %s had sources in %v", e.ID, e.Documents)
		}
	}
	changed := map[string]model.EventChange{}
	for _, c := range d.ChangedEvents {
		changed[cmp.Or(c.PreviousID, c.ID)] = c // by old ID
	}
	for _, e := range old.Events {
		var mine []model.Source
		for _, s := range e.Sources {
			if s.Document == removed {
				mine = append(mine, s)
			}
		}
		c, isChanged := changed[e.ID]
		switch {
		case len(mine) == 0 && (gone[e.ID] || isChanged):
			add("event %s, without a source in %s, removed or changed", e.ID, removed)
		case len(mine) == len(e.Sources) && !gone[e.ID]:
			add("event %s, only in %s, not removed", e.ID, removed)
		case len(mine) > 0 && len(mine) < len(e.Sources) && !isChanged:
			add("event %s lost its sources in %s but is not changed", e.ID, removed)
		case isChanged && len(mine) > 0 && (!slices.Equal(mine, c.RemovedSources) || len(c.AddedSources) > 0):
			add("event %s: sources removed %v, added %v; want removed %v", e.ID, c.RemovedSources, c.AddedSources, mine)
		}
	}
	return out
}

// TestDiffGolden checks the text and JSON forms of the diff between the
// samples and the samples without their first or last article against
// testdata/diff; go test ./cmd/timeline -update rewrites them.
func TestDiffGolden(t *testing.T) {
	dir := t.TempDir()
	all := writeTimeline(t, dir, "all.json", buildSamples(t))
	less := writeTimeline(t, dir, "less.json", buildSamples(t, "004_a29598ba8b557034"))
	no000 := writeTimeline(t, dir, "no000.json", buildSamples(t, "000_1a30ab1041f65604"))
	for _, tc := range []struct {
		golden string
		args   []string
	}{
		{"remove_004.txt", []string{all, less}},
		{"remove_004.json", []string{"--json", all, less}},
		{"remove_000.txt", []string{all, no000}},
		{"remove_000.json", []string{"--json", all, no000}},
	} {
		t.Run(tc.golden, func(t *testing.T) {
			var out, errOut bytes.Buffer
			differ, err := runDiff(tc.args, &out, &errOut)
			require.NoError(t, err)
			assert.True(t, differ)
			path := filepath.Join("../../testdata/diff", tc.golden)
			if *update {
				require.NoError(t, os.WriteFile(path, out.Bytes(), 0o644))
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err)
			assert.Equal(t, string(want), out.String(), "diff differs from %s (go test ./cmd/timeline -update rewrites it)", path)
			if strings.HasSuffix(tc.golden, ".json") {
				require.NoError(t, schema.ValidateDiff(bytes.NewReader(out.Bytes())))
			}
		})
	}
	var out, errOut bytes.Buffer
	assert.Equal(t, 1, run([]string{"diff", all, less}, nil, &out, &errOut))
}

func TestDiffErrors(t *testing.T) {
	dir := t.TempDir()
	good := writeTimeline(t, dir, "good.json", &model.Timeline{Schema: model.SchemaVersion})
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
		return p
	}
	tests := []struct {
		name  string
		args  []string
		usage bool
		msg   string
	}{
		{"no files", nil, true, "want 2 files, got 0"},
		{"one file", []string{good}, true, "want 2 files, got 1"},
		{"unknown flag", []string{"--yaml", good, good}, true, "flag provided but not defined"},
		{"missing file", []string{good, filepath.Join(dir, "nope.json")}, false, "no such file"},
		{"empty", []string{write("empty.json", "\n"), good}, false, "empty.json: empty file"},
		{"not JSON", []string{write("bad.json", "{\"schema\":\n \"timeline/v1\",,}"), good}, false, "bad.json: invalid JSON: line 2, column 17"},
		{"trailing data", []string{good, write("two.json", `{"schema":"timeline/v1"} {}`)}, false, "two.json: invalid JSON: data after the timeline"},
		{"not an object", []string{write("array.json", "[1, 2]"), good}, false, "array.json: not a timeline"},
		{"no schema", []string{write("other.json", `{"events": []}`), good}, false, `other.json: not a timeline: want a JSON object with "schema": "timeline/v1"`},
		{"other version", []string{write("v2.json", `{"schema": "timeline/v2"}`), good}, false, `v2.json: not a timeline of this version: schema "timeline/v2"`},
		{"wrong types", []string{write("types.json", `{"schema": "timeline/v1", "events": [{"id": 3}]}`), good}, false, "types.json: not a timeline: line 1, column"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			differ, err := runDiff(tt.args, &out, &errOut)
			require.Error(t, err)
			assert.False(t, differ)
			assert.Equal(t, tt.usage, errors.Is(err, errUsage), "errUsage: %v", err)
			assert.Contains(t, err.Error(), tt.msg)
			assert.Empty(t, out.String(), "stdout on error")
			assert.Equal(t, 2, run(append([]string{"diff"}, tt.args...), nil, &out, &errOut))
		})
	}
}

// decodeStrict decodes data into v, refusing unknown fields.
func decodeStrict(data []byte, v any) error {
	dec := jsonDecoder(data)
	dec.DisallowUnknownFields()
	return dec.Decode(v)
}

func jsonDecoder(data []byte) *json.Decoder { return json.NewDecoder(bytes.NewReader(data)) }
