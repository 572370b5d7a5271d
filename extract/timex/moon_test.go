package timex

import (
	"testing"
	"time"
)

func TestLunarPhase(t *testing.T) {
	// Meeus, Astronomical Algorithms, example 49.a: the new moon of
	// February 1977 (k = -283) at JDE 2443192.65118, 1977-02-18 03:37:42 TD
	if got, want := lunarPhase(-283), time.Date(1977, 2, 18, 3, 37, 42, 0, time.UTC); got.Sub(want).Abs() > time.Minute {
		t.Errorf("lunarPhase(-283) = %s, want %s", got, want)
	}
	// every Chinese New Year of holidays.txt is the day of a new moon in
	// Beijing time
	cst := time.FixedZone("CST", 8*3600)
	for _, d := range holidayTables["chinese-new-year"] {
		nm := newMoonBefore(d.Add(24*time.Hour - 8*time.Hour)).In(cst)
		if got := nm.Format(iso); got != d.Format(iso) {
			t.Errorf("chinese-new-year %s: the new moon is at %s Beijing time", d.Format(iso), nm.Format("2006-01-02 15:04"))
		}
	}
}

func TestUgadi(t *testing.T) {
	for y, want := range map[int]string{
		2018: "2018-03-18", 2019: "2019-04-06", 2020: "2020-03-25", 2021: "2021-04-13",
		2022: "2022-04-02", 2023: "2023-03-22", 2024: "2024-04-09", 2025: "2025-03-30",
	} {
		if got := ugadi(y).Format(iso); got != want {
			t.Errorf("ugadi(%d) = %s, want %s", y, got, want)
		}
	}
}

func TestValmikiJayanti(t *testing.T) {
	for y, want := range map[int]string{
		2018: "2018-10-24", 2019: "2019-10-13", 2020: "2020-10-31", 2021: "2021-10-20",
		2022: "2022-10-09", 2023: "2023-10-28", 2024: "2024-10-17",
	} {
		if got := valmikiJayanti(y).Format(iso); got != want {
			t.Errorf("valmikiJayanti(%d) = %s, want %s", y, got, want)
		}
	}
}
