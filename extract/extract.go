package extract

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"runtime"
	"slices"
	"sync"

	"github.com/timelinehq/timeline/model"
)

// Config controls a build. Its zero value is the default, and one Config may
// be used by several builds at once.
type Config struct {
	// Workers is how many documents are analysed at once; 0 means one per
	// CPU. The output does not depend on it.
	Workers int
	// Progress, when set, is called after each document is analysed with the
	// number done so far and the total. Calls are not concurrent.
	Progress func(done, total int)
	// Rejected lists the inputs that could not be read (see ReadPaths); they
	// are carried into the timeline's diagnostics.
	Rejected model.DiagnosticList
}

// Build turns articles into a timeline. The articles may come in any order:
// the result is the same bytes whatever the order and the number of workers.
// It returns an error only when the language models cannot be loaded.
func Build(arts []model.Article, cfg Config) (*model.Timeline, error) {
	m, err := loadModels()
	if err != nil {
		return nil, fmt.Errorf("loading language models: %w", err)
	}
	arts = orderArticles(arts)
	docs := analyseAll(arts, cfg, m)
	tl := &model.Timeline{Schema: model.SchemaVersion}
	for _, a := range docs {
		tl.Documents = append(tl.Documents, describe(a))
		tl.Diagnostics = append(tl.Diagnostics, a.art.Diagnostics...)
		tl.Diagnostics = append(tl.Diagnostics, a.diags...)
	}
	tl.Diagnostics = append(tl.Diagnostics, cfg.Rejected...)
	merged := merge(docs)
	tl.Entities, tl.Events = merged.entities, merged.events
	tl.Diagnostics = append(tl.Diagnostics, merged.diags...)
	tl.Diagnostics.Sort()
	if tl.Diagnostics == nil {
		tl.Diagnostics = model.DiagnosticList{}
	}
	if tl.Documents == nil {
		tl.Documents = []model.Document{}
	}
	return tl, nil
}

// analyse runs the per-document stages on one article, in order. It is a
// pure function of the article.
func analyse(art model.Article, m *proseModels) *analysis {
	sum := sha256.Sum256([]byte(art.Text))
	a := &analysis{art: art, text: art.Text, sha: hex.EncodeToString(sum[:])}
	seg := segmentText(a.text, m)
	a.sents, a.toks, a.ners = seg.sents, seg.toks, seg.ners
	a.times = findTimes(a.text, a.art.Published, a.sents)
	if a.art.Published == "" {
		if d, ok := inferPublished(a.text, a.times); ok {
			a.art.Published, a.art.PublishedFrom = d, model.FromInferred
			a.times = findTimes(a.text, d, a.sents)
		}
	}
	a.ents = findEntities(a.text, seg)
	a.claims = findClaims(a.text, seg, a.ents)
	a.events, a.diags = findEvents(a)
	return a
}

// analyseAll analyses every article with a pool of workers. The result is in
// the order of arts, whatever the number of workers.
func analyseAll(arts []model.Article, cfg Config, m *proseModels) []*analysis {
	out := make([]*analysis, len(arts))
	workers := cfg.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = min(workers, max(len(arts), 1))
	next := make(chan int)
	done := make(chan struct{})
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				out[i] = analyse(arts[i], m)
				done <- struct{}{}
			}
		}()
	}
	go func() {
		for i := range arts {
			next <- i
		}
		close(next)
		wg.Wait()
		close(done)
	}()
	n := 0
	for range done {
		n++
		if cfg.Progress != nil {
			cfg.Progress(n, len(arts))
		}
	}
	return out
}

// orderArticles returns the articles sorted by ID, then source, then text,
// with IDs made unique: of the articles that share an ID ("report" from
// two folders), the first in that order keeps it and each other gets "-"
// and six hex digits of the SHA-256 of its source and text
// ("report-3fa2c1"); "-2", "-3" follow only if even that is taken. A
// suffix made from the article itself, not a number in order, keeps the
// IDs of the others when a same-named article is added: only the holder
// of the bare ID can change. The caller's slice is not changed.
func orderArticles(arts []model.Article) []model.Article {
	arts = slices.Clone(arts)
	slices.SortStableFunc(arts, func(a, b model.Article) int {
		return cmp.Or(cmp.Compare(a.ID, b.ID), cmp.Compare(a.Source, b.Source), cmp.Compare(a.Text, b.Text))
	})
	seen := make(map[string]bool, len(arts))
	for i := range arts {
		id := arts[i].ID
		if seen[id] {
			sum := sha256.Sum256([]byte(arts[i].Source + "\x00" + arts[i].Text))
			id += "-" + hex.EncodeToString(sum[:3])
		}
		base := id
		for n := 2; seen[id]; n++ {
			id = fmt.Sprintf("%s-%d", base, n)
		}
		seen[id] = true
		arts[i].ID = id
	}
	return arts
}

// describe makes the document entry of an analysed article.
func describe(a *analysis) model.Document {
	d := model.Document{
		ID:            a.art.ID,
		Source:        a.art.Source,
		Title:         a.art.Title,
		URL:           a.art.URL,
		PublishedFrom: a.art.PublishedFrom,
		SHA256:        a.sha,
		Bytes:         len(a.text),
		Diagnostics:   append(slices.Clone(a.art.Diagnostics), a.diags...),
	}
	if d.PublishedFrom == "" {
		d.PublishedFrom = model.FromUnknown
	}
	if a.art.Published != "" {
		p := a.art.Published
		d.Published = &p
	}
	d.Diagnostics.Sort()
	if d.Diagnostics == nil {
		d.Diagnostics = model.DiagnosticList{}
	}
	return d
}
