package extract

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/timelinehq/timeline/model"
)

// entityRef names one entity of one document: docs[Doc].ents[Ent].
type entityRef struct{ Doc, Ent int }

// entityIndex maps the per-document entities to the merged ones.
type entityIndex struct {
	entities  []model.Entity             // sorted by ID
	ids       map[entityRef]string       // per-document entity -> merged entity ID
	nameWords map[string]map[string]bool // merged entity ID -> the stemmed words of its aliases
}

// id returns the merged entity ID of entity ent of document doc, or "" when
// ent is out of range (a -1 "none" index, say).
func (x *entityIndex) id(doc, ent int) string {
	return x.ids[entityRef{doc, ent}]
}

// mergeEntities merges the entities of all documents: one Donald Trump and
// one Zelensky, however each article spells them.
//
// Two entities are the same when
//   - their names normalise to the same words (case, accents, apostrophes,
//     full stops and a possessive "'s" removed: "U.S." is "US");
//   - or both names have several words, and the last words are the same
//     surname (equal, or equal once transliteration endings are folded:
//     Zelensky, Zelenskyy, Zelenskiy) while the first words are equal, an
//     initial of each other, or a one-letter typo of a long name
//     ("Vladimit Putin"); a surname that differs otherwise is a different
//     person (Mike Waltz is not Mike Walsh); a generational suffix ("Jr.",
//     "III") is no surname and is set aside, but two different suffixes
//     make two people;
//   - or one name is a single word (after title words and a suffix: "Mr
//     Obama", "Holder Jr.") that is the surname (folded as above) of
//     exactly one merged multi-word name ("Trump"), or of one that three
//     times as many documents name as any other, or the initials of exactly
//     one multi-word name that is not a person's (one that starts with a
//     given name of data/given_names.txt): "US" for "United States", not
//     "AZ" for "Amy Zegart". A suffix alone ("Jr.") is nobody's surname.
//
// Names are compared only within blocks (the folded last word), so the
// work grows with the number of distinct names, not its square. The result
// does not depend on the order of the documents.
func mergeEntities(docs []*analysis) *entityIndex {
	// Distinct normalised names, each with the per-document entities that carry it.
	type nameGroup struct {
		key    string // normalised name: lower-case words joined by spaces
		words  []string
		suffix string // generational suffix ("jr"), not in words
		refs   []entityRef
	}
	groups := map[string]*nameGroup{}
	for d, a := range docs {
		for e, ent := range a.ents {
			key := normName(ent.Name)
			if key == "" {
				key = normName(firstNonEmpty(ent.Aliases))
			}
			if key == "" {
				continue
			}
			g := groups[key]
			if g == nil {
				g = &nameGroup{key: key, words: strings.Fields(key)}
				groups[key] = g
			}
			g.refs = append(g.refs, entityRef{d, e})
		}
	}
	keys := sortedKeys(groups)
	uf := newUnionFind(len(keys))
	index := make(map[string]int, len(keys))
	for i, k := range keys {
		index[k] = i
	}

	// A cluster holds one generational suffix at most: "George Bush Sr."
	// and "George Bush Jr." are two people, whichever names link them.
	suffixOf := map[int]string{} // cluster root -> suffix, once joined
	suffixAt := func(i int) string { return cmp.Or(suffixOf[uf.find(i)], groups[keys[i]].suffix) }
	unionSuffixed := func(i, j int) {
		si, sj := suffixAt(i), suffixAt(j)
		if uf.find(i) == uf.find(j) || si != "" && sj != "" && si != sj {
			return
		}
		suffixOf[uf.union(i, j)] = cmp.Or(si, sj)
	}

	// Multi-word names, blocked by their folded last word.
	blocks := map[string][]int{}
	for i, k := range keys {
		w := groups[k].words
		if len(w) > 1 {
			groups[k].suffix = nameSuffix(w)
			groups[k].words = stripTitles(nameCore(w))
			w = groups[k].words
			if len(w) < 2 { // "Mr Obama", "Holder Jr.": a lone surname, matched below
				continue
			}
			s := foldSurname(w[len(w)-1])
			blocks[s] = append(blocks[s], i)
		}
	}
	for _, b := range sortedKeys(blocks) {
		members := blocks[b]
		for x := 0; x < len(members); x++ {
			for y := x + 1; y < len(members); y++ {
				if sameFullName(groups[keys[members[x]]].words, groups[keys[members[y]]].words) {
					unionSuffixed(members[x], members[y])
				}
			}
		}
	}

	// Single words: a surname of exactly one multi-word cluster, or the
	// initials of exactly one multi-word name that is not a person's (a
	// person's name expands no acronym: "AZ" is not Amy Zegart).
	initials := map[string][]int{}
	for i, k := range keys {
		w := groups[k].words
		if _, given := lex().givenNames[w[0]]; len(w) > 1 && !given {
			var b strings.Builder
			for _, x := range w {
				if x == "of" || x == "the" || x == "and" {
					continue
				}
				b.WriteString(x[:1])
			}
			initials[b.String()] = append(initials[b.String()], i)
		}
	}
	for i, k := range keys {
		w := groups[k].words
		if len(w) != 1 || lex().nameSuffixes[w[0]] {
			continue // "Jr." alone is nobody's surname
		}
		target := -1
		// "Administration", "Committee": the head word of organisations'
		// names is nobody's surname.
		cands := blocks[foldSurname(w[0])]
		if sfx := groups[k].suffix; sfx != "" {
			// "Bush Sr.": only the names that can carry that suffix.
			cands = slices.DeleteFunc(slices.Clone(cands), func(m int) bool {
				o := suffixAt(m)
				return o != "" && o != sfx
			})
		}
		if len(cands) > 0 && len(w[0]) > 2 && !lex().orgSuffixes[w[0]] {
			target = dominantRoot(uf, cands, func(i int) []entityRef { return groups[keys[i]].refs })
		}
		if target < 0 && len(w[0]) >= 2 && len(w[0]) <= 4 {
			if cands := initials[w[0]]; len(cands) > 0 {
				roots := distinctRoots(uf, cands)
				if len(roots) == 1 && groupIsAcronym(docs, groups[k].refs) {
					target = roots[0]
				}
			}
		}
		if target >= 0 {
			unionSuffixed(i, target)
		}
	}

	// Build the merged entities, one per cluster.
	clusters := map[int][]int{}
	for i := range keys {
		r := uf.find(i)
		clusters[r] = append(clusters[r], i)
	}
	x := &entityIndex{ids: map[entityRef]string{}, nameWords: map[string]map[string]bool{}}
	type built struct {
		ent  model.Entity
		base string
		refs []entityRef
		key  string // tie-breaker for ID collisions: the smallest name key
	}
	var all []built
	for _, root := range sortedKeys(clusters) {
		var refs []entityRef
		for _, i := range clusters[root] {
			refs = append(refs, groups[keys[i]].refs...)
		}
		slices.SortFunc(refs, func(a, b entityRef) int { return cmp.Or(cmp.Compare(a.Doc, b.Doc), cmp.Compare(a.Ent, b.Ent)) })
		ent, slugName := buildEntity(docs, refs)
		all = append(all, built{ent: ent, base: string(ent.Kind) + ":" + idSlug(slugName), refs: refs, key: keys[clusters[root][0]]})
	}
	// IDs: kind:slug, with -2, -3 for clusters that would share one,
	// in the order of their smallest name key.
	slices.SortFunc(all, func(a, b built) int { return cmp.Or(cmp.Compare(a.base, b.base), cmp.Compare(a.key, b.key)) })
	seen := map[string]bool{}
	for i := range all {
		id := all[i].base
		for n := 2; seen[id]; n++ {
			id = fmt.Sprintf("%s-%d", all[i].base, n)
		}
		seen[id] = true
		all[i].ent.ID = id
		for _, r := range all[i].refs {
			x.ids[r] = id
		}
		x.entities = append(x.entities, all[i].ent)
		words := map[string]bool{}
		for _, a := range append(slices.Clone(all[i].ent.Aliases), all[i].ent.Name) {
			for _, w := range strings.Fields(normName(a)) {
				words[stem(w)] = true
			}
		}
		x.nameWords[id] = words
	}
	slices.SortFunc(x.entities, func(a, b model.Entity) int { return cmp.Compare(a.ID, b.ID) })
	if x.entities == nil {
		x.entities = []model.Entity{}
	}
	return x
}

