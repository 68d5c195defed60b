package sync

import (
	"fmt"
	"strings"
	"time"

	"github.com/emersion/go-ical"
	"github.com/teambition/rrule-go"
)

// occurrence is one start of a series, with its own span when an RDATE
// PERIOD gave one.
type occurrence struct {
	start icalTime
	span  *span
}

// recurring expands a master: DTSTART, the RRULE's starts and the RDATEs,
// minus the EXDATEs and the starts an override replaces, each within the
// horizon and the caps.
func (e *expander) recurring(m *ical.Component, overrides map[int64]*ical.Component) {
	start, d, err := e.startAndSpan(m)
	if err != nil {
		e.note("%v", err)
		return
	}
	rr := m.Props.Get(ical.PropRecurrenceRule)
	rdates := m.Props.Values(ical.PropRecurrenceDates)
	if rr == nil && len(rdates) == 0 {
		e.add(m, start, d, time.Time{})
		return
	}
	// the earliest start whose occurrence can still reach into the horizon
	lo := e.o.From.Add(-(time.Duration(d.days)*25*time.Hour + d.exact))
	excluded, excludedDays := e.exdates(m)
	seen := map[int64]bool{}
	added := 0
	emit := func(oc occurrence) bool {
		t := oc.start.t
		if t.Before(lo) || !t.Before(e.o.To) || seen[t.Unix()] {
			return true
		}
		seen[t.Unix()] = true
		if excluded[t.Unix()] || (!oc.start.date && excludedDays[dayKey(t.In(e.o.Zone))]) {
			return true
		}
		if _, ok := overrides[t.Unix()]; ok {
			return true
		}
		if added >= e.o.MaxOccurrences {
			e.note("series %s capped at %d occurrences", uidOf(m), e.o.MaxOccurrences)
			return false
		}
		added++
		sp := d
		if oc.span != nil {
			sp = *oc.span
		}
		e.add(m, oc.start, sp, t)
		return true
	}
	if !emit(occurrence{start: start}) {
		return
	}
	for _, rd := range rdates {
		for _, oc := range e.rdates(rd) {
			if !emit(oc) {
				return
			}
		}
	}
	if rr != nil {
		e.rrule(rr.Value, start, emit)
	}
}

// rrule walks the rule's starts in time order until the horizon ends, a
// cap is reached, or maxSteps starts were taken.
func (e *expander) rrule(value string, start icalTime, emit func(occurrence) bool) {
	rule, untilText := splitUntil(value)
	opt, err := rrule.StrToROptionInLocation(rule, start.loc)
	if err != nil {
		e.note("RRULE %q: %v", value, err)
		return
	}
	if untilText != "" {
		until, err := e.until(untilText, start)
		if err != nil {
			e.note("RRULE UNTIL: %v", err)
			return
		}
		opt.Until = until
	}
	opt.Dtstart = start.t.In(start.loc)
	r, err := rrule.NewRRule(*opt)
	if err != nil {
		e.note("RRULE %q: %v", value, err)
		return
	}
	next := r.Iterator()
	for range maxSteps {
		t, ok := next()
		if !ok || !t.Before(e.o.To) {
			return
		}
		oc := icalTime{t: reanchor(t, start.loc), date: start.date, loc: start.loc}
		if !emit(occurrence{start: oc}) {
			return
		}
	}
	e.note("RRULE %q stopped after %d steps", value, maxSteps)
}

// splitUntil takes UNTIL out of a rule, so it is read by our rules rather
// than rrule-go's (which reads a floating or DATE UNTIL as UTC).
func splitUntil(rule string) (rest, until string) {
	parts := strings.Split(strings.TrimPrefix(strings.TrimSpace(rule), "RRULE:"), ";")
	kept := parts[:0]
	for _, p := range parts {
		if v, ok := strings.CutPrefix(strings.ToUpper(p), "UNTIL="); ok {
			until = v
			continue
		}
		kept = append(kept, p)
	}
	return strings.Join(kept, ";"), until
}

// until reads UNTIL: a UTC value as is; a floating value in DTSTART's zone
// (invalid per RFC 5545 with a TZID, but seen in the wild); a DATE as the
// end of that local day, inclusive (PROTOCOLS.md §3.2).
func (e *expander) until(v string, start icalTime) (time.Time, error) {
	if len(v) == 8 {
		y, m, d, err := parseDate(v)
		if err != nil {
			return time.Time{}, err
		}
		return wallTime(y, time.Month(m), d, 23, 59, 59, start.loc), nil
	}
	params := ical.Params{}
	if !strings.HasSuffix(v, "Z") && start.loc != nil {
		params.Set(ical.ParamTimezoneID, start.loc.String())
	}
	t, err := e.tr.read(v, params)
	if err != nil {
		return time.Time{}, err
	}
	if !strings.HasSuffix(v, "Z") {
		y, mo, d := t.t.Date()
		h, mi, s := t.t.Clock()
		return wallTime(y, mo, d, h, mi, s, start.loc), nil
	}
	return t.t, nil
}

// rdates reads one RDATE property: a comma list of DATE, DATE-TIME or PERIOD
// values (go-ical reads only one value).
func (e *expander) rdates(p ical.Prop) []occurrence {
	var out []occurrence
	for _, v := range strings.Split(p.Value, ",") {
		if len(out) >= e.o.MaxOccurrences {
			break
		}
		startText, endText, isPeriod := strings.Cut(v, "/")
		t, err := e.tr.read(startText, p.Params)
		if err != nil {
			e.note("RDATE: %v", err)
			continue
		}
		oc := occurrence{start: t}
		if isPeriod {
			if strings.HasPrefix(endText, "P") || strings.HasPrefix(endText, "+P") {
				if d, err := parseSpan(endText); err == nil {
					oc.span = &d
				}
			} else if end, err := e.tr.read(endText, p.Params); err == nil {
				oc.span = &span{exact: end.t.Sub(t.t)}
			}
		}
		out = append(out, oc)
	}
	return out
}

// exdates reads the EXDATE lists: instants to leave out (compared as
// instants, so a UTC EXDATE matches a TZID series), and local days for DATE
// values against a DATE-TIME series.
func (e *expander) exdates(m *ical.Component) (map[int64]bool, map[string]bool) {
	inst, days := map[int64]bool{}, map[string]bool{}
	for _, p := range m.Props.Values(ical.PropExceptionDates) {
		for _, v := range strings.Split(p.Value, ",") {
			t, err := e.tr.read(v, p.Params)
			if err != nil {
				e.note("EXDATE: %v", err)
				continue
			}
			inst[t.t.Unix()] = true
			if t.date {
				days[dayKey(t.t)] = true
			}
		}
	}
	return inst, days
}

func dayKey(t time.Time) string {
	y, m, d := t.Date()
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
}
