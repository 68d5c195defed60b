package httpapi_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"testing"
	"time"

	"github.com/planner-dk/planner/planner"
)

// asCitizen sends a portal request acting for the citizen with cpr.
func (a *api) asCitizen(cpr, method, path string, body any) (int, map[string]any) {
	a.t.Helper()
	var b []byte
	if body != nil {
		b, _ = json.Marshal(body)
	}
	req, err := http.NewRequest(method, a.srv.URL+path, bytes.NewReader(b))
	must(a.t, err)
	req.Header.Set("Authorization", "Bearer "+a.tokens["portal"])
	req.Header.Set("Planner-Citizen", cpr)
	resp, err := http.DefaultClient.Do(req)
	must(a.t, err)
	defer resp.Body.Close()
	var out map[string]any
	_ = json.NewDecoder(resp.Body).Decode(&out)
	return resp.StatusCode, out
}

func TestPortalStory(t *testing.T) {
	a := newAPI(t)
	const cpr = "010190-4321"
	code, body := a.asCitizen(cpr, "GET", "/api/portal/offers", nil)
	if code != 200 || len(body["offers"].([]any)) != 1 {
		t.Fatalf("§5 my meetings = %d %v, want the one offer", code, body)
	}
	if code, body := a.asCitizen("nonsense", "GET", "/api/portal/offers", nil); code != 422 || body["field"] != "Planner-Citizen" {
		t.Errorf("a bad citizen header = %d %v", code, body)
	}
	offerPath := "/api/portal/offers/" + itoa(int64(a.offer.ID)) + "/free-times"
	code, res := a.asCitizen(cpr, "GET", offerPath, nil)
	if code != 200 || res["openMonth"] != "2026-03" {
		t.Fatalf("§5 free times = %d, openMonth %v", code, res["openMonth"])
	}
	times := res["times"].([]any)
	ft := func(i int) map[string]any { return times[i].(map[string]any) }
	book := map[string]any{"cpr": cpr, "offerId": a.offer.ID, "start": ft(0)["start"], "end": ft(0)["end"], "advisorId": ft(0)["advisor"]}
	code, booked := a.asCitizen(cpr, "POST", "/api/portal/bookings", book)
	if code != 201 {
		t.Fatalf("booking = %d %v", code, booked)
	}
	summons := booked["summons"].(map[string]any)
	id := itoa(int64(summons["id"].(float64)))

	// The offer accepts neither cancellation nor rebooking: both refused with their codes.
	if code, body := a.asCitizen(cpr, "DELETE", "/api/portal/bookings/"+id, nil); code != 403 || body["code"] != "cancel_not_accepted" {
		t.Errorf("§4.1 cancel = %d %v, want 403 cancel_not_accepted", code, body)
	}
	rebook := map[string]any{"start": ft(5)["start"], "end": ft(5)["end"], "advisor": ft(5)["advisor"]}
	if code, body := a.asCitizen(cpr, "POST", "/api/portal/bookings/"+id+"/rebook", rebook); code != 403 || body["code"] != "rebook_not_accepted" {
		t.Errorf("§4.1 rebook = %d %v, want 403 rebook_not_accepted", code, body)
	}
	code, inst := a.asCitizen(cpr, "POST", "/api/portal/instant-bookings", nil)
	if code != 201 || inst["meeting"].(map[string]any)["start"] != ft(1)["start"] {
		t.Errorf("§5 instant booking = %d %v, want the next free time %v", code, inst, ft(1)["start"])
	}
}

// TestJobnetReceipt: Jobnet's receipt marks the summons seen (§2, docs/jobnet.md);
// a bad number or time is a 422 naming the field; an unknown one is 404.
func TestJobnetReceipt(t *testing.T) {
	a := newAPI(t)
	ctx := context.Background()
	res, err := a.svc.FreeTimes(ctx, planner.FreeTimesRequest{Jobcenter: a.jc.ID, Citizen: a.citizen.ID, Offer: a.offer.ID})
	must(t, err)
	_, s, err := a.svc.Book(ctx, planner.BookRequest{Jobcenter: a.jc.ID, Citizen: a.citizen.ID, Offer: a.offer.ID, Time: res.Times[0], Actor: "jobnet"})
	must(t, err)
	seen := "2026-03-02T10:15:00+01:00"
	if code, body := a.do("portal", "POST", "/api/jobnet/receipts", map[string]any{"number": s.Number, "seenAt": seen}); code != 204 {
		t.Fatalf("receipt = %d %v", code, body)
	}
	got, err := a.svc.Store.FindSummons(ctx, a.jc.ID, s.ID)
	must(t, err)
	if got.SeenAt == nil || got.SeenAt.Format(time.RFC3339) != "2026-03-02T09:15:00Z" {
		t.Fatalf("seen at = %v", got.SeenAt)
	}
	for _, tc := range []struct {
		body  map[string]any
		code  int
		field string
	}{
		{map[string]any{"number": "0101901234", "seenAt": seen}, 422, "number"},
		{map[string]any{"number": s.Number}, 422, "seenAt"},
		{map[string]any{"number": "10100-999999", "seenAt": seen}, 404, ""},
	} {
		code, body := a.do("portal", "POST", "/api/jobnet/receipts", tc.body)
		if code != tc.code || (tc.field != "" && body["field"] != tc.field) {
			t.Errorf("receipt %v = %d %v, want %d naming %q", tc.body, code, body, tc.code, tc.field)
		}
	}
	if code, _ := a.do("admin", "POST", "/api/jobnet/receipts", map[string]any{"number": s.Number, "seenAt": seen}); code != 403 {
		t.Errorf("a receipt with an admin token = %d, want 403 (the portal's role)", code)
	}
}
