package extract

import "github.com/timelinehq/timeline/model"

// analysis is everything the per-document stages find in one article. Each
// stage adds its own field and leaves the others as they are; merge then
// combines the analyses of all documents.
type analysis struct {
	art  model.Article
	text string // art.Text
	sha  string // hex SHA-256 of text

	// segment stage
	sents []sentence
	toks  []token
	ners  []nerSpan

	// time stage
	times []timeRef

	// entity stage: the entities of this document, each with all its mentions
	ents []docEntity

	// claim stage
	claims []claimMention

	// event stage
	events []eventMention

	// problems met in this document that did not stop it
	diags model.DiagnosticList
}

// timeRef is one time expression of a document, normalised against its
// publication date.
type timeRef struct {
	Start, End int    // byte span in the document text
	Type       string // TIMEX3 type: DATE, TIME, DURATION, SET
	Value      string // TIMEX3 value: "2025-01-31", "P6M"
	When       model.When
	Anchor     *anchorRef // non-nil while anchored to an event not yet dated
}

// anchorRef is a time given relative to another event: "two days after his
// inauguration" is {Event: "inauguration", Days: 2}.
type anchorRef struct {
	Event string // head word of the anchoring event, lower case
	Days  int    // signed offset in days from the anchoring event
}

// span is a byte range [Start, End) of the document text.
type span struct{ Start, End int }

// docEntity is one entity of a document with every mention of it.
type docEntity struct {
	Name     string           // the fullest form seen in the document
	Kind     model.EntityKind // person, organization, place, other
	Aliases  []string         // every surface form seen, in order of first use
	Roles    []string         // titles seen with the name ("US President")
	Mentions []span           // every mention, in text order
}

// claimMention is one claim of a document.
type claimMention struct {
	Speaker    int // index into analysis.ents, or -1 when unknown
	Text       string
	Kind       model.ClaimKind
	Start, End int // byte span of Text
	Sent       int // index of the sentence the claim starts in
}

// eventMention is one event as one document reports it.
type eventMention struct {
	Type    model.EventType
	CAMEO   string
	Status  model.Status
	Summary string
	When    model.When
	Anchor  *anchorRef // non-nil when the time waits for another event's date

	Participants []int // indexes into analysis.ents
	Location     int   // index into analysis.ents, or -1
	Claims       []int // indexes into analysis.claims

	Start, End   int    // the passage that reports it (its sentence), byte span
	Trigger      string // the word that signals the event, lower case ("call", "said")
	TriggerStart int    // byte offset of the trigger

	// OneSided marks talks or a meeting named by a noun whose passage
	// names only one side ("his administration has had very serious
	// discussions about the war"). Alone it is not an event a reader
	// would list (with whom?); merging only adds it as a source to the
	// one event whose reports name both sides (see attachOneSided).
	OneSided bool
}
