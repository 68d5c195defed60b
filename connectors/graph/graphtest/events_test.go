package graphtest

import (
	"net/http"
	"net/url"
	"testing"
	"time"
)

const propTarget = "String {6b4f2a8e-3c1d-4e5f-9a0b-1c2d3e4f5a6b} Name PlannerTarget"

func plannerBody(txn string) map[string]any {
	return map[string]any{
		"subject":       "Jobsamtale (Planner)",
		"body":          map[string]any{"contentType": "text", "content": "Mødet"},
		"start":         map[string]any{"dateTime": "2026-12-01T08:00:00", "timeZone": "UTC"},
		"end":           map[string]any{"dateTime": "2026-12-01T08:45:00", "timeZone": "UTC"},
		"location":      map[string]any{"displayName": "Mødelokale 2"},
		"showAs":        "busy",
		"isReminderOn":  false,
		"transactionId": txn,
		"attendees":     []any{map[string]any{"emailAddress": map[string]any{"address": "x@example.org"}, "type": "required"}},
		"singleValueExtendedProperties": []any{
			map[string]any{"id": propTarget, "value": "m1:a1"},
			map[string]any{"id": "String {6b4f2a8e-3c1d-4e5f-9a0b-1c2d3e4f5a6b} Name PlannerVersion", "value": "7"},
		},
	}
}

func TestTransactionDedupe(t *testing.T) {
	tests := []struct {
		name      string
		retention time.Duration
		wait      time.Duration
		events    int
	}{
		{"§1.6 a repeated transactionId within the retention returns the first event", time.Hour, time.Minute, 1},
		{"§1.6 retention 0 never dedupes", 0, 0, 2},
		{"§1.6 a repeat after the retention creates a second event", time.Hour, 2 * time.Hour, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := mustStart(t, Options{})
			f.SetTransactionRetention(tc.retention)
			a := f.do(http.MethodPost, "/v1.0/users/"+upnA+"/events", plannerBody("planner:m1:a1:1"))
			f.clock.Advance(tc.wait)
			f.token = f.mustToken(tenantA)
			b := f.do(http.MethodPost, "/v1.0/users/"+upnA+"/events", plannerBody("planner:m1:a1:1"))
			if a.status != 201 || b.status != 201 {
				t.Fatalf("status = %d, %d; want 201, 201", a.status, b.status)
			}
			if got := len(f.Events(upnA)); got != tc.events {
				t.Fatalf("events = %d, want %d", got, tc.events)
			}
			if same := a.body["id"] == b.body["id"]; same != (tc.events == 1) {
				t.Fatalf("ids %v, %v", a.body["id"], b.body["id"])
			}
			if ev := f.Events(upnA)[0]; ev.TransactionID != "planner:m1:a1:1" || len(ev.ExtendedProperties) != 2 {
				t.Fatalf("stored = %+v", ev)
			}
		})
	}
}

