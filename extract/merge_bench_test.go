package extract

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/timelinehq/timeline/model"
)

// syntheticCorpus makes documents holding n event mentions in all, from a
// fixed seed. The mentions report underlying events, each reported by 1 to
// 40 mentions with a skewed distribution (most once or twice, a few
// widely), as in a news corpus, shuffled into documents of ten mentions.
// An event has a type (half statements), two participants from 2,000
// people (a few of them, the heads of state, in most events), a day within
// the given number of days, and twelve summary words from a 3,000-word vocabulary. A
// mention copies its event's type and participants (sometimes only the
// first), gives its day (80%), its month (12%), its year (5%) or no time
// (3%), says it occurred (80%), was planned (10%), denied or unconfirmed
// (5% each), and takes eight of the event's words and two random ones.
func syntheticCorpus(n, days int) []*analysis {
	r := rand.New(rand.NewPCG(42, uint64(n)))
	const people, vocab = 2000, 3000
	zipf := rand.NewZipf(r, 1.2, 4, people-1)
	types := []model.EventType{model.Statement, model.Statement, model.Statement, model.Statement, model.Statement,
		model.Call, model.Meeting, model.Meeting, model.Talks, model.Visit}
	type event struct {
		typ   model.EventType
		parts [2]int
		day   time.Time
		words []string
	}
	reports := rand.NewZipf(r, 1.6, 1, 39)
	var events []event
	var order []int // the event each mention reports
	base := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for len(order) < n {
		events = append(events, event{})
		for range min(1+int(reports.Uint64()), n-len(order)) {
			order = append(order, len(events)-1)
		}
		e := &events[len(events)-1]
		e.typ = types[r.IntN(len(types))]
		e.parts = [2]int{int(zipf.Uint64()), int(zipf.Uint64())}
		e.day = base.AddDate(0, 0, r.IntN(days))
		for range 12 {
			e.words = append(e.words, fmt.Sprintf("w%d", r.IntN(vocab)))
		}
	}
	r.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	var docs []*analysis
	for made := 0; made < n; {
		a := &analysis{art: model.Article{ID: fmt.Sprintf("doc%06d", len(docs))}}
		entIndex := map[int]int{}
		entOf := func(p int) int {
			if i, ok := entIndex[p]; ok {
				return i
			}
			name := fmt.Sprintf("Person%d Surname%d", p, p)
			a.ents = append(a.ents, docEntity{Name: name, Kind: model.Person, Aliases: []string{name}, Mentions: []span{{0, 0}}})
			entIndex[p] = len(a.ents) - 1
			return entIndex[p]
		}
		for k := 0; k < 10 && made < n; k, made = k+1, made+1 {
			e := events[order[made]]
			m := eventMention{Type: e.typ, Location: -1, Start: k * 100, End: k*100 + 90, TriggerStart: k * 100}
			m.Participants = []int{entOf(e.parts[0])}
			if r.IntN(3) > 0 && e.parts[1] != e.parts[0] {
				m.Participants = append(m.Participants, entOf(e.parts[1]))
			}
			switch x := r.IntN(100); {
			case x < 80:
				m.When = day(e.day.Format(time.DateOnly))
			case x < 92:
				first := time.Date(e.day.Year(), e.day.Month(), 1, 0, 0, 0, 0, time.UTC)
				m.When = month(first.Format("2006-01"), first.Format(time.DateOnly), first.AddDate(0, 1, -1).Format(time.DateOnly))
			case x < 97:
				y := e.day.Format("2006")
				m.When = model.When{Value: y, Start: ptr(y + "-01-01"), End: ptr(y + "-12-31"), Granularity: model.Year, Basis: model.Explicit}
			default:
				m.When = model.When{Granularity: model.UnknownGranule, Basis: model.UnknownBasis}
			}
			switch x := r.IntN(100); {
			case x < 80:
				m.Status = model.Occurred
			case x < 90:
				m.Status = model.Planned
			case x < 95:
				m.Status = model.Denied
			default:
				m.Status = model.Unconfirmed
			}
			w := make([]string, 0, 10)
			for _, i := range r.Perm(len(e.words))[:8] {
				w = append(w, e.words[i])
			}
			w = append(w, fmt.Sprintf("w%d", r.IntN(vocab)), fmt.Sprintf("w%d", r.IntN(vocab)))
			m.Summary = strings.Join(w, " ")
			m.Trigger = w[0]
			a.events = append(a.events, m)
		}
		docs = append(docs, a)
	}
	return docs
}

func ptr(s string) *string { return &s }

// benchmarkMerge merges n synthetic mentions spread over days days.
func benchmarkMerge(b *testing.B, n, days int) {
	docs := syntheticCorpus(n, days)
	b.ResetTimer()
	var evs int
	for b.Loop() {
		evs = len(merge(docs).events)
	}
	b.ReportMetric(float64(evs), "events")
	b.ReportMetric(float64(n), "mentions")
}

// A corpus ten times larger covers ten times the days (a story followed
// for longer: the same number of mentions a day), or the same two years
// ten times as densely (more outlets on the same story), which makes every
// block of a day and a person ten times larger.
func BenchmarkMerge10k(b *testing.B)       { benchmarkMerge(b, 10_000, 730) }
func BenchmarkMerge100k(b *testing.B)      { benchmarkMerge(b, 100_000, 7300) }
func BenchmarkMerge100kDense(b *testing.B) { benchmarkMerge(b, 100_000, 730) }
