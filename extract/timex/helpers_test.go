package timex

import "time"

func mustDate(s string) time.Time {
	t, err := time.Parse(iso, s)
	if err != nil {
		panic(err)
	}
	return t
}