func TestExtendedProperties(t *testing.T) {
	f := mustStart(t, Options{})
	created := f.do(http.MethodPost, "/v1.0/users/"+upnA+"/events", plannerBody("t1"))
	id := created.body["id"].(string)
	mustCreate(t, f.Server, upnA, Event{Subject: "Advisor's own", Start: at(2, 8), End: at(2, 9)})

	t.Run("§1.3 without $expand the properties are absent", func(t *testing.T) {
		if _, ok := created.body["singleValueExtendedProperties"]; ok {
			t.Fatalf("singleValueExtendedProperties in %v", created.body)
		}
	})
	t.Run("§1.3 $expand returns only the matching property", func(t *testing.T) {
		r := f.do(http.MethodGet, "/v1.0/users/"+upnA+"/events/"+id+"?$expand="+url.QueryEscape("singleValueExtendedProperties($filter=id eq '"+propTarget+"')"), nil)
		props, _ := r.body["singleValueExtendedProperties"].([]any)
		if r.status != 200 || len(props) != 1 || props[0].(map[string]any)["value"] != "m1:a1" {
			t.Fatalf("status %d, props %v", r.status, props)
		}
	})
	filter := func(id, value string) string {
		return "/v1.0/users/" + upnA + "/events?$filter=" + url.QueryEscape("singleValueExtendedProperties/Any(ep: ep/id eq '"+id+"' and ep/value eq '"+value+"')") + "&$select=id,start,end"
	}
	tests := []struct {
		name string
		path string
		want int
	}{
		{"§1.3 $filter finds the event by id and value", filter(propTarget, "m1:a1"), 1},
		{"§1.3 value matching is case-insensitive", filter(propTarget, "M1:A1"), 1},
		{"§1.3 name matching is case-sensitive", filter("String {6b4f2a8e-3c1d-4e5f-9a0b-1c2d3e4f5a6b} Name plannertarget", "m1:a1"), 0},
		{"§1.3 the GUID is case-insensitive", filter("String {6B4F2A8E-3C1D-4E5F-9A0B-1C2D3E4F5A6B} Name PlannerTarget", "m1:a1"), 1},
		{"§1.3 another value finds nothing", filter(propTarget, "m2:a1"), 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := f.do(http.MethodGet, tc.path, nil)
			value, _ := r.body["value"].([]any)
			if r.status != 200 || len(value) != tc.want {
				t.Fatalf("status %d, value %v; want %d items", r.status, value, tc.want)
			}
			if tc.want == 1 {
				if _, ok := value[0].(map[string]any)["subject"]; ok {
					t.Errorf("$select=id,start,end returned subject")
				}
			}
		})
	}
	t.Run("§1.3 an unsupported filter is ErrorInvalidUrlQueryFilter", func(t *testing.T) {
		r := f.do(http.MethodGet, "/v1.0/users/"+upnA+"/events?$filter="+url.QueryEscape("subject eq 'x'"), nil)
		if r.status != 400 || r.code() != "ErrorInvalidUrlQueryFilter" {
			t.Fatalf("status, code = %d, %s", r.status, r.code())
		}
	})
	t.Run("§1.3 PATCH of a property keeps the others", func(t *testing.T) {
		r := f.do(http.MethodPatch, "/v1.0/users/"+upnA+"/events/"+id, map[string]any{
			"singleValueExtendedProperties": []any{map[string]any{"id": propTarget, "value": "m1:a2"}},
		})
		if r.status != 200 {
			t.Fatalf("status = %d", r.status)
		}
		var ev Event
		for _, e := range f.Events(upnA) {
			if e.ID == id {
				ev = e
			}
		}
		if len(ev.ExtendedProperties) != 2 || ev.ExtendedProperties[0].Value != "m1:a2" {
			t.Fatalf("props = %v", ev.ExtendedProperties)
		}
	})
}

func TestIfMatch(t *testing.T) {
	tests := []struct {
		name    string
		enforce bool
		method  string
		stale   bool
		status  int
	}{
		{"§1.6 PATCH with the current etag succeeds", true, http.MethodPatch, false, 200},
		{"§1.6 PATCH with a stale etag is 412 ErrorIrresolvableConflict", true, http.MethodPatch, true, 412},
		{"§1.6 DELETE with a stale etag is 412", true, http.MethodDelete, true, 412},
		{"§1.6 DELETE with the current etag is 204", true, http.MethodDelete, false, 204},
		{"§1.6 with enforcement off a stale etag is ignored", false, http.MethodPatch, true, 200},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := mustStart(t, Options{})
			f.SetIfMatch(tc.enforce)
			id := mustCreate(t, f.Server, upnA, Event{Subject: "X", Start: at(1, 8), End: at(1, 9)})
			etag := `W/"` + f.Events(upnA)[0].ChangeKey + `"`
			if tc.stale {
				_ = f.UpdateEvent(upnA, id, func(e *Event) { e.Subject = "edited by the advisor" })
			}
			var body any
			if tc.method == http.MethodPatch {
				body = map[string]any{"subject": "Planner"}
			}
			r := f.do(tc.method, "/v1.0/users/"+upnA+"/events/"+id, body, "If-Match", etag)
			if r.status != tc.status {
				t.Fatalf("status = %d, want %d (%s)", r.status, tc.status, r.raw)
			}
			if tc.status == 412 && r.code() != "ErrorIrresolvableConflict" {
				t.Fatalf("code = %s", r.code())
			}
			if tc.status == 200 && r.body["@odata.etag"] == etag {
				t.Fatalf("the etag did not change on PATCH")
			}
		})
	}
}

