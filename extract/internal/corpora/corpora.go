// Package corpora finds the shared benchmark corpora that tests and
// benchmarks read: shared/corpora beside the checkout (CI clones the
// repository with ../shared next to it), or beside one of its ancestors
// (a git worktree sits deeper). Corpus data is never copied into the
// repository.
package corpora

import (
	"os"
	"path/filepath"
)

// Dir returns the path of shared/corpora/NAME (NAME may be empty for the
// corpora folder itself) for the module that holds the current directory,
// or "" when it is absent.
func Dir(name string) string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
	for p := filepath.Dir(dir); ; p = filepath.Dir(p) {
		c := filepath.Join(p, "shared", "corpora", name)
		if _, err := os.Stat(c); err == nil {
			return c
		}
		if filepath.Dir(p) == p {
			return ""
		}
	}
}
