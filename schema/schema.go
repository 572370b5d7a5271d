// Package schema holds the published JSON Schema of the timeline output
// (timeline.schema.json, JSON Schema 2020-12) and checks documents against
// it.
package schema

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"github.com/timelinehq/timeline/model"
)

// Timeline is the JSON Schema of the timeline output.
//
//go:embed timeline.schema.json
var Timeline []byte

const timelineURL = "https://timelinehq.github.io/timeline/schema/timeline.schema.json"

// compile compiles one embedded schema under its $id.
func compile(url string, src []byte) (*jsonschema.Schema, error) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(src))
	if err != nil {
		return nil, fmt.Errorf("schema %s: %w", url, err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource(url, doc); err != nil {
		return nil, fmt.Errorf("schema %s: %w", url, err)
	}
	return c.Compile(url)
}

var timelineSchema = sync.OnceValues(func() (*jsonschema.Schema, error) {
	return compile(timelineURL, Timeline)
})

// Validate checks that r holds one timeline JSON document that matches the
// schema, and that what the schema cannot say holds too: every entity ID an
// event or claim names is in entities, every document ID in documents, and
// every span's text is as long as its [start, end) range.
func Validate(r io.Reader) error {
	data, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	sch, err := timelineSchema()
	if err != nil {
		return err
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return fmt.Errorf("not JSON: %w", err)
	}
	if err := sch.Validate(doc); err != nil {
		return describe(err)
	}
	var tl model.Timeline
	if err := json.Unmarshal(data, &tl); err != nil {
		return fmt.Errorf("not a timeline: %w", err)
	}
	return checkReferences(&tl)
}

var english = message.NewPrinter(language.English)

// describe shortens a schema validation error to its leaves, one a line.
func describe(err error) error {
	var ve *jsonschema.ValidationError
	if !errors.As(err, &ve) {
		return err
	}
	var lines []string
	var walk func(e *jsonschema.ValidationError)
	walk = func(e *jsonschema.ValidationError) {
		if len(e.Causes) == 0 {
			loc := "/" + strings.Join(e.InstanceLocation, "/")
			lines = append(lines, fmt.Sprintf("at %s: %s", loc, e.ErrorKind.LocalizedString(english)))
			return
		}
		for _, c := range e.Causes {
			walk(c)
		}
	}
	walk(ve)
	if len(lines) > 10 {
		lines = append(lines[:10], fmt.Sprintf("(and %d more)", len(lines)-10))
	}
	return errors.New("does not match the timeline schema:\n\t" + strings.Join(lines, "\n\t"))
}

// checkReferences checks the links between the parts of a timeline.
func checkReferences(tl *model.Timeline) error {
	var problems []string
	add := func(format string, args ...any) {
		if len(problems) < 10 {
			problems = append(problems, fmt.Sprintf(format, args...))
		}
	}
	docs := make(map[string]bool)
	for _, d := range tl.Documents {
		if docs[d.ID] {
			add("document %q is listed twice", d.ID)
		}
		docs[d.ID] = true
	}
	ents := make(map[string]bool)
	for _, e := range tl.Entities {
		if ents[e.ID] {
			add("entity %q is listed twice", e.ID)
		}
		ents[e.ID] = true
		for _, s := range e.Spans {
			checkSpan(add, "entity "+e.ID, s.Document, s.Start, s.End, s.Text, docs)
		}
	}
	evs := make(map[string]bool)
	for _, ev := range tl.Events {
		where := "event " + ev.ID
		if evs[ev.ID] {
			add("event %q is listed twice", ev.ID)
		}
		evs[ev.ID] = true
		for _, p := range ev.Participants {
			if !ents[p] {
				add("%s: participant %q is not an entity", where, p)
			}
		}
		if ev.Location != nil && !ents[*ev.Location] {
			add("%s: location %q is not an entity", where, *ev.Location)
		}
		for _, c := range ev.Claims {
			if c.Speaker != nil && !ents[*c.Speaker] {
				add("%s: speaker %q is not an entity", where, *c.Speaker)
			}
			checkSpan(add, where+" claim", c.Document, c.Start, c.End, c.Text, docs)
		}
		for _, s := range ev.Sources {
			checkSpan(add, where+" source", s.Document, s.Start, s.End, s.Text, docs)
		}
		if w := ev.When; w.Start != nil && w.End != nil && *w.Start > *w.End {
			add("%s: when.start %s is after when.end %s", where, *w.Start, *w.End)
		}
	}
	if len(problems) > 0 {
		return errors.New("inconsistent timeline:\n\t" + strings.Join(problems, "\n\t"))
	}
	return nil
}

// checkSpan checks one span: a known document, start <= end, and a text of
// end-start bytes (the text is the document's text in that range).
func checkSpan(add func(string, ...any), where, doc string, start, end int, text string, docs map[string]bool) {
	if !docs[doc] {
		add("%s: document %q is not in documents", where, doc)
	}
	if start > end {
		add("%s: start %d is after end %d", where, start, end)
		return
	}
	if len(text) != end-start {
		add("%s: text is %d bytes, span [%d, %d) is %d", where, len(text), start, end, end-start)
	}
	if !utf8.ValidString(text) {
		add("%s: text is not valid utf-8", where)
	}
}
