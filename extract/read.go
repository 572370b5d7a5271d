package extract

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/timelinehq/timeline/model"
)

// ReadOptions controls how inputs become articles.
type ReadOptions struct {
	// Published is the publication date (YYYY-MM-DD) for articles that give
	// none in a header, a record or their path (the --published flag).
	Published string
	// Stdin is read for the path "-".
	Stdin io.Reader
}

// A ReadError says why an input, or one record of it, could not be read.
type ReadError struct {
	Path   string // the file, "-" for standard input
	Line   int    // the 1-based line of a JSON Lines record, or 0
	Reason string // lower case, offending text quoted
}

func (e *ReadError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Reason)
	}
	return fmt.Sprintf("%s: %s", e.Path, e.Reason)
}

// Diagnostic returns the error as a diagnostic of severity error.
func (e *ReadError) Diagnostic() model.Diagnostic {
	return model.Diagnostic{Document: e.Path, Line: e.Line, Severity: model.Error, Message: e.Reason}
}

// ReadPaths reads the articles of the given paths: plain-text files, JSON
// Lines files (*.jsonl), directories (walked recursively in lexical order for
// *.txt and *.jsonl, hidden files and folders skipped) and "-" for standard
// input (JSON Lines when its first non-blank byte is '{', else one plain-text
// article). Inputs that cannot be read are returned as errors, one per file
// or record, in the order met; every other article is returned.
func ReadPaths(paths []string, opt ReadOptions) ([]model.Article, []*ReadError) {
	var (
		arts []model.Article
		errs []*ReadError
	)
	for _, p := range paths {
		a, e := readPath(p, opt)
		arts = append(arts, a...)
		errs = append(errs, e...)
	}
	return arts, errs
}

// readPath reads one path given by the user.
func readPath(p string, opt ReadOptions) ([]model.Article, []*ReadError) {
	if p == "-" {
		if opt.Stdin == nil {
			return nil, []*ReadError{{Path: "-", Reason: "no standard input"}}
		}
		data, err := io.ReadAll(opt.Stdin)
		if err != nil {
			return nil, []*ReadError{{Path: "-", Reason: "reading: " + err.Error()}}
		}
		if t := bytes.TrimLeft(data, " \t\r\n"); len(t) > 0 && t[0] == '{' {
			return ReadJSONL("-", bytes.NewReader(data), opt)
		}
		a, rerr := ReadText("stdin", "-", data, opt)
		if rerr != nil {
			return nil, []*ReadError{rerr}
		}
		return []model.Article{a}, nil
	}
	info, err := os.Stat(p)
	if err != nil {
		return nil, []*ReadError{{Path: p, Reason: describeOSError(err)}}
	}
	if !info.IsDir() {
		return readFile(p, opt)
	}
	var (
		arts []model.Article
		errs []*ReadError
	)
	walkErr := filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			errs = append(errs, &ReadError{Path: path, Reason: describeOSError(err)})
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if path != p && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		if ext := filepath.Ext(path); ext != ".txt" && ext != ".jsonl" {
			return nil
		}
		a, e := readFile(path, opt)
		arts = append(arts, a...)
		errs = append(errs, e...)
		return nil
	})
	if walkErr != nil {
		errs = append(errs, &ReadError{Path: p, Reason: describeOSError(walkErr)})
	}
	return arts, errs
}

// readFile reads one file: JSON Lines when its name ends in .jsonl, else one
// plain-text article.
func readFile(path string, opt ReadOptions) ([]model.Article, []*ReadError) {
	f, err := os.Open(path)
	if err != nil {
		return nil, []*ReadError{{Path: path, Reason: describeOSError(err)}}
	}
	defer f.Close()
	if filepath.Ext(path) == ".jsonl" {
		return ReadJSONL(path, f, opt)
	}
	data, err := io.ReadAll(f)
	if err != nil {
		return nil, []*ReadError{{Path: path, Reason: describeOSError(err)}}
	}
	id := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	a, rerr := ReadText(id, path, data, opt)
	if rerr != nil {
		return nil, []*ReadError{rerr}
	}
	return []model.Article{a}, nil
}

