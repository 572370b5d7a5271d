package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/timelinehq/timeline/model"
)

// tdoc builds an analysis by hand, for testing merge without the rest of
// the pipeline.
type tdoc struct{ a *analysis }

func newDoc(id, text string) *tdoc {
	sum := sha256.Sum256([]byte(text))
	return &tdoc{&analysis{art: model.Article{ID: id, Text: text, Published: "2025-02-01"}, text: text, sha: hex.EncodeToString(sum[:])}}
}

// ent adds an entity whose mentions are every occurrence of its surface
// forms (the name and the aliases) in the text, and returns its index.
func (d *tdoc) ent(name string, kind model.EntityKind, aliases ...string) int {
	e := docEntity{Name: name, Kind: kind, Aliases: append([]string{name}, aliases...)}
	for _, s := range e.Aliases {
		for off := 0; ; {
			i := strings.Index(d.a.text[off:], s)
			if i < 0 {
				break
			}
			e.Mentions = append(e.Mentions, span{off + i, off + i + len(s)})
			off += i + len(s)
		}
	}
	slices.SortFunc(e.Mentions, func(a, b span) int { return a.Start - b.Start })
	d.a.ents = append(d.a.ents, e)
	return len(d.a.ents) - 1
}

// claim adds a quotation by speaker, found in the text, and returns its index.
func (d *tdoc) claim(speaker int, text string) int {
	i := strings.Index(d.a.text, text)
	if i < 0 {
		panic("claim not in text: " + text)
	}
	d.a.claims = append(d.a.claims, claimMention{Speaker: speaker, Text: text, Kind: model.Quote, Start: i, End: i + len(text)})
	return len(d.a.claims) - 1
}

// day is a When of one day.
func day(v string) model.When {
	s, e := v, v
	return model.When{Value: v, Start: &s, End: &e, Granularity: model.Day, Text: v, Basis: model.Explicit}
}

// month is a When of one month.
func month(v, first, last string) model.When {
	return model.When{Value: v, Start: &first, End: &last, Granularity: model.Month, Text: v, Basis: model.Explicit}
}

// from is a When with only a start (a plan announced on that day).
func from(v string) model.When {
	return model.When{Start: &v, Granularity: model.UnknownGranule, Basis: model.Relative}
}

// by is a When with only an end (bounded by the publication date).
func by(v string) model.When {
	return model.When{End: &v, Granularity: model.UnknownGranule, Basis: model.Publication}
}

// ev adds an event mention whose passage is the sentence holding trigger.
func (d *tdoc) ev(typ model.EventType, status model.Status, when model.When, trigger, summary string, parts []int, claims ...int) *tdoc {
	t := strings.Index(d.a.text, trigger)
	if t < 0 {
		panic("trigger not in text: " + trigger)
	}
	start := strings.LastIndex(d.a.text[:t], ". ") + 1
	if start > 0 {
		start++
	}
	end := strings.Index(d.a.text[t:], ".")
	if end < 0 {
		end = len(d.a.text)
	} else {
		end += t + 1
	}
	cameo := map[model.EventType]string{model.Statement: "010", model.Call: "041", model.Meeting: "043", model.Talks: "046"}[typ]
	d.a.events = append(d.a.events, eventMention{Type: typ, CAMEO: cameo, Status: status, Summary: summary, When: when,
		Participants: parts, Location: -1, Claims: claims, Start: start, End: end, Trigger: strings.ToLower(trigger), TriggerStart: t})
	return d
}

func docsOf(ds ...*tdoc) []*analysis {
	var out []*analysis
	for _, d := range ds {
		out = append(out, d.a)
	}
	slices.SortFunc(out, func(a, b *analysis) int { return strings.Compare(a.art.ID, b.art.ID) })
	return out
}

