package extract

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/timelinehq/timeline/model"
)

// merged is what the merge step makes of all the documents.
type merged struct {
	entities []model.Entity
	events   []model.Event
	diags    model.DiagnosticList
}

// merge combines the analyses of all documents into one list of entities
// and one of events, with stable IDs. It is the only step that sees the
// whole corpus, and it reads top to bottom:
//
//  1. mergeEntities: the entities of all documents become one list (one
//     Donald Trump, one Zelensky, whatever the spelling).
//  2. resolveAnchors: a time given relative to another event ("two days
//     after his inauguration") is dated when some document dates an event
//     with that trigger.
//  3. newMention: every event mention gets its merged participants, its
//     time window and its evidence words, and blockKeys gives it its
//     blocking keys (type family, status class, participant, time bucket).
//  4. candidatePairs: mentions are compared only within a block, so the
//     work grows with the number of mentions times the size of a block, not
//     with its square; agree scores each pair.
//  5. cluster: the pairs are taken best first and joined by union-find when
//     the two clusters still agree as wholes (their times overlap, their
//     participants agree).
//  6. buildEvent and assignEventIDs: each cluster becomes one event with
//     every source and claim, the most precise time, the combined status,
//     and an ID made from its first report (see eventIDBase).
//
// Steps 3-5 are an associative combine: the mentions of any set of
// documents can be blocked and merged apart and their clusters merged
// again. Nothing depends on the order of docs: mentions are sorted by their
// content first, and every tie is broken by content.
func merge(docs []*analysis) merged {
	ents := mergeEntities(docs)
	var out merged
	out.entities = ents.entities
	anchored, diags := resolveAnchors(docs)
	out.diags = diags

	var ms, oneSided []*mention
	for d, a := range docs {
		for i := range a.events {
			m := newMention(docs, ents, anchored, d, i)
			if m.m.OneSided {
				oneSided = append(oneSided, m)
			} else {
				ms = append(ms, m)
			}
		}
	}
	slices.SortFunc(ms, compareMentions)
	slices.SortFunc(oneSided, compareMentions)
	for i, m := range ms {
		m.index = i
	}
	clusters := cluster(ms, candidatePairs(ms))
	groups := make([][]*mention, len(clusters))
	for i, c := range clusters {
		groups[i] = make([]*mention, len(c))
		for j, k := range c {
			groups[i][j] = ms[k]
		}
	}
	attachOneSided(groups, oneSided)
	bases := make([]string, len(groups))
	firsts := make([]*mention, len(groups))
	for i, members := range groups {
		out.events = append(out.events, buildEvent(docs, ents, members))
		firsts[i] = firstReport(docs, members)
		bases[i] = eventIDBase(docs, firsts[i])
	}
	assignEventIDs(docs, out.events, bases, firsts)
	sortEvents(out.events)
	if out.events == nil {
		out.events = []model.Event{}
	}
	return out
}

// resolveAnchors dates the event mentions whose time is given relative to
// another event ("two days after his inauguration": Anchor{"inauguration",
// 2}). The anchoring event is any event mention of the corpus, in any
// document, that is dated to a day by itself (not anchored) and whose
// trigger is the anchor's word (after stemming, one stem a prefix of the
// other: "inauguration", "inaugurated"). When several days are given, the
// one given by most mentions wins, then the earliest. The result maps
// {document, event} (an entityRef used as a pair of indexes) to the new
// time, with basis anchored; a mention whose anchor is dated nowhere keeps
// its time, and gets an info diagnostic.
func resolveAnchors(docs []*analysis) (map[entityRef]model.When, model.DiagnosticList) {
	votes := map[string]map[int]int{} // trigger stem -> day -> mentions
	any := false
	for _, a := range docs {
		for _, em := range a.events {
			if em.Anchor != nil {
				any = true
				continue
			}
			lo, hi, ok := bounds(em.When)
			t := stem(strings.ToLower(strings.TrimSpace(em.Trigger)))
			if !ok || lo != hi || t == "" {
				continue
			}
			if votes[t] == nil {
				votes[t] = map[int]int{}
			}
			votes[t][lo]++
		}
	}
	if !any {
		return nil, nil
	}
	triggers := sortedKeys(votes)
	out := map[entityRef]model.When{}
	var diags model.DiagnosticList
	for d, a := range docs {
		for i, em := range a.events {
			if em.Anchor == nil {
				continue
			}
			word := stem(strings.ToLower(strings.TrimSpace(em.Anchor.Event)))
			days := map[int]int{}
			for _, t := range triggers {
				short, long := t, word
				if len(short) > len(long) {
					short, long = long, short
				}
				if len(short) >= 5 && strings.HasPrefix(long, short) || t == word {
					for day, n := range votes[t] {
						days[day] += n
					}
				}
			}
			if len(days) == 0 {
				diags = append(diags, model.Diagnostic{Document: a.art.ID, Start: em.Start, End: em.End, Severity: model.Info,
					Message: fmt.Sprintf("anchored time %q not resolved: no event %q is dated in the corpus", em.When.Text, em.Anchor.Event)})
				continue
			}
			best, n := 0, -1
			for _, day := range sortedKeys(days) {
				if days[day] > n {
					best, n = day, days[day]
				}
			}
			v := dayString(best + em.Anchor.Days)
			w := model.When{Value: v, Start: &v, End: clonePtr(&v), Granularity: model.Day, Text: em.When.Text, Basis: model.Anchored}
			out[entityRef{d, i}] = w
		}
	}
	return out, diags
}

