package httpapi_test

import (
	"context"
	"database/sql"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	_ "modernc.org/sqlite" // the test's own connection to the store's file, to break the log

	"github.com/planner-dk/planner/planner"
)

// bookedAPI is an API whose citizen holds a booking of the offer, so the
// lists, the offer page, its participants and the meeting show them.
func bookedAPI(t *testing.T) (*api, planner.MeetingID) {
	t.Helper()
	a := newAPI(t)
	_, res := a.do("admin", "GET", "/api/offers/"+itoa(int64(a.offer.ID))+"/free-times?citizenId="+itoa(int64(a.citizen.ID)), nil)
	first := res["times"].([]any)[0].(map[string]any)
	book := map[string]any{"cpr": "0101904321", "offerId": a.offer.ID, "start": first["start"], "end": first["end"], "advisorId": first["advisorId"]}
	code, body := a.do("portal", "POST", "/api/portal/bookings", book)
	if code != 201 {
		t.Fatalf("booking = %d %v", code, body)
	}
	return a, planner.MeetingID(body["summons"].(map[string]any)["meetingId"].(float64))
}

// TestAccessLogOfEveryRoute: issue 21 point 1 — every route that shows or
// changes a citizen's data writes an entry naming the person, the
// citizen, the action and the search criterion.
func TestAccessLogOfEveryRoute(t *testing.T) {
	a, meeting := bookedAPI(t)
	offer, citizen := itoa(int64(a.offer.ID)), itoa(int64(a.citizen.ID))
	other := planner.Citizen{JobcenterID: a.jc.ID, CPR: planner.MustParseCPR("0202854322"), Name: "Anden Borger"}
	must(t, a.db.CreateCitizen(context.Background(), &other))
	third := planner.Citizen{JobcenterID: a.jc.ID, CPR: planner.MustParseCPR("0404654324"), Name: "Tredje Borger"}
	must(t, a.db.CreateCitizen(context.Background(), &third))
	tests := []struct {
		method, path string
		body         any
		cpr          string
		action       planner.AccessAction
		criterion    string
	}{
		{"GET", "/api/citizens/" + citizen, nil, "0101904321", planner.AccessCitizenRead, ""},
		{"POST", "/api/search", map[string]any{"q": "010190-4321"}, "0101904321", planner.AccessCitizenSearch, "010190-4321"},
		{"POST", "/api/summonses/query", map[string]any{"list": "follow_up", "search": "Borger"}, "0101904321", planner.AccessListRead, "Borger"},
		{"GET", "/api/summonses?list=follow_up", nil, "0101904321", planner.AccessListRead, ""},
		{"GET", "/api/offers/" + offer + "/page", nil, "0101904321", planner.AccessOfferPage, ""},
		{"POST", "/api/offers/" + offer + "/participants", map[string]any{"search": "borg"}, "0101904321", planner.AccessParticipants, "borg"},
		{"GET", "/api/offers/" + offer + "/participants.xlsx", nil, "0101904321", planner.AccessExport, ""},
		{"GET", "/api/meetings/" + itoa(int64(meeting)) + "/audit", nil, "0101904321", planner.AccessAuditRead, ""},
		{"GET", "/api/meetings/" + itoa(int64(meeting)), nil, "0101904321", planner.AccessMeetingRead, ""},
		{"GET", "/api/meetings/" + itoa(int64(meeting)) + "/participants.xlsx", nil, "0101904321", planner.AccessMeetingExport, ""},
		{"PUT", "/api/citizens/" + citizen, map[string]any{"cpr": "010190-4321", "name": "Borger Omdøbt"}, "0101904321", planner.AccessCitizenUpdate, ""},
		{"POST", "/api/citizens", map[string]any{"cpr": "030375-4323", "name": "Ny Borger"}, "0303754323", planner.AccessCitizenCreate, ""},
		{"DELETE", "/api/citizens/" + itoa(int64(other.ID)), nil, "0202854322", planner.AccessCitizenDelete, ""},
		{"POST", "/api/summonses/bulk", map[string]any{"offerId": a.offer.ID, "citizens": []any{third.ID}}, "0404654324", planner.AccessSummonsChange, ""},
		{"DELETE", "/api/meetings/" + itoa(int64(meeting)), nil, "0101904321", planner.AccessSummonsChange, ""},
	}
	for _, tc := range tests {
		t.Run(string(tc.action)+" "+tc.method+" "+tc.path, func(t *testing.T) {
			code, _ := a.do("admin", tc.method, tc.path, tc.body)
			if code >= 300 {
				t.Fatalf("%s %s = %d", tc.method, tc.path, code)
			}
			got, err := a.db.FindAccess(context.Background(), a.jc.ID, planner.AccessFilter{CPR: planner.MustParseCPR(tc.cpr),
				From: time.Now().Add(-time.Hour), To: time.Now().Add(time.Hour)})
			must(t, err)
			if len(got) == 0 {
				t.Fatal("no entry")
			}
			e := got[0]
			if e.Action != tc.action || e.Actor != "admin" || e.Role != planner.RoleAdmin || e.Criterion != tc.criterion || e.Purpose == "" {
				t.Errorf("entry = %+v", e)
			}
			if !routePattern(tc.method, tc.path, e.Route) {
				t.Errorf("route = %q, want the pattern of %s %s", e.Route, tc.method, tc.path)
			}
		})
	}
}

