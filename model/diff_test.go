package model

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func day(v string) When {
	s, e := v, v
	return When{Value: v, Start: &s, End: &e, Granularity: Day, Basis: Explicit}
}

func strp(s string) *string { return &s }

func sampleTimeline() *Timeline {
	return &Timeline{
		Schema:    SchemaVersion,
		Documents: []Document{{ID: "a", SHA256: "1"}, {ID: "b", SHA256: "2"}},
		Entities: []Entity{
			{ID: "person:donald-trump", Name: "Donald Trump", Kind: Person, Aliases: []string{"Donald Trump", "Trump"}, Roles: []string{"US President"}, Mentions: 3},
			{ID: "person:vladimir-putin", Name: "Vladimir Putin", Kind: Person, Aliases: []string{"Putin"}, Mentions: 1},
		},
		Events: []Event{
			{ID: "ev-1", Type: Call, Status: Occurred, Summary: "call", When: day("2025-02-12"),
				Participants: []string{"person:donald-trump", "person:vladimir-putin"},
				Sources:      []Source{{Document: "a", Start: 0, End: 10, Text: "Trump call", Status: Occurred}},
				Claims:       []Claim{{Speaker: strp("person:donald-trump"), Text: "we spoke", Kind: Quote, Document: "a", Start: 3, End: 11}}},
			{ID: "ev-2", Type: Statement, Status: Occurred, Summary: "said", When: day("2025-01-31"),
				Participants: []string{"person:donald-trump"},
				Sources:      []Source{{Document: "b", Start: 5, End: 9, Text: "said", Status: Occurred}}},
		},
	}
}

func TestDiffSame(t *testing.T) {
	a, b := sampleTimeline(), sampleTimeline()
	// Order does not matter: the diff is keyed by ID.
	b.Events[0], b.Events[1] = b.Events[1], b.Events[0]
	d := Diff(a, b)
	assert.True(t, d.Empty())
	assert.NotNil(t, d.AddedEvents)
	assert.NotNil(t, d.ChangedEntities)
	assert.Equal(t, DiffSchemaVersion, d.Schema)
}

func TestDiffChanges(t *testing.T) {
	old, new := sampleTimeline(), sampleTimeline()
	new.Documents = append(new.Documents[:1], Document{ID: "c", SHA256: "3"})
	new.Documents[0].SHA256 = "changed"
	e := &new.Events[0]
	e.Status = Disputed
	e.When = day("2025-02-13")
	e.Participants = []string{"person:donald-trump"}
	e.Sources = append(e.Sources, Source{Document: "c", Start: 1, End: 4, Text: "den", Status: Denied})
	e.Claims = nil
	new.Events = new.Events[:1]
	new.Events = append(new.Events, Event{ID: "ev-3", Type: Meeting, Status: Planned, Summary: "will meet", When: When{Granularity: UnknownGranule, Basis: UnknownBasis}})
	new.Entities[0].Mentions = 4
	new.Entities[0].Roles = nil
	new.Entities[0].Aliases = append(new.Entities[0].Aliases, "Mr Trump")
	new.Entities = new.Entities[:1]

	d := Diff(old, new)
	assert.False(t, d.Empty())
	assert.Equal(t, DocumentDiff{Added: []string{"c"}, Removed: []string{"b"}, Changed: []string{"a"}}, d.Documents)
	assert.Equal(t, []string{"ev-3"}, headerIDs(d.AddedEvents))
	assert.Equal(t, []string{"ev-2"}, headerIDs(d.RemovedEvents))
	if assert.Len(t, d.ChangedEvents, 1) {
		c := d.ChangedEvents[0]
		assert.Equal(t, "ev-1", c.ID)
		assert.Equal(t, &StatusChange{Old: Occurred, New: Disputed}, c.StatusChange)
		assert.Equal(t, "2025-02-12", c.WhenChange.Old.Value)
		assert.Equal(t, "2025-02-13", c.WhenChange.New.Value)
		assert.Nil(t, c.LocationChange)
		assert.Equal(t, []string{"person:vladimir-putin"}, c.RemovedParticipants)
		assert.Empty(t, c.AddedParticipants)
		assert.Len(t, c.AddedSources, 1)
		assert.Empty(t, c.RemovedSources)
		assert.Len(t, c.RemovedClaims, 1)
		assert.Equal(t, []string{"a", "c"}, c.Documents)
	}
	assert.Equal(t, []EntityHeader{{ID: "person:vladimir-putin", Name: "Vladimir Putin", Kind: Person, Mentions: 1}}, d.RemovedEntities)
	if assert.Len(t, d.ChangedEntities, 1) {
		c := d.ChangedEntities[0]
		assert.Equal(t, 3, c.OldMentions)
		assert.Equal(t, 4, c.Mentions)
		assert.Equal(t, []string{"Mr Trump"}, c.AddedAliases)
		assert.Equal(t, []string{"US President"}, c.RemovedRoles)
	}
	// Diff is pure: the inputs are unchanged.
	assert.Equal(t, sampleTimeline(), old)
}

