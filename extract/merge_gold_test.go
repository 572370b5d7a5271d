package extract_test

import (
	"fmt"
	"os"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/timelinehq/timeline/extract"
	"github.com/timelinehq/timeline/extract/score"
)

// mergedShareFloor is the share of multi-source gold events that the
// samples' timeline must give as one event with all their sources; raise it
// when merging gets better.
const mergedShareFloor = 1.0 // 6 of 6 since one-sided reports are attached (attachOneSided)

// TestMergeGoldShare measures merging on the gold timeline of the samples
// (testdata/gold/samples.events.json): of the gold events reported by
// several articles, how many are one timeline event holding every one of
// their source documents. The gold event's timeline event is its match
// under score.ScoreEvents' rule. Run with -v to see each.
func TestMergeGoldShare(t *testing.T) {
	f, err := os.Open("../testdata/gold/samples.events.json")
	require.NoError(t, err)
	defer f.Close()
	g, err := score.ReadGold(f)
	require.NoError(t, err)
	arts, errs := extract.ReadPaths([]string{"../testdata/articles"}, extract.ReadOptions{})
	require.Empty(t, errs)
	tl, err := extract.Build(arts, extract.Config{})
	require.NoError(t, err)
	rep := score.ScoreEvents(g, tl)
	matched := map[string]string{}
	for _, p := range rep.Pairs {
		matched[p.Gold] = p.Event
	}
	docsOf := map[string][]string{}
	for _, e := range tl.Events {
		for _, s := range e.Sources {
			docsOf[e.ID] = append(docsOf[e.ID], s.Document)
		}
	}
	multi, merged, srcWant, srcGot := 0, 0, 0, 0
	for _, ge := range g.Events {
		if len(ge.Sources) < 2 {
			continue
		}
		multi++
		ev := matched[ge.ID]
		have := 0
		for _, s := range ge.Sources {
			if slices.Contains(docsOf[ev], s) {
				have++
			}
		}
		srcWant += len(ge.Sources)
		srcGot += have
		if have == len(ge.Sources) {
			merged++
		}
		t.Logf("%s (%d sources): %q holds %d: %s", ge.ID, len(ge.Sources), ev, have, ge.Description)
	}
	share := float64(merged) / float64(multi)
	t.Logf("multi-source gold events merged with all their sources: %d of %d (%.0f%%); their sources in the matched event: %d of %d",
		merged, multi, 100*share, srcGot, srcWant)
	if share < mergedShareFloor {
		t.Errorf("merged share %s fell below %.2f", fmt.Sprintf("%d/%d", merged, multi), mergedShareFloor)
	}
}
