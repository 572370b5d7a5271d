package timex

import (
	"slices"
	"strings"
)

// PRF is a precision, recall and F1 triple.
type PRF struct {
	P, R, F1 float64
}

// Report is the TempEval-3 Task A score of a system against gold.
type Report struct {
	Docs          int          `json:"docs"`
	Gold          int          `json:"gold"`           // gold TIMEX3 in TEXT
	Pred          int          `json:"pred"`           // system TIMEX3 in TEXT
	Relaxed       int          `json:"relaxed_match"`  // matched pairs with overlapping extents
	Strict        int          `json:"strict_match"`   // matched pairs with identical trimmed extents
	TypeCorrect   int          `json:"type_correct"`   // relaxed pairs with the same type
	ValueCorrect  int          `json:"value_correct"`  // relaxed pairs with the same value
	StrictPRF     PRF          `json:"strict"`         // strict extent P/R/F1
	RelaxedPRF    PRF          `json:"relaxed"`        // relaxed extent P/R/F1
	TypeAccuracy  float64      `json:"type_accuracy"`  // TypeCorrect / Relaxed
	ValueAccuracy float64      `json:"value_accuracy"` // ValueCorrect / Relaxed
	TypeF1        float64      `json:"type_f1"`        // TypeAccuracy x relaxed F1
	ValueF1       float64      `json:"value_f1"`       // ValueAccuracy x relaxed F1
	Errors        []ScoreError `json:"errors"`         // one per missed, spurious or wrong timex
	Problems      []string     `json:"problems"`       // documents that could not be compared as they are
}

// ScoreError is one difference between gold and system.
type ScoreError struct {
	Doc       string `json:"doc"`
	Kind      string `json:"kind"` // "missed" | "spurious" | "extent" | "type" | "value"
	Offset    int    `json:"offset"`
	GoldText  string `json:"gold_text,omitempty"`
	GoldType  string `json:"gold_type,omitempty"`
	GoldValue string `json:"gold_value,omitempty"`
	PredText  string `json:"pred_text,omitempty"`
	PredType  string `json:"pred_type,omitempty"`
	PredValue string `json:"pred_value,omitempty"`
}

// Score computes the TempEval-3 Task A scores of pred against gold, both
// keyed by document name, micro-averaged over the gold documents (see
// shared/corpora/tempeval3/REFERENCE_SCORES.md). A gold timex matches at
// most one system timex: gold timexes are taken in order and each takes the
// unused system timex with the largest overlap (the earliest on a tie).
// Extents are compared on characters of the untagged TEXT; strict matches
// compare the extents with surrounding white space trimmed.
func Score(gold, pred map[string]*TimeMLDoc) Report {
	var rep Report
	names := make([]string, 0, len(gold))
	for n := range gold {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, name := range names {
		g := gold[name]
		p := pred[name]
		rep.Docs++
		var ptags []Timex
		if p == nil {
			rep.Problems = append(rep.Problems, name+": no system document")
		} else {
			ptags = p.Tags
			if p.Text != g.Text {
				rep.Problems = append(rep.Problems, name+": system TEXT differs from gold TEXT")
			}
		}
		scoreDoc(&rep, name, g.Text, g.Tags, ptags)
	}
	rep.StrictPRF = prf(rep.Strict, rep.Pred, rep.Gold)
	rep.RelaxedPRF = prf(rep.Relaxed, rep.Pred, rep.Gold)
	if rep.Relaxed > 0 {
		rep.TypeAccuracy = float64(rep.TypeCorrect) / float64(rep.Relaxed)
		rep.ValueAccuracy = float64(rep.ValueCorrect) / float64(rep.Relaxed)
	}
	rep.TypeF1 = rep.TypeAccuracy * rep.RelaxedPRF.F1
	rep.ValueF1 = rep.ValueAccuracy * rep.RelaxedPRF.F1
	return rep
}

func prf(match, pred, gold int) PRF {
	var r PRF
	if pred > 0 {
		r.P = float64(match) / float64(pred)
	}
	if gold > 0 {
		r.R = float64(match) / float64(gold)
	}
	if r.P+r.R > 0 {
		r.F1 = 2 * r.P * r.R / (r.P + r.R)
	}
	return r
}

// trimmed returns the span [a, b) of text without surrounding white space.
func trimmed(text string, a, b int) (int, int) {
	if a < 0 || b > len(text) || a > b {
		return a, b
	}
	s := text[a:b]
	l := len(s) - len(strings.TrimLeft(s, " \t\r\n"))
	r := len(strings.TrimRight(s, " \t\r\n"))
	if r < l {
		return a, a
	}
	return a + l, a + r
}

func scoreDoc(rep *Report, name, text string, gold, pred []Timex) {
	rep.Gold += len(gold)
	rep.Pred += len(pred)
	used := make([]bool, len(pred))
	for _, g := range gold {
		best, bestOv := -1, 0
		for k, p := range pred {
			if used[k] {
				continue
			}
			ov := min(g.End, p.End) - max(g.Start, p.Start)
			if ov > bestOv {
				best, bestOv = k, ov
			}
		}
		e := ScoreError{Doc: name, Offset: g.Start, GoldText: g.Text, GoldType: g.Type, GoldValue: g.Value}
		if best < 0 {
			e.Kind = "missed"
			rep.Errors = append(rep.Errors, e)
			continue
		}
		used[best] = true
		p := pred[best]
		e.PredText, e.PredType, e.PredValue = p.Text, p.Type, p.Value
		rep.Relaxed++
		ga, gb := trimmed(text, g.Start, g.End)
		pa, pb := trimmed(text, p.Start, p.End)
		strict := ga == pa && gb == pb
		if strict {
			rep.Strict++
		}
		if g.Type == p.Type {
			rep.TypeCorrect++
		}
		if g.Value == p.Value {
			rep.ValueCorrect++
		}
		switch {
		case g.Value != p.Value:
			e.Kind = "value"
		case g.Type != p.Type:
			e.Kind = "type"
		case !strict:
			e.Kind = "extent"
		default:
			continue
		}
		rep.Errors = append(rep.Errors, e)
	}
	for k, p := range pred {
		if !used[k] {
			rep.Errors = append(rep.Errors, ScoreError{Doc: name, Kind: "spurious", Offset: p.Start,
				PredText: p.Text, PredType: p.Type, PredValue: p.Value})
		}
	}
}
