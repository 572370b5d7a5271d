package extract

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSegmentHeadings(t *testing.T) {
	m, err := loadModels()
	require.NoError(t, err)
	type sent struct {
		Text    string
		Heading bool
	}
	tests := []struct {
		name, in string
		want     []sent
	}{
		{"heading line", "Putin's praise for Trump\nPutin praised Trump.", []sent{{"Putin's praise for Trump", true}, {"Putin praised Trump.", false}}},
		{"blank lines", "First paragraph ends here.\n\n\nSecond one.", []sent{{"First paragraph ends here.", false}, {"Second one.", false}}},
		{"quoted heading glued to a quote", "‘We will do something’ “We will be speaking,” Trump said.", []sent{{"‘We will do something’", true}, {"“We will be speaking,” Trump said.", false}}},
		{"verbless heading glued to a sentence", "Trump and Putin friendship Donald Trump has been a critic of the war.", []sent{{"Trump and Putin friendship", true}, {"Donald Trump has been a critic of the war.", false}}},
		{"two sentences", "Trump spoke. Putin listened.", []sent{{"Trump spoke.", false}, {"Putin listened.", false}}},
		{"quote box", "It went well '' End Quote Jane Roe BBC economics editor She said the talks went on.",
			[]sent{{"It went well '' End Quote Jane Roe BBC economics editor", true}, {"She said the talks went on.", false}}},
		{"quote box before a quotation", "We are tired '' End Quote John Doe Fisherman `` We want our lives back , '' he said.",
			[]sent{{"We are tired '' End Quote John Doe Fisherman", true}, {"`` We want our lives back , '' he said.", false}}},
		{"quote box before a name", "It is strong '' End Quote Jane Roe Acme chairman Acme replied that it had paid.",
			[]sent{{"It is strong '' End Quote Jane Roe Acme chairman", true}, {"Acme replied that it had paid.", false}}},
		{"quote box without a clear end", "We lost '' End Quote Jane Roe US Senator Acme 's chief said it was over.",
			[]sent{{"We lost '' End Quote Jane Roe US Senator Acme 's chief said it was over.", true}}},
		{"a comma after an abbreviation's stop continues the sentence", "Rep. Jane Roe , D-Mass . , chairman of the panel , said so .",
			[]sent{{"Rep. Jane Roe , D-Mass . , chairman of the panel , said so .", false}}},
		{"a title abbreviation before a name", "Talks ended , said Lt. Bob Quill of the harbour patrol .",
			[]sent{{"Talks ended , said Lt. Bob Quill of the harbour patrol .", false}}},
		{"a state's governor", "The ferry sailed ; Nevada Gov. Mark Ostrow watched it go.",
			[]sent{{"The ferry sailed ; Nevada Gov. Mark Ostrow watched it go.", false}}},
		{"two titles", "The pier was shut , said Rev. Capt. Mark Hale . The boats stayed in.",
			[]sent{{"The pier was shut , said Rev. Capt. Mark Hale .", false}, {"The boats stayed in.", false}}},
		{"middle initials", "The award went to Lena T. Mark Voss and Carl R. Bob Pike . Both thanked the jury .",
			[]sent{{"The award went to Lena T. Mark Voss and Carl R. Bob Pike .", false}, {"Both thanked the jury .", false}}},
		{"an initial after a comma", "The last witness , K. Mark Ortiz , spoke briefly .",
			[]sent{{"The last witness , K. Mark Ortiz , spoke briefly .", false}}},
		// errors: a letter and a stop that end a sentence
		{"a letter before a function word", "They had a Plan C. So they used it.", []sent{{"They had a Plan C.", false}, {"So they used it.", false}}},
		{"a letter before a pronoun", "We will test option B. We hope it works.", []sent{{"We will test option B.", false}, {"We hope it works.", false}}},
		// errors: ordinary sentences are not split
		{"adjective before a name", "The new US Secretary of State Marco Rubio has stated it.", []sent{{"The new US Secretary of State Marco Rubio has stated it.", false}}},
		{"object before a name", "He met the press secretary Karoline Leavitt said on Monday.", []sent{{"He met the press secretary Karoline Leavitt said on Monday.", false}}},
		{"quote inside a sentence", "He called it ‘good’ and ‘fair’ in his remarks.", []sent{{"He called it ‘good’ and ‘fair’ in his remarks.", false}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			seg := segmentText(tt.in, m)
			var got []sent
			for _, s := range seg.sents {
				got = append(got, sent{tt.in[s.Start:s.End], s.Heading})
			}
			assert.Equal(t, tt.want, got, "segmentText(%q)", tt.in)
		})
	}
}

