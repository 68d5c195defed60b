package httpapi_test

import (
	"context"
	"testing"
	"time"

	"github.com/planner-dk/planner/planner"
)

// TestCalendarTargetsOverHTTP: each meeting of GET /api/calendar carries
// the push to every advisor's own calendar — grey while waiting, blue once
// in the calendar, red with the reason when it failed (§2, §9) — and an
// absence carries its note (§3).
func TestCalendarTargetsOverHTTP(t *testing.T) {
	for _, tc := range []struct {
		name      string
		mark      func(a *api, id int64) error
		wantState string
		wantError string
		wantItem  string
	}{
		{"waiting", func(*api, int64) error { return nil }, "pending", "", "awaiting_sync"},
		{"in the calendar", func(a *api, id int64) error { return a.db.MarkSyncDone(context.Background(), id, "/bo/1.ics", "e1") }, "done", "", "awaiting_sync"},
		{"failed", func(a *api, id int64) error { return a.db.MarkSyncFailed(context.Background(), id, "403 Forbidden") }, "failed", "403 Forbidden", "error"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := newAPI(t)
			ctx := context.Background()
			res, err := a.svc.FreeTimes(ctx, planner.FreeTimesRequest{Jobcenter: a.jc.ID, Citizen: a.citizen.ID, Offer: a.offer.ID})
			must(t, err)
			m, _, err := a.svc.Book(ctx, planner.BookRequest{Jobcenter: a.jc.ID, Citizen: a.citizen.ID, Offer: a.offer.ID, Time: res.Times[0], Actor: "jobnet"})
			must(t, err)
			// the advisor connects a calendar; moving the meeting pushes it there
			path := "/api/advisors/" + itoa(int64(a.advisors[0])) + "/calendar"
			if code, body := a.do("admin", "PUT", path, map[string]any{"kind": "caldav", "url": "http://127.0.0.1:5232/bo/calendar/", "username": "bo", "secret": "x"}); code != 200 {
				t.Fatalf("connect = %d %v", code, body)
			}
			later := map[string]any{"start": m.Start.Add(30 * time.Minute), "end": m.End.Add(30 * time.Minute), "advisors": m.Advisors}
			if code, body := a.do("admin", "PUT", "/api/meetings/"+itoa(int64(m.ID)), later); code != 200 {
				t.Fatalf("move = %d %v", code, body)
			}
			items, err := a.db.FindSyncItems(ctx, a.jc.ID, m.ID)
			must(t, err)
			var push int64
			for _, it := range items {
				if it.Kind == planner.TargetCalendar && it.AdvisorID == a.advisors[0] {
					push = it.ID
				}
			}
			if push == 0 {
				t.Fatalf("no calendar push for the connected advisor in %v", items)
			}
			must(t, tc.mark(a, push))
			code, view := a.do("admin", "GET", "/api/calendar?advisors="+itoa(int64(a.advisors[0]))+"&from=2026-03-02&to=2026-03-15", nil)
			if code != 200 {
				t.Fatalf("GET /api/calendar = %d %v", code, view)
			}
			var item map[string]any
			for _, it := range view["items"].([]any) {
				if it := it.(map[string]any); it["meetingId"] == float64(m.ID) {
					item = it
				}
			}
			if item == nil {
				t.Fatalf("meeting %d not in %v", m.ID, view)
			}
			targets, _ := item["targets"].([]any)
			if len(targets) != 1 {
				t.Fatalf("targets = %v, want one", item["targets"])
			}
			got := targets[0].(map[string]any)
			if got["advisorId"] != float64(a.advisors[0]) || got["state"] != tc.wantState || (got["error"] != nil && got["error"] != tc.wantError) || (tc.wantError != "" && got["error"] != tc.wantError) {
				t.Errorf("target = %v, want state %s error %q", got, tc.wantState, tc.wantError)
			}
			if item["state"] != tc.wantItem {
				t.Errorf("item state = %v, want %s", item["state"], tc.wantItem)
			}
		})
	}
}

func TestCalendarAbsenceNoteOverHTTP(t *testing.T) {
	a := newAPI(t)
	start := time.Date(2026, 3, 3, 8, 0, 0, 0, time.UTC)
	code, body := a.do("admin", "POST", "/api/absences", map[string]any{"advisorId": a.advisors[0], "start": start, "end": start.Add(2 * time.Hour), "note": "Kursus"})
	if code != 201 {
		t.Fatalf("POST /api/absences = %d %v", code, body)
	}
	_, view := a.do("admin", "GET", "/api/calendar?advisors="+itoa(int64(a.advisors[0]))+"&from=2026-03-02&to=2026-03-08", nil)
	var notes []any
	for _, it := range view["items"].([]any) {
		if it := it.(map[string]any); it["kind"] == "absence" {
			notes = append(notes, it["note"])
		}
	}
	if len(notes) != 1 || notes[0] != "Kursus" {
		t.Errorf("§3 absence notes = %v, want [Kursus]", notes)
	}
}
