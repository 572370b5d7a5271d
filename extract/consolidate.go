package extract

import (
	"slices"

	"github.com/timelinehq/timeline/model"
)

// consolidate merges the event mentions of one document that report the
// same event, and gives each statement its claims.
//
// Statements: those of one speaker are one event per date. A statement
// without time words of its own joins the nearest dated statement of the
// speaker before it, else the speaker's first undated one. Denials (CAMEO 016) are kept apart from other statements.
// Every claim goes to its speaker's statement reported in its sentence, else
// the nearest one before it.
//
// Other events: two mentions are one event when their types agree (past
// talks between the same people as a call are that call), the participants of
// one include those of the other, both are past (occurred, unconfirmed),
// both denied, or both future (planned, possible), and their dates do not
// exclude each other.
func consolidate(evs []eventMention, a *analysis) []eventMention {
	type group struct {
		em    eventMention
		sents []int // byte starts of the sentences of its members
	}
	var stmts, others []*group
	for _, e := range evs {
		g := &group{em: e, sents: []int{e.Start}}
		if e.Type == model.Statement {
			stmts = append(stmts, g)
		} else {
			others = append(others, g)
		}
	}
	dated := func(e eventMention) bool {
		return e.Anchor != nil || e.When.Granularity != model.UnknownGranule
	}
	sameKey := func(x, y eventMention) bool {
		return x.Participants[0] == y.Participants[0] && (x.CAMEO == "016") == (y.CAMEO == "016")
	}
	absorb := func(dst, src *group) {
		for _, p := range src.em.Participants {
			if !slices.Contains(dst.em.Participants, p) {
				dst.em.Participants = append(dst.em.Participants, p)
			}
		}
		if dst.em.Location < 0 {
			dst.em.Location = src.em.Location
		}
		if !dated(dst.em) && dated(src.em) {
			dst.em.When, dst.em.Anchor = src.em.When, src.em.Anchor
		}
		dst.sents = append(dst.sents, src.sents...)
		dst.em.OneSided = dst.em.OneSided && src.em.OneSided
	}
	// Statements: dated ones with the same date first, then the undated.
	var keep []*group
	for _, g := range stmts {
		if !dated(g.em) {
			continue
		}
		merged := false
		for _, k := range keep {
			if sameKey(k.em, g.em) && k.em.When.Value == g.em.When.Value && (k.em.Anchor == nil) == (g.em.Anchor == nil) {
				absorb(k, g)
				merged = true
				break
			}
		}
		if !merged {
			keep = append(keep, g)
		}
	}
	var undatedKeep []*group
	for _, g := range stmts {
		if dated(g.em) {
			continue
		}
		var target *group
		for _, k := range keep { // nearest dated before
			if sameKey(k.em, g.em) && k.em.Start <= g.em.Start && (target == nil || k.em.Start > target.em.Start) {
				target = k
			}
		}
		if target == nil {
			for _, k := range undatedKeep {
				if sameKey(k.em, g.em) {
					target = k
					break
				}
			}
		}
		if target != nil {
			absorb(target, g)
			continue
		}
		undatedKeep = append(undatedKeep, g)
	}
	keep = append(keep, undatedKeep...)
	// Claims to statements.
	for ci, cl := range a.claims {
		if cl.Speaker < 0 {
			continue
		}
		sentStart := a.sents[cl.Sent].Start
		var best *group
		bestPos := -1
		for _, k := range keep {
			if k.em.Participants[0] != cl.Speaker {
				continue
			}
			for _, st := range k.sents {
				if st <= sentStart && st > bestPos {
					best, bestPos = k, st
				}
			}
		}
		if best == nil {
			for _, k := range keep {
				if k.em.Participants[0] == cl.Speaker {
					best = k
					break
				}
			}
		}
		if best != nil {
			best.em.Claims = append(best.em.Claims, ci)
		}
	}
	// Other events.
	future := func(s model.Status) bool { return s == model.Planned || s == model.Possible }
	// An event with no time words reported in a dated statement is bounded
	// by the statement's date: a past one ended by then, a planned one
	// starts no earlier ("On January 31, Trump said they will speak").
	for _, g := range others {
		if dated(g.em) {
			continue
		}
		for _, k := range keep {
			if !dated(k.em) || k.em.Anchor != nil || !slices.Contains(k.sents, g.em.Start) {
				continue
			}
			w := model.When{Granularity: model.UnknownGranule, Basis: k.em.When.Basis, Text: k.em.When.Text}
			if future(g.em.Status) {
				w.Start = k.em.When.Start
			} else {
				w.End = k.em.When.End
			}
			if w.Start != nil || w.End != nil {
				g.em.When = w
			}
			break
		}
	}
	rank := map[model.Status]int{model.Occurred: 0, model.Unconfirmed: 1, model.Denied: 2, model.Possible: 0, model.Planned: 1}
	var okeep []*group
	for _, g := range others {
		merged := false
		for _, k := range okeep {
			typeOK := k.em.Type == g.em.Type ||
				(k.em.Type == model.Call && g.em.Type == model.Talks || k.em.Type == model.Talks && g.em.Type == model.Call) &&
					sameSet(k.em.Participants, g.em.Participants) && !future(k.em.Status)
			if !typeOK || future(k.em.Status) != future(g.em.Status) || (k.em.Status == model.Denied) != (g.em.Status == model.Denied) || !nested(k.em.Participants, g.em.Participants) || !datesMeet(k.em.When, g.em.When) {
				continue
			}
			if g.em.Type == model.Call && k.em.Type == model.Talks {
				k.em.Type, k.em.CAMEO, k.em.Trigger = g.em.Type, g.em.CAMEO, g.em.Trigger
			}
			if rank[g.em.Status] > rank[k.em.Status] {
				k.em.Status = g.em.Status
			}
			absorb(k, g)
			merged = true
			break
		}
		if !merged {
			okeep = append(okeep, g)
		}
	}
	var out []eventMention
	for _, g := range append(keep, okeep...) {
		slices.Sort(g.em.Participants)
		out = append(out, g.em)
	}
	return out
}

// sameSet reports whether a and b hold the same entities.
func sameSet(a, b []int) bool {
	return nested(a, b) && len(a) == len(b)
}

// nested reports whether one of a and b includes the other.
func nested(a, b []int) bool {
	sub := func(x, y []int) bool {
		for _, v := range x {
			if !slices.Contains(y, v) {
				return false
			}
		}
		return true
	}
	return sub(a, b) || sub(b, a)
}

// datesMeet reports whether two times can be the same time: either is
// unknown or their bounds overlap.
func datesMeet(x, y model.When) bool {
	if x.Granularity == model.UnknownGranule || y.Granularity == model.UnknownGranule {
		return true
	}
	if x.Start != nil && y.End != nil && *x.Start > *y.End {
		return false
	}
	if y.Start != nil && x.End != nil && *y.Start > *x.End {
		return false
	}
	return true
}
