package score

import (
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/timelinehq/timeline/extract"
	"github.com/timelinehq/timeline/model"
)

// MeantimeDoc is one MEANTIME article (CAT XML) as text with its gold
// speech events.
type MeantimeDoc struct {
	Name string
	// Text is the article rebuilt from its tokens, one sentence a line.
	Text string
	// DCT is the creation date (YYYY-MM-DD), or "".
	DCT string
	// Annotated is the end of the annotated part of Text (MEANTIME
	// annotates the first sentences of an article only).
	Annotated int
	// Speech are the SPEECH_COGNITIVE event mentions; Saying those whose
	// predicate is a verb of saying.
	Speech []GoldSpeech
}

// GoldSpeech is one gold speech event mention.
type GoldSpeech struct {
	Start, End int  // byte span of the predicate in Text
	Saying     bool // a verb of saying (sayingVerbs)
	// A0 are the byte spans of the mentions of the speaker (the Arg0
	// participant's entity, all its mentions in the article); nil when the
	// mention has no Arg0.
	A0 [][2]int
	// A0Name is the speaker's instance name ("Fritz Henderson"), or "".
	A0Name string
}

// sayingVerbs are the verbs of saying that select the gold statements:
// the members of VerbNet 3.4 classes say-37.7, tell-37.2, declare-29.4
// (the saying sense) and comment-37.11 that occur in news, with their
// inflections. The list is the evaluation's, made apart from the trigger
// list of extract/data, and not tuned on the system's output.
var sayingVerbs = func() map[string]bool {
	m := map[string]bool{}
	for _, v := range []string{
		"say says said saying",
		"tell tells told telling",
		"state states stated stating",
		"announce announces announced announcing",
		"declare declares declared declaring",
		"claim claims claimed claiming",
		"report reports reported reporting",
		"reveal reveals revealed revealing",
		"mention mentions mentioned mentioning",
		"note notes noted noting",
		"remark remarks remarked remarking",
		"add adds added adding",
		"explain explains explained explaining",
		"comment comments commented commenting",
		"observe observes observed observing",
		"suggest suggests suggested suggesting",
		"assert asserts asserted asserting",
		"insist insists insisted insisting",
		"confirm confirms confirmed confirming",
		"deny denies denied denying",
		"admit admits admitted admitting",
		"warn warns warned warning",
		"write writes wrote writing",
		"describe describes described describing",
		"predict predicts predicted predicting",
	} {
		for _, f := range strings.Fields(v) {
			m[f] = true
		}
	}
	return m
}()

// ReadMeantime reads every .xml file under dir.
func ReadMeantime(dir string) ([]MeantimeDoc, error) {
	var paths []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, ".xml") {
			paths = append(paths, p)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	slices.Sort(paths)
	var docs []MeantimeDoc
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, err
		}
		d, err := parseCAT(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		d.Name = strings.TrimSuffix(filepath.Base(p), ".xml")
		docs = append(docs, d)
	}
	return docs, nil
}

// catElem is one element of a CAT file, with its attributes and the
// t_id or m_id of its children.
type catElem struct {
	name    string
	attrs   map[string]string
	anchors []string // token_anchor t_ids
	source  []string // source m_ids
	target  []string // target m_ids
	text    string
}

// parseCAT reads one CAT XML document.
func parseCAT(r io.Reader) (MeantimeDoc, error) {
	dec := xml.NewDecoder(r)
	var elems []*catElem
	var cur *catElem
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return MeantimeDoc{}, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			attrs := map[string]string{}
			for _, a := range t.Attr {
				attrs[a.Name.Local] = a.Value
			}
			switch t.Name.Local {
			case "token_anchor":
				if cur != nil {
					cur.anchors = append(cur.anchors, attrs["t_id"])
				}
			case "source":
				if cur != nil {
					cur.source = append(cur.source, attrs["m_id"])
				}
			case "target":
				if cur != nil {
					cur.target = append(cur.target, attrs["m_id"])
				}
			case "Document", "Markables", "Relations":
			default:
				cur = &catElem{name: t.Name.Local, attrs: attrs}
				elems = append(elems, cur)
			}
		case xml.CharData:
			if cur != nil && cur.name == "token" {
				cur.text += string(t)
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "token_anchor", "source", "target":
			default:
				cur = nil
			}
		}
	}
	return buildDoc(elems), nil
}

