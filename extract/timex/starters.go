package timex

// starters are the lower-case words an expression can start with; the rule
// table is tried only at those words, at numbers and at apostrophes
// ("'90s"). TestStartersFilter checks on every corpus text that the filter
// changes no result.
var starters = func() map[string]bool {
	m := set(
		// words the rules test at their first token
		"a", "an", "the", "as", "asap", "at", "up", "more", "less", "fewer", "nearly", "almost",
		"about", "around", "roughly", "approximately", "some", "over", "under", "just",
		"beginning", "bom", "boy", "close", "coming", "current", "currently", "earlier", "early",
		"end", "eod", "eom", "eoy", "following", "future", "half", "last", "late", "lately", "later",
		"latest", "mid", "midday", "middle", "midnight", "next", "noon", "now", "nowadays",
		"past", "preceding", "present", "presently", "previous", "prior", "quarter", "recent",
		"recently", "right", "same", "soon", "start", "subsequent", "that", "these", "this",
		"today", "tomorrow", "tonight", "tonite", "turn", "upcoming", "year", "yesterday", "fiscal", "fy",
		"every", "each", "day", "few", "several", "many", "couple", "other", "final",
		"morning", "afternoon", "evening", "night", "overnight", "season", "seasons", "oh", "o", "zero", "ou", "ides",
	)
	for _, keys := range []map[string]int{months, smallNums, ordinals, hourWords, decadeWords} {
		for k := range keys {
			m[k] = true
		}
	}
	for k := range weekdays {
		m[k] = true
	}
	for k := range seasons {
		m[k] = true
	}
	for k := range setWords {
		m[k] = true
	}
	for _, h := range holidays {
		m[h.words[0]] = true
	}
	for _, w := range []string{"second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins",
		"hour", "hours", "hr", "hrs", "days", "week", "weeks", "weekend", "weekends", "month", "months",
		"quarters", "qtr", "qtrs", "years", "yr", "yrs", "decade", "decades", "century", "centuries"} {
		m[w] = true
	}
	return m
}()

// filterStarts turns the starters filter off in tests.
var filterStarts = true

// canStart reports whether an expression may start at token i.
func (s *scan) canStart(i int) bool {
	if !filterStarts {
		return true
	}
	t := s.toks[i]
	switch t.kind {
	case tNum:
		return true
	case tPunct:
		return t.s == "'"
	}
	return starters[t.s]
}