func TestSegmentOffsets(t *testing.T) {
	m, err := loadModels()
	require.NoError(t, err)
	in := "“Trump’s call,” said Zelenskyy — it was “very serious.”\nUS President Donald Trump spoke to Putin."
	seg := segmentText(in, m)
	for _, tk := range seg.toks {
		require.Equal(t, tk.Text, in[tk.Start:tk.End])
		require.GreaterOrEqual(t, tk.Start, seg.sents[tk.Sent].Start)
		require.LessOrEqual(t, tk.End, seg.sents[tk.Sent].End)
	}
	for _, n := range seg.ners {
		require.Equal(t, n.Text, in[n.Start:n.End])
	}
	var norms []string
	for _, tk := range seg.toks[:4] {
		norms = append(norms, tk.Norm)
	}
	assert.Equal(t, []string{`"`, "Trump", "'s", "call"}, norms)
	// prose finds the last entity of a line without final punctuation.
	seg = segmentText("Talks with Vladimir Putin", m)
	require.NotEmpty(t, seg.ners)
	assert.Equal(t, "Vladimir Putin", seg.ners[len(seg.ners)-1].Text)
}

func TestSegmentCRLF(t *testing.T) {
	data, err := os.ReadFile("../testdata/crlf/article.txt")
	require.NoError(t, err)
	require.Contains(t, string(data), "\r\n", "the fixture must really contain CRLF")
	a, rerr := ReadText("crlf", "crlf.txt", data, ReadOptions{})
	require.Nil(t, rerr)
	assert.NotContains(t, a.Text, "\r")
	m, err := loadModels()
	require.NoError(t, err)
	seg := segmentText(a.Text, m)
	var got []string
	for _, s := range seg.sents {
		got = append(got, a.Text[s.Start:s.End])
	}
	assert.Equal(t, []string{"Talks resume", "The minister said on Friday that talks would resume.", "Trump and Putin friendship", "Donald Trump has praised Putin."}, got)
}

func TestNormalize(t *testing.T) {
	in := "a’b “c” d—e\u00a0f"
	got, offs := normalize(in)
	assert.Equal(t, `a'b "c" d-e f`, got)
	require.Len(t, offs, len(got)+1)
	for i := range len(got) {
		if got[i] == 'c' || got[i] == 'e' {
			assert.Equal(t, string(got[i]), in[offs[i]:offs[i]+1])
		}
	}
	assert.Equal(t, len(in), offs[len(got)])
}

func TestSplitLong(t *testing.T) {
	m, err := loadModels()
	require.NoError(t, err)
	long := strings.Repeat("word, ", 600) + "end"
	seg := segmentText(long, m)
	require.Greater(t, len(seg.sents), 2)
	prev := 0
	for _, s := range seg.sents {
		assert.LessOrEqual(t, s.End-s.Start, maxSentence)
		assert.GreaterOrEqual(t, s.Start, prev)
		prev = s.End
	}
	assert.Equal(t, len(long), seg.sents[len(seg.sents)-1].End)
	// Without any space or comma, the cut falls on a rune boundary.
	seg = segmentText(strings.Repeat("é", 800), m)
	for _, s := range seg.sents {
		assert.True(t, utf8.ValidString(strings.Repeat("é", 800)[s.Start:s.End]))
	}
}
