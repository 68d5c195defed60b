package sync

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/emersion/go-ical"

	"github.com/planner-dk/planner/planner"
)

// Planner's ownership markers on a pushed event (PROTOCOLS.md §4.1). They
// are secondary: ownership is the href being in the push table; clients may
// strip X- properties, which is itself a sign of an external edit.
const (
	propMeetingID = "X-PLANNER-MEETING-ID"
	propTarget    = "X-PLANNER-TARGET"
	propVersion   = "X-PLANNER-VERSION"
	propHash      = "X-PLANNER-HASH"
	uidPrefix     = "planner-"
)

// Marker is what an object says about being Planner's.
type Marker struct {
	MeetingID planner.MeetingID // from X-PLANNER-MEETING-ID or the UID
	AdvisorID planner.AdvisorID // from X-PLANNER-TARGET or the UID
	Version   int64
	Hash      string // X-PLANNER-HASH: the owned-field hash as written
	Stripped  bool   // the UID says Planner but the X-PLANNER-* properties are gone
	// Owned is the owned-field hash of the object as it is now.
	Owned string
}

// Planner reports whether the object claims to be one of Planner's events.
func (m Marker) Planner() bool { return m.MeetingID != 0 }

// readMarker reads the markers of an object's first VEVENT.
func readMarker(c *ical.Component, uid string) Marker {
	var m Marker
	if rest, ok := strings.CutPrefix(uid, uidPrefix); ok {
		rest, _, _ = strings.Cut(rest, "@")
		mid, aid, _ := strings.Cut(rest, "-")
		m.MeetingID = planner.MeetingID(atoi(mid))
		m.AdvisorID = planner.AdvisorID(atoi(aid))
	}
	if v := propValue(c.Props, propMeetingID); v != "" {
		m.MeetingID = planner.MeetingID(atoi(v))
	} else if m.MeetingID != 0 {
		m.Stripped = true
	}
	if v, ok := strings.CutPrefix(propValue(c.Props, propTarget), "advisor:"); ok {
		m.AdvisorID = planner.AdvisorID(atoi(v))
	}
	m.Version = atoi(propValue(c.Props, propVersion))
	m.Hash = propValue(c.Props, propHash)
	return m
}

func atoi(s string) int64 {
	n, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
	if err != nil || n < 0 {
		return 0
	}
	return n
}

// Event is a Planner meeting as written into one advisor's calendar. It
// carries no CPR and no attendees, so no server sends invitations
// (PROTOCOLS.md §2.4); a group session is one event per advisor, never one
// per seat.
type Event struct {
	MeetingID planner.MeetingID
	AdvisorID planner.AdvisorID
	Domain    string // the job centre's domain, for the UID
	Version   int64
	// Start and End are the time the advisor is busy: the meeting plus its
	// reporting time, so the advisor's own calendar blocks it too (§2).
	Start, End  time.Time
	Summary     string
	Location    string
	Description string
	Zone        *time.Location
	Stamp       time.Time
}

// EventFor makes the event of meeting m in advisor a's calendar. The
// summary is the meeting's title with the reporting time as the calendar
// shows it ("Samtale (+15 min afrapporteringstid)").
func EventFor(m planner.Meeting, a planner.AdvisorID, location, domain string, zone *time.Location, version int64) Event {
	summary := m.Title
	if m.ReportingMinutes > 0 {
		summary += fmt.Sprintf(" (+%d min afrapporteringstid)", m.ReportingMinutes)
	}
	busy := m.Busy()
	desc := fmt.Sprintf("%s, %s. Mødet er oprettet i Planner og ændres eller slettes kun dér.", m.Form, m.Channel)
	if m.ReportingMinutes > 0 {
		desc = fmt.Sprintf("Samtalen slutter %s; derefter %d min afrapporteringstid. ", m.End.In(zone).Format("15:04"), m.ReportingMinutes) + desc
	}
	return Event{MeetingID: m.ID, AdvisorID: a, Domain: domain, Version: version,
		Start: busy.Start, End: busy.End, Summary: cleanText(summary), Location: cleanText(location),
		Description: cleanText(desc), Zone: zone}
}

