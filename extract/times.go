package extract

// findTimes finds the time expressions of text and resolves them against
// the publication date (YYYY-MM-DD, or "" when unknown).
//
// Placeholder until the temporal tagger (extract/timex) lands on main.
func findTimes(text, published string, sents []sentence) []timeRef {
	return nil
}

// inferPublished returns the latest explicit full date among times: the
// publication date of an article that gives none is taken to be no earlier
// than the latest day it mentions.
func inferPublished(times []timeRef) (string, bool) {
	best := ""
	for _, t := range times {
		if t.When.Basis == "explicit" && t.When.Granularity == "day" && t.When.Value > best {
			best = t.When.Value
		}
	}
	return best, best != ""
}
