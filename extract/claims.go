package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/timelinehq/timeline/model"
)

// findClaims finds who said what in one document: direct quotes and
// reported speech, each with its speaker.
//
// A direct quote is text between quotation marks (straight or curly, double,
// or curly single ones) of four words or more, or ending in punctuation; it
// may span sentences but not paragraphs. Its speaker is named next to it,
// after it (`, said Trump`, `," he declared`, `" Trump told reporters`) or
// before it (`Trump said: "`); a quote with no speaker of its own that
// follows a quote in the same or the previous paragraph continues it.
// Reported speech is the clause that follows a verb of saying outside
// quotation marks (`Trump said that ...`, `Peskov said he could neither
// confirm nor deny ...`) or follows "according to X,". The speaker of a verb
// is its subject: the name just before it (skipping adverbs, auxiliaries and
// a comma-enclosed apposition), or just after it when the verb follows the
// words. A pronoun is the person it stands for: the subject or speaker of the
// nearest sentence before with a person in it; "the president" or "the
// Ukrainian leader" is the person of the article with that role, else is
// read as a pronoun.
func findClaims(text string, seg segmented, ents []docEntity) []claimMention {
	c := newClaimFinder(text, seg, ents)
	c.namedSpeakers()
	c.quotes()
	c.reported()
	c.dropInnerQuotes()
	slices.SortStableFunc(c.out, func(a, b claimMention) int { return a.Start - b.Start })
	return c.out
}

// claimFinder is the state of findClaims for one document.
type claimFinder struct {
	text     string
	seg      segmented
	ents     []docEntity
	ments    []entMention
	qspans   []span // every quotation, marks excluded
	used     map[int]bool
	out      []claimMention
	sentSpk  map[int]int // sentence -> speaker of a claim in it
	resolved map[int]int // token index of a pronoun -> entity
	genders  []byte      // entity -> 'f', 'm', 0 (unknown) or 1 (not yet read); see gender
}

func newClaimFinder(text string, seg segmented, ents []docEntity) *claimFinder {
	c := &claimFinder{text: text, seg: seg, ents: ents, ments: mentionsOf(ents),
		used: map[int]bool{}, sentSpk: map[int]int{}, resolved: map[int]int{}}
	c.qspans = findQuotations(text)
	return c
}

// findQuotations returns the inner spans of the quotations of text. A
// quotation does not cross a line break. Besides typographic and straight
// marks it knows the Penn Treebank marks of tokenised corpora (two
// backquotes open, two apostrophes close). A straight double quote opens
// after a space, a line start or a bracket and closes otherwise; a curly
// single closing mark followed by a letter is an apostrophe.
func findQuotations(text string) []span {
	var out []span
	open, openDouble := -1, false
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		prev, _ := utf8.DecodeLastRuneInString(text[:i])
		next, _ := utf8.DecodeRuneInString(text[i+n:])
		switch {
		case r == '\n':
			open = -1
		case r == '`' && next == '`': // PTB-style ``quote''
			if open < 0 || !openDouble {
				open, openDouble = i+2, true
			}
			n = 2
		case r == '\'' && next == '\'' && open >= 0 && openDouble:
			out = append(out, span{open, i})
			open = -1
			n = 2
		case r == '\u201c' || r == '\u201e' || (r == '"' && open < 0 && (i == 0 || unicode.IsSpace(prev) || prev == '(' || prev == '[')):
			if open < 0 || !openDouble {
				open, openDouble = i+n, true
			}
		case r == '\u201d' || r == '"':
			if open >= 0 && openDouble {
				out = append(out, span{open, i})
				open = -1
			}
		case r == '\u2018' && open < 0 && (i == 0 || !unicode.IsLetter(prev)):
			open, openDouble = i+n, false
		case r == '\u2019' && open >= 0 && !openDouble && !unicode.IsLetter(next):
			out = append(out, span{open, i})
			open = -1
		}
		i += n
	}
	return out
}

// inQuote reports whether the byte offset p lies inside a quotation.
func (c *claimFinder) inQuote(p int) bool {
	// The quotations are in text order and do not overlap.
	i := sort.Search(len(c.qspans), func(i int) bool { return c.qspans[i].End > p })
	return i < len(c.qspans) && c.qspans[i].Start <= p
}

// sentOf returns the index of the sentence holding byte offset p, or -1.
func (c *claimFinder) sentOf(p int) int {
	i, _ := slices.BinarySearchFunc(c.seg.sents, p, func(s sentence, p int) int {
		if s.End <= p {
			return -1
		}
		if s.Start > p {
			return 1
		}
		return 0
	})
	if i < len(c.seg.sents) && c.seg.sents[i].Start <= p && p < c.seg.sents[i].End {
		return i
	}
	// p may fall between sentences (a space): the next one.
	if i < len(c.seg.sents) {
		return i
	}
	return -1
}

// entAt returns the entity mentioned at byte offset p, or -1.
func (c *claimFinder) entAt(p int) int {
	// Mentions are sorted by start and do not overlap: the last one that
	// starts at or before p.
	i := sort.Search(len(c.ments), func(i int) bool { return c.ments[i].Start > p })
	if i > 0 && c.ments[i-1].Start <= p && p < c.ments[i-1].End {
		return c.ments[i-1].Ent
	}
	return -1
}

// isSpeaker reports whether entity e can speak: a person or an organisation.
func (c *claimFinder) isSpeaker(e int) bool {
	return e >= 0 && (c.ents[e].Kind == model.Person || c.ents[e].Kind == model.Organization)
}

