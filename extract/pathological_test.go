package extract

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/timelinehq/timeline/model"
)

// TestPathological builds inputs no newsroom writes (a 50,000-word sentence,
// 10,000 date phrases, 5,000 quotations) within a time budget, so that no
// stage is quadratic in the length of an article. Skipped under -short and
// under the race detector; .ci/run runs it without.
func TestPathological(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("time budget test: skipped under -short and -race")
	}
	r := rand.New(rand.NewPCG(7, 7))
	words := []string{"the", "minister", "said", "Trump", "met", "Putin", "on", "Friday", "talks", "will", "call", "January", "7", "and", "Kremlin", "denied"}
	var long strings.Builder
	for range 50000 {
		long.WriteString(words[r.IntN(len(words))])
		long.WriteByte(' ')
	}
	var dates strings.Builder
	for i := range 10000 {
		fmt.Fprintf(&dates, "on Friday, January %d, 2024 and last week ", i%28+1)
	}
	var quotes strings.Builder
	for i := range 5000 {
		fmt.Fprintf(&quotes, "“We will talk %d,” Trump said. ", i)
	}
	tests := []struct {
		name, text string
		budget     time.Duration
	}{
		{"50k-word sentence", long.String(), 60 * time.Second},
		{"10k date phrases", dates.String() + ".", 60 * time.Second},
		{"5k quotations", quotes.String(), 60 * time.Second},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			art := model.Article{ID: "p", Source: "p.txt", Text: tt.text, Published: "2025-02-01", PublishedFrom: model.FromFlag}
			start := time.Now()
			if _, err := Build([]model.Article{art}, Config{Workers: 1}); err != nil {
				t.Fatal(err)
			}
			if d := time.Since(start); d > tt.budget {
				t.Errorf("%s took %v, budget %v", tt.name, d, tt.budget)
			}
		})
	}
}
