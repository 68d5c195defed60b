package graphtest

import (
	"net/http"
	"strings"
	"testing"
	"time"
)

// weeklySeries is a weekly Monday/Wednesday series at 09:00 Copenhagen
// time, from 2026-11-30 for 6 occurrences.
func weeklySeries() Event {
	cph, _ := time.LoadLocation("Europe/Copenhagen")
	return Event{
		Subject: "Team", TimeZone: "Romance Standard Time",
		Start: time.Date(2026, 11, 30, 9, 0, 0, 0, cph), End: time.Date(2026, 11, 30, 10, 0, 0, 0, cph),
		Recurrence: &Recurrence{
			Pattern: RecurrencePattern{Type: "weekly", Interval: 1, DaysOfWeek: []string{"monday", "wednesday"}, FirstDayOfWeek: "monday"},
			Range:   RecurrenceRange{Type: "numbered", StartDate: "2026-11-30", NumberOfOccurrences: 6},
		},
	}
}

func TestDeltaRounds(t *testing.T) {
	f := mustStart(t, Options{})
	single := mustCreate(t, f.Server, upnA, Event{Subject: "Lunch", Start: at(1, 11), End: at(1, 12)})
	master := mustCreate(t, f.Server, upnA, weeklySeries())
	outside := mustCreate(t, f.Server, upnA, Event{Subject: "Far", Start: time.Date(2027, 6, 1, 8, 0, 0, 0, time.UTC), End: time.Date(2027, 6, 1, 9, 0, 0, 0, time.UTC)})
	m := newMirror()

	t.Run("§1.6 a first round returns the instances in the window, never a series master", func(t *testing.T) {
		r := m.sync(f, firstRound(upnA), "Prefer", "odata.maxpagesize=2")
		if r.status != 200 {
			t.Fatalf("status = %d, want 200", r.status)
		}
		if want := viewIDs(f.View(upnA, winFrom, winTo)); !sameSet(m.ids(), want) {
			t.Fatalf("mirror = %v, want %v", m.ids(), want)
		}
		if len(m.items) != 7 || m.requests != 4 {
			t.Fatalf("items, requests = %d, %d; want 7, 4", len(m.items), m.requests)
		}
		for id, it := range m.items {
			if it["type"] == "seriesMaster" || id == master {
				t.Errorf("a series master came through delta: %v", it)
			}
			if it["type"] == "occurrence" && it["seriesMasterId"] != master {
				t.Errorf("seriesMasterId = %v, want %s", it["seriesMasterId"], master)
			}
		}
		if !strings.HasPrefix(m.link, f.URL+"/v1.0/users/"+upnA+"/calendarView/delta?$deltatoken=") {
			t.Errorf("deltaLink = %s", m.link)
		}
	})

	t.Run("§1.6 a no-change poll is one request with no items", func(t *testing.T) {
		before := m.requests
		r := m.sync(f, "")
		if got := len(r.body["value"].([]any)); got != 0 || m.requests-before != 1 {
			t.Fatalf("items, requests = %d, %d; want 0, 1", got, m.requests-before)
		}
	})

	occ := f.OccurrenceID(master, time.Date(2026, 12, 2, 8, 0, 0, 0, time.UTC))
	t.Run("§1.6 the next round has only what changed, with @removed", func(t *testing.T) {
		if err := f.UpdateEvent(upnA, single, func(e *Event) { e.Subject = "Lunch moved"; e.ShowAs = "free" }); err != nil {
			t.Fatal(err)
		}
		if _, err := f.EditOccurrence(upnA, master, time.Date(2026, 12, 2, 8, 0, 0, 0, time.UTC), func(e *Event) { e.Subject = "Team (moved)" }); err != nil {
			t.Fatal(err)
		}
		if err := f.DeleteOccurrence(upnA, master, time.Date(2026, 12, 7, 8, 0, 0, 0, time.UTC)); err != nil {
			t.Fatal(err)
		}
		r := m.sync(f, "")
		value := r.body["value"].([]any)
		if len(value) != 3 {
			t.Fatalf("value = %v, want 3 items", value)
		}
		if m.items[occ]["type"] != "exception" || m.items[occ]["subject"] != "Team (moved)" {
			t.Errorf("exception = %v", m.items[occ])
		}
		if !sameSet(m.ids(), viewIDs(f.View(upnA, winFrom, winTo))) {
			t.Errorf("mirror and view differ")
		}
	})

	t.Run("§1.6 a change to an event outside the window arrives as @removed", func(t *testing.T) {
		if err := f.UpdateEvent(upnA, outside, func(e *Event) { e.Subject = "Far, edited" }); err != nil {
			t.Fatal(err)
		}
		r := m.sync(f, "")
		value := r.body["value"].([]any)
		if len(value) != 1 || value[0].(map[string]any)["id"] != outside || value[0].(map[string]any)["@removed"] == nil {
			t.Fatalf("value = %v, want one @removed for %s", value, outside)
		}
	})

	t.Run("§1.6 an event moved out of the window arrives as @removed", func(t *testing.T) {
		if err := f.UpdateEvent(upnA, single, func(e *Event) { e.Start, e.End = e.Start.AddDate(1, 0, 0), e.End.AddDate(1, 0, 0) }); err != nil {
			t.Fatal(err)
		}
		m.sync(f, "")
		if _, ok := m.items[single]; ok || !sameSet(m.ids(), viewIDs(f.View(upnA, winFrom, winTo))) {
			t.Fatalf("%s still mirrored after it left the window", single)
		}
	})

	t.Run("§1.3 deleting a series removes each occurrence in the window", func(t *testing.T) {
		if err := f.DeleteEvent(upnA, master); err != nil {
			t.Fatal(err)
		}
		r := m.sync(f, "")
		if len(m.items) != 0 {
			t.Fatalf("mirror = %v after the series was deleted (page %v)", m.ids(), r.body)
		}
	})
}

