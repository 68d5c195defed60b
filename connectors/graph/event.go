package graph

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/emersion/go-ical"

	calsync "github.com/planner-dk/planner/sync"
)

// event is the part of Graph's event resource the connector reads
// (PROTOCOLS.md §1.3 "Fields to read from pulled events").
type event struct {
	ID                    string          `json:"id"`
	ETag                  string          `json:"@odata.etag"`
	Removed               *removed        `json:"@removed"`
	TransactionID         *string         `json:"transactionId"`
	Type                  string          `json:"type"`
	SeriesMasterID        *string         `json:"seriesMasterId"`
	Subject               string          `json:"subject"`
	Start                 *dateTimeZone   `json:"start"`
	End                   *dateTimeZone   `json:"end"`
	IsAllDay              bool            `json:"isAllDay"`
	ShowAs                string          `json:"showAs"`
	IsCancelled           bool            `json:"isCancelled"`
	Sensitivity           string          `json:"sensitivity"`
	ResponseStatus        *responseStatus `json:"responseStatus"`
	Location              *location       `json:"location"`
	OriginalStartTimeZone string          `json:"originalStartTimeZone"`
	Extended              []extendedProp  `json:"singleValueExtendedProperties,omitempty"`
}

type removed struct {
	Reason string `json:"reason"`
}

type dateTimeZone struct {
	DateTime string `json:"dateTime"`
	TimeZone string `json:"timeZone"`
}

type responseStatus struct {
	Response string `json:"response"`
}

type location struct {
	DisplayName string `json:"displayName"`
}

type extendedProp struct {
	ID    string `json:"id"`
	Value string `json:"value"`
}

type body struct {
	ContentType string `json:"contentType"`
	Content     string `json:"content"`
}

// Planner's extended properties: a GUID of its own names the property set
// (PROTOCOLS.md §1.2 "Tagging our items").
const (
	propertySet = "{6b2c64c5-4a0e-4f8e-9a3e-0c1d5e7a9b21}"
	propTarget  = "String " + propertySet + " Name PlannerTarget"
	propVersion = "String " + propertySet + " Name PlannerVersion"
	propHash    = "String " + propertySet + " Name PlannerHash"
)

// layout is Graph's dateTime: no offset, the zone in timeZone; Graph
// answers with seven fractional digits, which parsing accepts too.
const layout = "2006-01-02T15:04:05"

// instant reads a Graph dateTimeTimeZone as an instant. Under
// Prefer: outlook.timezone="UTC" the zone is UTC; another one is read by
// its IANA or Windows name.
func (d *dateTimeZone) instant() (time.Time, error) {
	if d == nil || d.DateTime == "" {
		return time.Time{}, fmt.Errorf("no date-time: %w", calsync.ErrMalformed)
	}
	loc := time.UTC
	if z := d.TimeZone; z != "" && !strings.EqualFold(z, "UTC") {
		if l := calsync.ResolveTZID(z); l != nil {
			loc = l
		}
	}
	s := d.DateTime
	if i := strings.IndexByte(s, '.'); i > 0 {
		s = s[:i]
	}
	t, err := time.ParseInLocation(layout, strings.TrimSuffix(s, "Z"), loc)
	if err != nil {
		return time.Time{}, fmt.Errorf("date-time %q: %w", d.DateTime, calsync.ErrMalformed)
	}
	return t, nil
}

// busyStatus maps Graph's showAs to Outlook's iCalendar busy status and
// TRANSP; an unknown or absent value blocks (fail closed).
var busyStatus = map[string]struct{ status, transp string }{
	"free":             {"FREE", "TRANSPARENT"},
	"tentative":        {"TENTATIVE", "OPAQUE"},
	"busy":             {"BUSY", "OPAQUE"},
	"oof":              {"OOF", "OPAQUE"},
	"workingElsewhere": {"WORKINGELSEWHERE", "OPAQUE"},
	"unknown":          {"", "OPAQUE"},
}

// partstat maps the mailbox owner's own responseStatus to the PARTSTAT of
// their ATTENDEE line; "none" and "organizer" are no attendance at all.
var partstat = map[string]string{
	"accepted":            "ACCEPTED",
	"tentativelyAccepted": "TENTATIVE",
	"declined":            "DECLINED",
	"notResponded":        "NEEDS-ACTION",
}

