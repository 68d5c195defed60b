package httpapi_test

import (
	"context"
	"testing"
	"time"

	"github.com/planner-dk/planner/planner"
)

// TestCPROpensTheCitizenCard: issue 22 point 2 — a CPR shown on the offer
// page opens the citizen card: the participants carry the citizen's id,
// the search opens the card by it (the CPR in full, never in a URL), and
// the read is logged as the card's.
func TestCPROpensTheCitizenCard(t *testing.T) {
	a, _ := bookedAPI(t)
	_, page := a.do("admin", "POST", "/api/offers/"+itoa(int64(a.offer.ID))+"/participants", map[string]any{})
	ps := page["participants"].([]any)
	if len(ps) != 1 || ps[0].(map[string]any)["citizenId"] != float64(a.citizen.ID) {
		t.Fatalf("participants = %v, want the citizen's id", ps)
	}
	code, card := a.do("admin", "POST", "/api/search", map[string]any{"citizenId": a.citizen.ID})
	if code != 200 || card["cpr"] != "010190-4321" || card["citizen"].(map[string]any)["name"] != "Borger" || len(card["summonses"].([]any)) != 1 {
		t.Fatalf("card = %d %v, want the citizen with the CPR in full and the booking", code, card)
	}
	got, err := a.db.FindAccess(context.Background(), a.jc.ID, planner.AccessFilter{CPR: a.citizen.CPR, From: time.Now().Add(-time.Hour), To: time.Now().Add(time.Hour)})
	must(t, err)
	if len(got) == 0 || got[0].Action != planner.AccessCitizenRead || got[0].Route != "POST /api/search" {
		t.Errorf("access log = %+v, want the card's read", got)
	}
	if code, _ := a.do("foreign", "POST", "/api/search", map[string]any{"citizenId": a.citizen.ID}); code != 404 {
		t.Errorf("another job centre's citizen = %d, want 404", code)
	}
	if code, body := a.do("admin", "POST", "/api/search", map[string]any{"citizenId": -1}); code != 422 || body["field"] != "citizenId" {
		t.Errorf("citizenId -1 = %d %v, want 422 on citizenId", code, body)
	}
}
