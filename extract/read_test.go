package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/timelinehq/timeline/model"
)

func TestReadText(t *testing.T) {
	tests := []struct {
		name, source, in  string
		opt               ReadOptions
		wantText, wantPub string
		wantFrom          model.PublishedFrom
	}{
		{"header", "a.txt", " date 2025-02-01 Trump said on Friday.", ReadOptions{}, "Trump said on Friday.", "2025-02-01", model.FromHeader},
		{"header beats path and flag", "2024-01-01/a.txt", " date 2025-02-01 Text.", ReadOptions{Published: "2020-05-05"}, "Text.", "2025-02-01", model.FromHeader},
		{"no header", "a.txt", "Plain text.", ReadOptions{}, "Plain text.", "", model.FromUnknown},
		{"path folder", "news/2010-04-21/1622.htm.txt", "Spill.", ReadOptions{Published: "2020-05-05"}, "Spill.", "2010-04-21", model.FromPath},
		{"path file name", "news/reuters_2010-04-21.txt", "Spill.", ReadOptions{}, "Spill.", "2010-04-21", model.FromPath},
		{"flag", "a.txt", "Plain.", ReadOptions{Published: "2020-05-05"}, "Plain.", "2020-05-05", model.FromFlag},
		{"crlf", "a.txt", " date 2025-02-01 One.\r\n\r\nTwo.\r\n", ReadOptions{}, "One.\n\nTwo.\n", "2025-02-01", model.FromHeader},
		{"bom", "a.txt", "\ufeffText.", ReadOptions{}, "Text.", "", model.FromUnknown},
		{"header word in text is text", "a.txt", "date 2025-02-01 no leading space", ReadOptions{}, "date 2025-02-01 no leading space", "", model.FromUnknown},
		{"header then newline", "a.txt", " date 2025-02-01\nText.", ReadOptions{}, "Text.", "2025-02-01", model.FromHeader},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ReadText("id", tt.source, []byte(tt.in), tt.opt)
			require.Nil(t, err, "ReadText(%q)", tt.in)
			assert.Equal(t, tt.wantText, a.Text)
			assert.Equal(t, tt.wantPub, a.Published)
			assert.Equal(t, tt.wantFrom, a.PublishedFrom)
		})
	}
}

func TestReadTextErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", "a.txt: empty file"},
		{"blank", " \n\t\n", "a.txt: empty file"},
		{"binary", "PK\x03\x04\x00\x00\x14\x00", "a.txt: binary file: not text"},
		{"invalid utf-8", "Caf\xe9 au lait", "a.txt: invalid utf-8 at byte 3"},
		{"malformed header month", " date 2025-13-45 Text.", `a.txt: malformed date header "date 2025-13-45": month out of range`},
		{"malformed header day", " date 2025-02-30 Text.", `a.txt: malformed date header "date 2025-02-30": day out of range`},
		{"malformed header shape", " date 1/2/2025 Text.", `a.txt: malformed date header "date 1/2/2025": want YYYY-MM-DD`},
		{"header alone", " date 2025-02-01 ", "a.txt: no text after the date header"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadText("a", "a.txt", []byte(tt.in), ReadOptions{})
			require.NotNil(t, err, "ReadText(%q) gave no error", tt.in)
			assert.Equal(t, tt.want, err.Error())
		})
	}
}

func TestReadJSONL(t *testing.T) {
	in := `{"id": "r1", "published": "2025-02-01", "title": "T", "text": "One.", "url": "https://example.com/1"}

{"text": "No id, no date."}
{"id": "r3", "text": "Timestamp.", "published": "2025-02-01T10:00:00Z"}
{"id": "bad", "text": "x"
{"id": "r5"}
{"id": "r6", "text": "   "}
{"id": "r7", "text": "Bad date.", "published": "2025-02-31"}
{"id": "r8", "text": 5}
{"id": "r9", "text": "Trailing."} {"x": 1}
{"id": "r10", "text": "Last, no newline."}`
	arts, errs := ReadJSONL("feed.jsonl", strings.NewReader(in), ReadOptions{Published: "2020-01-01"})
	var ids, pubs []string
	for _, a := range arts {
		ids = append(ids, a.ID)
		pubs = append(pubs, a.Published+"/"+string(a.PublishedFrom))
	}
	assert.Equal(t, []string{"r1", "feed-3", "r3", "r10"}, ids)
	assert.Equal(t, []string{"2025-02-01/record", "2020-01-01/flag", "2025-02-01/record", "2020-01-01/flag"}, pubs)
	assert.Equal(t, "feed.jsonl:1", arts[0].Source)
	assert.Equal(t, "T", arts[0].Title)
	var got []string
	for _, e := range errs {
		got = append(got, e.Error())
	}
	assert.Equal(t, []string{
		"feed.jsonl:5: malformed record: unexpected end of line",
		`feed.jsonl:6: record has no "text"`,
		`feed.jsonl:7: record has an empty "text"`,
		`feed.jsonl:8: malformed "published" "2025-02-31": day out of range`,
		`feed.jsonl:9: malformed record: field "text" must be string, not number`,
		"feed.jsonl:10: malformed record: more than one JSON value on the line",
	}, got)
}

