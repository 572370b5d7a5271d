package score

import (
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/timelinehq/timeline/extract"
	"github.com/timelinehq/timeline/model"
)

func ptr(s string) *string { return &s }

// tinyTimeline has two people and three events in documents a and b.
func tinyTimeline() *model.Timeline {
	return &model.Timeline{
		Entities: []model.Entity{
			{ID: "person:ann-lee", Name: "Ann Lee", Aliases: []string{"Lee"}},
			{ID: "person:bo-ray", Name: "Bo Ray", Aliases: []string{"Ray"}},
			{ID: "place:x", Name: "Xland"},
		},
		Events: []model.Event{
			{ID: "e1", Type: model.Call, Status: model.Occurred, Participants: []string{"person:ann-lee", "person:bo-ray"},
				When: model.When{Start: ptr("2025-01-02"), End: ptr("2025-01-02")}, Sources: []model.Source{{Document: "a"}}},
			{ID: "e2", Type: model.Call, Status: model.Planned, Participants: []string{"person:ann-lee", "person:bo-ray"},
				When: model.When{Start: ptr("2025-01-05")}, Sources: []model.Source{{Document: "a"}}},
			{ID: "e3", Type: model.Statement, Status: model.Occurred, Participants: []string{"person:bo-ray", "place:x"},
				When: model.When{End: ptr("2025-01-10")}, Sources: []model.Source{{Document: "b"}}},
			{ID: "e4", Type: model.Call, Status: model.Occurred, Participants: []string{"person:ann-lee"},
				When: model.When{Start: ptr("2025-01-02"), End: ptr("2025-01-02")}, Sources: []model.Source{{Document: "a"}}},
			{ID: "e5", Type: model.Meeting, Status: model.Occurred, Participants: []string{"person:ann-lee"},
				Sources: []model.Source{{Document: "z"}}}, // not a gold document: not counted
		},
	}
}

func TestScoreEvents(t *testing.T) {
	tests := []struct {
		name string
		gold []GoldEvent
		want string // matched/predicted/duplicates missed spurious
		acc  [3]float64
	}{
		{"exact match, duplicate and spurious", []GoldEvent{
			{ID: "g1", Type: model.Call, Status: model.Occurred, Start: ptr("2025-01-01"), End: ptr("2025-01-03"), Participants: []string{"Ann Lee", "Bo Ray"}, Sources: []string{"a"}},
		}, "1/3/1 [] [e2]", [3]float64{1, 1, 1}},
		{"type must agree", []GoldEvent{
			{ID: "g1", Type: model.Meeting, Status: model.Occurred, Participants: []string{"Ann Lee"}, Sources: []string{"a"}},
		}, "0/0/0 [g1] []", [3]float64{}},
		{"dates must overlap", []GoldEvent{
			{ID: "g1", Type: model.Call, Status: model.Occurred, Start: ptr("2025-02-01"), Participants: []string{"Ann Lee"}, Sources: []string{"a"}},
		}, "1/3/0 [] [e1 e4]", [3]float64{0, 0, 0}}, // only e2 (open end) overlaps: it starts too early, is planned, has an extra participant
		{"a source must be shared", []GoldEvent{
			{ID: "g1", Type: model.Statement, Status: model.Occurred, Participants: []string{"Bo Ray"}, Sources: []string{"c"}},
		}, "0/0/0 [g1] []", [3]float64{}},
		{"alias and optional participants", []GoldEvent{
			{ID: "g1", Type: model.Statement, Status: model.Occurred, End: ptr("2025-01-10"), Participants: []string{"ray"}, OptionalParticipants: []string{"Xland"}, Sources: []string{"b"}},
		}, "1/1/0 [] []", [3]float64{1, 1, 1}},
		{"extra participant is wrong", []GoldEvent{
			{ID: "g1", Type: model.Statement, Status: model.Occurred, Participants: []string{"Bo Ray"}, Sources: []string{"b"}},
		}, "1/1/0 [] []", [3]float64{1, 1, 0}}, // Xland is neither a gold nor an optional participant
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := ScoreEvents(Gold{Events: tt.gold}, tinyTimeline())
			got := strings.Join([]string{itoa(r.Matched) + "/" + itoa(r.Predicted) + "/" + itoa(r.Duplicates), list(r.Missed), list(r.Spurious)}, " ")
			if got != tt.want {
				t.Errorf("ScoreEvents(%s) = %s, want %s", tt.name, got, tt.want)
			}
			acc := [3]float64{r.DateAccuracy, r.StatusAccuracy, r.ParticipantAccuracy}
			if acc != tt.acc {
				t.Errorf("ScoreEvents(%s) accuracies (date, status, participants) = %v, want %v", tt.name, acc, tt.acc)
			}
		})
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

func list(s []string) string { return "[" + strings.Join(s, " ") + "]" }

// Recorded scores of the pipeline on the sample articles against
// testdata/gold/samples.events.json (see TestGoldSamples).
const (
	recordedRecall    = 1.00
	recordedPrecision = 1.00
	recordedDate      = 0.96
	recordedStatus    = 1.00
)

// TestGoldSamples builds the timeline of the five sample articles and scores
// it against the gold written by reading them; it fails when a score falls
// below the recorded one.
func TestGoldSamples(t *testing.T) {
	arts, errs := extract.ReadPaths([]string{"../../testdata/articles"}, extract.ReadOptions{})
	if len(errs) > 0 || len(arts) != 5 {
		t.Fatalf("reading the samples: %v (%d articles)", errs, len(arts))
	}
	tl, err := extract.Build(arts, extract.Config{})
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open("../../testdata/gold/samples.events.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	g, err := ReadGold(f)
	if err != nil {
		t.Fatal(err)
	}
	r := ScoreEvents(g, tl)
	t.Logf("gold %d predicted %d matched %d duplicates %d: P %.4f R %.4f F1 %.4f (P with duplicates %.4f); date %.4f status %.4f participants %.4f; missed %v spurious %v",
		r.Gold, r.Predicted, r.Matched, r.Duplicates, r.Precision, r.Recall, r.F1, r.PrecisionDup, r.DateAccuracy, r.StatusAccuracy, r.ParticipantAccuracy, r.Missed, r.Spurious)
	for _, c := range []struct {
		name      string
		got, want float64
	}{{"recall", r.Recall, recordedRecall}, {"precision", r.Precision, recordedPrecision}, {"date accuracy", r.DateAccuracy, recordedDate}, {"status accuracy", r.StatusAccuracy, recordedStatus}} {
		if c.got < c.want {
			t.Errorf("%s on the samples = %.4f, below the recorded %.2f", c.name, c.got, c.want)
		}
	}
}