// isQuoteClaim reports whether the quotation is a claim rather than a
// quoted word or phrase: four words or more, or ending in punctuation.
func isQuoteClaim(q string) bool {
	q = strings.TrimSpace(q)
	if len(strings.Fields(q)) >= 4 {
		return true
	}
	return len(strings.Fields(q)) >= 2 && strings.ContainsAny(q[len(q)-1:], ".!?,")
}

// namedSpeakers records the person named just before or, after a comma,
// just after a verb of saying ("Svanberg said", "..., said Adm Allen.") as
// the speaker of the sentence before the quotations are read, so that the
// pronouns of the sentences after it ("He added, '...'") find them, though
// no claim may come of the sentence itself.
func (c *claimFinder) namedSpeakers() {
	toks := c.seg.toks
	for si, s := range c.seg.sents {
		for k := s.First + 1; k < s.Lim; k++ {
			if !isSpeechVerb(toks[k]) || c.inQuote(toks[k].Start) {
				continue
			}
			e := -1
			if toks[k-1].Norm == "," {
				e = c.subjectAfter(k)
			} else if j := k - 1; c.entAt(toks[j].Start) >= 0 {
				e = c.entAt(toks[j].Start)
			}
			if e >= 0 && c.ents[e].Kind == model.Person {
				c.sentSpk[si] = e
				break
			}
		}
	}
}

// quotes adds the direct quotes.
func (c *claimFinder) quotes() {
	lastSpk, lastPara := -1, -2
	for _, q := range c.qspans {
		qt := c.text[q.Start:q.End]
		si := c.sentOf(q.Start)
		if si < 0 || c.seg.sents[si].Heading || !isQuoteClaim(qt) {
			continue
		}
		// Trim spaces and a trailing comma inside the marks.
		st, en := q.Start, q.End
		for st < en && c.text[st] == ' ' {
			st++
		}
		for en > st && (c.text[en-1] == ' ' || c.text[en-1] == ',') {
			en--
		}
		spk, verb := c.quoteSpeaker(q)
		para := c.seg.sents[si].Para
		if spk < 0 && verb < 0 && lastSpk >= 0 && para-lastPara <= 1 {
			spk = lastSpk
		}
		if verb >= 0 {
			c.used[verb] = true
		}
		c.out = append(c.out, claimMention{Speaker: spk, Text: c.text[st:en], Kind: model.Quote, Start: st, End: en, Sent: si})
		if spk >= 0 {
			lastSpk, lastPara = spk, c.seg.sents[c.sentOf(q.End)].Para
			c.sentSpk[si] = spk
		}
	}
}

// quoteSpeaker finds the speaker of the quotation q and the token index of
// the verb that introduces it (-1, -1 when none).
func (c *claimFinder) quoteSpeaker(q span) (int, int) {
	toks := c.seg.toks
	// After the closing mark, within its sentence: ", said X" / "X said" / "he declared".
	se := c.sentOf(q.End)
	if se >= 0 {
		s := c.seg.sents[se]
		first := s.First
		for first < s.Lim && toks[first].Start <= q.End {
			first++
		}
		_, mark := utf8.DecodeRuneInString(c.text[q.End:])
		if first > s.First && toks[first-1].End > q.End+mark {
			first-- // a token glued to the closing mark: `avoided,"he`
		}
		for k := first; k < s.Lim && k < first+7; k++ {
			if c.inQuote(toks[k].Start) {
				break
			}
			if isSpeechVerb(toks[k]) {
				if e := c.quotedAs(k); e >= 0 {
					return e, k
				}
				if e := c.subjectBefore(k, first); e >= 0 {
					return e, k
				}
				if e := c.subjectAfter(k); e >= 0 {
					return e, k
				}
				return -1, k
			}
			if toks[k].Norm == "." || toks[k].Norm == "\"" {
				break
			}
		}
	}
	// Before the opening mark, in its sentence: "X said: "..." / "saying, "..."".
	ss := c.sentOf(q.Start)
	if ss >= 0 {
		s := c.seg.sents[ss]
		last := s.First - 1
		for k := s.First; k < s.Lim && toks[k].End <= q.Start; k++ {
			last = k
		}
		for k := last; k >= s.First && k > last-4; k-- {
			if c.inQuote(toks[k].Start) {
				break
			}
			if isSpeechVerb(toks[k]) || strings.EqualFold(toks[k].Norm, "saying") {
				e := c.subjectBefore(k, s.First)
				if e < 0 {
					e = c.nearestBefore(k, s.First)
				}
				return e, k
			}
		}
		// "AP quoted Putin as saying in an interview. "..."" is handled by
		// the sentence's own verb below; a quote inside a sentence with a
		// verb of saying outside the quotation belongs to its subject.
		for k := s.First; k < s.Lim; k++ {
			if c.inQuote(toks[k].Start) || !isSpeechVerb(toks[k]) {
				continue
			}
			if e := c.quotedAs(k); e >= 0 {
				return e, k
			}
		}
	}
	return -1, -1
}

// quotedAs reads "X quoted Y as saying": the speaker is Y.
func (c *claimFinder) quotedAs(k int) int {
	toks := c.seg.toks
	if !strings.EqualFold(toks[k].Norm, "quoted") {
		return -1
	}
	for j := k + 1; j < len(toks) && j < k+6; j++ {
		if e := c.entAt(toks[j].Start); c.isSpeaker(e) {
			return e
		}
	}
	return -1
}