// describeOSError turns a file system error into a short lower-case reason.
func describeOSError(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or directory"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// headerRE matches the date header: a space, "date", a space, a date, and a
// space, a line break or the end of the text. The date part is checked separately so that
// a malformed date ("2025-13-45") is reported rather than taken as text.
var headerRE = regexp.MustCompile(`^ date (\S+)(?: |\n|$)`)

// ReadText makes an article of a plain-text file's bytes. id names the
// article and source says where it came from. The text may begin with the
// header " date YYYY-MM-DD " on the same line as the first sentence; the
// header is removed from the text. Empty, binary and invalid UTF-8 input and
// a malformed header date are errors.
func ReadText(id, source string, data []byte, opt ReadOptions) (model.Article, *ReadError) {
	fail := func(format string, args ...any) (model.Article, *ReadError) {
		return model.Article{}, &ReadError{Path: source, Reason: fmt.Sprintf(format, args...)}
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return fail("empty file")
	}
	if isBinary(data) {
		return fail("binary file: not text")
	}
	if !utf8.Valid(data) {
		return fail("invalid utf-8 at byte %d", invalidAt(data))
	}
	text := strings.ReplaceAll(string(data), "\r\n", "\n")
	text = strings.TrimPrefix(text, "\ufeff")
	art := model.Article{ID: id, Source: source}
	if m := headerRE.FindStringSubmatch(text); m != nil {
		d, err := parseDate(m[1])
		if err != nil {
			return fail("malformed date header %q: %v", strings.TrimSpace(m[0]), err)
		}
		art.Published, art.PublishedFrom = d, model.FromHeader
		text = text[len(m[0]):]
		if strings.TrimSpace(text) == "" {
			return fail("no text after the date header")
		}
	}
	art.Text = text
	datePath(&art, source, opt)
	return art, nil
}

// datePath gives art the date of its path, else the flag's date, when it has
// none yet.
func datePath(art *model.Article, path string, opt ReadOptions) {
	if art.Published != "" {
		return
	}
	if d, ok := DateFromPath(path); ok {
		art.Published, art.PublishedFrom = d, model.FromPath
		return
	}
	if opt.Published != "" {
		art.Published, art.PublishedFrom = opt.Published, model.FromFlag
		return
	}
	art.PublishedFrom = model.FromUnknown
}

// record is one JSON Lines article.
type record struct {
	ID        string  `json:"id"`
	Published *string `json:"published"`
	Title     string  `json:"title"`
	Text      *string `json:"text"`
	URL       string  `json:"url"`
}

// ReadJSONL reads JSON Lines articles, one record a line:
// {"id", "published", "title", "text", "url"}, with only "text" required.
// A record without an id is named after the file and its line ("feed-3").
// Blank lines are skipped; a line that is not a valid record is an error
// naming its line, and the other records are still read.
func ReadJSONL(path string, r io.Reader, opt ReadOptions) ([]model.Article, []*ReadError) {
	var (
		arts []model.Article
		errs []*ReadError
	)
	base := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	if path == "-" {
		base = "stdin"
	}
	br := bufio.NewReader(r)
	for line := 1; ; line++ {
		raw, err := br.ReadBytes('\n')
		if len(bytes.TrimSpace(raw)) > 0 {
			a, rerr := readRecord(path, base, line, raw, opt)
			if rerr != nil {
				errs = append(errs, rerr)
			} else {
				arts = append(arts, a)
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			errs = append(errs, &ReadError{Path: path, Line: line, Reason: describeOSError(err)})
			break
		}
	}
	if len(arts) == 0 && len(errs) == 0 {
		errs = append(errs, &ReadError{Path: path, Reason: "empty file"})
	}
	return arts, errs
}

// readRecord decodes one JSON Lines record.
func readRecord(path, base string, line int, raw []byte, opt ReadOptions) (model.Article, *ReadError) {
	fail := func(format string, args ...any) (model.Article, *ReadError) {
		return model.Article{}, &ReadError{Path: path, Line: line, Reason: fmt.Sprintf(format, args...)}
	}
	if !utf8.Valid(raw) {
		return fail("invalid utf-8 at byte %d of the line", invalidAt(raw))
	}
	var rec record
	dec := json.NewDecoder(bytes.NewReader(raw))
	if err := dec.Decode(&rec); err != nil {
		return fail("malformed record: %s", jsonReason(err))
	}
	if dec.More() {
		return fail("malformed record: more than one JSON value on the line")
	}
	if rec.Text == nil {
		return fail(`record has no "text"`)
	}
	text := strings.ReplaceAll(*rec.Text, "\r\n", "\n")
	if strings.TrimSpace(text) == "" {
		return fail(`record has an empty "text"`)
	}
	id := strings.TrimSpace(rec.ID)
	if id == "" {
		id = fmt.Sprintf("%s-%d", base, line)
	}
	art := model.Article{ID: id, Source: fmt.Sprintf("%s:%d", path, line), Title: rec.Title, URL: rec.URL, Text: text}
	if rec.Published != nil && strings.TrimSpace(*rec.Published) != "" {
		d, err := parseDate(*rec.Published)
		if err != nil {
			return fail("malformed \"published\" %q: %v", *rec.Published, err)
		}
		art.Published, art.PublishedFrom = d, model.FromRecord
	}
	datePath(&art, path, opt)
	return art, nil
}

// jsonReason makes a JSON decoding error short and lower case.
func jsonReason(err error) string {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Sprintf("%s (at byte %d)", se.Error(), se.Offset)
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return fmt.Sprintf("field %q must be %s, not %s", te.Field, te.Type, te.Value)
	}
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return "unexpected end of line"
	}
	return err.Error()
}

