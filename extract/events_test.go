package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/timelinehq/timeline/model"
)

// analyseText runs the per-document stages on one text.
func analyseText(t testing.TB, text, published string) *analysis {
	t.Helper()
	m, err := loadModels()
	if err != nil {
		t.Fatal(err)
	}
	return analyse(model.Article{ID: "t", Text: text, Published: published, PublishedFrom: model.FromFlag}, m)
}

// eventSummary is "type status when participants" for one event.
func eventSummary(e eventMention, ents []docEntity) string {
	var ps []string
	for _, p := range e.Participants {
		ps = append(ps, ents[p].Name)
	}
	when := e.When.Value
	if when == "" {
		when = string(e.When.Basis)
		if e.When.End != nil {
			when += "<=" + *e.When.End
		}
		if e.When.Start != nil {
			when += ">=" + *e.When.Start
		}
	}
	s := fmt.Sprintf("%s %s %s %s", e.Type, e.Status, when, strings.Join(ps, "+"))
	if e.OneSided {
		s += " (one-sided)"
	}
	return s
}

func TestFindEvents(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"dated statement", "Fritz Henderson said on Monday that GM would close 14 plants.",
			[]string{"statement occurred 2009-06-01 Fritz Henderson"}},
		{"undated statement bounded by publication", "Alan Mulally told reporters that Ford would not need aid.",
			[]string{"statement occurred publication<=2009-06-03 Alan Mulally"}},
		{"statements of one speaker are one event", "Angela Merkel said on Monday that talks had failed. She added that Berlin would wait.",
			[]string{"statement occurred 2009-06-01 Angela Merkel"}},
		{"time of what was said does not date the statement", "BP says the relief well will be finished in August.",
			[]string{"statement occurred publication<=2009-06-03 BP"}},
		{"meeting with a past date", "In March 2008, Barack Obama met with Gordon Brown in London.",
			[]string{"meeting occurred 2008-03 Barack Obama+Gordon Brown"}},
		{"planned call", "Barack Obama will speak with Gordon Brown by telephone.",
			[]string{"call planned publication>=2009-06-03 Barack Obama+Gordon Brown"}},
		{"possible talks", "Airbus could hold talks with Boeing about the dispute.",
			[]string{"talks possible publication>=2009-06-03 Airbus+Boeing"}},
		{"negated meeting is not reported", "Barack Obama did not meet Gordon Brown.", nil},
		{"question is not reported", "Nobody knows whether Barack Obama met Gordon Brown.", nil},
		{"denied calls", "A book says Barack Obama had calls with Gordon Brown, although the White House denied this.",
			[]string{"call denied publication<=2009-06-03 Barack Obama+Gordon Brown", "statement occurred publication<=2009-06-03 White House"}},
		{"call on is an appeal", "Gordon Brown called on Barack Obama to act.",
			[]string{"statement occurred publication<=2009-06-03 Gordon Brown+Barack Obama"}},
		{"a reflexive and a phrase between the subject and the verb", "And Gordon Brown himself, in a rare show of anger, called on Barack Obama to act.",
			[]string{"statement occurred publication<=2009-06-03 Gordon Brown+Barack Obama"}},
		{"days after a US president's inauguration", "US President Lena Marsh spoke in Ohio. And Marsh herself, two days after her inauguration, called on Gordon Brown to act.",
			[]string{"statement occurred 2009-01-22 Lena Marsh+Gordon Brown"}},
		{"a governor's inauguration is not dated by the rule", "Governor Lena Marsh spoke in Ohio. And Marsh herself, two days after her inauguration, called on Gordon Brown to act.",
			[]string{"statement occurred anchored Lena Marsh+Gordon Brown"}},
		{"a reported question is no statement", "Gordon Brown said : `` Who will pay for the flood ? ''", nil},
		{"a question about a statement is none", "Why did Gordon Brown say nothing about the flood ?", nil},
		{"figures cited are no statement", "The flood cost $ 2 billion , according to figures from the Harbour Board .", nil},
		{"a source named with according to speaks", "The flood cost $ 2 billion , according to the Harbour Board .",
			[]string{"statement occurred publication<=2009-06-03 Harbour Board"}},
		{"unconfirmed", "A spokesman could neither confirm nor deny a call between Barack Obama and Gordon Brown.",
			[]string{"call unconfirmed publication<=2009-06-03 Barack Obama+Gordon Brown"}},
		{"news outlets are not speakers", "Reuters reported that the plant closed.", nil},
		{"called to a hearing is no telephone call", "Tony Hayward was called to a hearing with Henry Waxman.", nil},
		{"an outlet's reporter is not a speaker", "The BBC's Steve Kingstone says the accusations will embarrass the White House.", nil},
		{"a technique called X is no call", "Timothy Crone and Maya Tolstoy used a technique called optical plume velocimetry.", nil},
		{"a byline names a reporter", "By Alister Doyle\nNorway will apply the lessons, he said.", nil},
		{"a statement that should be made is none", "The news media said every day that Barack Obama should say this or that.", nil},
		{"a planned speech", "Barack Obama will address the nation in a televised speech from the Oval Office.",
			[]string{"statement planned publication>=2009-06-03 Barack Obama"}},
		{"the speaker is no participant", "Interior spokeswoman Kendra Barkoff said they met on Monday.",
			[]string{"statement occurred publication<=2009-06-03 Kendra Barkoff"}},
		{"as we speak", "`` As we talk , the oil spreads , '' Bobby Jindal said .",
			[]string{"statement occurred publication<=2009-06-03 Bobby Jindal"}},
		{"say as an aside", "Elsewhere, in, say, New York, action would have been taken.", nil},
		{"reader's comment", "At 4:43 pm on 28 May 2010 , Safetyman wrote : BP is doing all it can .", nil},
		{"an infinitive is an intention", "Eric Holder sent attorneys to meet with Jim Letten in New Orleans.",
			[]string{"meeting planned publication>=2009-06-03 Eric Holder+Jim Letten"}},
		{"meet an obligation", "Barack Obama said BP must meet the obligations of the fund.",
			[]string{"statement occurred publication<=2009-06-03 Barack Obama"}},
		{"talk about is no call", "Bobby Jindal talks about efforts to protect the coast with David Vitter nearby.", nil},
		{"a call on a day is a call", "Barack Obama and Gordon Brown had a call on Friday.",
			[]string{"call occurred 2009-05-29 Barack Obama+Gordon Brown"}},
		{"calls by politicians are appeals", "BP may give in to calls by Barack Obama and Gordon Brown to suspend its dividend.", nil},
		{"speak a language", "Britain and America may speak the same language.", nil},
		{"some sources are no named speaker", "BP may sell its stake in Prudhoe Bay, some sources said on Monday.", nil},
		{"one participant is a one-sided meeting, never an event alone", "Rick Wagoner attended a meeting.",
			[]string{"meeting occurred publication<=2009-06-03 Rick Wagoner (one-sided)"}},
		{"a verb with one participant is no meeting", "Rick Wagoner met on Monday.", nil},
		{"a noun called a name is a name", "Angela Merkel joined a campaign group called Save The Forest.", nil},
		{"a person called a name is a name", "Gordon Brown hired an engineer called Sam Jones.", nil},
		{"called someone's plan something is no call", "Gordon Brown called Angela Merkel's plan reckless.", nil},
		{"called someone an adjective is no call", "Gordon Brown called Angela Merkel reckless on Monday.", nil},
		{"called someone a quotation is no call", "Gordon Brown called Angela Merkel `` a friend '' .", nil},
		{"called someone on a day is a call", "Gordon Brown called Angela Merkel on Monday.",
			[]string{"call occurred 2009-06-01 Gordon Brown+Angela Merkel"}},
		{"meet someone's demands is no meeting", "Rick Wagoner said GM would meet Fiat 's demands.",
			[]string{"statement occurred publication<=2009-06-03 Rick Wagoner"}},
		{"meet someone's chairman is a meeting", "Rick Wagoner met Fiat 's chairman on Monday.",
			[]string{"meeting occurred 2009-06-01 Rick Wagoner+Fiat"}},
		{"we meet our thing is no meeting", "`` We are prepared to meet our responsibilities , '' Rick Wagoner said .",
			[]string{"statement occurred publication<=2009-06-03 Rick Wagoner"}},
		{"we meet a thing is no meeting", "`` We will meet those responsibilities , '' Rick Wagoner said .",
			[]string{"statement occurred publication<=2009-06-03 Rick Wagoner"}},
		{"a person talks to reporters is no talks", "Rick Wagoner talks to reporters after touring the plant.", nil},
		{"calls made to the speaker's family are no call of the speaker", "Gordon Brown praised Angela Merkel. `` Members of my family have had nasty phone calls , '' Sarah Brown said .",
			[]string{"statement occurred publication<=2009-06-03 Gordon Brown", "statement occurred publication<=2009-06-03 Sarah Brown"}},
		{"room for discussion is no talks with someone named before", "Gordon Brown praised Angela Merkel. `` I think there 's room for considerable discussion there , '' Sarah Brown said .",
			[]string{"statement occurred publication<=2009-06-03 Gordon Brown", "talks occurred publication<=2009-06-03 Sarah Brown (one-sided)", "statement occurred publication<=2009-06-03 Sarah Brown"}},
		{"a wake-up call is no call", "Gordon Brown said the spill was a wake-up call for Angela Merkel.",
			[]string{"statement occurred publication<=2009-06-03 Gordon Brown"}},
		{"a journalist's words are the report, wherever the title was", "BBC business editor Robert Peston wrote about BP on Monday. On Tuesday Peston said the deal was controversial.", nil},
		{"a year before a name and a noun dates the noun", "Jane Roe , a co-author of a 2005 US National Academies report on dispersants , told Nature that they work .",
			[]string{"statement occurred publication<=2009-06-03 Jane Roe"}},
		{"a time in a phrase of the verb after the subject dates it", "NOAA , in a report on Monday , said the slick may grow .",
			[]string{"statement occurred 2009-06-01 National Oceanic and Atmospheric Administration"}},
		{"the end of a period dates the figures, not the report", "BP announced a return to profit in the three months to March .",
			[]string{"statement occurred publication<=2009-06-03 BP"}},
		{"a call in a phrase of a verb with 'will' is planned", "Gordon Brown will discuss the issue with Barack Obama during their regular phone call on Saturday .",
			[]string{"call planned 2009-06-06 Gordon Brown+Barack Obama"}},
		{"a call in a phrase of an infinitive is planned", "Gordon Brown is expected to raise it in a phone call with Barack Obama on Saturday .",
			[]string{"call planned 2009-06-06 Gordon Brown+Barack Obama"}},
		{"a reader's message on a live page", "Read the tweets 2140 : Jane Roe from Leeds , UK , writes : I think Gordon Brown gave a good speech .", nil},
		{"a comments disclaimer starts the comments", "Gordon Brown said BP must pay. Views expressed in the comments do not represent those of the site. Jane Roe said BP is innocent.",
			[]string{"statement occurred publication<=2009-06-03 Gordon Brown"}},
		{"a comment's signature starts the comments", "Gordon Brown said BP must pay. Jane Roe said nothing , posted by : Moonbat | May 27 , 2009 9:56 PM | Report abuse .",
			[]string{"statement occurred publication<=2009-06-03 Gordon Brown"}},
		{"the topic of 'discuss' is no side", "Gordon Brown will discuss BP with Barack Obama on Saturday .",
			[]string{"talks planned 2009-06-06 Gordon Brown+Barack Obama"}},
		{"formerly called is a name", "Congress is pressing the agency formerly called the Minerals Management Service to act .", nil},
		{"talking about is a topic", "`` We 're talking about a five-year monitoring program , '' said Gordon Brown of Barack Obama 's plan .",
			[]string{"statement occurred publication<=2009-06-03 Gordon Brown"}},
		{"the prime minister is not the deputy prime minister", "Deputy Prime Minister Nick Clegg arrived . Clegg waved . Clegg smiled . Prime Minister Gordon Brown arrived . The prime minister has spoken to Tony Hayward .",
			[]string{"call occurred publication<=2009-06-03 Gordon Brown+Tony Hayward"}},
		{"someone's call without a telephone is an appeal", "Gordon Brown 's call inspired Barack Obama to act .", nil},
		{"someone's call with someone is a call", "Gordon Brown 's call with Barack Obama lasted an hour .",
			[]string{"call occurred publication<=2009-06-03 Gordon Brown+Barack Obama"}},
		{"the place one travels to is no side", "Gordon Brown will travel to the United States to meet Barack Obama .",
			[]string{"meeting planned publication>=2009-06-03 Gordon Brown+Barack Obama"}},
		{"a correspondent's interview is no call", "BBC correspondent Jane Roe spoke to Sam Jones , an oil analyst .", nil},
		{"a time before 'before' dates the other event", "Barack Obama will address the nation on Thursday before meeting Gordon Brown on Friday.",
			[]string{"meeting planned 2009-06-05 Barack Obama+Gordon Brown"}},
		{"a planned meeting's weekday lies ahead", "Barack Obama will meet Gordon Brown on Monday.",
			[]string{"meeting planned 2009-06-08 Barack Obama+Gordon Brown"}},
		{"the speaker after a meeting is no participant", "Barack Obama met Gordon Brown on Monday for what a White House spokesman said were frank talks.",
			[]string{"meeting occurred 2009-06-01 Barack Obama+Gordon Brown"}},
		{"phrases between the name and the verb", "Jane Roe, owner of Acme Rentals, which rents boats, said the spill was ruining her business.",
			[]string{"statement occurred publication<=2009-06-03 Jane Roe"}},
		{"the subject of what was said is no inverted speaker", "Gordon Brown arrived. The Brown government, confirming the kills, said BP was under orders.",
			[]string{"statement occurred publication<=2009-06-03 Gordon Brown"}},
		{"a verb of saying in a relative clause of what was said", "Doug Suttles said BP, which has promised to pay, would also pay for the damage.",
			[]string{"statement occurred publication<=2009-06-03 Doug Suttles"}},
		{"a dismissed possibility is not reported", "Gordon Brown dismissed the possibility of talks with Barack Obama.", nil},
		{"talks scheduled after the trigger are planned", "Talks between Barack Obama and Gordon Brown are scheduled.",
			[]string{"talks planned publication>=2009-06-03 Barack Obama+Gordon Brown"}},
		{"a passive verb of saying names no speaker", "BP is cagey, and it has yet to be suggested that sales fell.", nil},
		{"an infinitive of saying is no statement", "Officials relied on BP to tell them what was happening.", nil},
		{"a party adjective is no speaker", "Senators will vote on Wednesday, according to a Democratic aide.", nil},
		{"a participle after a comma takes the sentence's subject", "The documents criticize Jane Roe, an official, saying that she misread the data.", nil},
		{"financial statements are accounts", "Investors dislike the loss BP has put in its financial statements.", nil},
		{"plural statements without a determiner are generic", "The feud plays out in public statements by BP and Transocean.", nil},
		{"a possessive time dates its noun", "The delay of Monday's luncheon comes as BP announced it will pay.",
			[]string{"statement occurred publication<=2009-06-03 BP"}},
		{"an outlet's editor is no speaker", "BBC business editor Jane Roe said the drop had ended a run in BP shares.", nil},
		{"a blogger is no speaker", "The magazine's blogger, Jane Roe, said the news came before lunch.", nil},
		{"the unnamed member of a committee", "The ranking Republican on the House Energy and Commerce Committee said the fund had no legal basis.", nil},
		{"a gerund after a preposition is no speech act", "The agency's work on approving and denying claims could shape its name.", nil},
		{"the subject of 'made a statement' speaks", "Barack Obama arrived. Later, Gordon Brown made a statement in the garden.",
			[]string{"statement occurred publication<=2009-06-03 Gordon Brown"}},
		{"a speech named as a time reports none", "Ahead of the televised speech, oil executives told a hearing that BP had erred.", nil},
		{"a time in a possessive object dates no statement", "Gordon Brown spoke, noting Barack Obama's job in the 1970s as a lawyer.",
			[]string{"statement occurred publication<=2009-06-03 Gordon Brown"}},
		{"the object of the first verb is no speaker", "Analysts expect the cost to BP to be low, and so said the drop was a chance to buy.", nil},
		{"a byline glued to a credit", "Handout By Jane Roe, Environment Correspondent OSLO - Norway will learn, she said.", nil},
		{"a refusal with will is no planned statement", "The Justice Department will neither confirm nor deny that it is looking into charges.",
			[]string{"statement occurred publication<=2009-06-03 Justice Department"}},
		{"a courtesy title and a place before the apposition", "Dr John Smith from the University of Leeds, National Oceanography Centre, said the outlook was good.",
			[]string{"statement occurred publication<=2009-06-03 John Smith"}},
		{"a time in what was announced", "Gordon Brown's statement that he had canceled a visit on Tuesday came late.",
			[]string{"statement occurred publication<=2009-06-03 Gordon Brown"}},
		{"a quotation that opened on an earlier line", "`` We want to help .\nBP will pay the bill , '' said Barack Obama as he visited the area .",
			[]string{"statement occurred publication<=2009-06-03 Barack Obama"}},
		{"a time in what was said after its subject", "Gordon Brown said completion between 20 and 27 May was possible.",
			[]string{"statement occurred publication<=2009-06-03 Gordon Brown"}},
		{"a courtesy title in an apposition", "The UK ambassador to Washington, Sir Nigel Sheinwald, said the claims were wrong.",
			[]string{"statement occurred publication<=2009-06-03 Nigel Sheinwald"}},
		{"a verb of saying in a condition", "Restoration is more likely if BP officials agree on the extent of the harm.", nil},
		{"a participle used as an adjective", "No amount of money, not BP's recently pledged $20bn, can replace a culture.", nil},
		{"a heading in capitals glued to a name", "WEATHER HAMPERING FIGHT AGAINST SLICK Tony Hayward acknowledged on Monday that the company was responsible.",
			[]string{"statement occurred 2009-06-01 Tony Hayward"}},
		{"meetings arranged are planned", "Meetings between Barack Obama and Gordon Brown have been arranged.",
			[]string{"meeting planned publication>=2009-06-03 Barack Obama+Gordon Brown"}},
		{"a verb form read as a noun", "Congress will examine the White House claims at a hearing tomorrow.", nil},
		{"a year before a noun dates the noun", "Gordon Brown looked into the 2005 refinery fire and said BP had the same problems.",
			[]string{"statement occurred publication<=2009-06-03 Gordon Brown"}},
		{"readers' comments after a comment header", "BP said it would pay.\nAt 12:22 pm on 09 Jun 2010, Jedra wrote: I worked for BP.\nOne thing I will say is that Barack Obama said too little.",
			[]string{"statement occurred publication<=2009-06-03 BP"}},
		{"calls from politicians to act are appeals", "Tony Hayward to defy calls from Barack Obama to cancel dividend until the spill is resolved BP 's chief executive , Tony Hayward , hopes to appease investors .", nil},
		{"a relative clause of two people", "Barack Obama and Gordon Brown, the British prime minister, who spoke on Monday, agreed on a plan.",
			[]string{"talks occurred 2009-06-01 Barack Obama+Gordon Brown"}},
		{"a relative clause of a person and his company", "BP chief executive Tony Hayward, who has barely spoken since June, left.", nil},
		{"investors of a company do not speak for it", "Some BP investors have sued, claiming the company's mistakes cost them.", nil},
		{"officials speak for their organisation", "BP officials said the well was shut.",
			[]string{"statement occurred publication<=2009-06-03 BP"}},
		{"a live blog's writer is no news", "Jane Roe writes: the company has three methods.", nil},
		{"a columnist is no news", "The budget is fine, writes Paul Krugman.", nil},
		{"the writer of a letter is a speaker", "In the letter, Jane Roe writes that the company has refused to pay.",
			[]string{"statement occurred publication<=2009-06-03 Jane Roe"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := analyseText(t, tt.text, "2009-06-03")
			var got []string
			for _, e := range a.events {
				got = append(got, eventSummary(e, a.ents))
				if e.Start < 0 || e.End > len(tt.text) || e.Start > e.End {
					t.Errorf("event span [%d,%d) out of bounds", e.Start, e.End)
				}
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("findEvents(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
