package httpapi_test

import (
	"context"
	"testing"
	"time"

	"github.com/planner-dk/planner/planner"
)

// TestUpdateAbsenceOverHTTP: PUT /api/absences/{id} changes the period and
// note (§3), answers the proposals for the meetings the new period hits,
// and names the refused field.
func TestUpdateAbsenceOverHTTP(t *testing.T) {
	a := newAPI(t)
	ctx := context.Background()
	res, err := a.svc.FreeTimes(ctx, planner.FreeTimesRequest{Jobcenter: a.jc.ID, Citizen: a.citizen.ID, Offer: a.offer.ID})
	must(t, err)
	m, _, err := a.svc.Book(ctx, planner.BookRequest{Jobcenter: a.jc.ID, Citizen: a.citizen.ID, Offer: a.offer.ID, Time: res.Times[0], Actor: "jobnet"})
	must(t, err)
	// an absence the day before the meeting hits nothing
	before := m.Start.Add(-24 * time.Hour)
	code, body := a.do("admin", "POST", "/api/absences", map[string]any{"advisorId": a.advisors[0], "start": before, "end": before.Add(time.Hour), "note": "Kursus"})
	if code != 201 || len(body["proposals"].([]any)) != 0 {
		t.Fatalf("POST /api/absences = %d %v, want no proposals", code, body)
	}
	id := int64(body["absence"].(map[string]any)["id"].(float64))
	path := "/api/absences/" + itoa(id)
	for _, tc := range []struct {
		name      string
		body      map[string]any
		code      int
		field     string
		proposals bool
	}{
		{"over the meeting", map[string]any{"advisorId": a.advisors[0], "start": m.Start.Add(-time.Hour), "end": m.End.Add(time.Hour), "note": "Syg"}, 200, "", true},
		{"ends before it starts", map[string]any{"advisorId": a.advisors[0], "start": m.Start, "end": m.Start.Add(-time.Hour)}, 422, "end", false},
		{"another job centre's", map[string]any{"advisorId": a.advisors[0], "start": m.Start, "end": m.End}, 404, "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			who := "admin"
			if tc.code == 404 {
				who = "foreign"
			}
			code, body := a.do(who, "PUT", path, tc.body)
			if code != tc.code {
				t.Fatalf("PUT %s = %d %v, want %d", path, code, body, tc.code)
			}
			if tc.field != "" && body["field"] != tc.field {
				t.Errorf("field = %v, want %s", body["field"], tc.field)
			}
			if tc.code == 200 {
				ps := body["proposals"].([]any)
				if tc.proposals && (len(ps) != 1 || ps[0].(map[string]any)["meetingId"] != float64(m.ID)) {
					t.Errorf("proposals = %v, want one for meeting %d", ps, m.ID)
				}
				if body["absence"].(map[string]any)["note"] != "Syg" {
					t.Errorf("absence = %v, want the new note", body["absence"])
				}
			}
		})
	}
	_, view := a.do("admin", "GET", "/api/calendar?advisors="+itoa(int64(a.advisors[0]))+"&from=2026-03-01&to=2026-03-31", nil)
	var notes []any
	for _, it := range view["items"].([]any) {
		if it := it.(map[string]any); it["kind"] == "absence" {
			notes = append(notes, it["note"])
		}
	}
	if len(notes) != 1 || notes[0] != "Syg" {
		t.Errorf("absences after the change = %v, want one, Syg", notes)
	}
}
