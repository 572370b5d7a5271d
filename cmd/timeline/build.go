package main

import (
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"strings"
	"time"

	"github.com/timelinehq/timeline"
	"github.com/timelinehq/timeline/extract"
	"github.com/timelinehq/timeline/model"
)

// runBuild implements "timeline build".
func runBuild(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("build", flag.ContinueOnError)
	fs.SetOutput(stderr)
	published := fs.String("published", "", "publication `DATE` (YYYY-MM-DD) for articles with no date in a header, a record or their path")
	workers := fs.Int("workers", 0, "number of articles analysed at once (0: one per CPU); the output does not depend on it")
	out := fs.String("o", "", "write the timeline to `FILE` instead of standard output")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: timeline build [flags] [PATH...]\n\n"+
			"Builds one timeline from the articles in PATH: text files (an optional\n"+
			"\" date YYYY-MM-DD \" header on the first line), JSON Lines files (*.jsonl),\n"+
			"folders (walked for *.txt and *.jsonl) and - for standard input.\n"+
			"With no PATH, builds the embedded sample articles.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return nil
		}
		return fmt.Errorf("%w: build: %v", errUsage, err)
	}
	opt := extract.ReadOptions{Stdin: stdin}
	if *published != "" {
		d, err := extract.ParseDate(*published)
		if err != nil {
			return fmt.Errorf("%w: build: --published %q: %v", errUsage, *published, err)
		}
		opt.Published = d
	}
	if *workers < 0 {
		return fmt.Errorf("%w: build: --workers must be 0 or more, not %d", errUsage, *workers)
	}

	var (
		arts []model.Article
		errs []*extract.ReadError
	)
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "timeline: no input given: building the 5 embedded sample articles (testdata/articles)")
		arts, errs = readSamples(opt)
	} else {
		arts, errs = extract.ReadPaths(fs.Args(), opt)
	}
	cfg := extract.Config{Workers: *workers}
	for _, e := range errs {
		fmt.Fprintf(stderr, "timeline: %v\n", e)
		cfg.Rejected = append(cfg.Rejected, e.Diagnostic())
	}
	if isTerminal(stderr) {
		cfg.Progress = progress(stderr, time.Now())
	}
	tl, err := extract.Build(arts, cfg)
	if err != nil {
		return err
	}
	data, err := model.Encode(tl)
	if err != nil {
		return err
	}
	if *out != "" {
		if err := os.WriteFile(*out, data, 0o644); err != nil {
			return err
		}
	} else if _, err := stdout.Write(data); err != nil {
		return err
	}
	if len(errs) > 0 {
		fmt.Fprintf(stderr, "timeline: %d input(s) rejected, %d article(s) built\n", len(errs), len(arts))
		return errFailed
	}
	return nil
}

// readSamples reads the embedded sample articles.
func readSamples(opt extract.ReadOptions) ([]model.Article, []*extract.ReadError) {
	var (
		arts []model.Article
		errs []*extract.ReadError
	)
	names, _ := fs.Glob(timeline.Samples, "testdata/articles/*.txt")
	for _, name := range names {
		data, err := timeline.Samples.ReadFile(name)
		if err != nil {
			errs = append(errs, &extract.ReadError{Path: name, Reason: err.Error()})
			continue
		}
		id := strings.TrimSuffix(path.Base(name), ".txt")
		a, rerr := extract.ReadText(id, "embedded:"+name, data, opt)
		if rerr != nil {
			errs = append(errs, rerr)
			continue
		}
		arts = append(arts, a)
	}
	return arts, errs
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// progress returns a progress callback that draws a bar on w once the run
// has taken more than a second, and clears it at the end.
func progress(w io.Writer, start time.Time) func(done, total int) {
	shown := false
	return func(done, total int) {
		if !shown && time.Since(start) < time.Second {
			return
		}
		shown = true
		const width = 30
		fill := width * done / max(total, 1)
		fmt.Fprintf(w, "\r[%s%s] %d/%d articles", strings.Repeat("#", fill), strings.Repeat(" ", width-fill), done, total)
		if done == total {
			fmt.Fprint(w, "\r\033[K")
		}
	}
}