// mention is one event mention with what merging needs to know about it.
type mention struct {
	doc, idx int // docs[doc].events[idx]
	index    int // position in the sorted list of all mentions
	docID    string
	sha      string // hash of the document's text
	m        *eventMention

	family string // type family: mentions of different families never merge
	future bool   // planned or possible: never merged with reports that it happened
	known  bool   // whether it has a time
	lo, hi int    // inclusive window of days (since 1970-01-01) the event can be on
	exact  int    // hi-lo of the mention's own time, for "most precise"; openTime when it has no two bounds

	parts  []string   // merged participant IDs, sorted
	words  []string   // content words of summary and trigger, stemmed, sorted, unique
	claims [][]string // content words of each claim text
	trig   string     // stemmed trigger
}

// typeFamily groups event types that may name the same event: a meeting
// may be reported as talks or as a visit; a call and a statement are each
// their own family.
func typeFamily(t model.EventType, cameo string) string {
	switch t {
	case model.Meeting, model.Talks, model.Visit:
		return "meet"
	case model.Statement, model.Call:
		return string(t)
	}
	if len(cameo) >= 2 {
		return "other" + cameo[:2]
	}
	return "other"
}

// isFuture reports whether a status says the event has not happened yet.
func isFuture(s model.Status) bool { return s == model.Planned || s == model.Possible }

// openWindow is how many days an open-ended time reaches: an event bounded
// only by the publication date ("Trump said", no time words) is taken to be
// within the three days before it; one with only a start, within the month after.
const (
	openBefore = 3
	openAfter  = 30
)

// openTime is the exact of a mention whose time lacks a bound.
const openTime = 1 << 30

// newMention prepares docs[d].events[i] for merging, with the time
// resolveAnchors gave it if it had an anchor.
func newMention(docs []*analysis, ents *entityIndex, anchored map[entityRef]model.When, d, i int) *mention {
	a := docs[d]
	em := &a.events[i]
	if w, ok := anchored[entityRef{d, i}]; ok {
		c := *em
		c.When = w
		em = &c
	}
	m := &mention{doc: d, idx: i, docID: a.art.ID, sha: a.sha, m: em, family: typeFamily(em.Type, em.CAMEO), future: isFuture(em.Status)}
	m.lo, m.hi, m.known = window(em.When)
	if lo, hi, ok := bounds(em.When); ok {
		m.exact = hi - lo
	} else {
		m.exact = openTime
	}
	for _, p := range em.Participants {
		if id := ents.id(d, p); id != "" {
			m.parts = append(m.parts, id)
		}
	}
	slices.Sort(m.parts)
	m.parts = slices.Compact(m.parts)
	m.words = slices.DeleteFunc(contentWords(em.Summary+" "+em.Trigger), func(w string) bool {
		for _, p := range m.parts {
			if ents.nameWords[p][w] {
				return true
			}
		}
		return false
	})
	if m.family != string(model.Statement) { // "said", "told": no evidence
		m.trig = stem(strings.ToLower(em.Trigger))
	}
	for _, c := range em.Claims {
		if c >= 0 && c < len(a.claims) {
			m.claims = append(m.claims, contentWords(a.claims[c].Text))
		}
	}
	return m
}

// compareMentions orders mentions by their content: the document's text
// (its hash), passage, trigger, type; the document's name breaks a tie
// between two copies of one text, and the position in the document is the
// last tie-breaker. Clustering takes pairs in this order, so the timeline
// does not change when documents are renamed (file names in `timeline
// build`, outlet-date-file names in TestMergeBpoil).
func compareMentions(a, b *mention) int {
	return cmp.Or(cmp.Compare(a.sha, b.sha), cmp.Compare(a.docID, b.docID), cmp.Compare(a.m.Start, b.m.Start), cmp.Compare(a.m.End, b.m.End),
		cmp.Compare(a.m.TriggerStart, b.m.TriggerStart), cmp.Compare(a.m.Type, b.m.Type), cmp.Compare(a.m.Status, b.m.Status),
		cmp.Compare(a.m.Summary, b.m.Summary), cmp.Compare(a.idx, b.idx))
}

// bounds returns the first and last day of w (days since 1970-01-01) when
// both are known.
func bounds(w model.When) (lo, hi int, ok bool) {
	s, okS := dayOf(w.Start)
	e, okE := dayOf(w.End)
	if okS && okE && s <= e {
		return s, e, true
	}
	if !okS && !okE {
		return valueBounds(w.Value)
	}
	return 0, 0, false
}

// window returns the days an event of time w can be on, for comparing it
// with others: its bounds, or the openBefore days up to an end, or the
// openAfter days from a start.
func window(w model.When) (lo, hi int, ok bool) {
	if lo, hi, ok := bounds(w); ok {
		return lo, hi, true
	}
	s, okS := dayOf(w.Start)
	e, okE := dayOf(w.End)
	switch {
	case okE:
		return e - openBefore, e, true
	case okS:
		return s, s + openAfter, true
	}
	return 0, 0, false
}

// dayOf parses a YYYY-MM-DD date into days since 1970-01-01.
func dayOf(p *string) (int, bool) {
	if p == nil {
		return 0, false
	}
	return parseDay(*p)
}

func parseDay(s string) (int, bool) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return 0, false
	}
	return int(t.Unix() / 86400), true
}

// dayString formats days since 1970-01-01 as YYYY-MM-DD.
func dayString(d int) string {
	return time.Unix(int64(d)*86400, 0).UTC().Format(time.DateOnly)
}

