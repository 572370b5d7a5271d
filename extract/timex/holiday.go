package timex

import "time"

// holidays are the named days the holiday rule knows: a fixed month and
// day, or a function of the year.
var holidays = []struct {
	words []string
	fixed [2]int // month, day
	fn    func(y int) time.Time
	days  int // the number of days of a holiday longer than one
	// end gives the last day of a holiday whose length varies (Ramadan:
	// 29 or 30 days), from its first day; the zero time when unknown
	end    func(start time.Time) time.Time
	eve    bool // a Jewish holiday, which begins at sunset the day before
	nights bool // counted by its nights (Hanukkah): from the eve, days evenings
	// common: the name is also a word or a given name ("he lent", "Rakhi
	// Sawant", a bowl of pongal), so it is a holiday only when capitalised
	// or followed by a year, and never before a capitalised word (a surname)
	common bool
	hours  [2]string // a holiday of some hours (Earth Hour): its first and last minute, "20:30"
}{
	{words: []string{"christmas", "eve"}, fixed: [2]int{12, 24}},
	{words: []string{"christmas", "day"}, fixed: [2]int{12, 25}},
	{words: []string{"christmas"}, fixed: [2]int{12, 25}},
	{words: []string{"xmas"}, fixed: [2]int{12, 25}},
	{words: []string{"new", "year", "'", "s", "eve"}, fixed: [2]int{12, 31}},
	{words: []string{"new", "year", "'", "s", "day"}, fixed: [2]int{1, 1}},
	{words: []string{"new", "year", "'", "s"}, fixed: [2]int{1, 1}},
	{words: []string{"new", "years", "eve"}, fixed: [2]int{12, 31}},
	{words: []string{"new", "years", "day"}, fixed: [2]int{1, 1}},
	{words: []string{"valentine", "'", "s", "day"}, fixed: [2]int{2, 14}},
	{words: []string{"valentines", "day"}, fixed: [2]int{2, 14}},
	{words: []string{"valentine", "day"}, fixed: [2]int{2, 14}},
	{words: []string{"world", "vegan", "day"}, fixed: [2]int{11, 1}},
	{words: []string{"st", "paddy", "'", "s", "day"}, fixed: [2]int{3, 17}},
	{words: []string{"saint", "paddy", "'", "s", "day"}, fixed: [2]int{3, 17}},
	{words: []string{"saint", "patricks", "day"}, fixed: [2]int{3, 17}},
	{words: []string{"st", "patricks", "day"}, fixed: [2]int{3, 17}},
	{words: []string{"boss", "'", "s", "day"}, fn: func(y int) time.Time { return observed(date(y, 10, 16)) }},
	{words: []string{"boss", "'", "s"}, fn: func(y int) time.Time { return observed(date(y, 10, 16)) }},
	{words: []string{"boss", "day"}, fn: func(y int) time.Time { return observed(date(y, 10, 16)) }},
	{words: []string{"king", "'", "s", "day"}, fn: func(y int) time.Time { return kingsDay(y) }},
	{words: []string{"koningsdag"}, fn: func(y int) time.Time { return kingsDay(y) }},
	{words: []string{"martin", "luther", "king", "'", "s", "day"}, fn: func(y int) time.Time { return nthWeekday(y, 1, time.Monday, 3) }},
	{words: []string{"martin", "luther", "kings", "day"}, fn: func(y int) time.Time { return nthWeekday(y, 1, time.Monday, 3) }},
	{words: []string{"mlk", "jr", ".", "day"}, fn: func(y int) time.Time { return nthWeekday(y, 1, time.Monday, 3) }},
	{words: []string{"civil", "rights", "day"}, fn: func(y int) time.Time { return nthWeekday(y, 1, time.Monday, 3) }},
	{words: []string{"easter", "mon"}, fn: func(y int) time.Time { return easter(y).AddDate(0, 0, 1) }},
	{words: []string{"maundy", "thursday"}, fn: func(y int) time.Time { return easter(y).AddDate(0, 0, -3) }},
	{words: []string{"covenant", "thu"}, fn: func(y int) time.Time { return easter(y).AddDate(0, 0, -3) }},
	{words: []string{"thu", "of", "mysteries"}, fn: func(y int) time.Time { return easter(y).AddDate(0, 0, -3) }},
	{words: []string{"pentecost"}, fn: func(y int) time.Time { return easter(y).AddDate(0, 0, 49) }},
	{words: []string{"whit", "sunday"}, fn: func(y int) time.Time { return easter(y).AddDate(0, 0, 49) }},
	{words: []string{"white", "sunday"}, fn: func(y int) time.Time { return easter(y).AddDate(0, 0, 49) }},
	{words: []string{"whit", "monday"}, fn: func(y int) time.Time { return easter(y).AddDate(0, 0, 50) }},
	{words: []string{"monday", "of", "the", "holy", "spirit"}, fn: func(y int) time.Time { return easter(y).AddDate(0, 0, 50) }},
	{words: []string{"trinity", "sunday"}, fn: func(y int) time.Time { return easter(y).AddDate(0, 0, 56) }},
	{words: []string{"corpus", "christi"}, fn: func(y int) time.Time { return easter(y).AddDate(0, 0, 60) }},
	{words: []string{"ascension", "day"}, fn: func(y int) time.Time { return easter(y).AddDate(0, 0, 39) }},
	{words: []string{"branch", "sunday"}, fn: func(y int) time.Time { return easter(y).AddDate(0, 0, -7) }},
	{words: []string{"pancake", "day"}, fn: func(y int) time.Time { return easter(y).AddDate(0, 0, -47) }},
	{words: []string{"shrove", "tuesday"}, fn: func(y int) time.Time { return easter(y).AddDate(0, 0, -47) }},
	{words: []string{"halloween"}, fixed: [2]int{10, 31}},
	{words: []string{"independence", "day"}, fixed: [2]int{7, 4}},
	{words: []string{"veterans", "day"}, fixed: [2]int{11, 11}},
	{words: []string{"veteran", "'", "s", "day"}, fixed: [2]int{11, 11}},
	{words: []string{"st", ".", "patrick", "'", "s", "day"}, fixed: [2]int{3, 17}},
	{words: []string{"st", "patrick", "'", "s", "day"}, fixed: [2]int{3, 17}},
	{words: []string{"saint", "patrick", "'", "s", "day"}, fixed: [2]int{3, 17}},
	{words: []string{"earth", "day"}, fixed: [2]int{4, 22}},
	{words: []string{"boxing", "day"}, fixed: [2]int{12, 26}},
	{words: []string{"thanksgiving", "day"}, fn: func(y int) time.Time { return nthWeekday(y, 11, time.Thursday, 4) }},
	{words: []string{"thanksgiving"}, fn: func(y int) time.Time { return nthWeekday(y, 11, time.Thursday, 4) }},
	{words: []string{"black", "friday"}, fn: func(y int) time.Time { return nthWeekday(y, 11, time.Thursday, 4).AddDate(0, 0, 1) }},
	{words: []string{"cyber", "monday"}, fn: func(y int) time.Time { return nthWeekday(y, 11, time.Thursday, 4).AddDate(0, 0, 4) }},
	{words: []string{"election", "day"}, fn: func(y int) time.Time { return nthWeekday(y, 11, time.Monday, 1).AddDate(0, 0, 1) }},
	{words: []string{"memorial", "day"}, fn: func(y int) time.Time { return nthWeekday(y, 5, time.Monday, -1) }},
	{words: []string{"labor", "day"}, fn: func(y int) time.Time { return nthWeekday(y, 9, time.Monday, 1) }},
	{words: []string{"labour", "day"}, fn: func(y int) time.Time { return nthWeekday(y, 9, time.Monday, 1) }},
	{words: []string{"columbus", "day"}, fn: func(y int) time.Time { return nthWeekday(y, 10, time.Monday, 2) }},
	{words: []string{"mother", "'", "s", "day"}, fn: func(y int) time.Time { return nthWeekday(y, 5, time.Sunday, 2) }},
	{words: []string{"mothers", "day"}, fn: func(y int) time.Time { return nthWeekday(y, 5, time.Sunday, 2) }},
	{words: []string{"father", "'", "s", "day"}, fn: func(y int) time.Time { return nthWeekday(y, 6, time.Sunday, 3) }},
	{words: []string{"fathers", "day"}, fn: func(y int) time.Time { return nthWeekday(y, 6, time.Sunday, 3) }},
	{words: []string{"martin", "luther", "king", "day"}, fn: func(y int) time.Time { return nthWeekday(y, 1, time.Monday, 3) }},
	{words: []string{"martin", "luther", "king", "jr", ".", "day"}, fn: func(y int) time.Time { return nthWeekday(y, 1, time.Monday, 3) }},
	{words: []string{"mlk", "day"}, fn: func(y int) time.Time { return nthWeekday(y, 1, time.Monday, 3) }},
	{words: []string{"presidents", "'", "day"}, fn: func(y int) time.Time { return nthWeekday(y, 2, time.Monday, 3) }},
	{words: []string{"presidents", "day"}, fn: func(y int) time.Time { return nthWeekday(y, 2, time.Monday, 3) }},
	{words: []string{"president", "'", "s", "day"}, fn: func(y int) time.Time { return nthWeekday(y, 2, time.Monday, 3) }},
	{words: []string{"easter", "sunday"}, fn: easter},
	{words: []string{"easter", "monday"}, fn: func(y int) time.Time { return easter(y).AddDate(0, 0, 1) }},
	{words: []string{"easter"}, fn: easter},
	{words: []string{"good", "friday"}, fn: func(y int) time.Time { return easter(y).AddDate(0, 0, -2) }},
	{words: []string{"palm", "sunday"}, fn: func(y int) time.Time { return easter(y).AddDate(0, 0, -7) }},
	{words: []string{"ash", "wednesday"}, fn: func(y int) time.Time { return easter(y).AddDate(0, 0, -46) }},
	{words: []string{"mardi", "gras"}, fn: func(y int) time.Time { return easter(y).AddDate(0, 0, -47) }},
	// Lent runs from Ash Wednesday to Holy Saturday
	{words: []string{"lent"}, fn: func(y int) time.Time { return easter(y).AddDate(0, 0, -46) }, days: 46, common: true},
	// Orthodox Easter and the days fixed from it
	{words: []string{"orthodox", "easter", "sunday"}, fn: orthodoxEaster},
	{words: []string{"orthodox", "easter"}, fn: orthodoxEaster},
	{words: []string{"orthodox", "good", "friday"}, fn: func(y int) time.Time { return orthodoxEaster(y).AddDate(0, 0, -2) }},
	{words: []string{"orthodox", "great", "friday"}, fn: func(y int) time.Time { return orthodoxEaster(y).AddDate(0, 0, -2) }},
	{words: []string{"orthodox", "shrove", "monday"}, fn: func(y int) time.Time { return orthodoxEaster(y).AddDate(0, 0, -48) }},
	{words: []string{"clean", "monday"}, fn: func(y int) time.Time { return orthodoxEaster(y).AddDate(0, 0, -48) }},
	{words: []string{"lazarus", "saturday"}, fn: func(y int) time.Time { return orthodoxEaster(y).AddDate(0, 0, -8) }},
	// the Great Fast: the forty days from Clean Monday
	{words: []string{"great", "fast"}, fn: func(y int) time.Time { return orthodoxEaster(y).AddDate(0, 0, -48) }, days: 40},
	// the Parsi (Shahenshahi) New Year: a 365-day year with no leap day
	{words: []string{"parsi", "new", "year"}, fn: parsiNewYear},
	// the Chinese New Year (holidays.txt)
	{words: []string{"chinese", "lunar", "new", "year", "'", "s", "day"}, fn: tabled("chinese-new-year", 0)},
	{words: []string{"chinese", "lunar", "new", "year"}, fn: tabled("chinese-new-year", 0)},
	{words: []string{"chinese", "new", "year", "'", "s", "day"}, fn: tabled("chinese-new-year", 0)},
	{words: []string{"chinese", "new", "year", "'", "s"}, fn: tabled("chinese-new-year", 0)},
	{words: []string{"chinese", "new", "years"}, fn: tabled("chinese-new-year", 0)},
	{words: []string{"chinese", "new", "year"}, fn: tabled("chinese-new-year", 0)},
	{words: []string{"lunar", "new", "year"}, fn: tabled("chinese-new-year", 0)},
	// Jewish holidays (hebrew.go), with their diaspora lengths
	{words: []string{"rosh", "hashanah"}, fn: hebrewIn(tishri, 1), days: 2, eve: true},
	{words: []string{"rosh", "hashana"}, fn: hebrewIn(tishri, 1), days: 2, eve: true},
	{words: []string{"rosh", "hashanna"}, fn: hebrewIn(tishri, 1), days: 2, eve: true},
	{words: []string{"yom", "kippur"}, fn: hebrewIn(tishri, 10), eve: true},
	{words: []string{"sukkot"}, fn: hebrewIn(tishri, 15), days: 8, eve: true},
	{words: []string{"succos"}, fn: hebrewIn(tishri, 15), days: 8, eve: true},
	{words: []string{"feast", "of", "the", "ingathering"}, fn: hebrewIn(tishri, 15), days: 8, eve: true},
	{words: []string{"feast", "of", "tabernacles"}, fn: hebrewIn(tishri, 15), days: 8, eve: true},
	{words: []string{"shemini", "atzeret"}, fn: hebrewIn(tishri, 22), eve: true},
	{words: []string{"simchat", "torah"}, fn: hebrewIn(tishri, 23), eve: true},
	{words: []string{"hanukkah"}, fn: hebrewIn(kislev, 25), days: 8, eve: true, nights: true},
	{words: []string{"chanukah"}, fn: hebrewIn(kislev, 25), days: 8, eve: true, nights: true},
	{words: []string{"chanukkah"}, fn: hebrewIn(kislev, 25), days: 8, eve: true, nights: true},
	{words: []string{"hanukah"}, fn: hebrewIn(kislev, 25), days: 8, eve: true, nights: true},
	{words: []string{"hannukkah"}, fn: hebrewIn(kislev, 25), days: 8, eve: true, nights: true},
	{words: []string{"tu", "bishvat"}, fn: hebrewIn(shevat, 15), eve: true},
	{words: []string{"purim"}, fn: hebrewIn(adar, 14), eve: true},
	{words: []string{"shushan", "purim"}, fn: hebrewIn(adar, 15), eve: true},
	{words: []string{"passover"}, fn: hebrewIn(nisan, 15), days: 8, eve: true},
	{words: []string{"pesach"}, fn: hebrewIn(nisan, 15), days: 8, eve: true},
	{words: []string{"yom", "hashoah"}, fn: yomHaShoah, eve: true},
	{words: []string{"holocaust", "day"}, fn: yomHaShoah, eve: true},
	{words: []string{"holocaust", "remembrance", "day"}, fn: yomHaShoah, eve: true},
	{words: []string{"yom", "haatzmaut"}, fn: yomHaAtzmaut, eve: true},
	{words: []string{"lag", "b", "'", "omer"}, fn: hebrewIn(iyyar, 18), eve: true},
	{words: []string{"lag", "baomer"}, fn: hebrewIn(iyyar, 18), eve: true},
	{words: []string{"shavuot"}, fn: hebrewIn(sivan, 6), days: 2, eve: true},
	{words: []string{"shavuos"}, fn: hebrewIn(sivan, 6), days: 2, eve: true},
	{words: []string{"tisha", "b", "'", "av"}, fn: tishaBAv, eve: true},
	// Islamic holidays (holidays.txt); a hyphen may join the words of a
	// name ("Eid al-Fitr", "Eid-al-Adha")
	{words: []string{"eid", "al", "fitr"}, fn: tabled("eid-al-fitr", 0)},
	{words: []string{"eid", "ul", "fitr"}, fn: tabled("eid-al-fitr", 0)},
	{words: []string{"id", "ul", "fitr"}, fn: tabled("eid-al-fitr", 0)},
	{words: []string{"ramzan", "id"}, fn: tabled("eid-al-fitr", 0)},
	{words: []string{"eid", "al", "adha"}, fn: tabled("eid-al-adha", 0)},
	{words: []string{"eid", "ul", "adha"}, fn: tabled("eid-al-adha", 0)},
	{words: []string{"id", "ul", "adha"}, fn: tabled("eid-al-adha", 0)},
	{words: []string{"bakr", "id"}, fn: tabled("eid-al-adha", 0)},
	{words: []string{"bakri", "id"}, fn: tabled("eid-al-adha", 0)},
	{words: []string{"bakrid"}, fn: tabled("eid-al-adha", 0)},
	{words: []string{"sacrifice", "feast"}, fn: tabled("eid-al-adha", 0)},
	{words: []string{"feast", "of", "the", "sacrifice"}, fn: tabled("eid-al-adha", 0)},
	// Ramadan: the month, to the day before Eid al-Fitr
	{words: []string{"ramadan"}, fn: tabled("ramadan", 0), end: ramadanEnd},
	{words: []string{"ramazan"}, fn: tabled("ramadan", 0), end: ramadanEnd},
	// the Night of Power: the 27th night of Ramadan, kept on the day it
	// begins, the 26th
	{words: []string{"laylat", "al", "qadr"}, fn: tabled("ramadan", 26)},
	{words: []string{"laylat", "al", "kadr"}, fn: tabled("ramadan", 26)},
	{words: []string{"lailat", "al", "qadr"}, fn: tabled("ramadan", 26)},
	{words: []string{"night", "of", "power"}, fn: tabled("ramadan", 26)},
	{words: []string{"night", "of", "measures"}, fn: tabled("ramadan", 26)},
	// Jumu'atul-Wida: the last Friday of Ramadan
	{words: []string{"jamat", "ul", "vida"}, fn: jumuatulWida},
	{words: []string{"jumu", "'", "atul", "wida"}, fn: jumuatulWida},
	{words: []string{"islamic", "new", "year"}, fn: tabled("muharram", 0)},
	{words: []string{"hijri", "new", "year"}, fn: tabled("muharram", 0)},
	{words: []string{"amun", "jadid"}, fn: tabled("muharram", 0)},
	// Ashura: 10 Muharram
	{words: []string{"day", "of", "ashura"}, fn: tabled("muharram", 9)},
	{words: []string{"ashura"}, fn: tabled("muharram", 9)},
	{words: []string{"mawlid", "al", "nabawi"}, fn: tabled("mawlid", 0)},
	{words: []string{"mawlid", "al", "nabi"}, fn: tabled("mawlid", 0)},
	{words: []string{"mawlid"}, fn: tabled("mawlid", 0)},
	{words: []string{"milad", "un", "nabi"}, fn: tabled("mawlid", 0)},
	// Isra and Mi'raj: the night of 27 Rajab, kept on the day it begins
	{words: []string{"isra", "and", "mi", "'", "raj"}, fn: tabled("rajab", 26)},
	{words: []string{"isra", "and", "miraj"}, fn: tabled("rajab", 26)},
	{words: []string{"prophet", "'", "s", "ascension"}, fn: tabled("rajab", 26)},
	// the days of Diwali (holidays.txt has Dhanteras), by the tithis of
	// the waning half of Kartika
	{words: []string{"dhanteras"}, fn: tabled("dhanteras", 0)},
	{words: []string{"dhanatrayodashi"}, fn: tabled("dhanteras", 0)},
	{words: []string{"kali", "chaudas"}, fn: tabled("dhanteras", 1)},
	{words: []string{"choti", "diwali"}, fn: tabled("dhanteras", 1)},
	{words: []string{"chhoti", "diwali"}, fn: tabled("dhanteras", 1)},
	{words: []string{"naraka", "chaturdashi"}, fn: tabled("dhanteras", 1)},
	{words: []string{"diwali"}, fn: tabled("dhanteras", 2)},
	{words: []string{"deepavali"}, fn: tabled("dhanteras", 2)},
	{words: []string{"lakshmi", "puja"}, fn: tabled("dhanteras", 2)},
	{words: []string{"laxmi", "puja"}, fn: tabled("dhanteras", 2)},
	{words: []string{"bhai", "dooj"}, fn: tabled("dhanteras", 4)},
	{words: []string{"bhai", "duj"}, fn: tabled("dhanteras", 4)},
	{words: []string{"bhaiya", "dooj"}, fn: tabled("dhanteras", 4)},
	// Chhath: the sixth day of the waxing Kartika, six days after Diwali
	{words: []string{"chhath", "puja"}, fn: tabled("dhanteras", 8)},
	{words: []string{"chhath"}, fn: tabled("dhanteras", 8)},
	{words: []string{"dala", "puja"}, fn: tabled("dhanteras", 8)},
	{words: []string{"surya", "shashthi"}, fn: tabled("dhanteras", 8)},
	// Karva Chauth: the fourth day of the waning Kartika, nine before
	// Dhanteras
	{words: []string{"karva", "chauth"}, fn: tabled("dhanteras", -9)},
	{words: []string{"karwa", "chauth"}, fn: tabled("dhanteras", -9)},
	// Navaratri: nine nights and the tenth day, Vijayadashami; its days
	{words: []string{"navaratri"}, fn: tabled("navaratri", 0), days: 10},
	{words: []string{"navratri"}, fn: tabled("navaratri", 0), days: 10},
	{words: []string{"durga", "puja"}, fn: tabled("navaratri", 0), days: 10},
	{words: []string{"maha", "saptami"}, fn: tabled("navaratri", 6)},
	{words: []string{"maha", "ashtami"}, fn: tabled("navaratri", 7)},
	{words: []string{"durga", "ashtami"}, fn: tabled("navaratri", 7)},
	{words: []string{"maha", "navami"}, fn: tabled("navaratri", 8)},
	{words: []string{"dussehra"}, fn: tabled("navaratri", 9)},
	{words: []string{"dasara"}, fn: tabled("navaratri", 9)},
	{words: []string{"vijayadashami"}, fn: tabled("navaratri", 9)},
	{words: []string{"raksha", "bandhan"}, fn: tabled("raksha-bandhan", 0)},
	{words: []string{"rakhi"}, fn: tabled("raksha-bandhan", 0), common: true},
	// the four days of Pongal around Makar Sankranti
	{words: []string{"thai", "pongal"}, fn: tabled("thai-pongal", 0)},
	{words: []string{"pongal"}, fn: tabled("thai-pongal", 0), common: true},
	{words: []string{"makar", "sankranti"}, fn: tabled("thai-pongal", 0)},
	{words: []string{"makara", "sankranti"}, fn: tabled("thai-pongal", 0)},
	{words: []string{"makara", "sankranthi"}, fn: tabled("thai-pongal", 0)},
	{words: []string{"maghi"}, fn: tabled("thai-pongal", 0), common: true},
	{words: []string{"bogi", "pandigai"}, fn: tabled("thai-pongal", -1)},
	{words: []string{"bhogi", "pandigai"}, fn: tabled("thai-pongal", -1)},
	{words: []string{"bhogi"}, fn: tabled("thai-pongal", -1), common: true},
	{words: []string{"maattu", "pongal"}, fn: tabled("thai-pongal", 1)},
	{words: []string{"mattu", "pongal"}, fn: tabled("thai-pongal", 1)},
	{words: []string{"kaanum", "pongal"}, fn: tabled("thai-pongal", 2)},
	{words: []string{"kanni", "pongal"}, fn: tabled("thai-pongal", 2)},
	{words: []string{"thiru", "onam"}, fn: tabled("thiru-onam", 0)},
	{words: []string{"thiruvonam"}, fn: tabled("thiru-onam", 0)},
	{words: []string{"onam"}, fn: tabled("thiru-onam", 0)},
	{words: []string{"vasant", "panchami"}, fn: tabled("vasant-panchami", 0)},
	{words: []string{"basant", "panchami"}, fn: tabled("vasant-panchami", 0)},
	{words: []string{"saraswati", "jayanti"}, fn: tabled("saraswati-jayanti", 0)},
	{words: []string{"krishna", "janmashtami"}, fn: tabled("krishna-janmashtami", 0)},
	{words: []string{"janmashtami"}, fn: tabled("krishna-janmashtami", 0)},
	{words: []string{"gokulashtami"}, fn: tabled("krishna-janmashtami", 0)},
	{words: []string{"vaisakhi"}, fn: tabled("vaisakhi", 0)},
	{words: []string{"baisakhi"}, fn: tabled("vaisakhi", 0)},
	{words: []string{"vasakhi"}, fn: tabled("vaisakhi", 0)},
	{words: []string{"vaishakhi"}, fn: tabled("vaisakhi", 0)},
	{words: []string{"vesak"}, fn: tabled("vesak", 0)},
	{words: []string{"vaisakha"}, fn: tabled("vesak", 0)},
	{words: []string{"buddha", "day"}, fn: tabled("vesak", 0)},
	{words: []string{"buddha", "purnima"}, fn: tabled("vesak", 0)},
	{words: []string{"buddha", "jayanti"}, fn: tabled("vesak", 0)},
	{words: []string{"guru", "gobind", "singh", "jayanti"}, fn: tabled("guru-gobind-singh-jayanti", 0)},
	{words: []string{"guru", "gobind", "singh", "birthday"}, fn: tabled("guru-gobind-singh-jayanti", 0)},
	{words: []string{"guru", "govind", "singh", "jayanti"}, fn: tabled("guru-gobind-singh-jayanti", 0)},
	{words: []string{"rabindra", "jayanti"}, fn: tabled("rabindra-jayanti", 0)},
	{words: []string{"rabindranath", "jayanti"}, fn: tabled("rabindra-jayanti", 0)},
	{words: []string{"guru", "ravidas", "jayanti"}, fn: tabled("ravidass-jayanti", 0)},
	{words: []string{"guru", "ravidass", "jayanti"}, fn: tabled("ravidass-jayanti", 0)},
	{words: []string{"guru", "ravidas", "birthday"}, fn: tabled("ravidass-jayanti", 0)},
	{words: []string{"guru", "ravidass", "birthday"}, fn: tabled("ravidass-jayanti", 0)},
	// Earth Hour: 20:30 to 21:30 on the last Saturday of March, or the
	// Saturday before when that one is Holy Saturday
	{words: []string{"earth", "hour"}, fn: earthHour, hours: [2]string{"20:30", "21:30"}},
	// Ugadi, computed from the new moon (moon.go)
	{words: []string{"ugadi"}, fn: ugadi},
	{words: []string{"yugadi"}, fn: ugadi},
	{words: []string{"gudi", "padwa"}, fn: ugadi},
	{words: []string{"samvatsaradi"}, fn: ugadi},
	{words: []string{"chaitra", "sukladi"}, fn: ugadi},
	{words: []string{"chaitra", "sukhladi"}, fn: ugadi},
	// Valmiki Jayanti, computed from the full moon (moon.go)
	{words: []string{"valmiki", "jayanti"}, fn: valmikiJayanti},
	{words: []string{"maharishi", "valmiki", "jayanti"}, fn: valmikiJayanti},
	{words: []string{"pargat", "diwas"}, fn: valmikiJayanti},
	// Indian holiday lists call the Parsi New Year Jamshedi Navroz
	{words: []string{"jamshedi", "navroz"}, fn: parsiNewYear},
}

