package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/timelinehq/timeline/extract/timex"
)

// runEvalTimex implements `timeline eval timex [--json] [--errors] GOLD_DIR
// PRED_DIR`: the TempEval-3 Task A scores of the .tml files of PRED_DIR
// against those of GOLD_DIR with the same names.
func runEvalTimex(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval timex", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print the report as JSON")
	withErrors := fs.Bool("errors", false, "list every missed, spurious or wrong timex")
	dirs, help, err := parseCommand(fs, args)
	if help || err != nil {
		return err
	}
	if len(dirs) != 2 {
		return fmt.Errorf("%w: timeline eval timex [--json] [--errors] GOLD_DIR PRED_DIR", errUsage)
	}
	gold, err := readDir(dirs[0])
	if err != nil {
		return err
	}
	if len(gold) == 0 {
		return fmt.Errorf("%s: no .tml files", dirs[0])
	}
	pred, err := readDir(dirs[1])
	if err != nil {
		return err
	}
	rep := timex.Score(gold, pred)
	if !*withErrors {
		rep.Errors = nil
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	for _, p := range rep.Problems {
		fmt.Fprintf(stderr, "timeline: %s\n", p)
	}
	fmt.Fprintf(stdout, "documents %d, gold %d, system %d\n", rep.Docs, rep.Gold, rep.Pred)
	fmt.Fprintf(stdout, "strict   F1 %.4f  P %.4f  R %.4f  (%d)\n", rep.StrictPRF.F1, rep.StrictPRF.P, rep.StrictPRF.R, rep.Strict)
	fmt.Fprintf(stdout, "relaxed  F1 %.4f  P %.4f  R %.4f  (%d)\n", rep.RelaxedPRF.F1, rep.RelaxedPRF.P, rep.RelaxedPRF.R, rep.Relaxed)
	fmt.Fprintf(stdout, "type     F1 %.4f  accuracy %.4f  (%d)\n", rep.TypeF1, rep.TypeAccuracy, rep.TypeCorrect)
	fmt.Fprintf(stdout, "value    F1 %.4f  accuracy %.4f  (%d)\n", rep.ValueF1, rep.ValueAccuracy, rep.ValueCorrect)
	for _, e := range rep.Errors {
		fmt.Fprintf(stdout, "%s\t%s:%d\tgold %q %s %s\tpred %q %s %s\n", e.Kind, e.Doc, e.Offset,
			e.GoldText, e.GoldType, e.GoldValue, e.PredText, e.PredType, e.PredValue)
	}
	return nil
}

// readDir reads every .tml file of dir, keyed by file name.
func readDir(dir string) (map[string]*timex.TimeMLDoc, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	docs := map[string]*timex.TimeMLDoc{}
	for _, e := range ents {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".tml") {
			continue
		}
		p := filepath.Join(dir, e.Name())
		f, err := os.Open(p)
		if err != nil {
			return nil, err
		}
		d, err := timex.ReadTimeML(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		docs[e.Name()] = d
	}
	return docs, nil
}