// parseDate checks a publication date. It takes YYYY-MM-DD, or an RFC 3339
// timestamp whose date part is kept ("2025-02-01T10:00:00Z").
func parseDate(s string) (string, error) {
	s = strings.TrimSpace(s)
	if len(s) > 10 && s[10] == 'T' {
		if _, err := time.Parse(time.RFC3339, s); err == nil {
			s = s[:10]
		}
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		var pe *time.ParseError
		if errors.As(err, &pe) && pe.Message != "" {
			return "", errors.New(strings.TrimPrefix(pe.Message, ": "))
		}
		return "", errors.New("want YYYY-MM-DD")
	}
	return t.Format("2006-01-02"), nil
}

// ParseDate checks a date given on the command line (YYYY-MM-DD).
func ParseDate(s string) (string, error) { return parseDate(s) }

// pathDateRE finds a YYYY-MM-DD date that is a whole path element or a
// part of one delimited by non-digits ("2010-04-06", "reuters_2010-04-06.txt").
var pathDateRE = regexp.MustCompile(`(?:^|[^0-9])((?:19|20)[0-9]{2}-[01][0-9]-[0-3][0-9])(?:[^0-9]|$)`)

// DateFromPath returns the date of the last path element that holds a valid
// YYYY-MM-DD date, as news archives and the Timeline17 corpus are laid out.
func DateFromPath(path string) (string, bool) {
	parts := strings.Split(filepath.ToSlash(path), "/")
	for _, p := range slices.Backward(parts) {
		for _, m := range pathDateRE.FindAllStringSubmatch(p, -1) {
			if d, err := parseDate(m[1]); err == nil {
				return d, true
			}
		}
	}
	return "", false
}

// isBinary reports whether data looks like a binary file: a NUL byte, or
// more than one control character in 32 in its first 8 KiB.
func isBinary(data []byte) bool {
	head := data[:min(len(data), 8192)]
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	ctl := 0
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctl++
		}
	}
	return ctl*32 > len(head)
}

// invalidAt returns the offset of the first invalid UTF-8 byte of data.
func invalidAt(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return len(data)
}