// valueBounds gives the bounds of an ISO value when a When has no start or
// end: "2025-01-31", "2025-01", "2025", "2025-02-14/2025-02-16".
func valueBounds(v string) (lo, hi int, ok bool) {
	if a, b, found := strings.Cut(v, "/"); found {
		lo, _, ok1 := valueBounds(a)
		_, hi, ok2 := valueBounds(b)
		return lo, hi, ok1 && ok2 && lo <= hi
	}
	switch len(v) {
	case 10:
		d, ok := parseDay(v)
		return d, d, ok
	case 7:
		t, err := time.Parse("2006-01", v)
		if err != nil {
			return 0, 0, false
		}
		lo := int(t.Unix() / 86400)
		return lo, int(t.AddDate(0, 1, -1).Unix() / 86400), true
	case 4:
		t, err := time.Parse("2006", v)
		if err != nil {
			return 0, 0, false
		}
		lo := int(t.Unix() / 86400)
		return lo, int(t.AddDate(1, 0, -1).Unix() / 86400), true
	}
	return 0, 0, false
}

// Blocking. A mention gets one key per participant (or "-" when it has
// none) and per time bucket; its type family and status class are part of
// every key. A mention whose window is at most two weeks long is "fine"
// and goes into a day bucket per day; longer ones are "coarse" and go into
// month buckets (up to a quarter) or year buckets (up to five years; longer
// or unknown times share one bucket). Every fine mention is also a member
// of the month and year buckets it touches, so that a coarse mention meets
// the fine ones of its month or year; within those buckets only pairs with
// a coarse member are compared, so thousands of fine mentions of one month
// are never compared pairwise. Coarse pairs need shared words to agree
// (see agree), so month, year and unknown buckets are further split by
// each of the mention's rareWords rarest words and its trigger: two
// mentions that share enough words for a coarse match nearly always share
// one of those. Every dated mention is also a fine member of the no-time
// bucket, so that a mention with no time can join a dated event when
// their words agree.
const (
	fineDays    = 14
	monthBucket = 92
	yearBuckets = 5
	rareWords   = 3
)

// blockEntry is one mention's membership of one block. A block is named
// by its parts (type family, status class, participant, time bucket and,
// but for day buckets, a word: "statement|r|person:donald-trump|D2025-01-31")
// and keyed by the 64-bit FNV-1a hash of that name: sorting a few million
// integers is several times cheaper than sorting as many strings, and two
// names that hash alike (about one chance in 10^7 for a million blocks)
// only put their mentions in one block, giving agree more pairs to refuse,
// never fewer.
type blockEntry struct {
	key    uint64
	index  int32
	day    bool // a day bucket: every pair of members is compared
	coarse bool
}

// blockHash is an FNV-1a hash over the parts of a block name.
type blockHash uint64

const blockHashStart blockHash = 14695981039346656037

// add hashes s and a separator into h.
func (h blockHash) add(s string) blockHash {
	for i := 0; i < len(s); i++ {
		h = (h ^ blockHash(s[i])) * 1099511628211
	}
	return (h ^ '|') * 1099511628211
}

// blockKeys returns the block memberships of m; rare are its rarest
// evidence words, enc its encounterKey. The encounter key is one more
// word for the blocks of a mention that sameEncounter may join: those of
// an open mention, and the month and year blocks of a dated one as a fine
// member (not its no-time block: an undated call would then be compared
// with every dated call of its people).
func blockKeys(m *mention, rare []string, enc string) []blockEntry {
	class := "r"
	if m.future {
		class = "f"
	}
	parts := m.parts
	if len(parts) == 0 {
		parts = []string{"-"}
	}
	if len(rare) == 0 {
		rare = []string{"-"}
	}
	var out []blockEntry
	fc := blockHashStart.add(m.family).add(class)
	add := func(bucket string, coarse bool) {
		for _, p := range parts {
			k := fc.add(p).add(bucket)
			if bucket[0] == 'D' {
				out = append(out, blockEntry{key: uint64(k), index: int32(m.index), day: true, coarse: coarse})
				continue
			}
			for _, w := range rare {
				out = append(out, blockEntry{key: uint64(k.add(w)), index: int32(m.index), coarse: coarse})
			}
			if enc != "" && (m.exact == openTime || !coarse && bucket != "?") {
				out = append(out, blockEntry{key: uint64(k.add(enc)), index: int32(m.index), coarse: coarse})
			}
		}
	}
	if !m.known {
		add("?", true)
		return out
	}
	add("?", false) // so that mentions with no time meet this one
	span := m.hi - m.lo + 1
	lo, hi := time.Unix(int64(m.lo)*86400, 0).UTC(), time.Unix(int64(m.hi)*86400, 0).UTC()
	months := func(coarse bool) {
		for t := time.Date(lo.Year(), lo.Month(), 1, 0, 0, 0, 0, time.UTC); !t.After(hi); t = t.AddDate(0, 1, 0) {
			add(t.Format("M2006-01"), coarse)
		}
	}
	years := func(coarse bool) {
		for y := lo.Year(); y <= hi.Year(); y++ {
			add(fmt.Sprintf("Y%04d", y), coarse)
		}
	}
	switch {
	case span <= fineDays:
		for d := m.lo; d <= m.hi; d++ {
			add("D"+dayString(d), false)
		}
		months(false)
		years(false)
	case span <= monthBucket:
		months(true)
		years(false)
	case hi.Year()-lo.Year() < yearBuckets:
		years(true)
	default:
		add("?", true)
	}
	return out
}

// pair is two mentions that may report the same event, with how well
// they agree.
type pair struct {
	a, b  int // indexes into the sorted mentions, a < b
	score float64
}

// evidenceWords returns the words of a mention's summary, trigger and
// claims, sorted and unique.
func evidenceWords(m *mention) []string {
	w := slices.Clone(m.words)
	for _, c := range m.claims {
		w = append(w, c...)
	}
	slices.Sort(w)
	return slices.Compact(w)
}