// sampleCorpus is a hand-made version of the sample articles: three report
// Trump's Oval Office remarks of 31 January, two the Trump-Putin call, one
// a planned meeting and one the Kremlin's denial.
func sampleCorpus() []*tdoc {
	a := newDoc("a", `Donald Trump said on Friday that talks with Russia were "very serious". "We will be speaking, and I think will perhaps do something that'll be significant," Trump said. Trump and Vladimir Putin could meet in February.`)
	trA, puA := a.ent("Donald Trump", model.Person, "Trump"), a.ent("Vladimir Putin", model.Person)
	cA := a.claim(trA, "We will be speaking, and I think will perhaps do something that'll be significant")
	a.ev(model.Statement, model.Occurred, day("2025-01-31"), "said on Friday", "Trump says talks with Russia very serious", []int{trA}, cA)
	a.ev(model.Meeting, model.Planned, month("2025-02", "2025-02-01", "2025-02-28"), "meet", "Trump and Putin could meet", []int{trA, puA})

	b := newDoc("b", `US President Donald Trump revealed on Friday (Jan 31) very serious discussions with Russia. "We will be speaking, and I think we'll perhaps do something that'll be significant," Trump said. Trump spoke with Vladimit Putin by phone.`)
	trB, puB := b.ent("Donald Trump", model.Person, "Trump"), b.ent("Vladimit Putin", model.Person)
	cB := b.claim(trB, "We will be speaking, and I think we'll perhaps do something that'll be significant")
	b.ev(model.Statement, model.Occurred, day("2025-01-31"), "revealed", "Trump revealed very serious discussions with Russia", []int{trB}, cB)
	b.ev(model.Call, model.Occurred, month("2025-01", "2025-01-01", "2025-01-31"), "spoke", "Trump spoke with Putin by phone", []int{trB, puB})

	c := newDoc("c", `On January 31, U.S. President Donald Trump stated that he and Putin could speak soon. Trump had a phone call with Putin on January 28. The Kremlin denied the call.`)
	trC, puC := c.ent("Donald Trump", model.Person, "Trump"), c.ent("Putin", model.Person)
	kr := c.ent("Kremlin", model.Organization)
	c.ev(model.Statement, model.Occurred, day("2025-01-31"), "stated", "Trump stated that he and Putin could speak soon about Russia", []int{trC})
	c.ev(model.Call, model.Denied, day("2025-01-28"), "denied", "Kremlin denied the phone call of Trump and Putin", []int{trC, puC, kr})
	c.ev(model.Call, model.Occurred, day("2025-01-28"), "phone call", "Trump had a phone call with Putin", []int{trC, puC})

	d := newDoc("d", `Volodymyr Zelenskyy met Donald Trump in September 2024. Mike Waltz said there were sensitive conversations.`)
	zeD, trD := d.ent("Volodymyr Zelenskyy", model.Person), d.ent("Donald Trump", model.Person)
	wa := d.ent("Mike Waltz", model.Person)
	d.ev(model.Meeting, model.Occurred, month("2024-09", "2024-09-01", "2024-09-30"), "met", "Zelenskyy met Trump", []int{zeD, trD})
	d.ev(model.Statement, model.Occurred, day("2025-02-09"), "said", "Waltz said there were sensitive conversations", []int{wa})
	return []*tdoc{a, b, c, d}
}

func eventByType(t *testing.T, evs []model.Event, typ model.EventType, status model.Status) model.Event {
	t.Helper()
	var found []model.Event
	for _, e := range evs {
		if e.Type == typ && e.Status == status {
			found = append(found, e)
		}
	}
	if len(found) != 1 {
		t.Fatalf("want one %s %s event, got %d: %v", status, typ, len(found), ids(evs))
	}
	return found[0]
}

func ids(evs []model.Event) []string {
	var out []string
	for _, e := range evs {
		out = append(out, e.ID)
	}
	return out
}

func sourceDocs(e model.Event) []string {
	var out []string
	for _, s := range e.Sources {
		out = append(out, s.Document)
	}
	return out
}

func TestMergeSample(t *testing.T) {
	m := merge(docsOf(sampleCorpus()...))

	var jan31 []model.Event
	for _, e := range m.events {
		if e.Type == model.Statement && e.When.Value == "2025-01-31" {
			jan31 = append(jan31, e)
		}
	}
	if len(jan31) != 1 {
		t.Fatalf("the 31 January remarks are %d events, want 1: %v", len(jan31), ids(m.events))
	}
	if got, want := sourceDocs(jan31[0]), []string{"a", "b", "c"}; !slices.Equal(got, want) {
		t.Errorf("remarks sources = %v, want %v", got, want)
	}
	if got := len(jan31[0].Claims); got != 2 {
		t.Errorf("remarks claims = %d, want 2", got)
	}
	if got, want := idBase(jan31[0].ID), "ev-2025-01-31-statement-donald-trump"; got != want {
		t.Errorf("remarks ID = %q, want %q and a hash", jan31[0].ID, want)
	}

	// The call: b (month), c (day, occurred) and c (day, denied) -> one disputed call of 28 January.
	call := eventByType(t, m.events, model.Call, model.Disputed)
	if got, want := sourceDocs(call), []string{"b", "c", "c"}; !slices.Equal(got, want) {
		t.Errorf("call sources = %v, want %v", got, want)
	}
	if call.When.Value != "2025-01-28" {
		t.Errorf("call time = %q, want the most precise, 2025-01-28", call.When.Value)
	}
	if !slices.Contains(call.Participants, "person:vladimir-putin") {
		t.Errorf("call participants = %v, want Vladimir Putin whatever the spelling", call.Participants)
	}

	// The planned meeting stays apart from the meeting that occurred.
	planned := eventByType(t, m.events, model.Meeting, model.Planned)
	occurred := eventByType(t, m.events, model.Meeting, model.Occurred)
	if planned.ID == occurred.ID || !strings.HasSuffix(idBase(planned.ID), "-planned") {
		t.Errorf("planned %q, occurred %q", planned.ID, occurred.ID)
	}

	// IDs name each event as its first report has it: all four documents
	// are of one day, so the first is the one with the smallest text hash
	// (b for the call, which dates it to January only).
	wantIDs := []string{
		"ev-2024-09-meeting-volodymyr-zelensky",
		"ev-2025-01-call-donald-trump",
		"ev-2025-01-31-statement-donald-trump",
		"ev-2025-02-meeting-donald-trump-planned",
		"ev-2025-02-09-statement-mike-waltz",
	}
	var bases []string
	for _, id := range ids(m.events) {
		bases = append(bases, idBase(id))
	}
	if diff := cmp.Diff(wantIDs, bases); diff != "" {
		t.Errorf("event IDs mismatch (-want +got, without hashes):\n%s", diff)
	}
}