// buildDoc rebuilds the text and the gold speech mentions.
func buildDoc(elems []*catElem) MeantimeDoc {
	var d MeantimeDoc
	var b strings.Builder
	tokSpan := map[string][2]int{}
	lastSent := ""
	prev := ""
	byID := map[string]*catElem{}
	for _, e := range elems {
		if id := e.attrs["m_id"]; id != "" && e.name != "token" {
			byID[id] = e
		}
		if e.name != "token" {
			continue
		}
		w := strings.TrimSpace(e.text)
		switch w {
		case "``", "''":
			w = `"`
		}
		if s := e.attrs["sentence"]; s != lastSent {
			if b.Len() > 0 {
				b.WriteByte('\n')
			}
			lastSent, prev = s, ""
		} else if prev != "" && !noSpaceBefore(w, prev) {
			b.WriteByte(' ')
		}
		st := b.Len()
		b.WriteString(w)
		tokSpan[e.attrs["t_id"]] = [2]int{st, b.Len()}
		prev = w
	}
	d.Text = b.String()
	span := func(e *catElem) [2]int {
		s := [2]int{-1, -1}
		for _, t := range e.anchors {
			ts, ok := tokSpan[t]
			if !ok {
				continue
			}
			if s[0] < 0 || ts[0] < s[0] {
				s[0] = ts[0]
			}
			s[1] = max(s[1], ts[1])
		}
		return s
	}
	// The annotated part: MEANTIME annotates every event of the title and
	// the first sentences (sentence numbers 0 to 5: title, dateline, four
	// sentences); later sentences carry only some events (measured here:
	// 100% of "said" annotated in sentences 2-5, 40% in 6, about 35% after),
	// so detection is scored on the lines 0 to 5.
	d.Annotated = len(d.Text)
	if n := nthIndex(d.Text, '\n', 6); n >= 0 {
		d.Annotated = n
	}
	// Relations.
	refers := map[string]string{}    // mention -> instance
	arg0 := map[string][]string{}    // event mention -> entity mentions
	members := map[string][]string{} // instance -> mentions
	for _, e := range elems {
		switch e.name {
		case "REFERS_TO":
			for _, s := range e.source {
				for _, t := range e.target {
					refers[s] = t
					members[t] = append(members[t], s)
				}
			}
		case "HAS_PARTICIPANT":
			if e.attrs["sem_role"] == "Arg0" {
				for _, s := range e.source {
					arg0[s] = append(arg0[s], e.target...)
				}
			}
		case "TIMEX3":
			if e.attrs["functionInDocument"] == "CREATION_TIME" && len(e.attrs["value"]) >= 10 {
				d.DCT = e.attrs["value"][:10]
			}
		}
	}
	for _, e := range elems {
		if e.name != "EVENT_MENTION" {
			continue
		}
		inst := byID[refers[e.attrs["m_id"]]]
		if inst == nil || inst.attrs["class"] != "SPEECH_COGNITIVE" {
			continue
		}
		sp := span(e)
		if sp[0] < 0 {
			continue
		}
		g := GoldSpeech{Start: sp[0], End: sp[1]}
		g.Saying = e.attrs["pos"] == "VERB" && sayingVerbs[strings.ToLower(d.Text[sp[0]:sp[1]])]
		for _, a := range arg0[e.attrs["m_id"]] {
			ms := []string{a}
			if ent := byID[refers[a]]; ent != nil {
				ms = members[refers[a]]
				g.A0Name = ent.attrs["TAG_DESCRIPTOR"]
			}
			for _, m := range ms {
				if me := byID[m]; me != nil {
					if s := span(me); s[0] >= 0 {
						g.A0 = append(g.A0, s)
					}
				}
			}
		}
		d.Speech = append(d.Speech, g)
	}
	slices.SortFunc(d.Speech, func(a, b GoldSpeech) int { return a.Start - b.Start })
	return d
}

