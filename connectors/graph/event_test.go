package graph

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/planner-dk/planner/planner"
	calsync "github.com/planner-dk/planner/sync"
)

const self = "vejleder1@jobcenter.example"

var horizon = calsync.Options{From: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2028, 1, 1, 0, 0, 0, 0, time.UTC),
	Self: []string{self}}

func copenhagen(t *testing.T) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation("Europe/Copenhagen")
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

func ptr(s string) *string { return &s }

// timed is a one-hour Graph event on 7 December 2026 at 09:00 UTC.
func timed(mod func(*event)) event {
	e := event{ID: "AAMkAD1=", ETag: `W/"k1"`, Type: "singleInstance", Subject: "Tandlæge", ShowAs: "busy", Sensitivity: "normal",
		Start: &dateTimeZone{"2026-12-07T09:00:00.0000000", "UTC"}, End: &dateTimeZone{"2026-12-07T10:00:00.0000000", "UTC"}}
	if mod != nil {
		mod(&e)
	}
	return e
}

// TestMapping is PROTOCOLS.md §1.3's mapping of Graph's fields to what
// blocks an advisor's time (SPEC §9: the advisor's own appointments are busy
// time, drawn green, "Privat" where private).
func TestMapping(t *testing.T) {
	cph := copenhagen(t)
	tests := []struct {
		name    string
		ev      event
		blocks  bool
		private bool
		allDay  bool
		start   time.Time
		end     time.Time
	}{
		{"showAs busy blocks", timed(nil), true, false, false, time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC), time.Date(2026, 12, 7, 10, 0, 0, 0, time.UTC)},
		{"showAs tentative blocks", timed(func(e *event) { e.ShowAs = "tentative" }), true, false, false, time.Time{}, time.Time{}},
		{"showAs oof blocks", timed(func(e *event) { e.ShowAs = "oof" }), true, false, false, time.Time{}, time.Time{}},
		{"showAs workingElsewhere blocks", timed(func(e *event) { e.ShowAs = "workingElsewhere" }), true, false, false, time.Time{}, time.Time{}},
		{"showAs unknown blocks (fail closed)", timed(func(e *event) { e.ShowAs = "unknown" }), true, false, false, time.Time{}, time.Time{}},
		{"showAs absent blocks (fail closed)", timed(func(e *event) { e.ShowAs = "" }), true, false, false, time.Time{}, time.Time{}},
		{"showAs free does not block", timed(func(e *event) { e.ShowAs = "free" }), false, false, false, time.Time{}, time.Time{}},
		{"isCancelled does not block", timed(func(e *event) { e.IsCancelled = true }), false, false, false, time.Time{}, time.Time{}},
		{"the advisor's own decline does not block", timed(func(e *event) { e.ResponseStatus = &responseStatus{"declined"} }), false, false, false, time.Time{}, time.Time{}},
		{"an accepted invitation blocks", timed(func(e *event) { e.ResponseStatus = &responseStatus{"accepted"} }), true, false, false, time.Time{}, time.Time{}},
		{"the organizer's own meeting blocks", timed(func(e *event) { e.ResponseStatus = &responseStatus{"organizer"} }), true, false, false, time.Time{}, time.Time{}},
		{"sensitivity private is Privat", timed(func(e *event) { e.Sensitivity = "private" }), true, true, false, time.Time{}, time.Time{}},
		{"sensitivity confidential is Privat", timed(func(e *event) { e.Sensitivity = "confidential" }), true, true, false, time.Time{}, time.Time{}},
		{"sensitivity personal is shown", timed(func(e *event) { e.Sensitivity = "personal" }), true, false, false, time.Time{}, time.Time{}},
		{"an occurrence of a series is its own busy time", timed(func(e *event) { e.Type = "occurrence"; e.SeriesMasterID = ptr("AAMkMaster=") }), true, false, false, time.Time{}, time.Time{}},
		{"an exception of a series is its own busy time", timed(func(e *event) { e.Type = "exception"; e.SeriesMasterID = ptr("AAMkMaster=") }), true, false, false, time.Time{}, time.Time{}},
		{"a time in another zone is read as its instant", timed(func(e *event) {
			e.Start = &dateTimeZone{"2026-12-07T10:00:00", "Romance Standard Time"}
			e.End = &dateTimeZone{"2026-12-07T11:00:00", "Europe/Copenhagen"}
		}), true, false, false, time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC), time.Date(2026, 12, 7, 10, 0, 0, 0, time.UTC)},
		{"all-day is its dates in the advisor's zone, across the DST change", timed(func(e *event) {
			e.IsAllDay = true
			e.Start = &dateTimeZone{"2026-03-29T00:00:00.0000000", "UTC"}
			e.End = &dateTimeZone{"2026-03-30T00:00:00.0000000", "UTC"}
		}), true, false, true, time.Date(2026, 3, 29, 0, 0, 0, 0, cph).UTC(), time.Date(2026, 3, 30, 0, 0, 0, 0, cph).UTC()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, err := render(tt.ev, self)
			if err != nil {
				t.Fatalf("render: %v", err)
			}
			o := horizon
			o.Zone = cph
			p, err := calsync.Parse(data, o)
			if err != nil {
				t.Fatalf("Parse: %v\n%s", err, data)
			}
			if got := len(p.Items) == 1; got != tt.blocks {
				t.Fatalf("blocks = %v (%d items), want %v\n%s", got, len(p.Items), tt.blocks, data)
			}
			if !tt.blocks {
				return
			}
			it := p.Items[0]
			if it.Private != tt.private || it.AllDay != tt.allDay {
				t.Fatalf("private %v all-day %v, want %v %v", it.Private, it.AllDay, tt.private, tt.allDay)
			}
			if tt.private && it.Summary != "" {
				t.Fatalf("a private appointment kept its subject %q", it.Summary)
			}
			if !tt.start.IsZero() && (!it.Start.Equal(tt.start) || !it.End.Equal(tt.end)) {
				t.Fatalf("span %v–%v, want %v–%v", it.Start, it.End, tt.start, tt.end)
			}
		})
	}
}

