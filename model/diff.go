package model

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// DiffSchemaVersion is the value of TimelineDiff.Schema.
const DiffSchemaVersion = "timeline-diff/v1"

// TimelineDiff is what changed from one timeline to another. Events and
// entities are matched by ID (stable IDs are what make this meaningful),
// and an event or entity whose ID changed is matched by the sources or
// names it kept (see matchRenamed); documents by ID. Diagnostics are not compared.
type TimelineDiff struct {
	// Schema is always DiffSchemaVersion.
	Schema string `json:"schema"`
	// Documents lists the documents added, removed and changed (their text changed).
	Documents DocumentDiff `json:"documents"`
	// AddedEvents are the events only in the new timeline, in timeline order.
	AddedEvents []EventHeader `json:"added_events"`
	// RemovedEvents are the events only in the old timeline, in timeline order.
	RemovedEvents []EventHeader `json:"removed_events"`
	// ChangedEvents are the events in both that differ, in the new timeline's order.
	ChangedEvents []EventChange `json:"changed_events"`
	// AddedEntities are the entities only in the new timeline, by ID.
	AddedEntities []EntityHeader `json:"added_entities"`
	// RemovedEntities are the entities only in the old timeline, by ID.
	RemovedEntities []EntityHeader `json:"removed_entities"`
	// ChangedEntities are the entities in both that differ, by ID.
	ChangedEntities []EntityChange `json:"changed_entities"`
}

// DocumentDiff lists documents by ID, each list sorted.
type DocumentDiff struct {
	// Added are the documents only in the new timeline.
	Added []string `json:"added"`
	// Removed are the documents only in the old timeline.
	Removed []string `json:"removed"`
	// Changed are the documents in both whose text (SHA-256) differs.
	Changed []string `json:"changed"`
}

// EventHeader is the one-line description of an event in a diff.
type EventHeader struct {
	// ID is the event ID.
	ID string `json:"id"`
	// Type is the event type.
	Type EventType `json:"type"`
	// Status is what the sources say about whether it happened.
	Status Status `json:"status"`
	// When is the event's time.
	When When `json:"when"`
	// Summary is the event's one-line summary.
	Summary string `json:"summary"`
	// Documents are the IDs of the documents among its sources, sorted.
	Documents []string `json:"documents"`
}

// EventChange is what changed in an event present in both timelines. A
// nil or empty field did not change.
type EventChange struct {
	EventHeader
	// PreviousID is the event's ID in the old timeline when it changed
	// (its first report was removed: see Diff), "" when it did not.
	PreviousID string `json:"previous_id,omitempty"`
	// StatusChange is the old and new status, when it changed.
	StatusChange *StatusChange `json:"status_change,omitempty"`
	// WhenChange is the old and new time, when it changed.
	WhenChange *WhenChange `json:"when_change,omitempty"`
	// LocationChange is the old and new location, when it changed ("" for none).
	LocationChange *StringChange `json:"location_change,omitempty"`
	// AddedSources are the new sources.
	AddedSources []Source `json:"added_sources"`
	// RemovedSources are the sources that are gone.
	RemovedSources []Source `json:"removed_sources"`
	// AddedParticipants are the new participants (entity IDs).
	AddedParticipants []string `json:"added_participants"`
	// RemovedParticipants are the participants that are gone.
	RemovedParticipants []string `json:"removed_participants"`
	// AddedClaims are the new claims.
	AddedClaims []Claim `json:"added_claims"`
	// RemovedClaims are the claims that are gone.
	RemovedClaims []Claim `json:"removed_claims"`
}

// StatusChange is a status before and after.
type StatusChange struct {
	// Old is the status in the old timeline.
	Old Status `json:"old"`
	// New is the status in the new timeline.
	New Status `json:"new"`
}

// WhenChange is a time before and after.
type WhenChange struct {
	// Old is the time in the old timeline.
	Old When `json:"old"`
	// New is the time in the new timeline.
	New When `json:"new"`
}

// StringChange is a value before and after.
type StringChange struct {
	// Old is the value in the old timeline.
	Old string `json:"old"`
	// New is the value in the new timeline.
	New string `json:"new"`
}

// EntityHeader is the one-line description of an entity in a diff.
type EntityHeader struct {
	// ID is the entity ID.
	ID string `json:"id"`
	// Name is the entity's name.
	Name string `json:"name"`
	// Kind is the entity's kind.
	Kind EntityKind `json:"kind"`
	// Mentions counts its mentions.
	Mentions int `json:"mentions"`
}