// render writes a Graph event as the one-VEVENT VCALENDAR the engine reads:
// times in UTC (an all-day event as its dates), busy-ness from showAs,
// isCancelled and the owner's own response, privacy from sensitivity. Each
// occurrence of a series is an object of its own, as Graph lists it, so no
// recurrence rule is expanded twice. The UID is Planner's own where the
// event carries Planner's transactionId (its copy is recognised on pull),
// else the event id; originalStartTimeZone is kept for display.
func render(e event, mailbox string) ([]byte, error) {
	start, err := e.Start.instant()
	if err != nil {
		return nil, fmt.Errorf("event start: %w", err)
	}
	end, err := e.End.instant()
	if err != nil {
		return nil, fmt.Errorf("event end: %w", err)
	}
	if end.Before(start) {
		return nil, fmt.Errorf("event ends before it starts: %w", calsync.ErrMalformed)
	}
	cal := ical.NewCalendar()
	cal.Props.SetText(ical.PropProductID, "-//Planner//Microsoft Graph//DA")
	cal.Props.SetText(ical.PropVersion, "2.0")
	ev := ical.NewComponent(ical.CompEvent)
	ev.Props.SetText(ical.PropUID, uidOf(e))
	ev.Props.SetDateTime(ical.PropDateTimeStamp, time.Unix(0, 0).UTC())
	if e.IsAllDay {
		// the event's own calendar dates, read in the advisor's zone by
		// the engine, never as UTC instants (PROTOCOLS.md §1.3 pitfall 4)
		if !end.After(start) {
			end = start.AddDate(0, 0, 1)
		}
		ev.Props.SetDate(ical.PropDateTimeStart, start)
		ev.Props.SetDate(ical.PropDateTimeEnd, end)
	} else {
		ev.Props.SetDateTime(ical.PropDateTimeStart, start.UTC())
		ev.Props.SetDateTime(ical.PropDateTimeEnd, end.UTC())
	}
	ev.Props.SetText(ical.PropSummary, e.Subject)
	if e.Location != nil && e.Location.DisplayName != "" {
		ev.Props.SetText(ical.PropLocation, e.Location.DisplayName)
	}
	status := "CONFIRMED"
	if e.IsCancelled {
		status = "CANCELLED"
	}
	setRaw(ev, ical.PropStatus, status)
	bs, ok := busyStatus[e.ShowAs]
	if !ok {
		bs = busyStatus["unknown"]
	}
	setRaw(ev, ical.PropTransparency, bs.transp)
	if bs.status != "" {
		setRaw(ev, "X-MICROSOFT-CDO-BUSYSTATUS", bs.status)
	}
	switch e.Sensitivity {
	case "private":
		setRaw(ev, ical.PropClass, "PRIVATE")
	case "confidential":
		setRaw(ev, ical.PropClass, "CONFIDENTIAL")
	}
	if e.ResponseStatus != nil && mailbox != "" {
		if ps := partstat[e.ResponseStatus.Response]; ps != "" {
			p := ical.NewProp(ical.PropAttendee)
			p.Value = "mailto:" + mailbox
			p.Params.Set(ical.ParamParticipationStatus, ps)
			ev.Props.Add(p)
		}
	}
	if e.OriginalStartTimeZone != "" {
		setRaw(ev, "X-PLANNER-ORIGINAL-TZ", escapeText(e.OriginalStartTimeZone))
	}
	if e.Type != "" {
		setRaw(ev, "X-PLANNER-GRAPH-TYPE", escapeText(e.Type))
	}
	if e.SeriesMasterID != nil && *e.SeriesMasterID != "" {
		setRaw(ev, "X-PLANNER-GRAPH-SERIES", escapeText(*e.SeriesMasterID))
	}
	cal.Children = append(cal.Children, ev)
	var b bytes.Buffer
	if err := ical.NewEncoder(&b).Encode(cal); err != nil {
		return nil, fmt.Errorf("render event: %v: %w", err, calsync.ErrMalformed)
	}
	return b.Bytes(), nil
}

// uidOf is the UID an event is rendered with: the one Planner wrote into its
// transactionId (see transactionID), else the event's own id, which Graph
// keeps distinct per occurrence.
func uidOf(e event) string {
	if e.TransactionID != nil {
		s := *e.TransactionID
		if i := strings.LastIndexByte(s, '/'); i > 0 {
			if j := strings.LastIndexByte(s[:i], '/'); j > 0 {
				return s[:j]
			}
		}
	}
	return e.ID
}

// transactionID is the create's transactionId, derived from the sync item:
// "<uid>/<version>/<name>". A retry of the same write is the same id (Graph
// may dedupe it); every new version of the event, and another name, is
// another.
func (o outgoing) transactionID() string { return o.UID + "/" + o.Version + "/" + o.Name }

