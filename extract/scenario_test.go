package extract

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/rogpeppe/go-internal/txtar"

	"github.com/timelinehq/timeline/model"
)

// scenarioConfig is the optional config.json of a scenario.
type scenarioConfig struct {
	// Published is the date for articles that give none (the --published flag).
	Published string `json:"published"`
	// Workers is Config.Workers.
	Workers int `json:"workers"`
}

// TestScenarios builds each scenario of ../testdata/build/*.txtar and
// compares the timeline with its want.json and the diagnostics with its
// want.diag. A scenario holds, in this order: an optional config.json
// (scenarioConfig), its articles (articles/<id>.json, a JSON Lines record
// on one or more lines; or articles/<id>.txt, a text file as on disk, with
// or without its " date YYYY-MM-DD" header), want.json and want.diag (one
// diagnostic a line: severity, then "document:line: message").
// go test ./extract -run TestScenarios -update rewrites want.json and
// want.diag; review their diff like code.
func TestScenarios(t *testing.T) {
	files, err := filepath.Glob("../testdata/build/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no scenarios in ../testdata/build: %v", err)
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			cfg, arts, rejected := readScenario(t, ar)
			tl, err := Build(arts, Config{Workers: cfg.Workers, Rejected: rejected})
			if err != nil {
				t.Fatal(err)
			}
			gotJSON, err := model.Encode(tl)
			if err != nil {
				t.Fatal(err)
			}
			var diag bytes.Buffer
			for _, d := range tl.Diagnostics {
				fmt.Fprintf(&diag, "%s %s\n", d.Severity, d)
			}
			if *update {
				setFile(ar, "want.json", gotJSON)
				setFile(ar, "want.diag", diag.Bytes())
				if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			wantJSON, ok := fileOf(ar, "want.json")
			if !ok {
				t.Fatalf("%s has no want.json (go test ./extract -run TestScenarios -update writes it)", file)
			}
			checkTimelineData(t, file, wantJSON)
			if d := cmp.Diff(string(wantJSON), string(gotJSON)); d != "" {
				t.Errorf("timeline mismatch (-want +got):\n%s", d)
			}
			wantDiag, _ := fileOf(ar, "want.diag")
			if d := cmp.Diff(string(wantDiag), diag.String()); d != "" {
				t.Errorf("diagnostics mismatch (-want +got):\n%s", d)
			}
		})
	}
}

// readScenario reads the config and articles of a scenario, checking the
// scenario itself: known file names only, in order, each article's id its
// file name.
func readScenario(t *testing.T, ar *txtar.Archive) (scenarioConfig, []model.Article, model.DiagnosticList) {
	t.Helper()
	var (
		cfg      scenarioConfig
		arts     []model.Article
		rejected model.DiagnosticList
	)
	for i, f := range ar.Files {
		dir, name := path.Split(f.Name)
		id, ext := strings.TrimSuffix(name, path.Ext(name)), path.Ext(name)
		switch {
		case f.Name == "config.json":
			if i != 0 {
				t.Fatalf("config.json must come first")
			}
			dec := json.NewDecoder(bytes.NewReader(f.Data))
			dec.DisallowUnknownFields()
			if err := dec.Decode(&cfg); err != nil {
				t.Fatalf("bad testdata: config.json: %v", err)
			}
		case dir == "articles/" && ext == ".json":
			var line bytes.Buffer
			if err := json.Compact(&line, f.Data); err != nil {
				t.Fatalf("bad testdata: %s: %v", f.Name, err)
			}
			got, errs := ReadJSONL(f.Name, &line, ReadOptions{Published: cfg.Published})
			for _, e := range errs {
				rejected = append(rejected, e.Diagnostic())
			}
			for _, a := range got {
				if a.ID != id {
					t.Fatalf("bad testdata: %s has id %q, want its file name %q", f.Name, a.ID, id)
				}
				arts = append(arts, a)
			}
		case dir == "articles/" && ext == ".txt":
			a, e := ReadText(id, f.Name, f.Data, ReadOptions{Published: cfg.Published})
			if e != nil {
				rejected = append(rejected, e.Diagnostic())
				continue
			}
			arts = append(arts, a)
		case f.Name == "want.json" || f.Name == "want.diag":
			if len(arts)+len(rejected) == 0 {
				t.Fatalf("bad testdata: %s before any article", f.Name)
			}
		default:
			t.Fatalf("bad testdata: unknown file %q (want config.json, articles/<id>.json|txt, want.json, want.diag)", f.Name)
		}
	}
	return cfg, arts, rejected
}

// checkTimelineData checks a want.json: a timeline with no unknown fields
// and nothing after it.
func checkTimelineData(t *testing.T, file string, data []byte) {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var tl model.Timeline
	if err := dec.Decode(&tl); err != nil {
		t.Fatalf("bad testdata: %s: want.json: %v", file, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		t.Fatalf("bad testdata: %s: want.json: data after the timeline", file)
	}
}

// fileOf returns the data of the file called name in ar.
func fileOf(ar *txtar.Archive, name string) ([]byte, bool) {
	for _, f := range ar.Files {
		if f.Name == name {
			return f.Data, true
		}
	}
	return nil, false
}

// setFile sets the data of the file called name in ar, adding it at the
// end when it is not there.
func setFile(ar *txtar.Archive, name string, data []byte) {
	for i := range ar.Files {
		if ar.Files[i].Name == name {
			ar.Files[i].Data = data
			return
		}
	}
	ar.Files = append(ar.Files, txtar.File{Name: name, Data: data})
}