// TestAccessLogFailsClosed: issue 21 point 2 — when the entry cannot be
// written, a read is not answered and a change is not made (500).
func TestAccessLogFailsClosed(t *testing.T) {
	a := newAPI(t)
	raw, err := sql.Open("sqlite", a.dbPath)
	must(t, err)
	defer raw.Close()
	_, err = raw.Exec(`CREATE TRIGGER access_log_full BEFORE INSERT ON access_log BEGIN SELECT RAISE(ABORT, 'disk full'); END`)
	must(t, err)
	citizen := "/api/citizens/" + itoa(int64(a.citizen.ID))

	req, _ := http.NewRequest("GET", a.srv.URL+citizen, nil)
	req.Header.Set("Authorization", "Bearer "+a.tokens["admin"])
	resp, err := http.DefaultClient.Do(req)
	must(t, err)
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode < 500 || strings.Contains(string(body), "Borger") || strings.Contains(string(body), "4321") {
		t.Errorf("a read that cannot be logged = %d %s, want a 5xx without the citizen", resp.StatusCode, body)
	}
	if code, _ := a.do("admin", "PUT", citizen, map[string]any{"cpr": "010190-4321", "name": "Borger Omdøbt"}); code < 400 {
		t.Errorf("a change that cannot be logged = %d, want it refused", code)
	}
	c, err := a.db.FindCitizen(context.Background(), a.jc.ID, a.citizen.ID)
	must(t, err)
	if c.Name != "Borger" {
		t.Errorf("the change was made unlogged: name %q", c.Name)
	}
}

// routePattern reports whether pattern (e.g. "GET /api/citizens/{id}")
// is the route of method and path.
func routePattern(method, path, pattern string) bool {
	m, p, _ := strings.Cut(pattern, " ")
	got := strings.Split(strings.SplitN(path, "?", 2)[0], "/")
	want := strings.Split(p, "/")
	if m != method || len(got) != len(want) {
		return false
	}
	for i := range want {
		if want[i] != got[i] && !strings.HasPrefix(want[i], "{") {
			return false
		}
	}
	return true
}

// TestAccessLogAnswers: issue 21 point 4 — an administrator asks who used
// a citizen's data and what a person used (the question logged too); the
// citizen's own report names no staff.
func TestAccessLogAnswers(t *testing.T) {
	a := newAPI(t)
	citizen := "/api/citizens/" + itoa(int64(a.citizen.ID))
	a.do("admin", "GET", citizen, nil)
	a.do("admin", "PUT", citizen, map[string]any{"cpr": "010190-4321", "name": "Borger Omdøbt"})
	from, to := time.Now().Add(-time.Hour).Format(time.RFC3339), time.Now().Add(time.Hour).Format(time.RFC3339)

	code, got := a.do("admin", "POST", "/api/access-log/query", map[string]any{"cpr": "010190-4321", "from": from, "to": to})
	entries, _ := got["entries"].([]any)
	if code != 200 || len(entries) != 2 {
		t.Fatalf("who used the citizen's data = %d %v", code, got)
	}
	newest := entries[0].(map[string]any)
	if newest["action"] != "citizen.update" || newest["actor"] != "admin" || newest["cprs"].([]any)[0] != "010190-4321" {
		t.Errorf("newest entry = %v", newest)
	}
	code, got = a.do("admin", "POST", "/api/access-log/query", map[string]any{"actor": "admin", "from": from, "to": to})
	if entries, _ := got["entries"].([]any); code != 200 || len(entries) != 3 { // the two uses and the question before
		t.Errorf("what admin used = %d, %d entries, want 3", code, len(entries))
	}
	if code, body := a.do("admin", "POST", "/api/access-log/query", map[string]any{"from": from, "to": to}); code != 422 || body["field"] != "cpr" {
		t.Errorf("a question of no one = %d %v", code, body)
	}
	if code, _ := a.do("foreign", "POST", "/api/access-log/query", map[string]any{"cpr": "010190-4321", "from": from, "to": to}); code != 200 {
		t.Errorf("another job centre's administrator = %d", code)
	} else if _, got := a.do("foreign", "POST", "/api/access-log/query", map[string]any{"cpr": "010190-4321", "from": from, "to": to}); len(got["entries"].([]any)) != 1 {
		t.Errorf("another job centre's log holds more than its own question: %v", got) // its own first question, nothing of Glostrup's
	}

	req, _ := http.NewRequest("GET", a.srv.URL+"/api/portal/access-log", nil)
	req.Header.Set("Authorization", "Bearer "+a.tokens["portal"])
	req.Header.Set("Planner-Citizen", "0101904321")
	resp, err := http.DefaultClient.Do(req)
	must(t, err)
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(b), "Dine oplysninger blev rettet") || strings.Contains(string(b), "admin") {
		t.Errorf("the citizen's own report = %d %s", resp.StatusCode, b)
	}
}

