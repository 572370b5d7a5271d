package schema

import (
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// Diff is the JSON Schema of the output of "timeline diff --json"
// (timeline-diff/v1). It refers to timeline.schema.json for times, sources
// and claims.
//
//go:embed diff.schema.json
var Diff []byte

const diffURL = "https://timelinehq.github.io/timeline/schema/diff.schema.json"

var diffSchema = sync.OnceValues(func() (*jsonschema.Schema, error) {
	c := jsonschema.NewCompiler()
	for url, src := range map[string][]byte{timelineURL: Timeline, diffURL: Diff} {
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(src))
		if err != nil {
			return nil, fmt.Errorf("schema %s: %w", url, err)
		}
		if err := c.AddResource(url, doc); err != nil {
			return nil, fmt.Errorf("schema %s: %w", url, err)
		}
	}
	return c.Compile(diffURL)
})

// ValidateDiff checks that r holds one JSON document that matches the diff
// schema.
func ValidateDiff(r io.Reader) error {
	sch, err := diffSchema()
	if err != nil {
		return err
	}
	doc, err := jsonschema.UnmarshalJSON(r)
	if err != nil {
		return fmt.Errorf("not JSON: %w", err)
	}
	if err := sch.Validate(doc); err != nil {
		return describe(err)
	}
	return nil
}
