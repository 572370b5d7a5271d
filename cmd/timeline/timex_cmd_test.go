package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const tml = `<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" functionInDocument="CREATION_TIME">March 22, 2013</TIMEX3></DCT>
<TEXT>
The CDC said Friday that deaths were reported in the last week.
</TEXT>
</TimeML>
`

func TestTagAndEval(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	out := filepath.Join(dir, "out")
	if err := os.MkdirAll(in, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(in, "a.tml"), []byte(tml), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if err := runTag([]string{"-o", out, filepath.Join(in, "a.tml")}, nil, &stdout, &stderr); err != nil {
		t.Fatalf("runTag: %v (%s)", err, stderr.String())
	}
	got, err := os.ReadFile(filepath.Join(out, "a.tml"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(got), `<TIMEX3 tid="t1" type="DATE" value="2013-03-22">Friday</TIMEX3>`) {
		t.Errorf("runTag wrote %s", got)
	}
	// Our output scored against itself is perfect.
	stdout.Reset()
	if err := runEvalTimex([]string{out, out, "--errors"}, &stdout, &stderr); err != nil {
		t.Fatalf("runEvalTimex: %v", err)
	}
	if !strings.Contains(stdout.String(), "value    F1 1.0000") {
		t.Errorf("runEvalTimex printed %s", stdout.String())
	}
	stdout.Reset()
	if err := runEvalTimex([]string{"--json", out, out}, &stdout, &stderr); err != nil || !strings.Contains(stdout.String(), `"value_f1": 1`) {
		t.Errorf("runEvalTimex --json = %v, %s", err, stdout.String())
	}
}

func TestTagPublished(t *testing.T) {
	var stdout, stderr bytes.Buffer
	err := runTag([]string{"--published", "2025-02-01", "-"}, strings.NewReader("Trump said on Friday."), &stdout, &stderr)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(stdout.String(), `<TIMEX3 tid="t1" type="DATE" value="2025-01-31">Friday</TIMEX3>`) {
		t.Errorf("runTag --published printed %s", stdout.String())
	}
}

func TestUsageErrors(t *testing.T) {
	var stdout, stderr bytes.Buffer
	for _, args := range [][]string{{}, {"--published", "yesterday", "x.txt"}, {"--bogus"}} {
		if err := runTag(args, nil, &stdout, &stderr); !errors.Is(err, errUsage) {
			t.Errorf("runTag(%q) = %v, want a usage error", args, err)
		}
	}
	if err := runEvalTimex([]string{"only-one"}, &stdout, &stderr); !errors.Is(err, errUsage) {
		t.Errorf("runEvalTimex(one dir) = %v, want a usage error", err)
	}
	if err := runTag([]string{"-o", t.TempDir(), "does-not-exist.tml"}, nil, &stdout, &stderr); err == nil || !strings.Contains(stderr.String(), "does-not-exist.tml") {
		t.Errorf("runTag(missing file) = %v, stderr %q: want the file named", err, stderr.String())
	}
}