// skippable reports whether a token may stand between a subject and its
// verb: adverbs, auxiliaries, modals, negation and coordinated verbs of
// saying ("could neither confirm nor deny").
func skippable(t token) bool {
	w := strings.ToLower(t.Norm)
	switch w {
	case "also", "then", "later", "separately", "again", "neither", "nor", "not", "n't", "has", "have", "had",
		"was", "is", "would", "could", "will", "reportedly", "publicly", "repeatedly", "already", "to", "further", "himself", "herself",
		"today", "yesterday", "tonight", "tomorrow", "now", "recently", "earlier":
		return true
	}
	return t.Tag == "RB" || t.Tag == "MD" || (isSpeechVerb(t) && t.Tag != "VBG")
}

// spokesNouns are the people who speak for their organisation: "BP
// officials said" is BP speaking.
var spokesNouns = map[string]bool{
	"officials": true, "executives": true, "spokesmen": true, "spokeswomen": true, "spokespeople": true,
	"leaders": true, "representatives": true, "lawyers": true, "attorneys": true, "managers": true,
	"engineers": true, "sources": true, "aides": true, "directors": true, "officers": true,
}

// subjectBefore finds the subject of the verb toks[k], looking back no
// further than token lim: a name or a pronoun just before it (skipping
// adverbs and auxiliaries, and a comma-enclosed apposition), or -1.
func (c *claimFinder) subjectBefore(k, lim int) int {
	toks := c.seg.toks
	j := k - 1
	for j >= lim && skippable(toks[j]) {
		j--
	}
	// "The documents criticize Jane Roe, an official, saying": a participle
	// after a comma takes the subject of the sentence's first verb, not a
	// name in between.
	if toks[k].Tag == "VBG" && j >= lim && toks[j].Norm == "," {
		for v := lim; v < j; v++ {
			switch toks[v].Tag {
			case "VBD", "VBZ", "VBP", "MD", "VB": // "VB": a present tagged as a base form
				if c.inQuote(toks[v].Start) || v > lim && toks[v-1].Tag == "TO" {
					continue
				}
				if c.nounSubject(v, lim) {
					return -1
				}
				if e := c.subjectBefore(v, lim); e >= 0 {
					return e
				}
				v = j // no subject read: go on as before
			}
		}
	}
	// "Yamato Life Insurance Company, which declared": the relative
	// pronoun's antecedent.
	if j > lim && (toks[j].Tag == "WDT" || toks[j].Tag == "WP") {
		j--
		if j > lim && toks[j].Norm == "," {
			j--
		}
		if e := c.entAt(toks[j].Start); c.isSpeaker(e) {
			return e
		}
		return -1
	}
	// "General Motors (GM) announced": skip the bracket.
	if j > lim && (toks[j].Norm == ")" || toks[j].Norm == "-RRB-") {
		for i := j - 1; i > lim && i > j-8; i-- {
			if toks[i].Norm == "(" || toks[i].Norm == "-LRB-" {
				j = i - 1
				break
			}
		}
	}
	// "Barack Obama's administration said": the leader whose government it is.
	if j > lim+1 && (strings.EqualFold(toks[j].Norm, "administration") || strings.EqualFold(toks[j].Norm, "government")) && toks[j-1].Tag == "POS" {
		if e := c.entAt(toks[j-2].Start); c.isSpeaker(e) {
			return e
		}
	}
	// "Republican Party leaders insisted", "Boeing officials said": the
	// organisation they speak for (not "BP investors claimed": investors,
	// customers or analysts of a company do not speak for it).
	if j > lim && toks[j].Tag == "NNS" && spokesNouns[strings.ToLower(toks[j].Norm)] {
		if e := c.entAt(toks[j-1].Start); c.isSpeaker(e) && c.ents[e].Kind == model.Organization {
			return e
		}
	}
	if j >= lim && toks[j].Norm == "," {
		if e := c.openingSubject(j, lim); e >= 0 {
			return e
		}
		// An apposition or inserted phrase: jump to the comma that opens it,
		// unless the phrase is a name ("Irish airline, Ryanair, announced").
		if j > lim && c.isSpeaker(c.entAt(toks[j-1].Start)) && c.ents[c.entAt(toks[j-1].Start)].Kind != model.Place {
			e := c.entAt(toks[j-1].Start)
			i := j - 1
			for i > lim && c.entAt(toks[i-1].Start) == e {
				i--
			}
			// and its title: "the commander of the response, Adm Thad Allen,
			// said", "the head of the unit, Coast Guard Capt. Jane Roe,
			// said" (an organisation the title belongs to before it).
			titled := false
			for n := 0; n < 4 && i > lim && c.entAt(toks[i-1].Start) < 0 && isTitleWord(toks, i-1); n++ {
				i--
				titled = true
			}
			if o := c.entAt(toks[i-1].Start); titled && i > lim && o >= 0 && o != e && c.ents[o].Kind != model.Person {
				for i > lim && c.entAt(toks[i-1].Start) == o {
					i--
				}
			}
			if i > lim && toks[i-1].Norm == "," {
				return e
			}
		}
		for i := j - 1; i >= lim && i > j-30; i-- {
			if toks[i].Norm == "," {
				j = i - 1
				break
			}
			if toks[i].Norm == "\"" || c.inQuote(toks[i].Start) {
				return -1
			}
		}
	}
	if j < lim {
		return -1
	}
	// "The Obama administration, confirming the kills, said": the leader
	// whose government it is.
	if j > lim && isGovernmentNoun(toks[j].Norm) && c.entAt(toks[j].Start) < 0 {
		if e := c.entAt(toks[j-1].Start); e >= 0 && c.ents[e].Kind == model.Person {
			return e
		}
	}
	if c.inQuote(toks[j].Start) {
		// A token glued to the closing mark (`avoided,"he said`): its tail.
		if c.inQuote(toks[j].End - 1) {
			return -1
		}
		tail := strings.ToLower(strings.TrimLeft(toks[j].Norm[strings.LastIndexAny(toks[j].Norm, `"'`)+1:], " "))
		if tail == "he" || tail == "she" {
			return c.resolvePronoun(j, 0)
		}
		return -1
	}
	if e := c.entAt(toks[j].Start); e >= 0 {
		if p, ok := c.prepObject(j, lim); ok {
			return p
		}
		if c.isSpeaker(e) {
			return e
		}
		return -1
	}
	return c.referent(j)
}

