package timex

import (
	"bytes"
	"errors"
	"fmt"
	"html"
	"io"
	"regexp"
	"strings"
	"unicode/utf8"
)

// TimeMLDoc is a TimeML document as TempEval-3 distributes it: a DCT and a
// TEXT element. Tags inside TEXT are stripped; Text is what gets tagged.
type TimeMLDoc struct {
	Raw                []byte  // the document as read
	DCT                string  // creation date "YYYY-MM-DD" from <DCT>, "" when absent
	TextStart, TextEnd int     // byte span of the <TEXT> content in Raw
	Text               string  // the TEXT content with every tag removed (entities kept as written)
	Tags               []Timex // the TIMEX3 found inside TEXT, offsets into Text
}

var (
	textOpen  = regexp.MustCompile(`<TEXT(\s[^>]*)?>`)
	dctRe     = regexp.MustCompile(`(?s)<DCT>.*?<TIMEX3\b([^>]*)>`)
	attrRe    = regexp.MustCompile(`([A-Za-z_:][-A-Za-z0-9_:.]*)\s*=\s*("[^"]*"|'[^']*')`)
	errNoText = errors.New("no <TEXT> element")
)

// ReadTimeML reads a TimeML document: the DCT value, the raw bytes, the
// span of the TEXT content, its untagged text and any TIMEX3 inside it.
func ReadTimeML(r io.Reader) (*TimeMLDoc, error) {
	raw, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	if !utf8.Valid(raw) {
		return nil, errors.New("invalid UTF-8")
	}
	d := &TimeMLDoc{Raw: raw}
	loc := textOpen.FindIndex(raw)
	if loc == nil {
		return nil, errNoText
	}
	end := bytes.LastIndex(raw, []byte("</TEXT>"))
	if end < loc[1] {
		return nil, errors.New("no </TEXT> after <TEXT>")
	}
	d.TextStart, d.TextEnd = loc[1], end
	if m := dctRe.FindSubmatch(raw[:loc[0]]); m != nil {
		if v := attrs(string(m[1]))["value"]; len(v) >= 10 {
			d.DCT = v[:10]
		} else {
			d.DCT = v
		}
	}
	if err := d.strip(); err != nil {
		return nil, err
	}
	return d, nil
}

// attrs parses the attributes of a start tag.
func attrs(s string) map[string]string {
	out := map[string]string{}
	for _, m := range attrRe.FindAllStringSubmatch(s, -1) {
		out[m[1]] = html.UnescapeString(m[2][1 : len(m[2])-1])
	}
	return out
}

// strip removes the tags inside TEXT, collecting the TIMEX3 ones.
func (d *TimeMLDoc) strip() error {
	src := string(d.Raw[d.TextStart:d.TextEnd])
	var b strings.Builder
	type open struct {
		start int
		a     map[string]string
	}
	var stack []open
	for i := 0; i < len(src); {
		if src[i] != '<' {
			j := strings.IndexByte(src[i:], '<')
			if j < 0 {
				j = len(src) - i
			}
			b.WriteString(src[i : i+j])
			i += j
			continue
		}
		j := strings.IndexByte(src[i:], '>')
		if j < 0 {
			return fmt.Errorf("unclosed tag at byte %d of TEXT", i)
		}
		tag := src[i+1 : i+j]
		i += j + 1
		switch {
		case strings.HasPrefix(tag, "TIMEX3") && !strings.HasSuffix(tag, "/"):
			stack = append(stack, open{b.Len(), attrs(tag[len("TIMEX3"):])})
		case tag == "/TIMEX3":
			if len(stack) == 0 {
				return fmt.Errorf("</TIMEX3> without <TIMEX3> at byte %d of TEXT", i)
			}
			o := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			txt := b.String()[o.start:]
			d.Tags = append(d.Tags, Timex{Start: o.start, End: b.Len(), Text: txt,
				Type: o.a["type"], Value: o.a["value"], Mod: o.a["mod"]})
		}
	}
	if len(stack) > 0 {
		return errors.New("unclosed <TIMEX3> in TEXT")
	}
	d.Text = b.String()
	return nil
}

