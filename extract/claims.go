package extract

// findClaims finds who said what in one document: direct quotes and
// reported speech, each with its speaker.
//
// Placeholder: the claim stage is being written on its own branch.
func findClaims(text string, seg segmented, ents []docEntity) []claimMention { return nil }
