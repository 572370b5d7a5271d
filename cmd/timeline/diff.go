package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/timelinehq/timeline/model"
)

// runDiff implements "timeline diff [--json] OLD.json NEW.json": it
// compares two timelines written by "timeline build" and writes what
// changed to stdout, in the readable text form (see writeDiffText) or, with
// --json, as one JSON object that validates against
// schema/diff.schema.json.
//
// The contract with main, like diff(1):
//   - differ false, err nil: the timelines are the same (exit 0); the text
//     form says "no changes";
//   - differ true, err nil: they differ (exit 1);
//   - err non-nil: nothing useful was written to stdout (exit 2); err wraps
//     errUsage for a bad command line (print the usage), and otherwise names
//     the file and what is wrong with it (unreadable, invalid JSON with its
//     line and column, or JSON that is not a timeline).
//
// Diagnostics are not compared: two runs whose events, entities and
// documents are the same are the same.
func runDiff(args []string, stdout, stderr io.Writer) (differ bool, err error) {
	fs := flag.NewFlagSet("diff", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "write the diff as JSON (schema/diff.schema.json)")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: timeline diff [--json] OLD.json NEW.json\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return false, nil
		}
		return false, fmt.Errorf("%w: %v", errUsage, err)
	}
	if fs.NArg() != 2 {
		return false, fmt.Errorf("%w: timeline diff [--json] OLD.json NEW.json: want 2 files, got %d", errUsage, fs.NArg())
	}
	old, err := readTimeline(fs.Arg(0))
	if err != nil {
		return false, err
	}
	new, err := readTimeline(fs.Arg(1))
	if err != nil {
		return false, err
	}
	d := model.Diff(old, new)
	var buf bytes.Buffer
	if *asJSON {
		b, err := model.Encode(d)
		if err != nil {
			return false, err
		}
		buf.Write(b)
	} else if err := writeDiffText(&buf, &d); err != nil {
		return false, err
	}
	if _, err := stdout.Write(buf.Bytes()); err != nil {
		return false, err
	}
	return !d.Empty(), nil
}

// readTimeline reads a timeline written by "timeline build" from path. It
// rejects files that are not JSON, JSON that is not one object, and objects
// that are not a timeline (no "schema": "timeline/v1", or fields of the
// wrong type), saying which and where.
func readTimeline(path string) (*model.Timeline, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return decodeTimeline(path, data)
}

// decodeTimeline decodes data, read from name, as a timeline.
func decodeTimeline(name string, data []byte) (*model.Timeline, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, fmt.Errorf("%s: empty file, want a timeline (JSON)", name)
	}
	var probe struct {
		Schema *string `json:"schema"`
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	var raw json.RawMessage
	if err := dec.Decode(&raw); err != nil {
		return nil, fmt.Errorf("%s: invalid JSON: %s", name, jsonError(data, err))
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, fmt.Errorf("%s: invalid JSON: %s", name, jsonError(data, fmt.Errorf("data after the timeline at offset %d", dec.InputOffset())))
	}
	if err := json.Unmarshal(raw, &probe); err != nil || probe.Schema == nil {
		return nil, fmt.Errorf("%s: not a timeline: want a JSON object with \"schema\": %q", name, model.SchemaVersion)
	}
	if *probe.Schema != model.SchemaVersion {
		return nil, fmt.Errorf("%s: not a timeline of this version: schema %q, want %q", name, *probe.Schema, model.SchemaVersion)
	}
	var tl model.Timeline
	if err := json.Unmarshal(raw, &tl); err != nil {
		return nil, fmt.Errorf("%s: not a timeline: %s", name, jsonError(data, err))
	}
	return &tl, nil
}

// jsonError describes a decoding error with the line and column it is at,
// when it has an offset.
func jsonError(data []byte, err error) string {
	var off int64 = -1
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		off = syn.Offset
	case errors.As(err, &typ):
		off = typ.Offset
	}
	msg := strings.TrimPrefix(err.Error(), "json: ")
	if off < 0 || off > int64(len(data)) {
		return msg
	}
	line := 1 + bytes.Count(data[:off], []byte("\n"))
	col := int(off) - bytes.LastIndexByte(data[:off], '\n')
	return fmt.Sprintf("line %d, column %d: %s", line, col, msg)
}

