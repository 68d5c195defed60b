package sync

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/emersion/go-ical"
)

// Options bound and steer the reading of one calendar object.
type Options struct {
	// From and To are the sync horizon: only occurrences overlapping it
	// are returned.
	From, To time.Time
	// Zone is the advisor's zone: floating times, all-day dates and the
	// fallback for unknown TZIDs are read in it.
	Zone *time.Location
	// MaxOccurrences caps the occurrences one series yields inside the
	// horizon; 0 means 5,000.
	MaxOccurrences int
	// Self lists the advisor's own calendar addresses (mailto:…), so
	// a declined invitation does not block.
	Self []string
	// NeedsActionFree makes an unanswered invitation not block.
	NeedsActionFree bool
}

// maxSteps bounds the recurrence steps one series may take, before and in
// the horizon, so no input makes the expansion run away.
const maxSteps = 200_000

// Item is one busy span from an advisor's own calendar.
type Item struct {
	UID          string
	RecurrenceID time.Time // the occurrence's original start; zero for a single event
	Start, End   time.Time // UTC
	Summary      string    // "" when private
	Private      bool
	AllDay       bool
}

// Parsed is what a calendar object means to the sync.
type Parsed struct {
	UID   string
	Items []Item // the occurrences that block time inside the horizon, by start
	// Hash is the content hash over the semantic properties only
	// (PROTOCOLS.md §3.3 step 6): a server rewriting the object, or a
	// DTSTAMP, PRODID, VTIMEZONE or alarm change, leaves it unchanged.
	Hash string
	// Marker holds Planner's ownership markers, if the object carries any.
	Marker Marker
	// Notes say what was guessed or cut: an unknown TZID read in the
	// advisor's zone, a series capped, a RANGE=THISANDFUTURE taken as one
	// occurrence.
	Notes []string
}

// ErrNoEvent: the object holds no VEVENT.
var ErrNoEvent = errors.New("sync: no VEVENT in calendar object")

// Parse reads one calendar object and expands its events over the horizon
// on the client side (PROTOCOLS.md §3.2–§3.3): RRULE with UNTIL normalised,
// RDATE and EXDATE lists, RECURRENCE-ID overrides, nominal durations, DATE
// arithmetic across DST, and the busy-ness table.
func Parse(data []byte, o Options) (Parsed, error) {
	if o.Zone == nil {
		o.Zone = time.UTC
	}
	if o.MaxOccurrences <= 0 {
		o.MaxOccurrences = 5000
	}
	cal, err := Decode(data)
	if err != nil {
		return Parsed{}, fmt.Errorf("decode icalendar: %w", err)
	}
	var events []*ical.Component
	for _, c := range cal.Children {
		if c.Name == ical.CompEvent {
			events = append(events, c)
		}
	}
	if len(events) == 0 {
		return Parsed{}, ErrNoEvent
	}
	e := &expander{o: &o, tr: newTimeReader(cal, o.Zone)}
	p := Parsed{Hash: contentHash(events, o.Self)}
	p.UID = strings.TrimSpace(propValue(events[0].Props, ical.PropUID))
	p.Marker = readMarker(events[0], p.UID)
	if p.Marker.Planner() {
		p.Marker.Owned = e.ownedHash(events[0])
	}
	for _, group := range groupByUID(events) {
		e.series(group)
	}
	slices.SortFunc(e.items, func(a, b Item) int { return a.Start.Compare(b.Start) })
	p.Items, p.Notes = e.items, e.notes
	return p, nil
}

// groupByUID groups a master with its overrides.
func groupByUID(events []*ical.Component) [][]*ical.Component {
	var order []string
	groups := map[string][]*ical.Component{}
	for _, c := range events {
		uid := strings.TrimSpace(propValue(c.Props, ical.PropUID))
		if _, ok := groups[uid]; !ok {
			order = append(order, uid)
		}
		groups[uid] = append(groups[uid], c)
	}
	out := make([][]*ical.Component, 0, len(order))
	for _, uid := range order {
		out = append(out, groups[uid])
	}
	return out
}

type expander struct {
	o     *Options
	tr    *timeReader
	items []Item
	notes []string
}

func (e *expander) note(format string, args ...any) {
	if len(e.notes) < 20 {
		e.notes = append(e.notes, fmt.Sprintf(format, args...))
	}
}

// series expands one UID: the master's occurrences minus those an override
// replaces, plus the overrides (which may move into the horizon from
// outside it). An override without a master stands alone.
func (e *expander) series(group []*ical.Component) {
	var master *ical.Component
	overrides := map[int64]*ical.Component{}
	for _, c := range group {
		rid := c.Props.Get(ical.PropRecurrenceID)
		if rid == nil {
			if master == nil {
				master = c
			}
			continue
		}
		t, err := e.tr.read(rid.Value, rid.Params)
		if err != nil {
			e.note("bad RECURRENCE-ID: %v", err)
			continue
		}
		if strings.EqualFold(rid.Params.Get(ical.ParamRange), "THISANDFUTURE") {
			e.note("RANGE=THISANDFUTURE taken as one occurrence")
		}
		overrides[t.t.Unix()] = c
		e.single(c, t.t)
	}
	if master == nil {
		return
	}
	if ok, reason := blocks(master, e.o); !ok && reason == reasonCancelled {
		// a cancelled master cancels the whole series, overrides included
		e.items = slices.DeleteFunc(e.items, func(it Item) bool { return it.UID == uidOf(master) })
		return
	}
	e.recurring(master, overrides)
}

