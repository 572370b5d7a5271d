// Package model holds the data types of a timeline: the articles that go in,
// and the documents, entities, events, claims and diagnostics that come out.
//
// The JSON field names are the output contract (version 1) described in the
// project's DESIGN.md: dashboards and the evaluation read them. Fields are only
// ever added, never renamed. Text locations are byte offsets [Start, End) into
// the article text after the date header has been removed and CRLF turned
// into LF.
package model

// SchemaVersion is the value of Timeline.Schema.
const SchemaVersion = "timeline/v1"

// Article is one input article, as read from a file, a JSON Lines record or
// standard input, before any extraction.
type Article struct {
	// ID names the article: the file name without its extension, or the
	// record's id ("000_1a30ab1041f65604").
	ID string
	// Source is where the article was read from: a path, "path:line" for a
	// JSON Lines record, "-" for standard input, "embedded:NAME" for the
	// built-in samples.
	Source string
	// Title is the record's title, if it had one.
	Title string
	// URL is the record's url, if it had one.
	URL string
	// Text is the article text, header removed, CRLF normalised to LF.
	Text string
	// Published is the publication date as YYYY-MM-DD, or "" when unknown.
	Published string
	// PublishedFrom says where Published came from.
	PublishedFrom PublishedFrom
	// Diagnostics are problems met while reading the article that did not
	// stop it from being read (a malformed date header, say).
	Diagnostics DiagnosticList
}

// PublishedFrom says where a document's publication date came from.
type PublishedFrom string

const (
	FromHeader   PublishedFrom = "header"   // the " date YYYY-MM-DD" header at the start of the text
	FromRecord   PublishedFrom = "record"   // the JSON Lines record's "published" field
	FromPath     PublishedFrom = "path"     // a YYYY-MM-DD folder or file-name part of the path
	FromFlag     PublishedFrom = "flag"     // the --published flag
	FromInferred PublishedFrom = "inferred" // the latest explicit full date the text mentions
	FromUnknown  PublishedFrom = "unknown"  // none of the above: relative dates stay unresolved
)

// Timeline is the whole output of a build.
type Timeline struct {
	// Schema is always SchemaVersion.
	Schema string `json:"schema"`
	// Documents lists every article that was read, sorted by ID.
	Documents []Document `json:"documents"`
	// Entities lists the people, organisations and places, sorted by ID.
	Entities []Entity `json:"entities"`
	// Events lists the events in time order (start date, granularity, then ID).
	Events []Event `json:"events"`
	// Diagnostics lists every problem met, sorted by document and position.
	Diagnostics DiagnosticList `json:"diagnostics"`
}

// Document describes one article that went into the timeline.
type Document struct {
	// ID is the article ID, unique within the timeline.
	ID string `json:"id"`
	// Source is where the article was read from.
	Source string `json:"source"`
	// Title is the article's title, when the input gave one.
	Title string `json:"title,omitempty"`
	// URL is the article's address, when the input gave one.
	URL string `json:"url,omitempty"`
	// Published is the publication date (YYYY-MM-DD), or null when unknown.
	Published *string `json:"published"`
	// PublishedFrom says where Published came from.
	PublishedFrom PublishedFrom `json:"published_from"`
	// SHA256 is the hex SHA-256 of the document text (after the header was
	// removed), so a dashboard can tell whether an article changed.
	SHA256 string `json:"sha256"`
	// Bytes is the length of the text in bytes.
	Bytes int `json:"bytes"`
	// Diagnostics are the problems that concern this document alone.
	Diagnostics DiagnosticList `json:"diagnostics"`
}

// EntityKind is the kind of an entity.
type EntityKind string

const (
	Person       EntityKind = "person"       // a named human being: "Donald Trump"
	Organization EntityKind = "organization" // a company, agency, outlet, government body: "Reuters", "Kremlin"
	Place        EntityKind = "place"        // a country, city, region or venue: "Ukraine", "Oval Office"
	OtherEntity  EntityKind = "other"        // anything named that is none of the above
)

// Entity is a person, organisation or place, merged across documents.
type Entity struct {
	// ID is stable: derived from the kind and the canonical name ("person:donald-trump").
	ID string `json:"id"`
	// Name is the fullest form seen ("Donald Trump").
	Name string `json:"name"`
	// Kind is person, organization, place or other.
	Kind EntityKind `json:"kind"`
	// Aliases lists every surface form seen, sorted ("Trump", "Zelenskyy").
	Aliases []string `json:"aliases"`
	// Roles lists the titles seen with the name, sorted ("US President").
	Roles []string `json:"roles"`
	// Mentions counts the mentions across all documents.
	Mentions int `json:"mentions"`
	// Spans points at the mentions in the documents.
	Spans []Span `json:"spans"`
}

// Span is a byte range [Start, End) of one document's text.
type Span struct {
	// Document is the ID of the document.
	Document string `json:"document"`
	// Start is the byte offset of the first byte.
	Start int `json:"start"`
	// End is the byte offset just past the last byte.
	End int `json:"end"`
	// Text is the document text in [Start, End).
	Text string `json:"text"`
}

// EventType is the kind of an event.
type EventType string

const (
	Statement EventType = "statement" // remarks, interviews, press conferences, posts (CAMEO 010)
	Call      EventType = "call"      // a telephone or video call (CAMEO 041)
	Meeting   EventType = "meeting"   // a face-to-face meeting or summit (CAMEO 043/044, 036 when intended)
	Talks     EventType = "talks"     // negotiations, discussions (CAMEO 046)
	Visit     EventType = "visit"     // a visit to a place or person (CAMEO 042/043)
	OtherType EventType = "other"     // any other event, with its CAMEO code
)