// candidatePairs compares the mentions that share a block and returns the
// pairs that agree, best first (score, then the mentions' order).
func candidatePairs(ms []*mention) []pair {
	df := map[string]int{} // how many mentions use each word
	ev := make([][]string, len(ms))
	for i, m := range ms {
		ev[i] = evidenceWords(m)
		for _, w := range ev[i] {
			df[w]++
		}
	}
	// The blocks: every membership, sorted by key, so that a block is a run
	// of entries (a sort is cheaper than a map of a million keys).
	var entries []blockEntry
	for i, m := range ms {
		rare := slices.Clone(ev[i])
		slices.SortFunc(rare, func(a, b string) int { return cmp.Or(cmp.Compare(df[a], df[b]), cmp.Compare(a, b)) })
		rare = rare[:min(len(rare), rareWords)]
		if m.trig != "" && !slices.Contains(rare, m.trig) {
			rare = append(rare, m.trig)
		}
		entries = append(entries, blockKeys(m, rare, encounterKey(m))...)
	}
	slices.SortFunc(entries, func(a, b blockEntry) int {
		return cmp.Or(cmp.Compare(a.key, b.key), cmp.Compare(b2i(a.day), b2i(b.day)), cmp.Compare(a.index, b.index))
	})
	seen := map[[2]int]bool{}
	var out []pair
	try := func(x, y int) {
		a, b := min(x, y), max(x, y)
		if a == b || seen[[2]int{a, b}] {
			return
		}
		seen[[2]int{a, b}] = true
		if s, ok := agree(ms[a], ms[b]); ok {
			out = append(out, pair{a, b, s})
		}
	}
	for lo := 0; lo < len(entries); {
		hi := lo + 1
		for hi < len(entries) && entries[hi].key == entries[lo].key && entries[hi].day == entries[lo].day {
			hi++
		}
		members := entries[lo:hi]
		lo = hi
		if len(members) < 2 {
			continue
		}
		if members[0].day {
			for x := range members {
				for y := x + 1; y < len(members); y++ {
					try(int(members[x].index), int(members[y].index))
				}
			}
			continue
		}
		for x, c := range members {
			if !c.coarse {
				continue
			}
			for y, o := range members {
				if y != x && (!o.coarse || y > x) {
					try(int(c.index), int(o.index))
				}
			}
		}
	}
	slices.SortFunc(out, func(p, q pair) int {
		return cmp.Or(-cmp.Compare(p.score, q.score), cmp.Compare(p.a, q.a), cmp.Compare(p.b, q.b))
	})
	return out
}

// agree reports whether two mentions report the same event, and how
// strongly (the evidence score). They must be of the same type family and
// status class (the blocks see to that), their time windows must overlap
// (a mention with no time overlaps everything), their participants must
// agree (participantsAgree; or looseParticipantsAgree with evidence of
// 0.25), and the evidence must suffice: a shared claim (the same quotation
// or nearly), or shared words of summary and trigger (the words of the
// participants' names left out: they are already compared; and a
// statement's trigger, "said", "told", is no evidence). The share of words
// needed:
//   - the same day and the same participants: none for calls, meetings,
//     talks and visits (the same people's call on one day is one call)
//     and for statements of people (a person's remarks of one day are
//     usually one appearance, reported in different words); 0.1 for
//     statements of organisations (a company or agency says many things a
//     day), or two claims that overlap by 0.3 (claimOverlap: one
//     announcement quoted in other words);
//   - the same day otherwise: 0.15, or the same trigger;
//   - coarser times: 0.25, or the same trigger and the same two or more
//     participants;
//   - no time on one side: 0.35; on both: 0.5;
//   - none for the same people's call, meeting, talks or visit reported
//     by two documents when one of them leaves the time open
//     (sameEncounter).
func agree(a, b *mention) (float64, bool) {
	if a.family != b.family || a.future != b.future {
		return 0, false
	}
	if a.known && b.known && (a.hi < b.lo || b.hi < a.lo) {
		return 0, false
	}
	strict := participantsAgree(a.parts, b.parts)
	if !strict && !looseParticipantsAgree(a.parts, b.parts) {
		return 0, false
	}
	score := jaccard(a.words, b.words)
	shared := sharedClaim(a.claims, b.claims)
	if shared {
		score += 1
	}
	sameTrig := a.trig != "" && a.trig == b.trig
	if sameTrig {
		score += 0.2
	}
	sameParts := slices.Equal(a.parts, b.parts) && len(a.parts) > 0
	switch {
	case shared:
		return score, true
	case !strict:
		return score, score >= 0.25
	case sameEncounter(a, b):
		return score, true
	case !a.known && !b.known:
		return score, score >= 0.5
	case !a.known || !b.known:
		return score, score >= 0.35
	case a.exact == 0 && b.exact == 0 && sameParts && (a.family != string(model.Statement) || len(persons(a.parts)) == len(a.parts)):
		return score, true
	case a.exact == 0 && b.exact == 0 && sameParts:
		co := claimOverlap(a.claims, b.claims)
		return score + co, score >= 0.1 || co >= 0.3
	case a.exact == 0 && b.exact == 0:
		return score, sameTrig || score >= 0.15
	case sameTrig && sameParts && len(a.parts) >= 2:
		return score, true
	}
	return score, score >= 0.25
}

// encounterKey returns the blocking word that brings together the calls,
// meetings, talks or visits of two or more people that sameEncounter may
// join ("@call"), or "" for other mentions.
func encounterKey(m *mention) string {
	switch m.m.Type {
	case model.Call, model.Meeting, model.Talks, model.Visit:
		if len(persons(m.parts)) >= 2 {
			return "@" + string(m.m.Type)
		}
	}
	return ""
}

