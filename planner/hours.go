package planner

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Clock is a wall-clock time of day in minutes after local midnight, 0–1440.
type Clock int

// ParseClock parses "HH:MM" (24-hour; "24:00" is the end of the day).
func ParseClock(s string) (Clock, error) {
	h, m, ok := strings.Cut(s, ":")
	hh, err1 := strconv.Atoi(h)
	mm, err2 := strconv.Atoi(m)
	if !ok || err1 != nil || err2 != nil || len(m) != 2 || hh < 0 || mm < 0 || mm > 59 || hh*60+mm > 1440 {
		return 0, fmt.Errorf("clock %q: want HH:MM between 00:00 and 24:00: %w", s, ErrInvalid)
	}
	return Clock(hh*60 + mm), nil
}

// String formats c as "HH:MM".
func (c Clock) String() string { return fmt.Sprintf("%02d:%02d", c/60, c%60) }

// MarshalText implements encoding.TextMarshaler.
func (c Clock) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler. A bad time of day is
// a *FieldError without a field: the decoder knows the field.
func (c *Clock) UnmarshalText(b []byte) error {
	v, err := ParseClock(string(b))
	if err != nil {
		return fieldErr("", "must be a time of day HH:MM from 00:00 to 24:00", "skal være et klokkeslæt TT:MM fra 00:00 til 24:00")
	}
	*c = v
	return nil
}

// ClockRange is the wall-clock range [From, To) of one day.
type ClockRange struct {
	From Clock `json:"from"`
	To   Clock `json:"to"`
}

// WeeklyHours are an advisor's working hours: for each weekday the ranges of
// the day, in the job centre's zone. A weekday with no range is a day off.
type WeeklyHours struct {
	Days [7][]ClockRange `json:"days"` // indexed by time.Weekday: 0 = Sunday
}

// StandardHours returns Monday–Friday From–To, the usual default.
func StandardHours(from, to Clock) WeeklyHours {
	var h WeeklyHours
	for d := time.Monday; d <= time.Friday; d++ {
		h.Days[d] = []ClockRange{{from, to}}
	}
	return h
}

// IsZero reports whether no day has any range.
func (h WeeklyHours) IsZero() bool {
	for _, d := range h.Days {
		if len(d) > 0 {
			return false
		}
	}
	return true
}

// Validate checks every range lies within the day, is not empty, and that
// ranges of a day neither overlap nor come out of order.
func (h WeeklyHours) Validate() error {
	for wd, ranges := range h.Days {
		for i, r := range ranges {
			f := fmt.Sprintf("days[%d][%d]", wd, i)
			switch {
			case r.From < 0 || r.To > 1440:
				return fieldErr(f, "must lie between 00:00 and 24:00", "skal ligge mellem 00:00 og 24:00")
			case r.From >= r.To:
				return fieldErr(f, "must end after it starts", "skal slutte efter sit starttidspunkt")
			case i > 0 && r.From < ranges[i-1].To:
				return fieldErr(f, "overlaps or precedes the range before it", "overlapper eller ligger før det foregående tidsrum")
			}
		}
	}
	return nil
}

// On returns the ranges of the weekday of d.
func (h WeeklyHours) On(d Date) []ClockRange { return h.Days[d.Weekday()] }

// Equal reports whether h and o hold the same ranges.
func (h WeeklyHours) Equal(o WeeklyHours) bool {
	for i := range h.Days {
		if !slices.Equal(h.Days[i], o.Days[i]) {
			return false
		}
	}
	return true
}

// EffectiveHours resolves an advisor's working hours: the advisor's own,
// else the nearest team up the tree that has hours, else the job centre's
// default (SPEC §5: weekly hours per advisor, team default).
func EffectiveHours(a Advisor, teams TeamTree, jc Jobcenter) WeeklyHours {
	if a.Hours != nil {
		return *a.Hours
	}
	for _, t := range teams.Path(a.TeamID) {
		if t.Hours != nil {
			return *t.Hours
		}
	}
	return jc.Settings.DefaultHours
}
