package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/timelinehq/timeline/extract/timex"
)

// runTag implements `timeline tag [-o OUTDIR] [--published DATE] FILE...`:
// TimeML files are tagged into OUTDIR under their own names; with
// --published, plain text files are printed as TimeML on stdout. With
// several files each failure is reported on stderr and the others are
// still processed.
func runTag(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("tag", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "", "write the tagged TimeML files to `OUTDIR`")
	published := fs.String("published", "", "treat the files as plain text published on `DATE` (YYYY-MM-DD) and print TimeML")
	files, help, err := parseCommand(fs, args)
	if help || err != nil {
		return err
	}
	if *published != "" {
		if _, err := time.Parse("2006-01-02", *published); err != nil {
			return fmt.Errorf("%w: --published %q is not a YYYY-MM-DD date", errUsage, *published)
		}
		if len(files) == 0 {
			files = []string{"-"}
		}
	} else if *out == "" || len(files) == 0 {
		return fmt.Errorf("%w: timeline tag -o OUTDIR FILE.tml... | timeline tag --published DATE FILE...", errUsage)
	}
	if *out != "" {
		if err := os.MkdirAll(*out, 0o755); err != nil {
			return err
		}
	}
	var tg timex.Tagger
	var failed []string
	for _, f := range files {
		var err error
		if *published != "" {
			err = tagPlain(&tg, f, *published, stdin, stdout)
		} else {
			err = tagTimeML(&tg, f, *out)
		}
		if err != nil {
			fmt.Fprintf(stderr, "timeline: %s: %v\n", f, err)
			failed = append(failed, f)
		}
	}
	if len(failed) > 0 {
		return fmt.Errorf("%d of %d files failed: %s", len(failed), len(files), strings.Join(failed, ", "))
	}
	return nil
}

// tagPlain prints plain text file f (or stdin for "-") as TimeML.
func tagPlain(tg *timex.Tagger, f, dct string, stdin io.Reader, stdout io.Writer) error {
	var data []byte
	var err error
	if f == "-" {
		data, err = io.ReadAll(stdin)
	} else {
		data, err = os.ReadFile(f)
	}
	if err != nil {
		return err
	}
	text := strings.ReplaceAll(string(data), "\r\n", "\n")
	return timex.WritePlainTimeML(stdout, text, dct, tg.Tag(text, dct))
}

// tagTimeML tags TimeML file f into dir.
func tagTimeML(tg *timex.Tagger, f, dir string) error {
	data, err := os.ReadFile(f)
	if err != nil {
		return err
	}
	doc, err := timex.ReadTimeML(bytes.NewReader(data))
	if err != nil {
		return err
	}
	if doc.DCT == "" {
		return errors.New("no creation date in <DCT>")
	}
	var b bytes.Buffer
	if err := timex.WriteTimeML(&b, doc, tg.Tag(doc.Text, doc.DCT)); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, filepath.Base(f)), b.Bytes(), 0o644)
}