// isTitleWord reports whether toks[i] is a word of a title before a name:
// a role, a title modifier or a courtesy title ("spokesman", "former",
// "Mr"), an abbreviated title without its stop ("Capt" of "Capt ."), or
// the stop of one.
func isTitleWord(toks []token, i int) bool {
	l := lex()
	w := strings.ToLower(toks[i].Norm)
	if w == "." {
		return i > 0 && l.abbrevTitles[strings.ToLower(toks[i-1].Norm)+"."]
	}
	return l.roles[w] || l.modifiers[w] || l.honorifics[w] || l.abbrevTitles[w+"."]
}

// prepObject reads the name at token j, just before a verb, when it is the
// object of a preposition: "Petty Officer Jane Roe in New Orleans said",
// "Jane Roe of Acme said", "the head of BP said". Such a name is no
// subject; the subject is the name before the preposition, or an unnamed
// one (-1). ok is false when the name follows no preposition.
func (c *claimFinder) prepObject(j, lim int) (subject int, ok bool) {
	toks := c.seg.toks
	e := c.entAt(toks[j].Start)
	if e < 0 {
		return -1, false
	}
	i := j
	for i > lim && c.entAt(toks[i-1].Start) == e {
		i--
	}
	// Back over determiners, adjectives and a name joined by "and" ("on the
	// House Energy and Commerce Committee").
	isName := func(t token) bool { return t.Tag == "NNP" || t.Tag == "NNPS" || c.entAt(t.Start) >= 0 }
	for i > lim {
		switch {
		case toks[i-1].Tag == "DT" || toks[i-1].Tag == "JJ":
			i--
			continue
		case toks[i-1].Tag == "CC" && i-2 >= lim && isName(toks[i-2]):
			i -= 2
			for i > lim && isName(toks[i-1]) {
				i--
			}
			continue
		}
		break
	}
	if i <= lim || !subjectPreps[strings.ToLower(toks[i-1].Norm)] {
		return -1, false
	}
	if i-1 > lim {
		if p := c.entAt(toks[i-2].Start); c.isSpeaker(p) && p != e {
			return p, true
		}
	}
	return -1, true
}

// subjectPreps are prepositions whose object, just before a verb, is no
// subject of it ("Jane Roe in New Orleans said", "workers who were on the
// rig said").
var subjectPreps = map[string]bool{"in": true, "at": true, "from": true, "of": true, "on": true, "with": true, "for": true, "aboard": true}

// reflexives stress the subject they follow ("the minister himself").
var reflexives = map[string]bool{"himself": true, "herself": true, "itself": true, "themselves": true}

// openingSubject reads the subject of a verb preceded by comma-enclosed
// phrases (toks[j] is the comma before the verb) as the name that opens the
// sentence at token lim, when that name is followed by a comma and the
// phrases up to the verb are appositions, relative clauses or other phrases
// without a finite verb: "Gary Bratt, owner of a shop, which rents boats,
// said" is Gary Bratt, not the shop; "And Jane Roe herself, a day after her
// election, called for calm" is Jane Roe.
// It returns -1 otherwise.
func (c *claimFinder) openingSubject(j, lim int) int {
	toks := c.seg.toks
	i := lim
	// "The", "Dr", "And": an article, a courtesy title or a conjunction
	// before the name.
	for i < j && (toks[i].Tag == "DT" || toks[i].Tag == "CC" || lex().honorifics[strings.ToLower(toks[i].Norm)]) {
		i++
	}
	e := c.entAt(toks[i].Start)
	if !c.isSpeaker(e) {
		return -1
	}
	for i < j && c.entAt(toks[i].Start) == e {
		i++
	}
	// "Jane Roe herself, ...": a reflexive that stresses the subject.
	if i < j && reflexives[strings.ToLower(toks[i].Norm)] {
		i++
	}
	// "Dr Jane Roe from the University of Southampton, ..., said": a
	// prepositional phrase after the name, up to the comma.
	if i < j && subjectPreps[strings.ToLower(toks[i].Norm)] {
		for i < j && toks[i].Norm != "," && !hasFiniteVerb(toks[i:i+1]) {
			i++
		}
	}
	if i >= j || toks[i].Norm != "," {
		return -1
	}
	// Each phrase between commas: no finite verb unless it is a relative
	// clause.
	for seg := i + 1; seg < j; {
		end := seg
		for end < j && toks[end].Norm != "," {
			end++
		}
		if c.inQuote(toks[seg].Start) {
			return -1
		}
		rel := toks[seg].Tag == "WDT" || toks[seg].Tag == "WP" || toks[seg].Tag == "WP$"
		if !rel && hasFiniteVerb(toks[seg:end]) {
			return -1
		}
		seg = end + 1
	}
	return e
}

