package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/timelinehq/timeline/schema"
)

// runValidate implements "timeline validate FILE...": each file (- for
// standard input) is checked against the timeline schema; every invalid
// file is reported and the status is 1 if any was.
func runValidate(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("validate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: timeline validate FILE...\n\nChecks timeline JSON files (- for standard input) against the timeline/v1 schema\nand the references between their parts.\n")
	}
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return nil
		}
		return fmt.Errorf("%w: validate: %v", errUsage, err)
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return fmt.Errorf("%w: validate: no file given", errUsage)
	}
	bad := 0
	for _, name := range fs.Args() {
		var r io.Reader = stdin
		if name != "-" {
			f, err := os.Open(name)
			if err != nil {
				fmt.Fprintf(stderr, "timeline: %s: %v\n", name, unwrapPathError(err))
				bad++
				continue
			}
			r = f
			defer f.Close()
		}
		if err := schema.Validate(r); err != nil {
			fmt.Fprintf(stderr, "timeline: %s: %v\n", name, err)
			bad++
			continue
		}
		fmt.Fprintf(stdout, "%s: valid timeline/v1\n", name)
	}
	if bad > 0 {
		return errFailed
	}
	return nil
}

// unwrapPathError drops the path from an *os.PathError, which the caller
// prints itself.
func unwrapPathError(err error) string {
	if pe, ok := err.(*os.PathError); ok {
		return strings.TrimSpace(pe.Err.Error())
	}
	return err.Error()
}
