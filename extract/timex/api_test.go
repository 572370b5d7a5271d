package timex

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

// TestNoUnexportedInResults checks that the result types expose only
// exported fields of exported types.
func TestNoUnexportedInResults(t *testing.T) {
	seen := map[reflect.Type]bool{}
	var walk func(reflect.Type, string)
	walk = func(ty reflect.Type, path string) {
		for ty.Kind() == reflect.Pointer || ty.Kind() == reflect.Slice || ty.Kind() == reflect.Map {
			ty = ty.Elem()
		}
		if ty.Kind() != reflect.Struct || seen[ty] {
			return
		}
		seen[ty] = true
		if ty.PkgPath() != "" && !exportedName(ty.Name()) {
			t.Errorf("%s: unexported type %s", path, ty)
		}
		for i := 0; i < ty.NumField(); i++ {
			f := ty.Field(i)
			if !f.IsExported() {
				t.Errorf("%s.%s: unexported field", path, f.Name)
				continue
			}
			walk(f.Type, path+"."+f.Name)
		}
	}
	walk(reflect.TypeOf(Timex{}), "Timex")
	walk(reflect.TypeOf(Report{}), "Report")
	walk(reflect.TypeOf(TimeMLDoc{}), "TimeMLDoc")
}

func exportedName(name string) bool { return name != "" && strings.ToUpper(name[:1]) == name[:1] }

// TestTagLargeInput guards against quadratic behaviour: 10,000 date phrases
// in one text.
func TestTagLargeInput(t *testing.T) {
	if testing.Short() {
		t.Skip("slow under -short")
	}
	text := strings.Repeat("Talks resumed on Friday, Jan. 31, 2025, after 3 p.m. and three years ago, said the 1,500 troops. ", 10000)
	start := time.Now()
	var tg Tagger
	got := tg.Tag(text, "2025-02-01")
	if d := time.Since(start); d > 20*time.Second {
		t.Errorf("Tag of %d bytes took %v", len(text), d)
	}
	if len(got) < 30000 {
		t.Errorf("Tag found %d expressions in 10,000 sentences, want at least 30,000", len(got))
	}
}

// TestConcurrentTag runs one Tagger from several goroutines (run with -race).
func TestConcurrentTag(t *testing.T) {
	var tg Tagger
	const text = "Trump said on Friday that talks will resume next week, three years after 2022."
	want := len(tg.Tag(text, "2025-02-01"))
	done := make(chan int)
	for g := 0; g < 8; g++ {
		go func() {
			n := 0
			for k := 0; k < 50; k++ {
				n = len(tg.Tag(text, "2025-02-01"))
			}
			done <- n
		}()
	}
	for g := 0; g < 8; g++ {
		if n := <-done; n != want {
			t.Errorf("concurrent Tag found %d expressions, want %d", n, want)
		}
	}
}