// EntityChange is what changed in an entity present in both timelines.
type EntityChange struct {
	EntityHeader
	// PreviousID is the entity's ID in the old timeline when it changed
	// (it shares surface forms with it: see Diff), "" when it did not.
	PreviousID string `json:"previous_id,omitempty"`
	// NameChange is the old and new name, when it changed.
	NameChange *StringChange `json:"name_change,omitempty"`
	// OldMentions is the number of mentions in the old timeline.
	OldMentions int `json:"old_mentions"`
	// AddedAliases are the new surface forms.
	AddedAliases []string `json:"added_aliases"`
	// RemovedAliases are the surface forms that are gone.
	RemovedAliases []string `json:"removed_aliases"`
	// AddedRoles are the new roles.
	AddedRoles []string `json:"added_roles"`
	// RemovedRoles are the roles that are gone.
	RemovedRoles []string `json:"removed_roles"`
}

// Empty reports whether the diff holds no change.
func (d *TimelineDiff) Empty() bool {
	return len(d.Documents.Added)+len(d.Documents.Removed)+len(d.Documents.Changed)+
		len(d.AddedEvents)+len(d.RemovedEvents)+len(d.ChangedEvents)+
		len(d.AddedEntities)+len(d.RemovedEntities)+len(d.ChangedEntities) == 0
}

// Diff compares two timelines, matching events, entities and documents by
// ID. It is a pure function: neither timeline is changed, and the result
// depends only on their contents (not on the order of their lists). Every
// list in the result is non-nil, so that it encodes as [] in JSON.
func Diff(old, new *Timeline) TimelineDiff {
	d := TimelineDiff{
		Schema:          DiffSchemaVersion,
		Documents:       DocumentDiff{Added: []string{}, Removed: []string{}, Changed: []string{}},
		AddedEvents:     []EventHeader{},
		RemovedEvents:   []EventHeader{},
		ChangedEvents:   []EventChange{},
		AddedEntities:   []EntityHeader{},
		RemovedEntities: []EntityHeader{},
		ChangedEntities: []EntityChange{},
	}

	oldDocs := index(old.Documents, func(x Document) string { return x.ID })
	newDocs := index(new.Documents, func(x Document) string { return x.ID })
	for _, id := range sortedIDs(newDocs) {
		if o, ok := oldDocs[id]; !ok {
			d.Documents.Added = append(d.Documents.Added, id)
		} else if o.SHA256 != newDocs[id].SHA256 {
			d.Documents.Changed = append(d.Documents.Changed, id)
		}
	}
	for _, id := range sortedIDs(oldDocs) {
		if _, ok := newDocs[id]; !ok {
			d.Documents.Removed = append(d.Documents.Removed, id)
		}
	}

	oldEvs := index(old.Events, func(x Event) string { return x.ID })
	newEvs := index(new.Events, func(x Event) string { return x.ID })
	renamed := matchRenamed(oldEvs, newEvs, sourceKeys)
	kept := map[string]bool{} // old IDs matched to a new event
	for _, e := range sortedEvents(newEvs) {
		prev, ok := e.ID, true
		if _, same := oldEvs[e.ID]; !same {
			prev, ok = renamed[e.ID]
		}
		if !ok {
			d.AddedEvents = append(d.AddedEvents, header(e))
			continue
		}
		kept[prev] = true
		if c, changed := eventChange(oldEvs[prev], e); changed {
			d.ChangedEvents = append(d.ChangedEvents, c)
		}
	}
	for _, e := range sortedEvents(oldEvs) {
		if !kept[e.ID] {
			d.RemovedEvents = append(d.RemovedEvents, header(e))
		}
	}

	oldEnts := index(old.Entities, func(x Entity) string { return x.ID })
	newEnts := index(new.Entities, func(x Entity) string { return x.ID })
	renamedEnts := matchRenamed(oldEnts, newEnts, aliasKeys)
	keptEnts := map[string]bool{}
	for _, id := range sortedIDs(newEnts) {
		prev, ok := id, true
		if _, same := oldEnts[id]; !same {
			prev, ok = renamedEnts[id]
		}
		if !ok {
			d.AddedEntities = append(d.AddedEntities, entityHeader(newEnts[id]))
			continue
		}
		keptEnts[prev] = true
		if c, changed := entityChange(oldEnts[prev], newEnts[id]); changed {
			d.ChangedEntities = append(d.ChangedEntities, c)
		}
	}
	for _, id := range sortedIDs(oldEnts) {
		if !keptEnts[id] {
			d.RemovedEntities = append(d.RemovedEntities, entityHeader(oldEnts[id]))
		}
	}
	return d
}

