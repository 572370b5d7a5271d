package extract

import (
	"testing"

	"github.com/timelinehq/timeline/model"
)

// FuzzAnalyse runs the per-document stages on arbitrary text and checks
// that nothing panics and every span of entities, claims and events lies
// in the text, with indexes in range.
func FuzzAnalyse(f *testing.F) {
	for _, s := range []string{
		"",
		"“We will talk,” Trump told reporters. He said that talks would start soon.",
		"According to Peskov, he could neither confirm nor deny a call between Trump and Putin.",
		"`` Unclosed quote said Hayward\n'' and \"stray ” marks ‘ here",
		"US President Donald Trump, who, said, said said said.",
		"In September 2024, Zelensky met with Donald Trump in Kyiv and visited Washington.",
		"he she him her his they we I said. The company said. The president said.",
		"\xff\xfe invalid \x00 bytes said Mr",
	} {
		f.Add(s)
	}
	m, err := loadModels()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		a := analyse(model.Article{ID: "fuzz", Text: text, Published: "2025-02-01"}, m)
		in := func(what string, st, en int) {
			if st < 0 || en > len(text) || st > en {
				t.Fatalf("%s span [%d,%d) out of [0,%d) in %q", what, st, en, len(text), text)
			}
		}
		for _, e := range a.ents {
			for _, sp := range e.Mentions {
				in("entity", sp.Start, sp.End)
			}
		}
		for _, c := range a.claims {
			in("claim", c.Start, c.End)
			if c.Speaker >= len(a.ents) || text[c.Start:c.End] != c.Text {
				t.Fatalf("claim %+v does not point into the text or the entities", c)
			}
		}
		for _, ev := range a.events {
			in("event", ev.Start, ev.End)
			for _, p := range ev.Participants {
				if p < 0 || p >= len(a.ents) {
					t.Fatalf("event participant %d out of range", p)
				}
			}
			if ev.Location >= len(a.ents) {
				t.Fatalf("event location %d out of range", ev.Location)
			}
			for _, c := range ev.Claims {
				if c < 0 || c >= len(a.claims) {
					t.Fatalf("event claim %d out of range", c)
				}
			}
		}
	})
}
