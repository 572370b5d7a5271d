package score

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/timelinehq/timeline/model"
)

// Gold is a gold timeline: the events a careful reader lists, in the
// format of testdata/gold/*.events.json.
type Gold struct {
	// Format is "timeline-gold-events/v1".
	Format string `json:"format"`
	// About says how the gold was made.
	About string `json:"about"`
	// Events are the gold events.
	Events []GoldEvent `json:"events"`
}

// GoldEvent is one event of a gold timeline.
type GoldEvent struct {
	// ID names the gold event ("g01").
	ID string `json:"id"`
	// Type is statement, call, meeting, talks, visit or other.
	Type model.EventType `json:"type"`
	// Status is the status a reader gives the event.
	Status model.Status `json:"status"`
	// Start and End are inclusive YYYY-MM-DD bounds, nil when open.
	Start *string `json:"start"`
	End   *string `json:"end"`
	// Participants must all be among the event's participants.
	Participants []string `json:"participants"`
	// OptionalParticipants may be among them too.
	OptionalParticipants []string `json:"optional_participants"`
	// Sources are the IDs of the documents that report the event.
	Sources []string `json:"sources"`
	// Description says in a few words what happened.
	Description string `json:"description"`
}

// ReadGold decodes a gold timeline, rejecting unknown fields.
func ReadGold(r io.Reader) (Gold, error) {
	var g Gold
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&g); err != nil {
		return Gold{}, err
	}
	if g.Format != "timeline-gold-events/v1" {
		return Gold{}, fmt.Errorf("gold format %q, want %q", g.Format, "timeline-gold-events/v1")
	}
	return g, nil
}

// Report is the result of ScoreEvents.
type Report struct {
	Gold      int `json:"gold"`      // gold events
	Predicted int `json:"predicted"` // timeline events of the gold's types whose sources include a gold document
	Matched   int `json:"matched"`   // one-to-one matches
	// Duplicates counts unmatched predicted events that satisfy the matching
	// rule with an already matched gold event: the same event reported twice
	// (a merging fault rather than an invented event).
	Duplicates int     `json:"duplicates"`
	Precision  float64 `json:"precision"` // Matched / Predicted
	Recall     float64 `json:"recall"`    // Matched / Gold
	F1         float64 `json:"f1"`
	// PrecisionDup counts duplicates as correct: (Matched+Duplicates) / Predicted.
	PrecisionDup float64 `json:"precision_with_duplicates"`
	// Accuracies over the matched events.
	DateAccuracy        float64 `json:"date_accuracy"`
	StatusAccuracy      float64 `json:"status_accuracy"`
	ParticipantAccuracy float64 `json:"participant_accuracy"`
	// Pairs lists the matches; Missed the unmatched gold events; Spurious
	// the unmatched predicted events (not duplicates).
	Pairs    []Pair   `json:"pairs"`
	Missed   []string `json:"missed"`
	Spurious []string `json:"spurious"`
}

// Pair is one matched gold and predicted event, with what was right.
type Pair struct {
	Gold         string `json:"gold"`
	Event        string `json:"event"`
	Date         bool   `json:"date"`
	Status       bool   `json:"status"`
	Participants bool   `json:"participants"`
}

