package timex

import (
	"unicode"
	"unicode/utf8"
)

// tokKind is the kind of a token.
type tokKind byte

const (
	tWord  tokKind = iota // a run of letters
	tNum                  // a run of ASCII digits
	tPunct                // any other single non-space rune
)

// tok is a token with its byte span in the text.
type tok struct {
	s          string // lower-cased text
	raw        string // text as written
	start, end int
	kind       tokKind
	sp         bool // whitespace (or start of text) right before it
	nl         bool // a line break right before it
}

// lex splits text into tokens. It is a small state machine: lexSpace skips
// blanks, lexWord scans letters, lexNum scans digits and anything else is a
// one-rune punctuation token. Invalid UTF-8 bytes become punctuation tokens.
func lex(text string) []tok {
	var toks []tok
	i := 0
	sp, nl := true, false
	for i < len(text) {
		r, w := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r) || r == '\u00a0':
			// lexSpace: blanks separate tokens; remember a line break.
			sp = true
			if r == '\n' {
				nl = true
			}
			i += w
			continue
		case r < utf8.RuneSelf && r >= '0' && r <= '9':
			// lexNum: ASCII digits.
			j := i
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
				j++
			}
			toks = append(toks, tok{s: text[i:j], raw: text[i:j], start: i, end: j, kind: tNum, sp: sp, nl: nl})
			i = j
		case unicode.IsLetter(r):
			// lexWord: letters (any script).
			j := i
			for j < len(text) {
				r2, w2 := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(r2) {
					break
				}
				j += w2
			}
			toks = append(toks, tok{s: lower(text[i:j]), raw: text[i:j], start: i, end: j, kind: tWord, sp: sp, nl: nl})
			i = j
		default:
			// one rune of punctuation; curly apostrophes become "'".
			s := text[i : i+w]
			switch r {
			case '\u2019', '\u2018', '\u02bc', '`':
				s = "'"
			case '\u2013', '\u2014':
				s = "-"
			}
			toks = append(toks, tok{s: s, raw: text[i : i+w], start: i, end: i + w, kind: tPunct, sp: sp, nl: nl})
			i += w
		}
		sp, nl = false, false
	}
	return toks
}

// lower lower-cases ASCII letters only (enough for the English vocabulary
// the rules look for) and keeps byte lengths unchanged.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// capital reports whether the token starts with an upper-case letter.
func (t tok) capital() bool {
	r, _ := utf8.DecodeRuneInString(t.raw)
	return unicode.IsUpper(r)
}