func uidOf(c *ical.Component) string { return strings.TrimSpace(propValue(c.Props, ical.PropUID)) }

// single adds one override (or standalone occurrence) if it blocks.
func (e *expander) single(c *ical.Component, rid time.Time) {
	start, dur, err := e.startAndSpan(c)
	if err != nil {
		e.note("%v", err)
		return
	}
	e.add(c, start, dur, rid)
}

// startAndSpan reads DTSTART and the event's length: DTEND (an exact
// difference for DATE-TIMEs, whole days for DATEs), else DURATION (nominal
// days plus an exact part), else one day for a DATE and none for a
// DATE-TIME (RFC 5545 §3.6.1).
func (e *expander) startAndSpan(c *ical.Component) (icalTime, span, error) {
	dp := c.Props.Get(ical.PropDateTimeStart)
	if dp == nil {
		return icalTime{}, span{}, errors.New("VEVENT without DTSTART")
	}
	start, err := e.tr.read(dp.Value, dp.Params)
	if err != nil {
		return icalTime{}, span{}, fmt.Errorf("DTSTART: %w", err)
	}
	if start.guess {
		e.note("unknown TZID %q read as %s", dp.Params.Get(ical.ParamTimezoneID), e.o.Zone)
	}
	if ep := c.Props.Get(ical.PropDateTimeEnd); ep != nil {
		end, err := e.tr.read(ep.Value, ep.Params)
		if err != nil {
			return icalTime{}, span{}, fmt.Errorf("DTEND: %w", err)
		}
		if start.date {
			return start, span{days: daysBetween(start.t, end.t)}, nil
		}
		return start, span{exact: end.t.Sub(start.t)}, nil
	}
	if du := c.Props.Get(ical.PropDuration); du != nil {
		d, err := parseSpan(du.Value)
		if err != nil {
			return icalTime{}, span{}, fmt.Errorf("DURATION: %w", err)
		}
		return start, d, nil
	}
	if start.date {
		return start, span{days: 1}, nil
	}
	return start, span{}, nil
}

// daysBetween counts calendar days from a to b (local midnights).
func daysBetween(a, b time.Time) int {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	return int(time.Date(by, bm, bd, 12, 0, 0, 0, time.UTC).Sub(time.Date(ay, am, ad, 12, 0, 0, 0, time.UTC)).Hours() / 24)
}

// add records the occurrence starting at start if it blocks and overlaps
// the horizon; zero-length occurrences never block.
func (e *expander) add(c *ical.Component, start icalTime, d span, rid time.Time) {
	end := d.after(start.t, start.loc)
	if !end.After(start.t) || !end.After(e.o.From) || !start.t.Before(e.o.To) {
		return
	}
	if ok, _ := blocks(c, e.o); !ok {
		return
	}
	it := Item{UID: uidOf(c), RecurrenceID: rid, Start: start.t.UTC(), End: end.UTC(), AllDay: start.date}
	if private(c) {
		it.Private = true
	} else {
		it.Summary, _ = c.Props.Text(ical.PropSummary)
		if len(it.Summary) > 200 {
			it.Summary = it.Summary[:200]
		}
	}
	e.items = append(e.items, it)
}

// ownedHash is OwnedHash of an event as it stands, with RFC 5545's defaults
// for a missing STATUS and TRANSP.
func (e *expander) ownedHash(c *ical.Component) string {
	start, d, err := e.startAndSpan(c)
	if err != nil {
		return ""
	}
	summary, _ := c.Props.Text(ical.PropSummary)
	location, _ := c.Props.Text(ical.PropLocation)
	status := strings.TrimSpace(propValue(c.Props, ical.PropStatus))
	if status == "" {
		status = "CONFIRMED"
	}
	transp := strings.TrimSpace(propValue(c.Props, ical.PropTransparency))
	if transp == "" {
		transp = "OPAQUE"
	}
	return OwnedHash(start.t, d.after(start.t, start.loc), summary, location, status, transp)
}

// Decode parses an iCalendar object. go-ical panics on some malformed
// content lines (a parameter with nothing after "=" at the end of a line,
// found by FuzzParse); foreign data must never stop a pull, so a panic inside
// the decoder becomes an error.
func Decode(data []byte) (cal *ical.Calendar, err error) {
	defer func() {
		if r := recover(); r != nil {
			cal, err = nil, fmt.Errorf("malformed content line: %v", r)
		}
	}()
	return ical.NewDecoder(bytes.NewReader(data)).Decode()
}
