package main

import (
	"errors"
	"flag"
)

// errUsage is wrapped by the errors that come from a bad command line; the
// caller prints usage and exits 2.
var errUsage = errors.New("usage")

// parseArgs parses fs over args allowing flags after the positional
// arguments ("GOLD PRED --errors"), and returns the positional ones.
func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if rest[0] == "--" {
			return append(pos, rest[1:]...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}
