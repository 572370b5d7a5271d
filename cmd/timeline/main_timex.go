// TEMPORARY: this file exists only so that the timex branch can run its two
// commands on its own. Delete it when merging: the real main dispatches to
// runTag and runEvalTimex.
package main

import (
	"errors"
	"fmt"
	"log"
	"os"
)

func main() {
	log.SetPrefix("timeline: ")
	log.SetFlags(0)
	args := os.Args[1:]
	var err error
	switch {
	case len(args) >= 1 && args[0] == "tag":
		err = runTag(args[1:], os.Stdin, os.Stdout, os.Stderr)
	case len(args) >= 2 && args[0] == "eval" && args[1] == "timex":
		err = runEvalTimex(args[2:], os.Stdout, os.Stderr)
	default:
		err = fmt.Errorf("%w: timeline tag ... | timeline eval timex ...", errUsage)
	}
	if errors.Is(err, errUsage) {
		log.Print(err)
		os.Exit(2)
	}
	if err != nil {
		log.Fatal(err)
	}
}