// nthIndex returns the index of the n-th (1-based) byte c of s, or -1.
func nthIndex(s string, c byte, n int) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n--
			if n == 0 {
				return i
			}
		}
	}
	return -1
}

// noSpaceBefore reports whether token w is written without a space after prev.
func noSpaceBefore(w, prev string) bool {
	switch w {
	case ".", ",", ";", ":", "!", "?", ")", "'s", "n't", "'", "%", "'re", "'ve", "'ll", "'d", "'m":
		return true
	}
	return prev == "(" || prev == "$"
}

// MeantimeReport is the result of ScoreMeantime.
type MeantimeReport struct {
	Documents int `json:"documents"`
	// Gold is the number of gold statements (speech mentions whose
	// predicate is a verb of saying); Predicted the speech acts found.
	Gold      int `json:"gold"`
	Predicted int `json:"predicted"`
	// Found counts gold statements that a predicted act overlaps; Correct
	// counts predicted acts that overlap a gold speech mention (any
	// SPEECH_COGNITIVE one: "expect" and "plan" are speech events in
	// MEANTIME too).
	Found     int     `json:"found"`
	Correct   int     `json:"correct"`
	Recall    float64 `json:"recall"`
	Precision float64 `json:"precision"`
	F1        float64 `json:"f1"`
	// WithA0 counts found gold statements that have an Arg0; SpeakerRight
	// those whose predicted speaker is a mention of the Arg0 entity (a span
	// overlap) or shares a word with its name.
	WithA0          int     `json:"with_a0"`
	SpeakerRight    int     `json:"speaker_right"`
	SpeakerAccuracy float64 `json:"speaker_accuracy"`
}

// ScoreMeantime runs the statement detection of extract on every document
// and scores it, within the annotated part of each article: statement recall over the gold statements, precision over
// the predicted acts, and speaker accuracy over the found gold statements
// that have an Arg0.
func ScoreMeantime(docs []MeantimeDoc) (MeantimeReport, error) {
	r := MeantimeReport{Documents: len(docs)}
	for _, d := range docs {
		acts, err := extract.SpeechActs(model.Article{ID: d.Name, Text: d.Text, Published: d.DCT, PublishedFrom: model.FromRecord})
		if err != nil {
			return r, err
		}
		acts = slices.DeleteFunc(acts, func(a extract.SpeechAct) bool { return a.Start >= d.Annotated })
		r.Predicted += len(acts)
		for _, a := range acts {
			for _, g := range d.Speech {
				if a.Start < g.End && g.Start < a.End {
					r.Correct++
					break
				}
			}
		}
		for _, g := range d.Speech {
			if !g.Saying || g.Start >= d.Annotated {
				continue
			}
			r.Gold++
			for _, a := range acts {
				if a.Start < g.End && g.Start < a.End {
					r.Found++
					if len(g.A0) > 0 {
						r.WithA0++
						if speakerRight(a, g) {
							r.SpeakerRight++
						}
					}
					break
				}
			}
		}
	}
	r.Recall = ratio(r.Found, r.Gold)
	r.Precision = ratio(r.Correct, r.Predicted)
	if r.Recall+r.Precision > 0 {
		r.F1 = 2 * r.Recall * r.Precision / (r.Recall + r.Precision)
	}
	r.SpeakerAccuracy = ratio(r.SpeakerRight, r.WithA0)
	return r, nil
}

// speakerRight reports whether the act's speaker is the gold Arg0: one of
// its mentions overlaps a mention of the Arg0 entity, or its name shares a
// capitalised word with the entity's name.
func speakerRight(a extract.SpeechAct, g GoldSpeech) bool {
	for _, s := range a.SpeakerSpans {
		for _, t := range g.A0 {
			if s[0] < t[1] && t[0] < s[1] {
				return true
			}
		}
	}
	if a.Speaker == "" || g.A0Name == "" {
		return false
	}
	gw := strings.Fields(strings.ToLower(g.A0Name))
	for _, w := range strings.Fields(strings.ToLower(a.Speaker)) {
		if len(w) > 2 && slices.Contains(gw, w) {
			return true
		}
	}
	return false
}