// subjectAfter finds an inverted subject: "said Trump", "said the Kremlin".
func (c *claimFinder) subjectAfter(k int) int {
	toks := c.seg.toks
	if k+1 < len(toks) && toks[k+1].Sent == toks[k].Sent {
		// "said Apple Inc. CEO Steve Jobs", "said the vice president and
		// chairman of Chrysler LLC Jim Press": the person the phrase names.
		if p := c.personInNP(k + 1); p >= 0 {
			return p
		}
	}
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		if toks[j].Sent != toks[k].Sent {
			break
		}
		if e := c.entAt(toks[j].Start); e >= 0 {
			if p := c.personInNP(j); p >= 0 {
				return p // "said Apple Inc. CEO Steve Jobs"
			}
			if c.isSpeaker(e) {
				return e
			}
			return -1
		}
		if lex().roles[strings.ToLower(toks[j].Norm)] || toks[j].Tag == "POS" {
			if p := c.personInNP(j); p >= 0 {
				return p // "said the firm's chief executive officer, Alan Mulally"
			}
		}
		if r := c.referent(j); r >= 0 {
			return r
		}
		if toks[j].Tag != "DT" && toks[j].Tag != "JJ" {
			break
		}
	}
	return -1
}

// personInNP returns the person named in the noun phrase that goes on from
// token j (names, titles, "of", "and", possessives and one apposition
// comma), or -1.
func (c *claimFinder) personInNP(j int) int {
	toks := c.seg.toks
	commas := 0
	for i := j; i < len(toks) && i < j+14 && toks[i].Sent == toks[j].Sent; i++ {
		if e := c.entAt(toks[i].Start); e >= 0 {
			if c.ents[e].Kind == model.Person {
				return e
			}
			continue
		}
		w := strings.ToLower(toks[i].Norm)
		switch {
		case w == ",":
			commas++
			if commas > 1 {
				return -1
			}
		case lex().roles[w] || lex().modifiers[w] || w == "of" || w == "and" || toks[i].Tag == "POS" ||
			toks[i].Tag == "DT" || toks[i].Tag == "JJ" || toks[i].Tag == "NN" || toks[i].Tag == "NNP" || toks[i].Tag == "PRP$":
		default:
			return -1
		}
	}
	return -1
}

// nounSubject reports whether the verb toks[k] has a common noun for its
// subject ("some sources said", "an administration official said"): its
// speaker is then that unnamed one, not a name found earlier in the
// sentence.
func (c *claimFinder) nounSubject(k, lim int) bool {
	toks := c.seg.toks
	j := k - 1
	for j >= lim && skippable(toks[j]) {
		j--
	}
	if j < lim {
		return false
	}
	if p, ok := c.prepObject(j, lim); ok && p < 0 {
		return true // "the head of BP said"
	}
	// "the Russian president said" names someone the article named.
	return (toks[j].Tag == "NN" || toks[j].Tag == "NNS") && c.entAt(toks[j].Start) < 0 && c.referent(j) < 0
}

// nearestBefore returns the first person or organisation mentioned before
// token k in its sentence, outside quotations, or -1: the subject of the
// sentence, when the verb's own subject could not be read.
func (c *claimFinder) nearestBefore(k, lim int) int {
	toks := c.seg.toks
	// The subject stands before the sentence's first verb: "Analysts expect
	// the cost to BP to be low, and so said ..." is not BP speaking.
	if si := toks[k].Sent; si >= 0 && si < len(c.seg.sents) {
		if v := c.firstVerb(c.seg.sents[si]); v < k && v > lim && c.nounSubject(v, lim) {
			return -1
		}
	}
	for j := lim; j < k; j++ {
		if c.inQuote(toks[j].Start) {
			continue
		}
		if e := c.entAt(toks[j].Start); c.isSpeaker(e) {
			if c.modifiesNoun(j, e) {
				continue // "some BP investors sued, claiming": BP does not speak
			}
			// "On Capitol Hill, Sen. Jane Roe ... said": the object of a
			// preposition is no subject.
			if c.afterSubjectPrep(j, lim) {
				for j+1 < k && c.entAt(toks[j+1].Start) == e {
					j++
				}
				continue
			}
			return e
		}
		if r := c.referent(j); r >= 0 {
			return r
		}
	}
	return -1
}

// afterSubjectPrep reports whether the name at token j follows one of
// subjectPreps, past determiners and adjectives ("in the Gulf").
func (c *claimFinder) afterSubjectPrep(j, lim int) bool {
	toks := c.seg.toks
	i := j
	for i > lim && (toks[i-1].Tag == "DT" || toks[i-1].Tag == "JJ") {
		i--
	}
	return i > lim && subjectPreps[strings.ToLower(toks[i-1].Norm)]
}

// modifiesNoun reports whether the mention of entity e at token j modifies
// a common noun after it ("BP investors", "the BP oil spill"): a noun that
// is no title and does not speak for it (see spokesNouns).
func (c *claimFinder) modifiesNoun(j, e int) bool {
	toks := c.seg.toks
	for j < len(toks) && c.entAt(toks[j].Start) == e {
		j++
	}
	if j >= len(toks) || toks[j].Sent != toks[j-1].Sent || (toks[j].Tag != "NN" && toks[j].Tag != "NNS") {
		return false
	}
	w := strings.ToLower(toks[j].Norm)
	return !spokesNouns[w] && !lex().roles[w]
}

