package extract

import (
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/timelinehq/timeline/model"
)

// findEvents finds the statements, calls, meetings, talks and visits one
// document reports, with their status, time, participants and place.
//
// Statements are speech acts: a sentence whose verb of saying (or noun:
// "remarks", "interview", "press conference") has a speaker who is a person
// or an organisation other than a news outlet. All the statements of one
// speaker that carry no time words of their own are one event with the
// nearest dated statement of that speaker, so three sentences about the
// same remarks are one event carrying all their claims. The other events
// come from the trigger list (CAMEO verbs and nouns) and need two
// participants, named in the trigger's clause (or, inside a quotation,
// "we" and "I" for the speaker and the person they talk about). Status
// comes from the cue words of the clause (see status.go); negated,
// conditional, questioned and habitual events are not reported. Time is the
// time expression of the trigger's clause, or of a verbless clause fronting
// the sentence ("In September 2024, Zelensky met ..."); without one, the
// publication date bounds the event (end for past events, start for planned
// ones). The span of an event is the sentence that reports it.
func findEvents(a *analysis) ([]eventMention, model.DiagnosticList) {
	f := newEventFinder(a)
	f.statements()
	f.occurrences()
	out := consolidate(f.evs, a)
	slices.SortStableFunc(out, func(x, y eventMention) int {
		if x.Start != y.Start {
			return x.Start - y.Start
		}
		return x.TriggerStart - y.TriggerStart
	})
	return out, nil
}

// eventFinder is the state of findEvents for one document.
type eventFinder struct {
	a      *analysis
	c      *claimFinder
	clause []int // clause number of each token of the document
	evs    []eventMention

	journalists map[int]bool // writesTheNews of each entity asked about
}

func newEventFinder(a *analysis) *eventFinder {
	seg := segmented{sents: a.sents, toks: a.toks, ners: a.ners}
	f := &eventFinder{a: a, c: newClaimFinder(a.text, seg, a.ents), journalists: map[int]bool{}}
	// Speakers of the claims, for pronoun resolution by sentence.
	for _, cl := range a.claims {
		if cl.Speaker >= 0 {
			if _, ok := f.c.sentSpk[cl.Sent]; !ok {
				f.c.sentSpk[cl.Sent] = cl.Speaker
			}
		}
	}
	f.clause = clauses(a.toks, a.sents)
	return f
}

// clauseOpeners start a new clause ("..., said X that ...").
var clauseOpeners = map[string]bool{
	"that": true, "which": true, "who": true, "although": true, "though": true, "but": true,
	"while": true, "because": true, "whether": true, "if": true, "when": true, "despite": true, "however": true,
}

// clauses numbers the clauses of every sentence: a comma, semicolon or colon
// ends one, a subordinating word starts one.
func clauses(toks []token, sents []sentence) []int {
	out := make([]int, len(toks))
	n := 0
	for _, s := range sents {
		n++
		for k := s.First; k < s.Lim; k++ {
			w := strings.ToLower(toks[k].Norm)
			if clauseOpeners[w] && k > s.First {
				n++
			}
			out[k] = n
			if w == "," || w == ";" || w == ":" || w == "(" || w == ")" {
				n++
			}
		}
	}
	return out
}

// clauseRange returns the token range [from, to) of the clause of token k.
func (f *eventFinder) clauseRange(k int) (int, int) {
	s := f.a.sents[f.a.toks[k].Sent]
	from, to := k, k+1
	for from > s.First && f.clause[from-1] == f.clause[k] {
		from--
	}
	for to < s.Lim && f.clause[to] == f.clause[k] {
		to++
	}
	return from, to
}

// statements adds one statement event per sentence that reports a speech
// act with a speaker.
func (f *eventFinder) statements() {
	toks := f.a.toks
	comments := f.commentsFrom()
	for si, s := range f.a.sents {
		if s.Heading || si >= comments || isQuestion(f.a.text[s.Start:s.End]) || hasReaderMessage(toks, s) {
			continue // a reader's message says nothing of the news, whatever its words ("gave a good speech")
		}
		var spoken []int // speakers of this sentence's statements
		for k := s.First; k < s.Lim; k++ {
			if f.c.inQuote(toks[k].Start) {
				continue
			}
			cameo, n, ok := f.speechTrigger(k)
			if !ok {
				continue
			}
			if f.rejected(k, true) || f.pastPerfectUndated(k) {
				continue
			}
			modal := f.modalBefore(k)
			if modal == "hypothetical" {
				continue // "the President should say this or that"
			}
			if f.conditional(k) {
				continue // "if BP officials agree on the extent"
			}
			if f.gerundObject(k) {
				continue // "the work on approving and denying claims"
			}
			if f.passiveOrInfinitive(k) {
				continue // "it has yet to be suggested", "relied on BP to tell them"
			}
			if f.c.inRelative(k, s.First) && f.speechBefore(k, s.First) {
				continue // "Suttles said BP, which has promised to pay, would": background of what was said
			}
			if isCommentHeader(toks, s, k) {
				continue // "At 4:43 pm on 28 May 2010, Safetyman wrote:"
			}
			spk := f.speakerOf(si, k, len(spoken) > 0)
			if spk < 0 || f.isMedia(spk) || f.writesTheNews(spk) || slices.Contains(spoken, spk) {
				continue
			}
			spoken = append(spoken, spk)
			em := f.newEvent(si, k, n, model.Statement, cameo)
			em.Participants = []int{spk}
			if modal == "future" {
				em.Status = model.Planned
			}
			if t, _, ok := triggerAt(toks, k); ok && t.Noun {
				// "The president will address the nation in a speech":
				// a statement noun takes the status of its clause.
				if st := f.status(k, model.Statement); st == model.Planned || st == model.Possible {
					em.Status = st
				}
			}
			if em.Status != model.Occurred && em.When.Basis == model.Publication {
				em.When = f.publicationBound(true) // planned: from publication on
			}
			if cameo == "020" { // "called on Putin": the addressee takes part
				for j := k + 1; j < s.Lim && j < k+5; j++ {
					if e := f.c.entAt(toks[j].Start); e >= 0 && e != spk {
						em.Participants = append(em.Participants, e)
						break
					}
				}
			}
			em.Location = f.location(si, f.a.sents[si].First, false)
			em.Summary = f.sentenceSummary(si)
			f.evs = append(f.evs, em)
		}
	}
}

// speechTrigger reports whether toks[k] starts a statement trigger, with its
// CAMEO code and length: a verb of saying, "according to", a statement noun,
// or "call on" (an appeal, CAMEO 020, not a telephone call).
func (f *eventFinder) speechTrigger(k int) (string, int, bool) {
	toks := f.a.toks
	w := strings.ToLower(toks[k].Norm)
	if w == "according" && k+1 < len(toks) && strings.EqualFold(toks[k+1].Norm, "to") {
		if citesFigures(toks, k+2) {
			return "", 0, false // "according to figures from X": numbers, no speech act
		}
		return "010", 2, true
	}
	if isCallOn(toks, k) {
		return "020", 2, true
	}
	if w == "quoted" {
		return "", 0, false
	}
	if isSpeechVerb(toks[k]) && !isAsideSay(toks, k) && !f.nounReading(k) {
		if isWrite(w) && !f.namesDocument(toks[k].Sent) {
			return "", 0, false
		}
		t, n, ok := triggerAt(toks, k)
		if ok && t.Type == model.Statement {
			return t.CAMEO, n, true
		}
		return "010", 1, true
	}
	if t, n, ok := triggerAt(toks, k); ok && t.Noun && t.Type == model.Statement && !f.genericStatement(k) && !afterTemporalPrep(toks, k) {
		return t.CAMEO, n, true
	}
	return "", 0, false
}

// citesFigures reports whether the noun phrase at toks[k] ("figures from
// the agency", "the latest government data") is headed by a noun for
// published figures (data/data_nouns.txt).
func citesFigures(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+5 && toks[j].Sent == toks[k].Sent; j++ {
		if lex().dataNouns[strings.ToLower(toks[j].Norm)] {
			return true
		}
		switch t := toks[j].Tag; {
		case t == "DT" || t == "JJ" || t == "JJS" || t == "PRP$" || t == "POS" || t == "CD" || strings.HasPrefix(t, "NN"):
			continue // determiners, adjectives and modifying nouns before the head
		}
		return false
	}
	return false
}

// isQuestion reports whether the sentence ends with a question mark,
// before any closing quotation marks or brackets: a question asks and
// reports no statement ("Why did BP wait?", `He said: "Will BP pay?"`).
func isQuestion(text string) bool {
	t := strings.TrimRight(text, ` "'’”)]`)
	return strings.HasSuffix(t, "?")
}

// afterTemporalPrep reports whether the noun toks[k] is the object of
// "ahead of", "before", "after" or "following" ("Ahead of the televised
// speech, executives told ..."): it dates another event and reports none.
func afterTemporalPrep(toks []token, k int) bool {
	j := k - 1
	for j >= 0 && (toks[j].Tag == "DT" || toks[j].Tag == "JJ" || toks[j].Tag == "VBN" || toks[j].Tag == "PRP$" || toks[j].Tag == "POS" || toks[j].Tag == "NNP") {
		j--
	}
	if j < 0 {
		return false
	}
	switch strings.ToLower(toks[j].Norm) {
	case "before", "after", "following":
		return true
	case "of":
		return j > 0 && strings.EqualFold(toks[j-1].Norm, "ahead")
	}
	return false
}