// idHash is the six hex digits that end an event ID (see eventIDBase).
var idHash = regexp.MustCompile(`-[0-9a-f]{6}$`)

// idBase returns an event ID without its hash, or "no hash: ID" when it
// has none.
func idBase(id string) string {
	if !idHash.MatchString(id) {
		return "no hash: " + id
	}
	return idHash.ReplaceAllString(id, "")
}

func TestMergeTable(t *testing.T) {
	type evSpec struct {
		doc     string
		typ     model.EventType
		status  model.Status
		when    model.When
		summary string
		parts   []string
	}
	tests := []struct {
		name       string
		events     []evSpec
		wantEvents int
		wantStatus []model.Status // sorted
	}{
		{"same event from three documents", []evSpec{
			{"a", model.Call, model.Occurred, day("2025-02-12"), "Trump held a phone call with Putin", []string{"Donald Trump", "Vladimir Putin"}},
			{"b", model.Call, model.Occurred, day("2025-02-12"), "Trump and Putin spoke by phone call", []string{"Donald Trump", "Vladimir Putin"}},
			{"c", model.Call, model.Occurred, day("2025-02-12"), "Putin phone call with Trump", []string{"Vladimir Putin", "Donald Trump"}},
		}, 1, []model.Status{model.Occurred}},
		{"planned and occurred stay two", []evSpec{
			{"a", model.Meeting, model.Planned, day("2025-02-14"), "Trump will meet Zelensky", []string{"Donald Trump", "Volodymyr Zelensky"}},
			{"b", model.Meeting, model.Occurred, day("2025-02-14"), "Trump met Zelensky", []string{"Donald Trump", "Volodymyr Zelensky"}},
		}, 2, []model.Status{model.Occurred, model.Planned}},
		{"occurred and denied give disputed", []evSpec{
			{"a", model.Call, model.Occurred, day("2025-02-12"), "Trump call with Putin", []string{"Donald Trump", "Vladimir Putin"}},
			{"b", model.Call, model.Denied, day("2025-02-12"), "Kremlin denied Trump call with Putin", []string{"Donald Trump", "Vladimir Putin"}},
		}, 1, []model.Status{model.Disputed}},
		{"occurred and unconfirmed give unconfirmed", []evSpec{
			{"a", model.Call, model.Occurred, day("2025-02-12"), "Trump call with Putin", []string{"Donald Trump", "Vladimir Putin"}},
			{"b", model.Call, model.Unconfirmed, day("2025-02-12"), "Peskov could neither confirm nor deny a call of Trump with Putin", []string{"Donald Trump", "Vladimir Putin"}},
		}, 1, []model.Status{model.Unconfirmed}},
		{"different days do not merge", []evSpec{
			{"a", model.Call, model.Occurred, day("2025-02-12"), "Trump call with Putin", []string{"Donald Trump", "Vladimir Putin"}},
			{"b", model.Call, model.Occurred, day("2025-02-13"), "Trump call with Putin", []string{"Donald Trump", "Vladimir Putin"}},
		}, 2, []model.Status{model.Occurred, model.Occurred}},
		{"different participants do not merge", []evSpec{
			{"a", model.Call, model.Occurred, day("2025-02-12"), "Trump call with Putin", []string{"Donald Trump", "Vladimir Putin"}},
			{"b", model.Call, model.Occurred, day("2025-02-12"), "Trump call with Zelensky", []string{"Donald Trump", "Volodymyr Zelensky"}},
		}, 2, []model.Status{model.Occurred, model.Occurred}},
		{"different types do not merge", []evSpec{
			{"a", model.Call, model.Occurred, day("2025-02-12"), "Trump talks with Putin", []string{"Donald Trump", "Vladimir Putin"}},
			{"b", model.Meeting, model.Occurred, day("2025-02-12"), "Trump talks with Putin", []string{"Donald Trump", "Vladimir Putin"}},
		}, 2, []model.Status{model.Occurred, model.Occurred}},
		{"month and day of it merge", []evSpec{
			{"a", model.Meeting, model.Occurred, month("2024-09", "2024-09-01", "2024-09-30"), "Zelensky met Trump and presented the victory plan", []string{"Donald Trump", "Volodymyr Zelensky"}},
			{"b", model.Meeting, model.Occurred, day("2024-09-27"), "Trump met Zelensky victory plan in New York", []string{"Donald Trump", "Volodymyr Zelensky"}},
		}, 1, []model.Status{model.Occurred}},
		{"no shared evidence at month level does not merge", []evSpec{
			{"a", model.Meeting, model.Occurred, month("2024-09", "2024-09-01", "2024-09-30"), "Zelensky met Trump victory plan", []string{"Donald Trump", "Volodymyr Zelensky"}},
			{"b", model.Meeting, model.Occurred, day("2024-09-03"), "Budget hearing in Congress", []string{"Donald Trump", "Volodymyr Zelensky"}},
		}, 2, []model.Status{model.Occurred, model.Occurred}},
		// sameEncounter: the same people's call with an open time, in other words.
		{"a planned call in other words from two documents merges", []evSpec{
			{"a", model.Call, model.Planned, from("2025-01-31"), "We will be speaking", []string{"Donald Trump", "Vladimir Putin"}},
			{"b", model.Call, model.Planned, from("2025-02-10"), "I expect many more conversations", []string{"Donald Trump", "Vladimir Putin"}},
		}, 1, []model.Status{model.Planned}},
		{"an undated call joins the call of the same people by another document", []evSpec{
			{"a", model.Call, model.Unconfirmed, by("2025-02-10"), "Peskov: a possible conversation between Trump and Putin", []string{"Donald Trump", "Vladimir Putin"}},
			{"b", model.Call, model.Occurred, model.When{}, "Trump admitted direct contacts with Putin", []string{"Donald Trump", "Vladimir Putin"}},
		}, 1, []model.Status{model.Unconfirmed}},
		{"two open calls of one document stay two", []evSpec{
			{"a", model.Call, model.Planned, from("2025-01-31"), "We will be speaking", []string{"Donald Trump", "Vladimir Putin"}},
			{"a", model.Call, model.Planned, from("2025-02-10"), "I expect many more conversations", []string{"Donald Trump", "Vladimir Putin"}},
		}, 2, []model.Status{model.Planned, model.Planned}},
		{"open talks and an open meeting of the same people stay two", []evSpec{
			{"a", model.Talks, model.Planned, from("2025-01-07"), "preparations for talks between Trump and Putin", []string{"Donald Trump", "Vladimir Putin"}},
			{"b", model.Meeting, model.Planned, model.When{}, "potential summits of Trump with Putin", []string{"Donald Trump", "Vladimir Putin"}},
		}, 2, []model.Status{model.Planned, model.Planned}},
		{"an open call and one of other people stay two", []evSpec{
			{"a", model.Call, model.Planned, from("2025-01-31"), "We will be speaking", []string{"Donald Trump", "Vladimir Putin"}},
			{"b", model.Call, model.Planned, from("2025-02-10"), "I expect many more conversations", []string{"Donald Trump", "Volodymyr Zelensky"}},
		}, 2, []model.Status{model.Planned, model.Planned}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			byDoc := map[string]*tdoc{}
			for _, e := range tt.events {
				d := byDoc[e.doc]
				if d == nil {
					d = newDoc(e.doc, "")
					byDoc[e.doc] = d
				}
				start := len(d.a.text)
				d.a.text += e.summary + ". "
				d.a.art.Text = d.a.text
				var parts []int
				for _, p := range e.parts {
					d.a.ents = append(d.a.ents, docEntity{Name: p, Kind: model.Person, Aliases: []string{p}})
					parts = append(parts, len(d.a.ents)-1)
				}
				d.a.events = append(d.a.events, eventMention{Type: e.typ, Status: e.status, Summary: e.summary, When: e.when,
					Participants: parts, Location: -1, Start: start, End: start + len(e.summary) + 1,
					Trigger: strings.Fields(e.summary)[1], TriggerStart: start})
			}
			var ds []*tdoc
			for _, k := range sortedKeys(byDoc) {
				ds = append(ds, byDoc[k])
			}
			m := merge(docsOf(ds...))
			var got []model.Status
			for _, e := range m.events {
				got = append(got, e.Status)
			}
			slices.Sort(got)
			if len(m.events) != tt.wantEvents || !slices.Equal(got, tt.wantStatus) {
				t.Errorf("got %d events %v, want %d %v: %v", len(m.events), got, tt.wantEvents, tt.wantStatus, ids(m.events))
			}
		})
	}
}

