package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/timelinehq/timeline/model"
)

// segmentForTest segments text with the real models.
func segmentForTest(t testing.TB, text string) segmented {
	t.Helper()
	m, err := loadModels()
	if err != nil {
		t.Fatal(err)
	}
	return segmentText(text, m)
}

// entSummary is "kind:Name[role,role]" for one entity.
func entSummary(e docEntity) string {
	s := string(e.Kind) + ":" + e.Name
	if len(e.Roles) > 0 {
		s += "[" + strings.Join(e.Roles, ",") + "]"
	}
	return s
}

func TestFindEntities(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // entSummary of entities that must be there
		not  []string // names that must not be entities
	}{
		{"role before name", "US President Donald Trump met reporters. Trump said little.",
			[]string{"person:Donald Trump[US President]"}, []string{"US President", "Trump"}},
		{"lower-case title", "Kremlin spokesman Dmitry Peskov declined to comment.",
			[]string{"person:Dmitry Peskov[Kremlin spokesman]", "organization:Kremlin"}, nil},
		{"multi-word title", "National Security Advisor Mike Waltz spoke on Sunday.",
			[]string{"person:Mike Waltz[National Security Advisor]"}, []string{"National Security Advisor Mike Waltz"}},
		{"secretary of state", "The new US Secretary of State Marco Rubio has stated his aims.",
			[]string{"person:Marco Rubio[US Secretary of State]"}, nil},
		{"spelling variants", "Volodymyr Zelensky spoke. Later Volodymyr Zelenskyy and Zelenskiy left.",
			[]string{"person:Volodymyr Zelensky"}, []string{"Volodymyr Zelenskyy", "Zelenskiy"}},
		{"typo in first name", "Vladimir Putin arrived. Vladimit Putin then spoke. Putin left.",
			[]string{"person:Vladimir Putin"}, []string{"Vladimit Putin", "Putin"}},
		{"similar names stay apart", "Mike Waltz met Mike Walsh in Ohio on Monday.",
			[]string{"person:Mike Waltz", "person:Mike Walsh"}, nil},
		{"nationalities are not entities", "Russian and Ukrainian officials met in Geneva.",
			nil, []string{"Russian", "Ukrainian"}},
		{"known media", "He told reporters, Reuters reports. NBC News and AP confirmed it.",
			[]string{"organization:Reuters", "organization:NBC News", "organization:Associated Press"}, nil},
		{"venue", "He spoke aboard Air Force One on Sunday.",
			[]string{"place:Air Force One"}, []string{"Air Force"}},
		{"sentence-initial word", "While Trump spoke, journalists waited. Journalists asked whether he had spoken.",
			nil, []string{"While Trump", "Journalists", "During"}},
		{"an ampersand joins a firm's name", "Standard & Poor 's cut its rating, and Procter & Gamble said sales fell.",
			[]string{"organization:Standard & Poor", "organization:Procter & Gamble"}, []string{"Standard", "Poor"}},
		{"a courtesy title's name ends before 'of'", "Mr Sinclair of Seymour Pierce said the shares were cheap.",
			[]string{"person:Sinclair"}, []string{"Sinclair of Seymour Pierce"}},
		{"an adjective before a well-known name is no part of it", "Embattled BP said on Monday it would pay.",
			[]string{"organization:BP"}, []string{"Embattled BP"}},
		{"an apostrophe inside an Irish surname", "Brian O'Neill , a partner at the firm , said BP faces big claims .",
			[]string{"person:Brian O'Neill"}, []string{"Brian"}},
		{"a headline in capitals is no name", "HAYWARD LOSES The chairman met Barack Obama .",
			[]string{"person:Barack Obama"}, []string{"HAYWARD LOSES", "Hayward Loses"}},
		{"a gathering or a field is no person, an academy of them an organisation", "Steve Farris told the Global Energy Summit in Houston that the National Academy of Sciences was right about Marine Science .",
			[]string{"other:Global Energy Summit", "organization:National Academy of Sciences", "person:Steve Farris"}, nil},
		{"a head word makes a place", "Barack Obama spoke in the Rose Garden and met Gordon Brown in the East Room.",
			[]string{"place:Rose Garden", "place:East Room", "person:Barack Obama"}, nil},
		{"a head word makes a thing", "Tropical Storm Alex slowed work under the Clean Water Act, Thad Allen said.",
			[]string{"other:Tropical Storm Alex", "other:Clean Water Act", "person:Thad Allen"}, nil},
		{"a surname that is a common noun stays a person", "Robert Hall met Jane Lake on Monday.",
			[]string{"person:Robert Hall", "person:Jane Lake"}, nil},
		{"hyphenated places are adjectives", "The Russia-Ukraine war and US-Russia talks went on.",
			nil, []string{"Russia-Ukraine", "US-Russia"}},
		// TimeBank/MEANTIME-like wording
		{"company and chief", "Ford spokesman Mark Truby said sales at General Motors fell.",
			[]string{"person:Mark Truby[Ford spokesman]"}, []string{"Motors"}},
		{"courtesy title", "Tony Hayward flew home. Mr Hayward said little.",
			[]string{"person:Tony Hayward"}, []string{"Mr Hayward", "Hayward"}},
		{"of after a person", "Terry Hazen of Lawrence Berkeley National Laboratory spoke.",
			[]string{"person:Terry Hazen"}, []string{"Terry Hazen of Lawrence Berkeley National Laboratory"}},
		{"organisation before a title", "Coast Guard Rear Adm Mary Landry said the boom held.",
			[]string{"person:Mary Landry[Coast Guard Rear Adm]"}, nil},
		{"known name glued to a name", "In a CNN Obama interview the spill was raised.",
			[]string{"organization:CNN"}, []string{"CNN Obama"}},
		{"captain", "Capt Marcus Woodring said tar balls were found.",
			[]string{"person:Marcus Woodring[Capt]"}, nil},
		{"and inside an organisation's name", "The Health and Safety Executive reported more accidents.",
			[]string{"organization:Health and Safety Executive"}, []string{"Safety Executive"}},
		{"and between people", "Barack Obama and Gordon Brown met.",
			[]string{"person:Gordon Brown"}, []string{"Barack Obama and Gordon Brown"}},
		{"surname links", "Chancellor Angela Merkel arrived in Paris. Merkel then met the press.",
			[]string{"person:Angela Merkel[Chancellor]"}, []string{"Merkel"}},
		// fixed bugs
		{"title of an organisation names no person", "He had spoken with the CEO of B.P. and the President of Russia.",
			[]string{"organization:BP", "place:Russia"}, []string{"of B.P.", "of BP", "of Russia"}},
		{"photo credits name no one", `Photograph : Jane Roe\/AP The White House said so . -LRB- AP Photo/John Doe -RRB- -LRB- John Doe - AP -RRB- Acme Inc says it will pay .`,
			[]string{"organization:White House", "organization:Acme Inc"}, []string{"Jane Roe", "Jane", "John Doe"}},
		{"credit glued to an agency's name", `Photograph : Jane Roe/White House BP will pay .`,
			[]string{"organization:BP"}, []string{"Jane Roe", "Jane", "House BP", "White House"}},
		{"a capitalised function word ends a name", "Photograph : Jane Roe When BP said it , Hayward was blamed .",
			[]string{"organization:BP"}, []string{"Jane Roe When BP"}},
		{"middle initial", "A spokesman, Jane Q. Roe, said so.",
			[]string{"person:Jane Q. Roe"}, []string{"Jane Q", "Roe"}},
		{"legal suffix of a known organisation", "BP Plc said on Monday it would pay.",
			[]string{"organization:BP"}, []string{"Plc", "BP Plc"}},
		{"for inside an organisation's name", "The Campaign for Fair Elections and the University of Maryland said so.",
			[]string{"organization:Campaign for Fair Elections", "organization:University of Maryland"}, []string{"Fair Elections"}},
		{"a lone surname with another title is another person", "First Lady Michelle Obama visited Grand Isle. On Monday President Obama spoke.",
			[]string{"person:Michelle Obama[First Lady]"}, nil},
		{"federal agencies are organisations", "The U.S. Coast Guard and NOAA said the EPA agreed.",
			[]string{"organization:Coast Guard", "organization:National Oceanic and Atmospheric Administration", "organization:Environmental Protection Agency"}, nil},
		{"a compound adjective is no part of a name", "Swiss-based Transocean Ltd said so.",
			[]string{"organization:Transocean Ltd"}, []string{"Swiss-based Transocean Ltd"}},
		{"a generational suffix is no surname", "Carl T. Ostrow Jr. met the board. Later Ostrow left, and Jr. was not there.",
			[]string{"person:Carl T. Ostrow Jr."}, []string{"Ostrow", "Jr."}},
		{"a surname and a suffix alone", "Lena Marsh Jr. arrived on Monday. Marsh Jr. spoke first.",
			[]string{"person:Lena Marsh Jr."}, []string{"Marsh Jr.", "Marsh"}},
		{"a US state is a place", "North Dakota and Oregon sued Acme Corp, and Nevada said it would join.",
			[]string{"place:North Dakota", "place:Oregon", "place:Nevada"}, nil},
		{"a plural common noun opening a sentence is no name", "Experts said the dam would hold. Surveyors agreed.",
			nil, []string{"Experts", "Surveyors"}},
		{"a surname like a plural noun stays a name", "Doug Suttles flew in. Suttles said the cap held.",
			[]string{"person:Doug Suttles"}, []string{"Suttles"}},
		{"a title alone is no name", "But the Home Secretary, Jane Quill, said so.",
			[]string{"person:Jane Quill"}, []string{"Home Secretary"}},
		{"quote box mark is no name", "It went well '' End Quote Jane Roe BBC economics editor She said so.",
			[]string{"person:Jane Roe"}, []string{"End Quote Jane Roe", "End Quote Jane Roe BBC"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ents := findEntities(tt.text, segmentForTest(t, tt.text))
			var got []string
			names := map[string]bool{}
			for _, e := range ents {
				got = append(got, entSummary(e))
				names[e.Name] = true
			}
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("findEntities(%q) = %q, want %q among them", tt.text, got, w)
				}
			}
			for _, n := range tt.not {
				if names[n] {
					t.Errorf("findEntities(%q) = %q, want no entity named %q", tt.text, got, n)
				}
			}
		})
	}
}