// textEscaper escapes a TEXT value (RFC 5545 §3.3.11); built once, as a
// Replacer is costly to build and safe to share.
var textEscaper = strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\n", `\n`, "\r", "")

func escapeText(s string) string { return textEscaper.Replace(s) }

func setRaw(c *ical.Component, name, value string) {
	p := ical.NewProp(name)
	p.Value = value
	c.Props.Set(p)
}

// outgoing is what Planner writes of an event: read from the iCalendar the
// engine hands over (its own Event.Encode, or an edited copy merged with it).
type outgoing struct {
	UID, Name         string
	Start, End        time.Time
	AllDay            bool
	Summary, Location string
	Description       string
	Version, Hash     string
	Transparent       bool
}

// readOutgoing reads the first VEVENT of data.
func readOutgoing(data []byte) (outgoing, error) {
	cal, err := calsync.Decode(data)
	if err != nil {
		return outgoing{}, fmt.Errorf("graph: event to write: %v: %w", err, calsync.ErrMalformed)
	}
	var ev *ical.Component
	for _, c := range cal.Children {
		if c.Name == ical.CompEvent {
			ev = c
			break
		}
	}
	if ev == nil {
		return outgoing{}, fmt.Errorf("graph: event to write: no VEVENT: %w", calsync.ErrMalformed)
	}
	var o outgoing
	o.UID = text(ev, ical.PropUID)
	o.Name, _, _ = strings.Cut(o.UID, "@") // the engine's name; Create may name it otherwise
	if o.Name == "" {
		return outgoing{}, fmt.Errorf("graph: event to write: no UID: %w", calsync.ErrMalformed)
	}
	if p := ev.Props.Get(ical.PropDateTimeStart); p != nil && p.ValueType() == ical.ValueDate {
		o.AllDay = true
	}
	if o.Start, err = ev.Props.DateTime(ical.PropDateTimeStart, time.UTC); err != nil || o.Start.IsZero() {
		return outgoing{}, fmt.Errorf("graph: event to write: DTSTART: %w", calsync.ErrMalformed)
	}
	if o.End, err = ev.Props.DateTime(ical.PropDateTimeEnd, time.UTC); err != nil || o.End.IsZero() {
		return outgoing{}, fmt.Errorf("graph: event to write: DTEND: %w", calsync.ErrMalformed)
	}
	o.Summary = text(ev, ical.PropSummary)
	o.Location = text(ev, ical.PropLocation)
	o.Description = text(ev, ical.PropDescription)
	o.Version = text(ev, "X-PLANNER-VERSION")
	if o.Version == "" {
		o.Version = text(ev, ical.PropSequence)
	}
	o.Hash = text(ev, "X-PLANNER-HASH")
	o.Transparent = strings.EqualFold(text(ev, ical.PropTransparency), "TRANSPARENT")
	return o, nil
}

func text(c *ical.Component, name string) string {
	p := c.Props.Get(name)
	if p == nil {
		return ""
	}
	if v, err := p.Text(); err == nil {
		return v
	}
	return p.Value
}

// graphBody is the JSON Planner POSTs or PATCHes: a single instance with no
// attendees, so Exchange sends no invitation, no reminder, Planner's
// marker. create adds the transactionId, which Graph lets no update change.
func (o outgoing) graphBody(create bool) map[string]any {
	when := func(t time.Time) map[string]string {
		if o.AllDay {
			return map[string]string{"dateTime": t.Format("2006-01-02") + "T00:00:00", "timeZone": "UTC"}
		}
		return map[string]string{"dateTime": t.UTC().Format(layout), "timeZone": "UTC"}
	}
	showAs := "busy"
	if o.Transparent {
		showAs = "free"
	}
	b := map[string]any{
		"subject":  o.Summary,
		"body":     body{ContentType: "text", Content: o.Description},
		"start":    when(o.Start),
		"end":      when(o.End),
		"isAllDay": o.AllDay,
		"location": location{DisplayName: o.Location},
		"showAs":   showAs,
		"singleValueExtendedProperties": []extendedProp{
			{ID: propVersion, Value: o.Version},
			{ID: propHash, Value: o.Hash},
		},
	}
	if create {
		// the marker names the event for good: an update leaves it
		b["singleValueExtendedProperties"] = append([]extendedProp{{ID: propTarget, Value: o.Name}},
			b["singleValueExtendedProperties"].([]extendedProp)...)
		b["isReminderOn"] = false
		b["responseRequested"] = false
		b["allowNewTimeProposals"] = false
		b["transactionId"] = o.transactionID()
	}
	return b
}