// matchRenamed pairs the elements whose ID is only in the new timeline
// with those whose ID is only in the old one when they share keys: events
// share sources (the same document and byte span: an event keeps its
// sources when its ID changes, which happens when the article of its first
// report is removed or edited), entities share surface forms of the same
// kind (an entity's ID changes when another article gives a fuller name:
// "Putin" becomes "Vladimir Putin"). Pairs are taken most shared keys
// first, then by new ID and old ID, each element in one pair at most. It
// returns new ID -> old ID.
func matchRenamed[T any](olds, news map[string]T, keys func(T) []string) map[string]string {
	owners := map[string][]string{} // key -> old-only IDs that have it
	for _, id := range sortedIDs(olds) {
		if _, ok := news[id]; ok {
			continue
		}
		for _, k := range keys(olds[id]) {
			if !slices.Contains(owners[k], id) {
				owners[k] = append(owners[k], id)
			}
		}
	}
	type pair struct {
		shared     int
		newID, old string
	}
	var pairs []pair
	for _, id := range sortedIDs(news) {
		if _, ok := olds[id]; ok {
			continue
		}
		shared := map[string]int{}
		ks := keys(news[id])
		slices.Sort(ks)
		for _, k := range slices.Compact(ks) {
			for _, o := range owners[k] {
				shared[o]++
			}
		}
		for _, o := range sortedIDs(shared) {
			pairs = append(pairs, pair{shared[o], id, o})
		}
	}
	slices.SortFunc(pairs, func(a, b pair) int {
		return cmp.Or(-cmp.Compare(a.shared, b.shared), cmp.Compare(a.newID, b.newID), cmp.Compare(a.old, b.old))
	})
	out := map[string]string{}
	taken := map[string]bool{}
	for _, p := range pairs {
		if _, done := out[p.newID]; !done && !taken[p.old] {
			out[p.newID], taken[p.old] = p.old, true
		}
	}
	return out
}

// sourceKeys are the keys by which matchRenamed pairs events.
func sourceKeys(e Event) []string {
	out := make([]string, 0, len(e.Sources))
	for _, s := range e.Sources {
		out = append(out, fmt.Sprintf("%s:%d:%d", s.Document, s.Start, s.End))
	}
	return out
}

// aliasKeys are the keys by which matchRenamed pairs entities: kind and
// surface form, lower case.
func aliasKeys(e Entity) []string {
	out := make([]string, 0, len(e.Aliases)+1)
	for _, a := range append([]string{e.Name}, e.Aliases...) {
		out = append(out, string(e.Kind)+"|"+strings.ToLower(a))
	}
	return out
}

// index maps the elements of xs by their ID; with duplicate IDs (not a
// valid timeline), the first wins.
func index[T any](xs []T, id func(T) string) map[string]T {
	m := make(map[string]T, len(xs))
	for _, x := range xs {
		if _, dup := m[id(x)]; !dup {
			m[id(x)] = x
		}
	}
	return m
}