// holidayIndex lists the holidays by their first word, in table order.
var holidayIndex = func() map[string][]int {
	m := map[string][]int{}
	for k, h := range holidays {
		m[h.words[0]] = append(m[h.words[0]], k)
	}
	return m
}()

// observed moves a holiday falling on a weekend to the nearest weekday.
func observed(t time.Time) time.Time {
	switch t.Weekday() {
	case time.Saturday:
		return t.AddDate(0, 0, -1)
	case time.Sunday:
		return t.AddDate(0, 0, 1)
	}
	return t
}

// kingsDay is the Dutch King's Day: 27 April, or the 26th when that is a
// Sunday.
func kingsDay(y int) time.Time {
	if t := date(y, 4, 27); t.Weekday() != time.Sunday {
		return t
	}
	return date(y, 4, 26)
}

// nthWeekday is the n-th weekday wd of month m (n = -1: the last one).
func nthWeekday(y, m int, wd time.Weekday, n int) time.Time {
	if n < 0 {
		t := date(y, m+1, 0)
		return t.AddDate(0, 0, -((int(t.Weekday()) - int(wd) + 7) % 7))
	}
	t := date(y, m, 1)
	t = t.AddDate(0, 0, (int(wd)-int(t.Weekday())+7)%7)
	return t.AddDate(0, 0, 7*(n-1))
}