func TestMergeEntities(t *testing.T) {
	type ent struct {
		doc, name string
		kind      model.EntityKind
	}
	tests := []struct {
		name string
		ents []ent
		want []string // merged entity IDs
	}{
		{"spelling variants merge", []ent{
			{"a", "Volodymyr Zelensky", model.Person},
			{"b", "Volodymyr Zelenskyy", model.Person},
			{"c", "Volodymyr Zelenskiy", model.Person},
			{"c", "Zelenskiy", model.Person},
			{"d", "Volodymyr Zelensky", model.Person},
		}, []string{"person:volodymyr-zelensky"}},
		{"a typo in the given name merges", []ent{
			{"a", "Vladimir Putin", model.Person},
			{"b", "Vladimir Putin", model.Person},
			{"c", "Vladimit Putin", model.Person},
			{"c", "Putin", model.Person},
		}, []string{"person:vladimir-putin"}},
		{"Waltz is not Walsh", []ent{
			{"a", "Mike Waltz", model.Person},
			{"b", "Mike Walsh", model.Person},
		}, []string{"person:mike-walsh", "person:mike-waltz"}},
		{"a surname shared by two people stays apart", []ent{
			{"a", "Donald Trump", model.Person},
			{"b", "Melania Trump", model.Person},
			{"c", "Trump", model.Person},
		}, []string{"person:donald-trump", "person:melania-trump", "person:trump"}},
		{"titles, possessives and full stops", []ent{
			{"a", "Russian President Vladimir Putin", model.Person},
			{"b", "Vladimir Putin’s", model.Person},
			{"c", "U.S.", model.Place},
			{"d", "United States", model.Place},
			{"e", "US", model.Place},
		}, []string{"person:vladimir-putin", "place:united-states"}},
		{"kind by majority", []ent{
			{"a", "Kremlin", model.Person},
			{"b", "Kremlin", model.Organization},
			{"c", "Kremlin", model.Organization},
		}, []string{"organization:kremlin"}},
		{"kind tie broken person first", []ent{
			{"a", "Rubio", model.Place},
			{"b", "Rubio", model.Person},
		}, []string{"person:rubio"}},
		{"a title the list does not know", []ent{
			{"a", "Louisiana Gov. Bobby Jindal", model.Person},
			{"b", "Bobby Jindal", model.Person},
			{"c", "Jindal", model.Person},
		}, []string{"person:bobby-jindal"}},
		{"a courtesy title and a dominant full name", []ent{
			{"a", "Barack Obama", model.Person},
			{"b", "Barack Obama", model.Person},
			{"c", "Barack Obama", model.Person},
			{"d", "Mr Obama", model.Person},
			{"e", "Obama", model.Person},
			{"e", "Following Obama", model.Person},
		}, []string{"person:barack-obama", "person:following-obama"}},
		{"given names that differ", []ent{
			{"a", "Joe Biden", model.Person},
			{"b", "Hunter Biden", model.Person},
		}, []string{"person:hunter-biden", "person:joe-biden"}},
		{"an organisation's head word is no surname", []ent{
			{"a", "National Oceanic and Atmospheric Administration", model.Organization},
			{"b", "Administration", model.Organization},
		}, []string{"organization:administration", "organization:national-oceanic-and-atmospheric-administration"}},
		{"a generational suffix is no surname", []ent{
			{"a", "Carl T. Ostrow Jr.", model.Person},
			{"b", "Ostrow Jr.", model.Place},
			{"b", "Ostrow", model.Person},
			{"c", "Lena Marsh Jr.", model.Person},
			{"d", "Jr.", model.Person},
		}, []string{"person:carl-t-ostrow-jr", "person:jr", "person:lena-marsh-jr"}},
		{"different suffixes are different people", []ent{
			{"a", "Harold Quill Sr.", model.Person},
			{"b", "Harold Quill Jr.", model.Person},
			{"c", "Quill Sr.", model.Person},
		}, []string{"person:harold-quill-jr", "person:harold-quill-sr"}},
		{"a person's name expands no acronym", []ent{
			{"a", "Mara Lind Quist", model.Person},
			{"b", "Mara Lind Quist", model.Organization},
			{"b", "MLQ", model.Organization},
			{"c", "Harbour Safety Board", model.Organization},
			{"d", "HSB", model.Organization},
		}, []string{"organization:harbour-safety-board", "organization:mlq", "person:mara-lind-quist"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			byDoc := map[string]*tdoc{}
			for _, e := range tt.ents {
				d := byDoc[e.doc]
				if d == nil {
					d = newDoc(e.doc, "")
					byDoc[e.doc] = d
				}
				start := len(d.a.text)
				d.a.text += e.name + ". "
				d.a.ents = append(d.a.ents, docEntity{Name: e.name, Kind: e.kind, Aliases: []string{e.name}, Mentions: []span{{start, start + len(e.name)}}})
			}
			var ds []*tdoc
			for _, k := range sortedKeys(byDoc) {
				ds = append(ds, byDoc[k])
			}
			x := mergeEntities(docsOf(ds...))
			var got []string
			for _, e := range x.entities {
				got = append(got, e.ID)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("entities mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestMergeEntityDetails(t *testing.T) {
	x := mergeEntities(docsOf(sampleCorpus()...))
	var putin model.Entity
	for _, e := range x.entities {
		if e.ID == "person:vladimir-putin" {
			putin = e
		}
	}
	if want := []string{"Putin", "Vladimir Putin", "Vladimit Putin"}; !slices.Equal(putin.Aliases, want) {
		t.Errorf("Putin aliases = %q, want %q", putin.Aliases, want)
	}
	if putin.Mentions != len(putin.Spans) || putin.Mentions == 0 {
		t.Errorf("Putin mentions = %d, spans %d", putin.Mentions, len(putin.Spans))
	}
	for _, s := range putin.Spans {
		if !strings.Contains(s.Text, "Putin") {
			t.Errorf("span %v does not point at Putin", s)
		}
	}
}

func TestMergeAnchors(t *testing.T) {
	a := newDoc("a", "Donald Trump's inauguration took place on January 20.")
	trA := a.ent("Donald Trump", model.Person)
	a.ev(model.OtherType, model.Occurred, day("2025-01-20"), "inauguration", "Trump's inauguration", []int{trA})
	b := newDoc("b", "Two days after his inauguration, Donald Trump called on Putin to end the war.")
	trB := b.ent("Donald Trump", model.Person)
	b.ev(model.Statement, model.Occurred, model.When{Text: "two days after his inauguration", Granularity: model.UnknownGranule, Basis: model.UnknownBasis}, "called on", "Trump called on Putin to end the war", []int{trB})
	b.a.events[0].Anchor = &anchorRef{Event: "inauguration", Days: 2}
	c := newDoc("c", "Three days after the summit, Donald Trump spoke.")
	trC := c.ent("Donald Trump", model.Person)
	c.ev(model.Statement, model.Occurred, model.When{Text: "three days after the summit", Granularity: model.UnknownGranule, Basis: model.UnknownBasis}, "spoke", "Trump spoke", []int{trC})
	c.a.events[0].Anchor = &anchorRef{Event: "summit", Days: 3}

	m := merge(docsOf(a, b, c))
	var got []string
	for _, e := range m.events {
		got = append(got, e.When.Value+" "+string(e.When.Basis))
	}
	want := []string{"2025-01-20 explicit", "2025-01-22 anchored", " unknown"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("anchored times mismatch (-want +got):\n%s", diff)
	}
	if len(m.diags) != 1 || !strings.Contains(m.diags[0].Message, `"summit"`) {
		t.Errorf("diagnostics = %v, want one about the summit", m.diags)
	}
}

// mergeJSON merges docs and returns the result as JSON, for comparing bytes.
func mergeJSON(t *testing.T, docs []*analysis) string {
	t.Helper()
	m := merge(docs)
	b, err := json.MarshalIndent(struct {
		E []model.Entity
		V []model.Event
		D model.DiagnosticList
	}{m.entities, m.events, m.diags}, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestMergeOrderIndependent(t *testing.T) {
	want := mergeJSON(t, docsOf(sampleCorpus()...))
	r := rand.New(rand.NewPCG(1, 2))
	for range 20 {
		docs := docsOf(sampleCorpus()...)
		r.Shuffle(len(docs), func(i, j int) { docs[i], docs[j] = docs[j], docs[i] })
		for _, d := range docs {
			r.Shuffle(len(d.events), func(i, j int) { d.events[i], d.events[j] = d.events[j], d.events[i] })
		}
		if got := mergeJSON(t, docs); got != want {
			t.Fatalf("shuffled documents give another result:\n%s", cmp.Diff(want, got))
		}
	}
}

func TestMergeIDsStable(t *testing.T) {
	base := merge(docsOf(sampleCorpus()...))
	baseIDs := map[string]bool{}
	for _, e := range base.events {
		baseIDs[e.ID] = true
	}
	for _, e := range base.entities {
		baseIDs[e.ID] = true
	}

	// An article that reports nothing already in the timeline changes no ID.
	u := newDoc("0-unrelated", `Keir Starmer visited Paris on February 3. Starmer said the visit was useful.`)
	ks, pa := u.ent("Keir Starmer", model.Person, "Starmer"), u.ent("Paris", model.Place)
	u.ev(model.Visit, model.Occurred, day("2025-02-03"), "visited", "Starmer visited Paris", []int{ks, pa})
	u.ev(model.Statement, model.Occurred, day("2025-02-03"), "said", "Starmer said the visit was useful", []int{ks})
	withUnrelated := merge(docsOf(append(sampleCorpus(), u)...))
	got := map[string]bool{}
	for _, e := range withUnrelated.events {
		got[e.ID] = true
	}
	for _, e := range withUnrelated.entities {
		got[e.ID] = true
	}
	for id := range baseIDs {
		if !got[id] {
			t.Errorf("adding an unrelated article lost ID %q", id)
		}
	}
	if n := len(withUnrelated.events) - len(base.events); n != 2 {
		t.Errorf("adding an unrelated article with two events added %d events", n)
	}

	// An article published after the others that adds a source to an event
	// keeps its ID, whatever its name or hash.
	remarks := func(m merged) model.Event {
		for _, e := range m.events {
			if e.Type == model.Statement && e.When.Value == "2025-01-31" {
				return e
			}
		}
		t.Fatalf("no remarks of 31 January: %v", ids(m.events))
		return model.Event{}
	}
	s := newDoc("0-another-source", `Trump told reporters in the Oval Office that talks with Russia were very serious.`)
	trS := s.ent("Donald Trump", model.Person, "Trump")
	s.ev(model.Statement, model.Occurred, day("2025-01-31"), "told", "Trump told reporters talks with Russia very serious", []int{trS})
	s.a.art.Published = "2025-02-03"
	withSource := merge(docsOf(append(sampleCorpus(), s)...))
	if diff := cmp.Diff(ids(base.events), ids(withSource.events)); diff != "" {
		t.Errorf("adding a source changed event IDs (-before +after):\n%s", diff)
	}
	if got := remarks(withSource); !slices.Contains(sourceDocs(got), "0-another-source") {
		t.Errorf("the new source did not join the remarks: %v", sourceDocs(got))
	}

	// Published before every other report, it becomes the first report:
	// the ID changes, and the diff tells it is the same event by the
	// sources it kept.
	s.a.art.Published = "2025-01-31"
	earlier := merge(docsOf(append(sampleCorpus(), s)...))
	oldID, newID := remarks(base).ID, remarks(earlier).ID
	if oldID == newID {
		t.Fatalf("an earlier first report kept the ID %s; the test no longer tests the rename", oldID)
	}
	d := model.Diff(&model.Timeline{Events: base.events}, &model.Timeline{Events: earlier.events})
	if len(d.AddedEvents)+len(d.RemovedEvents) > 0 || len(d.ChangedEvents) != 1 || d.ChangedEvents[0].PreviousID != oldID || d.ChangedEvents[0].ID != newID {
		t.Errorf("diff of the renamed remarks: added %v, removed %v, changed %v; want one change %s -> %s",
			d.AddedEvents, d.RemovedEvents, d.ChangedEvents, oldID, newID)
	}
}

// TestEventIDCollisions: two events of one day, type and first person get
// IDs told apart by the hash of their first reports, the same whatever the
// order of the mentions.
func TestEventIDCollisions(t *testing.T) {
	mk := func(order int) []string {
		a := newDoc("a", "Trump met Zelensky. Trump met Macron.")
		tr, ze, ma := a.ent("Donald Trump", model.Person), a.ent("Volodymyr Zelensky", model.Person), a.ent("Emmanuel Macron", model.Person)
		evs := []func(){
			func() {
				a.ev(model.Meeting, model.Occurred, day("2025-02-24"), "met Zelensky", "Trump met Zelensky", []int{tr, ze})
			},
			func() {
				a.ev(model.Meeting, model.Occurred, day("2025-02-24"), "met Macron", "Trump met Macron", []int{tr, ma})
			},
		}
		evs[order]()
		evs[1-order]()
		got := ids(merge(docsOf(a)).events)
		slices.Sort(got)
		return got
	}
	got := mk(0)
	if len(got) != 2 || got[0] == got[1] || idBase(got[0]) != "ev-2025-02-24-meeting-donald-trump" || idBase(got[1]) != idBase(got[0]) {
		t.Errorf("IDs = %v, want two ev-2025-02-24-meeting-donald-trump-<hash>", got)
	}
	if again := mk(1); !slices.Equal(got, again) {
		t.Errorf("IDs depend on the order of the mentions: %v, then %v", got, again)
	}
}

// TestAssignEventIDsNumbersCollisions: events whose bases (hash included)
// collide are numbered in the order of their first reports.
func TestAssignEventIDsNumbersCollisions(t *testing.T) {
	docs := docsOf(newDoc("b", "x"), newDoc("a", "y"))
	docs[0].art.Published = "2025-01-02"
	docs[1].art.Published = "2025-01-01"
	firsts := []*mention{{doc: 0, docID: "b", m: &eventMention{}}, {doc: 1, docID: "a", m: &eventMention{}}}
	evs := make([]model.Event, 2)
	assignEventIDs(docs, evs, []string{"ev-x", "ev-x"}, firsts)
	if evs[1].ID != "ev-x" || evs[0].ID != "ev-x-2" {
		t.Errorf("IDs = %q, %q; want the earlier published first: ev-x-2, ev-x", evs[0].ID, evs[1].ID)
	}
}

// TestAgreeClaimOverlap: an organisation's statements of one day that share
// few summary words merge when two of their claims overlap.
func TestAgreeClaimOverlap(t *testing.T) {
	mk := func(summary string, claims ...string) *mention {
		m := &mention{family: string(model.Statement), known: true, lo: 100, hi: 100, parts: []string{"organization:mitsui"}, words: contentWords(summary)}
		for _, c := range claims {
			m.claims = append(m.claims, contentWords(c))
		}
		return m
	}
	a := mk("In another development, Japanese firm Mitsui said on Tuesday that one of its subsidiaries",
		"one of its subsidiaries, Moex Offshore, had been billed $1.9bn by BP to cover costs from the oil spill")
	b := mk("Separately, Mitsui revealed today it had received a $1.9bn bill from BP",
		"today it had received a $1.9bn bill from BP to cover some of the clean-up costs of the spill")
	c := mk("It would study the bill", "it would study the claim carefully before paying anything")
	if _, ok := agree(a, b); !ok {
		t.Errorf("agree(billed $1.9bn, received a $1.9bn bill) = false, want true")
	}
	if _, ok := agree(a, c); ok {
		t.Errorf("agree(billed $1.9bn, would study the bill) = true, want false")
	}
}

// TestMergeOneSided checks that talks naming one side only are added as a
// source to the one event they report, never make an event of their own,
// and are dropped when they match no event or more than one.
func TestMergeOneSided(t *testing.T) {
	full := func(id, other string) *tdoc {
		d := newDoc(id, "Donald Trump has held very serious discussions with "+other+" about the war.")
		us, o := d.ent("Donald Trump", model.Person), d.ent(other, model.Person)
		return d.ev(model.Talks, model.Occurred, by("2025-01-31"), "discussions", "very serious discussions with "+other+" about the war", []int{us, o})
	}
	oneSided := func(id, text, summary string, status model.Status) *tdoc {
		d := newDoc(id, text)
		us := d.ent("Donald Trump", model.Person, "He")
		d.ev(model.Talks, status, by("2025-01-30"), "discussions", summary, []int{us})
		d.a.events[len(d.a.events)-1].OneSided = true
		return d
	}
	side := oneSided("s", "He has had very serious discussions about the war.", "very serious discussions about the war", model.Occurred)
	tests := []struct {
		name    string
		docs    []*tdoc
		sources [][]string // the source documents of each event, in ID order
	}{
		{"attached to the one event it reports", []*tdoc{full("a", "Vladimir Putin"), side}, [][]string{{"a", "s"}}},
		{"alone it is no event", []*tdoc{side}, nil},
		{"two of them join the same event", []*tdoc{full("a", "Vladimir Putin"), side,
			oneSided("t", "He said he has had very serious discussions about the war.", "very serious discussions about the war", model.Occurred)}, [][]string{{"a", "s", "t"}}},
		{"two events it could report: dropped", []*tdoc{full("a", "Vladimir Putin"), full("b", "Volodymyr Zelensky"), side}, [][]string{{"a"}, {"b"}}},
		{"other words: dropped", []*tdoc{full("a", "Vladimir Putin"),
			oneSided("s", "He has had trade discussions on tariffs.", "trade discussions on tariffs", model.Occurred)}, [][]string{{"a"}}},
		{"a plan never joins a report that it happened", []*tdoc{full("a", "Vladimir Putin"),
			oneSided("s", "He will have very serious discussions about the war.", "very serious discussions about the war", model.Planned)}, [][]string{{"a"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := merge(docsOf(tt.docs...))
			var got [][]string
			for _, e := range m.events {
				got = append(got, sourceDocs(e))
			}
			if diff := cmp.Diff(tt.sources, got); diff != "" {
				t.Errorf("sources of %v (-want +got):\n%s", ids(m.events), diff)
			}
		})
	}
}

// TestMergeRenameIndependent checks that the clusters do not depend on the
// documents' names: a report that could join either of two reports that
// exclude each other (2 February, between 1 and 3 February) must join the
// same one whatever the three documents are called.
func TestMergeRenameIndependent(t *testing.T) {
	texts := []struct {
		text string
		when model.When
	}{
		{"Jane Roe said the spill was under control.", day("2025-02-01")},
		{"Jane Roe said again the spill was under control.", by("2025-02-03")},
		{"Jane Roe said once more the spill was under control.", day("2025-02-03")},
	}
	var want string
	for _, names := range [][]string{{"a", "b", "c"}, {"c", "b", "a"}, {"b", "a", "c"}, {"a", "c", "b"}} {
		var ds []*tdoc
		for i, x := range texts {
			d := newDoc(names[i], x.text)
			d.ev(model.Statement, model.Occurred, x.when, "said", "the spill was under control", []int{d.ent("Jane Roe", model.Person)})
			ds = append(ds, d)
		}
		var groups []string
		for _, e := range merge(docsOf(ds...)).events {
			var g []string
			for _, s := range e.Sources {
				g = append(g, strings.Fields(s.Text)[3]) // the word that tells the texts apart
			}
			slices.Sort(g)
			groups = append(groups, strings.Join(g, "+"))
		}
		slices.Sort(groups)
		got := strings.Join(groups, " | ")
		if want == "" {
			want = got
		}
		if got != want {
			t.Errorf("documents named %v: clusters %s, want %s as with the first names", names, got, want)
		}
	}
}