// cleanText drops control characters other than newline and tab from text
// an administrator typed (an offer's name, a room's), so no title can break
// the iCalendar line structure.
func cleanText(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 && r != '\n' && r != '\t' || r == 0x7f {
			return -1
		}
		return r
	}, s)
}

// Name is the event's resource name, also its UID's local part:
// planner-<meeting>-<advisor>, only [a-z0-9-] (PROTOCOLS.md §4.1).
func (e Event) Name() string { return fmt.Sprintf("%s%d-%d", uidPrefix, e.MeetingID, e.AdvisorID) }

// UID is the event's UID, derived from the meeting and the advisor, so a
// retried create can never make a second event.
func (e Event) UID() string {
	d := e.Domain
	if d == "" {
		d = "planner.invalid"
	}
	return e.Name() + "@" + d
}

// OwnedHash is the hash of the fields Planner owns, as this event writes them.
func (e Event) OwnedHash() string {
	return OwnedHash(e.Start, e.End, e.Summary, e.Location, "CONFIRMED", "OPAQUE")
}

// Encode writes the event as a VCALENDAR: DTSTART/DTEND with TZID and its
// VTIMEZONE when the zone follows the EU summer-time rule (Europe/Copenhagen
// does), else in UTC.
func (e Event) Encode() []byte {
	cal := ical.NewCalendar()
	cal.Props.SetText(ical.PropProductID, "-//Planner//Planner//DA")
	cal.Props.SetText(ical.PropVersion, "2.0")
	zone := e.Zone
	vtz := euTimezone(zone)
	if vtz == nil {
		zone = time.UTC
	} else {
		cal.Children = append(cal.Children, vtz)
	}
	ev := ical.NewComponent(ical.CompEvent)
	ev.Props.SetText(ical.PropUID, e.UID())
	stamp := e.Stamp
	if stamp.IsZero() {
		stamp = time.Now()
	}
	ev.Props.SetDateTime(ical.PropDateTimeStamp, stamp.UTC())
	setTime(ev, ical.PropDateTimeStart, e.Start, zone)
	setTime(ev, ical.PropDateTimeEnd, e.End, zone)
	ev.Props.SetText(ical.PropSummary, e.Summary)
	if e.Location != "" {
		ev.Props.SetText(ical.PropLocation, e.Location)
	}
	ev.Props.SetText(ical.PropDescription, e.Description)
	ev.Props.SetText(ical.PropStatus, "CONFIRMED")
	ev.Props.SetText(ical.PropTransparency, "OPAQUE")
	setRaw(ev, ical.PropSequence, strconv.FormatInt(e.Version, 10))
	setRaw(ev, propMeetingID, strconv.FormatInt(int64(e.MeetingID), 10))
	setRaw(ev, propTarget, fmt.Sprintf("advisor:%d", e.AdvisorID))
	setRaw(ev, propVersion, strconv.FormatInt(e.Version, 10))
	setRaw(ev, propHash, e.OwnedHash())
	cal.Children = append(cal.Children, ev)
	var b bytes.Buffer
	if err := ical.NewEncoder(&b).Encode(cal); err != nil {
		// Only a programming error can make our own event invalid.
		panic(fmt.Sprintf("sync: encode event %s: %v", e.UID(), err))
	}
	return b.Bytes()
}

// setRaw sets a property whose value needs no escaping, without the
// VALUE=TEXT parameter go-ical's SetText adds to non-text properties.
func setRaw(c *ical.Component, name, value string) {
	p := ical.NewProp(name)
	p.Value = value
	c.Props.Set(p)
}

func setTime(c *ical.Component, name string, t time.Time, zone *time.Location) {
	if zone == time.UTC {
		c.Props.SetDateTime(name, t.UTC())
		return
	}
	p := ical.NewProp(name)
	p.Value = t.In(zone).Format("20060102T150405")
	p.Params.Set(ical.ParamTimezoneID, zone.String())
	c.Props.Set(p)
}