// TestAccessLogOfSummonsChanges: issue 21 point 1 — removing a pending
// summons, deleting one and sending one each write an entry naming the
// citizen, with the route.
func TestAccessLogOfSummonsChanges(t *testing.T) {
	a := newAPI(t)
	bulk := func() float64 {
		t.Helper()
		code, res := a.do("admin", "POST", "/api/summonses/bulk", map[string]any{"offerId": a.offer.ID, "citizens": []any{a.citizen.ID}})
		ss, _ := res["summonses"].([]any)
		if code != 201 || len(ss) != 1 {
			t.Fatalf("bulk = %d %v", code, res)
		}
		return ss[0].(map[string]any)["id"].(float64)
	}
	first := bulk()
	if code, _ := a.do("admin", "POST", "/api/summonses/"+itoa(int64(first))+"/remove", nil); code != 204 {
		t.Fatalf("remove = %d", code)
	}
	second := bulk()
	if code, _ := a.do("admin", "POST", "/api/summonses/delete", map[string]any{"ids": []any{second}}); code != 204 {
		t.Fatalf("delete = %d", code)
	}
	third := bulk()
	if code, _ := a.do("admin", "POST", "/api/summonses/send", map[string]any{"ids": []any{third}}); code != 204 {
		t.Fatalf("send = %d", code)
	}
	got, err := a.db.FindAccess(context.Background(), a.jc.ID, planner.AccessFilter{CPR: a.citizen.CPR,
		From: time.Now().Add(-time.Hour), To: time.Now().Add(time.Hour)})
	must(t, err)
	var routes []string
	for i := len(got) - 1; i >= 0; i-- {
		if got[i].Action != planner.AccessSummonsChange || len(got[i].Citizens) != 1 || got[i].Citizens[0].ID != a.citizen.ID {
			t.Errorf("entry = %+v", got[i])
		}
		routes = append(routes, got[i].Route)
	}
	want := []string{"POST /api/summonses/bulk", "POST /api/summonses/{id}/remove", "POST /api/summonses/bulk",
		"POST /api/summonses/delete", "POST /api/summonses/bulk", "POST /api/summonses/send"}
	if strings.Join(routes, "; ") != strings.Join(want, "; ") {
		t.Errorf("routes logged:\n%s\nwant:\n%s", strings.Join(routes, "\n"), strings.Join(want, "\n"))
	}
}

// TestAccessLogOfAMove: moving a meeting writes an entry naming its
// citizens (issue 21, point 1).
func TestAccessLogOfAMove(t *testing.T) {
	a, meeting := bookedAPI(t)
	_, res := a.do("admin", "GET", "/api/offers/"+itoa(int64(a.offer.ID))+"/free-times", nil)
	times := res["times"].([]any)
	to := times[len(times)-1].(map[string]any)
	code, body := a.do("admin", "PUT", "/api/meetings/"+itoa(int64(meeting)), map[string]any{"start": to["start"], "end": to["end"], "advisors": []any{to["advisorId"]}})
	if code != 200 {
		t.Fatalf("move = %d %v", code, body)
	}
	got, err := a.db.FindAccess(context.Background(), a.jc.ID, planner.AccessFilter{CPR: a.citizen.CPR,
		From: time.Now().Add(-time.Hour), To: time.Now().Add(time.Hour)})
	must(t, err)
	if len(got) == 0 || got[0].Action != planner.AccessSummonsChange || got[0].Route != "PUT /api/meetings/{id}" {
		t.Errorf("newest entry = %+v", got)
	}
}
