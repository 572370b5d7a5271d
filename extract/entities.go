package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/timelinehq/timeline/model"
)

// findEntities turns the entity proposals of one document into the people,
// organisations and places a reader recognises, each with all its mentions.
//
// prose's labels are hints, not answers. A name is a maximal run of
// capitalised tokens (with "of" between capitals, as in "Secretary of
// State"). A title at its front is split off as a role ("US President Donald
// Trump" is Donald Trump with the role "US President"; "Kremlin spokesman
// Dmitry Peskov" takes the lower-case title before it too). Nationality words
// are dropped. The kind comes, in order of strength, from the list of
// well-known organisations and places, from a role (only people have titles),
// from a first name before a surname seen elsewhere in the article, and last
// from the majority of prose's labels over the article. A single word that is
// the surname of a person of the article is that person; full names whose
// surnames or first names differ by one letter are one person (Zelensky,
// Zelenskyy; "Vladimit Putin"), but never when both names differ (Mike Waltz
// and Mike Walsh stay two people).
func findEntities(text string, seg segmented) []docEntity {
	cands := nameCandidates(text, seg)
	return groupEntities(cands)
}

// nameCand is one name found in the text, before grouping.
type nameCand struct {
	span
	Name    string   // the name, title removed (canonical for known names)
	Surface string   // the name as written
	Words   []string // its words
	Role    string   // the title written with it, or ""
	// Honorific is whether a courtesy title ("Mr", "Mrs", "Dr") stood
	// before it; it is no part of Name or Role.
	Honorific bool
	Kind      model.EntityKind
	Known     bool   // Kind comes from the list of well-known names
	Votes     [4]int // prose's labels over its tokens: person, organization, place, none
	Sent      int
	Plural    bool // one word opening its sentence, tagged as a plural common noun ("Experts")
}

const (
	votePerson = iota
	voteOrg
	votePlace
	voteNone
)

// calendarWords are capitalised words that are never names: months and days
// (they are time expressions).
var calendarWords = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "jan": true,
	// time zones of datelines ("10:15 EDT")
	"edt": true, "est": true, "gmt": true, "bst": true, "utc": true, "cet": true, "pdt": true, "pst": true, "cdt": true, "cst": true, "feb": true, "mar": true, "apr": true,
	"jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// isCapWord reports whether the token can be part of a name: it starts with