func TestDeltaKnobs(t *testing.T) {
	tests := []struct {
		name  string
		knob  func(f *fixture)
		check func(t *testing.T, f *fixture, m *mirror)
	}{
		{"§1.6 empty pages still carry a nextLink", func(f *fixture) { f.ShortPages(upnA, 0, 1, 0) }, func(t *testing.T, f *fixture, m *mirror) {
			// 7 items by 2: pages 0, 1, 0, then 2, 2, 2.
			if m.requests != 6 {
				t.Errorf("requests = %d, want 6", m.requests)
			}
		}},
		{"§1.6 replays are idempotent to a client that upserts by id", func(f *fixture) { f.Replay(upnA, 5) }, func(t *testing.T, f *fixture, m *mirror) {
			if m.dups != 3 {
				t.Errorf("replayed items = %d, want 3 (one on each later page)", m.dups)
			}
			m.sync(f, "")
			if m.dups != 4 {
				t.Errorf("replayed items = %d, want 4 (one more in the next round)", m.dups)
			}
		}},
		{"§1.6 replication delay hides a change for n polls", func(f *fixture) { f.SetReplicationDelay(upnA, 2) }, func(t *testing.T, f *fixture, m *mirror) {}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := mustStart(t, Options{})
			for d := 1; d <= 7; d++ {
				mustCreate(t, f.Server, upnA, Event{Subject: "E", Start: at(d, 8), End: at(d, 9)})
			}
			tc.knob(f)
			m := newMirror()
			// With a replication delay the creations above need polls
			// to surface: poll until the view is mirrored.
			for i := 0; i < 5 && !sameSet(m.ids(), viewIDs(f.View(upnA, winFrom, winTo))); i++ {
				m.sync(f, firstRound(upnA), "Prefer", "odata.maxpagesize=2")
			}
			if !sameSet(m.ids(), viewIDs(f.View(upnA, winFrom, winTo))) {
				t.Fatalf("mirror has %d, view %d", len(m.items), len(f.View(upnA, winFrom, winTo)))
			}
			tc.check(t, f, m)
		})
	}
}

func TestReplicationDelay(t *testing.T) {
	f := mustStart(t, Options{})
	m := newMirror()
	m.sync(f, firstRound(upnA))
	f.SetReplicationDelay(upnA, 2)
	mustCreate(t, f.Server, upnA, Event{Subject: "Late", Start: at(3, 8), End: at(3, 9)})
	for i, want := range []int{0, 0, 1} {
		r := m.sync(f, "")
		if got := len(r.body["value"].([]any)); got != want {
			t.Fatalf("poll %d: %d items, want %d", i+1, got, want)
		}
	}
}

