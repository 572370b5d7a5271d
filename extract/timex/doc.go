// Package timex finds time expressions in English text and normalises them
// in TimeML TIMEX3 terms (type DATE, TIME, DURATION or SET and an ISO 8601
// value), resolving relative expressions against a document creation date
// the way a reader would: the tense of the nearby verb picks the previous or
// the next Friday, explicit years win, granularity is kept (a week stays a
// week), ranges stay ranges and expressions anchored to an event stay
// unresolved until that event is dated (see ResolveAnchor).
//
// # Recognition
//
// The recogniser is a table of token patterns (rules.go, calendar.go,
// clock.go, holiday.go), each with a comment saying what it scans. lex
// splits the text into words, numbers and punctuation with byte offsets;
// at every token that can start an expression (starters.go) every rule is
// tried and the longest match wins, ties going to the earlier rule. Two
// post-passes then give clock times the day written before them ("Friday
// at 2 p.m.") and join ranges ("between 2019 and 2021", "in either
// February or March"), which keep one TIMEX3 per date, as TimeML does, and
// share a Range. Extents follow the TimeML guidelines as TimeBank applies
// them: determiners and pre-modifiers are in ("the last week", "early
// 2022"), prepositions are out ("on Friday" is "Friday"), and so are
// "about", "almost" and "over" (kept as Mod APPROX, MORE_THAN).
//
// # Resolution
//
// Tense is a light heuristic, not a parser: the nearest cue within the
// clause (12 tokens either side, stopping at sentence ends) decides. Past
// cues are irregular past forms ("said", "met", "was", "had") and "-ed"
// words; future cues are "will", "'ll", "would" (not "would have"),
// "scheduled", "expected", "plans", "next", "as soon as". Bare weekdays go
// back (news reports what happened) unless the clause is future; months and
// month-days take the nearest occurrence, the tense being a preference of
// a few months or days. "a year earlier" in a text that reports a quarter
// is that quarter a year before; "that year" and "the following day"
// follow the last date seen. Month arithmetic moves from the first of the
// month, so it crosses years and never overflows.
//
// Holidays are computed where a rule gives them: Easter by the Gregorian
// computus and Orthodox Easter by the Julian one, each with the feasts
// fixed from it; Jewish holidays by the arithmetic Hebrew calendar
// (hebrew.go, Dershowitz and Reingold); the Parsi New Year by its 365-day
// year. Holidays of calendars set by the observed or astronomical moon
// (the Chinese New Year, Islamic and Hindu holidays, Vesak) come from the
// tables of holidays.txt, copied from Duckling with its source noted, and
// the days fixed from them (Diwali two days after Dhanteras, Ashura nine
// days after the Islamic New Year); outside a table's years they are not
// dated. Ugadi and Valmiki Jayanti are computed (moon.go): Meeus's lunar
// phases, the sun's sidereal sign for the lunar month, sunrise in India
// for the day; the lunar phases also check the Chinese New Year table.
//
// Tagger.PreferFuture switches to a scheduling assistant's reading
// (Duckling's conventions), used to score the Duckling corpus; the rules
// that only it applies are in assistant.go or guarded by it: offsets one
// grain finer than their unit ("in 7 days" at the hour), "next Saturday"
// as next week's, open intervals ("since 2014" with mod AFTER), "by 2pm"
// from now, a weekend from Friday 18:00, Jewish holidays from their eve,
// Hanukkah as its eight evenings, a time told how long as a span ("4pm
// for 30 mins"), the hours of "late tonight", "tomorrow lunch" and
// "Monday early morning", and clock times converted into the zone of an
// RFC 3339 creation time.
//
// # TimeML and scoring
//
// ReadTimeML, WriteTimeML and WritePlainTimeML read and write the
// TempEval-3 interchange format; Score computes the TempEval-3 Task A
// figures (strict and relaxed extent P/R/F1, type and value F1).
//
// olebedev/when is used only for the simple clock forms it reads right
// (when.go); its weekday, month-day and "may" readings are the faults the
// rules here replace.
package timex