// genericStatement reports whether the statement noun toks[k] names no one
// speech act: accounts ("financial statements") or a plural with no
// determiner, number or owner before it ("in public statements",
// "statements by officials"), which speaks of speech acts in general.
func (f *eventFinder) genericStatement(k int) bool {
	toks := f.a.toks
	j := k - 1
	for j >= 0 && toks[j].Tag == "JJ" && !strings.EqualFold(toks[j].Norm, "financial") {
		j--
	}
	if j >= 0 && strings.EqualFold(toks[j].Norm, "financial") {
		return true
	}
	if toks[k].Tag != "NNS" || j < 0 {
		return false
	}
	switch toks[j].Tag {
	case "DT", "PRP$", "POS", "CD":
		return false
	}
	return f.c.entAt(toks[j].Start) < 0
}

// nounReading reports whether the verb form toks[k] ("claims", "reports")
// is the head noun of an object or a prepositional phrase tagged as a verb:
// "to examine the White House claims at a hearing" (a verb or preposition,
// a determiner and a name before it).
func (f *eventFinder) nounReading(k int) bool {
	toks := f.a.toks
	if toks[k].Tag != "VBZ" {
		return false
	}
	j := k - 1
	for j >= 0 && f.c.entAt(toks[j].Start) >= 0 {
		j--
	}
	if j == k-1 || j < 1 || toks[j].Tag != "DT" {
		return false
	}
	return strings.HasPrefix(toks[j-1].Tag, "VB") || toks[j-1].Tag == "IN"
}

// isWrite reports whether w is a form of the verb "write".
func isWrite(w string) bool {
	switch w {
	case "write", "writes", "writing", "wrote", "written":
		return true
	}
	return false
}

// documentNouns name what a speaker writes in a news event: a letter, a
// memo, a statement (WordNet: hyponyms of "document" and "message" that
// news reports quote from).
var documentNouns = map[string]bool{
	"letter": true, "letters": true, "memo": true, "memorandum": true, "e-mail": true, "email": true,
	"statement": true, "filing": true, "complaint": true, "petition": true, "website": true, "note": true,
}

// namesDocument reports whether sentence si names a written document.
// Without one, "writes" is not a news event but the writer of the page
// itself or of an opinion piece quoted in it: a live blog's "Andrew Clark
// writes:", a reader's "Jane Doe from Ohio writes:", a roundup's "..., writes
// Paul Krugman", or "write a check". With one, it is a statement: "In the
// letter, the company's lawyer writes".
func (f *eventFinder) namesDocument(si int) bool {
	s := f.a.sents[si]
	for k := s.First; k < s.Lim; k++ {
		if documentNouns[strings.ToLower(f.a.toks[k].Norm)] && !f.c.inQuote(f.a.toks[k].Start) {
			return true
		}
	}
	return false
}

// modalBefore reads the modal verb before the verb toks[k]: "future" for
// will and shall ("Obama will announce"), "hypothetical" for should, would,
// could, might, may and must ("should say"), and "" when there is none or
// a negation goes with it ("could not confirm", "will not comment": a
// refusal reported now).
func (f *eventFinder) modalBefore(k int) string {
	toks := f.a.toks
	s := f.a.sents[toks[k].Sent]
	neg := false
	for j := k - 1; j >= s.First && j >= k-4; j-- {
		w := strings.ToLower(toks[j].Norm)
		switch {
		case w == "not" || w == "n't" || w == "neither" || w == "never" || w == "nor":
			neg = true
		case toks[j].Tag == "MD":
			if neg {
				return "" // "will not comment", "could not confirm": a refusal now
			}
			switch w {
			case "will", "'ll", "shall", "wo":
				return "future"
			}
			return "hypothetical"
		case toks[j].Tag == "RB" || isSpeechVerb(toks[j]) || w == "be" || w == "to":
		default:
			return ""
		}
	}
	return ""
}

// commentsFrom returns the index of the first sentence of the readers'
// comments under a web article: the first comment header ("At 4:43 pm on
// 28 May 2010, Safetyman wrote:"), after which a page holds comments only;
// len(sents) when there is none.
func (f *eventFinder) commentsFrom() int {
	toks := f.a.toks
	for si, s := range f.a.sents {
		for k := s.First; k < s.Lim && k <= s.First+12; k++ {
			if isCommentHeader(toks, s, k) {
				return si
			}
		}
		switch text := strings.ToLower(f.a.text[s.Start:s.End]); {
		case strings.Contains(text, "comments") && (strings.Contains(text, "views expressed") || strings.Contains(text, "do not represent")):
			return si + 1 // "Views expressed in the comments do not represent those of Reuters."
		case strings.Contains(text, "posted by") && strings.Contains(text, "report abuse"):
			return si // "Posted by: Moonbat | May 27, 2010 9:56 PM | Report abuse": a comment's signature
		}
	}
	return len(f.a.sents)
}

// hasReaderMessage reports whether sentence s holds a reader's message
// (isReaderMessage).
func hasReaderMessage(toks []token, s sentence) bool {
	for k := s.First; k < s.Lim; k++ {
		if isReaderMessage(toks, s, k) {
			return true
		}
	}
	return false
}

// isReaderMessage reports whether the verb toks[k] opens a reader's message
// on a live page: "2140: Daniel K from Philadelphia, US, writes:" (a name,
// "from" and a place, then "writes" or "wrote" and a colon). Such messages
// sit between the page's news entries, so only the message is skipped.
func isReaderMessage(toks []token, s sentence, k int) bool {
	if !verbColon(toks, s, k, "wrote", "writes", "emails", "texts") {
		return false
	}
	for j := k - 1; j > s.First && j >= k-8; j-- {
		if strings.EqualFold(toks[j].Norm, "from") {
			return isCapWord(toks[j-1]) && j+1 < k && isCapWord(toks[j+1])
		}
		if toks[j].Norm == ":" {
			return false
		}
	}
	return false
}

// verbColon reports whether toks[k] is one of verbs (lower case) and a
// colon follows it in sentence s: the header of a message ("Safetyman
// wrote:").
func verbColon(toks []token, s sentence, k int, verbs ...string) bool {
	return k+1 < s.Lim && toks[k+1].Norm == ":" && slices.Contains(verbs, strings.ToLower(toks[k].Norm))
}

// isCommentHeader reports whether the verb toks[k] opens a reader's comment
// under a web article: "At 4:43 pm on 28 May 2010, Safetyman wrote:". The
// comments of a page are not news events.
func isCommentHeader(toks []token, s sentence, k int) bool {
	if !verbColon(toks, s, k, "wrote", "writes", "said", "says") {
		return false
	}
	return strings.EqualFold(toks[s.First].Norm, "at") && k-s.First <= 12
}

// isCallOn reports whether toks[k] is the verb "call" followed by "on",
// "upon" or "for": an appeal (PETRARCH2 CALL * (ON)/(UPON)/(FOR) [020]).
func isCallOn(toks []token, k int) bool {
	w := strings.ToLower(toks[k].Norm)
	if w != "call" && w != "calls" && w != "called" && w != "calling" {
		return false
	}
	if k+1 >= len(toks) {
		return false
	}
	n := strings.ToLower(toks[k+1].Norm)
	if !strings.HasPrefix(toks[k].Tag, "VB") {
		// "plans all call for skimmers" (mis-tagged), "calls by
		// politicians to suspend", "calls from politicians to cancel":
		// appeals; "a call on Friday" is a call.
		if n == "from" {
			for j := k + 2; j+1 < len(toks) && j <= k+7; j++ {
				if strings.EqualFold(toks[j].Norm, "to") && toks[j+1].Tag == "VB" {
					return true
				}
			}
		}
		return n == "for" || n == "by"
	}
	return n == "on" || n == "upon" || n == "for"
}

// idiomaticCall reports whether the noun "call" at toks[k] is part of an
// idiom that is no telephone call: "a wake-up call", "a close call", "a
// judgment call", "a roll call", "a curtain call" (Merriam-Webster's
// compounds of "call").
func idiomaticCall(toks []token, k int) bool {
	w := strings.ToLower(toks[k].Norm)
	if (w != "call" && w != "calls") || k == 0 {
		return false
	}
	switch strings.ToLower(toks[k-1].Norm) {
	case "wake-up", "wakeup", "close", "judgment", "judgement", "roll", "curtain", "clarion", "rallying", "casting":
		return true
	}
	return false
}

// possessedAppeal reports whether the noun "call" at toks[k] is someone's
// appeal: after a possessive ("the senator's call inspired the first Earth
// Day", "his call for calm") with no word of a telephone before it and
// no one to talk with after it ("Obama's call with Putin", "their regular
// phone call" are calls).
func possessedAppeal(toks []token, k int) bool {
	w := strings.ToLower(toks[k].Norm)
	if (w != "call" && w != "calls") || k == 0 || strings.HasPrefix(toks[k].Tag, "VB") {
		return false
	}
	j := k - 1
	for j > 0 && toks[j].Tag == "JJ" {
		j-- // "his urgent call"
	}
	if toks[j].Tag != "POS" && toks[j].Tag != "PRP$" {
		return false
	}
	if k+1 < len(toks) {
		switch strings.ToLower(toks[k+1].Norm) {
		case "with", "between", "to":
			return false
		}
	}
	return true
}