func TestReadJSONLEmpty(t *testing.T) {
	arts, errs := ReadJSONL("e.jsonl", strings.NewReader("\n\n"), ReadOptions{})
	assert.Empty(t, arts)
	require.Len(t, errs, 1)
	assert.Equal(t, "e.jsonl: empty file", errs[0].Error())
}

func TestDateFromPath(t *testing.T) {
	tests := []struct {
		path, want string
		ok         bool
	}{
		{"bpoil_bbc/InputDocs/2010-04-06/1622.htm.txt", "2010-04-06", true},
		{"archive/2024-01-01/2025-02-01_story.txt", "2025-02-01", true},
		{"archive/2024-01-01/story.txt", "2024-01-01", true},
		{"a/story-2025-02-01.txt", "2025-02-01", true},
		{"a/2025-13-45/story.txt", "", false},
		{"a/12025-01-011/story.txt", "", false},
		{"a/story.txt", "", false},
	}
	for _, tt := range tests {
		got, ok := DateFromPath(tt.path)
		if got != tt.want || ok != tt.ok {
			t.Errorf("DateFromPath(%q) = %q, %v, want %q, %v", tt.path, got, ok, tt.want, tt.ok)
		}
	}
}

func TestReadPaths(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		p := filepath.Join(dir, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(text), 0o644))
	}
	write("b/2025-02-01/one.txt", "One.")
	write("a/two.txt", " date 2025-01-01 Two.")
	write("a/feed.jsonl", `{"id":"j1","text":"J."}`+"\n")
	write("a/.hidden.txt", "Hidden.")
	write(".git/x.txt", "Hidden too.")
	write("a/notes.md", "Not an article.")
	write("a/empty.txt", "")
	arts, errs := ReadPaths([]string{dir, filepath.Join(dir, "missing.txt")}, ReadOptions{})
	var ids []string
	for _, a := range arts {
		ids = append(ids, a.ID)
	}
	assert.Equal(t, []string{"j1", "two", "one"}, ids)
	var got []string
	for _, e := range errs {
		got = append(got, strings.TrimPrefix(e.Error(), dir+string(filepath.Separator)))
	}
	assert.Equal(t, []string{"a/empty.txt: empty file", "missing.txt: no such file or directory"}, got)
}

func TestReadStdin(t *testing.T) {
	arts, errs := ReadPaths([]string{"-"}, ReadOptions{Stdin: strings.NewReader(" date 2025-02-01 From stdin.")})
	require.Empty(t, errs)
	require.Len(t, arts, 1)
	assert.Equal(t, "stdin", arts[0].ID)
	assert.Equal(t, "2025-02-01", arts[0].Published)

	arts, errs = ReadPaths([]string{"-"}, ReadOptions{Stdin: strings.NewReader("{\"text\":\"A.\"}\n{\"text\":\"B.\"}\n")})
	require.Empty(t, errs)
	require.Len(t, arts, 2)
	assert.Equal(t, "stdin-2", arts[1].ID)
}

func TestReadUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root: file permissions are not enforced")
	}
	p := filepath.Join(t.TempDir(), "locked.txt")
	require.NoError(t, os.WriteFile(p, []byte("Text."), 0o000))
	_, errs := ReadPaths([]string{p}, ReadOptions{})
	require.Len(t, errs, 1)
	assert.Equal(t, p+": permission denied", errs[0].Error())
}

// FuzzReadText checks that no input makes the text reader panic, and that
// what it accepts is valid UTF-8 without a header.
func FuzzReadText(f *testing.F) {
	for _, s := range []string{" date 2025-02-01 Text.", " date 2025-13-45 x", "", "\x00", " date ", "plain\r\ntext", " date 2025-02-01T10:00:00Z x"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ReadText("id", "f.txt", data, ReadOptions{})
		if err != nil {
			return
		}
		if strings.HasPrefix(a.Text, " date ") && a.PublishedFrom == model.FromHeader {
			t.Errorf("header left in text: %q", a.Text)
		}
		if a.Published != "" {
			if _, err := parseDate(a.Published); err != nil {
				t.Errorf("published %q is not a date", a.Published)
			}
		}
	})
}

// FuzzReadJSONL checks that no input makes the JSON Lines reader panic and
// that every line is either an article or an error.
func FuzzReadJSONL(f *testing.F) {
	for _, s := range []string{`{"id":"a","text":"x"}`, `{"text":""}`, "{\n}", `{"text":"x","published":"2025-99-01"}`, `[]`, `{"text":"a"}{"text":"b"}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		arts, errs := ReadJSONL("f.jsonl", strings.NewReader(string(data)), ReadOptions{})
		for _, a := range arts {
			if strings.TrimSpace(a.Text) == "" || a.ID == "" {
				t.Errorf("accepted an article without text or id: %+v", a)
			}
		}
		if len(arts) == 0 && len(errs) == 0 {
			t.Errorf("input %q gave neither articles nor errors", data)
		}
	})
}
