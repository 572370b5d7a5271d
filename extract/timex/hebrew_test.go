package timex

import "testing"

// TestHebrewCalendar checks the computed calendar against dates of the
// published Jewish calendar (as observed in the diaspora).
func TestHebrewCalendar(t *testing.T) {
	for _, tc := range []struct {
		name string
		got  func(g int) string
		year int
		want string
	}{
		{"Rosh Hashanah 5774", func(g int) string { return hebrewIn(tishri, 1)(g).Format(iso) }, 2013, "2013-09-05"},
		{"Rosh Hashanah 5779", func(g int) string { return hebrewIn(tishri, 1)(g).Format(iso) }, 2018, "2018-09-10"},
		{"Yom Kippur 5784", func(g int) string { return hebrewIn(tishri, 10)(g).Format(iso) }, 2023, "2023-09-25"},
		{"Passover 5775", func(g int) string { return hebrewIn(nisan, 15)(g).Format(iso) }, 2015, "2015-04-04"},
		{"Passover 5784", func(g int) string { return hebrewIn(nisan, 15)(g).Format(iso) }, 2024, "2024-04-23"},
		{"Hanukkah 5784", func(g int) string { return hebrewIn(kislev, 25)(g).Format(iso) }, 2023, "2023-12-08"},
		{"Purim 5784 (leap year)", func(g int) string { return hebrewIn(adar, 14)(g).Format(iso) }, 2024, "2024-03-24"},
		{"Purim 5783", func(g int) string { return hebrewIn(adar, 14)(g).Format(iso) }, 2023, "2023-03-07"},
	} {
		if got := tc.got(tc.year); got != tc.want {
			t.Errorf("%s: %s, want %s", tc.name, got, tc.want)
		}
	}
}
