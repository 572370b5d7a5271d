package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"

	"github.com/timelinehq/timeline/extract/score"
)

// runEvalMeantime implements `timeline eval meantime [--json] DIR`: statement
// detection and speaker attribution scored against the MEANTIME corpus in
// DIR (its SPEECH_COGNITIVE event mentions whose predicate is a verb of
// saying, and their Arg0 participants; see score.ScoreMeantime).
func runEvalMeantime(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval meantime", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print the report as JSON")
	dirs, help, err := parseCommand(fs, args)
	if help || err != nil {
		return err
	}
	if len(dirs) != 1 {
		return fmt.Errorf("%w: timeline eval meantime [--json] DIR", errUsage)
	}
	docs, err := score.ReadMeantime(dirs[0])
	if err != nil {
		return err
	}
	if len(docs) == 0 {
		return fmt.Errorf("%s: no MEANTIME .xml files", dirs[0])
	}
	rep, err := score.ScoreMeantime(docs)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	fmt.Fprintf(stdout, "documents %d, gold statements %d, predicted %d\n", rep.Documents, rep.Gold, rep.Predicted)
	fmt.Fprintf(stdout, "statements  F1 %.4f  P %.4f  R %.4f\n", rep.F1, rep.Precision, rep.Recall)
	fmt.Fprintf(stdout, "speaker accuracy %.4f  (%d of %d with an Arg0)\n", rep.SpeakerAccuracy, rep.SpeakerRight, rep.WithA0)
	return nil
}
