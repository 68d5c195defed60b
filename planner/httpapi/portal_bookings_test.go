package httpapi_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"testing"

	"github.com/planner-dk/planner/planner"
	"github.com/planner-dk/planner/planner/secret"
	"github.com/planner-dk/planner/planner/session"
)

// TestPortalBookingsListsTheCitizensOwn: §5 "Mine møder" — the citizen's
// own bookings, soonest first, with what the terms allow; another
// citizen's bookings never show.
func TestPortalBookingsListsTheCitizensOwn(t *testing.T) {
	a := newAPI(t)
	const cpr, other = "010190-4321", "020285-1234"
	if code, _ := a.do("admin", "POST", "/api/citizens", map[string]any{"cpr": other, "name": "Anden Borger"}); code != 201 {
		t.Fatalf("creating the other citizen = %d", code)
	}
	// a second offer alike: a citizen holds one coming booking per offer (issue 23)
	second := a.offer
	second.ID, second.Name = 0, "Jobsamtale 2"
	must(t, a.db.CreateOffer(context.Background(), &second))
	_, res := a.asCitizen(cpr, "GET", "/api/portal/offers/"+itoa(int64(a.offer.ID))+"/free-times", nil)
	times := res["times"].([]any)
	book := func(who string, offer planner.OfferID, i int) {
		ft := times[i].(map[string]any)
		body := map[string]any{"cpr": who, "offerId": offer, "start": ft["start"], "end": ft["end"], "advisorId": ft["advisorId"]}
		if code, b := a.asCitizen(who, "POST", "/api/portal/bookings", body); code != 201 {
			t.Fatalf("booking %d for %s = %d %v", i, who, code, b)
		}
	}
	book(cpr, a.offer.ID, 3)
	book(cpr, second.ID, 1)
	book(other, a.offer.ID, 2)
	if code, b := a.asCitizen(cpr, "POST", "/api/portal/bookings", map[string]any{"cpr": cpr, "offerId": a.offer.ID,
		"start": times[5].(map[string]any)["start"], "end": times[5].(map[string]any)["end"], "advisorId": times[5].(map[string]any)["advisorId"]}); code != 409 || b["code"] != "already_booked" {
		t.Errorf("a second coming booking of the same offer = %d %v, want 409 already_booked", code, b)
	}
	_, offers := a.asCitizen(cpr, "GET", "/api/portal/offers", nil)
	for _, x := range offers["offers"].([]any) {
		if x.(map[string]any)["booked"] != true {
			t.Errorf("offer %v not marked booked while the citizen holds a booking of it", x)
		}
	}
	if _, offers := a.asCitizen(other, "GET", "/api/portal/offers", nil); offers["offers"].([]any)[1].(map[string]any)["booked"] != false {
		t.Errorf("the other citizen's second offer is marked booked: %v", offers)
	}

	for _, tc := range []struct {
		name, cpr string
		want      []any // the bookings' starts, in order
	}{
		{"own two, soonest first", cpr, []any{times[1].(map[string]any)["start"], times[3].(map[string]any)["start"]}},
		{"the other citizen's one", other, []any{times[2].(map[string]any)["start"]}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, body := a.asCitizen(tc.cpr, "GET", "/api/portal/bookings", nil)
			if code != 200 {
				t.Fatalf("GET /api/portal/bookings = %d %v", code, body)
			}
			rows := body["bookings"].([]any)
			if len(rows) != len(tc.want) {
				t.Fatalf("bookings = %v, want starts %v", rows, tc.want)
			}
			for i, r := range rows {
				row := r.(map[string]any)
				if row["start"] != tc.want[i] {
					t.Errorf("booking %d starts %v, want %v", i, row["start"], tc.want[i])
				}
				// the test offer accepts neither cancellation nor rebooking
				if row["mayCancel"] != false || row["mayRebook"] != false || row["title"] == "" || row["offerId"] == nil {
					t.Errorf("booking %d = %v: want mayCancel and mayRebook false, a title and the offer", i, row)
				}
				if _, ok := row["cpr"]; ok {
					t.Errorf("booking %d carries a CPR number: %v", i, row)
				}
			}
		})
	}
	if code, body := a.asCitizen("nonsense", "GET", "/api/portal/bookings", nil); code != 422 || body["field"] != "Planner-Citizen" {
		t.Errorf("a bad citizen header = %d %v", code, body)
	}
	if code, _ := a.do("admin", "GET", "/api/portal/bookings", nil); code != 403 {
		t.Errorf("an admin token = %d, want 403", code)
	}
}

