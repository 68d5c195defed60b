package sync

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/emersion/go-ical"
)

// icalTime is a DATE or DATE-TIME value read from a property.
type icalTime struct {
	t     time.Time // the instant; a DATE is local midnight in the reader's zone
	date  bool      // VALUE=DATE: a whole local day
	loc   *time.Location
	guess bool // the TZID was unknown and the reader's zone was used
}

// timeReader reads DATE and DATE-TIME values of one object: TZIDs through the
// resolver (then the object's own VTIMEZONEs), floating values and DATEs in
// zone (PROTOCOLS.md §3.3).
type timeReader struct {
	zone      *time.Location
	vtimezone map[string][2]int // TZID → standard and daylight offsets
}

func newTimeReader(cal *ical.Calendar, zone *time.Location) *timeReader {
	r := &timeReader{zone: zone, vtimezone: map[string][2]int{}}
	for _, c := range cal.Children {
		if c.Name != ical.CompTimezone {
			continue
		}
		id, _ := c.Props.Text(ical.PropTimezoneID)
		std, dst, ok := 0, 0, false
		for _, sub := range c.Children {
			off, err := parseOffset(propValue(sub.Props, ical.PropTimezoneOffsetTo))
			if err != nil {
				continue
			}
			switch sub.Name {
			case "STANDARD":
				std, ok = off, true
			case "DAYLIGHT":
				dst = off
			}
		}
		if ok {
			if dst == 0 {
				dst = std
			}
			r.vtimezone[id] = [2]int{min(std, dst), max(std, dst)}
		}
	}
	return r
}

// location resolves a TZID: the resolver, then the object's VTIMEZONE
// offsets; ok is false when the reader's zone had to stand in.
func (r *timeReader) location(tzid string, year int) (*time.Location, bool) {
	if loc := tzCache.lookup(tzid); loc != nil {
		return loc, true
	}
	if off, found := r.vtimezone[tzid]; found {
		if loc := vtimezoneZone(off[0], off[1], year, r.zone); loc != nil {
			return loc, true
		}
	}
	return r.zone, false
}

// read reads one value of a DATE or DATE-TIME property with its parameters.
func (r *timeReader) read(value string, params ical.Params) (icalTime, error) {
	value = strings.TrimSpace(value)
	if params.Get(ical.ParamValue) == "DATE" || len(value) == 8 {
		y, m, d, err := parseDate(value)
		if err != nil {
			return icalTime{}, err
		}
		return icalTime{t: time.Date(y, time.Month(m), d, 0, 0, 0, 0, r.zone), date: true, loc: r.zone}, nil
	}
	datePart, clock, ok := strings.Cut(value, "T")
	if !ok {
		return icalTime{}, fmt.Errorf("date-time %q has no T", value)
	}
	y, m, d, err := parseDate(datePart)
	if err != nil {
		return icalTime{}, err
	}
	utc := strings.HasSuffix(clock, "Z")
	clock = strings.TrimSuffix(clock, "Z")
	if len(clock) != 6 {
		return icalTime{}, fmt.Errorf("date-time %q: time is not HHMMSS", value)
	}
	hh, err1 := strconv.Atoi(clock[0:2])
	mm, err2 := strconv.Atoi(clock[2:4])
	ss, err3 := strconv.Atoi(clock[4:6])
	if err := errors.Join(err1, err2, err3); err != nil || hh > 23 || mm > 59 || ss > 60 {
		return icalTime{}, fmt.Errorf("date-time %q: bad time", value)
	}
	if utc {
		return icalTime{t: time.Date(y, time.Month(m), d, hh, mm, ss, 0, time.UTC), loc: time.UTC}, nil
	}
	loc, known := r.zone, true
	if tzid := params.Get(ical.ParamTimezoneID); tzid != "" {
		loc, known = r.location(tzid, y)
	}
	return icalTime{t: wallTime(y, time.Month(m), d, hh, mm, ss, loc), loc: loc, guess: !known}, nil
}

// wallTime is the instant a local wall-clock time names in loc. A time
// that occurs twice (the repeated hour when DST ends) is the first of the two
// (RFC 5545 §3.3.5); a time in the skipped hour uses the offset before the
// gap, as time.Date does (02:30 on 2026-03-29 is 03:30 CEST).
func wallTime(y int, mo time.Month, d, h, mi, s int, loc *time.Location) time.Time {
	t := time.Date(y, mo, d, h, mi, s, 0, loc)
	_, offNow := t.Zone()
	_, offBefore := t.Add(-3 * time.Hour).Zone()
	if offBefore > offNow {
		e := t.Add(-time.Duration(offBefore-offNow) * time.Second)
		ey, emo, ed := e.Date()
		eh, emi, es := e.Clock()
		if ey == y && emo == mo && ed == d && eh == h && emi == mi && es == s {
			return e
		}
	}
	return t
}

