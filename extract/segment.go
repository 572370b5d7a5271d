package extract

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/ner"
	"github.com/jdkato/prose/v3/segment"
	"github.com/jdkato/prose/v3/tag"
	"github.com/jdkato/prose/v3/tokenize"
)

// sentence is one sentence or heading of a document.
type sentence struct {
	Start, End int // byte span in the document text
	Para       int // index of the paragraph (a line of text) it belongs to
	Heading    bool
	First, Lim int // its tokens are toks[First:Lim]
}

// token is one word or punctuation mark, with its part-of-speech tag and
// entity label.
type token struct {
	Start, End int    // byte span in the document text
	Text       string // the document text in [Start, End)
	Norm       string // Text with curly quotes, U+02BC and dashes made ASCII
	Tag        string // Penn Treebank part-of-speech tag (prose)
	Label      string // IOB entity label (prose): "B-PERSON", "O"
	Sent       int    // index of its sentence
}

// nerSpan is one entity proposed by prose's recogniser.
type nerSpan struct {
	Start, End int    // byte span in the document text
	Text       string // the document text in [Start, End)
	Label      string // PERSON, GPE, ORGANIZATION, FACILITY, LOCATION, GSP
	Sent       int    // index of its sentence
}

// segmented is the output of the segment stage.
type segmented struct {
	sents []sentence
	toks  []token
	ners  []nerSpan
}

// proseModels are loaded once per process and shared by every worker: prose's
// tokenizer, segmenter, tagger and entity recogniser are safe for concurrent
// use.
type proseModels struct {
	tok *tokenize.Tokenizer
	seg *segment.Segmenter
	tag *tag.Tagger
	ner *ner.Extracter
}

var loadModels = sync.OnceValues(func() (*proseModels, error) {
	seg, err := segment.New()
	if err != nil {
		return nil, err
	}
	tg, err := tag.New()
	if err != nil {
		return nil, err
	}
	ex, err := ner.New()
	if err != nil {
		return nil, err
	}
	return &proseModels{tok: tokenize.New(), seg: seg, tag: tg, ner: ex}, nil
})

// normalizer maps the typographic characters prose does not know to their
// ASCII forms. prose reads "Trump’s" as a person and misses the quotes in
// “...”, so it is given the ASCII text and its offsets are mapped back.
var normalizer = strings.NewReplacer(
	"\u2018", "'", "\u2019", "'", "\u02bc", "'", "\u201b", "'", "\u2032", "'",
	"\u201c", `"`, "\u201d", `"`, "\u201e", `"`, "\u201f", `"`, "\u00ab", `"`, "\u00bb", `"`,
	"\u2013", "-", "\u2014", "-", "\u2012", "-", "\u2212", "-",
	"\u00a0", " ", "\u2009", " ", "\u202f", " ",
)

// normalize returns s with typographic characters made ASCII, and for each
// byte of the result (and one past the end) the offset in s it came from.
func normalize(s string) (string, []int) {
	var b strings.Builder
	b.Grow(len(s))
	offs := make([]int, 0, len(s)+1)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		rep := normalizer.Replace(s[i : i+n])
		if r == utf8.RuneError && n == 1 {
			rep = " " // invalid byte: readers reject such input, but never crash on it
		}
		for j := 0; j < len(rep); j++ {
			offs = append(offs, i)
		}
		b.WriteString(rep)
		i += n
	}
	offs = append(offs, len(s))
	return b.String(), offs
}

// segmentText splits text into paragraphs (lines), sentences and tokens,
// tags them and proposes entities. A paragraph is a line: news text puts one
// paragraph on a line, and a line without final punctuation is a heading,
// never glued to the sentence that follows. A heading that shares its line
// with the first sentence of the paragraph (a sub-title pasted in front of
// the text) is split off too; see splitLeadHeading.
func segmentText(text string, m *proseModels) segmented {
	var out segmented
	para := 0
	for lineStart := 0; lineStart < len(text); {
		lineEnd := strings.IndexByte(text[lineStart:], '\n')
		if lineEnd < 0 {
			lineEnd = len(text)
		} else {
			lineEnd += lineStart
		}
		line := text[lineStart:lineEnd]
		if strings.TrimSpace(line) != "" {
			out.addParagraph(text, lineStart, lineEnd, para, m)
			para++
		}
		lineStart = lineEnd + 1
	}
	return out
}