// easter is Western Easter Sunday (anonymous Gregorian algorithm).
func easter(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return date(y, month, day)
}

// orthodoxEaster is Easter of the Orthodox churches: the Julian computus
// (Meeus, Astronomical Algorithms, ch. 8), moved to the Gregorian calendar
// by the century difference of the two calendars.
func orthodoxEaster(y int) time.Time {
	a, b, c := y%4, y%7, y%19
	d := (19*c + 15) % 30
	e := (2*a + 4*b - d + 34) % 7
	month := (d + e + 114) / 31
	day := (d+e+114)%31 + 1
	return date(y, month, day).AddDate(0, 0, y/100-y/400-2)
}

// earthHour is the day of Earth Hour: the last Saturday of March, moved a
// week earlier when it is Holy Saturday.
func earthHour(y int) time.Time {
	t := nthWeekday(y, 3, time.Saturday, -1)
	if t.Equal(easter(y).AddDate(0, 0, -1)) {
		t = t.AddDate(0, 0, -7)
	}
	return t
}

// parsiNewYear is Navroz of the Shahenshahi calendar kept by Indian
// Parsis: its year has 365 days and no leap day, so the date moves a day
// earlier every four Gregorian years. Anchor: 16 August 2021 (1 Farvardin
// 1391 Y.Z.).
func parsiNewYear(y int) time.Time {
	return date(2021, 8, 16).AddDate(0, 0, 365*(y-2021))
}

