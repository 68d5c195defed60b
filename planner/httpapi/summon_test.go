package httpapi_test

import (
	"context"
	"testing"
	"time"

	"github.com/planner-dk/planner/planner"
)

// TestSummonToAChosenTime: issue 22 point 1 — staff summon a citizen to a
// free time they chose: a pending summons (orange, on the pending list);
// the time is then taken; the summons is logged for the citizen.
func TestSummonToAChosenTime(t *testing.T) {
	a := newAPI(t)
	_, res := a.do("admin", "GET", "/api/offers/"+itoa(int64(a.offer.ID))+"/free-times", nil)
	ft := res["times"].([]any)[3].(map[string]any)
	body := map[string]any{"citizenId": a.citizen.ID, "offerId": a.offer.ID, "start": ft["start"], "end": ft["end"], "advisorId": ft["advisorId"]}
	code, ans := a.do("admin", "POST", "/api/summonses", body)
	if code != 201 {
		t.Fatalf("summon = %d %v", code, ans)
	}
	sm := ans["summons"].(map[string]any)
	if sm["state"] != "pending" || ans["meeting"].(map[string]any)["start"] != ft["start"] {
		t.Errorf("answer = %v, want a pending summons at the chosen time", ans)
	}
	_, page := a.do("admin", "POST", "/api/summonses/query", map[string]any{"list": "pending"})
	if page["total"] != float64(1) {
		t.Errorf("pending list holds %v, want the summons", page["total"])
	}
	got, err := a.db.FindAccess(context.Background(), a.jc.ID, planner.AccessFilter{CPR: a.citizen.CPR, From: time.Now().Add(-time.Hour), To: time.Now().Add(time.Hour)})
	must(t, err)
	if len(got) < 2 || got[1].Action != planner.AccessSummonsChange || got[1].Route != "POST /api/summonses" { // newest first: the list read, then the summons
		t.Errorf("access log = %+v, want the summons", got)
	}

	other := planner.Citizen{JobcenterID: a.jc.ID, CPR: planner.MustParseCPR("0202854322"), Name: "Anden Borger"}
	must(t, a.db.CreateCitizen(context.Background(), &other))
	tests := []struct {
		name  string
		body  map[string]any
		code  int
		field string
	}{
		{"a time taken meanwhile is refused", map[string]any{"citizenId": other.ID, "offerId": a.offer.ID, "start": ft["start"], "end": ft["end"], "advisorId": ft["advisorId"]}, 409, ""},
		{"no citizen", map[string]any{"offerId": a.offer.ID, "start": ft["start"], "end": ft["end"]}, 422, "citizenId"},
		{"no offer", map[string]any{"citizenId": other.ID, "start": ft["start"], "end": ft["end"]}, 422, "offerId"},
		{"no time", map[string]any{"citizenId": other.ID, "offerId": a.offer.ID}, 422, "start"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, body := a.do("admin", "POST", "/api/summonses", tc.body)
			if code != tc.code || (tc.field != "" && body["field"] != tc.field) {
				t.Errorf("= %d %v, want %d on %q", code, body, tc.code, tc.field)
			}
		})
	}
	if code, _ := a.do("foreign", "POST", "/api/summonses", body); code < 400 {
		t.Errorf("another job centre = %d, want a refusal", code)
	}
}