// kindOrder breaks ties in the majority vote on an entity's kind.
var kindOrder = []model.EntityKind{model.Person, model.Organization, model.Place, model.OtherEntity}

// buildEntity makes the merged entity of the per-document entities refs
// (without its ID) and returns the name its ID is made from.
//
// Name, and the name the ID is made from, is the full form most documents
// use: a form of two words or more ("Donald Trump" rather than "Trump"),
// then the one used by most documents, then the shorter ("Bobby Jindal"
// rather than "Louisiana Gov. Bobby Jindal", "Donald Trump" rather than
// "Donald J. Trump"), then the smallest string. So one article writing
// "Donald J. Trump" does not rename everyone's Donald Trump, and a title
// the entity stage left in a name does not stay in it. Kind is the
// majority over mentions, ties broken in kindOrder.
func buildEntity(docs []*analysis, refs []entityRef) (model.Entity, string) {
	ent := model.Entity{Aliases: []string{}, Roles: []string{}, Spans: []model.Span{}}
	nameDocs := map[string]map[int]bool{}
	kinds := map[model.EntityKind]int{}
	aliases, roles := map[string]bool{}, map[string]bool{}
	for _, r := range refs {
		a := docs[r.Doc]
		de := a.ents[r.Ent]
		n := displayName(de.Name)
		if n != "" {
			if nameDocs[n] == nil {
				nameDocs[n] = map[int]bool{}
			}
			nameDocs[n][r.Doc] = true
			aliases[n] = true
		}
		kinds[de.Kind] += max(len(de.Mentions), 1)
		for _, s := range de.Aliases {
			if s = strings.TrimSpace(s); s != "" {
				aliases[s] = true
			}
		}
		for _, s := range de.Roles {
			if s = strings.TrimSpace(s); s != "" {
				roles[s] = true
			}
		}
		for _, m := range de.Mentions {
			sp := model.Span{Document: a.art.ID, Start: m.Start, End: m.End}
			if m.Start >= 0 && m.Start <= m.End && m.End <= len(a.text) {
				sp.Text = a.text[m.Start:m.End]
			}
			ent.Spans = append(ent.Spans, sp)
		}
	}
	names := sortedKeys(nameDocs)
	if len(names) == 0 {
		names = sortedKeys(aliases)
	}
	words := func(s string) int { return len(nameCore(strings.Fields(normName(s)))) } // "Ostrow Jr." is one word
	byUse := slices.Clone(names)
	slices.SortStableFunc(byUse, func(a, b string) int {
		return cmp.Or(-cmp.Compare(min(words(a), 2), min(words(b), 2)), -cmp.Compare(len(nameDocs[a]), len(nameDocs[b])),
			cmp.Compare(words(a), words(b)), cmp.Compare(a, b))
	})
	ent.Name = byUse[0]
	ent.Kind = model.OtherEntity
	best := -1
	for _, k := range kindOrder {
		if kinds[k] > best {
			ent.Kind, best = k, kinds[k]
		}
	}
	ent.Aliases = sortedKeys(aliases)
	ent.Roles = sortedKeys(roles)
	slices.SortStableFunc(ent.Spans, func(a, b model.Span) int {
		return cmp.Or(cmp.Compare(a.Document, b.Document), cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
	})
	ent.Spans = slices.CompactFunc(ent.Spans, func(a, b model.Span) bool { return a == b })
	ent.Mentions = len(ent.Spans)
	return ent, byUse[0]
}

// nameTitleWords are the words that may come before a name without being
// part of it, all from the data files: the words of roles, title
// modifiers, nationalities and honorifics ("Russian President Vladimir
// Putin", "US Secretary of State Marco Rubio", "Mr Obama"), the one-word
// names of media and countries ("BBC correspondent ...", "U.S. Sen. ..."),
// and "of" and "the", normalised as normName does.
var nameTitleWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{"of": true, "the": true}
	add := func(s string) {
		for _, w := range strings.Fields(normName(s)) {
			m[w] = true
		}
	}
	for w := range roleTitleWords() {
		add(w)
	}
	for w := range lex().honorifics {
		add(w)
	}
	for alias, k := range lex().known {
		if (k.Class == "media" || k.Class == "country") && !strings.Contains(alias, " ") {
			add(alias) // "BBC correspondent", "US Sen."; not "New" of "New York Post"
		}
	}
	return m
})