// holiday scans a holiday name with an optional year ("Christmas 2024",
// "thanksgiving"); without a year the tense picks the last or next one
// (the next one when the tense is unknown).
func holiday(s *scan, i int) (match, bool) {
	j := i
	if s.is(j, "the") {
		j++
	}
	dir := 0
	if s.is(j, "next", "last", "this") {
		dir = map[string]int{"next": 1, "last": -1}[s.w(j)]
		j++
	}
	for _, hi := range holidayIndex[s.w(j)] {
		h := holidays[hi]
		e, ok := j, true
		for k, w := range h.words {
			if k > 0 && s.w(e) == "-" && s.glued(e) && s.glued(e+1) {
				e++ // "Eid al-Fitr", "Eid-al-Adha"
			}
			if s.w(e) != w {
				ok = false
				break
			}
			e++
		}
		if !ok {
			continue
		}
		// A holiday's name followed by another capitalised word is the
		// start of a longer name ("Easter Island", "Christmas Island"),
		// unless that word is a day, a month or the pronoun I ("Easter
		// Sunday", "Christmas Eve", "At Christmas I ...").
		if e < len(s.toks) && s.toks[j].capital() && s.toks[e].kind == tWord && s.toks[e].capital() && !dayOrMonth(s.w(e)) &&
			!s.is(e, "day", "eve", "week", "weekend", "i") {
			continue
		}
		if h.common {
			_, _, year := s.yearNum(e)
			if s.is(e, "in") {
				_, _, year = s.yearNum(e + 1)
			}
			if !year && (!s.toks[j].capital() || e < len(s.toks) && s.toks[e].kind == tWord && s.toks[e].capital()) {
				continue // "he lent", "Rakhi Sawant"
			}
		}
		at := func(y int) time.Time {
			if h.fn != nil {
				return h.fn(y)
			}
			return date(y, h.fixed[0], h.fixed[1])
		}
		// days is the holiday's period: a day, or a range of days. An
		// assistant dates a Jewish holiday from its eve, when it begins
		// at sunset: a one-day holiday is named by its eve, a longer one
		// runs from its eve to its last day.
		// A holiday counted by its nights (Hanukkah) is, for an assistant,
		// its evenings: from the eve, as many days as nights.
		days := func(t time.Time) res {
			last := t.AddDate(0, 0, max(h.days, 1)-1)
			if h.end != nil {
				last = h.end(t)
			}
			if h.eve && s.tg != nil && s.tg.PreferFuture {
				t = t.AddDate(0, 0, -1)
				if h.nights {
					last = last.AddDate(0, 0, -1)
				}
			}
			r := dayRes(t)
			if h.hours[0] != "" {
				r.typ, r.value, r.gran = "TIME", r.from+"T"+h.hours[0], "range"
				r.rng = r.value + "/" + r.from + "T" + h.hours[1]
				return r
			}
			if h.days > 1 || h.end != nil {
				r.to = last.Format(iso)
				r.rng, r.gran = r.from+"/"+r.to, "range"
			}
			return r
		}
		// done is the match of the holiday on day t; a holiday kept in a
		// table of years (holidays.txt) has no day outside it, nor has a
		// holiday of variable length whose end is not known
		done := func(i, j int, t time.Time, rel bool) (match, bool) {
			if t.IsZero() || h.end != nil && h.end(t).IsZero() {
				return fail, false
			}
			return mk(i, j, days(t), rel)
		}
		k := e
		if s.w(k) == "," || s.is(k, "of") {
			k++
		}
		if y, k2, ok := s.yearNum(k); ok && s.w(k) != "'" {
			return done(i, k2, at(y), false)
		}
		if m, ok := spelledYearAfter(s, k, true); ok {
			if y, err := time.Parse("2006", m.r.value); err == nil {
				return done(i, m.j, at(y.Year()), false)
			}
		}
		y := s.dct.Year()
		// "thanksgiving of next year", "MLK day of last year", "in 3 years"
		if s.is(e, "of") && s.is(e+1, "next", "last", "this") && s.is(e+2, "year") {
			y += map[string]int{"next": 1, "last": -1}[s.w(e+1)]
			return done(i, e+3, at(y), true)
		}
		if s.is(e, "in") {
			// "Diwali in 2019"
			if y, k2, ok := s.yearNum(e + 1); ok && s.w(e+1) != "'" {
				return done(i, k2, at(y), false)
			}
			if n, k2, ok := s.quantity(e + 1); ok && n >= 1 && n == float64(int(n)) && s.is(k2, "year", "years") {
				return done(i, k2+1, at(y+int(n)), true)
			}
		}
		// "Lakshmi Puja six years hence", "Easter two years from now"
		if n, k2, ok := s.quantity(e); ok && n >= 1 && n == float64(int(n)) && s.is(k2, "year", "years") {
			if s.is(k2+1, "hence") {
				return done(i, k2+2, at(y+int(n)), true)
			}
			if s.is(k2+1, "from") && s.is(k2+2, "now") {
				return done(i, k2+3, at(y+int(n)), true)
			}
		}
		t := at(y)
		tense := s.tense(i, e)
		switch {
		case dir == 1 || dir == 0 && tense != past:
			if t.Before(s.dct) {
				t = at(y + 1)
			}
		case dir == -1 || tense == past:
			if !t.Before(s.dct) {
				t = at(y - 1)
			}
		}
		return done(i, e, t, true)
	}
	return fail, false
}

// dayOrMonth reports whether w (lower case) names a day of the week or a
// month.
func dayOrMonth(w string) bool {
	_, wd := weekdays[w]
	_, m := months[w]
	return wd || m
}