// isPassiveCall reports whether toks[k] is "called" in the passive ("was
// called to a hearing", "is called Deepwater") or naming ("a rig called
// Deepwater Horizon"): a summons or a name, not a telephone call. A
// capitalised word after it is a name unless it begins the title or name
// of a person or organisation ("called Iranian President Masoud
// Pezeshkian", "called Merkel").
func (f *eventFinder) isPassiveCall(k int) bool {
	toks := f.a.toks
	if !strings.EqualFold(toks[k].Norm, "called") || k == 0 {
		return false
	}
	switch strings.ToLower(toks[k-1].Norm) {
	case "was", "were", "is", "are", "be", "been", "being", "so":
		return true
	}
	if indefiniteBefore(toks, k) {
		return true // "a group called Seize BP", "an engineer called Sam Jones"
	}
	switch strings.ToLower(toks[k-1].Norm) {
	case "formerly", "once", "now", "also", "aptly", "fittingly", "previously":
		return true // "the agency formerly called the Minerals Management Service"
	}
	if k+1 >= len(toks) || toks[k+1].Sent != toks[k].Sent {
		return false
	}
	if strings.EqualFold(toks[k+1].Norm, "to") {
		return true
	}
	if toks[k+1].Tag != "NNP" {
		return false
	}
	e := f.titledEntity(k + 1)
	return e < 0 || f.a.ents[e].Kind == model.Place
}

// indefiniteBefore reports whether the word before toks[k] ends a noun
// phrase that begins with "a" or "an": "a campaign group called",
// "an equally fictional executive called". Such a phrase names a thing or
// a person by what it is called; it is not the subject of a telephone call
// (a named caller has a name, not "a group").
func indefiniteBefore(toks []token, k int) bool {
	s := toks[k].Sent
	for j := k - 1; j >= 0 && j >= k-6 && toks[j].Sent == s; j-- {
		t := toks[j].Tag
		switch {
		case t == "DT":
			w := strings.ToLower(toks[j].Norm)
			return j < k-1 && (w == "a" || w == "an")
		case strings.HasPrefix(t, "NN") || strings.HasPrefix(t, "JJ") || t == "RB" || t == "VBN" || t == "HYPH":
		default:
			return false
		}
	}
	return false
}

// namingCall reports whether the verb "call" at toks[k] has no one to call:
// a telephone call takes a person, an organisation, a pronoun or "back"
// after it ("Obama called Cameron", "she called him"), unlike "a technique
// called optical plume velocimetry".
func (f *eventFinder) namingCall(k int) bool {
	toks := f.a.toks
	w := strings.ToLower(toks[k].Norm)
	if !strings.HasPrefix(w, "call") && !strings.HasPrefix(w, "phone") && !strings.HasPrefix(w, "telephone") {
		return false
	}
	if k+1 >= len(toks) {
		return true
	}
	n := strings.ToLower(toks[k+1].Norm)
	switch n {
	case "back", "each":
		return false
	case "him", "her", "them", "me", "us":
		return k+2 < len(toks) && namesComplement(toks[k+2]) // "called him a liar"
	}
	j := k + 1
	if toks[j].Tag == "DT" && j+1 < len(toks) {
		j++
	}
	e := f.c.entAt(toks[j].Start)
	if e < 0 || f.a.ents[e].Kind == model.Place && !f.canTakePart(e) {
		return true
	}
	// "called the BP spill an experiment": the name is a modifier.
	for j < len(toks) && f.c.entAt(toks[j].Start) == e {
		j++
	}
	if j < len(toks) && toks[j].Sent == toks[k].Sent && (toks[j].Tag == "POS" || namesComplement(toks[j]) ||
		strings.HasPrefix(toks[j].Tag, "NN") && startsLower(toks[j].Norm) && !f.inTime(toks[j].Start)) {
		return true // "called Merkel's plan reckless", "called Merkel reckless", "called Obama `` un-American ''"
	}
	return f.a.ents[e].Kind != model.Person && j < len(toks) && strings.HasPrefix(toks[j].Tag, "NN")
}