// sameEncounter reports whether two mentions from different documents
// report one call, meeting, talks or visit of the same people at a time
// that at least one of them leaves open ("We will be speaking" and "I
// expect I will have many more conversations"; "direct conversations" and
// "a possible conversation between Trump and Putin"): two or more people
// have one pending call or meeting at a time, and articles that report it
// seldom share words when one of them gives no date. It needs the same
// type (a meeting and talks of the same people may be two steps), the
// same people (two or more: any other participants must still agree, see
// agree), windows that overlap (checked by agree) and two documents: an
// article that names two such events names two events.
func sameEncounter(a, b *mention) bool {
	if a.docID == b.docID || a.m.Type != b.m.Type || encounterKey(a) == "" {
		return false
	}
	if a.exact != openTime && b.exact != openTime {
		return false
	}
	return slices.Equal(persons(a.parts), persons(b.parts))
}

// looseParticipantsAgree reports whether two sorted participant lists that
// fail participantsAgree may still be of one event when the evidence is
// good: they share someone, and their people agree (participantsAgree on
// the person:... IDs alone, or one names no person). Places and
// organisations are often named for the people who act for them ("the
// US", "Russia" for Trump and Putin); two different people are two events.
func looseParticipantsAgree(a, b []string) bool {
	shared := false
	for _, x := range a {
		if slices.Contains(b, x) {
			shared = true
			break
		}
	}
	if !shared {
		return false
	}
	pa, pb := persons(a), persons(b)
	return len(pa) == 0 || len(pb) == 0 || participantsAgree(pa, pb)
}

// isPerson reports whether an entity ID is a person's.
func isPerson(id string) bool { return strings.HasPrefix(id, string(model.Person)+":") }

// persons returns the person IDs of a sorted participant list.
func persons(ids []string) []string {
	var out []string
	for _, id := range ids {
		if isPerson(id) {
			out = append(out, id)
		}
	}
	return out
}

// participantsAgree reports whether two sorted participant lists can be of
// one event: both empty, or sharing someone and one holding the other or
// sharing at least half of their union (Trump+Putin and Trump do; Trump+
// Putin and Trump+Zelensky do not).
func participantsAgree(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return len(a) == len(b)
	}
	inter := intersect(a, b)
	if inter == 0 {
		return false
	}
	union := len(a) + len(b) - inter
	return inter == len(a) || inter == len(b) || 2*inter >= union
}

// sharedClaim reports whether two mentions carry the same claim: texts
// whose content words overlap by at least 0.6 (quotations reported with
// small differences: "we'll perhaps do" and "will perhaps do").
func sharedClaim(a, b [][]string) bool {
	return claimOverlap(a, b) >= 0.6
}

// claimOverlap returns the largest overlap (jaccard) of the content words
// of a claim of one mention and a claim of the other, claims of three or
// more words only: the same announcement reported in other words ("had
// been billed $1.9bn by BP to cover costs from the oil spill" and "had
// received a $1.9bn bill from BP to cover some of the clean-up costs of
// the spill" overlap by 0.35).
func claimOverlap(a, b [][]string) float64 {
	best := 0.0
	for _, x := range a {
		for _, y := range b {
			if len(x) >= 3 && len(y) >= 3 {
				best = max(best, jaccard(x, y))
			}
		}
	}
	return best
}

// intersect returns the number of words two sorted sets share.
func intersect(a, b []string) int {
	inter := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch cmp.Compare(a[i], b[j]) {
		case 0:
			inter++
			i++
			j++
		case -1:
			i++
		default:
			j++
		}
	}
	return inter
}

// jaccard is the size of the intersection of two sorted sets of words over
// the size of their union (0 when both are empty).
func jaccard(a, b []string) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 0
	}
	inter := intersect(a, b)
	return float64(inter) / float64(len(a)+len(b)-inter)
}

// stopWords are left out of the evidence words.
var stopWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`a an the and or but of to in on at by for with from as is are was were be been being has
		have had do does did not no that this these those it its he she they them his her their we our you your i me my
		will would could should may might can about after before over into than then there here who whom which what when
		where why how also said says say told tell according reported reports report s t`) {
		stopWords[w] = true
	}
}

