package main

import (
	"errors"
	"flag"
	"fmt"
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

// parseCommand parses a subcommand's flags with parseArgs. It reports help
// when -h was given (the caller returns nil: usage was printed) and wraps
// any other error in errUsage.
func parseCommand(fs *flag.FlagSet, args []string) (pos []string, help bool, err error) {
	pos, err = parseArgs(fs, args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		return nil, true, nil
	case err != nil:
		return nil, false, fmt.Errorf("%w: %v", errUsage, err)
	}
	return pos, false, nil
}
