package extract

// findTimes finds the time expressions of text and resolves them against
// the publication date (YYYY-MM-DD, or "" when unknown).
//
// Placeholder until the temporal tagger (extract/timex) lands on main.
func findTimes(text, published string, sents []sentence) []timeRef {
	return nil
}
