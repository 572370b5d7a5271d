// Timeline builds a merged, dated, sourced timeline of events from news
// articles, and compares two timelines.
//
// Usage:
//
//	timeline build FILE|DIR... > timeline.json
//	timeline diff [--json] OLD.json NEW.json
//
// Temporary: the merge branch's stand-in for the lead's main.go, removed
// once main.go lands; it reads only .txt files with an optional
// " date YYYY-MM-DD " header.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/timelinehq/timeline/extract"
	"github.com/timelinehq/timeline/model"
)

func main() {
	log.SetPrefix("timeline: ")
	log.SetFlags(0)
	if len(os.Args) > 1 && os.Args[1] == "diff" {
		differ, err := runDiff(os.Args[2:], os.Stdout, os.Stderr)
		switch {
		case errors.Is(err, errUsage):
			log.Print(err)
			os.Exit(2)
		case err != nil:
			log.Print(err)
			os.Exit(2)
		case differ:
			os.Exit(1)
		}
		return
	}
	if len(os.Args) > 1 && os.Args[1] == "build" {
		if err := runBuildMerge(os.Args[2:], os.Stdout); err != nil {
			log.Fatal(err)
		}
		return
	}
	log.Print("usage: timeline build FILE|DIR... | timeline diff [--json] OLD.json NEW.json")
	os.Exit(2)
}

var dateHeader = regexp.MustCompile(`^\s*date (\d{4}-\d{2}-\d{2})\s`)

// runBuildMerge reads .txt files and directories and writes the timeline.
func runBuildMerge(paths []string, w io.Writer) error {
	var arts []model.Article
	for _, p := range paths {
		err := filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".txt") {
				return err
			}
			b, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			text := strings.ReplaceAll(string(b), "\r\n", "\n")
			a := model.Article{ID: strings.TrimSuffix(filepath.Base(path), ".txt"), Source: path, PublishedFrom: model.FromUnknown}
			if m := dateHeader.FindStringSubmatch(text); m != nil {
				a.Published, a.PublishedFrom = m[1], model.FromHeader
				text = text[len(m[0]):]
			}
			a.Text = text
			arts = append(arts, a)
			return nil
		})
		if err != nil {
			return err
		}
	}
	tl, err := extract.Build(arts, extract.Config{})
	if err != nil {
		return err
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(tl); err != nil {
		return fmt.Errorf("writing the timeline: %w", err)
	}
	return nil
}
