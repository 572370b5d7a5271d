package extract

import (
	"strings"

	"github.com/timelinehq/timeline/model"
)

// trigger is an entry of triggers.tsv: a word or phrase that signals an
// event of a type.
type trigger struct {
	Words []string // lower case
	Noun  bool     // a noun ("call", "summit"); else a verb
	Type  model.EventType
	CAMEO string
}

// speechVerb is a verb of saying: a statement trigger used as a verb.
type speechVerb struct {
	CAMEO string
}

// cue is an entry of cues.tsv.
type cue struct {
	Words  []string
	Effect string // planned, possible, denied, unconfirmed, negated, habitual
}

// loadTriggers reads triggers.tsv and cues.tsv into l.
func loadTriggers(l *lexicon) {
	for _, f := range dataLines("data/triggers.tsv") {
		t := trigger{Words: strings.Fields(f[0]), Noun: f[1] == "noun", Type: model.EventType(f[2]), CAMEO: f[3]}
		key := f[1] + " " + f[0]
		l.triggers[key] = t
		if !t.Noun && t.Type == model.Statement {
			l.speech[f[0]] = speechVerb{CAMEO: t.CAMEO}
		}
	}
	for _, f := range dataLines("data/cues.tsv") {
		c := cue{Words: strings.Fields(f[0]), Effect: f[1]}
		// "'ll" is one token in prose ("we'll" splits as "we" "'ll").
		l.cues[c.Words[0]] = append(l.cues[c.Words[0]], c)
	}
	for _, f := range dataLines("data/speech.txt") {
		l.speech[f[0]] = speechVerb{CAMEO: "010"}
	}
}

// triggerAt returns the trigger that starts at toks[i] (the longest one),
// its length in tokens, and whether there is one. The part of speech of the
// token decides between the verb and the noun entry ("talks" the noun,
// "talks" the verb).
func triggerAt(toks []token, i int) (trigger, int, bool) {
	l := lex()
	noun := strings.HasPrefix(toks[i].Tag, "NN")
	// After a preposition, determiner, adjective or possessive a word is a
	// noun whatever its tag ("preparations are underway for talks").
	if i > 0 {
		switch toks[i-1].Tag {
		case "IN", "DT", "JJ", "PRP$", "POS", "CD":
			noun = true
		}
	}
	kind := "verb "
	if noun {
		kind = "noun "
	}
	for n := 3; n >= 1; n-- {
		if i+n > len(toks) {
			continue
		}
		w := make([]string, n)
		for k := range n {
			w[k] = strings.ToLower(toks[i+k].Norm)
		}
		if t, ok := l.triggers[kind+strings.Join(w, " ")]; ok {
			return t, n, true
		}
	}
	return trigger{}, 0, false
}

// isSpeechVerb reports whether the token is a verb of saying.
func isSpeechVerb(t token) bool {
	if !strings.HasPrefix(t.Tag, "VB") {
		return false
	}
	_, ok := lex().speech[strings.ToLower(t.Norm)]
	return ok
}

// isAsideSay reports whether toks[k] is "say" set off by commas as an
// aside ("in, say, New York"): a discourse marker, not a speech act.
func isAsideSay(toks []token, k int) bool {
	return strings.EqualFold(toks[k].Norm, "say") && k > 0 && k+1 < len(toks) && toks[k-1].Norm == "," && toks[k+1].Norm == ","
}