// lesserRoleWords make a role another office than the bare title: a
// description without them ("the prime minister") does not refer to their
// holder.
var lesserRoleWords = map[string]bool{
	"deputy": true, "vice": true, "former": true, "acting": true, "assistant": true, "shadow": true, "junior": true, "ex": true,
}

// businessNouns are the nouns of org_nouns.txt that stand for a company:
// after "the", they never refer to a seat of government ("the firm said"
// after "the White House demanded" is the company).
var businessNouns = map[string]bool{
	"company": true, "firm": true, "carrier": true, "airline": true, "automaker": true, "carmaker": true,
	"manufacturer": true, "bank": true, "group": true,
}

// pronouns that can stand for a person.
var personPronouns = map[string]bool{"he": true, "she": true, "him": true, "her": true, "his": true}

// referent resolves the pronoun or definite description ending at token j
// ("he", "the president", "the Ukrainian leader"), or returns -1.
func (c *claimFinder) referent(j int) int {
	toks := c.seg.toks
	w := strings.ToLower(strings.Trim(toks[j].Norm, `"'`))
	if personPronouns[w] && toks[j].Tag != "PRP$" || w == "he" || w == "she" {
		return c.resolvePronoun(j, 0)
	}
	l := lex()
	// "the company", "the firm": the organisation named last.
	if l.orgNouns[w] && j > 0 && strings.EqualFold(toks[j-1].Norm, "the") {
		// The organisation that was last a speaker or opened a sentence (a
		// subject), else the one named last ("Airbus A320" is a product
		// the company sells, not the company that speaks).
		last := -1
		for i := len(c.ments) - 1; i >= 0; i-- {
			m := c.ments[i]
			if m.Start >= toks[j].Start || c.ents[m.Ent].Kind != model.Organization || isMediaName(c.ents[m.Ent].Name) ||
				businessNouns[w] && l.known[strings.ToLower(c.ents[m.Ent].Name)].Class == "government" {
				continue // "the firm" is no White House
			}
			if last < 0 {
				last = m.Ent
			}
			ms := c.sentOf(m.Start)
			if spk, ok := c.sentSpk[ms]; ok && spk == m.Ent || ms >= 0 && c.firstEntity(ms) == m.Ent {
				return m.Ent
			}
		}
		return last
	}
	// "the (Russian) president": a role word after "the" and modifiers.
	if !l.roles[w] {
		return -1
	}
	i := j - 1
	var mods []string
	for i >= 0 && toks[i].Sent == toks[j].Sent && !strings.EqualFold(toks[i].Norm, "the") && j-i < 4 {
		mods = append(mods, strings.ToLower(toks[i].Norm))
		i--
	}
	if i < 0 || toks[i].Sent != toks[j].Sent || !strings.EqualFold(toks[i].Norm, "the") {
		return -1
	}
	// The person named most often in the article whose roles contain the
	// role word and the modifiers ("the president" is the president the
	// article is about, not a former one it quotes), ties to the one
	// mentioned last before it.
	best, bestPos, bestN := -1, -1, 0
	for ei, e := range c.ents {
		if e.Kind != model.Person {
			continue
		}
		ok := false
		for _, r := range e.Roles {
			lr := strings.ToLower(r)
			if !strings.Contains(lr, w) {
				continue
			}
			ok = true
			for _, m := range mods {
				if !strings.Contains(lr, m) && !lex().modifiers[m] {
					ok = false
				}
			}
			// "the prime minister" is not the deputy prime minister, nor a
			// former or a shadow one.
			for _, rw := range strings.Fields(lr) {
				if lesserRoleWords[rw] && !slices.Contains(mods, rw) {
					ok = false
				}
			}
			if ok {
				break
			}
		}
		if !ok {
			continue
		}
		last := -1
		for _, m := range e.Mentions {
			if m.Start < toks[j].Start {
				last = max(last, m.Start)
			}
		}
		if last < 0 {
			continue // named only later
		}
		if n := len(e.Mentions); n > bestN || n == bestN && last > bestPos {
			best, bestPos, bestN = ei, last, n
		}
	}
	if best >= 0 {
		return best
	}
	// Read as a pronoun, but only for a person ("the Ukrainian leader" for
	// a Zelensky named without a title; not "the Russian ambassador" for an
	// organisation that spoke last).
	r := c.resolvePronoun(j, 0)
	if r >= 0 && c.ents[r].Kind != model.Person {
		return -1
	}
	return r
}

// resolvePronoun finds the person a pronoun at token j stands for: the first
// person named (or pronoun) in its sentence before it, else the speaker of
// the nearest earlier sentence with a claim, or its first person.
func (c *claimFinder) resolvePronoun(j, depth int) int {
	if r, ok := c.resolved[j]; ok {
		return r
	}
	if depth > 4 {
		return -1
	}
	toks := c.seg.toks
	si := toks[j].Sent
	s := c.seg.sents[si]
	g := pronounGender(toks[j].Norm)
	if r := c.firstPerson(s.First, j, depth, g); r >= 0 {
		c.resolved[j] = r
		return r
	}
	for p := si - 1; p >= 0 && p >= si-4; p-- {
		if c.seg.sents[p].Heading {
			continue
		}
		if spk, ok := c.sentSpk[p]; ok && c.ents[spk].Kind == model.Person && !c.otherGender(spk, g) {
			c.resolved[j] = spk
			return spk
		}
		ps := c.seg.sents[p]
		if r := c.firstPerson(ps.First, c.firstVerb(ps), depth, g); r >= 0 {
			c.resolved[j] = r
			return r
		}
	}
	c.resolved[j] = -1
	return -1
}