func headerIDs(hs []EventHeader) []string {
	var out []string
	for _, h := range hs {
		out = append(out, h.ID)
	}
	return out
}

// TestDiffRenamed: an event whose ID changed is matched by the sources it
// kept, the one sharing the most first; an event sharing none is added.
func TestDiffRenamed(t *testing.T) {
	src := func(doc string, start int) Source {
		return Source{Document: doc, Start: start, End: start + 5, Status: Occurred}
	}
	old := &Timeline{Schema: SchemaVersion, Events: []Event{
		{ID: "ev-old-1", Type: Statement, Sources: []Source{src("a", 0), src("b", 0), src("c", 0)}},
		{ID: "ev-old-2", Type: Statement, Sources: []Source{src("b", 0), src("d", 0)}},
	}}
	new := &Timeline{Schema: SchemaVersion, Events: []Event{
		// shares b with both old events, and c with ev-old-1 only
		{ID: "ev-new-1", Type: Statement, Sources: []Source{src("b", 0), src("c", 0)}},
		// shares b with both (taken by ev-new-1's pair) and d with ev-old-2
		{ID: "ev-new-2", Type: Statement, Sources: []Source{src("b", 0), src("d", 0)}},
		{ID: "ev-new-3", Type: Call, Sources: []Source{src("e", 0)}},
	}}
	d := Diff(old, new)
	assert.Equal(t, []string{"ev-new-3"}, headerIDs(d.AddedEvents))
	assert.Empty(t, d.RemovedEvents)
	prev := map[string]string{}
	for _, c := range d.ChangedEvents {
		prev[c.ID] = c.PreviousID
	}
	assert.Equal(t, map[string]string{"ev-new-1": "ev-old-1", "ev-new-2": "ev-old-2"}, prev)
	for _, c := range d.ChangedEvents {
		if c.ID == "ev-new-1" {
			assert.Equal(t, []Source{src("a", 0)}, c.RemovedSources)
		}
	}
}

// TestDiffRenamedEntity: an entity whose ID changed with a fuller name is
// matched by the names it shares, of the same kind only.
func TestDiffRenamedEntity(t *testing.T) {
	old := &Timeline{Schema: SchemaVersion, Entities: []Entity{
		{ID: "person:putin", Name: "Putin", Kind: Person, Aliases: []string{"Putin"}, Mentions: 2},
		{ID: "place:georgia", Name: "Georgia", Kind: Place, Aliases: []string{"Georgia"}, Mentions: 1},
	}}
	new := &Timeline{Schema: SchemaVersion, Entities: []Entity{
		{ID: "person:vladimir-putin", Name: "Vladimir Putin", Kind: Person, Aliases: []string{"Putin", "Vladimir Putin"}, Mentions: 3},
		{ID: "person:georgia", Name: "Georgia", Kind: Person, Aliases: []string{"Georgia"}, Mentions: 1},
	}}
	d := Diff(old, new)
	if assert.Len(t, d.ChangedEntities, 1) {
		c := d.ChangedEntities[0]
		assert.Equal(t, "person:vladimir-putin", c.ID)
		assert.Equal(t, "person:putin", c.PreviousID)
		assert.Equal(t, []string{"Vladimir Putin"}, c.AddedAliases)
		assert.Equal(t, 2, c.OldMentions)
	}
	assert.Equal(t, []EntityHeader{{ID: "person:georgia", Name: "Georgia", Kind: Person, Mentions: 1}}, d.AddedEntities)
	assert.Equal(t, []EntityHeader{{ID: "place:georgia", Name: "Georgia", Kind: Place, Mentions: 1}}, d.RemovedEntities)
}