// an upper-case letter and is not a pronoun, a quote or a calendar word.
func isCapWord(t token) bool {
	w := strings.TrimRight(t.Norm, ".")
	if w == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	if t.Tag == "PRP" || t.Tag == "PRP$" || t.Tag == "WP" || t.Tag == "WDT" || t.Tag == "MD" {
		return false
	}
	if calendarWords[strings.ToLower(w)] || strings.ContainsAny(w, `/\`) {
		return false // "WASHINGTON/VENICE" is a dateline
	}
	if strings.ContainsRune(w, '"') {
		return false
	}
	// An apostrophe only inside an Irish or Italian surname: "O'Neill",
	// "D'Amato" (a capital, the apostrophe, a capital).
	if i := strings.IndexByte(w, '\''); i >= 0 {
		c, _ := utf8.DecodeRuneInString(w[i+1:])
		return i == 1 && unicode.IsUpper(c) && !strings.ContainsRune(w[i+1:], '\'')
	}
	return true
}

// nameCandidates finds the name runs of every sentence.
func nameCandidates(text string, seg segmented) []nameCand {
	var out []nameCand
	for si, s := range seg.sents {
		toks := seg.toks[s.First:s.Lim]
		credit := photoCredits(toks)
		for i := 0; i < len(toks); {
			if !isCapWord(toks[i]) || credit[i] {
				i++
				continue
			}
			j := i + 1
			for j < len(toks) && !credit[j] {
				// A capitalised function word starts a new clause or a
				// byline: "Dave Martin When BP said", "Handout By Jane Roe"
				// (not "Bank Of America").
				if isCapWord(toks[j]) && (toks[j].Tag == "WRB" || toks[j].Tag == "DT" || toks[j].Tag == "PRP" || toks[j].Tag == "MD" ||
					(toks[j].Tag == "IN" || toks[j].Tag == "CC") && toks[j].Norm != "Of" && toks[j].Norm != "&") {
					break
				}
				// A heading in capitals glued to a name ("WEATHER
				// HAMPERING FIGHT Hayward on Monday"): the name starts
				// where the capitals end.
				if isCapWord(toks[j]) && isShouted(toks[j-1].Norm) && !isShouted(toks[j].Norm) && j-i >= 2 {
					break
				}
				if isCapWord(toks[j]) {
					j++
					continue
				}
				// Name particles between capitals: "Rio de Janeiro",
				// "Ursula von der Leyen" (data/name_particles.txt).
				if p := j; lex().particles[toks[p].Norm] {
					for p < len(toks) && p < j+2 && lex().particles[toks[p].Norm] {
						p++
					}
					if p < len(toks) && isCapWord(toks[p]) {
						j = p + 1
						continue
					}
				}
				// A middle initial: "David H. Nicholas"; an abbreviated
				// title: "Capt. Jane Roe" (data/title_abbreviations.txt).
				if toks[j].Norm == "." && toks[j].Start == toks[j-1].End && (len(toks[j-1].Norm) == 1 || lex().abbrevTitles[strings.ToLower(toks[j-1].Norm)+"."]) && j+1 < len(toks) && isCapWord(toks[j+1]) && !credit[j+1] {
					j++
					continue
				}
				// "&" between capitals joins a firm's name: "Standard &
				// Poor's", "Procter & Gamble", "Marks & Spencer".
				if toks[j].Norm == "&" && j+1 < len(toks) && isCapWord(toks[j+1]) && !credit[j+1] {
					j += 2
					continue
				}
				// "of" between capitals: "Secretary of State", "Bank of
				// America"; not after a person's name ("Terry Hazen of
				// Lawrence Berkeley National Laboratory", "Mr Sinclair of
				// Seymour Pierce").
				if strings.EqualFold(toks[j].Norm, "of") && j+1 < len(toks) && isCapWord(toks[j+1]) && !hasPersonLabel(toks[i:j]) &&
					!lex().honorifics[strings.ToLower(strings.TrimSuffix(toks[i].Norm, "."))] {
					j += 2
					continue
				}
				// "for" after an organisation word: "Campaign for Fair
				// Elections", "Center for Progressive Reform".
				if strings.EqualFold(toks[j].Norm, "for") && j+1 < len(toks) && isCapWord(toks[j+1]) && !credit[j+1] && lex().orgSuffixes[strings.ToLower(toks[j-1].Norm)] {
					j += 2
					continue
				}
				// "and" inside an organisation's name: "Health and Safety
				// Executive", "National Oceanic and Atmospheric
				// Administration" (the name ends in an organisation word).
				if strings.EqualFold(toks[j].Norm, "and") && j+1 < len(toks) && isCapWord(toks[j+1]) && !hasPersonLabel(toks[i:j]) {
					e := j + 1
					for e < len(toks) && isCapWord(toks[e]) {
						e++
					}
					if lex().orgSuffixes[strings.ToLower(strings.TrimRight(toks[e-1].Norm, "."))] {
						j = e
						continue
					}
				}
				break
			}
			if !shoutedRun(toks[i:j]) {
				out = append(out, splitRun(text, toks, i, j, si, s.Heading)...)
			}
			i = j
		}
	}
	return out
}

// shoutedHeadline reports whether a run of two or more words is all in
// capitals with a word of five letters or more: a headline ("HAYWARD
// LOSES", "WEATHER HAMPERING FIGHT"), not a name ("BP", "NOAA", "US EPA").
func shoutedHeadline(toks []token) bool {
	if len(toks) < 2 {
		return false
	}
	long := false
	for _, t := range toks {
		w := strings.TrimRight(t.Norm, ".")
		if strings.IndexFunc(w, unicode.IsLower) >= 0 {
			return false
		}
		long = long || utf8.RuneCountInString(w) >= 5 && isShouted(w)
	}
	return long
}

// isShouted reports whether w is a word in capitals of four letters or more
// ("WEATHER"), not an acronym ("NOAA" is one, but acronyms are short).
func isShouted(w string) bool {
	if len(w) < 4 {
		return false
	}
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
	}
	return strings.ToUpper(w) == w && strings.IndexFunc(w, unicode.IsLetter) >= 0
}

// shoutedRun reports whether a run of three or more words in capitals is a
// heading ("WEATHER HAMPERING FIGHT"), not a name.
func shoutedRun(toks []token) bool {
	n := 0
	for _, t := range toks {
		if isShouted(t.Norm) {
			n++
		}
	}
	return n >= 3
}

// creditWords open a photo credit: "Photograph: Jane Roe/AP".
var creditWords = map[string]bool{"photograph": true, "photo": true, "photos": true, "picture": true, "credit": true, "image": true}

// photoCredits marks the tokens of a sentence that name the photographer or
// agency of a picture rather than anyone in the news: the capitalised words
// after "Photograph:" or "Credit:", and those glued by a slash to an agency
// ("Jane Roe\/AP", "AP Photo\/Jane Roe", "Reuters\/Jane Roe"), up to the
// end of the agency's name ("Jane Roe\/White House" and no more: the
// sentence that follows is the article's).
func photoCredits(toks []token) []bool {
	credit := make([]bool, len(toks))
	l := lex()
	capRun := func(i, step int) {
		for ; i >= 0 && i < len(toks) && isCapWord(toks[i]) && !isFunctionTag(toks[i].Tag); i += step {
			credit[i] = true
		}
	}
	for i, t := range toks {
		w := strings.ToLower(t.Norm)
		if creditWords[w] && i+1 < len(toks) && toks[i+1].Norm == ":" {
			credit[i] = true
			capRun(i+2, 1)
			continue
		}
		// "(Jane Roe - AP)": a name, a dash and an agency in brackets.
		if t.Norm == "-" && i+2 < len(toks) && (toks[i+2].Norm == ")" || toks[i+2].Norm == "-RRB-") {
			if k, ok := l.known[strings.ToLower(toks[i+1].Norm)]; ok && k.Class == "media" {
				capRun(i-1, -1)
			}
			continue
		}
		slash := strings.LastIndexAny(t.Norm, `/\`)
		if slash < 0 || !startsUpper(t.Norm) {
			continue
		}
		credit[i] = true
		head := strings.ToLower(strings.Trim(t.Norm[:strings.IndexAny(t.Norm, `/\`)], `/\`))
		tail := strings.Trim(t.Norm[slash:], `/\`)
		// Before the slash, the photographer: "Jane Roe\/AP".
		if _, media := l.known[head]; !media && !creditWords[head] {
			capRun(i-1, -1)
		}
		// After it, the agency: as many words as make a known name.
		n := 0
		for m := 1; m <= 3 && i+m < len(toks); m++ {
			if _, ok := l.known[strings.ToLower(tail+" "+joinNorm(toks[i+1:i+1+m]))]; ok {
				n = m
			}
		}
		if k, media := l.known[head]; n == 0 && (media && k.Class == "media" || creditWords[head]) {
			capRun(i+1, 1) // "AP Photo\/Jane Roe", "Reuters\/Jane Roe"
		}
		for m := 1; m <= n; m++ {
			credit[i+m] = true
		}
	}
	return credit
}

// splitRun turns the capitalised run toks[i:j] into name candidates: the
// title is split off, a leading article dropped, nationality words and
// sentence-initial common words skipped.
func splitRun(text string, toks []token, i, j, si int, heading bool) []nameCand {
	l := lex()
	// A leading article, conjunction or preposition capitalised at the
	// start of a sentence ("The", "While Trump", "Despite Trump") is not part
	// of the name.
	courtesy := false // a courtesy title makes the name a person's
	for i < j && (strings.EqualFold(toks[i].Norm, "the") || isFunctionTag(toks[i].Tag) || l.honorifics[strings.ToLower(toks[i].Norm)]) {
		courtesy = courtesy || l.honorifics[strings.ToLower(toks[i].Norm)]
		i++ // also "Mr", "Dr": courtesy titles are no part of the name
	}
	// An adjective or adverb before a well-known name is no part of it:
	// "Embattled BP", a subheading's "Unlikely" glued to "BP".
	if j-i >= 2 && (toks[i].Tag == "JJ" || toks[i].Tag == "RB" || toks[i].Tag == "VBN") {
		if _, ok := l.known[strings.ToLower(joinNorm(toks[i+1:j]))]; ok {
			i++
		}
	}
	// A compound adjective before a name ("Swiss-based Transocean",
	// "state-owned Rosneft") is no part of it.
	for i < j-1 && hasAdjectiveSuffix(toks[i].Norm) {
		i++
	}
	// The mark of a quote box ("End Quote Jane Roe", see quoteBoxMark) is
	// no part of the name after it.
	if i+1 < j && toks[i].Norm+" "+toks[i+1].Norm == quoteBoxMark {
		i += 2
	}
	// A run that ends in an adjective ("US Presidential") is not a name.
	for j > i && toks[j-1].Tag == "JJ" && toks[j-1].Label == "O" {
		j--
	}
	if i >= j || isRolePrefix(toks[i:j]) && titleAt(toks, j-1, j) > 0 || titleAt(toks, i, j) == j-i {
		return nil // only a title: "the US President", "the Press Secretary"
	}
	// "the Foreign Secretary", "the Energy Secretary": after "the", a
	// short run that ends in a title names an office, not a person.
	if i > 0 && strings.EqualFold(toks[i-1].Norm, "the") && j-i <= 3 && titleAt(toks, j-1, j) == 1 && !hasPersonLabel(toks[i:j-1]) {
		return nil
	}
	// Title inside the run: the longest role ending before the last word.
	role := ""
	roleStart := i
	if _, ok := l.known[strings.ToLower(joinNorm(toks[i:j]))]; ok {
		// A known name is never split ("General Motors").
	} else if k := roleEnd(toks, i, j); k > i && (j-k >= 2 || strings.HasSuffix(toks[k].Label, "PERSON")) && !hasTag(toks[k:j], "NNPS") {
		role = joinNorm(toks[i:k])
		i = k
	}
	// Title in lower case just before the run ("spokesman Dmitry Peskov",
	// "Kremlin spokesman Dmitry Peskov", "special envoy Keith Kellogg").
	if role == "" {
		if b := roleBefore(toks, roleStart); b < roleStart {
			role = joinNorm(toks[b:roleStart])
		}
	} else if b := roleBefore(toks, roleStart); b < roleStart {
		role = joinNorm(toks[b:roleStart]) + " " + role
	}
	role = trimRole(role)
	if i >= j {
		return nil
	}
	// A title with "of" and no name after it ("the CEO of B.P.", "President
	// of Russia") names an office, not a person: only what follows "of" is a
	// name.
	if role != "" && strings.EqualFold(toks[i].Norm, "of") {
		return splitRun(text, toks, i+1, j, si, heading)
	}
	// A known organisation with a legal suffix ("BP Plc", "Apple Inc.") is
	// that organisation.
	for m := j - 1; m > i; m-- {
		if !l.orgSuffixes[strings.ToLower(toks[m].Norm)] {
			break
		}
		if k, ok := l.known[strings.ToLower(joinNorm(toks[i:m]))]; ok && k.Kind == model.Organization {
			c := nameCand{span: span{toks[i].Start, toks[j-1].End}, Name: k.Name, Surface: joinNorm(toks[i:j]), Words: strings.Fields(joinNorm(toks[i:j])),
				Role: role, Kind: k.Kind, Known: true, Sent: si}
			return []nameCand{c}
		}
	}
	// A known name glued to another name ("NBC Obama" in a run-in
	// headline): two names.
	if role == "" {
		if _, whole := l.known[strings.ToLower(joinNorm(toks[i:j]))]; !whole {
			for m := j - i - 1; m >= 1; m-- {
				k, ok := l.known[strings.ToLower(joinNorm(toks[i:i+m]))]
				// A place starts many names ("China Eastern Airlines"):
				// split after one only when a single word follows.
				if ok && toks[i+m].Tag == "NNP" && (k.Kind != model.Place || j-i-m == 1) {
					return append(splitRun(text, toks, i, i+m, si, heading), splitRun(text, toks, i+m, j, si, heading)...)
				}
			}
			// An organisation glued after a name of two words or more
			// ("Jane Roe BBC business editor" in a caption): two names.
			for m := 2; m < j-i; m++ {
				k, ok := l.known[strings.ToLower(joinNorm(toks[i+m:j]))]
				if ok && k.Kind == model.Organization && toks[i+m-1].Tag == "NNP" {
					return append(splitRun(text, toks, i, i+m, si, heading), splitRun(text, toks, i+m, j, si, heading)...)
				}
			}
		}
	}
	words := make([]string, 0, j-i)
	for _, t := range toks[i:j] {
		if t.Norm == "." && len(words) > 0 {
			words[len(words)-1] += "." // the stop of an initial
			continue
		}
		words = append(words, cleanWord(t.Norm))
	}
	// Sentence-initial common words ("During", "Journalists") are not names
	// unless prose labelled them or they are known.
	if i == 0 && j-i == 1 && toks[i].Tag != "NNP" && toks[i].Tag != "NNPS" && toks[i].Label == "O" {
		if _, ok := l.known[strings.ToLower(words[0])]; !ok {
			return nil
		}
	}
	name := strings.Join(words, " ")
	if name == "" || isNationality(name) || len(name) < 2 || len(words) == 1 && isNameSuffix(words[0]) {
		return nil // "Jr." alone names nobody
	}
	if _, ok := l.known[strings.ToLower(name)]; !ok && shoutedHeadline(toks[i:j]) {
		return nil // "HAYWARD LOSES": a headline in capitals, not a name
	}
	st, en := toks[i].Start, toks[j-1].Start+len(strings.TrimRight(toks[j-1].Text, "."))
	if strings.HasSuffix(toks[j-1].Norm, ".") && strings.Count(toks[j-1].Norm, ".") > 1 {
		en = toks[j-1].End // "U.S." keeps its stop
		words[len(words)-1] = toks[j-1].Norm
		name = strings.Join(words, " ")
	}
	c := nameCand{span: span{st, en}, Name: name, Surface: name, Words: words, Role: role, Honorific: courtesy, Sent: si,
		Plural: i == 0 && j-i == 1 && toks[i].Tag == "NNS"}
	for _, t := range toks[i:j] {
		switch strings.TrimPrefix(strings.TrimPrefix(t.Label, "B-"), "I-") {
		case "PERSON":
			c.Votes[votePerson]++
		case "ORGANIZATION":
			c.Votes[voteOrg]++
		case "GPE", "LOCATION", "GSP", "FACILITY":
			c.Votes[votePlace]++
		default:
			c.Votes[voteNone]++
		}
	}
	if k, ok := l.known[strings.ToLower(name)]; ok {
		c.Name, c.Kind, c.Known = k.Name, k.Kind, true
	} else if role != "" || courtesy {
		c.Kind = model.Person
	}
	_ = heading
	return []nameCand{c}
}

// hasAdjectiveSuffix reports whether w is a compound adjective such as
// "Swiss-based", "Texas-owned", "Houston-led".
func hasAdjectiveSuffix(w string) bool {
	w = strings.ToLower(w)
	for _, s := range []string{"-based", "-owned", "-led", "-run", "-backed"} {
		if strings.HasSuffix(w, s) && len(w) > len(s) {
			return true
		}
	}
	return false
}

// isFunctionTag reports whether a part-of-speech tag is that of a function
// word that cannot start a name.
func isFunctionTag(tag string) bool {
	switch tag {
	case "IN", "CC", "DT", "RB", "WRB", "PRP$", "TO", "EX":
		return true
	}
	return false
}

// cleanWord strips a sentence-final stop glued to a word ("One.").
func cleanWord(w string) string {
	if strings.HasSuffix(w, ".") && strings.Count(w, ".") == 1 && len(w) > 3 {
		return strings.TrimSuffix(w, ".")
	}
	return w
}

// joinNorm joins the normalised text of tokens with spaces; a full stop
// the tokenizer split from the word it ends ("Capt" ".") stays glued to it.
func joinNorm(toks []token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 && !(t.Norm == "." && t.Start == toks[i-1].End) {
			b.WriteByte(' ')
		}
		b.WriteString(t.Norm)
	}
	return b.String()
}

// trimRole removes a leading article from a role.
func trimRole(r string) string {
	for _, p := range []string{"the ", "The "} {
		r = strings.TrimPrefix(r, p)
	}
	return strings.TrimSpace(r)
}

// isNationality reports whether name is a nationality word or a compound of
// nationalities and places ("Russian", "pro-Russian", "Russia-Ukraine",
// "U.S.-Russia"), which are adjectives, not entities.
func isNationality(name string) bool {
	l := lex()
	low := strings.ToLower(name)
	if l.nationalities[low] {
		return true
	}
	if !strings.Contains(low, "-") || strings.Contains(low, " ") {
		return false
	}
	for _, p := range strings.Split(low, "-") {
		if p == "pro" || p == "anti" || l.nationalities[p] {
			continue
		}
		if k, ok := l.known[p]; ok && k.Kind == model.Place {
			continue
		}
		return false
	}
	return true
}

// titleAt reports whether toks[k:lim] starts with a title of the roles
// list, and returns its length in tokens.
func titleAt(toks []token, k, lim int) int {
	l := lex()
	best := 0
	for n := 1; n <= l.roleWords && k+n <= lim; n++ {
		if l.roles[strings.ToLower(joinNorm(toks[k:k+n]))] {
			best = n
		}
	}
	// The stop of an abbreviated title, split off by the tokenizer ("Capt"
	// "."), belongs to it.
	if e := k + best; best > 0 && e < lim && toks[e].Norm == "." && toks[e].Start == toks[e-1].End {
		best++
	}
	return best
}

// roleEnd returns the index just past the title at the front of the run
// toks[i:j], or i when there is none. The title may be preceded by
// modifiers, places, organisations and nationality words ("United States
// President", "US Secretary of State", "National Security Advisor") and must
// leave at least one word for the name.
func roleEnd(toks []token, i, j int) int {
	end := i
	for k := i; k < j-1; k++ {
		if n := titleAt(toks, k, j); n > 0 && k+n < j {
			// Everything before the title must be a modifier or a known
			// place, organisation or nationality, or, when a first name
			// and a surname follow, any name ("Coast Guard Rear Adm Mary
			// Landry", "HUD Secretary Shaun Donovan").
			if k == i || isRolePrefix(toks[i:k]) || j-(k+n) >= 2 {
				end = k + n
				k += n - 1
				continue
			}
		}
	}
	return end
}

// isRolePrefix reports whether toks can stand before a title.
func isRolePrefix(toks []token) bool {
	l := lex()
	s := strings.ToLower(joinNorm(toks))
	if _, ok := l.known[s]; ok || l.nationalities[s] {
		return true
	}
	for _, t := range toks {
		w := strings.ToLower(t.Norm)
		if _, ok := l.known[w]; !ok && !l.nationalities[w] && !l.modifiers[w] && !l.roles[w] {
			return false
		}
	}
	return true
}

// roleBefore returns the start of a lower-case title (with its modifiers and
// a preceding capitalised organisation, place or nationality) that ends just
// before toks[k], or k when there is none.
func roleBefore(toks []token, k int) int {
	l := lex()
	start := k
	// The title itself: the longest title ending at k.
	for n := l.roleWords; n >= 1; n-- {
		if k-n >= 0 && l.roles[strings.ToLower(joinNorm(toks[k-n:k]))] {
			start = k - n
			break
		}
	}
	if start == k {
		return k
	}
	// Modifiers, nationalities and a capitalised name before it ("Ford
	// spokesman", "Kremlin spokesman").
	for start > 0 {
		w := strings.ToLower(toks[start-1].Norm)
		if l.modifiers[w] || l.nationalities[w] || isCapWord(toks[start-1]) && !isFunctionTag(toks[start-1].Tag) {
			start--
			continue
		}
		break
	}
	return start
}

// hasPersonLabel reports whether prose labelled one of toks a person.
func hasPersonLabel(toks []token) bool {
	for _, t := range toks {
		if strings.HasSuffix(t.Label, "PERSON") {
			return true
		}
	}
	return false
}

// hasTag reports whether some token has the part-of-speech tag.
func hasTag(toks []token, tag string) bool {
	for _, t := range toks {
		if t.Tag == tag {
			return true
		}
	}
	return false
}

// groupEntities links the candidates of one document into entities.
func groupEntities(cands []nameCand) []docEntity {
	type group struct {
		ent   docEntity
		cands []int
		votes [4]int
		kind  model.EntityKind
		known bool
		forms map[string]int // multi-word forms and their counts
		first map[string]int // first position of each form
	}
	var groups []*group
	byKnown := map[string]int{}
	// Pass 1: known names and multi-word names, in text order.
	full := map[int]int{} // candidate -> group
	for ci, c := range cands {
		if c.Known {
			g, ok := byKnown[c.Name]
			if !ok {
				g = len(groups)
				byKnown[c.Name] = g
				groups = append(groups, &group{kind: c.Kind, known: true, forms: map[string]int{}, first: map[string]int{}})
			}
			full[ci] = g
			groups[g].cands = append(groups[g].cands, ci)
			continue
		}
		if len(nameCore(c.Words)) < 2 {
			continue // "Holder Jr.": a lone surname, linked in pass 2
		}
		g := -1
		for gi, gr := range groups {
			if gr.known {
				continue
			}
			for _, cj := range gr.cands {
				if samePersonName(cands[cj].Words, c.Words) {
					g = gi
					break
				}
			}
			if g >= 0 {
				break
			}
		}
		if g < 0 {
			g = len(groups)
			groups = append(groups, &group{forms: map[string]int{}, first: map[string]int{}})
		}
		groups[g].cands = append(groups[g].cands, ci)
		full[ci] = g
	}
	// Pass 2: single words: a surname of a multi-word name, else its own.
	// A surname written with a title that no full name of that surname
	// has ("President Obama" in an article whose only full name is
	// Michelle Obama, "first lady") names someone else, and so does the
	// surname alone there: the article calls that other person by it
	// and the full name's holder by her full name or "Mrs".
	otherHolder := map[string]bool{}
	for ci, c := range cands {
		core := nameCore(c.Words)
		if _, ok := full[ci]; ok || len(core) != 1 || c.Role == "" {
			continue
		}
		matched, other := false, true
		for _, gr := range groups {
			if !gr.known && matchesSurname(cands, gr.cands, core[0]) {
				matched = true
				other = other && otherRole(cands, gr.cands, c.Role)
			}
		}
		if matched && other {
			otherHolder[core[0]] = true
		}
	}
	for ci, c := range cands {
		if _, ok := full[ci]; ok {
			continue
		}
		// A surname shared by several full names ("Obama": Barack and
		// Michelle) goes to the one named most often, then the first.
		w := nameCore(c.Words)[0]
		g := -1
		for gi, gr := range groups {
			if gr.known || !matchesSurname(cands, gr.cands, w) || otherRole(cands, gr.cands, c.Role) ||
				c.Role == "" && !c.Honorific && otherHolder[w] {
				continue
			}
			if g < 0 || len(gr.cands) > len(groups[g].cands) {
				g = gi
			}
		}
		if g < 0 && c.Plural && !c.Known {
			continue // "Experts said": a common noun, unless it is a surname ("Suttles said")
		}
		if g < 0 {
			for gi, gr := range groups {
				if ws := nameCore(cands[gr.cands[0]].Words); !gr.known && len(ws) == 1 && ws[0] == w {
					g = gi
					break
				}
			}
		}
		if g < 0 {
			g = len(groups)
			groups = append(groups, &group{forms: map[string]int{}, first: map[string]int{}})
		}
		groups[g].cands = append(groups[g].cands, ci)
	}
	// Build the entities.
	var out []docEntity
	for _, gr := range groups {
		slices.Sort(gr.cands)
		var hasRole, multi bool
		for _, ci := range gr.cands {
			c := cands[ci]
			for v := range gr.votes {
				gr.votes[v] += c.Votes[v]
			}
			gr.ent.Mentions = append(gr.ent.Mentions, c.span)
			if !slices.Contains(gr.ent.Aliases, c.Surface) {
				gr.ent.Aliases = append(gr.ent.Aliases, c.Surface)
			}
			if c.Role != "" && !slices.Contains(gr.ent.Roles, c.Role) {
				gr.ent.Roles = append(gr.ent.Roles, c.Role)
				hasRole = true
			}
			if c.Kind == model.Person {
				hasRole = true // a title or a courtesy title ("Mrs")
			}
			if len(c.Words) > 1 {
				multi = true
				if _, ok := gr.first[c.Name]; !ok {
					gr.first[c.Name] = ci
				}
				gr.forms[c.Name]++
			}
		}
		switch {
		case gr.known:
			gr.ent.Kind = gr.kind
			gr.ent.Name = cands[gr.cands[0]].Name
		default:
			gr.ent.Name = bestForm(gr.forms, gr.first, cands[gr.cands[0]].Name)
			gr.ent.Kind = voteKind(gr.votes, hasRole, multi)
			if k := kindByWords(gr.ent.Name, hasRole); k != "" {
				gr.ent.Kind = k
			}
		}
		if gr.ent.Kind == "" {
			continue
		}
		out = append(out, gr.ent)
	}
	return out
}

// kindByWords returns the kind that the words of a name give it, whatever
// prose labels it, or "" when they say nothing:
//   - a US state is a place ("North Dakota", "Louisiana");
//   - a name of two or more words without a title is an organisation by its
//     last word ("Singapore Airlines", "NPD Group") or by the word before
//     "for" or "of" ("Campaign for Fair Elections", "University of
//     Maryland"), and any name with "&" is a firm ("Standard & Poor");
//   - else, without a title, a place or a thing by its head word (headKind:
//     "Rose Garden", "Clean Water Act"; not "Academy of Sciences", an
//     organisation by its head).
func kindByWords(name string, hasRole bool) model.EntityKind {
	if lex().usStates[strings.ToLower(name)] {
		return model.Place
	}
	ws := strings.Fields(name)
	if len(ws) > 1 && !hasRole && (lex().orgSuffixes[strings.ToLower(ws[len(ws)-1])] || orgHeadBeforePrep(ws)) {
		return model.Organization
	}
	if k := headKind(name); k != "" && !hasRole {
		return k
	}
	if strings.Contains(name, " & ") {
		return model.Organization
	}
	return ""
}

// headKind returns the kind that a name of two or more words has by its
// head word (extract/data/name_heads.tsv): a place for "Rose Garden",
// "East Room" or "Plaquemines Parish", a thing for "Clean Water Act" or
// "Tropical Storm Alex", or "" when its words say nothing.
func headKind(name string) model.EntityKind {
	ws := strings.Fields(strings.ToLower(name))
	if len(ws) < 2 {
		return ""
	}
	if k, ok := lex().lastHeads[ws[len(ws)-1]]; ok {
		return k
	}
	for _, w := range ws[:min(len(ws)-1, 2)] { // "Hurricane Katrina", "Tropical Storm Alex"
		if k, ok := lex().firstHeads[w]; ok {
			return k
		}
	}
	return ""
}

// orgHeadBeforePrep reports whether a word of the name before "for" or
// "of" is the head of an organisation's name ("Campaign for ...").
func orgHeadBeforePrep(ws []string) bool {
	for i := 1; i+1 < len(ws); i++ {
		if (ws[i] == "for" || ws[i] == "of") && lex().orgSuffixes[strings.ToLower(ws[i-1])] {
			return true
		}
	}
	return false
}

// voteKind decides the kind of an entity that is not in the list.
func voteKind(v [4]int, hasRole, multi bool) model.EntityKind {
	if hasRole {
		return model.Person
	}
	switch {
	case v[votePerson] > 0 && v[votePerson] >= v[voteOrg] && v[votePerson] >= v[votePlace]/2:
		// prose labels a well-known surname as GPE half the time ("Trump"):
		// a person label on some mention outweighs place labels on up to
		// twice as many.
		return model.Person
	case v[voteOrg] > 0 && v[voteOrg] >= v[votePlace]:
		return model.Organization
	case v[votePlace] > 0:
		return model.Place
	case multi:
		return model.OtherEntity
	}
	return "" // a single capitalised word nobody labelled: not a name
}

// bestForm returns the most frequent multi-word form, ties to the earliest;
// def when there is none.
func bestForm(forms map[string]int, first map[string]int, def string) string {
	keys := make([]string, 0, len(forms))
	for k := range forms {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int {
		if forms[a] != forms[b] {
			return forms[b] - forms[a]
		}
		return first[a] - first[b]
	})
	if len(keys) == 0 {
		return def
	}
	return keys[0]
}

// otherRole reports whether the title role, written with a lone surname,
// differs from every title of the full names idx, when they have some:
// "President Obama" is not Michelle Obama, "First Lady" ("Obama" alone
// still is).
func otherRole(cands []nameCand, idx []int, role string) bool {
	if role == "" {
		return false
	}
	ws := strings.Fields(strings.ToLower(role))
	head := ws[len(ws)-1]
	titled := false
	for _, ci := range idx {
		r := strings.ToLower(cands[ci].Role)
		if r == "" {
			continue
		}
		titled = true
		if strings.Contains(r, head) {
			return false
		}
	}
	return titled
}

// matchesSurname reports whether w is the surname (last word, before a
// generational suffix) of one of the multi-word candidates, or a one-letter
// variant of a surname of six letters or more.
func matchesSurname(cands []nameCand, idx []int, w string) bool {
	for _, ci := range idx {
		ws := nameCore(cands[ci].Words)
		if len(ws) < 2 {
			continue
		}
		last := ws[len(ws)-1]
		if last == w || (len(w) >= 6 && len(last) >= 6 && levenshtein(last, w) <= 1 && last[0] == w[0]) {
			return true
		}
	}
	return false
}

// samePersonName reports whether two multi-word names are the same person
// written two ways: equal, or one of first name and surname the same and the
// other within one edit (six letters or more for surnames, five for first
// names). Names that differ in both, or in a surname by two letters (Waltz,
// Walsh), are different people. A generational suffix is no surname
// ("Jane Roe Jr." is Jane Roe), but two different ones make two people.
func samePersonName(a, b []string) bool {
	if slices.Equal(a, b) {
		return true
	}
	if sa, sb := nameSuffix(a), nameSuffix(b); sa != "" && sb != "" && sa != sb {
		return false
	}
	a, b = nameCore(a), nameCore(b)
	if slices.Equal(a, b) {
		return true
	}
	if len(a) != len(b) {
		return false
	}
	fa, fb := strings.Join(a[:len(a)-1], " "), strings.Join(b[:len(b)-1], " ")
	la, lb := a[len(a)-1], b[len(b)-1]
	near := func(x, y string, n int) bool {
		return len(x) >= n && len(y) >= n && x[0] == y[0] && levenshtein(x, y) <= 1
	}
	switch {
	case fa == fb:
		return near(la, lb, 6)
	case la == lb:
		return near(fa, fb, 5)
	}
	return false
}

// isNameSuffix reports whether the word w is a generational suffix
// ("Jr.", "III"; data/name_suffixes.txt).
func isNameSuffix(w string) bool {
	return lex().nameSuffixes[normName(w)]
}

// nameSuffix returns the generational suffix that ends the name words w,
// normalised ("jr"), or "" when it has none.
func nameSuffix(w []string) string {
	if len(w) > 1 && isNameSuffix(w[len(w)-1]) {
		return normName(w[len(w)-1])
	}
	return ""
}

// nameCore returns the name words w without the generational suffix that
// ends them ("Martin Luther King Jr." gives Martin Luther King).
func nameCore(w []string) []string {
	if nameSuffix(w) != "" {
		return w[:len(w)-1]
	}
	return w
}

// levenshtein is the Levenshtein distance between a and b, in runes.
func levenshtein(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			c := 1
			if ra[i-1] == rb[j-1] {
				c = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+c)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// entMention is one mention of an entity, for the later stages.
type entMention struct {
	span
	Ent int
}

// mentionsOf returns every mention of every entity, in text order.
func mentionsOf(ents []docEntity) []entMention {
	var out []entMention
	for ei, e := range ents {
		for _, m := range e.Mentions {
			out = append(out, entMention{m, ei})
		}
	}
	slices.SortFunc(out, func(a, b entMention) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return a.Ent - b.Ent
	})
	return out
}
