package graphtest

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

// The double expands Graph recurrences of type daily and weekly, with an
// interval, daysOfWeek and firstDayOfWeek, and the range types endDate
// (inclusive), numbered and noEnd. Slots are computed in the series' zone
// (range.recurrenceTimeZone, else the event's TimeZone), so a series at
// 09:00 Romance Standard Time stays at 09:00 local time across DST.

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

const dateLayout = "2006-01-02"

// validateRecurrence reports what the double cannot expand.
func validateRecurrence(r *Recurrence) error {
	switch r.Pattern.Type {
	case "daily", "weekly":
	default:
		return fmt.Errorf("recurrence pattern type %q is not supported by the double", r.Pattern.Type)
	}
	if r.Pattern.Interval < 1 {
		return fmt.Errorf("recurrence interval must be at least 1")
	}
	for _, d := range r.Pattern.DaysOfWeek {
		if _, ok := weekdays[strings.ToLower(d)]; !ok {
			return fmt.Errorf("bad day of week %q", d)
		}
	}
	if r.Range.StartDate != "" {
		if _, err := time.Parse(dateLayout, r.Range.StartDate); err != nil {
			return fmt.Errorf("bad range startDate %q", r.Range.StartDate)
		}
	}
	switch r.Range.Type {
	case "noEnd":
	case "endDate":
		if _, err := time.Parse(dateLayout, r.Range.EndDate); err != nil {
			return fmt.Errorf("bad range endDate %q", r.Range.EndDate)
		}
	case "numbered":
		if r.Range.NumberOfOccurrences < 1 {
			return fmt.Errorf("numbered range needs numberOfOccurrences")
		}
	default:
		return fmt.Errorf("recurrence range type %q is not supported", r.Range.Type)
	}
	return nil
}

// seriesZone is the zone a series' slots are computed in.
func seriesZone(e *Event) *time.Location {
	if e.IsAllDay {
		return time.UTC
	}
	if loc, ok := loadZone(e.Recurrence.Range.RecurrenceTimeZone); ok && e.Recurrence.Range.RecurrenceTimeZone != "" {
		return loc
	}
	loc, _ := loadZone(e.TimeZone)
	return loc
}

// slots returns the original starts of master's occurrences that begin
// before to, in order (numbered ranges count from the first slot).
func slots(e *Event, to time.Time) []time.Time {
	r := e.Recurrence
	loc := seriesZone(e)
	first := e.Start.In(loc)
	startDate := time.Date(first.Year(), first.Month(), first.Day(), 0, 0, 0, 0, time.UTC)
	if d, err := time.Parse(dateLayout, r.Range.StartDate); err == nil {
		startDate = d
	}
	var endDate time.Time
	if r.Range.Type == "endDate" {
		endDate, _ = time.Parse(dateLayout, r.Range.EndDate)
	}
	at := func(day time.Time) time.Time {
		return time.Date(day.Year(), day.Month(), day.Day(), first.Hour(), first.Minute(), first.Second(), 0, loc).UTC()
	}
	var out []time.Time
	emit := func(day time.Time) bool { // false: stop
		if day.Before(startDate) {
			return true
		}
		if r.Range.Type == "endDate" && day.After(endDate) {
			return false
		}
		if r.Range.Type == "numbered" && len(out) >= r.Range.NumberOfOccurrences {
			return false
		}
		s := at(day)
		if !s.Before(to) {
			return false
		}
		out = append(out, s)
		return true
	}
	const guard = 20000
	if r.Pattern.Type == "daily" {
		for k := 0; k < guard; k++ {
			if !emit(startDate.AddDate(0, 0, k*r.Pattern.Interval)) {
				break
			}
		}
		return out
	}
	days := weekDays(r, first.Weekday())
	fdow := weekdays[strings.ToLower(r.Pattern.FirstDayOfWeek)] // "" is sunday, Graph's default
	weekStart := startDate.AddDate(0, 0, -((int(startDate.Weekday()) - int(fdow) + 7) % 7))
	for w := 0; w < guard; w++ {
		base := weekStart.AddDate(0, 0, 7*w*r.Pattern.Interval)
		for _, d := range days {
			if !emit(base.AddDate(0, 0, (int(d)-int(fdow)+7)%7)) {
				return out
			}
		}
	}
	return out
}

// weekDays returns a weekly pattern's days sorted from firstDayOfWeek.
func weekDays(r *Recurrence, def time.Weekday) []time.Weekday {
	fdow := weekdays[strings.ToLower(r.Pattern.FirstDayOfWeek)]
	var days []time.Weekday
	for _, d := range r.Pattern.DaysOfWeek {
		days = append(days, weekdays[strings.ToLower(d)])
	}
	if len(days) == 0 {
		days = []time.Weekday{def}
	}
	sort.Slice(days, func(i, j int) bool {
		return (int(days[i])-int(fdow)+7)%7 < (int(days[j])-int(fdow)+7)%7
	})
	return days
}

// overlaps reports whether [s, e) meets [from, to); an all-day event is
// read as UTC dates.
func overlaps(s, e, from, to time.Time) bool {
	if !e.After(s) {
		return !s.Before(from) && s.Before(to) // zero-length: its start counts
	}
	return s.Before(to) && e.After(from)
}

// instances expands o into its instances that overlap [from, to): the
// single instance itself, or a master's occurrences and exceptions (never
// the master).
func instances(o *object, from, to time.Time) []Event {
	e := o.ev
	if e.Recurrence == nil {
		if overlaps(e.Start, e.End, from, to) {
			inst := e.clone()
			inst.Type = "singleInstance"
			return []Event{inst}
		}
		return nil
	}
	var out []Event
	dur := e.End.Sub(e.Start)
	for _, s := range slots(&e, to) {
		if _, ok := o.exceptions[s.Unix()]; ok || !overlaps(s, s.Add(dur), from, to) {
			continue
		}
		out = append(out, occurrence(&e, s, dur))
	}
	for _, x := range o.exceptions {
		if !x.deleted && overlaps(x.ev.Start, x.ev.End, from, to) {
			out = append(out, x.ev.clone())
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start.Before(out[j].Start) })
	return out
}

// occurrence builds the occurrence of master at slot s.
func occurrence(master *Event, s time.Time, dur time.Duration) Event {
	occ := master.clone()
	occ.ID = occurrenceID(master.ID, s)
	occ.Type = "occurrence"
	occ.SeriesMasterID = master.ID
	occ.OriginalStart = s
	occ.Start, occ.End = s, s.Add(dur)
	occ.Recurrence = nil
	occ.ICalUID = occurrenceICalUID(master.ICalUID, s)
	occ.TransactionID = ""
	return occ
}

// isSlot reports whether s is one of master's slots.
func isSlot(master *Event, s time.Time) bool {
	for _, t := range slots(master, s.Add(time.Second)) {
		if t.Equal(s) {
			return true
		}
	}
	return false
}