// addParagraph segments the paragraph text[start:end].
func (out *segmented) addParagraph(text string, start, end, para int, m *proseModels) {
	norm, offs := normalize(text[start:end])
	spans := splitLong(norm, joinAbbreviations(norm, joinContinuations(norm, m.seg.Segment(norm)), m))
	for si, s := range spans {
		a, b := s.Start, s.End()
		if si == 0 {
			if cut := splitLeadHeading(norm[a:b], m); cut > 0 {
				he := a + len(strings.TrimRight(norm[a:a+cut], " "))
				out.addSentence(text, norm, offs, start, a, he, para, true, m)
				a += cut
				for a < b && norm[a] == ' ' {
					a++
				}
			}
		}
		// A quote box is page furniture: a heading, apart from the
		// sentence glued to it.
		for a < b {
			cut := quoteBoxEnd(norm[a:b], m)
			if cut == 0 {
				break
			}
			he := a + len(strings.TrimRight(norm[a:a+cut], " "))
			out.addSentence(text, norm, offs, start, a, he, para, true, m)
			for a += cut; a < b && norm[a] == ' '; a++ {
			}
		}
		if a >= b {
			continue
		}
		heading := len(spans) == 1 && isHeadingLine(norm[a:b])
		out.addSentence(text, norm, offs, start, a, b, para, heading, m)
	}
}

// quoteBoxMark is what BBC News pages leave in their text after a quotation
// pulled out into a box (the alternative text of the closing-quote image),
// followed by the speaker's name and title and, on the same line, the next
// sentence of the article: "...worse than we had" End Quote Leroy
// Gilkinson Fisherman Many fought for compensation ... (74 boxes in 67
// Timeline17 bpoil_bbc pages; the opening mark of the quotation is lost).
const quoteBoxMark = "End Quote"

// quoteBoxEnd returns the length in bytes of the quote box that the
// sentence s starts with (the quotation, the mark, and the speaker's name
// and title), or 0 when it has none. The title ends before the first word
// that starts a sentence: an opening quotation mark, a capitalised function
// word ("He", "The", "But", "If"), or a capitalised word after a lower-case
// one ("BBC business editor He said", "BP chairman BP responded"). When no
// such word comes before a verb or within fifteen words, the whole sentence
// is the box.
func quoteBoxEnd(s string, m *proseModels) int {
	i := strings.Index(s, quoteBoxMark+" ")
	if i < 0 || i > 0 && s[i-1] != ' ' {
		return 0
	}
	rest := i + len(quoteBoxMark) + 1
	toks := m.tok.Tokenize(s[rest:])
	m.tag.TagTokens(toks)
	for k := 1; k < len(toks) && k <= 15; k++ {
		t, prev := toks[k], toks[k-1]
		if t.Text == "``" || t.Text == `"` {
			return rest + t.Start
		}
		if !startsUpper(t.Text) {
			if strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD" {
				break // "Bart Stupak US Congressman BP 's chief executive said"
			}
			continue
		}
		if isFunctionTag(t.Tag) || t.Tag == "PRP" || t.Tag == "CD" || t.Tag == "MD" {
			return rest + t.Start
		}
		if r, _ := utf8.DecodeRuneInString(prev.Text); unicode.IsLower(r) && !isFunctionTag(prev.Tag) {
			return rest + t.Start
		}
	}
	return len(s)
}

// joinContinuations joins to the sentence before it a sentence that starts
// with a comma or a semicolon: the segmenter ended the sentence at the
// full stop of an abbreviation in tokenised text ("Rep. Ed Markey ,
// D-Mass . , chairman of ...").
func joinContinuations(text string, sents []segment.Sentence) []segment.Sentence {
	var out []segment.Sentence
	for _, s := range sents {
		t := strings.TrimLeft(s.Text, " ")
		if len(out) > 0 && (strings.HasPrefix(t, ",") || strings.HasPrefix(t, ";")) {
			p := &out[len(out)-1]
			p.Text = text[p.Start : s.Start+len(s.Text)]
			continue
		}
		out = append(out, s)
	}
	return out
}