// isKnownName reports whether the words w are a name of the organisation
// and media list, which keeps all its words: "New York Post" is not the
// "York Post" of a "new" title.
func isKnownName(w []string) bool {
	_, ok := lex().known[normName(strings.Join(w, " "))]
	return ok
}

// stripTitles drops the title words at the start of a multi-word name, as
// long as two words are left, or one when all the others are titles ("Mr
// Obama", "President Trump").
func stripTitles(w []string) []string {
	for len(w) > 2 && nameTitleWords()[w[0]] && !isKnownName(w) {
		w = w[1:]
	}
	if len(w) == 2 && personTitles()[w[0]] {
		w = w[1:]
	}
	return w
}

// personTitles are the titles that make "Title Surname" a surname alone
// ("President Trump", "Mr Hayward", "Sen. Landrieu"): the honorifics and
// the one-word roles of the data files, normalised as normName does.
var personTitles = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for w := range lex().honorifics {
		m[normName(w)] = true
	}
	for r := range lex().roles {
		if !strings.Contains(r, " ") {
			m[normName(r)] = true
		}
	}
	return m
})

// dominantRoot returns the cluster (union-find root) of the members that
// a lone surname belongs to: the only one, or the one that at least three
// times as many documents name as any other ("Barack Obama" against the
// "Following Obama" a faulty entity stage made); -1 when none dominates.
func dominantRoot(uf *unionFind, members []int, refs func(int) []entityRef) int {
	docs := map[int]map[int]bool{}
	for _, m := range members {
		r := uf.find(m)
		if docs[r] == nil {
			docs[r] = map[int]bool{}
		}
		for _, ref := range refs(m) {
			docs[r][ref.Doc] = true
		}
	}
	roots := sortedKeys(docs)
	if len(roots) == 1 {
		return roots[0]
	}
	slices.SortStableFunc(roots, func(a, b int) int { return -cmp.Compare(len(docs[a]), len(docs[b])) })
	if len(docs[roots[0]]) >= 3*len(docs[roots[1]]) && len(docs[roots[0]]) >= 2 {
		return roots[0]
	}
	return -1
}