// startsLower reports whether w begins with a lower-case letter.
func startsLower(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// namesComplement reports whether the token after the object of "call"
// begins what the object is called: an adjective ("called him reckless"),
// a noun phrase ("called him a liar") or a quotation ("called Obama
// “ un-American ”"), not a telephone call's time or purpose ("called
// Merkel on Monday", "called Merkel to congratulate her").
func namesComplement(t token) bool {
	switch strings.ToLower(t.Norm) {
	case "a", "an", "``", "\"", "“", "'":
		return true
	}
	return t.Tag == "JJ" || t.Tag == "JJR" || t.Tag == "JJS"
}

// speakerOf returns the speaker of the speech act at toks[k] in sentence si:
// the speaker of a claim of the sentence, else the subject of the verb, else
// the first person named in the sentence, or -1.
func (f *eventFinder) speakerOf(si, k int, second bool) int {
	toks := f.a.toks
	s := f.a.sents[si]
	if strings.EqualFold(toks[k].Norm, "according") {
		for j := k + 2; j < s.Lim && j < k+8; j++ {
			if e := f.c.entAt(toks[j].Start); f.c.isSpeaker(e) {
				return e
			}
			if toks[j].Norm == "," {
				return f.c.referent(j - 1)
			}
		}
		return -1
	}
	for _, cl := range f.a.claims {
		if cl.Sent == si && cl.Speaker >= 0 && !second && !(isSpeechVerb(toks[k]) && f.c.nounSubject(k, s.First)) {
			return cl.Speaker
		}
	}
	if isSpeechVerb(toks[k]) || isCallOn(toks, k) {
		if e := f.c.subjectBefore(k, s.First); e >= 0 {
			return e
		}
		// Inverted only after the words: `..., said Trump`, or at the start
		// of a sentence that follows a quotation; never after a participle
		// ("sued, claiming the company's mistakes": the company is what
		// was claimed about).
		if toks[k].Tag != "VBG" && (k == s.First || toks[k-1].Norm == "," || strings.ContainsAny(toks[k-1].Norm, `"'`)) {
			if e := f.c.subjectAfter(k); e >= 0 && !f.subjectOfClause(e, k) {
				return e
			}
		}
		return -1
	}
	if second {
		return -1 // a second speech act needs its own subject
	}
	// "after the president made a statement": the subject of the verb
	// whose object the noun is.
	for j := k - 1; j >= s.First && j >= k-3; j-- {
		if strings.HasPrefix(toks[j].Tag, "VB") && !f.c.inQuote(toks[j].Start) {
			if e := f.c.subjectBefore(j, s.First); e >= 0 {
				return e
			}
			break
		}
		if t := toks[j].Tag; t != "DT" && t != "JJ" && t != "PRP$" {
			break
		}
	}
	// A noun ("In a recent interview ..., Putin praised"; "Putin's
	// interview"): the first person or organisation of the sentence.
	for j := s.First; j < s.Lim; j++ {
		if f.c.inQuote(toks[j].Start) {
			continue
		}
		if e := f.c.entAt(toks[j].Start); f.c.isSpeaker(e) && !f.isMedia(e) {
			if f.afterPrep(j, s.First) {
				continue // "a speech from the White House"
			}
			return e
		}
		if r := f.c.referent(j); r >= 0 {
			return r
		}
	}
	return -1
}

// conditional reports whether the verb of saying toks[k] is in a clause
// that opens with "if", "unless" or "whether": a condition or a question,
// not a report.
func (f *eventFinder) conditional(k int) bool {
	from, _ := f.clauseRange(k)
	switch strings.ToLower(f.a.toks[from].Norm) {
	case "if", "unless", "whether":
		return true
	}
	return false
}

// gerundObject reports whether the verb of saying toks[k] is a gerund
// governed by a preposition ("work on approving and denying claims",
// "talk of denying it"): a noun, not a speech act. "By saying", "after
// saying" and "before saying" report one and are not counted.
func (f *eventFinder) gerundObject(k int) bool {
	toks := f.a.toks
	if toks[k].Tag != "VBG" || k == 0 {
		return false
	}
	j := k - 1
	if toks[j].Tag == "CC" && j > 0 && toks[j-1].Tag == "VBG" {
		j -= 2 // "approving and denying"
	}
	if j < 0 || toks[j].Tag != "IN" {
		return false
	}
	switch strings.ToLower(toks[j].Norm) {
	case "on", "of", "for", "about", "in", "at":
		return true
	}
	return false
}

// passiveOrInfinitive reports whether the verb of saying toks[k] is in the
// passive without its agent ("it has yet to be suggested", "was reported"),
// a bare infinitive after "to" ("relied on BP to tell them") or a
// participle used as an adjective ("BP's recently pledged $20bn"): none
// reports that someone named spoke.
func (f *eventFinder) passiveOrInfinitive(k int) bool {
	toks := f.a.toks
	if k == 0 || !isSpeechVerb(toks[k]) {
		return false
	}
	j := k - 1
	for j > 0 && toks[j].Tag == "RB" {
		j--
	}
	switch {
	case toks[k].Tag == "VB" && toks[j].Tag == "TO":
		return true
	case (toks[k].Tag == "VBN" || toks[k].Tag == "VBD") && (toks[j].Tag == "POS" && toks[j].Norm != "'" || toks[j].Tag == "DT" || toks[j].Tag == "PRP$"):
		return true // "BP's recently pledged $20bn": an adjective
	case toks[k].Tag == "VBN":
		switch strings.ToLower(toks[j].Norm) {
		case "be", "been", "being", "is", "are", "was", "were":
			return k+1 >= len(toks) || !strings.EqualFold(toks[k+1].Norm, "by")
		}
	}
	return false
}

// speechBefore reports whether a verb of saying outside quotations stands
// in toks[from:k].
func (f *eventFinder) speechBefore(k, from int) bool {
	for j := from; j < k; j++ {
		if isSpeechVerb(f.a.toks[j]) && !f.c.inQuote(f.a.toks[j].Start) {
			return true
		}
	}
	return false
}

// subjectOfClause reports whether the first mention of entity e after the
// verb toks[k] is followed by a finite verb: ", said BP was under orders"
// reports what was said of BP; it is no inverted subject (", said BP").
func (f *eventFinder) subjectOfClause(e, k int) bool {
	toks := f.a.toks
	j := k + 1
	for j < len(toks) && j <= k+4 && f.c.entAt(toks[j].Start) != e {
		j++
	}
	for j < len(toks) && f.c.entAt(toks[j].Start) == e {
		j++
	}
	if j >= len(toks) || toks[j].Sent != toks[k].Sent {
		return false
	}
	switch toks[j].Tag {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

// isMedia reports whether entity e is a news outlet: outlets report
// statements, they are not the speakers of events.
func (f *eventFinder) isMedia(e int) bool {
	return isMediaName(f.a.ents[e].Name)
}

// isMediaName reports whether name is a news outlet: in the list, or named
// like one ("The San Francisco Chronicle").
func isMediaName(name string) bool {
	k, ok := lex().known[strings.ToLower(name)]
	if ok {
		return k.Class == "media"
	}
	ws := strings.Fields(name)
	return len(ws) > 0 && lex().mediaSuffixes[strings.ToLower(ws[len(ws)-1])] // "The Post"
}

// byline reports whether the name at token k follows a capitalised "By"
// (inside a sentence, a byline glued to the text: "Coast Guard
// photo/Handout By Alister Doyle").
func (f *eventFinder) byline(k int) bool {
	return k >= 1 && f.a.toks[k-1].Norm == "By"
}

// pressTitled reports whether the name at token k has a press title just
// before it ("BBC business editor Robert Peston", "Time magazine's
// blogger, Bryan Walsh") or is a news outlet's person ("the BBC's Steve
// Kingstone").
func (f *eventFinder) pressTitled(k int) bool {
	toks := f.a.toks
	if k < 0 {
		return false
	}
	s := f.a.sents[toks[k].Sent]
	for j := k - 1; j >= s.First && j >= k-3; j-- {
		if pressTitles[strings.ToLower(toks[j].Norm)] {
			return true
		}
		if toks[j].Norm != "," && toks[j].Tag != "JJ" && toks[j].Tag != "NN" {
			break
		}
	}
	if k-2 >= s.First && toks[k-1].Tag == "POS" {
		if o := f.c.entAt(toks[k-2].Start); o >= 0 && f.isMedia(o) {
			return true
		}
	}
	return false
}

// writesTheNews reports whether entity e is a journalist anywhere in the
// document: one of its mentions follows a byline's "By" or a press title
// ("BBC business editor Robert Peston", "the BBC's Steve Kingstone"). A
// reporter's words are the report, not an event, and a call or talk of a
// reporter with someone is the interview the article reports from.
func (f *eventFinder) writesTheNews(e int) bool {
	if e < 0 || f.a.ents[e].Kind != model.Person {
		return false
	}
	if v, ok := f.journalists[e]; ok {
		return v
	}
	v := false
	for _, m := range f.a.ents[e].Mentions {
		if k := f.tokenAt(m.Start); f.byline(k) || f.pressTitled(k) {
			v = true
			break
		}
	}
	f.journalists[e] = v
	return v
}

// pressTitles are the titles of people who write the news: their words in
// an article are the report, not an event of it (Wikipedia "Journalist":
// the newsroom roles).
var pressTitles = map[string]bool{
	"editor": true, "correspondent": true, "reporter": true, "columnist": true, "journalist": true,
	"blogger": true, "commentator": true, "anchor": true,
}

// pastPerfectUndated reports whether the verb toks[k] is in the past perfect
// ("had said") with no time words in its clause: background recalled by the
// article, not a dated speech act.
func (f *eventFinder) pastPerfectUndated(k int) bool {
	toks := f.a.toks
	if k == 0 || toks[k].Tag != "VBN" {
		return false
	}
	j := k - 1
	for j > 0 && toks[j].Tag == "RB" {
		j--
	}
	if !strings.EqualFold(toks[j].Norm, "had") {
		return false
	}
	_, ok := f.timeOf(k)
	return !ok
}

// occurrences adds the calls, meetings, talks and visits.
func (f *eventFinder) occurrences() {
	toks := f.a.toks
	for si, s := range f.a.sents {
		if s.Heading {
			continue
		}
		last := -1 // index of the last trigger of the sentence
		for k := s.First; k < s.Lim; k++ {
			t, n, ok := triggerAt(toks, k)
			if !ok || t.Type == model.Statement {
				continue
			}
			if isCallOn(toks, k) || f.isPassiveCall(k) || t.Type == model.Call && !t.Noun && f.namingCall(k) || idiomaticCall(toks, k) || possessedAppeal(toks, k) {
				continue
			}
			if (!t.Noun || f.verbAfterName(k)) && !f.hasCounterpart(k) {
				continue // "meet the obligations", "Jindal talks about efforts", "Commentators discuss"
			}
			// "meeting to discuss": the second trigger is the purpose of the first.
			if last >= 0 && k > 0 && strings.EqualFold(toks[k-1].Norm, "to") {
				continue
			}
			last = k
			if f.rejected(k, false) || asWeSpeak(toks, k) {
				continue
			}
			em := f.newEvent(si, k, n, t.Type, t.CAMEO)
			em.Participants = f.participants(si, k)
			if t.Type == model.Call && !f.twoPeople(em.Participants) {
				w := strings.ToLower(toks[k].Norm)
				if strings.HasPrefix(w, "call") || strings.HasPrefix(w, "phone") || strings.HasPrefix(w, "telephone") {
					if len(em.Participants) < 2 {
						continue
					}
				} else {
					em.Type, em.CAMEO = model.Talks, "046"
				}
			}
			if slices.ContainsFunc(em.Participants, f.writesTheNews) {
				continue // "our correspondent Suzanne Goldenberg has spoken with ...": the article's own interview
			}
			if len(em.Participants) < 2 && !(t.Type == model.Visit && len(em.Participants) == 1) {
				if !t.Noun || len(em.Participants) != 1 || em.Type != model.Talks && em.Type != model.Meeting {
					continue
				}
				em.OneSided = true // see eventMention.OneSided
			}
			if em.Type == model.Meeting || em.Type == model.Visit {
				em.Location = f.location(si, k+1, true)
				if em.Location >= 0 && f.wordsBetween(k, f.firstMention(em.Location, k)) > 2 {
					em.Location = -1 // too far from the trigger to be its place
				}
			}
			if t.Type == model.Visit && em.Location < 0 {
				continue
			}
			if em.Type == model.Meeting && (em.Status == model.Planned || em.Status == model.Possible) {
				em.CAMEO = "036" // express intent to meet
			}
			em.Summary = f.summary(si, k)
			f.evs = append(f.evs, em)
		}
	}
}

// verbAfterName reports whether the noun trigger toks[k] is a verb that
// the tagger took for a plural noun: an -s form right after a name, its
// subject ("Hayward talks to reporters", "Obama meets Cameron"), not after
// a possessive or a determiner ("BP 's talks", "the talks").
func (f *eventFinder) verbAfterName(k int) bool {
	toks := f.a.toks
	if k == 0 || toks[k-1].Sent != toks[k].Sent || !strings.HasSuffix(strings.ToLower(toks[k].Norm), "s") {
		return false
	}
	e := f.c.entAt(toks[k-1].Start)
	return e >= 0 && f.a.ents[e].Kind != model.Place
}

// wordsBetween counts the content words after the trigger toks[k] and
// before the byte offset end: the words that are not part of a name, the
// title before one or a time expression, and not a determiner,
// preposition, conjunction, adverb, number or comma. A place is the
// event's only with few of them in between: "met British Prime Minister
// David Cameron on Thursday in London" has none; "meeting to discuss
// solutions to the ongoing conflict in Ukraine" has five, and Ukraine is
// the conflict's place.
func (f *eventFinder) wordsBetween(k, end int) int {
	toks := f.a.toks
	n := 0
	for i := k + 1; i < len(toks) && toks[i].Start < end; i++ {
		t := toks[i]
		switch {
		case f.c.entAt(t.Start) >= 0, roleTitleWords()[strings.ToLower(t.Norm)], f.inTime(t.Start):
		case t.Tag == "DT", t.Tag == "IN", t.Tag == "TO", t.Tag == "CC", t.Tag == "CD", t.Tag == ",", strings.HasPrefix(t.Tag, "RB"):
		default:
			n++
		}
	}
	return n
}

// inTime reports whether the byte offset p is inside a time expression.
func (f *eventFinder) inTime(p int) bool {
	for _, r := range f.a.times {
		if r.Start <= p && p < r.End {
			return true
		}
	}
	return false
}

// firstMention returns the byte offset of the first mention of entity e
// after token k.
func (f *eventFinder) firstMention(e, k int) int {
	for _, m := range f.a.ents[e].Mentions {
		if m.Start >= f.a.toks[k].Start {
			return m.Start
		}
	}
	return len(f.a.text)
}

// hasCounterpart reports whether the verb trigger toks[k] says with whom:
// an object introduced by "with", "to" or "between", a direct object that
// is a person, organisation or pronoun ("Obama met Cameron", "met him"),
// or a subject of two or more ("Trump and Putin will speak", "they met").
// An infinitive or gerund takes its subject from the clause around it and
// passes. Without one, "meet" is "meet the obligations" and "talk" is
// "talk about".
func (f *eventFinder) hasCounterpart(k int) bool {
	toks := f.a.toks
	s := f.a.sents[toks[k].Sent]
	j := k + 1
	for j < s.Lim && (toks[j].Tag == "RB" || toks[j].Tag == "RP") {
		j++
	}
	j += byPhone(toks[j:s.Lim])
	if j < s.Lim && strings.EqualFold(toks[j].Norm, "about") {
		return false // "we 're talking about a five-year programme": a topic, whoever speaks
	}
	if j < s.Lim {
		w := strings.ToLower(toks[j].Norm)
		switch {
		case w == "with" || w == "to" || w == "between":
			// "with Ukrainian President Volodymyr Zelenskiy", "with him", "with
			// U.S. Coast Guard Commandant Adm. Thad Allen" (eight words)
			for i := j + 1; i < s.Lim && i <= j+8; i++ {
				if f.c.entAt(toks[i].Start) >= 0 || toks[i].Tag == "PRP" {
					return true
				}
				t := toks[i].Tag
				if t != "DT" && t != "JJ" && t != "NNP" && t != "NNPS" && !lex().roles[strings.ToLower(toks[i].Norm)] {
					break
				}
			}
		case w == "him" || w == "her" || w == "them" || w == "us" || w == "me":
			return true
		default:
			if e := f.titledEntity(j); e >= 0 && f.a.ents[e].Kind != model.Place {
				return !f.possessedThing(j, e) // "met Cameron", "met British Prime Minister David Cameron"
			}
		}
	}
	// A subject of two or more: "X and Y", "they", "we", "both".
	for i := k - 1; i >= s.First && i >= k-8; i-- {
		w := strings.ToLower(strings.Trim(toks[i].Norm, `"'`+"`"))
		switch {
		case w == "and" && i > s.First && (f.c.entAt(toks[i-1].Start) >= 0 || toks[i-1].Tag == "PRP"):
			// Not objects of a preposition: "assets in Texas, Canada and
			// Egypt in order to meet part of the bill".
			a := i - 1
			for a > s.First && (f.c.entAt(toks[a-1].Start) >= 0 || toks[a-1].Norm == ",") {
				a--
			}
			if a > s.First && nonParticipantPreps[strings.ToLower(toks[a-1].Norm)] {
				return false
			}
			if f.objectIsThing(k) {
				return false // "Britain and America may speak the same language"
			}
			return true
		case w == "they" || w == "we" || w == "both" || w == "two":
			return !f.objectIsThing(k) // not "we 'll meet those responsibilities"

		case w == "who" || w == "which":
			// A relative clause's subject is its antecedent, read as the
			// participants are: two or more of them joined by "and"
			// ("Putin and Joe Biden, the former US president, who spoke";
			// not "BP chief executive Tony Hayward, who has spoken").
			if len(f.participants(toks[k].Sent, k)) < 2 {
				return false
			}
			for a := i - 1; a > s.First && toks[a].Norm != ";"; a-- {
				if strings.EqualFold(toks[a].Norm, "and") && f.c.entAt(toks[a-1].Start) >= 0 && f.c.entAt(toks[a+1].Start) >= 0 {
					return true
				}
			}
			return false
		case w == "," || w == ";" || w == "that":
			i = s.First // the subject is in this clause
		}
	}
	// An infinitive or a gerund: "a desire to meet with Putin" is read by
	// its with-object above; "to meet" alone names no one.
	return false
}

// possessedThing reports whether the entity e named from token j on is the
// possessor of the verb's real object, a thing: "meet BP 's demands", not
// "met BP 's chairman" (a role word: a person).
func (f *eventFinder) possessedThing(j, e int) bool {
	toks := f.a.toks
	s := f.a.sents[toks[j].Sent]
	for j < s.Lim && f.c.entAt(toks[j].Start) != e {
		j++ // the title before the name
	}
	for j < s.Lim && f.c.entAt(toks[j].Start) == e {
		j++
	}
	if j+1 >= s.Lim || toks[j].Tag != "POS" {
		return false
	}
	for j++; j < s.Lim && (toks[j].Tag == "JJ" || lex().modifiers[strings.ToLower(toks[j].Norm)]); j++ {
	}
	return j < s.Lim && strings.HasPrefix(toks[j].Tag, "NN") && !lex().roles[strings.ToLower(toks[j].Norm)] &&
		f.c.entAt(toks[j].Start) < 0
}

// byPhone returns how many of the tokens toks are a phrase of the
// medium between a verb of speaking and its "with": "by phone", "by
// telephone", "by video link", "over the phone", "on the phone", "via
// video" ("spoke by phone with Pezeshkian"), or 0.
func byPhone(toks []token) int {
	if len(toks) < 2 {
		return 0
	}
	switch strings.ToLower(toks[0].Norm) {
	case "by", "over", "on", "via":
	default:
		return 0
	}
	n := 1
	if strings.EqualFold(toks[n].Norm, "the") && len(toks) > 2 {
		n++
	}
	switch strings.ToLower(toks[n].Norm) {
	case "phone", "telephone", "videophone", "hotline":
		return n + 1
	case "video", "videolink":
		if n+1 < len(toks) && (strings.EqualFold(toks[n+1].Norm, "link") || strings.EqualFold(toks[n+1].Norm, "call") || strings.EqualFold(toks[n+1].Norm, "conference")) {
			return n + 2
		}
		return n + 1
	}
	return 0
}

// roleTitleWords are the words a title before a name is made of: those of
// the roles ("prime", "minister"), the title modifiers ("deputy") and the
// nationalities ("British"), lower case, all from the data files.
var roleTitleWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for r := range lex().roles {
		for _, w := range strings.Fields(r) {
			m[w] = true
		}
	}
	for w := range lex().modifiers {
		m[w] = true
	}
	for w := range lex().nationalities {
		m[w] = true
	}
	return m
})

// titledEntity returns the entity named at token j or just after the title
// that stands before it ("the British Prime Minister David Cameron": up to
// five title words and a determiner), or -1.
func (f *eventFinder) titledEntity(j int) int {
	toks := f.a.toks
	s := f.a.sents[toks[j].Sent]
	for i := j; i < s.Lim && i <= j+5; i++ {
		if e := f.c.entAt(toks[i].Start); e >= 0 {
			return e
		}
		w := strings.ToLower(toks[i].Norm)
		if !roleTitleWords()[w] && !(i == j && toks[i].Tag == "DT") {
			return -1
		}
	}
	return -1
}

// objectIsThing reports whether the verb toks[k] has a direct object that is
// a thing, not a person: "speak the same language", "meet the deadline".
func (f *eventFinder) objectIsThing(k int) bool {
	toks := f.a.toks
	s := f.a.sents[toks[k].Sent]
	j := k + 1
	if j < s.Lim && (toks[j].Tag == "DT" || toks[j].Tag == "PRP$") {
		j++ // "meet the deadline", "meet our responsibilities"
	}
	for j < s.Lim && toks[j].Tag == "JJ" {
		j++
	}
	return j > k+1 && j < s.Lim && strings.HasPrefix(toks[j].Tag, "NN") && f.c.entAt(toks[j].Start) < 0
}

// asWeSpeak reports whether toks[k] is the idiom "as we speak" (or talk):
// "now", not a conversation.
func asWeSpeak(toks []token, k int) bool {
	return k >= 2 && strings.EqualFold(toks[k-2].Norm, "as") && strings.EqualFold(strings.Trim(toks[k-1].Norm, `"'`+"`"), "we")
}

// twoPeople reports whether at least two of the participants are people.
func (f *eventFinder) twoPeople(ps []int) bool {
	n := 0
	for _, p := range ps {
		if f.a.ents[p].Kind == model.Person {
			n++
		}
	}
	return n >= 2
}

// newEvent makes the event of the trigger toks[k:k+n] in sentence si, with
// its status and time.
func (f *eventFinder) newEvent(si, k, n int, typ model.EventType, cameo string) eventMention {
	toks := f.a.toks
	s := f.a.sents[si]
	words := make([]string, n)
	for i := range n {
		words[i] = strings.ToLower(toks[k+i].Norm)
	}
	em := eventMention{
		Type: typ, CAMEO: cameo, Status: model.Occurred, Location: -1,
		Start: s.Start, End: s.End, Trigger: strings.Join(words, " "), TriggerStart: toks[k].Start,
	}
	if typ != model.Statement {
		em.Status = f.status(k, typ)
	}
	// "dispatching attorneys to meet with ...": an infinitive names an
	// intention, not something done.
	if typ != model.Statement && em.Status == model.Occurred && k > 0 && toks[k-1].Tag == "TO" && strings.HasPrefix(toks[k].Tag, "VB") {
		em.Status = model.Planned
	}
	future := em.Status == model.Planned || em.Status == model.Possible
	r, ok := f.timeOf(k)
	if ok && future {
		r = weekdayAhead(r, f.a.art.Published)
	}
	if ok && !(future && r.When.End != nil && f.a.art.Published != "" && *r.When.End < f.a.art.Published) {
		em.When = r.When
		em.Anchor = r.Anchor
		if w, ok := f.afterInauguration(si, r); ok {
			em.When, em.Anchor = w, nil
		}
		if typ != model.Statement && em.Status == model.Occurred && r.When.Start != nil && f.a.art.Published != "" && *r.When.Start > f.a.art.Published {
			em.Status = model.Planned
		}
	} else {
		em.When = f.publicationBound(future)
	}
	return em
}

// afterInauguration dates a time anchored to a US president's inauguration
// ("two days after his inauguration", "a week after Jane Roe's
// inauguration") in sentence si: the possessor, a name or a pronoun
// resolved to one, must be a person of the article with the title of
// president and a US word in it ("US President", "U.S. President",
// "American President"). A president takes office on 20 January of the
// year after the election, held in years divisible by four (Twentieth
// Amendment to the US Constitution, in force since 1937): the anchor is
// the last such day on or before the publication date.
func (f *eventFinder) afterInauguration(si int, r timeRef) (model.When, bool) {
	pub, err := time.Parse("2006-01-02", f.a.art.Published)
	if r.Anchor == nil || r.Anchor.Event != "inauguration" || err != nil || pub.Year() < 1937 {
		return model.When{}, false
	}
	toks, s := f.a.toks, f.a.sents[si]
	person := -1
	for j := s.First + 1; j < s.Lim; j++ {
		if !strings.EqualFold(toks[j].Norm, "inauguration") {
			continue
		}
		p := j - 1
		if toks[p].Tag == "POS" && p > s.First {
			p-- // "Jane Roe 's inauguration"
		}
		person = f.c.entAt(toks[p].Start)
		if pronounGender(toks[p].Norm) != 0 {
			person = f.c.resolvePronoun(p, 0)
		}
		break
	}
	if person < 0 || !isUSPresident(f.a.ents[person]) {
		return model.When{}, false
	}
	y := pub.Year()
	for y%4 != 1 || time.Date(y, time.January, 20, 0, 0, 0, 0, time.UTC).After(pub) {
		y--
	}
	v := time.Date(y, time.January, 20+r.Anchor.Days, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
	end := v
	return model.When{Value: v, Start: &v, End: &end, Granularity: model.Day, Text: r.When.Text, Basis: model.Anchored}, true
}

// isUSPresident reports whether one of the titles of a person is president
// of the United States: "president" with "US", "U.S.", "United States" or
// "American" in the same title.
func isUSPresident(e docEntity) bool {
	if e.Kind != model.Person {
		return false
	}
	for _, r := range e.Roles {
		lr := strings.ToLower(r)
		if strings.Contains(lr, "president") && !strings.Contains(lr, "vice") {
			for _, us := range []string{"us ", "u.s. ", "united states ", "american "} {
				if strings.HasPrefix(lr, us) || strings.Contains(lr, " "+us) {
					return true
				}
			}
		}
	}
	return false
}

// weekdayAhead returns the time r of a planned event moved on a week when
// it is a day of the week that the tagger put in the six days before the
// publication date: "will meet the executives on Wednesday" in an article
// of Tuesday is the next day, not the Wednesday before.
func weekdayAhead(r timeRef, published string) timeRef {
	w := r.When
	if published == "" || w.Granularity != model.Day || w.Basis != model.Relative || w.Start == nil || !isWeekdayName(w.Text) {
		return r
	}
	d, err1 := time.Parse(time.DateOnly, *w.Start)
	p, err2 := time.Parse(time.DateOnly, published)
	if err1 != nil || err2 != nil || !d.Before(p) || p.Sub(d) > 6*24*time.Hour {
		return r
	}
	v := d.AddDate(0, 0, 7).Format(time.DateOnly)
	r.When.Value, r.When.Start, r.When.End, r.Value = v, &v, &v, v
	return r
}

// isWeekdayName reports whether the words of a time name a day of the week
// and nothing else ("Wednesday", "on Wednesday").
func isWeekdayName(words string) bool {
	ws := strings.Fields(strings.ToLower(words))
	if len(ws) == 0 || len(ws) > 2 || len(ws) == 2 && ws[0] != "on" {
		return false
	}
	switch strings.TrimSuffix(ws[len(ws)-1], ".") {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}

// publicationBound is the time of an event with no time words: the
// publication date is the last day a past event can have been on and the
// first a planned one can be on.
func (f *eventFinder) publicationBound(future bool) model.When {
	p := f.a.art.Published
	if p == "" {
		return model.When{Granularity: model.UnknownGranule, Basis: model.UnknownBasis}
	}
	w := model.When{Granularity: model.UnknownGranule, Basis: model.Publication}
	if future {
		w.Start = &p
	} else {
		w.End = &p
	}
	return w
}

// timeOf returns the time expression that governs the trigger toks[k]: one
// in its clause (the nearest), else one in a verbless clause that opens the
// sentence. Durations, sets, undated references ("now") and lower bounds
// ("since 2022") do not count.
func (f *eventFinder) timeOf(k int) (timeRef, bool) {
	toks := f.a.toks
	s := f.a.sents[toks[k].Sent]
	best, bestDist := -1, 1<<30
	for ti, r := range f.a.times {
		if r.Start < s.Start || r.Start >= s.End || !usableTime(r) {
			continue
		}
		tk := f.tokenAt(r.Start)
		if tk < 0 || tk > 0 && strings.EqualFold(toks[tk-1].Norm, "since") || f.c.inQuote(r.Start) != f.c.inQuote(toks[k].Start) || f.possessiveTime(r) || f.attributiveTime(r, tk, k) || f.periodEnd(tk) {
			continue
		}
		if f.clause[tk] == f.clause[k] {
			// The time of a speech act stands before its verb or after it
			// but before what was said ("said on Friday that", "said during
			// a press conference on January 7 that"); one after a verb of
			// the reported clause dates what was said ("says the well will
			// be finished in August").
			if f.isSpeechAct(k) && tk > k && (hasFiniteVerb(toks[k+1:tk]) || hasWord(toks[k+1:tk], "that")) {
				continue
			}
			// So does one after a statement noun and "that" ("Hayward's
			// announcement that he had canceled an appearance on Tuesday").
			if tk > k && hasWord(toks[k+1:tk], "that") {
				if t, _, ok := triggerAt(toks, k); ok && t.Noun && t.Type == model.Statement {
					continue
				}
			}
			// ..., or one after the noun that opens what was said
			// ("said completion between 20 and 27 July was possible").
			if tk > k+1 && isSayForm(toks[k].Norm) && (toks[k+1].Tag == "NN" || toks[k+1].Tag == "NNS") && hasFiniteVerb(toks[tk:min(tk+8, len(toks))]) {
				continue
			}
			// ..., or one inside a possessive object ("noting Feinberg's
			// job in the 1970s").
			if f.isSpeechAct(k) && tk > k && hasTag(toks[k+1:tk], "POS") {
				continue
			}
			// A time before the trigger with "before" or "after" between
			// them dates the other event of the clause: "will address the
			// nation on Tuesday before meeting the executives on Wednesday".
			if tk < k && hasTemporalConnective(toks[tk:k]) {
				continue
			}
			if d := abs(tk - k); d < bestDist {
				best, bestDist = ti, d
			}
		}
	}
	if best >= 0 {
		return f.a.times[best], true
	}
	// A fronting clause without a verb: "In September 2024, Zelensky met ...".
	if !hasVerb(toks[s.First:k]) || f.clause[k] == f.firstVerbClause(s) {
		for _, r := range f.a.times {
			if r.Start < s.Start || r.Start >= s.End || !usableTime(r) {
				continue
			}
			tk := f.tokenAt(r.Start)
			if tk >= 0 && f.clause[tk] < f.firstVerbClause(s) && !f.c.inQuote(r.Start) && !f.possessiveTime(r) && !f.inApposition(tk) {
				return r, true
			}
		}
	}
	return timeRef{}, false
}

// periodEnd reports whether the time at token tk ends a period that
// something is measured over ("profit in the three months to September",
// "sales in the year to March"): it dates the figures, not the report.
func (f *eventFinder) periodEnd(tk int) bool {
	toks := f.a.toks
	if tk < 2 || !strings.EqualFold(toks[tk-1].Norm, "to") {
		return false
	}
	switch strings.ToLower(toks[tk-2].Norm) {
	case "months", "month", "weeks", "week", "year", "quarter", "days", "half":
		return true
	}
	return false
}

// inApposition reports whether token tk is inside an apposition: a
// stretch set off by commas right after a name ("Jane Roe, a co-author of
// a 2005 report on dispersants, told Nature"). What it says describes the
// person; its time does not date the verb after it, unlike a fronting
// phrase ("In an April 9 letter, Jane Roe wrote").
func (f *eventFinder) inApposition(tk int) bool {
	toks := f.a.toks
	s := f.a.sents[toks[tk].Sent]
	for j := tk - 1; j > s.First; j-- {
		if toks[j].Norm == "," {
			// A noun phrase describing the person, not a phrase of the
			// verb's ("Researchers at NOAA, in a report last week, said").
			return f.c.entAt(toks[j-1].Start) >= 0 && toks[j+1].Tag != "IN" && toks[j+1].Tag != "RB" && !f.inTime(toks[j+1].Start)
		}
		if toks[j].Tag == "VBD" || toks[j].Tag == "VBZ" || toks[j].Tag == "VBP" {
			return false
		}
	}
	return false
}

// attributiveTime reports whether the time r, starting at token tk, stands
// between a determiner and a noun other than the trigger toks[k] ("looked
// into the 2005 refinery fire"): it dates that noun, not the trigger ("the
// Friday meeting" still dates the meeting).
func (f *eventFinder) attributiveTime(r timeRef, tk, k int) bool {
	toks := f.a.toks
	if tk < 1 || (toks[tk-1].Tag != "DT" && toks[tk-1].Tag != "PRP$" && toks[tk-1].Tag != "POS") {
		return false
	}
	j := f.tokenAt(r.End)
	if j < 0 || j == k || toks[j].Start < r.End {
		return false
	}
	return toks[j].Tag == "NN" || toks[j].Tag == "NNS"
}

// isSayForm reports whether w is a form of "say".
func isSayForm(w string) bool {
	switch strings.ToLower(w) {
	case "say", "says", "said", "saying":
		return true
	}
	return false
}

// possessiveTime reports whether the time r is a possessive ("Monday's
// luncheon", "last year's spill"): it dates the noun after it, not a verb.
func (f *eventFinder) possessiveTime(r timeRef) bool {
	j := f.tokenAt(r.End)
	return j >= 0 && f.a.toks[j].Start >= r.End && f.a.toks[j].Tag == "POS"
}

// hasTemporalConnective reports whether one of toks orders two events in
// time: "before", "after", "ahead of", "until", "then".
func hasTemporalConnective(toks []token) bool {
	for i, t := range toks {
		switch strings.ToLower(t.Norm) {
		case "before", "after", "until", "then":
			return true
		case "ahead":
			if i+1 < len(toks) && strings.EqualFold(toks[i+1].Norm, "of") {
				return true
			}
		}
	}
	return false
}

// hasWord reports whether one of toks is w, ignoring case.
func hasWord(toks []token, w string) bool {
	for _, t := range toks {
		if strings.EqualFold(t.Norm, w) {
			return true
		}
	}
	return false
}

// isSpeechAct reports whether toks[k] is a verb of saying.
func (f *eventFinder) isSpeechAct(k int) bool {
	return isSpeechVerb(f.a.toks[k]) || isCallOn(f.a.toks, k)
}

// firstVerbClause returns the clause number of the first verb of sentence s.
func (f *eventFinder) firstVerbClause(s sentence) int {
	for k := s.First; k < s.Lim; k++ {
		if strings.HasPrefix(f.a.toks[k].Tag, "VB") || f.a.toks[k].Tag == "MD" {
			return f.clause[k]
		}
	}
	return -1
}

// usableTime reports whether a time expression can date an event.
func usableTime(r timeRef) bool {
	if r.Type != "DATE" && r.Type != "TIME" {
		return false
	}
	return r.Anchor != nil || r.When.Granularity != model.UnknownGranule
}

// tokenAt returns the index of the token that starts at or covers byte p.
func (f *eventFinder) tokenAt(p int) int {
	i, _ := slices.BinarySearchFunc(f.a.toks, p, func(t token, p int) int {
		if t.End <= p {
			return -1
		}
		if t.Start > p {
			return 1
		}
		return 0
	})
	if i < len(f.a.toks) {
		return i
	}
	return -1
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// nonParticipantPreps introduce places and topics, not participants.
var nonParticipantPreps = map[string]bool{
	"in": true, "at": true, "aboard": true, "on": true, "about": true, "regarding": true, "over": true,
	"of": true, "for": true, "from": true, "into": true, "against": true, "during": true, "after": true,
	"before": true, "since": true, "through": true, "without": true, "within": true, "across": true, "near": true, "towards": true,
}

// participants returns the entities that take part in the event of the
// trigger toks[k]: the people, organisations and countries of its clause
// that are not objects of a place or topic preposition, with pronouns
// resolved; in a relative clause ("who spoke"), those of the clause before;
// inside a quotation, the speaker for "I" and "we", and for "we" the person
// the speaker talked about last.
func (f *eventFinder) participants(si, k int) []int {
	toks := f.a.toks
	s := f.a.sents[si]
	from, to := f.clauseRange(k)
	// A relative or complement clause takes its subject from the clause before.
	if strings.EqualFold(toks[from].Norm, "who") && from > s.First {
		from2, _ := f.clauseRange(from - 1)
		if from2 > s.First && toks[from2-1].Norm == "," {
			from2, _ = f.clauseRange(from2 - 2)
		}
		from = from2
	}
	var out []int
	add := func(e int) {
		if e >= 0 && !slices.Contains(out, e) && !f.isMedia(e) && f.canTakePart(e) {
			out = append(out, e)
		}
	}
	// "Barkoff said they met": the speaker of a reported clause is no
	// participant (but "admitted to having conversations with" keeps its
	// subject: no finite verb of its own follows).
	for j := from; j < k; j++ {
		if isSpeechVerb(toks[j]) && !f.c.inQuote(toks[j].Start) && hasFiniteVerb(toks[j+1:k+1]) {
			from = j + 1
		}
	}
	// "meeting the executives for what a White House spokesman said would
	// be ...": the speaker of a verb of saying after the trigger, and what
	// follows, are no participants.
	for j := k + 1; j < to; j++ {
		if isSpeechVerb(toks[j]) && !f.c.inQuote(toks[j].Start) {
			i := j
			for i > k+1 && (f.c.entAt(toks[i-1].Start) >= 0 || lex().roles[strings.ToLower(toks[i-1].Norm)] ||
				toks[i-1].Tag == "DT" || toks[i-1].Tag == "JJ" || toks[i-1].Tag == "POS" || strings.HasPrefix(toks[i-1].Tag, "NN")) {
				i--
			}
			to = i
			break
		}
	}
	// "a conversation between Trump and Putin": the pair, nobody else.
	if strings.HasPrefix(toks[k].Tag, "NN") {
		for j := k + 1; j < to && j <= k+2; j++ {
			if strings.EqualFold(toks[j].Norm, "between") {
				from = j
			}
		}
	}
	quote := -1
	for j := from; j < to; j++ {
		if e := f.c.entAt(toks[j].Start); e >= 0 {
			if f.afterPrep(j, from) || j+1 < len(toks) && lex().roles[strings.ToLower(toks[j+1].Norm)] && f.a.ents[e].Kind == model.Place || f.destination(j, e) {
				continue // "in Ukraine"; "a US president"; "will travel to the US to meet Obama"
			}
			if j+1 < to && f.c.entAt(toks[j+1].Start) != e && isGovernmentNoun(toks[j+1].Norm) {
				add(f.governmentOf(e)) // "the Trump administration"
				continue
			}
			add(e)
			continue
		}
		w := strings.ToLower(strings.Trim(toks[j].Norm, `"'`))
		if f.c.inQuote(toks[j].Start) {
			if w == "i" || w == "we" || w == "me" || w == "us" {
				if q := f.quoteSpeaker(toks[j].Start); q >= 0 {
					add(q)
					if w == "we" || w == "us" {
						quote = q
					}
				}
			}
		}
		if w == "he" || w == "she" || w == "him" || w == "her" {
			add(f.c.resolvePronoun(j, 0))
		}
		if (w == "his" || w == "her") && j+1 < to && (isGovernmentNoun(toks[j+1].Norm) || isAideNoun(toks[j+1].Norm)) {
			if p := f.c.resolvePronoun(j, 0); p >= 0 && isGovernmentNoun(toks[j+1].Norm) {
				add(f.governmentOf(p)) // "his administration"
			} else {
				add(p)
			}
		}
		if lex().roles[w] && j > s.First && f.c.referent(j) >= 0 && !f.afterPrep(j, from) {
			add(f.c.referent(j))
		}
	}
	// Inside a direct quotation, "we" is the speaker and the other side the
	// speaker was talking about; so is a single named participant.
	q := f.quoteSpeaker(toks[k].Start)
	if q >= 0 && len(out) < 2 && f.firstPersonIn(from, k) && f.takesPart(k) && !f.namedOther(k, to) {
		if quote < 0 {
			add(q)
		}
		if len(out) < 2 {
			add(f.counterpart(si, q))
		}
	}
	return out
}

// takesPart reports whether the speaker of a quotation can be a side of
// the trigger toks[k] that follows a first person: a verb ("we will be
// speaking") or a noun after a verb of having or holding ("I will have
// many more conversations"), not a noun of something else ("there 's
// room for considerable discussion", "my family have had nasty phone
// calls", where the calls were made to them by others).
func (f *eventFinder) takesPart(k int) bool {
	toks := f.a.toks
	if !strings.HasPrefix(toks[k].Tag, "NN") {
		return true
	}
	for j := k - 1; j >= 0 && j >= k-4 && toks[j].Sent == toks[k].Sent; j-- {
		switch strings.ToLower(toks[j].Norm) {
		case "have", "has", "had", "having", "hold", "holds", "held", "holding":
			// "my family have had calls": the subject must be the first person.
			for i := j - 1; i >= 0 && i >= j-3 && toks[i].Sent == toks[k].Sent; i-- {
				switch strings.ToLower(strings.Trim(toks[i].Norm, `"'`)) {
				case "i", "we":
					return true
				}
			}
			return false
		}
	}
	return false
}

// namedOther reports whether the trigger toks[k] is followed by "to" or
// "with" and someone not named ("we talk to these folks"): then the other
// side is them, not the person the speaker talked about before.
func (f *eventFinder) namedOther(k, to int) bool {
	toks := f.a.toks
	for j := k + 1; j < to && j <= k+2; j++ {
		w := strings.ToLower(toks[j].Norm)
		if w == "to" || w == "with" {
			return j+1 < to && f.c.entAt(toks[j+1].Start) < 0 && toks[j+1].Tag != "NNP"
		}
	}
	return false
}

// isGovernmentNoun reports whether w names a leader's government.
func isGovernmentNoun(w string) bool {
	w = strings.ToLower(w)
	return w == "administration" || w == "government" || w == "cabinet"
}

// isAideNoun reports whether w names the people who act for a person.
func isAideNoun(w string) bool {
	switch strings.ToLower(w) {
	case "team", "officials", "envoy", "aides", "staff":
		return true
	}
	return false
}

// governmentOf returns the country a person governs, read from a role of
// theirs that starts with the country's name ("US President" gives the
// United States) when the article names that country; else the person.
func (f *eventFinder) governmentOf(p int) int {
	ent := f.a.ents[p]
	if ent.Kind != model.Person {
		return p
	}
	for _, r := range ent.Roles {
		ws := strings.Fields(r)
		for n := min(3, len(ws)-1); n >= 1; n-- {
			k, ok := lex().known[strings.ToLower(strings.Join(ws[:n], " "))]
			if !ok || k.Class != "country" {
				continue
			}
			for ei, e := range f.a.ents {
				if e.Name == k.Name {
					return ei
				}
			}
		}
	}
	return p
}

// firstPersonIn reports whether toks[from:to] hold "I", "we", "me" or "us".
func (f *eventFinder) firstPersonIn(from, to int) bool {
	for j := from; j < to; j++ {
		switch strings.ToLower(strings.Trim(f.a.toks[j].Norm, `"'`)) {
		case "i", "we", "me", "us":
			return true
		}
	}
	return false
}

// afterPrep reports whether the mention at token j is governed by a place
// or topic preposition ("in Ukraine", "about the war"), looking back over
// the words of its name and a determiner.
func (f *eventFinder) afterPrep(j, from int) bool {
	toks := f.a.toks
	e := f.c.entAt(toks[j].Start)
	i := j - 1
	for i >= from && (e >= 0 && f.c.entAt(toks[i].Start) == e || toks[i].Tag == "DT" || toks[i].Tag == "JJ" || toks[i].Tag == "POS") {
		i--
	}
	for i >= from && f.c.entAt(toks[i].Start) >= 0 && f.a.ents[f.c.entAt(toks[i].Start)].Kind != model.Person {
		i-- // a title-like name before the name: "Russian state television"
	}
	return i >= from && (nonParticipantPreps[strings.ToLower(toks[i].Norm)] || topicVerbs[strings.ToLower(toks[i].Norm)])
}

// destination reports whether the place e named at token j is where
// someone travels: after "to" and a verb of motion ("will travel to the US
// to meet Obama", "flew to Moscow for talks"). It is the event's place at
// most, not a side.
func (f *eventFinder) destination(j, e int) bool {
	toks := f.a.toks
	if f.a.ents[e].Kind != model.Place {
		return false
	}
	i := j - 1
	for i > 0 && (toks[i].Tag == "DT" || f.c.entAt(toks[i].Start) == e) {
		i--
	}
	if i < 1 || !strings.EqualFold(toks[i].Norm, "to") {
		return false
	}
	return motionVerbs[strings.ToLower(toks[i-1].Norm)]
}

// motionVerbs are the forms of verbs of travel whose "to" names a place.
var motionVerbs = map[string]bool{
	"travel": true, "travels": true, "traveled": true, "travelled": true, "traveling": true, "travelling": true,
	"go": true, "goes": true, "went": true, "going": true, "fly": true, "flies": true, "flew": true, "flying": true,
	"come": true, "comes": true, "came": true, "coming": true, "return": true, "returns": true, "returned": true, "returning": true,
	"head": true, "heads": true, "headed": true, "heading": true, "trip": true, "journey": true,
}

// topicVerbs take the topic as their object: "Cameron will discuss BP with
// Obama", "Obama and Cameron discussed BP 's problems": BP is what was
// talked about, not a side.
var topicVerbs = map[string]bool{"discuss": true, "discusses": true, "discussed": true, "discussing": true}

// canTakePart reports whether an entity can be a participant: people,
// organisations and countries, not venues or regions.
func (f *eventFinder) canTakePart(e int) bool {
	ent := f.a.ents[e]
	if ent.Kind == model.Person || ent.Kind == model.Organization {
		return true
	}
	if ent.Kind != model.Place {
		return false
	}
	k, ok := lex().known[strings.ToLower(ent.Name)]
	return ok && k.Class == "country"
}

// quoteSpeaker returns the speaker of the direct quote that holds byte p, or -1.
func (f *eventFinder) quoteSpeaker(p int) int {
	for _, cl := range f.a.claims {
		if cl.Kind == model.Quote && cl.Start <= p && p < cl.End {
			return cl.Speaker
		}
	}
	return -1
}

// counterpart returns the last person other than spk named outside
// quotations in sentence si or the five before it, or -1.
func (f *eventFinder) counterpart(si, spk int) int {
	toks := f.a.toks
	for p := si; p >= 0 && p >= si-5; p-- {
		s := f.a.sents[p]
		for j := s.Lim - 1; j >= s.First; j-- {
			if f.c.inQuote(toks[j].Start) {
				continue
			}
			if e := f.c.entAt(toks[j].Start); e >= 0 && e != spk && f.a.ents[e].Kind == model.Person {
				return e
			}
		}
	}
	return -1
}

// location returns the place of sentence si's event, named from token
// from on: a venue after "in",
// "at", "aboard" or "on board" ("in the Oval Office", "aboard Air Force
// One"); for meetings and visits also a country or city ("in Saudi
// Arabia"). -1 when none.
func (f *eventFinder) location(si, from int, anyPlace bool) int {
	toks := f.a.toks
	s := f.a.sents[si]
	for j := max(from, s.First+1); j < s.Lim; j++ {
		e := f.c.entAt(toks[j].Start)
		if e < 0 || (j > s.First && f.c.entAt(toks[j-1].Start) == e) {
			continue
		}
		ent := f.a.ents[e]
		k, known := lex().known[strings.ToLower(ent.Name)]
		// A seat of government is a venue "at" or "in" it ("at the White
		// House", "in the Kremlin"), not "from" it (its officials).
		seat := known && k.Class == "government"
		venue := known && k.Class == "venue"
		if !venue && !seat && !(anyPlace && ent.Kind == model.Place) {
			continue
		}
		i := j - 1
		for i > s.First && (toks[i].Tag == "DT" || strings.EqualFold(toks[i].Norm, "board")) {
			i--
		}
		switch strings.ToLower(toks[i].Norm) {
		case "in", "at", "inside":
			return e
		case "aboard", "on", "from":
			if !seat {
				return e
			}
		}
	}
	return -1
}

// sentenceSummary is sentence si from its start, shortened to about
// twenty-five words: a statement is best told by what was said and who said
// it, which its sentence holds ("“We will talk,” Trump told reporters").
func (f *eventFinder) sentenceSummary(si int) string {
	toks := f.a.toks
	s := f.a.sents[si]
	to := min(s.Lim, s.First+25)
	for to > s.First && isPunct(toks[to-1].Norm) && !strings.ContainsAny(toks[to-1].Norm, `"'`) {
		to--
	}
	if to <= s.First {
		return ""
	}
	return strings.Join(strings.Fields(f.a.text[toks[s.First].Start:toks[to-1].End]), " ")
}

// summary is the clause of the trigger toks[k] with its subject: the
// sentence from its first word up to the end of the trigger's clause,
// shortened to about twenty-five words.
func (f *eventFinder) summary(si, k int) string {
	toks := f.a.toks
	s := f.a.sents[si]
	_, to := f.clauseRange(k)
	// Extend over the object of the trigger: up to the next clause end.
	for to < s.Lim && to-k < 12 && toks[to-1].Norm != "," && toks[to-1].Norm != ";" {
		to++
	}
	from := s.First
	if to-from > 25 {
		from = max(s.First, k-10)
		to = min(to, from+25)
	}
	for to > from && isPunct(toks[to-1].Norm) {
		to--
	}
	if from > s.First {
		for from < k && f.clause[from] == f.clause[from-1] {
			from++ // start at a clause boundary
		}
	}
	for from < to && isPunct(toks[from].Norm) {
		from++
	}
	if to <= from {
		return ""
	}
	return strings.Join(strings.Fields(f.a.text[toks[from].Start:toks[to-1].End]), " ")
}