// TestJobcenterSettings: the administration's job-centre settings — own
// job centre only, admin only, checked with the field named.
func TestJobcenterSettings(t *testing.T) {
	a := newAPI(t)
	path := "/api/jobcenters/" + itoa(int64(a.jc.ID)) + "/settings"
	code, got := a.do("admin", "GET", path, nil)
	if code != 200 || got["conflictMail"] != true || got["browseMail"] != false {
		t.Fatalf("GET settings = %d %v, want the defaults", code, got)
	}
	good := map[string]any{"conflictMail": false, "browseMail": true, "openDec24": true, "extraClosingDays": []string{"2026-12-28"},
		"defaultHours": map[string]any{"days": []any{[]any{}, []any{map[string]any{"from": "08:00", "to": "15:00"}}, []any{}, []any{}, []any{}, []any{}, []any{}}}}
	for _, tc := range []struct {
		name      string
		who, path string
		body      any
		code      int
		field     string
	}{
		{"saved", "admin", path, good, 200, ""},
		{"hours that end before they start", "admin", path, map[string]any{"defaultHours": map[string]any{"days": []any{[]any{}, []any{map[string]any{"from": "15:00", "to": "08:00"}}}}}, 422, "defaultHours"},
		{"a bad time of day", "admin", path, map[string]any{"defaultHours": map[string]any{"days": []any{[]any{}, []any{map[string]any{"from": "25:00", "to": "08:00"}}}}}, 422, "defaultHours"},
		{"another job centre", "admin", "/api/jobcenters/" + itoa(int64(a.jc2.ID)) + "/settings", good, 404, ""},
		{"a portal token", "portal", path, good, 403, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, body := a.do(tc.who, "PUT", tc.path, tc.body)
			if code != tc.code {
				t.Fatalf("PUT = %d %v, want %d", code, body, tc.code)
			}
			if tc.field != "" {
				f, _ := body["field"].(string)
				if len(f) < len(tc.field) || f[:len(tc.field)] != tc.field {
					t.Errorf("field %q, want one under %q", f, tc.field)
				}
				checkDanish(t, body)
			}
		})
	}
	if code, got := a.do("admin", "GET", path, nil); code != 200 || got["browseMail"] != true || got["conflictMail"] != false || got["openDec24"] != true {
		t.Errorf("after saving = %d %v", code, got)
	}
}

