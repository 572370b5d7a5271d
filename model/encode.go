package model

import (
	"bytes"
	"encoding/json"
)

// Encode returns v as JSON indented by two spaces, HTML characters left as
// they are, with a final newline. All timeline JSON goes through it, so the
// same value always gives the same bytes.
func Encode(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
