package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/timelinehq/timeline/extract/score"
	"github.com/timelinehq/timeline/model"
)

// runEvalEvents implements `timeline eval events [--json] GOLD TIMELINE`:
// the event precision, recall and F1 of a timeline against a gold timeline,
// and the date, status and participant accuracy of the matched events (see
// score.ScoreEvents for the matching rule).
func runEvalEvents(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval events", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print the report as JSON")
	files, help, err := parseCommand(fs, args)
	if help || err != nil {
		return err
	}
	if len(files) != 2 {
		return fmt.Errorf("%w: timeline eval events [--json] GOLD TIMELINE", errUsage)
	}
	gf, err := os.Open(files[0])
	if err != nil {
		return err
	}
	defer gf.Close()
	gold, err := score.ReadGold(gf)
	if err != nil {
		return fmt.Errorf("%s: %w", files[0], err)
	}
	data, err := os.ReadFile(files[1])
	if err != nil {
		return err
	}
	var tl model.Timeline
	if err := json.Unmarshal(data, &tl); err != nil {
		return fmt.Errorf("%s: %w", files[1], err)
	}
	rep := score.ScoreEvents(gold, &tl)
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	fmt.Fprintf(stdout, "gold %d, predicted %d, matched %d, duplicates %d\n", rep.Gold, rep.Predicted, rep.Matched, rep.Duplicates)
	fmt.Fprintf(stdout, "events  F1 %.4f  P %.4f  R %.4f  (P counting duplicates %.4f)\n", rep.F1, rep.Precision, rep.Recall, rep.PrecisionDup)
	fmt.Fprintf(stdout, "matched date %.4f  status %.4f  participants %.4f\n", rep.DateAccuracy, rep.StatusAccuracy, rep.ParticipantAccuracy)
	fmt.Fprintf(stdout, "missed   %s\n", strings.Join(rep.Missed, " "))
	fmt.Fprintf(stdout, "spurious %s\n", strings.Join(rep.Spurious, " "))
	return nil
}