// displayName is a name as shown and as made into an ID: the title words
// at its start and a possessive at its end removed ("Russian President
// Vladimir Putin’s" gives "Vladimir Putin").
func displayName(s string) string {
	w := strings.Fields(s)
	for len(w) > 2 && nameTitleWords()[normName(w[0])] && !isKnownName(w) {
		w = w[1:]
	}
	if n := len(w); n > 0 {
		for _, p := range []string{"'s", "’s", "ʼs"} {
			if t := strings.TrimSuffix(w[n-1], p); t != "" {
				w[n-1] = t
			}
		}
	}
	return strings.Join(w, " ")
}

// sameFullName reports whether two multi-word names (normalised words) name
// the same entity: see mergeEntities.
func sameFullName(a, b []string) bool {
	la, lb := a[len(a)-1], b[len(b)-1]
	if foldSurname(la) != foldSurname(lb) {
		return false
	}
	fa, fb := a[0], b[0]
	if len(a) == 2 && len(b) == 2 || len(a) == len(b) {
		return sameGiven(fa, fb) && sameMiddle(a[1:len(a)-1], b[1:len(b)-1])
	}
	// "Donald J Trump" and "Donald Trump": the first words must agree; or
	// the shorter name is the end of the longer, whose first words are a
	// title the title list does not know ("Louisiana Gov Bobby Jindal" and
	// "Bobby Jindal").
	if sameGiven(fa, fb) {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	return slices.Equal(a[:len(a)-1], b[len(b)-len(a):len(b)-1])
}

// sameMiddle reports whether the middle words of two names of the same
// length agree word by word.
func sameMiddle(a, b []string) bool {
	for i := range a {
		if !sameGiven(a[i], b[i]) {
			return false
		}
	}
	return true
}

// sameGiven reports whether two given names agree: equal, one the initial
// of the other, or one typo (an edit) apart when both are long (six letters
// or more: "vladimit", "vladimir").
func sameGiven(a, b string) bool {
	switch {
	case a == b:
		return true
	case len(a) == 1 && strings.HasPrefix(b, a), len(b) == 1 && strings.HasPrefix(a, b):
		return true
	case len(a) >= 6 && len(b) >= 6:
		return editDistance(a, b, 1) <= 1
	}
	return false
}

// foldSurname folds the transliteration variants of a surname's ending:
// "zelenskyy", "zelenskiy", "zelenskii" and "zelensky" all give
// "zelensky"; other words are returned unchanged.
func foldSurname(w string) string {
	for _, suf := range []string{"yy", "iy", "ii", "ij", "yi"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)] + "y"
		}
	}
	return w
}