// reanchor gives t's wall clock in loc again through wallTime, so instants
// made by calendar arithmetic follow the first-occurrence rule too.
func reanchor(t time.Time, loc *time.Location) time.Time {
	t = t.In(loc)
	y, mo, d := t.Date()
	h, mi, s := t.Clock()
	return wallTime(y, mo, d, h, mi, s, loc)
}

func parseDate(s string) (y, m, d int, err error) {
	if len(s) != 8 {
		return 0, 0, 0, fmt.Errorf("date %q is not YYYYMMDD", s)
	}
	y, err1 := strconv.Atoi(s[0:4])
	m, err2 := strconv.Atoi(s[4:6])
	d, err3 := strconv.Atoi(s[6:8])
	if err := errors.Join(err1, err2, err3); err != nil || m < 1 || m > 12 || d < 1 || d > 31 || y < 1 {
		return 0, 0, 0, fmt.Errorf("date %q is not a date", s)
	}
	return y, m, d, nil
}

// parseOffset reads a UTC offset such as "+0100" or "-023000" into seconds.
func parseOffset(s string) (int, error) {
	s = strings.TrimSpace(s)
	if len(s) != 5 && len(s) != 7 || (s[0] != '+' && s[0] != '-') {
		return 0, fmt.Errorf("utc offset %q", s)
	}
	h, err1 := strconv.Atoi(s[1:3])
	m, err2 := strconv.Atoi(s[3:5])
	sec := 0
	var err3 error
	if len(s) == 7 {
		sec, err3 = strconv.Atoi(s[5:7])
	}
	if err := errors.Join(err1, err2, err3); err != nil || h > 23 || m > 59 || sec > 59 {
		return 0, fmt.Errorf("utc offset %q", s)
	}
	off := h*3600 + m*60 + sec
	if s[0] == '-' {
		off = -off
	}
	return off, nil
}

// span is an RFC 5545 duration: nominal days (a local day may last 23 or 25
// hours) plus an exact part (§3.3.6).
type span struct {
	days  int
	exact time.Duration
}

// after returns start plus the span, days counted on loc's calendar.
func (d span) after(start time.Time, loc *time.Location) time.Time {
	if d.days != 0 {
		start = reanchor(start.In(loc).AddDate(0, 0, d.days), loc)
	}
	return start.Add(d.exact)
}

// parseSpan reads "P1D", "PT1H30M", "-P2W", "P1DT12H".
func parseSpan(s string) (span, error) {
	s = strings.TrimSpace(s)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimLeft(s, "+-")
	if !strings.HasPrefix(s, "P") || len(s) < 3 {
		return span{}, fmt.Errorf("duration %q", s)
	}
	var d span
	inTime := false
	num := 0
	digits := false
	for _, c := range s[1:] {
		switch {
		case c >= '0' && c <= '9':
			num = num*10 + int(c-'0')
			digits = true
			if num > 1_000_000 {
				return span{}, fmt.Errorf("duration %q too long", s)
			}
			continue
		case c == 'T':
			inTime = true
			continue
		}
		if !digits {
			return span{}, fmt.Errorf("duration %q", s)
		}
		switch {
		case c == 'W' && !inTime:
			d.days += 7 * num
		case c == 'D' && !inTime:
			d.days += num
		case c == 'H' && inTime:
			d.exact += time.Duration(num) * time.Hour
		case c == 'M' && inTime:
			d.exact += time.Duration(num) * time.Minute
		case c == 'S' && inTime:
			d.exact += time.Duration(num) * time.Second
		default:
			return span{}, fmt.Errorf("duration %q", s)
		}
		num, digits = 0, false
	}
	if digits {
		return span{}, fmt.Errorf("duration %q ends in a number", s)
	}
	if neg {
		d.days, d.exact = -d.days, -d.exact
	}
	return d, nil
}

// propValue is the value of the first property name, "" when absent.
func propValue(props ical.Props, name string) string {
	if p := props.Get(name); p != nil {
		return p.Value
	}
	return ""
}
