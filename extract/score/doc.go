// Package score measures timelines: events against a gold timeline written
// by reading the articles (ScoreEvents), and statement detection and speaker
// attribution against the MEANTIME corpus (ScoreMeantime).
package score