// Status says how sure the sources are that an event happened.
type Status string

const (
	Occurred    Status = "occurred"    // reported as having happened
	Planned     Status = "planned"     // announced, scheduled, intended
	Possible    Status = "possible"    // could, may, might happen
	Denied      Status = "denied"      // reported and denied
	Disputed    Status = "disputed"    // sources disagree about whether it happened
	Unconfirmed Status = "unconfirmed" // neither confirmed nor denied
)

// Event is one real-world event, merged across the articles that report it.
type Event struct {
	// ID is stable across runs (see extract's ID scheme): "ev-2025-01-31-statement-donald-trump".
	ID string `json:"id"`
	// Type is the kind of event.
	Type EventType `json:"type"`
	// CAMEO is the closest CAMEO code ("010", "041", "046").
	CAMEO string `json:"cameo"`
	// Status is what the sources say about whether it happened.
	Status Status `json:"status"`
	// Summary is one line made from the article's words.
	Summary string `json:"summary"`
	// When is the time of the event.
	When When `json:"when"`
	// Participants are entity IDs, sorted.
	Participants []string `json:"participants"`
	// Location is an entity ID, or null.
	Location *string `json:"location"`
	// Claims are what was said in or about the event.
	Claims []Claim `json:"claims"`
	// Sources are the passages that report the event, one or more per document.
	Sources []Source `json:"sources"`
}

// Granularity is the precision of a date.
type Granularity string

const (
	Day            Granularity = "day"     // 2025-01-31
	Week           Granularity = "week"    // 2025-W04
	Month          Granularity = "month"   // 2024-09
	Quarter        Granularity = "quarter" // 2025-Q1
	Year           Granularity = "year"    // 2022
	Range          Granularity = "range"   // 2025-02-14/2025-02-16
	UnknownGranule Granularity = "unknown" // no date
)

// Basis says how a date was obtained.
type Basis string

const (
	Explicit     Basis = "explicit"    // the text gives the date in full ("March 31, 2024")
	Relative     Basis = "relative"    // resolved against the publication date ("on Friday", "last week")
	Anchored     Basis = "anchored"    // relative to another dated event ("two days after his inauguration")
	Publication  Basis = "publication" // no time words: the publication date bounds it
	UnknownBasis Basis = "unknown"     // no date could be given
)

// When is the time of an event.
type When struct {
	// Value is ISO 8601 at its granularity: "2025-01-31", "2025-W04",
	// "2024-09", "2022", "2025-02-14/2025-02-16"; "" when unknown.
	Value string `json:"value"`
	// Start is the first day the event can have been on (YYYY-MM-DD), or null.
	Start *string `json:"start"`
	// End is the last day the event can have been on (YYYY-MM-DD), or null.
	End *string `json:"end"`
	// Granularity is the precision of Value.
	Granularity Granularity `json:"granularity"`
	// Text is the time words the date came from ("on Friday"), or "".
	Text string `json:"text"`
	// Basis says how the date was obtained.
	Basis Basis `json:"basis"`
}

// ClaimKind says whether a claim quotes its speaker or paraphrases them.
type ClaimKind string

const (
	Quote      ClaimKind = "quote"      // direct speech in quotation marks
	Paraphrase ClaimKind = "paraphrase" // reported speech: "Trump said that ..."
)

// Claim is something someone said, with where it was reported.
type Claim struct {
	// Speaker is the entity ID of who said it, or null when unknown.
	Speaker *string `json:"speaker"`
	// Text is what was said (the quotation without its marks, or the reported clause).
	Text string `json:"text"`
	// Kind is quote or paraphrase.
	Kind ClaimKind `json:"kind"`
	// Document is the ID of the document that reports the claim.
	Document string `json:"document"`
	// Start is the byte offset of the claim text in the document.
	Start int `json:"start"`
	// End is the byte offset just past the claim text.
	End int `json:"end"`
}

// Source is a passage of one document that reports an event.
type Source struct {
	// Document is the ID of the document.
	Document string `json:"document"`
	// Start is the byte offset of the passage (usually its sentence).
	Start int `json:"start"`
	// End is the byte offset just past the passage.
	End int `json:"end"`
	// Text is the passage.
	Text string `json:"text"`
	// Status is what this passage says about whether the event happened.
	Status Status `json:"status"`
}

// Severity is how bad a diagnostic is.
type Severity string

const (
	Error   Severity = "error"   // an input was rejected: nothing of it is in the timeline
	Warning Severity = "warning" // an input was read, but part of it could not be used or was guessed
	Info    Severity = "info"    // something worth knowing, no loss
)

// Diagnostic is a problem met in one input, with where it is.
type Diagnostic struct {
	// Document is the document ID, or the path of an input that could not
	// become a document.
	Document string `json:"document"`
	// Line is the 1-based line of the input, for JSON Lines records; 0 when not relevant.
	Line int `json:"line,omitempty"`
	// Start is the byte offset in the document text (0 for whole-file problems).
	Start int `json:"start"`
	// End is the byte offset just past the problem (0 for whole-file problems).
	End int `json:"end"`
	// Severity is error, warning or info.
	Severity Severity `json:"severity"`
	// Message says what is wrong, lower case, offending text quoted.
	Message string `json:"message"`
}
