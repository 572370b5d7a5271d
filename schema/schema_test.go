package schema

import (
	"bytes"
	"encoding/json"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// validateGoldens validates every JSON file under testdata whose "schema"
// field is schemaName with validate, and fails when there is none.
func validateGoldens(t *testing.T, schemaName string, validate func(io.Reader) error) {
	t.Helper()
	n := 0
	err := filepath.WalkDir("../testdata", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(path) != ".json" {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		var head struct{ Schema string }
		if json.Unmarshal(data, &head) != nil || head.Schema != schemaName {
			return nil
		}
		n++
		if err := validate(bytes.NewReader(data)); err != nil {
			t.Errorf("%s: %v", path, err)
		}
		return nil
	})
	require.NoError(t, err)
	require.NotZero(t, n, "no %s JSON found under testdata", schemaName)
}

// TestGoldenTimelines validates every timeline JSON under testdata against
// the schema.
func TestGoldenTimelines(t *testing.T) { validateGoldens(t, "timeline/v1", Validate) }

const minimal = `{"schema": "timeline/v1",
 "documents": [{"id": "d1", "source": "d1.txt", "published": "2025-02-01", "published_from": "header", "sha256": "%s", "diagnostics": []}],
 "entities": [{"id": "person:donald-trump", "name": "Donald Trump", "kind": "person", "aliases": ["Trump"], "roles": [], "mentions": 1}],
 "events": [{"id": "e1", "type": "statement", "cameo": "010", "status": "occurred", "summary": "Trump said so",
   "when": {"value": "2025-01-31", "start": "2025-01-31", "end": "2025-01-31", "granularity": "day", "text": "on Friday", "basis": "relative"},
   "participants": ["person:donald-trump"], "location": null,
   "claims": [{"speaker": "person:donald-trump", "text": "so", "kind": "quote", "document": "d1", "start": 3, "end": 5}],
   "sources": [{"document": "d1", "start": 0, "end": 5, "text": "Trump"}]}],
 "diagnostics": []}`

var sha = strings.Repeat("a", 64)

func TestValidate(t *testing.T) {
	ok := strings.Replace(minimal, "%s", sha, 1)
	require.NoError(t, Validate(strings.NewReader(ok)))

	tests := []struct {
		name, from, to, want string
	}{
		{"wrong schema", `"schema": "timeline/v1"`, `"schema": "timeline/v2"`, "does not match the timeline schema"},
		{"bad date", `"published": "2025-02-01"`, `"published": "2025-2-1"`, "at /documents/0/published"},
		{"unknown status", `"status": "occurred"`, `"status": "happened"`, "at /events/0/status"},
		{"unknown granularity", `"granularity": "day"`, `"granularity": "hour"`, "at /events/0/when/granularity"},
		{"missing field", `"cameo": "010", `, ``, "missing property 'cameo'"},
		{"unknown participant", `"participants": ["person:donald-trump"]`, `"participants": ["person:nobody"]`, `participant "person:nobody" is not an entity`},
		{"unknown document", `"sources": [{"document": "d1"`, `"sources": [{"document": "d9"`, `document "d9" is not in documents`},
		{"span length", `"end": 5, "text": "Trump"`, `"end": 9, "text": "Trump"`, "text is 5 bytes, span [0, 9) is 9"},
		{"reversed when", `"end": "2025-01-31", "granularity"`, `"end": "2025-01-30", "granularity"`, "when.start 2025-01-31 is after when.end 2025-01-30"},
		{"unknown published with date", `"published_from": "header"`, `"published_from": "unknown"`, "at /documents/0/published"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := strings.Replace(ok, tt.from, tt.to, 1)
			require.NotEqual(t, ok, in, "test case does not change the input")
			err := Validate(strings.NewReader(in))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func TestValidateNotJSON(t *testing.T) {
	err := Validate(strings.NewReader(`{"schema":`))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "not JSON")
}

// TestGoldenDiffs validates every diff JSON under testdata against the
// diff schema.
func TestGoldenDiffs(t *testing.T) { validateGoldens(t, "timeline-diff/v1", ValidateDiff) }

// TestDiffSchemaRejects checks that the diff schema is not vacuous.
func TestDiffSchemaRejects(t *testing.T) {
	for _, doc := range []string{
		`{}`,
		`{"schema": "timeline/v1"}`,
		`{"schema": "timeline-diff/v1", "documents": {"added": [], "removed": [], "changed": []}, "added_events": [{"id": "x"}], "removed_events": [], "changed_events": [], "added_entities": [], "removed_entities": [], "changed_entities": []}`,
		`{"schema": "timeline-diff/v1", "documents": {"added": [], "removed": [], "changed": []}, "added_events": [], "removed_events": [], "changed_events": [], "added_entities": [], "removed_entities": [], "changed_entities": [], "extra": 1}`,
	} {
		assert.Error(t, ValidateDiff(strings.NewReader(doc)), doc)
	}
	assert.NoError(t, ValidateDiff(strings.NewReader(`{"schema": "timeline-diff/v1", "documents": {"added": [], "removed": [], "changed": []}, "added_events": [], "removed_events": [], "changed_events": [], "added_entities": [], "removed_entities": [], "changed_entities": []}`)))
}