// TestOriginalZoneKept: the Windows zone the advisor entered the event in
// is kept with the object (PROTOCOLS.md §1.3), for display.
func TestOriginalZoneKept(t *testing.T) {
	data, err := render(timed(func(e *event) { e.OriginalStartTimeZone = "Romance Standard Time" }), self)
	if err != nil || !strings.Contains(string(data), "X-PLANNER-ORIGINAL-TZ:Romance Standard Time") {
		t.Fatalf("render = %s, %v", data, err)
	}
}

// TestOwnedFieldsRoundTrip: Planner's event written through Graph and read
// back by delta has the owned hash it was written with, so a pull adopts it
// rather than "restoring" it (PROTOCOLS.md §4.3), and an edit of an owned
// field in Outlook is seen.
func TestOwnedFieldsRoundTrip(t *testing.T) {
	cph := copenhagen(t)
	m := planner.Meeting{ID: 12, Title: "Jobsamtale", ReportingMinutes: 15, Form: planner.Individual, Channel: planner.Channel("physical"),
		Start: time.Date(2026, 10, 25, 9, 0, 0, 0, cph), End: time.Date(2026, 10, 25, 9, 45, 0, 0, cph)} // the day DST ends
	ev := calsync.EventFor(m, 3, "Mødelokale 2", "jobcenter1.planner", cph, 7)
	o, err := readOutgoing(ev.Encode())
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(o.graphBody(true))
	if err != nil {
		t.Fatal(err)
	}
	var back event // what Graph answers: the body's fields, an id and an etag
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	back.ID, back.ETag, back.Type = "AAMkOwn=", `W/"1"`, "singleInstance"
	if back.TransactionID == nil || *back.TransactionID != ev.UID()+"/7/"+ev.Name() {
		t.Fatalf("transactionId = %v, want %s/7/%s", back.TransactionID, ev.UID(), ev.Name())
	}
	if len(back.Extended) != 3 || back.Extended[0].ID != propTarget || back.Extended[0].Value != ev.Name() {
		t.Fatalf("marker = %+v, want PlannerTarget %s", back.Extended, ev.Name())
	}
	if strings.Contains(string(b), "attendees") {
		t.Fatalf("the create sends attendees: %s", b)
	}
	read := func(e event) calsync.Parsed {
		data, err := render(e, self)
		if err != nil {
			t.Fatal(err)
		}
		p, err := calsync.Parse(data, calsync.Options{Zone: cph, From: horizon.From, To: horizon.To})
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	if p := read(back); !p.Marker.Planner() || p.Marker.Owned != ev.OwnedHash() {
		t.Fatalf("owned hash read back %q, written %q", p.Marker.Owned, ev.OwnedHash())
	}
	back.Subject = "Flyttet af rådgiveren"
	if p := read(back); p.Marker.Owned == ev.OwnedHash() {
		t.Fatal("an edited subject left the owned hash unchanged")
	}
}
