package httpapi_test

import (
	"bytes"
	"context"
	"encoding/json"
	"maps"
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
	return a.send(method, path, bytes.NewReader(b), func(req *http.Request) {
		req.Header.Set("Authorization", "Bearer "+a.tokens["portal"])
		req.Header.Set("Planner-Citizen", cpr)
	})
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
	} else {
		checkDanish(t, body)
	}
	offerPath := "/api/portal/offers/" + itoa(int64(a.offer.ID)) + "/free-times"
	code, res := a.asCitizen(cpr, "GET", offerPath, nil)
	if code != 200 || res["openMonth"] != "2026-03" {
		t.Fatalf("§5 free times = %d, openMonth %v", code, res["openMonth"])
	}
	times := res["times"].([]any)
	ft := func(i int) map[string]any { return times[i].(map[string]any) }
	book := map[string]any{"cpr": cpr, "offerId": a.offer.ID, "start": ft(0)["start"], "end": ft(0)["end"], "advisorId": ft(0)["advisorId"]}
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
	rebook := map[string]any{"start": ft(5)["start"], "end": ft(5)["end"], "advisorId": ft(5)["advisorId"]}
	if code, body := a.asCitizen(cpr, "POST", "/api/portal/bookings/"+id+"/rebook", rebook); code != 403 || body["code"] != "rebook_not_accepted" {
		t.Errorf("§4.1 rebook = %d %v, want 403 rebook_not_accepted", code, body)
	}
	// instant booking skips the offer the citizen holds a coming booking of (issue 23): an alike second offer takes it
	second := a.offer
	second.ID, second.Name = 0, "Jobsamtale 2"
	must(t, a.db.CreateOffer(context.Background(), &second))
	code, inst := a.asCitizen(cpr, "POST", "/api/portal/instant-bookings", nil)
	if code != 201 || inst["meeting"].(map[string]any)["start"] != ft(1)["start"] || inst["meeting"].(map[string]any)["offerId"] != float64(second.ID) {
		t.Errorf("§5 instant booking = %d %v, want the next free time %v", code, inst, ft(1)["start"])
	}
}

// TestPortalBooksAFreeTimeAsAnswered: issue 14 §6 — a free time from the
// portal's free-times answer is booked as it is: the portal adds the CPR
// and the offer and renames nothing, for an individual time and for a
// group session (with its meetingId, sessionId and freeSeats).
func TestPortalBooksAFreeTimeAsAnswered(t *testing.T) {
	a := newAPI(t)
	ctx := context.Background()
	group := a.offer
	group.ID, group.Name, group.Form, group.StartMinutes, group.FirstMeetingDate = 0, "Workshop: jobsøgning", planner.Group, nil, planner.Date{}
	group.DurationMinutes = 60
	group.Sessions = []planner.Session{{Start: time.Date(2026, 3, 10, 9, 0, 0, 0, time.UTC), Advisors: a.advisors, Seats: 3}}
	must(t, a.db.CreateOffer(ctx, &group))
	other := planner.Citizen{JobcenterID: a.jc.ID, CPR: planner.MustParseCPR("020285-1234"), Name: "Anden Borger"}
	must(t, a.db.CreateCitizen(ctx, &other))

	for _, tc := range []struct {
		offer planner.Offer
		cpr   string
		keys  []string // what the answered free time holds
	}{
		{a.offer, "010190-4321", []string{"start", "end", "advisorId"}},
		{group, "020285-1234", []string{"start", "end", "advisorId", "meetingId", "sessionId", "freeSeats"}},
	} {
		t.Run(string(tc.offer.Form), func(t *testing.T) {
			code, res := a.asCitizen(tc.cpr, "GET", "/api/portal/offers/"+itoa(int64(tc.offer.ID))+"/free-times", nil)
			times, _ := res["times"].([]any)
			if code != 200 || len(times) == 0 {
				t.Fatalf("free times = %d %v", code, res)
			}
			ft := times[0].(map[string]any)
			for _, k := range tc.keys {
				if _, ok := ft[k]; !ok {
					t.Errorf("the free time %v has no %q", ft, k)
				}
			}
			body := maps.Clone(ft)
			body["cpr"], body["offerId"] = tc.cpr, tc.offer.ID
			code, booked := a.asCitizen(tc.cpr, "POST", "/api/portal/bookings", body)
			if code != 201 {
				t.Fatalf("booking the free time %v as answered = %d %v, want 201", ft, code, booked)
			}
			m := booked["meeting"].(map[string]any)
			if m["start"] != ft["start"] || m["end"] != ft["end"] {
				t.Errorf("booked meeting %v–%v, want the free time's %v–%v", m["start"], m["end"], ft["start"], ft["end"])
			}
			if id, ok := ft["meetingId"]; ok && m["id"] != id {
				t.Errorf("booked meeting %v, want the session's meeting %v", m["id"], id)
			}
		})
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