// ScoreEvents scores the events of tl against the gold.
//
// Matching rule: a timeline event E matches a gold event G when
//
//  1. they have the same type;
//  2. they share a source document (a document of E's sources is in G's);
//  3. they share a participant: one of E's participants has as name or
//     alias (ignoring case) a name of G's participants or optional
//     participants;
//  4. their dates overlap: E's [start, end] meets G's [start, end], a nil
//     bound being open.
//
// Pairs are made one to one, greedily, best first: more shared sources,
// then more shared participants, then equal status, then right date, then
// gold order and timeline order. Only the timeline events of the gold's types that cite a
// gold document are counted as predicted.
//
// On the matched pairs: the date is right when E's bounds lie within G's
// (a nil bound of G is open; a nil bound of E is right only when G's is nil
// too), the status when it is equal, the participants when every gold
// participant is among E's and every participant of E is a gold or optional
// participant.
func ScoreEvents(g Gold, tl *model.Timeline) Report {
	names := entityNames(tl)
	docs := map[string]bool{}
	types := map[model.EventType]bool{}
	for _, ge := range g.Events {
		types[ge.Type] = true
		for _, s := range ge.Sources {
			docs[s] = true
		}
	}
	var preds []model.Event
	for _, e := range tl.Events {
		if !types[e.Type] {
			continue
		}
		for _, s := range e.Sources {
			if docs[s.Document] {
				preds = append(preds, e)
				break
			}
		}
	}
	type cand struct {
		gi, pi              int
		srcs, parts, st, ex int
	}
	var cands []cand
	for gi, ge := range g.Events {
		for pi, pe := range preds {
			if ok, srcs, parts := matches(ge, pe, names); ok {
				ex := 0
				if dateRight(ge, pe) {
					ex = 1
				}
				st := 0
				if ge.Status == pe.Status {
					st = 1
				}
				cands = append(cands, cand{gi, pi, srcs, parts, st, ex})
			}
		}
	}
	slices.SortStableFunc(cands, func(a, b cand) int {
		switch {
		case a.srcs != b.srcs:
			return b.srcs - a.srcs
		case a.parts != b.parts:
			return b.parts - a.parts
		case a.st != b.st:
			return b.st - a.st
		case a.ex != b.ex:
			return b.ex - a.ex
		case a.gi != b.gi:
			return a.gi - b.gi
		}
		return a.pi - b.pi
	})
	r := Report{Gold: len(g.Events), Predicted: len(preds), Pairs: []Pair{}, Missed: []string{}, Spurious: []string{}}
	gUsed := make([]bool, len(g.Events))
	pUsed := make([]bool, len(preds))
	for _, c := range cands {
		if gUsed[c.gi] || pUsed[c.pi] {
			continue
		}
		gUsed[c.gi], pUsed[c.pi] = true, true
		ge, pe := g.Events[c.gi], preds[c.pi]
		p := Pair{Gold: ge.ID, Event: pe.ID, Date: dateRight(ge, pe), Status: ge.Status == pe.Status, Participants: participantsRight(ge, pe, names)}
		r.Pairs = append(r.Pairs, p)
	}
	slices.SortFunc(r.Pairs, func(a, b Pair) int { return strings.Compare(a.Gold, b.Gold) })
	dup := make([]bool, len(preds))
	for _, c := range cands {
		if !pUsed[c.pi] && gUsed[c.gi] {
			dup[c.pi] = true
		}
	}
	for gi, ge := range g.Events {
		if !gUsed[gi] {
			r.Missed = append(r.Missed, ge.ID)
		}
	}
	for pi, pe := range preds {
		switch {
		case pUsed[pi]:
		case dup[pi]:
			r.Duplicates++
		default:
			r.Spurious = append(r.Spurious, pe.ID)
		}
	}
	r.Matched = len(r.Pairs)
	r.Precision = ratio(r.Matched, r.Predicted)
	r.PrecisionDup = ratio(r.Matched+r.Duplicates, r.Predicted)
	r.Recall = ratio(r.Matched, r.Gold)
	if r.Precision+r.Recall > 0 {
		r.F1 = 2 * r.Precision * r.Recall / (r.Precision + r.Recall)
	}
	var d, s, p int
	for _, pr := range r.Pairs {
		d += b2i(pr.Date)
		s += b2i(pr.Status)
		p += b2i(pr.Participants)
	}
	r.DateAccuracy = ratio(d, r.Matched)
	r.StatusAccuracy = ratio(s, r.Matched)
	r.ParticipantAccuracy = ratio(p, r.Matched)
	return r
}

// entityNames maps each entity ID to its lower-case name and aliases.
func entityNames(tl *model.Timeline) map[string][]string {
	out := map[string][]string{}
	for _, e := range tl.Entities {
		ns := []string{strings.ToLower(e.Name)}
		for _, a := range e.Aliases {
			ns = append(ns, strings.ToLower(a))
		}
		out[e.ID] = ns
	}
	return out
}

// matches applies the matching rule and returns the number of shared
// sources and participants.
func matches(ge GoldEvent, pe model.Event, names map[string][]string) (bool, int, int) {
	if ge.Type != pe.Type {
		return false, 0, 0
	}
	srcs := 0
	seen := map[string]bool{}
	for _, s := range pe.Sources {
		if !seen[s.Document] && slices.Contains(ge.Sources, s.Document) {
			srcs++
		}
		seen[s.Document] = true
	}
	if srcs == 0 {
		return false, 0, 0
	}
	parts := 0
	for _, gp := range slices.Concat(ge.Participants, ge.OptionalParticipants) {
		if hasParticipant(pe, gp, names) {
			parts++
		}
	}
	if parts == 0 {
		return false, 0, 0
	}
	if !overlap(ge.Start, ge.End, pe.When.Start, pe.When.End) {
		return false, 0, 0
	}
	return true, srcs, parts
}

// hasParticipant reports whether one of pe's participants is called name.
func hasParticipant(pe model.Event, name string, names map[string][]string) bool {
	name = strings.ToLower(name)
	for _, id := range pe.Participants {
		if slices.Contains(names[id], name) {
			return true
		}
	}
	return false
}

// isNamed reports whether entity id is called one of ns.
func isNamed(id string, ns []string, names map[string][]string) bool {
	for _, n := range ns {
		if slices.Contains(names[id], strings.ToLower(n)) {
			return true
		}
	}
	return false
}

// overlap reports whether [s1, e1] and [s2, e2] meet, nil bounds open.
func overlap(s1, e1, s2, e2 *string) bool {
	if s1 != nil && e2 != nil && *s1 > *e2 {
		return false
	}
	if s2 != nil && e1 != nil && *s2 > *e1 {
		return false
	}
	return true
}

// dateRight reports whether the event's bounds lie within the gold's.
func dateRight(ge GoldEvent, pe model.Event) bool {
	within := func(g, p *string, lower bool) bool {
		if g == nil {
			return true
		}
		if p == nil {
			return false
		}
		if lower {
			return *p >= *g
		}
		return *p <= *g
	}
	return within(ge.Start, pe.When.Start, true) && within(ge.End, pe.When.End, false)
}

// participantsRight reports whether the event has every gold participant and
// nobody outside the gold and optional participants.
func participantsRight(ge GoldEvent, pe model.Event, names map[string][]string) bool {
	for _, gp := range ge.Participants {
		if !hasParticipant(pe, gp, names) {
			return false
		}
	}
	all := slices.Concat(ge.Participants, ge.OptionalParticipants)
	for _, id := range pe.Participants {
		if !isNamed(id, all, names) {
			return false
		}
	}
	return true
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