// TestCitizenSessionNamesWhoBooks: on the citizens' pages the session
// names the citizen — GET /api/session says who, a booking without a cpr
// books for them, and a cpr in the body (another citizen's) is not read.
func TestCitizenSessionNamesWhoBooks(t *testing.T) {
	a := newAPI(t)
	a.server.Sessions = session.New(secret.NewKeyring(secret.NewKey()), a.db)
	const other = "020285-1234"
	if code, _ := a.do("admin", "POST", "/api/citizens", map[string]any{"cpr": other, "name": "Anden Borger"}); code != 201 {
		t.Fatalf("creating the other citizen = %d", code)
	}
	sess, cookie := signIn(t, a.server.Sessions, session.Citizen, a.tokens["portal"], a.citizen.CPR.Digits())
	call := func(method, path string, body any) (int, map[string]any) {
		t.Helper()
		var b []byte
		if body != nil {
			b, _ = json.Marshal(body)
		}
		req, err := http.NewRequest(method, a.srv.URL+path, bytes.NewReader(b))
		must(t, err)
		req.AddCookie(cookie)
		req.Header.Set(session.CSRFHeader, sess.CSRF)
		req.Header.Set("Sec-Fetch-Site", "same-origin")
		req.Header.Set("Planner-Citizen", other) // never read with a session
		resp, err := http.DefaultClient.Do(req)
		must(t, err)
		defer resp.Body.Close()
		var out map[string]any
		_ = json.NewDecoder(resp.Body).Decode(&out)
		return resp.StatusCode, out
	}
	if code, me := call("GET", "/api/session", nil); code != 200 || me["citizen"] != a.citizen.Name || me["kind"] != "citizen" {
		t.Fatalf("GET /api/session = %d %v, want the citizen %q", code, me, a.citizen.Name)
	}
	second := a.offer // a citizen holds one coming booking per offer (issue 23): the second booking is of another
	second.ID, second.Name = 0, "Jobsamtale 2"
	must(t, a.db.CreateOffer(context.Background(), &second))
	_, res := call("GET", "/api/portal/offers/"+itoa(int64(a.offer.ID))+"/free-times", nil)
	times := res["times"].([]any)
	for _, tc := range []struct {
		name  string
		cpr   any // what the body says
		offer planner.OfferID
		i     int
	}{
		{"no cpr", nil, a.offer.ID, 0},
		{"another citizen's cpr", other, second.ID, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ft := times[tc.i].(map[string]any)
			body := map[string]any{"offerId": tc.offer, "start": ft["start"], "end": ft["end"], "advisorId": ft["advisorId"]}
			if tc.cpr != nil {
				body["cpr"] = tc.cpr
			}
			code, booked := call("POST", "/api/portal/bookings", body)
			if code != 201 {
				t.Fatalf("booking = %d %v", code, booked)
			}
			if got := booked["summons"].(map[string]any)["citizenId"]; got != float64(a.citizen.ID) {
				t.Errorf("booked for citizen %v, want the session's %d", got, a.citizen.ID)
			}
		})
	}
	if code, body := a.asCitizen(other, "GET", "/api/portal/bookings", nil); code != 200 || len(body["bookings"].([]any)) != 0 {
		t.Errorf("the other citizen's bookings = %d %v, want none", code, body)
	}
}

// TestPortalFreeTimesForRebooking: ?rebook= gives the times a booking of
// the citizen's own may move to; another citizen's booking, or a summons
// that does not exist, answers 404.
func TestPortalFreeTimesForRebooking(t *testing.T) {
	a := newAPI(t)
	const cpr, other = "010190-4321", "020285-1234"
	if code, _ := a.do("admin", "POST", "/api/citizens", map[string]any{"cpr": other, "name": "Anden Borger"}); code != 201 {
		t.Fatalf("creating the other citizen = %d", code)
	}
	path := "/api/portal/offers/" + itoa(int64(a.offer.ID)) + "/free-times"
	_, res := a.asCitizen(cpr, "GET", path, nil)
	ft := res["times"].([]any)[0].(map[string]any)
	code, booked := a.asCitizen(cpr, "POST", "/api/portal/bookings", map[string]any{"cpr": cpr, "offerId": a.offer.ID, "start": ft["start"], "end": ft["end"], "advisorId": ft["advisorId"]})
	if code != 201 {
		t.Fatalf("booking = %d %v", code, booked)
	}
	id := itoa(int64(booked["summons"].(map[string]any)["id"].(float64)))
	for _, tc := range []struct {
		name, cpr, query string
		code             int
		field            string
	}{
		{"own booking", cpr, "?rebook=" + id, 200, ""},
		{"another citizen's booking", other, "?rebook=" + id, 404, ""},
		{"no such summons", cpr, "?rebook=999999", 404, ""},
		{"not a number", cpr, "?rebook=x", 422, "rebook"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, body := a.asCitizen(tc.cpr, "GET", path+tc.query, nil)
			if code != tc.code || (tc.field != "" && body["field"] != tc.field) {
				t.Fatalf("= %d %v, want %d %s", code, body, tc.code, tc.field)
			}
			if code == 200 {
				// its own time is free to the booking being moved
				found := false
				for _, x := range body["times"].([]any) {
					if x.(map[string]any)["start"] == ft["start"] {
						found = true
					}
				}
				if !found {
					t.Errorf("the booking's own time %v is not among the times it may move to", ft["start"])
				}
			}
		})
	}
}