func derefString(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// writeDiffText writes the diff in its readable form: a summary line, then
// documents, removed, added and changed events (one line each: date, type,
// status, ID and summary, with the changes indented below), then entities.
// Events are in timeline order (by date). It writes nothing but "no
// changes" for an empty diff.
func writeDiffText(w io.Writer, d *model.TimelineDiff) error {
	p := &textWriter{w: w}
	if d.Empty() {
		p.printf("no changes\n")
		return p.err
	}
	p.printf("documents: %d added, %d removed, %d changed; events: %d added, %d removed, %d changed; entities: %d added, %d removed, %d changed\n",
		len(d.Documents.Added), len(d.Documents.Removed), len(d.Documents.Changed),
		len(d.AddedEvents), len(d.RemovedEvents), len(d.ChangedEvents),
		len(d.AddedEntities), len(d.RemovedEntities), len(d.ChangedEntities))
	if n := len(d.Documents.Added) + len(d.Documents.Removed) + len(d.Documents.Changed); n > 0 {
		p.printf("\ndocuments\n")
		for _, id := range d.Documents.Removed {
			p.printf("- %s\n", id)
		}
		for _, id := range d.Documents.Added {
			p.printf("+ %s\n", id)
		}
		for _, id := range d.Documents.Changed {
			p.printf("~ %s\n", id)
		}
	}
	if len(d.RemovedEvents) > 0 {
		p.printf("\nremoved events\n")
		for _, e := range d.RemovedEvents {
			p.eventLine("-", e)
		}
	}
	if len(d.AddedEvents) > 0 {
		p.printf("\nadded events\n")
		for _, e := range d.AddedEvents {
			p.eventLine("+", e)
		}
	}
	if len(d.ChangedEvents) > 0 {
		p.printf("\nchanged events\n")
		for _, c := range d.ChangedEvents {
			p.eventLine("~", c.EventHeader)
			if c.PreviousID != "" {
				p.printf("    id: %s -> %s\n", c.PreviousID, c.ID)
			}
			if c.StatusChange != nil {
				p.printf("    status: %s -> %s\n", c.StatusChange.Old, c.StatusChange.New)
			}
			if c.WhenChange != nil {
				p.printf("    when: %s -> %s\n", whenText(c.WhenChange.Old), whenText(c.WhenChange.New))
			}
			if c.LocationChange != nil {
				p.printf("    location: %s -> %s\n", orNone(c.LocationChange.Old), orNone(c.LocationChange.New))
			}
			for _, s := range c.RemovedSources {
				p.printf("    - source %s:%d-%d %s\n", s.Document, s.Start, s.End, quote(s.Text))
			}
			for _, s := range c.AddedSources {
				p.printf("    + source %s:%d-%d %s\n", s.Document, s.Start, s.End, quote(s.Text))
			}
			for _, id := range c.RemovedParticipants {
				p.printf("    - participant %s\n", id)
			}
			for _, id := range c.AddedParticipants {
				p.printf("    + participant %s\n", id)
			}
			for _, cl := range c.RemovedClaims {
				p.printf("    - claim %s:%d-%d %s %s\n", cl.Document, cl.Start, cl.End, orNone(derefString(cl.Speaker)), quote(cl.Text))
			}
			for _, cl := range c.AddedClaims {
				p.printf("    + claim %s:%d-%d %s %s\n", cl.Document, cl.Start, cl.End, orNone(derefString(cl.Speaker)), quote(cl.Text))
			}
		}
	}
	if n := len(d.AddedEntities) + len(d.RemovedEntities) + len(d.ChangedEntities); n > 0 {
		p.printf("\nentities\n")
		for _, e := range d.RemovedEntities {
			p.printf("- %s %q (%d mentions)\n", e.ID, e.Name, e.Mentions)
		}
		for _, e := range d.AddedEntities {
			p.printf("+ %s %q (%d mentions)\n", e.ID, e.Name, e.Mentions)
		}
		for _, c := range d.ChangedEntities {
			p.printf("~ %s %q", c.ID, c.EntityHeader.Name)
			if c.PreviousID != "" {
				p.printf(" id %s -> %s", c.PreviousID, c.ID)
			}
			if c.OldMentions != c.Mentions {
				p.printf(" mentions %d -> %d", c.OldMentions, c.Mentions)
			}
			if c.NameChange != nil {
				p.printf(" name %q -> %q", c.NameChange.Old, c.NameChange.New)
			}
			for _, a := range c.RemovedAliases {
				p.printf(" -alias %q", a)
			}
			for _, a := range c.AddedAliases {
				p.printf(" +alias %q", a)
			}
			for _, r := range c.RemovedRoles {
				p.printf(" -role %q", r)
			}
			for _, r := range c.AddedRoles {
				p.printf(" +role %q", r)
			}
			p.printf("\n")
		}
	}
	return p.err
}

// textWriter keeps the first write error.
type textWriter struct {
	w   io.Writer
	err error
}

func (p *textWriter) printf(format string, args ...any) {
	if p.err == nil {
		_, p.err = fmt.Fprintf(p.w, format, args...)
	}
}

// eventLine writes "± date  type  status  id  summary [documents]".
func (p *textWriter) eventLine(mark string, e model.EventHeader) {
	p.printf("%s %-10s %-9s %-11s %s  %s [%s]\n", mark, whenText(e.When), e.Type, e.Status, e.ID, oneLine(e.Summary), strings.Join(e.Documents, " "))
}

// whenText is a time as the text form shows it: its value, else its bound
// ("<=2025-02-01", ">=2025-01-31"), else "undated".
func whenText(w model.When) string {
	if w.Value == "" {
		if w.End != nil {
			return "<=" + *w.End
		}
		if w.Start != nil {
			return ">=" + *w.Start
		}
		return "undated"
	}
	return w.Value
}

func orNone(s string) string {
	if s == "" {
		return "(none)"
	}
	return s
}

// oneLine folds white space, so that a summary stays on its line.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// quote quotes a passage on one line, shortened to 80 characters.
func quote(s string) string {
	s = oneLine(s)
	if r := []rune(s); len(r) > 80 {
		s = string(r[:77]) + "..."
	}
	return fmt.Sprintf("%q", s)
}