func sortedIDs[T any](m map[string]T) []string {
	ids := make([]string, 0, len(m))
	for id := range m {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}

// granularityOrder orders granularities finest first, for sorting events.
var granularityOrder = map[Granularity]int{Day: 0, Week: 1, Range: 2, Month: 3, Quarter: 4, Year: 5, UnknownGranule: 6}

// compareEvents orders events as a timeline does: start date (undated
// last), granularity (finest first), then ID.
func compareEvents(a, b Event) int {
	as, bs := a.When.Start, b.When.Start
	return cmp.Or(cmp.Compare(boolInt(as == nil), boolInt(bs == nil)), cmp.Compare(deref(as), deref(bs)),
		cmp.Compare(granularityOrder[a.When.Granularity], granularityOrder[b.When.Granularity]), cmp.Compare(a.ID, b.ID))
}

func sortedEvents(m map[string]Event) []Event {
	evs := make([]Event, 0, len(m))
	for _, e := range m {
		evs = append(evs, e)
	}
	slices.SortFunc(evs, compareEvents)
	return evs
}

func header(e Event) EventHeader {
	h := EventHeader{ID: e.ID, Type: e.Type, Status: e.Status, When: e.When, Summary: e.Summary, Documents: []string{}}
	for _, s := range e.Sources {
		h.Documents = append(h.Documents, s.Document)
	}
	slices.Sort(h.Documents)
	h.Documents = slices.Compact(h.Documents)
	return h
}

func entityHeader(e Entity) EntityHeader {
	return EntityHeader{ID: e.ID, Name: e.Name, Kind: e.Kind, Mentions: e.Mentions}
}

// eventChange compares two versions of one event and reports whether they differ.
func eventChange(o, n Event) (EventChange, bool) {
	c := EventChange{EventHeader: header(n)}
	changed := false
	if o.ID != n.ID {
		c.PreviousID, changed = o.ID, true
	}
	if o.Status != n.Status {
		c.StatusChange, changed = &StatusChange{Old: o.Status, New: n.Status}, true
	}
	if !sameWhen(o.When, n.When) {
		c.WhenChange, changed = &WhenChange{Old: o.When, New: n.When}, true
	}
	if deref(o.Location) != deref(n.Location) {
		c.LocationChange, changed = &StringChange{Old: deref(o.Location), New: deref(n.Location)}, true
	}
	c.AddedSources, c.RemovedSources = setDiff(o.Sources, n.Sources, compareSources)
	c.AddedParticipants, c.RemovedParticipants = setDiff(o.Participants, n.Participants, strings.Compare)
	c.AddedClaims, c.RemovedClaims = setDiff(o.Claims, n.Claims, compareClaims)
	changed = changed || len(c.AddedSources)+len(c.RemovedSources)+len(c.AddedParticipants)+len(c.RemovedParticipants)+
		len(c.AddedClaims)+len(c.RemovedClaims) > 0
	return c, changed
}

// entityChange compares two versions of one entity and reports whether they differ.
func entityChange(o, n Entity) (EntityChange, bool) {
	c := EntityChange{EntityHeader: entityHeader(n), OldMentions: o.Mentions}
	changed := o.Mentions != n.Mentions
	if o.ID != n.ID {
		c.PreviousID, changed = o.ID, true
	}
	if o.Name != n.Name {
		c.NameChange, changed = &StringChange{Old: o.Name, New: n.Name}, true
	}
	c.AddedAliases, c.RemovedAliases = setDiff(o.Aliases, n.Aliases, strings.Compare)
	c.AddedRoles, c.RemovedRoles = setDiff(o.Roles, n.Roles, strings.Compare)
	changed = changed || len(c.AddedAliases)+len(c.RemovedAliases)+len(c.AddedRoles)+len(c.RemovedRoles) > 0
	return c, changed
}

// setDiff returns the elements only in n (added) and only in o (removed),
// each sorted by compare and never nil.
func setDiff[T any](o, n []T, compare func(a, b T) int) (added, removed []T) {
	o, n = slices.Clone(o), slices.Clone(n)
	slices.SortFunc(o, compare)
	slices.SortFunc(n, compare)
	added, removed = []T{}, []T{}
	i, j := 0, 0
	for i < len(o) || j < len(n) {
		switch {
		case j == len(n) || i < len(o) && compare(o[i], n[j]) < 0:
			removed = append(removed, o[i])
			i++
		case i == len(o) || compare(o[i], n[j]) > 0:
			added = append(added, n[j])
			j++
		default:
			i++
			j++
		}
	}
	return added, removed
}

func compareSources(a, b Source) int {
	return cmp.Or(cmp.Compare(a.Document, b.Document), cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End),
		cmp.Compare(a.Status, b.Status), cmp.Compare(a.Text, b.Text))
}

func compareClaims(a, b Claim) int {
	return cmp.Or(cmp.Compare(a.Document, b.Document), cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End),
		cmp.Compare(a.Text, b.Text), cmp.Compare(a.Kind, b.Kind), cmp.Compare(deref(a.Speaker), deref(b.Speaker)))
}

func sameWhen(a, b When) bool {
	return a.Value == b.Value && deref(a.Start) == deref(b.Start) && deref(a.End) == deref(b.End) &&
		(a.Start == nil) == (b.Start == nil) && (a.End == nil) == (b.End == nil) &&
		a.Granularity == b.Granularity && a.Text == b.Text && a.Basis == b.Basis
}

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