func TestSeriesWrites(t *testing.T) {
	f := mustStart(t, Options{})
	master := mustCreate(t, f.Server, upnA, weeklySeries())
	slot := time.Date(2026, 12, 2, 8, 0, 0, 0, time.UTC)
	occ := f.OccurrenceID(master, slot)
	t.Run("§1.3 PATCH of an occurrence makes it an exception", func(t *testing.T) {
		r := f.do(http.MethodPatch, "/v1.0/users/"+upnA+"/events/"+occ, map[string]any{"subject": "Moved"})
		if r.status != 200 || r.body["type"] != "exception" || r.body["id"] != occ || r.body["seriesMasterId"] != master {
			t.Fatalf("status %d, body %v", r.status, r.body)
		}
	})
	t.Run("§1.3 DELETE of an occurrence cancels only it", func(t *testing.T) {
		other := f.OccurrenceID(master, slot.AddDate(0, 0, 5))
		if r := f.do(http.MethodDelete, "/v1.0/users/"+upnA+"/events/"+other, nil); r.status != 204 {
			t.Fatalf("status = %d", r.status)
		}
		if r := f.do(http.MethodGet, "/v1.0/users/"+upnA+"/events/"+other, nil); r.status != 404 || r.code() != "ErrorItemNotFound" {
			t.Fatalf("GET after delete: %d %s", r.status, r.code())
		}
		if got := len(f.View(upnA, winFrom, winTo)); got != 5 {
			t.Fatalf("view = %d instances, want 5", got)
		}
	})
	t.Run("§1.3 PATCH of the master changes its occurrences", func(t *testing.T) {
		if r := f.do(http.MethodPatch, "/v1.0/users/"+upnA+"/events/"+master, map[string]any{"subject": "Team v2"}); r.status != 200 {
			t.Fatalf("status = %d", r.status)
		}
		for _, e := range f.View(upnA, winFrom, winTo) {
			if e.Type == "occurrence" && e.Subject != "Team v2" {
				t.Fatalf("occurrence subject = %q", e.Subject)
			}
		}
	})
	t.Run("§1.3 DELETE of the master removes the series", func(t *testing.T) {
		if r := f.do(http.MethodDelete, "/v1.0/users/"+upnA+"/events/"+master, nil); r.status != 204 {
			t.Fatalf("status = %d", r.status)
		}
		if got := len(f.View(upnA, winFrom, winTo)); got != 0 {
			t.Fatalf("view = %d instances, want 0", got)
		}
		if r := f.do(http.MethodGet, "/v1.0/users/"+upnA+"/events/"+occ, nil); r.status != 404 {
			t.Fatalf("GET of an occurrence of a deleted series: %d", r.status)
		}
	})
}

func TestRecurrenceExpansion(t *testing.T) {
	cph, _ := time.LoadLocation("Europe/Copenhagen")
	tests := []struct {
		name  string
		rec   Recurrence
		start time.Time
		want  []string // local start dates
	}{
		{"daily every 2 days, numbered 3", Recurrence{Pattern: RecurrencePattern{Type: "daily", Interval: 2}, Range: RecurrenceRange{Type: "numbered", StartDate: "2026-10-23", NumberOfOccurrences: 3}},
			time.Date(2026, 10, 23, 9, 0, 0, 0, cph), []string{"2026-10-23 09:00", "2026-10-25 09:00", "2026-10-27 09:00"}},
		{"weekly keeps local time across the DST change", Recurrence{Pattern: RecurrencePattern{Type: "weekly", Interval: 1, DaysOfWeek: []string{"friday"}}, Range: RecurrenceRange{Type: "endDate", StartDate: "2026-10-16", EndDate: "2026-10-30"}},
			time.Date(2026, 10, 16, 9, 0, 0, 0, cph), []string{"2026-10-16 09:00", "2026-10-23 09:00", "2026-10-30 09:00"}},
		{"every other week on two days, firstDayOfWeek monday", Recurrence{Pattern: RecurrencePattern{Type: "weekly", Interval: 2, DaysOfWeek: []string{"thursday", "monday"}, FirstDayOfWeek: "monday"}, Range: RecurrenceRange{Type: "numbered", StartDate: "2026-10-15", NumberOfOccurrences: 4}},
			time.Date(2026, 10, 15, 9, 0, 0, 0, cph), []string{"2026-10-15 09:00", "2026-10-26 09:00", "2026-10-29 09:00", "2026-11-09 09:00"}},
		{"noEnd stops at the window", Recurrence{Pattern: RecurrencePattern{Type: "daily", Interval: 7}, Range: RecurrenceRange{Type: "noEnd", StartDate: "2026-12-20"}},
			time.Date(2026, 12, 20, 9, 0, 0, 0, cph), []string{"2026-12-20 09:00", "2026-12-27 09:00", "2027-01-03 09:00"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := mustStart(t, Options{})
			rec := tc.rec
			mustCreate(t, f.Server, upnA, Event{Subject: "S", TimeZone: "Romance Standard Time", Start: tc.start, End: tc.start.Add(time.Hour), Recurrence: &rec})
			var got []string
			for _, e := range f.View(upnA, time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC), winTo) {
				got = append(got, e.Start.In(cph).Format("2006-01-02 15:04"))
			}
			if len(got) != len(tc.want) {
				t.Fatalf("starts = %v, want %v", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Fatalf("starts = %v, want %v", got, tc.want)
				}
			}
		})
	}
}
