package timex

import (
	"math"
	"time"
)

// lunarPhase returns the instant (UTC, to a minute or two: dynamical time
// is taken for universal time) of the new moon k (k whole) or the full
// moon k (k + 0.5), k counting lunations from the new moon of 6 January
// 2000. It is Meeus's algorithm (Astronomical Algorithms, 2nd ed., ch.
// 49) without the planetary terms of under a minute.
func lunarPhase(k float64) time.Time {
	rad := func(d float64) float64 { return math.Mod(d, 360) * math.Pi / 180 }
	t := k / 1236.85
	jde := 2451550.09766 + 29.530588861*k + 0.00015437*t*t - 0.000000150*t*t*t + 0.00000000073*t*t*t*t
	e := 1 - 0.002516*t - 0.0000074*t*t
	m := rad(2.5534 + 29.10535670*k - 0.0000014*t*t - 0.00000011*t*t*t)
	mp := rad(201.5643 + 385.81693528*k + 0.0107582*t*t + 0.00001238*t*t*t - 0.000000058*t*t*t*t)
	f := rad(160.7108 + 390.67050284*k - 0.0016118*t*t - 0.00000227*t*t*t + 0.000000011*t*t*t*t)
	om := rad(124.7746 - 1.56375588*k + 0.0020672*t*t + 0.00000215*t*t*t)
	c := [7]float64{-0.40720, 0.17241, 0.01608, 0.01039, 0.00739, -0.00514, 0.00208} // new moon
	if k-math.Floor(k) > 0.25 {
		c = [7]float64{-0.40614, 0.17302, 0.01614, 0.01043, 0.00734, -0.00515, 0.00209} // full moon
	}
	sin := math.Sin
	jde += c[0]*sin(mp) + c[1]*e*sin(m) + c[2]*sin(2*mp) + c[3]*sin(2*f) + c[4]*e*sin(mp-m) +
		c[5]*e*sin(mp+m) + c[6]*e*e*sin(2*m) - 0.00111*sin(mp-2*f) - 0.00057*sin(mp+2*f) +
		0.00056*e*sin(2*mp+m) - 0.00042*sin(3*mp) + 0.00042*e*sin(m+2*f) + 0.00038*e*sin(m-2*f) -
		0.00024*e*sin(2*mp-m) - 0.00017*sin(om) - 0.00007*sin(mp+2*m) + 0.00004*sin(2*mp-2*f) +
		0.00004*sin(3*m) + 0.00003*sin(mp+m-2*f) + 0.00003*sin(2*mp+2*f) - 0.00003*sin(mp+m+2*f) +
		0.00003*sin(mp-m+2*f) - 0.00002*sin(mp-m-2*f) - 0.00002*sin(3*mp+m) + 0.00002*sin(4*mp)
	// JD 2440587.5 is 1970-01-01T00:00Z
	return time.Unix(int64(math.Round((jde-2440587.5)*86400)), 0).UTC()
}

// newMoonBefore is the last new moon before t.
func newMoonBefore(t time.Time) time.Time {
	k := math.Floor(t.Sub(time.Date(2000, 1, 6, 18, 14, 0, 0, time.UTC)).Hours()/24/29.530588861) + 1
	nm := lunarPhase(k)
	for !nm.Before(t) {
		k--
		nm = lunarPhase(k)
	}
	return nm
}

// ist is India Standard Time, in which Indian calendars are reckoned.
var ist = time.FixedZone("IST", 5*3600+1800)

// sunLongitude is the sun's apparent tropical longitude in degrees at t
// (Meeus ch. 25, low accuracy: about 0.01 degree).
func sunLongitude(t time.Time) float64 {
	rad := math.Pi / 180
	c := (float64(t.Unix())/86400 + 2440587.5 - 2451545) / 36525
	l0 := 280.46646 + 36000.76983*c + 0.0003032*c*c
	m := (357.52911 + 35999.05029*c - 0.0001537*c*c) * rad
	eq := (1.914602-0.004817*c-0.000014*c*c)*math.Sin(m) + (0.019993-0.000101*c)*math.Sin(2*m) + 0.000289*math.Sin(3*m)
	om := (125.04 - 1934.136*c) * rad
	return math.Mod(l0+eq-0.00569-0.00478*math.Sin(om), 360)
}

// sankranti is the instant the sun enters the sidereal sign that begins at
// sidereal longitude lon (0 Mesha, Aries; 180 Tula, Libra) in the days
// around the Gregorian date y-m-d. Sidereal is tropical less the Lahiri
// ayanamsa, 23.853 degrees in 2000, growing 50.28 seconds of arc a year.
func sankranti(y, m, d int, lon float64) time.Time {
	target := math.Mod(lon+23.853+50.28/3600*float64(y-2000), 360)
	lo := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).AddDate(0, 0, -5)
	hi := lo.AddDate(0, 0, 10)
	for hi.Sub(lo) > time.Minute {
		mid := lo.Add(hi.Sub(lo) / 2)
		if diff := math.Mod(sunLongitude(mid)-target+540, 360) - 180; diff < 0 {
			lo = mid
		} else {
			hi = mid
		}
	}
	return lo
}

// sunriseAfter is the first day (IST) whose sunrise, about 06:00, follows t.
func sunriseAfter(t time.Time) time.Time {
	d := t.In(ist).Add(-6 * time.Hour)
	return date(d.Year(), int(d.Month()), d.Day()).AddDate(0, 0, 1)
}

// ugadi is Ugadi (Gudi Padwa), the new year of the lunisolar calendars of
// the Deccan: the first day of the waxing half of Chaitra, the day whose
// sunrise first follows the new moon that begins Chaitra, the lunar month
// in which the sun enters sidereal Aries (Mesha Sankranti, 13 or 14
// April).
func ugadi(y int) time.Time {
	return sunriseAfter(newMoonBefore(sankranti(y, 4, 14, 0)))
}

// valmikiJayanti is Valmiki Jayanti (Pargat Diwas), the full-moon day of
// Ashvin, the lunar month in which the sun enters sidereal Libra (Tula
// Sankranti, 16 to 18 October): the day at whose sunrise (06:00 IST) the
// full-moon tithi runs, the last sunrise before the full moon.
func valmikiJayanti(y int) time.Time {
	nm := newMoonBefore(sankranti(y, 10, 17, 180))
	k := math.Round(nm.Sub(time.Date(2000, 1, 6, 18, 14, 0, 0, time.UTC)).Hours()/24/29.530588861) + 0.5
	return sunriseAfter(lunarPhase(k)).AddDate(0, 0, -1)
}
