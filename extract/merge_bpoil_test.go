package extract

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/timelinehq/timeline/model"
)

// TestMergeBpoil measures merging on Timeline17's bpoil collections (five
// outlets reporting the Deepwater Horizon oil spill): event mentions before
// merging, events after, events with sources from two or more outlets, and
// samples to judge by reading (seed 17): 20 random merged events, 20
// random pairs of unmerged events of the same type and day, and 20 such
// pairs that also share a participant. It runs only
// when TIMELINE_T17 names the timeline17 folder (research-only data, read
// in place and never copied), and writes its samples to the file named by
// TIMELINE_T17_SAMPLE (default: standard output through t.Log).
//
//	TIMELINE_T17=/work/shared/corpora/tls/timeline17 go test ./extract -run MergeBpoil -v
func TestMergeBpoil(t *testing.T) {
	root := os.Getenv("TIMELINE_T17")
	if root == "" {
		t.Skip("TIMELINE_T17 is not set: Timeline17 is read in place, never copied")
	}
	dirs, _ := filepath.Glob(filepath.Join(root, "bpoil_*", "InputDocs"))
	if len(dirs) == 0 {
		t.Skipf("no bpoil_*/InputDocs under %s", root)
	}
	arts, errs := ReadPaths(dirs, ReadOptions{})
	for _, e := range errs {
		t.Logf("unread: %v", e)
	}
	// Article IDs: outlet, date and file, so that every ID is unique and names its outlet.
	outletOf := map[string]string{}
	re := regexp.MustCompile(`bpoil_([a-z]+)/InputDocs/(\d{4}-\d{2}-\d{2})/([^/]+)\.htm\.txt$`)
	for i := range arts {
		m := re.FindStringSubmatch(filepath.ToSlash(arts[i].Source))
		if m == nil {
			t.Fatalf("unexpected path %s", arts[i].Source)
		}
		arts[i].ID = m[1] + "_" + m[2] + "_" + m[3]
		outletOf[arts[i].ID] = m[1]
	}
	mdl, err := loadModels()
	if err != nil {
		t.Fatal(err)
	}
	docs := analyseAll(orderArticles(arts), Config{}, mdl)
	mentions := 0
	for _, a := range docs {
		mentions += len(a.events)
	}
	m := merge(docs)

	multiSource, multiOutlet := 0, 0
	var mergedEvents []model.Event
	for _, e := range m.events {
		outlets := map[string]bool{}
		for _, s := range e.Sources {
			outlets[outletOf[s.Document]] = true
		}
		if len(e.Sources) > 1 {
			multiSource++
			mergedEvents = append(mergedEvents, e)
		}
		if len(outlets) > 1 {
			multiOutlet++
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "articles %d, event mentions %d, events after merging %d (%.1f%% fewer), events with several sources %d, with sources from two or more outlets %d\n",
		len(docs), mentions, len(m.events), 100*float64(mentions-len(m.events))/float64(max(mentions, 1)), multiSource, multiOutlet)

	textOf := map[string]string{}
	for _, a := range docs {
		textOf[a.art.ID] = a.text
	}
	r := rand.New(rand.NewPCG(17, 17))
	fmt.Fprintf(&b, "\n## 20 random merged events\n")
	for i, k := range r.Perm(len(mergedEvents))[:min(20, len(mergedEvents))] {
		e := mergedEvents[k]
		fmt.Fprintf(&b, "\n%d. %s %s %s %v\n", i+1, e.ID, e.Status, e.When.Value, e.Participants)
		for _, s := range e.Sources {
			fmt.Fprintf(&b, "   - %s [%s]: %s\n", s.Document, s.Status, oneLineText(s.Text, 220))
		}
	}
	// Unmerged pairs: events of the same type on the same day.
	byDay := map[string][]int{}
	for i, e := range m.events {
		if e.When.Granularity == model.Day {
			k := string(e.Type) + " " + e.When.Value
			byDay[k] = append(byDay[k], i)
		}
	}
	var pairs [][2]int
	for _, k := range sortedKeys(byDay) {
		ix := byDay[k]
		for x := range ix {
			for y := x + 1; y < len(ix); y++ {
				pairs = append(pairs, [2]int{ix[x], ix[y]})
			}
		}
	}
	// writePairs writes a random sample of 20 of pairs under a heading.
	writePairs := func(heading string, pairs [][2]int) {
		fmt.Fprintf(&b, "\n## 20 random %s (of %d)\n", heading, len(pairs))
		for i, k := range r.Perm(len(pairs))[:min(20, len(pairs))] {
			fmt.Fprintf(&b, "\n%d.\n", i+1)
			for _, j := range pairs[k] {
				e := m.events[j]
				fmt.Fprintf(&b, "   %s %s %v\n", e.ID, e.Status, e.Participants)
				for _, s := range e.Sources[:min(2, len(e.Sources))] {
					fmt.Fprintf(&b, "   - %s: %s\n", s.Document, oneLineText(s.Text, 220))
				}
			}
		}
	}
	writePairs("unmerged pairs of the same type and day", pairs)
	// The harder sample: unmerged pairs of the same type and day that share a participant.
	var sharing [][2]int
	for _, p := range pairs {
		a, c := m.events[p[0]], m.events[p[1]]
		if slices.ContainsFunc(a.Participants, func(x string) bool { return slices.Contains(c.Participants, x) }) {
			sharing = append(sharing, p)
		}
	}
	writePairs("unmerged pairs of the same type and day sharing a participant", sharing)
	if out := os.Getenv("TIMELINE_T17_SAMPLE"); out != "" {
		if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Log(strings.SplitN(b.String(), "\n", 2)[0])
		return
	}
	t.Log(b.String())
}

// oneLineText folds white space and shortens s to n bytes at most.
func oneLineText(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > n {
		s = s[:n] + "..."
	}
	return s
}
