package main

import (
	"bytes"
	"encoding/hex"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
	"github.com/stretchr/testify/assert"
)

var update = flag.Bool("update", false, "rewrite golden files")

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"timeline": func() {
			os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
		},
	})
}

// TestScripts runs the CLI scenarios in testdata/script/*.txtar.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:           "../../testdata/script",
		UpdateScripts: *update,
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			// writehex FILE HEX writes the bytes HEX spells to FILE, for
			// inputs a txtar archive cannot hold (NUL bytes, invalid UTF-8).
			"writehex": func(ts *testscript.TestScript, neg bool, args []string) {
				if len(args) != 2 {
					ts.Fatalf("usage: writehex FILE HEX")
				}
				data, err := hex.DecodeString(args[1])
				ts.Check(err)
				ts.Check(os.WriteFile(ts.MkAbs(args[0]), data, 0o644))
			},
		},
		Condition: func(cond string) (bool, error) {
			switch cond {
			case "root":
				return os.Geteuid() == 0, nil
			}
			return false, nil
		},
	})
}

// TestExitStatus checks the exit status of each kind of outcome.
func TestExitStatus(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	empty := filepath.Join(dir, "empty.txt")
	os.WriteFile(good, []byte(" date 2025-02-01 Trump said on Friday that talks were going well."), 0o644)
	os.WriteFile(empty, nil, 0o644)
	tests := []struct {
		name string
		args []string
		want int
	}{
		{"no command", nil, 2},
		{"unknown command", []string{"frobnicate"}, 2},
		{"help", []string{"help"}, 0},
		{"build ok", []string{"build", good}, 0},
		{"build with a rejected input", []string{"build", good, empty}, 1},
		{"build missing path", []string{"build", filepath.Join(dir, "nope.txt")}, 1},
		{"build bad flag", []string{"build", "--bogus"}, 2},
		{"build bad published", []string{"build", "--published", "2025-02-30", good}, 2},
		{"build bad workers", []string{"build", "--workers", "-1", good}, 2},
		{"build help", []string{"build", "-h"}, 0},
		{"validate no file", []string{"validate"}, 2},
		{"validate missing", []string{"validate", filepath.Join(dir, "nope.json")}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			got := run(tt.args, strings.NewReader(""), &stdout, &stderr)
			assert.Equal(t, tt.want, got, "run(%q): stderr:\n%s", tt.args, stderr.String())
		})
	}
}
