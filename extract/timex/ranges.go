package timex

import "strings"

// joinRanges marks two dates joined by a range word as one range:
// "between 2019 and 2021", "from May to July", "2009-2010", "in either
// February or March". Both keep their own TIMEX3 value (TimeML tags them
// separately) and get the shared Range, From, To and Granularity "range".
func (s *scan) joinRanges(ms []match) []match {
	for k := 0; k+1 < len(ms); k++ {
		a, b := &ms[k], &ms[k+1]
		if a.r.typ != "DATE" || b.r.typ != "DATE" || a.r.gran != b.r.gran || a.r.gran == "unknown" || a.r.gran == "range" || a.r.gran == "" {
			continue
		}
		gap := b.i - a.j
		if gap != 1 {
			continue
		}
		w := s.w(a.j)
		ok := false
		switch w {
		case "-", "to", "through", "until", "till", "thru":
			ok = true
		case "and":
			ok = s.is(a.i-1, "between")
		case "or":
			ok = true
		}
		if !ok || a.r.from >= b.r.from || a.r.from == "" {
			continue
		}
		rng := a.r.value + "/" + b.r.value
		if strings.Contains(a.r.value, "X") || strings.Contains(b.r.value, "X") {
			continue
		}
		for _, m := range []*match{a, b} {
			m.r.rng = rng
			m.r.gran = "range"
		}
		from, to := a.r.from, b.r.to
		a.r.from, a.r.to, b.r.from, b.r.to = from, to, from, to
		k++
	}
	return ms
}