// euTimezone builds the VTIMEZONE of a zone that follows the EU rule
// (summer time from the last Sunday of March to the last Sunday of October,
// switching at 01:00 UTC); nil for any other zone.
func euTimezone(loc *time.Location) *ical.Component {
	if loc == nil || loc == time.UTC {
		return nil
	}
	year := 2026
	_, std := time.Date(year, 1, 15, 12, 0, 0, 0, loc).Zone()
	_, dst := time.Date(year, 7, 15, 12, 0, 0, 0, loc).Zone()
	if dst-std != 3600 {
		return nil
	}
	for _, switchDay := range []time.Time{lastSunday(year, time.March), lastSunday(year, time.October)} {
		at := switchDay.Add(time.Hour) // 01:00 UTC
		_, before := at.Add(-time.Minute).In(loc).Zone()
		_, after := at.Add(time.Minute).In(loc).Zone()
		if before == after {
			return nil
		}
	}
	off := func(s int) string { return strings.ReplaceAll(offsetName(s)[3:], ":", "") }
	tz := ical.NewComponent(ical.CompTimezone)
	tz.Props.SetText(ical.PropTimezoneID, loc.String())
	part := func(name, start, rule string, from, to int) *ical.Component {
		c := ical.NewComponent(name)
		setRaw(c, ical.PropTimezoneOffsetFrom, off(from))
		setRaw(c, ical.PropTimezoneOffsetTo, off(to))
		setRaw(c, ical.PropDateTimeStart, start)
		setRaw(c, ical.PropRecurrenceRule, rule)
		return c
	}
	stdLocal := fmt.Sprintf("19701025T%02d0000", 1+(dst/3600))
	dstLocal := fmt.Sprintf("19700329T%02d0000", 1+(std/3600))
	tz.Children = append(tz.Children,
		part(ical.CompTimezoneDaylight, dstLocal, "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", std, dst),
		part(ical.CompTimezoneStandard, stdLocal, "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", dst, std))
	return tz
}

func lastSunday(year int, m time.Month) time.Time {
	d := time.Date(year, m+1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, -1)
	for d.Weekday() != time.Sunday {
		d = d.AddDate(0, 0, -1)
	}
	return d
}

// ownedProps are the VEVENT properties Planner writes and owns; a restore
// writes them over an edited copy and keeps everything else the advisor's
// client added (alarms, categories, colours).
var ownedProps = []string{
	ical.PropUID, ical.PropDateTimeStamp, ical.PropDateTimeStart, ical.PropDateTimeEnd, ical.PropDuration,
	ical.PropSummary, ical.PropLocation, ical.PropDescription, ical.PropStatus, ical.PropTransparency,
	ical.PropSequence, ical.PropRecurrenceRule, ical.PropRecurrenceDates, ical.PropExceptionDates,
	propMeetingID, propTarget, propVersion, propHash,
}

// MergeInto writes the event's owned fields over cur, the copy an advisor's
// client edited, keeping its alarms and other properties (PROTOCOLS.md §4.3).
// A copy it cannot merge safely (unreadable, or holding overrides) is
// replaced by the event as a whole.
func (e Event) MergeInto(cur []byte) []byte {
	whole := e.Encode()
	curCal, err := Decode(cur)
	if err != nil {
		return whole
	}
	ours, err := Decode(whole)
	if err != nil {
		return whole
	}
	var theirs, mine *ical.Component
	var events int
	for _, c := range curCal.Children {
		if c.Name == ical.CompEvent {
			events++
			theirs = c
		}
	}
	for _, c := range ours.Children {
		if c.Name == ical.CompEvent {
			mine = c
		}
	}
	if events != 1 || theirs == nil || mine == nil {
		return whole
	}
	for _, name := range ownedProps {
		theirs.Props.Del(name)
		if ps := mine.Props.Values(name); len(ps) > 0 {
			theirs.Props[name] = ps
		}
	}
	// the time zones Planner's times name replace those of the copy
	kept := curCal.Children[:0]
	for _, c := range curCal.Children {
		if c.Name != ical.CompTimezone {
			kept = append(kept, c)
		}
	}
	curCal.Children = kept
	for _, c := range ours.Children {
		if c.Name == ical.CompTimezone {
			curCal.Children = append([]*ical.Component{c}, curCal.Children...)
		}
	}
	var b bytes.Buffer
	if err := ical.NewEncoder(&b).Encode(curCal); err != nil {
		return whole
	}
	return b.Bytes()
}