// joinAbbreviations joins to the sentence after it a sentence that the
// segmenter ended at the full stop of an abbreviated title ("Alabama Gov." |
// "Bob Riley said ...", "said Capt." | "Jane Roe .") or of a name's initial
// ("William M." | "Gray said ..."), when the next sentence starts with a
// capitalised noun or adjective. A title is one of title_abbreviations.txt; an initial is a
// capital letter and a stop that is the whole sentence or follows a
// capitalised word, a comma or another initial. The test on the next word
// keeps a sentence that really ends there ("Plan B." | "So we ...") apart.
func joinAbbreviations(text string, sents []segment.Sentence, m *proseModels) []segment.Sentence {
	var out []segment.Sentence
	for _, s := range sents {
		if len(out) > 0 {
			p := &out[len(out)-1]
			if endsInAbbreviation(p.Text) && startsWithName(s.Text, m) {
				p.Text = text[p.Start : s.Start+len(s.Text)]
				continue
			}
		}
		out = append(out, s)
	}
	return out
}

// endsInAbbreviation reports whether the sentence s ends with an abbreviated
// title or a name's initial.
func endsInAbbreviation(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 {
		return false
	}
	last := f[len(f)-1]
	if lex().abbrevTitles[strings.ToLower(last)] {
		return true
	}
	if !isInitial(last) {
		return false
	}
	if len(f) == 1 {
		return true
	}
	before := f[len(f)-2]
	return isInitial(before) || before == "," || startsUpper(before) && !strings.ContainsAny(before, ".,;:!?\"'")
}

// isInitial reports whether w is a capital letter followed by a full stop
// ("W.").
func isInitial(w string) bool {
	return len(w) == 2 && w[1] == '.' && w[0] >= 'A' && w[0] <= 'Z'
}

// startsWithName reports whether the sentence s starts with a capitalised
// word that prose tags as a noun or an adjective ("Bob", "Commander",
// "Long"), not as a function word, a pronoun or a verb ("So", "We", "Do").
func startsWithName(s string, m *proseModels) bool {
	s = strings.TrimLeft(s, " ")
	if !startsUpper(s) {
		return false
	}
	if len(s) > 80 {
		s = s[:80]
	}
	toks := m.tok.Tokenize(s)
	if len(toks) == 0 {
		return false
	}
	m.tag.TagTokens(toks)
	return strings.HasPrefix(toks[0].Tag, "NN") || strings.HasPrefix(toks[0].Tag, "JJ")
}

// maxSentence is the longest sentence, in bytes, that later stages see. News
// sentences are far shorter (7 of the 55,014 lines of Timeline17 bpoil are
// longer than 1,000 bytes, the longest 1,472); a longer one is a list, a
// table or text without punctuation, and the claim and event stages look at
// pairs of its words, so it is cut.
const maxSentence = 1500

// splitLong cuts the sentences of text longer than maxSentence at their last
// comma, semicolon or space before the limit.
func splitLong(text string, sents []segment.Sentence) []segment.Sentence {
	var out []segment.Sentence
	for _, s := range sents {
		for len(s.Text) > maxSentence {
			cut := strings.LastIndexAny(s.Text[:maxSentence], ",;")
			if cut < maxSentence/2 {
				cut = strings.LastIndexByte(s.Text[:maxSentence], ' ')
			}
			if cut <= 0 {
				cut = maxSentence
				for cut > 0 && !utf8.RuneStart(s.Text[cut]) {
					cut--
				}
			} else {
				cut++ // keep the comma with the first part
			}
			head := strings.TrimRight(s.Text[:cut], " ")
			out = append(out, segment.Sentence{Text: head, Start: s.Start})
			rest := strings.TrimLeft(s.Text[cut:], " ")
			s = segment.Sentence{Text: rest, Start: s.Start + len(s.Text) - len(rest)}
		}
		if s.Text != "" {
			out = append(out, s)
		}
	}
	return out
}

// addSentence tokenizes, tags and runs entity recognition on one sentence,
// norm[a:b] of a paragraph that starts at base in text.
func (out *segmented) addSentence(text, norm string, offs []int, base, a, b, para int, heading bool, m *proseModels) {
	si := len(out.sents)
	s := sentence{Start: base + offs[a], End: base + offs[b], Para: para, Heading: heading, First: len(out.toks)}
	src := norm[a:b]
	// prose drops the last entity of an input with nothing after it, so a
	// sentence without final punctuation gets a full stop for the tagger.
	padded := src
	if !endsSentence(src) {
		padded += " ."
	}
	toks := m.tok.Tokenize(padded)
	m.tag.TagTokens(toks)
	m.ner.Label(toks)
	for _, e := range m.ner.Chunk(padded, toks) {
		if e.End() > len(src) {
			continue
		}
		st, en := base+offs[a+e.Start], base+offs[a+e.End()]
		out.ners = append(out.ners, nerSpan{Start: st, End: en, Text: text[st:en], Label: e.Label, Sent: si})
	}
	for _, t := range toks {
		if t.End() > len(src) {
			continue
		}
		st, en := base+offs[a+t.Start], base+offs[a+t.End()]
		out.toks = append(out.toks, token{Start: st, End: en, Text: text[st:en], Norm: t.Text, Tag: t.Tag, Label: t.Label, Sent: si})
	}
	s.Lim = len(out.toks)
	out.sents = append(out.sents, s)
}

