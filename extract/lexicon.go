package extract

import (
	"bufio"
	"embed"
	"strings"
	"sync"

	"github.com/timelinehq/timeline/model"
)

// The word lists of the entity, claim and event stages. Each file says where
// its entries come from; see extract/data.
//
//go:embed data/*.txt data/*.tsv
var dataFS embed.FS

// known is an entry of organizations.tsv.
type known struct {
	Name  string
	Kind  model.EntityKind
	Class string // media, government, company, country, region, venue
}

// lexicon holds the word lists, loaded once.
type lexicon struct {
	known         map[string]known            // lower-case alias or name -> entry
	nationalities map[string]bool             // lower case
	roles         map[string]bool             // lower case, possibly several words
	roleWords     int                         // the most words in a role
	modifiers     map[string]bool             // lower case
	orgSuffixes   map[string]bool             // lower case last words of organisation names
	orgNouns      map[string]bool             // lower case nouns that stand for an organisation after "the"
	mediaSuffixes map[string]bool             // lower case last words of newspaper and broadcaster names
	honorifics    map[string]bool             // lower case courtesy titles ("mr")
	particles     map[string]bool             // name particles, as written ("de" in "Rio de Janeiro")
	lastHeads     map[string]model.EntityKind // lower case last words of place and thing names ("garden", "act")
	firstHeads    map[string]model.EntityKind // lower case first words of thing names ("hurricane")
	abbrevTitles  map[string]bool             // lower case abbreviated titles with their stop ("gov.")
	nameSuffixes  map[string]bool             // generational suffixes as normName writes them ("jr")
	givenNames    map[string]byte             // lower-case first name -> 'f', 'm' or 0 (either)
	dataNouns     map[string]bool             // nouns for published figures ("figures", "data")
	usStates      map[string]bool             // lower-case names of the US states
	triggers      map[string]trigger
	speech        map[string]speechVerb
	cues          map[string][]cue // first word, lower case -> cues starting with it
}

// lex returns the word lists. The files are part of the binary, so a
// malformed line is a programmer error and panics in the tests.
var lex = sync.OnceValue(func() *lexicon {
	l := &lexicon{
		known:         map[string]known{},
		nationalities: map[string]bool{},
		roles:         map[string]bool{},
		modifiers:     map[string]bool{},
		orgSuffixes:   map[string]bool{},
		orgNouns:      map[string]bool{},
		mediaSuffixes: map[string]bool{},
		honorifics:    map[string]bool{},
		particles:     map[string]bool{},
		lastHeads:     map[string]model.EntityKind{},
		firstHeads:    map[string]model.EntityKind{},
		abbrevTitles:  map[string]bool{},
		nameSuffixes:  map[string]bool{},
		givenNames:    map[string]byte{},
		dataNouns:     map[string]bool{},
		usStates:      map[string]bool{},
		triggers:      map[string]trigger{},
		speech:        map[string]speechVerb{},
		cues:          map[string][]cue{},
	}
	for _, f := range dataLines("data/organizations.tsv") {
		k := known{Name: f[0], Kind: model.EntityKind(f[1]), Class: f[3]}
		l.known[strings.ToLower(f[0])] = k
		if len(f) > 2 && f[2] != "" {
			for _, a := range strings.Split(f[2], "|") {
				l.known[strings.ToLower(a)] = k
			}
		}
	}
	for _, f := range dataLines("data/nationalities.txt") {
		l.nationalities[strings.ToLower(f[0])] = true
	}
	for _, f := range dataLines("data/roles.txt") {
		r := strings.ToLower(f[0])
		l.roles[r] = true
		l.roleWords = max(l.roleWords, len(strings.Fields(r)))
	}
	for _, f := range dataLines("data/title_modifiers.txt") {
		l.modifiers[strings.ToLower(f[0])] = true
	}
	for _, f := range dataLines("data/org_suffixes.txt") {
		l.orgSuffixes[f[0]] = true
	}
	for _, f := range dataLines("data/org_nouns.txt") {
		l.orgNouns[f[0]] = true
	}
	for _, f := range dataLines("data/name_particles.txt") {
		l.particles[f[0]] = true
	}
	for _, f := range dataLines("data/honorifics.txt") {
		l.honorifics[f[0]] = true
	}
	for _, f := range dataLines("data/name_heads.tsv") {
		if f[1] == "first" {
			l.firstHeads[f[0]] = model.EntityKind(f[2])
		} else {
			l.lastHeads[f[0]] = model.EntityKind(f[2])
		}
	}
	for _, f := range dataLines("data/title_abbreviations.txt") {
		l.abbrevTitles[f[0]] = true
	}
	for _, f := range dataLines("data/name_suffixes.txt") {
		l.nameSuffixes[f[0]] = true
	}
	for _, f := range dataLines("data/given_names.txt") {
		n, g := strings.ToLower(f[0]), byte(0)
		switch f[1] {
		case "female":
			g = 'f'
		case "male":
			g = 'm'
		}
		if old, ok := l.givenNames[n]; ok && old != g {
			g = 0 // listed under both genders ("Kim", "kim")
		}
		l.givenNames[n] = g
	}
	for _, f := range dataLines("data/data_nouns.txt") {
		l.dataNouns[f[0]] = true
	}
	for _, f := range dataLines("data/us_states.txt") {
		l.usStates[strings.ToLower(f[0])] = true
	}
	for _, f := range dataLines("data/media_suffixes.txt") {
		l.mediaSuffixes[f[0]] = true
	}
	loadTriggers(l)
	return l
})

// dataLines returns the tab-separated fields of the non-comment lines of an
// embedded data file.
func dataLines(name string) [][]string {
	b, err := dataFS.ReadFile(name)
	if err != nil {
		panic(err)
	}
	var out [][]string
	sc := bufio.NewScanner(strings.NewReader(string(b)))
	for sc.Scan() {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, strings.Split(line, "\t"))
	}
	return out
}
