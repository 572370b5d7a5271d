package extract

import (
	"fmt"
	"testing"

	"github.com/timelinehq/timeline/model"
)

// claimSummary is "kind|speaker|text" for one claim.
func claimSummary(c claimMention, ents []docEntity) string {
	spk := "?"
	if c.Speaker >= 0 {
		spk = ents[c.Speaker].Name
	}
	return fmt.Sprintf("%s|%s|%s", c.Kind, spk, c.Text)
}

func TestFindClaims(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // claimSummary of every claim, in order
	}{
		{"said X after quote", `"We will cut 1,000 jobs by June," said Rick Wagoner on Tuesday.`,
			[]string{"quote|Rick Wagoner|We will cut 1,000 jobs by June"}},
		{"X said after curly quote", "“The plant will close next year,” Mark Truby told reporters.",
			[]string{"quote|Mark Truby|The plant will close next year"}},
		{"pronoun after quote", "Angela Merkel arrived in Paris. “We want a deal this week,” she declared.",
			[]string{"quote|Angela Merkel|We want a deal this week"}},
		{"speaker before quote", `Barack Obama said: "This is a difficult day for the industry."`,
			[]string{"quote|Barack Obama|This is a difficult day for the industry."}},
		{"quote continued in next paragraph", "“Sales fell sharply,” Alan Mulally said.\n“We expect a better year.”",
			[]string{"quote|Alan Mulally|Sales fell sharply", "quote|Alan Mulally|We expect a better year."}},
		{"reported speech with that", "Fritz Henderson said that the company would emerge from bankruptcy quickly.",
			[]string{"paraphrase|Fritz Henderson|the company would emerge from bankruptcy quickly"}},
		{"reported speech without that", "The Kremlin said the two leaders had not spoken since March.",
			[]string{"paraphrase|Kremlin|the two leaders had not spoken since March"}},
		{"apposition between subject and verb", "Keith Kellogg, a retired general, said on Tuesday that talks would start soon.",
			[]string{"paraphrase|Keith Kellogg|talks would start soon"}},
		{"neither confirm nor deny", "Kremlin spokesman Dmitry Peskov said he could neither confirm nor deny reports of a call.",
			[]string{"paraphrase|Dmitry Peskov|he could neither confirm nor deny reports of a call"}},
		{"according to", "According to Boeing, the first delivery will take place in May.",
			[]string{"paraphrase|Boeing|the first delivery will take place in May"}},
		{"scare quotes stay in the paraphrase", "Ben Bernanke said the economy faced “serious risks” this year.",
			[]string{"paraphrase|Ben Bernanke|the economy faced “serious risks” this year"}},
		{"definite description", "Russian President Vladimir Putin spoke in Moscow. The Russian president said the talks had failed.",
			[]string{"paraphrase|Vladimir Putin|the talks had failed"}},
		{"tokenised corpus quotes", "`` We will plug the well by August , '' Tony Hayward said .",
			[]string{"quote|Tony Hayward|We will plug the well by August"}},
		{"title and name in an apposition", "On Friday, the commander of the response, Adm Thad Allen, said the leak could be capped.",
			[]string{"paraphrase|Thad Allen|the leak could be capped"}},
		{"the company is the organisation that spoke", "China Eastern Airlines ordered 20 Airbus A320 jets. The company said the planes would serve domestic routes.",
			[]string{"paraphrase|China Eastern Airlines|the planes would serve domestic routes"}},
		{"an unnamed subject is no named speaker", "In Houston, some analysts said that BP would sell its stake.",
			[]string{"paraphrase|?|BP would sell its stake"}},
		{"phrases between the name and the verb", "Jane Roe, owner of Acme Rentals, which rents boats, said the spill was ruining her business.",
			[]string{"paraphrase|Jane Roe|the spill was ruining her business"}},
		{"a place after the speaker's name", "Petty Officer Jane Roe in New Orleans said a cutter had seen no leaks.",
			[]string{"paraphrase|Jane Roe|a cutter had seen no leaks"}},
		{"the head of an organisation is not the organisation", "The head of BP said the well was shut.",
			[]string{"paraphrase|?|the well was shut"}},
		{"a pronoun after an inverted speaker", "Boats were moving to safety, said Thad Allen.\n`` This includes the rig and the vessels , '' he said .",
			[]string{"quote|Thad Allen|This includes the rig and the vessels"}},
		{"a pronoun after a named speaker of an unmatched quotation", "Jane Roe ran the fund .\n`` We are sorry .\nWe will be judged , '' Carl Svanberg said when he left .\nHe added , `` We apologize to the people of the Gulf . ''",
			[]string{"paraphrase|Carl Svanberg|when he left", "quote|Carl Svanberg|We apologize to the people of the Gulf ."}},
		{"a company's investors do not speak for it", "Some BP investors have sued, claiming the company misled them.",
			[]string{"paraphrase|?|the company misled them"}},
		{"an organisation and an abbreviated title in an apposition", "The head of the unit , Harbor Patrol Capt. Mark Ostrow , said the pier was safe .",
			[]string{"paraphrase|Mark Ostrow|the pier was safe"}},
		{"a name after a preposition is no subject", "At Grand Central Terminal , Nevada Sen. Bob Quill waved and said the trains were late .",
			[]string{"paraphrase|Bob Quill|the trains were late"}},
		{"a pronoun skips a person of the other gender", "Carl Ostrow and Lena Marsh met the tenants on Monday.\n`` The roof will be fixed , '' she said .",
			[]string{"quote|Lena Marsh|The roof will be fixed"}},
		{"courtesy titles tell the gender", "Mr Robin Ostrow and Mrs Pat Quill, his neighbour, left the house early. She said the roof leaked.",
			[]string{"paraphrase|Pat Quill|the roof leaked"}},
		{"the governor is the one the article names most", "Governor Lena Marsh toured the coast on Monday. Marsh met fishermen, and Marsh ate lunch in a harbour cafe. Former governor Carl Ostrow joined them. The governor said the beaches would reopen.",
			[]string{"paraphrase|Lena Marsh|the beaches would reopen"}},
		{"a surname like a plural noun speaks", "Doug Suttles flew in on Monday. Suttles said the cap held.",
			[]string{"paraphrase|Doug Suttles|the cap held"}},
		{"a plural common noun does not speak", "Experts said the cap held.",
			[]string{"paraphrase|?|the cap held"}},
		// errors
		{"no speech verb", "The company reported a loss of $6 billion.", nil},
		{"quoted title is not a claim", "He wrote a book called ‘War’ last year.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			seg := segmentForTest(t, tt.text)
			ents := findEntities(tt.text, seg)
			cls := findClaims(tt.text, seg, ents)
			var got []string
			for _, c := range cls {
				got = append(got, claimSummary(c, ents))
				if tt.text[c.Start:c.End] != c.Text {
					t.Errorf("claim span [%d,%d) is %q, text %q", c.Start, c.End, tt.text[c.Start:c.End], c.Text)
				}
				if c.Kind != model.Quote && c.Kind != model.Paraphrase {
					t.Errorf("claim kind %q", c.Kind)
				}
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("findClaims(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