// endsSentence reports whether s ends with sentence-final punctuation,
// possibly followed by closing quotes or brackets.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, `"') ]`)
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, ":")
}

// isHeadingLine reports whether a one-sentence line reads as a heading: short,
// with no sentence-final punctuation.
func isHeadingLine(s string) bool {
	return !endsSentence(s) && len(strings.Fields(s)) <= 14
}

// splitLeadHeading finds a heading pasted at the start of a paragraph's first
// sentence and returns its length in bytes, or 0. It knows two shapes:
//
//   - a quotation that closes and is directly followed by another opening
//     quotation with no punctuation between ("'We will do it' "We will ...");
//   - a short run of three or more words with no verb, ending in a lower-case
//     noun, followed by a capitalised clause that has a verb and starts with
//     a word of the run ("Trump and Putin friendship Donald Trump has been
//     ...").
//
// Both are checked on the part-of-speech tags of the normalised text s.
func splitLeadHeading(s string, m *proseModels) int {
	// Shape 1: 'heading' "sentence" (quote marks already ASCII).
	if len(s) > 2 && (s[0] == '\'' || s[0] == '"') {
		for i := 1; i+2 < len(s) && i < 160; i++ {
			if s[i] == s[0] && s[i+1] == ' ' && (s[i+2] == '"' || s[i+2] == '\'') && i > 1 && s[i-1] != ' ' {
				if !endsSentence(s[:i]) && strings.Count(s[:i+1], string(s[0]))%2 == 0 {
					return i + 1
				}
			}
		}
	}
	// Shape 2: verbless words, then a capitalised clause.
	toks := m.tok.Tokenize(s)
	if len(toks) < 6 {
		return 0
	}
	m.tag.TagTokens(toks)
	for i := 1; i < len(toks) && i <= 10; i++ {
		prev, cur := toks[i-1], toks[i]
		if strings.HasPrefix(prev.Tag, "VB") || prev.Tag == "MD" || prev.Tag == "PRP" || isPunct(prev.Text) {
			return 0
		}
		if i < 3 {
			continue
		}
		r, _ := utf8.DecodeRuneInString(prev.Text)
		c, _ := utf8.DecodeRuneInString(cur.Text)
		// A heading ends in a noun ("friendship"), not in an adjective or a
		// function word ("The new US Secretary ...").
		if !unicode.IsLower(r) || !unicode.IsUpper(c) || (prev.Tag != "NN" && prev.Tag != "NNS") {
			continue
		}
		// A headline's lede names again what the headline named ("Trump and
		// Putin friendship Donald Trump has ..."); without that, a lower-case
		// noun before a name is most often a title ("White House adviser
		// David Axelrod told ...", measured on Timeline17).
		named := false
		for j := i; j < len(toks) && startsUpper(toks[j].Text) && !named; j++ {
			named = slices.ContainsFunc(toks[:i], func(t tokenize.Token) bool { return t.Text == toks[j].Text })
		}
		if !named {
			continue
		}
		// The rest must read as a clause: a verb within its first eight tokens.
		for j := i + 1; j < len(toks) && j <= i+8; j++ {
			if strings.HasPrefix(toks[j].Tag, "VB") || toks[j].Tag == "MD" {
				return cur.Start
			}
			if isPunct(toks[j].Text) {
				break
			}
		}
	}
	return 0
}

// startsUpper reports whether s starts with an upper-case letter.
func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isPunct reports whether s is made of punctuation only.
func isPunct(s string) bool {
	for _, r := range s {
		if !unicode.IsPunct(r) && !unicode.IsSymbol(r) {
			return false
		}
	}
	return s != ""
}