func TestDeltaInvalidation(t *testing.T) {
	tests := []struct {
		name     string
		how      Invalidation
		scope    TokenScope
		midRound bool
		status   int
		code     string
		location bool
	}{
		{"§1.6 410 Gone with Location for an invalidated deltatoken", Gone, DeltaTokens, false, 410, "SyncStateNotFound", true},
		{"§1.6 410 resyncRequired with Location", GoneResyncRequired, AllTokens, false, 410, "resyncRequired", true},
		{"§1.6 400 syncStateNotFound for an invalidated deltatoken", SyncStateNotFound, AllTokens, false, 400, "syncStateNotFound", false},
		{"§1.6 a skiptoken invalidated mid-round", Gone, SkipTokens, true, 410, "SyncStateNotFound", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := mustStart(t, Options{})
			for d := 1; d <= 3; d++ {
				mustCreate(t, f.Server, upnA, Event{Subject: "E", Start: at(d, 8), End: at(d, 9)})
			}
			first := f.do("GET", firstRound(upnA), nil, "Prefer", "odata.maxpagesize=2")
			link, _ := first.body["@odata.nextLink"].(string)
			if !tc.midRound {
				m := newMirror()
				m.sync(f, firstRound(upnA))
				link = m.link
			}
			f.InvalidateDelta(upnA, tc.how, tc.scope)
			r := f.do("GET", link, nil)
			if r.status != tc.status || r.code() != tc.code {
				t.Fatalf("status, code = %d, %s; want %d, %s", r.status, r.code(), tc.status, tc.code)
			}
			loc := r.header.Get("Location")
			if (loc != "") != tc.location {
				t.Fatalf("Location = %q", loc)
			}
			if loc != "" {
				m := newMirror()
				if m.sync(f, loc); len(m.items) != 3 {
					t.Fatalf("a fresh round from Location got %d items, want 3", len(m.items))
				}
			}
		})
	}
}

func TestDeltaRefusesQueryOptions(t *testing.T) {
	f := mustStart(t, Options{})
	for _, opt := range []string{"$select=subject", "$expand=singleValueExtendedProperties", "$filter=subject%20eq%20'x'", "$top=5"} {
		t.Run("§1.2 calendarView/delta refuses "+opt, func(t *testing.T) {
			r := f.do(http.MethodGet, firstRound(upnA)+"&"+opt, nil)
			if r.status != 400 || r.code() != "ErrorInvalidUrlQuery" {
				t.Fatalf("status, code = %d, %s; want 400, ErrorInvalidUrlQuery", r.status, r.code())
			}
		})
	}
	t.Run("a first round needs a window", func(t *testing.T) {
		if r := f.do(http.MethodGet, "/v1.0/users/"+upnA+"/calendarView/delta", nil); r.status != 400 {
			t.Fatalf("status = %d, want 400", r.status)
		}
	})
	t.Run("an unknown token is syncStateNotFound", func(t *testing.T) {
		if r := f.do(http.MethodGet, "/v1.0/users/"+upnA+"/calendarView/delta?$deltatoken=nope", nil); r.status != 400 || r.code() != "syncStateNotFound" {
			t.Fatalf("status, code = %d, %s", r.status, r.code())
		}
	})
}

func TestAllDayUnderUTC(t *testing.T) {
	f := mustStart(t, Options{})
	cph, _ := time.LoadLocation("Europe/Copenhagen")
	id := mustCreate(t, f.Server, upnA, Event{Subject: "Ferie", IsAllDay: true, ShowAs: "oof", TimeZone: "Romance Standard Time",
		Start: time.Date(2026, 12, 24, 0, 0, 0, 0, cph), End: time.Date(2026, 12, 27, 0, 0, 0, 0, cph)})
	for _, zone := range []string{"UTC", "Pacific Standard Time"} {
		r := f.do("GET", "/v1.0/users/"+upnA+"/events/"+id, nil, "Prefer", `outlook.timezone="`+zone+`"`)
		start := r.body["start"].(map[string]any)
		if start["dateTime"] != "2026-12-24T00:00:00.0000000" || start["timeZone"] != zone {
			t.Errorf("%s: start = %v, want the event's own date at midnight", zone, start)
		}
	}
}