// groupIsAcronym reports whether the entities refs were written in capitals
// ("US", "EU"), so that a lower-case word is never taken for initials.
func groupIsAcronym(docs []*analysis, refs []entityRef) bool {
	for _, r := range refs {
		n := docs[r.Doc].ents[r.Ent].Name
		up := 0
		for _, c := range n {
			if unicode.IsUpper(c) {
				up++
			}
		}
		if up < 2 {
			return false
		}
	}
	return true
}

// normName normalises an entity name for comparison: lower case, accents
// removed, curly apostrophes and a final possessive "'s" dropped, full
// stops and other punctuation removed ("U.S." gives "us"), words separated
// by one space.
func normName(s string) string {
	s = norm.NFD.String(s)
	var b strings.Builder
	for _, c := range s {
		switch {
		case unicode.Is(unicode.Mn, c):
			// accent: drop
		case c == '\'' || c == '’' || c == 'ʼ' || c == '‘' || c == '`':
			b.WriteRune('\'')
		case c == '.':
			// "U.S." is "US"
		case unicode.IsLetter(c) || unicode.IsDigit(c):
			b.WriteRune(unicode.ToLower(c))
		default:
			b.WriteRune(' ')
		}
	}
	words := strings.Fields(b.String())
	out := words[:0]
	for _, w := range words {
		w = strings.TrimSuffix(w, "'s")
		w = strings.Trim(w, "'")
		if w != "" {
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}

// slug makes an ID part of a name: its normalised words joined by hyphens
// ("Donald Trump" gives "donald-trump"); "unnamed" when nothing is left.
func slug(s string) string {
	n := strings.ReplaceAll(normName(s), "'", "")
	n = strings.Join(strings.Fields(n), "-")
	if n == "" {
		return "unnamed"
	}
	return n
}

// idSlug is the slug of an entity name for its ID: title words dropped,
// and the surname's transliteration ending folded (foldSurname), so that
// whichever of Zelensky, Zelenskyy and Zelenskiy most documents write, the
// ID is person:volodymyr-zelensky.
func idSlug(name string) string {
	w := strings.Fields(strings.ReplaceAll(normName(name), "'", ""))
	if len(w) == 0 {
		return "unnamed"
	}
	w = stripTitles(w)
	w[len(w)-1] = foldSurname(w[len(w)-1])
	return strings.Join(w, "-")
}

// editDistance returns the Levenshtein distance between a and b (in
// bytes), or limit+1 as soon as it is known to exceed limit.
func editDistance(a, b string, limit int) int {
	if d := len(a) - len(b); d > limit || -d > limit {
		return limit + 1
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			c := 1
			if a[i-1] == b[j-1] {
				c = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+c)
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// distinctRoots returns the distinct union-find roots of members, sorted.
func distinctRoots(uf *unionFind, members []int) []int {
	var roots []int
	for _, m := range members {
		roots = append(roots, uf.find(m))
	}
	slices.Sort(roots)
	return slices.Compact(roots)
}

// firstNonEmpty returns the first non-blank string of ss, or "".
func firstNonEmpty(ss []string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}

// sortedKeys returns the keys of m in increasing order.
func sortedKeys[K cmp.Ordered, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// unionFind is a disjoint-set forest over 0..n-1. The root of a set is
// always its smallest member, so the result of a series of unions does not
// depend on their order.
type unionFind struct{ parent []int }

func newUnionFind(n int) *unionFind {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	return &unionFind{p}
}

// find returns the root (smallest member) of i's set.
func (u *unionFind) find(i int) int {
	for u.parent[i] != i {
		u.parent[i] = u.parent[u.parent[i]]
		i = u.parent[i]
	}
	return i
}

// union joins the sets of i and j and returns the new root.
func (u *unionFind) union(i, j int) int {
	ri, rj := u.find(i), u.find(j)
	if ri == rj {
		return ri
	}
	if rj < ri {
		ri, rj = rj, ri
	}
	u.parent[rj] = ri
	return ri
}
