package model

import (
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDiagnosticList(t *testing.T) {
	l := DiagnosticList{
		{Document: "b", Severity: Warning, Message: "second"},
		{Document: "a", Line: 3, Severity: Error, Message: "bad record"},
		{Document: "a", Line: 1, Severity: Error, Message: "first"},
	}
	l.Sort()
	assert.Equal(t, "a:1: first", l[0].String())
	assert.Equal(t, "a:1: first (and 2 more errors)", l.Error())
	assert.Error(t, l.Err())
	assert.NoError(t, DiagnosticList{{Document: "b", Severity: Warning, Message: "w"}}.Err())
	assert.NoError(t, DiagnosticList(nil).Err())
}

// TestNoUnexportedTypes checks that every type reachable from Timeline is
// exported, so users of the package can name everything they get.
func TestNoUnexportedTypes(t *testing.T) {
	seen := map[reflect.Type]bool{}
	var walk func(typ reflect.Type, path string)
	walk = func(typ reflect.Type, path string) {
		if seen[typ] {
			return
		}
		seen[typ] = true
		if typ.Name() != "" && typ.PkgPath() != "" && !reflect.ValueOf(typ.Name()).IsZero() {
			if r := typ.Name()[0]; r >= 'a' && r <= 'z' {
				t.Errorf("%s: unexported type %s", path, typ)
			}
		}
		switch typ.Kind() {
		case reflect.Pointer, reflect.Slice, reflect.Array, reflect.Map:
			walk(typ.Elem(), path+"[]")
		case reflect.Struct:
			for i := range typ.NumField() {
				f := typ.Field(i)
				if !f.IsExported() {
					t.Errorf("%s.%s: unexported field", path, f.Name)
				}
				walk(f.Type, path+"."+f.Name)
			}
		}
	}
	walk(reflect.TypeFor[Timeline](), "Timeline")
}

func TestEncode(t *testing.T) {
	got, err := Encode(struct {
		A string `json:"a"`
	}{"<b> & c"})
	assert.NoError(t, err)
	assert.Equal(t, "{\n  \"a\": \"<b> & c\"\n}\n", string(got))
}