// firstEntity returns the entity first named in sentence si outside
// quotations, or -1.
func (c *claimFinder) firstEntity(si int) int {
	s := c.seg.sents[si]
	for k := s.First; k < s.Lim; k++ {
		if c.inQuote(c.seg.toks[k].Start) {
			continue
		}
		if e := c.entAt(c.seg.toks[k].Start); e >= 0 {
			return e
		}
	}
	return -1
}

// firstVerb returns the index of the first finite verb of a sentence
// outside quotations (the end of its subject), or its end.
func (c *claimFinder) firstVerb(s sentence) int {
	for k := s.First; k < s.Lim; k++ {
		switch c.seg.toks[k].Tag {
		case "VBD", "VBZ", "VBP", "MD":
			if !c.inQuote(c.seg.toks[k].Start) {
				return k
			}
		}
	}
	return s.Lim
}

// firstPerson returns the first person named or referred to by a pronoun in
// toks[from:to], outside quotations, who is not known to be of another
// gender than g (see gender; 0 accepts anyone), or -1.
func (c *claimFinder) firstPerson(from, to, depth int, g byte) int {
	toks := c.seg.toks
	for k := from; k < to; k++ {
		if c.inQuote(toks[k].Start) {
			continue
		}
		if e := c.entAt(toks[k].Start); e >= 0 && c.ents[e].Kind == model.Person && !c.otherGender(e, g) {
			return e
		}
		w := strings.ToLower(toks[k].Norm)
		if (w == "he" || w == "she") && k != to && (g == 0 || pronounGender(w) == g) {
			if r := c.resolvePronoun(k, depth+1); r >= 0 {
				return r
			}
		}
	}
	return -1
}

// pronounGender returns 'm' for he, him, his and himself, 'f' for she, her,
// hers and herself, and 0 for other words; quotation marks glued to the
// word are ignored.
func pronounGender(w string) byte {
	switch strings.ToLower(strings.Trim(w, `"'`)) {
	case "he", "him", "his", "himself":
		return 'm'
	case "she", "her", "hers", "herself":
		return 'f'
	}
	return 0
}

// otherGender reports whether entity e is known to be of another gender
// than g ('f' or 'm'; 0 matches anyone).
func (c *claimFinder) otherGender(e int, g byte) bool {
	eg := c.gender(e)
	return g != 0 && eg != 0 && eg != g
}

// gender returns 'f' or 'm' when the article shows the gender of person e,
// else 0. Evidence is a courtesy title before a mention ("Mr", "Mrs",
// "Ms", "Miss") and the first word of a name of two words or more, when
// data/given_names.txt lists it under one gender only. Conflicting
// evidence gives 0.
func (c *claimFinder) gender(e int) byte {
	if c.genders == nil {
		c.genders = make([]byte, len(c.ents))
		for i := range c.genders {
			c.genders[i] = 1
		}
	}
	if c.genders[e] != 1 {
		return c.genders[e]
	}
	var seen [2]bool // female, male
	note := func(g byte) {
		switch g {
		case 'f':
			seen[0] = true
		case 'm':
			seen[1] = true
		}
	}
	ent := c.ents[e]
	for _, a := range append([]string{ent.Name}, ent.Aliases...) {
		if ws := strings.Fields(a); len(ws) > 1 {
			note(lex().givenNames[strings.ToLower(ws[0])])
		}
	}
	for _, m := range ent.Mentions {
		before := strings.Fields(c.text[max(0, m.Start-6):m.Start])
		if len(before) == 0 {
			continue
		}
		switch strings.TrimSuffix(before[len(before)-1], ".") {
		case "Mr":
			note('m')
		case "Mrs", "Ms", "Miss":
			note('f')
		}
	}
	var g byte
	switch seen {
	case [2]bool{true, false}:
		g = 'f'
	case [2]bool{false, true}:
		g = 'm'
	}
	c.genders[e] = g
	return g
}

// reported adds the reported speech: the clause after a verb of saying, or
// after "according to X,".
func (c *claimFinder) reported() {
	toks := c.seg.toks
	for si, s := range c.seg.sents {
		if s.Heading {
			continue
		}
		for k := s.First; k < s.Lim; k++ {
			if c.used[k] || c.inQuote(toks[k].Start) {
				continue
			}
			w := strings.ToLower(toks[k].Norm)
			if w == "according" && k+1 < s.Lim && strings.EqualFold(toks[k+1].Norm, "to") {
				c.accordingTo(si, k)
				continue
			}
			if !isSpeechVerb(toks[k]) || isAsideSay(toks, k) || w == "quoted" || c.inRelative(k, s.First) {
				continue
			}
			// `the bill, '' said Obama`: the attribution of a quotation
			// that opened on an earlier line, not reported speech.
			if k > s.First && (toks[k-1].Norm == "''" || toks[k-1].Norm == `"` || toks[k-1].Norm == "'" && (toks[k-1].Tag == "POS" || toks[k-1].Tag == "''")) {
				continue
			}
			st, that := c.complementStart(k, s.Lim)
			if st < 0 || st >= s.Lim || !that && (toks[st].Tag == "IN" || toks[st].Tag == "TO") {
				continue
			}
			en := s.Lim
			for en > st && isPunct(toks[en-1].Norm) {
				en--
			}
			if en-st < 3 || !hasFiniteVerb(toks[st:en]) {
				continue
			}
			spk := c.subjectBefore(k, s.First)
			if spk < 0 && !c.nounSubject(k, s.First) {
				spk = c.nearestBefore(k, s.First)
			}
			a, b := toks[st].Start, c.trimEnd(toks[st].Start, c.closeQuote(toks[st].Start, toks[en-1].End))
			if c.overlapsClaim(a, b) {
				continue
			}
			c.out = append(c.out, claimMention{Speaker: spk, Text: c.text[a:b], Kind: model.Paraphrase, Start: a, End: b, Sent: si})
			if spk >= 0 {
				if _, ok := c.sentSpk[si]; !ok {
					c.sentSpk[si] = spk
				}
			}
			// Later verbs of saying in the clause are part of it.
			for j := k; j < en; j++ {
				c.used[j] = true
			}
			break
		}
	}
}

