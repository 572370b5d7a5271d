package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/timelinehq/timeline/model"
)

// idsOf returns the event and entity IDs of a timeline.
func idsOf(tl *model.Timeline) (events, entities []string) {
	for _, e := range tl.Events {
		events = append(events, e.ID)
	}
	for _, e := range tl.Entities {
		entities = append(entities, e.ID)
	}
	return events, entities
}

// TestBuildIDsStable checks the ID properties through the whole pipeline:
// adding an article that reports nothing already in the timeline changes
// no existing ID, and adding one that adds a source to an event keeps that
// event's ID.
func TestBuildIDsStable(t *testing.T) {
	arts := readSamples(t)
	base, err := Build(arts, Config{})
	require.NoError(t, err)
	evs, ents := idsOf(base)

	unrelated := model.Article{ID: "005_unrelated", Source: "test", Published: "2025-02-04", PublishedFrom: model.FromFlag,
		Text: "British Prime Minister Keir Starmer visited Paris on Monday. Starmer said the visit was useful and met French President Emmanuel Macron at the Elysee Palace."}
	more, err := Build(append(slices.Clone(arts), unrelated), Config{})
	require.NoError(t, err)
	evs2, ents2 := idsOf(more)
	for _, id := range evs {
		require.Contains(t, evs2, id, "adding an unrelated article lost event %s", id)
	}
	for _, id := range ents {
		require.Contains(t, ents2, id, "adding an unrelated article lost entity %s", id)
	}
	require.Greater(t, len(evs2), len(evs), "the unrelated article added no event")

	// Each sample article in turn is added to the four others: every event
	// that it adds a source to keeps its ID, unless the article was
	// published before every other report of the event (it becomes the
	// first report, see eventIDBase). The remarks of 31 January (000, 001,
	// 002) and the planned call (001, 002, 003) are such events.
	published := map[string]string{}
	for _, d := range base.Documents {
		published[d.ID] = derefOr(d.Published, "9999") // unknown dates sort last
	}
	grown := 0
	for _, added := range arts {
		without, err := Build(slices.DeleteFunc(slices.Clone(arts), func(a model.Article) bool { return a.ID == added.ID }), Config{})
		require.NoError(t, err)
		for _, e := range base.Events {
			var mine, others []string
			for _, s := range e.Sources {
				if s.Document == added.ID {
					mine = append(mine, s.Document)
				} else {
					others = append(others, s.Document)
				}
			}
			if len(mine) == 0 || len(others) == 0 {
				continue
			}
			before := eventSharingSource(without, e)
			require.NotNil(t, before, "%s: no event of the build without %s shares a source", e.ID, added.ID)
			earliest := slices.MinFunc(others, func(a, b string) int { return strings.Compare(published[a], published[b]) })
			if published[added.ID] > published[earliest] {
				require.Equal(t, before.ID, e.ID, "adding %s (published %s) as a source changed the ID", added.ID, published[added.ID])
				grown++
			}
		}
	}
	require.GreaterOrEqual(t, grown, 3, "too few events gained a later source to test anything")
}

// eventSharingSource returns the event of tl of e's type that shares the
// most sources with e, or nil.
func eventSharingSource(tl *model.Timeline, e model.Event) *model.Event {
	var best *model.Event
	most := 0
	for i, o := range tl.Events {
		n := 0
		for _, s := range o.Sources {
			for _, t := range e.Sources {
				if s.Document == t.Document && s.Start == t.Start && s.End == t.End {
					n++
				}
			}
		}
		if o.Type == e.Type && n > most {
			best, most = &tl.Events[i], n
		}
	}
	return best
}

func derefOr(p *string, or string) string {
	if p == nil {
		return or
	}
	return *p
}