// contentWords returns the stemmed content words of s, sorted and unique.
func contentWords(s string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if len(f) < 2 || stopWords[f] {
			continue
		}
		out = append(out, stem(f))
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// stem strips a few English endings so that "talks", "talked" and
// "talking" meet: a crude stemmer, good enough to compare evidence.
func stem(w string) string {
	for _, suf := range []string{"ations", "ation", "ings", "ing", "ed", "es", "s"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// clusterState is what a cluster of mentions must keep agreeing on as it
// grows: the days all its members allow, and its participants.
type clusterState struct {
	lo, hi int
	known  bool
	parts  []string
}

// cluster joins the mentions of the pairs, best pair first, with
// union-find, as long as the two clusters agree as wholes: their windows
// still overlap and their participants still agree. It returns the
// clusters, each a list of mention indexes in increasing order, in the
// order of their first mention.
func cluster(ms []*mention, pairs []pair) [][]int {
	uf := newUnionFind(len(ms))
	state := make([]clusterState, len(ms))
	for i, m := range ms {
		state[i] = clusterState{lo: m.lo, hi: m.hi, known: m.known, parts: m.parts}
	}
	for _, p := range pairs {
		ra, rb := uf.find(p.a), uf.find(p.b)
		if ra == rb {
			continue
		}
		sa, sb := state[ra], state[rb]
		if sa.known && sb.known && (max(sa.lo, sb.lo) > min(sa.hi, sb.hi)) {
			continue
		}
		if !participantsAgree(sa.parts, sb.parts) && !looseParticipantsAgree(sa.parts, sb.parts) {
			continue
		}
		r := uf.union(ra, rb)
		parts := append(slices.Clone(sa.parts), sb.parts...)
		slices.Sort(parts)
		st := clusterState{lo: max(sa.lo, sb.lo), hi: min(sa.hi, sb.hi), known: true, parts: slices.Compact(parts)}
		switch {
		case !sa.known && !sb.known:
			st.known = false
		case !sa.known:
			st.lo, st.hi = sb.lo, sb.hi
		case !sb.known:
			st.lo, st.hi = sa.lo, sa.hi
		}
		state[r] = st
	}
	byRoot := map[int][]int{}
	for i := range ms {
		r := uf.find(i)
		byRoot[r] = append(byRoot[r], i)
	}
	out := make([][]int, 0, len(byRoot))
	for _, r := range sortedKeys(byRoot) {
		out = append(out, byRoot[r])
	}
	return out
}

// attachOneSided adds each one-sided mention (eventMention.OneSided: talks
// or a meeting whose passage names one side only) to the one event that it
// reports, and drops it when there is none or more than one: alone it
// names no event a reader would list. The event must hold its participant,
// be of its type family and status class, have every member's time
// overlap its own, and share evidence with one of its members: the same
// quotation (sharedClaim), or the same trigger and two more words of the
// passage ("very serious discussions about the war" and "very serious
// discussions with Russia about its war"). Events are looked up by
// participant, so the work grows with the mentions, not their square. An
// attached mention is a report like any other: when its article is the
// earliest, it is the event's first report and makes its ID (eventIDBase).
func attachOneSided(groups [][]*mention, oneSided []*mention) {
	if len(oneSided) == 0 {
		return
	}
	byPart := map[string][]int{} // participant -> groups that hold it, increasing
	for g, ms := range groups {
		for _, m := range ms {
			for _, p := range m.parts {
				if l := byPart[p]; len(l) == 0 || l[len(l)-1] != g {
					byPart[p] = append(l, g)
				}
			}
		}
	}
	for _, s := range oneSided {
		best, bestScore, tie := -1, 0.0, false
		for _, p := range s.parts {
			for _, g := range byPart[p] {
				score, ok := reportsSameSide(s, groups[g])
				switch {
				case !ok || g == best:
				case best < 0 || score > bestScore:
					best, bestScore, tie = g, score, false
				case score == bestScore:
					tie = true
				}
			}
		}
		if best >= 0 && !tie {
			groups[best] = append(groups[best], s)
		}
	}
}

// reportsSameSide reports whether the one-sided mention s reports the
// event of the mentions ms (see attachOneSided), and how strongly.
func reportsSameSide(s *mention, ms []*mention) (float64, bool) {
	best, found := 0.0, false
	for _, m := range ms {
		if m.m.OneSided {
			continue // attached before: the event's own reports decide
		}
		if m.family != s.family || m.future != s.future || len(m.parts) < 2 {
			return 0, false
		}
		if m.known && s.known && (m.hi < s.lo || s.hi < m.lo) {
			return 0, false
		}
		score := jaccard(s.words, m.words)
		switch {
		case sharedClaim(s.claims, m.claims):
			score++
		case s.trig == "" || s.trig != m.trig || intersect(s.words, m.words) < 3:
			continue
		}
		best, found = max(best, score), true
	}
	return best, found
}

// typeOrder breaks ties in the majority vote on an event's type.
var typeOrder = []model.EventType{model.Statement, model.Call, model.Meeting, model.Talks, model.Visit, model.OtherType}

// basisRank orders the ways a date was obtained, best first, to choose
// between two equally precise times.
var basisRank = map[model.Basis]int{model.Explicit: 0, model.Relative: 1, model.Anchored: 2, model.Publication: 3, model.UnknownBasis: 4}

// combineStatus combines what the sources say about whether an event
// happened:
//   - a source that says it happened and one that it was denied, or any
//     source that says it is disputed, give disputed;
//   - otherwise a source that says it is neither confirmed nor denied
//     makes it unconfirmed, whatever the others say: "Trump says they
//     spoke" and "the Kremlin could neither confirm nor deny" is an
//     unconfirmed call (each source keeps its own status in Source.Status);
//   - otherwise occurred, then denied;
//   - among plans, planned (announced) wins over possible (may happen).
//
// Plans and reports that an event happened are never in one cluster.
func combineStatus(ss []model.Status) model.Status {
	has := map[model.Status]bool{}
	for _, s := range ss {
		if s == "" {
			s = model.Occurred
		}
		has[s] = true
	}
	switch {
	case has[model.Disputed], has[model.Occurred] && has[model.Denied]:
		return model.Disputed
	case has[model.Unconfirmed]:
		return model.Unconfirmed
	case has[model.Occurred]:
		return model.Occurred
	case has[model.Denied]:
		return model.Denied
	case has[model.Planned]:
		return model.Planned
	case has[model.Possible]:
		return model.Possible
	}
	return model.Occurred
}

// buildEvent makes the event of the mentions ms (one cluster, in mention
// order), all but its ID (see eventIDBase).
func buildEvent(docs []*analysis, ents *entityIndex, ms []*mention) model.Event {
	types := map[model.EventType]int{}
	for _, m := range ms {
		if !m.m.OneSided { // a one-sided report never decides the type
			types[m.m.Type]++
		}
	}
	ev := model.Event{Type: model.OtherType, Participants: []string{}, Claims: []model.Claim{}, Sources: []model.Source{}}
	best := -1
	for _, t := range typeOrder {
		if types[t] > best {
			ev.Type, best = t, types[t]
		}
	}
	var rep *mention // the first mention of the chosen type
	cameos := map[string]int{}
	var statuses []model.Status
	for _, m := range ms {
		if m.m.Type == ev.Type && !m.m.OneSided {
			if rep == nil || betterSummary(docs, m, rep) {
				rep = m
			}
			cameos[m.m.CAMEO]++
		}
		statuses = append(statuses, m.m.Status)
	}
	if rep == nil { // a type outside typeOrder
		rep = ms[0]
		ev.Type = rep.m.Type
		cameos[rep.m.CAMEO]++
	}
	ev.CAMEO = argmax(cameos)
	ev.Status = combineStatus(statuses)
	ev.Summary = rep.m.Summary
	ev.When = combineWhen(ms)

	partCount, locCount := map[string]int{}, map[string]int{}
	claims := map[model.Claim]bool{}
	sources := map[model.Source]bool{}
	for _, m := range ms {
		a := docs[m.doc]
		for _, p := range m.parts {
			partCount[p]++
		}
		if m.m.Location >= 0 {
			if id := ents.id(m.doc, m.m.Location); id != "" {
				locCount[id]++
			}
		}
		for _, ci := range m.m.Claims {
			if ci < 0 || ci >= len(a.claims) {
				continue
			}
			cm := a.claims[ci]
			c := model.Claim{Text: cm.Text, Kind: cm.Kind, Document: a.art.ID, Start: cm.Start, End: cm.End}
			if id := ents.id(m.doc, cm.Speaker); cm.Speaker >= 0 && id != "" {
				c.Speaker = &id
			}
			claims[c] = true
		}
		src := model.Source{Document: a.art.ID, Start: m.m.Start, End: m.m.End, Status: m.m.Status}
		if src.Status == "" {
			src.Status = model.Occurred
		}
		if m.m.Start >= 0 && m.m.Start <= m.m.End && m.m.End <= len(a.text) {
			src.Text = a.text[m.m.Start:m.m.End]
		}
		sources[src] = true
	}
	ev.Participants = sortedKeys(partCount)
	if len(locCount) > 0 {
		loc := argmax(locCount)
		ev.Location = &loc
	}
	for c := range claims {
		ev.Claims = append(ev.Claims, c)
	}
	slices.SortFunc(ev.Claims, func(a, b model.Claim) int {
		return cmp.Or(cmp.Compare(a.Document, b.Document), cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End),
			cmp.Compare(a.Text, b.Text), cmp.Compare(a.Kind, b.Kind), cmp.Compare(deref(a.Speaker), deref(b.Speaker)))
	})
	for s := range sources {
		ev.Sources = append(ev.Sources, s)
	}
	slices.SortFunc(ev.Sources, func(a, b model.Source) int {
		return cmp.Or(cmp.Compare(a.Document, b.Document), cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End),
			cmp.Compare(a.Status, b.Status), cmp.Compare(a.Text, b.Text))
	})
	return ev
}

// betterSummary reports whether mention m reports its event better than
// rep, for the event's summary: a report that it happened (or is planned)
// before a denial or a "neither confirm nor deny", then the first report
// (compareReports: the earliest published).
func betterSummary(docs []*analysis, m, rep *mention) bool {
	doubt := func(s model.Status) int {
		return b2i(s == model.Denied || s == model.Unconfirmed || s == model.Disputed)
	}
	if d, r := doubt(m.m.Status), doubt(rep.m.Status); d != r {
		return d < r
	}
	return compareReports(docs, m, rep) < 0
}

// combineWhen returns the most precise time of the mentions: the one with
// the shortest known bounds, then the best basis (explicit before relative
// before anchored before publication), then the value given by most
// mentions, then the smallest value. Clustering keeps every member's time
// consistent with it. When no mention has both bounds, it is the tightest
// open bound: the earliest end, else the latest start, then the best
// basis, then the smallest text.
func combineWhen(ms []*mention) model.When {
	values := map[string]int{}
	for _, m := range ms {
		values[m.m.When.Value]++
	}
	var best *mention
	for _, m := range ms {
		if _, _, ok := bounds(m.m.When); !ok {
			continue
		}
		if best == nil || cmp.Or(cmp.Compare(m.exact, best.exact),
			cmp.Compare(basisRank[m.m.When.Basis], basisRank[best.m.When.Basis]),
			-cmp.Compare(values[m.m.When.Value], values[best.m.When.Value]),
			cmp.Compare(m.m.When.Value, best.m.When.Value)) < 0 {
			best = m
		}
	}
	if best == nil { // no bounds: the tightest open bound, by content
		for _, m := range ms {
			w, b := m.m.When, best
			if b == nil {
				best = m
				continue
			}
			bw := b.m.When
			if cmp.Or(cmp.Compare(b2i(w.End == nil), b2i(bw.End == nil)), cmp.Compare(deref(w.End), deref(bw.End)),
				cmp.Compare(b2i(w.Start == nil), b2i(bw.Start == nil)), -cmp.Compare(deref(w.Start), deref(bw.Start)),
				cmp.Compare(basisRank[w.Basis], basisRank[bw.Basis]), cmp.Compare(w.Text, bw.Text)) < 0 {
				best = m
			}
		}
	}
	w := best.m.When
	w.Start, w.End = clonePtr(w.Start), clonePtr(w.End)
	if w.Granularity == "" {
		w.Granularity = model.UnknownGranule
	}
	if w.Basis == "" {
		w.Basis = model.UnknownBasis
	}
	return w
}

// Event IDs name an event as its first report saw it:
//
//	ev-<date>-<type>[-<participant>][-planned]-<hash>
//
// The first report is the mention from the earliest published document
// (documents with no known date come last), then the document whose text
// has the smallest SHA-256, then the earliest in that text (firstReport).
// Every part of the ID is made from that one mention, as its own document
// reads it, before anything from the other documents is merged in:
//
//   - <date> is the mention's When.Value with "/" written "--"; for a time
//     with no value but a bound, "by-" and its last day (a statement bounded
//     by its publication date: "by-2025-02-01") or "from-" and its first;
//     "undated" when there is neither. An anchored time ("two days after
//     his inauguration") is taken as the document gives it, unanchored.
//   - <type> is the mention's type, which is the event's type unless later
//     reports outnumber it with another type of the same family ("talks"
//     reported as a "meeting").
//   - <participant> is the slug of the mention's first person participant
//     (else its first participant) under the fullest name its document gives
//     ("Trump" read as "Donald Trump" when the document names him so).
//   - "-planned" marks plans and possibilities, which never merge with
//     reports that the event happened.
//   - <hash> is six hex digits of the SHA-256 of the mention's identity:
//     its document's text hash, its passage and its trigger. It tells apart
//     events that share the rest (Trump made many statements on 31 January).
//
// Why this scheme: an ID must not change when the timeline grows. Adding
// an article that reports nothing already in the timeline adds events but
// changes no first report, so no existing ID changes; adding one that adds
// a source to an event keeps the event's ID unless the new article was
// published before every earlier report (news is mostly added in the order
// it is written). A scheme made from the merged event (its most precise
// date, its most named participant) changes when a new source is more
// precise or names someone more often; one numbered -2, -3 in order
// renumbers when an event sorts before the others. Removing the article of
// a first report does change the ID: timeline diff then matches the two
// versions of the event by the sources they share (see model.Diff).
func eventIDBase(docs []*analysis, first *mention) string {
	a := docs[first.doc]
	em := a.events[first.idx] // the mention as its document gives it, unanchored
	date := strings.ReplaceAll(em.When.Value, "/", "--")
	switch {
	case date != "":
	case em.When.End != nil:
		date = "by-" + *em.When.End
	case em.When.Start != nil:
		date = "from-" + *em.When.Start
	default:
		date = "undated"
	}
	id := "ev-" + date + "-" + string(em.Type)
	name := ""
	for _, p := range em.Participants {
		if p < 0 || p >= len(a.ents) {
			continue
		}
		if a.ents[p].Kind == model.Person {
			name = a.ents[p].Name
			break
		}
		if name == "" {
			name = a.ents[p].Name
		}
	}
	if name != "" {
		id += "-" + idSlug(name)
	}
	if isFuture(em.Status) {
		id += "-planned"
	}
	sum := sha256.Sum256(fmt.Appendf(nil, "%s:%d:%d:%d:%s", a.sha, em.Start, em.End, em.TriggerStart, em.Type))
	return id + "-" + hex.EncodeToString(sum[:3])
}

// firstReport returns the mention an event's ID is made from (see
// eventIDBase): the earliest published, then by document text hash, then
// by position in the text.
func firstReport(docs []*analysis, ms []*mention) *mention {
	return slices.MinFunc(ms, func(x, y *mention) int { return compareReports(docs, x, y) })
}

// compareReports orders mentions by the publication date of their
// documents (unknown dates last), then by document text hash, then by
// their content (compareMentions).
func compareReports(docs []*analysis, x, y *mention) int {
	px, py := docs[x.doc].art.Published, docs[y.doc].art.Published
	return cmp.Or(cmp.Compare(b2i(px == ""), b2i(py == "")), cmp.Compare(px, py),
		cmp.Compare(docs[x.doc].sha, docs[y.doc].sha), compareMentions(x, y))
}

// assignEventIDs sets the ID of every event from its base (eventIDBase).
// Bases are unique but for a collision of their six-digit hashes; events
// that still share one are numbered "-2", "-3" in the order of their first
// reports (compareReports), the first keeping the base.
func assignEventIDs(docs []*analysis, evs []model.Event, bases []string, firsts []*mention) {
	order := make([]int, len(evs))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int {
		return cmp.Or(cmp.Compare(bases[i], bases[j]), compareReports(docs, firsts[i], firsts[j]))
	})
	seen := map[string]bool{}
	for _, i := range order {
		id := bases[i]
		for n := 2; seen[id]; n++ {
			id = fmt.Sprintf("%s-%d", bases[i], n)
		}
		seen[id] = true
		evs[i].ID = id
	}
}

// granularityRank orders granularities finest first.
var granularityRank = map[model.Granularity]int{model.Day: 0, model.Week: 1, model.Range: 2, model.Month: 3, model.Quarter: 4, model.Year: 5, model.UnknownGranule: 6}

// sortEvents sorts events by start date (undated last), granularity
// (finest first), then ID.
func sortEvents(evs []model.Event) {
	slices.SortStableFunc(evs, func(a, b model.Event) int {
		return cmp.Or(cmp.Compare(b2i(a.When.Start == nil), b2i(b.When.Start == nil)), cmp.Compare(deref(a.When.Start), deref(b.When.Start)),
			cmp.Compare(granularityRank[a.When.Granularity], granularityRank[b.When.Granularity]), cmp.Compare(a.ID, b.ID))
	})
}

// argmax returns the key with the largest count, the smallest key on ties.
func argmax(m map[string]int) string {
	best := ""
	first := true
	for _, k := range sortedKeys(m) {
		if first || m[k] > m[best] {
			best, first = k, false
		}
	}
	return best
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

func clonePtr(p *string) *string {
	if p == nil {
		return nil
	}
	s := *p
	return &s
}