// WriteTimeML writes doc with timexes (offsets into doc.Text) as TIMEX3
// tags inside TEXT, numbered t1, t2, ... in order (an anchored expression
// that is still unresolved is written as the DURATION of its offset). Everything outside TEXT
// is written as read; inside TEXT only the untagged text and the new tags
// are written (tags of the input, such as EVENT, are dropped). Timexes that
// overlap an earlier one, fall outside the text or would split a character
// or an entity are skipped.
func WriteTimeML(w io.Writer, doc *TimeMLDoc, timexes []Timex) error {
	var b bytes.Buffer
	b.Write(doc.Raw[:doc.TextStart])
	writeTagged(&b, doc.Text, timexes, false)
	b.Write(doc.Raw[doc.TextEnd:])
	_, err := w.Write(b.Bytes())
	return err
}

// WritePlainTimeML writes text (plain, unescaped) as a TimeML document with
// creation date dct and the timexes as TIMEX3 tags, for `timeline tag
// --published DATE file.txt`.
func WritePlainTimeML(w io.Writer, text, dct string, timexes []Timex) error {
	var b bytes.Buffer
	b.WriteString("<?xml version=\"1.0\" ?>\n<TimeML>\n")
	if dct != "" {
		fmt.Fprintf(&b, "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=%q temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">%s</TIMEX3></DCT>\n", dct, html.EscapeString(dct))
	}
	b.WriteString("<TEXT>")
	writeTagged(&b, text, timexes, true)
	b.WriteString("</TEXT>\n</TimeML>\n")
	_, err := w.Write(b.Bytes())
	return err
}

// writeTagged writes text with TIMEX3 tags inserted; escape XML-escapes the
// text (plain input) or keeps it as is (TimeML input).
func writeTagged(b *bytes.Buffer, text string, timexes []Timex, escape bool) {
	put := func(s string) {
		if escape {
			b.WriteString(html.EscapeString(s))
		} else {
			b.WriteString(s)
		}
	}
	pos, n := 0, 0
	for _, t := range timexes {
		if t.Start < pos || t.End > len(text) || t.Start >= t.End ||
			!utf8.RuneStart(text[t.Start]) || t.End < len(text) && !utf8.RuneStart(text[t.End]) ||
			splitsEntity(text, t.Start) || splitsEntity(text, t.End) {
			continue
		}
		n++
		put(text[pos:t.Start])
		typ, val := timeMLAttrs(t)
		fmt.Fprintf(b, `<TIMEX3 tid="t%d" type="%s" value="%s"`, n, html.EscapeString(typ), html.EscapeString(val))
		if t.Mod != "" {
			fmt.Fprintf(b, ` mod="%s"`, html.EscapeString(t.Mod))
		}
		b.WriteString(">")
		put(text[t.Start:t.End])
		b.WriteString("</TIMEX3>")
		pos = t.End
	}
	put(text[pos:])
}

// timeMLAttrs returns the TIMEX3 type and value of t. An expression
// anchored to an undated event ("two days after his inauguration") is
// written as the TimeML annotators write it: the DURATION of its offset.
func timeMLAttrs(t Timex) (string, string) {
	if t.Anchor != nil && strings.Contains(t.Value, "X") && t.Anchor.Offset != "" {
		return "DURATION", t.Anchor.Offset
	}
	return t.Type, t.Value
}

// splitsEntity reports whether offset i falls inside an "&...;" entity.
func splitsEntity(text string, i int) bool {
	if i <= 0 || i >= len(text) {
		return false
	}
	amp := strings.LastIndexByte(text[:i], '&')
	if amp < 0 || i-amp > 10 {
		return false
	}
	semi := strings.IndexByte(text[amp:], ';')
	return semi > 0 && amp+semi >= i && !strings.ContainsAny(text[amp:amp+semi], " \n\t<")
}
