package extract

import (
	"slices"
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

	// The remarks of 31 January are reported by 000, 001 and 002: build
	// without 001, then add it back as a new source.
	const remarks = "ev-2025-01-31-statement-donald-trump"
	require.Contains(t, evs, remarks)
	without, err := Build(slices.DeleteFunc(slices.Clone(arts), func(a model.Article) bool { return a.ID == "001_ae9ed5fd64935bf8" }), Config{})
	require.NoError(t, err)
	evs3, _ := idsOf(without)
	require.Contains(t, evs3, remarks, "without 001 the remarks have another ID")
	for _, e := range base.Events {
		if e.ID == remarks {
			docs := map[string]bool{}
			for _, s := range e.Sources {
				docs[s.Document] = true
			}
			require.True(t, docs["001_ae9ed5fd64935bf8"], "001 is not a source of the remarks")
		}
	}
}
