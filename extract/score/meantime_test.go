package score

import (
	"github.com/timelinehq/timeline/extract/internal/corpora"

	"strings"
	"testing"
)

func TestParseCAT(t *testing.T) {
	const doc = `<?xml version="1.0" ?><Document doc_id="1" doc_name="x" lang="en">
<token number="0" sentence="0" t_id="1">Ford</token>
<token number="1" sentence="0" t_id="2">said</token>
<token number="2" sentence="0" t_id="3">sales</token>
<token number="3" sentence="0" t_id="4">fell</token>
<token number="4" sentence="0" t_id="5">.</token>
<Markables>
<ENTITY_MENTION m_id="10" syntactic_type="NAM"><token_anchor t_id="1"/></ENTITY_MENTION>
<EVENT_MENTION m_id="11" pos="VERB" pred=""><token_anchor t_id="2"/></EVENT_MENTION>
<EVENT_MENTION m_id="12" pos="VERB" pred=""><token_anchor t_id="4"/></EVENT_MENTION>
<EVENT class="SPEECH_COGNITIVE" m_id="20" TAG_DESCRIPTOR="say"/>
<EVENT class="OTHER" m_id="21" TAG_DESCRIPTOR="fall"/>
<ENTITY ent_type="ORG" m_id="22" TAG_DESCRIPTOR="Ford Motor Company"/>
</Markables>
<Relations>
<REFERS_TO r_id="1"><source m_id="11"/><target m_id="20"/></REFERS_TO>
<REFERS_TO r_id="2"><source m_id="12"/><target m_id="21"/></REFERS_TO>
<REFERS_TO r_id="3"><source m_id="10"/><target m_id="22"/></REFERS_TO>
<HAS_PARTICIPANT r_id="4" sem_role="Arg0"><source m_id="11"/><target m_id="10"/></HAS_PARTICIPANT>
</Relations></Document>`
	d, err := parseCAT(strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	if d.Text != "Ford said sales fell." {
		t.Errorf("parseCAT text = %q, want %q", d.Text, "Ford said sales fell.")
	}
	if len(d.Speech) != 1 || !d.Speech[0].Saying || d.Text[d.Speech[0].Start:d.Speech[0].End] != "said" {
		t.Fatalf("parseCAT speech = %+v, want one saying mention on \"said\"", d.Speech)
	}
	if g := d.Speech[0]; g.A0Name != "Ford Motor Company" || len(g.A0) != 1 || d.Text[g.A0[0][0]:g.A0[0][1]] != "Ford" {
		t.Errorf("parseCAT Arg0 = %q %v, want Ford Motor Company at \"Ford\"", g.A0Name, g.A0)
	}
}

// Recorded MEANTIME figures (see TestMeantime).
const (
	recordedMTRecall    = 0.93
	recordedMTPrecision = 0.94
	recordedMTSpeaker   = 0.82
)

// TestMeantime scores statement detection and speaker attribution on the
// 120 MEANTIME articles and fails below the recorded figures.
func TestMeantime(t *testing.T) {
	if testing.Short() {
		t.Skip("MEANTIME run skipped under -short")
	}
	dir := corpora.Dir("meantime")
	if dir == "" {
		t.Skip("MEANTIME corpus not found in ../shared/corpora/meantime: skipped")
	}
	docs, err := ReadMeantime(dir)
	if err != nil {
		t.Fatal(err)
	}
	r, err := ScoreMeantime(docs)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("MEANTIME %d docs: gold statements %d, predicted %d; recall %.4f (%d), precision %.4f (%d), F1 %.4f; speaker accuracy %.4f (%d of %d)",
		r.Documents, r.Gold, r.Predicted, r.Recall, r.Found, r.Precision, r.Correct, r.F1, r.SpeakerAccuracy, r.SpeakerRight, r.WithA0)
	if r.Recall < recordedMTRecall || r.Precision < recordedMTPrecision || r.SpeakerAccuracy < recordedMTSpeaker {
		t.Errorf("MEANTIME below the recorded figures (recall %.2f, precision %.2f, speaker %.2f)", recordedMTRecall, recordedMTPrecision, recordedMTSpeaker)
	}
}
