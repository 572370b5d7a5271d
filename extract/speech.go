package extract

import (
	"fmt"

	"github.com/timelinehq/timeline/model"
)

// SpeechAct is one verb of saying found in an article, before statements
// are grouped into events: what the evaluation on MEANTIME compares with its
// speech event mentions (timeline eval meantime).
type SpeechAct struct {
	// Start and End are the byte span of the verb in the article text.
	Start, End int
	// Speaker is the name of who speaks, or "" when unknown.
	Speaker string
	// SpeakerSpans are the byte spans of the speaker's mentions in the text.
	SpeakerSpans [][2]int
}

// SpeechActs returns every verb of saying of an article outside quotations
// (headlines included), with its speaker, as the statement stage reads it (negated and habitual
// ones included: they are speech events too, only not dated ones).
func SpeechActs(art model.Article) ([]SpeechAct, error) {
	m, err := loadModels()
	if err != nil {
		return nil, fmt.Errorf("loading language models: %w", err)
	}
	a := analyse(art, m)
	f := newEventFinder(a)
	var out []SpeechAct
	for si, s := range a.sents {
		for k := s.First; k < s.Lim; k++ {
			t := a.toks[k]
			if f.c.inQuote(t.Start) || !isSpeechVerb(t) || isAsideSay(a.toks, k) {
				continue
			}
			act := SpeechAct{Start: t.Start, End: t.End}
			if spk := f.speakerOf(si, k, false); spk >= 0 {
				act.Speaker = a.ents[spk].Name
				for _, m := range a.ents[spk].Mentions {
					act.SpeakerSpans = append(act.SpeakerSpans, [2]int{m.Start, m.End})
				}
			}
			out = append(out, act)
		}
	}
	return out, nil
}
