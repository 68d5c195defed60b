package planner

import "time"

// Holiday is a day a job centre is closed: a Danish public holiday or a
// closing day of the job centre.
type Holiday struct {
	Date Date   `json:"date"`
	Name string `json:"name"` // Danish name, e.g. "2. påskedag"
}

// Easter returns Easter Sunday of year in the Gregorian calendar (the
// anonymous Gregorian algorithm, "Meeus/Jones/Butcher").
func Easter(year int) Date {
	a := year % 19
	b, c := year/100, year%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return Date{year, time.Month(month), day}
}

// PublicHolidays returns the Danish public holidays (helligdage) of year, in
// date order. Store bededag (the fourth Friday after Easter) was abolished
// as a public holiday from 2024 and is listed only for earlier years.
func PublicHolidays(year int) []Holiday {
	e := Easter(year)
	hs := []Holiday{
		{Date{year, time.January, 1}, "Nytårsdag"},
		{e.AddDays(-3), "Skærtorsdag"},
		{e.AddDays(-2), "Langfredag"},
		{e, "Påskedag"},
		{e.AddDays(1), "2. påskedag"},
	}
	if year < 2024 {
		hs = append(hs, Holiday{e.AddDays(26), "Store bededag"})
	}
	hs = append(hs,
		Holiday{e.AddDays(39), "Kristi himmelfartsdag"},
		Holiday{e.AddDays(49), "Pinsedag"},
		Holiday{e.AddDays(50), "2. pinsedag"},
		Holiday{Date{year, time.December, 25}, "Juledag"},
		Holiday{Date{year, time.December, 26}, "2. juledag"},
	)
	return hs
}

// Closures answers which days a job centre is closed: public holidays, the
// closing days its settings keep closed (24 and 31 December and 5 June by
// default) and its extra closing days. The zero Closures closes nothing.
type Closures struct {
	days map[Date]string
}

// NewClosures returns the closed days of the years from through to.
func NewClosures(s Settings, fromYear, toYear int) Closures {
	c := Closures{days: map[Date]string{}}
	for y := fromYear; y <= toYear; y++ {
		for _, h := range PublicHolidays(y) {
			c.days[h.Date] = h.Name
		}
		if !s.OpenConstitutionDay {
			c.days[Date{y, time.June, 5}] = "Grundlovsdag"
		}
		if !s.OpenDec24 {
			c.days[Date{y, time.December, 24}] = "Juleaften"
		}
		if !s.OpenDec31 {
			c.days[Date{y, time.December, 31}] = "Nytårsaften"
		}
	}
	for _, d := range s.ExtraClosingDays {
		if d.Year >= fromYear && d.Year <= toYear {
			c.days[d] = "Lukkedag"
		}
	}
	return c
}

// Closed reports whether the job centre is closed on d, and why.
func (c Closures) Closed(d Date) (name string, closed bool) {
	name, closed = c.days[d]
	return name, closed
}
