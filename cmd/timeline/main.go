// Timeline builds a merged, dated and sourced timeline of events from news
// articles, as JSON, and checks, compares and scores such timelines.
//
// Usage:
//
//	timeline build [flags] [PATH...]     build a timeline (no PATH: the embedded samples)
//	timeline validate FILE...            check timeline JSON files against the schema
//	timeline diff [--json] OLD NEW       show what changed between two timelines
//	timeline tag [flags] FILE...         tag time expressions (TimeML)
//	timeline eval timex GOLD_DIR PRED_DIR     score time expressions (TempEval-3)
//	timeline eval events GOLD TIMELINE        score events against a gold timeline
//	timeline eval meantime DIR                score statements and speakers on MEANTIME
//
// Run "timeline COMMAND -h" for the flags of a command.
//
// Exit status: 0 on success; 1 when some input could not be read (build), a
// file is invalid (validate) or the timelines differ (diff); 2 for a usage
// error or a failure.
package main

import (
	"errors"
	"fmt"
	"io"
	"log"
	"os"
)

func main() {
	log.SetPrefix("timeline: ")
	log.SetFlags(0)
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

const usage = `usage: timeline COMMAND [ARGS]

Commands:
  build [flags] [PATH...]      build a timeline from articles (no PATH: the embedded samples)
  validate FILE...             check timeline JSON files against the schema
  diff [--json] OLD NEW        show what changed between two timelines
  tag [flags] FILE...          tag time expressions in TimeML or plain text
  eval timex GOLD_DIR PRED_DIR score time expressions (TempEval-3 Task A)
  eval events GOLD TIMELINE    score a timeline against a gold timeline
  eval meantime DIR            score statements and speakers on MEANTIME

Run "timeline COMMAND -h" for the flags of a command.
`

// errFailed reports that the command already printed its problems and
// must exit 1.
var errFailed = errors.New("failed")

// run runs the command line args and returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	var err error
	switch cmd, rest := args[0], args[1:]; cmd {
	case "build":
		err = runBuild(rest, stdin, stdout, stderr)
	case "validate":
		err = runValidate(rest, stdin, stdout, stderr)
	case "diff":
		differ, derr := runDiff(rest, stdout, stderr)
		if derr == nil && differ {
			return 1
		}
		err = derr
	case "tag":
		err = runTag(rest, stdin, stdout, stderr)
	case "eval":
		err = runEval(rest, stdout, stderr)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	default:
		fmt.Fprintf(stderr, "timeline: unknown command %q\n%s", cmd, usage)
		return 2
	}
	return exitStatus(err, stderr)
}

// runEval dispatches the eval subcommands.
func runEval(args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return fmt.Errorf("%w: timeline eval timex|events|meantime ...", errUsage)
	}
	switch args[0] {
	case "timex":
		return runEvalTimex(args[1:], stdout, stderr)
	case "events":
		return runEvalEvents(args[1:], stdout, stderr)
	case "meantime":
		return runEvalMeantime(args[1:], stdout, stderr)
	}
	return fmt.Errorf("%w: unknown eval %q", errUsage, args[0])
}

// exitStatus prints err (unless the command printed it already) and maps it
// to an exit status.
func exitStatus(err error, stderr io.Writer) int {
	switch {
	case err == nil:
		return 0
	case errors.Is(err, errFailed):
		return 1
	case errors.Is(err, errUsage):
		fmt.Fprintf(stderr, "timeline: %v\n", err)
		return 2
	default:
		fmt.Fprintf(stderr, "timeline: %v\n", err)
		return 2
	}
}