// overlapsClaim reports whether [a, b) overlaps a claim found so far.
func (c *claimFinder) overlapsClaim(a, b int) bool {
	for _, cl := range c.out {
		if cl.Kind == model.Paraphrase && a < cl.End && cl.Start < b {
			return true
		}
	}
	return false
}

// complementStart returns the first token of the clause reported by the
// verb toks[k], or -1: after "that" when it comes within a few tokens (past
// a listener or a time: "told reporters that", "revealed on Friday that"),
// else right after the verb and an optional listener or comma.
func (c *claimFinder) complementStart(k, lim int) (int, bool) {
	toks := c.seg.toks
	for j := k + 1; j < lim && j <= k+10; j++ {
		if c.inQuote(toks[j].Start) {
			break
		}
		if strings.EqualFold(toks[j].Norm, "that") && toks[j].Tag != "DT" || strings.EqualFold(toks[j].Norm, "that") && j+1 < lim && toks[j+1].Tag != "NN" {
			if !hasVerb(toks[k+1 : j]) {
				return j + 1, true
			}
			break
		}
	}
	j := k + 1
	if j < lim && (toks[j].Norm == "," || toks[j].Norm == ":") {
		j++
	}
	if j < lim && (c.inQuote(toks[j].Start) || toks[j].Norm == "\"") {
		return -1, false
	}
	return j, false
}

// accordingTo adds the claim of "According to X, clause".
func (c *claimFinder) accordingTo(si, k int) {
	toks := c.seg.toks
	s := c.seg.sents[si]
	comma := -1
	for j := k + 2; j < s.Lim && j < k+10; j++ {
		if toks[j].Norm == "," {
			comma = j
			break
		}
	}
	if comma < 0 {
		return
	}
	spk := -1
	for j := k + 2; j < comma; j++ {
		if e := c.entAt(toks[j].Start); c.isSpeaker(e) {
			spk = e
			break
		}
	}
	if spk < 0 {
		spk = c.referent(comma - 1)
	}
	en := s.Lim
	for en > comma+1 && isPunct(toks[en-1].Norm) {
		en--
	}
	if en-comma-1 < 3 {
		return
	}
	a, b := toks[comma+1].Start, c.trimEnd(toks[comma+1].Start, c.closeQuote(toks[comma+1].Start, toks[en-1].End))
	if c.overlapsClaim(a, b) {
		return
	}
	c.out = append(c.out, claimMention{Speaker: spk, Text: c.text[a:b], Kind: model.Paraphrase, Start: a, End: b, Sent: si})
	if spk >= 0 {
		c.sentSpk[si] = spk
	}
}

// inRelative reports whether the verb toks[k] is in a relative clause
// ("Trump, who has long promised ...").
func (c *claimFinder) inRelative(k, lim int) bool {
	toks := c.seg.toks
	j := k - 1
	for j >= lim && skippable(toks[j]) {
		j--
	}
	return j >= lim && (toks[j].Tag == "WP" || toks[j].Tag == "WDT")
}

// closeQuote extends the claim [a, b) over the closing mark of a quotation
// it opens ("the two sides are "already talking."").
func (c *claimFinder) closeQuote(a, b int) int {
	for _, q := range c.qspans {
		if q.Start > a && q.Start < b && q.End >= b {
			_, n := utf8.DecodeRuneInString(c.text[q.End:])
			return q.End + n
		}
	}
	return b
}

// dropInnerQuotes removes the quotations that lie inside a paraphrase:
// quoted words of reported speech are part of it.
func (c *claimFinder) dropInnerQuotes() {
	c.out = slices.DeleteFunc(c.out, func(q claimMention) bool {
		if q.Kind != model.Quote {
			return false
		}
		for _, p := range c.out {
			if p.Kind == model.Paraphrase && p.Start <= q.Start && q.End <= p.End+1 {
				return true
			}
		}
		return false
	})
}

// trimEnd returns b moved back over a final full stop glued to the last
// word ("in May."), unless the word is an abbreviation ("U.S.").
func (c *claimFinder) trimEnd(a, b int) int {
	t := c.text[a:b]
	if strings.HasSuffix(t, ".") {
		w := t[strings.LastIndexByte(t, ' ')+1:]
		if strings.Count(w, ".") == 1 {
			return b - 1
		}
	}
	return b
}

// hasFiniteVerb reports whether some token is a finite or modal verb.
func hasFiniteVerb(toks []token) bool {
	for _, t := range toks {
		switch t.Tag {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
	}
	return false
}

// hasVerb reports whether some token is a finite or modal verb.
func hasVerb(toks []token) bool {
	for _, t := range toks {
		switch t.Tag {
		case "VBD", "VBZ", "VBP", "MD", "VB", "VBN", "VBG":
			return true
		}
	}
	return false
}