// TestSurnameOfAnotherHolder checks that a surname written with a title
// that no full name of it has names someone else, and so does the surname
// alone; "Mrs" still names the full name's holder.
func TestSurnameOfAnotherHolder(t *testing.T) {
	text := "First lady Michelle Obama visited a school. Obama later met teachers, and Mrs Obama left. President Obama spoke."
	mentionsOf := map[string][]string{}
	for _, e := range findEntities(text, segmentForTest(t, text)) {
		for _, m := range e.Mentions {
			mentionsOf[e.Name] = append(mentionsOf[e.Name], text[m.Start:m.End])
		}
	}
	if got := mentionsOf["Michelle Obama"]; !slices.Equal(got, []string{"Michelle Obama", "Obama"}) {
		t.Errorf("Michelle Obama's mentions = %q, want the full name and 'Mrs Obama' (%v)", got, mentionsOf)
	}
	if got := mentionsOf["Obama"]; len(got) != 2 {
		t.Errorf("the other Obama's mentions = %q, want 'Obama later' and 'President Obama' (%v)", got, mentionsOf)
	}
}

func TestSamePersonName(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Volodymyr Zelensky", "Volodymyr Zelenskyy", true},
		{"Volodymyr Zelenskiy", "Volodymyr Zelensky", true},
		{"Vladimir Putin", "Vladimit Putin", true},
		{"Mike Waltz", "Mike Walsh", false},
		{"Mike Waltz", "Mike Walz", false}, // surname too short for a one-letter variant
		{"John Smith", "Jane Smith", false},
		{"Donald Trump", "Melania Trump", false},
		{"Carl Ostrow Jr.", "Carl Ostrow", true},
		{"Carl Ostrow Jr.", "Carl Ostrow Sr.", false},
		{"Carl Ostrow III", "Carl Ostrow II", false},
	}
	for _, tt := range tests {
		if got := samePersonName(strings.Fields(tt.a), strings.Fields(tt.b)); got != tt.want {
			t.Errorf("samePersonName(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestDataFilesSayWhereFrom(t *testing.T) {
	for _, f := range []string{"data/organizations.tsv", "data/triggers.tsv", "data/cues.tsv", "data/name_heads.tsv"} {
		for _, line := range dataLines(f) {
			if len(line) < 3 || strings.TrimSpace(line[len(line)-1]) == "" {
				t.Errorf("%s: %q has no source column", f, strings.Join(line, "\t"))
			}
		}
	}
	for _, line := range dataLines("data/name_heads.tsv") {
		if k := model.EntityKind(line[2]); k != model.Place && k != model.OtherEntity || line[1] != "first" && line[1] != "last" {
			t.Errorf("name_heads.tsv: %q: position %q, kind %q", line[0], line[1], line[2])
		}
	}
	for _, k := range lex().known {
		if k.Kind != model.Organization && k.Kind != model.Place {
			t.Errorf("organizations.tsv: %q has kind %q", k.Name, k.Kind)
		}
	}
}
