package extract

import (
	"strings"

	"github.com/timelinehq/timeline/model"
)

// prepBefore reports whether the noun toks[k] is the head of a phrase
// opened by a preposition within the four words before it ("during their
// regular phone call", "in a conference call").
func prepBefore(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4 && toks[j].Sent == toks[k].Sent; j-- {
		switch t := toks[j].Tag; {
		case t == "IN":
			return true
		case t == "DT" || t == "PRP$" || t == "JJ" || strings.HasPrefix(t, "NN") || t == "POS":
		default:
			return false
		}
	}
	return false
}

// cuesIn returns the effects of the cues (cues.tsv) found in toks[from:to],
// each multi-word cue consuming its words ("would like to" is planned, its
// "would" no longer possible).
func (f *eventFinder) cuesIn(from, to int) []string {
	toks := f.a.toks
	l := lex()
	var out []string
	for j := from; j < to; j++ {
		w := strings.ToLower(toks[j].Norm)
		best := cue{}
		for _, c := range l.cues[w] {
			if j+len(c.Words) > to || len(c.Words) <= len(best.Words) {
				continue
			}
			ok := true
			for i, cw := range c.Words {
				if strings.ToLower(toks[j+i].Norm) != cw {
					ok = false
					break
				}
			}
			if ok {
				best = c
			}
		}
		if best.Effect != "" {
			out = append(out, best.Effect)
			j += len(best.Words) - 1
		}
	}
	return out
}

// has reports whether effs holds e.
func has(effs []string, e string) bool {
	for _, x := range effs {
		if x == e {
			return true
		}
	}
	return false
}

// rejected reports whether the trigger toks[k] does not report an event: it
// is negated ("did not meet", "no talks"), conditional or questioned ("if
// he had spoken", "whether he has spoken"), dismissed, or habitual
// ("has repeatedly stated", "throughout his campaign"). The cues are read in
// the trigger's clause before it (up to eight words); a statement is
// rejected only by a negation just before its verb ("did not specify").
func (f *eventFinder) rejected(k int, statement bool) bool {
	from, _ := f.clauseRange(k)
	from = max(from, k-8)
	if statement {
		near := f.cuesIn(max(from, k-3), k)
		if has(near, "negated") {
			return true
		}
		_, to := f.clauseRange(k)
		return has(f.cuesIn(from, to), "habitual") || f.coordinatedSubject(k)
	}
	// "dismissed the possibility of talks": the negative predicates are cues
	// too (cues.tsv).
	effs := f.cuesIn(from, k)
	return has(effs, "negated") || has(effs, "habitual") && !has(effs, "planned")
}

// coordinatedSubject reports whether the speech verb toks[k] has two
// speakers ("Putin and Trump have both expressed"): a summary, not one
// speech act.
func (f *eventFinder) coordinatedSubject(k int) bool {
	toks := f.a.toks
	j := k - 1
	for j >= 0 && (toks[j].Tag == "VBP" || toks[j].Tag == "VBZ" || toks[j].Tag == "MD" || toks[j].Tag == "RB") {
		if strings.EqualFold(toks[j].Norm, "both") {
			return true
		}
		j--
	}
	return j >= 0 && strings.EqualFold(toks[j].Norm, "both")
}

// status reads the status of the event of type typ whose trigger is
// toks[k] (a call, meeting, talks or visit, or a statement noun such as
// "speech") from the cues of its sentence: "neither confirm nor deny"
// before it gives unconfirmed; a denial after it in the sentence, or before
// it in its clause, denied; "could", "may", "possible" before it in its
// clause possible; "will", "plans", "preparations ... underway" planned. A
// call, meeting or talks named in a phrase of the clause's verb ("during
// their phone call") reads the cues from the clause's start.
func (f *eventFinder) status(k int, typ model.EventType) model.Status {
	toks := f.a.toks
	s := f.a.sents[toks[k].Sent]
	from, to := f.clauseRange(k)
	before := f.cuesIn(max(from, k-8), k)
	// A noun in a phrase of the clause's verb takes the verb's mood from
	// the clause's start: "Cameron will discuss the issue with Obama
	// during their regular phone call on Saturday".
	if typ != model.Statement && len(before) == 0 && strings.HasPrefix(toks[k].Tag, "NN") && prepBefore(toks, k) {
		before = f.cuesIn(from, k)
	}
	inSentBefore := f.cuesIn(s.First, k)
	after := f.cuesIn(k+1, s.Lim)
	// After the trigger only "underway", "scheduled", "arranged" and
	// "planned" plan it ("talks are scheduled", "meetings have been
	// arranged"); "plan" there is a noun ("presented a victory plan").
	planAfter := false
	for j := k + 1; j < to; j++ {
		switch strings.ToLower(toks[j].Norm) {
		case "underway", "scheduled", "arranged", "planned":
			planAfter = true
		}
	}
	switch {
	case has(inSentBefore, "unconfirmed") || has(before, "unconfirmed"):
		return model.Unconfirmed
	case has(after, "denied") || has(before, "denied") || f.deniedThat(k):
		return model.Denied
	case has(before, "possible"):
		return model.Possible
	case has(before, "planned") || planAfter:
		return model.Planned
	}
	return model.Occurred
}

// deniedThat reports whether the trigger toks[k] is in the "that" clause
// of a denial earlier in its sentence: "The ministry denied on Tuesday
// that Lavrov had met Wang Yi" (up to four words between the denial and
// "that"; not past a "but" or a semicolon).
func (f *eventFinder) deniedThat(k int) bool {
	toks := f.a.toks
	s := f.a.sents[toks[k].Sent]
	for j := k - 1; j >= s.First; j-- {
		switch strings.ToLower(toks[j].Norm) {
		case ";", "but":
			return false
		}
		if !has(f.cuesIn(j, j+1), "denied") {
			continue
		}
		for i := j + 1; i < k && i <= j+5; i++ {
			if strings.EqualFold(toks[i].Norm, "that") {
				return true
			}
		}
	}
	return false
}
