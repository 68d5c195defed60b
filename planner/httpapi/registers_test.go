package httpapi_test

import (
	"strconv"
	"strings"
	"testing"
)

// TestRegistersAPI: issue 22 point 3 — administrators keep the job
// centre's other actors and own person-group marks; advisors read them;
// a referral rule can then be saved and the rule types offer them.
func TestRegistersAPI(t *testing.T) {
	a := newAPI(t)
	code, actor := a.do("admin", "POST", "/api/other-actors", map[string]any{"name": "Jobhuset", "cvr": "12345678", "jobcenterId": 99})
	if code != 201 || actor["jobcenterId"] != float64(a.jc.ID) {
		t.Fatalf("create actor = %d %v", code, actor)
	}
	id := itoa(int64(actor["id"].(float64)))
	tests := []struct {
		name, who, method, path string
		body                    any
		code                    int
		field                   string
	}{
		{"an actor needs a name", "admin", "POST", "/api/other-actors", map[string]any{"name": " "}, 422, "name"},
		{"a CVR has eight digits", "admin", "POST", "/api/other-actors", map[string]any{"name": "X", "cvr": "123"}, 422, "cvr"},
		{"an actor is renamed", "admin", "PUT", "/api/other-actors/" + id, map[string]any{"name": "Jobhuset ApS"}, 200, ""},
		{"another job centre cannot rename it", "foreign", "PUT", "/api/other-actors/" + id, map[string]any{"name": "Overtaget"}, 404, ""},
		{"an advisor's token may not register", "portal", "POST", "/api/other-actors", map[string]any{"name": "Y"}, 403, ""},
		{"an own mark is added", "admin", "POST", "/api/marks", map[string]any{"name": "Ungeindsats", "bindsAdvisor": true, "level": "state"}, 201, ""},
		{"a mark needs a name", "admin", "POST", "/api/marks", map[string]any{"name": ""}, 422, "name"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, body := a.do(tc.who, tc.method, tc.path, tc.body)
			if code != tc.code || (tc.field != "" && body["field"] != tc.field) {
				t.Errorf("= %d %v, want %d on %q", code, body, tc.code, tc.field)
			}
			if tc.name == "an own mark is added" && body["level"] != "jobcenter" {
				t.Errorf("mark = %v, want the job centre's own whatever the body says", body)
			}
		})
	}
	_, list := a.do("admin", "GET", "/api/other-actors", nil)
	if xs := list["otherActors"].([]any); len(xs) != 1 || xs[0].(map[string]any)["name"] != "Jobhuset ApS" {
		t.Errorf("actors = %v", list)
	}
	_, marks := a.do("admin", "GET", "/api/marks", nil)
	ms := marks["marks"].([]any)
	if len(ms) != 1 {
		t.Fatalf("marks = %v", marks)
	}
	markID := itoa(int64(ms[0].(map[string]any)["id"].(float64)))

	// the rule types offer the actor, the mark and the sickness categories; a referral rule saves
	_, types := a.do("admin", "GET", "/api/rule-types", nil)
	values := map[string]int{}
	for _, x := range types["types"].([]any) {
		x := x.(map[string]any)
		values[x["type"].(string)] = len(x["values"].([]any))
	}
	if values["referral"] != 1 || values["mark"] != 1 || values["sickness_category"] != 3 {
		t.Errorf("rule type values = %v, want the actor, the mark and three categories", values)
	}
	offer := map[string]any{"name": "Henviste", "description": "x", "meetingType": "Jobsamtale", "form": "individual", "channel": "in_person",
		"durationMinutes": 30, "startMinutes": []int{0}, "firstMeetingDate": "2026-03-02", "opensOn": "2026-03-01", "teamId": a.offer.TeamID,
		"advisors": a.advisors, "rules": map[string]any{"groups": []any{map[string]any{"match": "all", "rules": []any{
			map[string]any{"type": "referral", "cond": "has", "value": id},
			map[string]any{"type": "mark", "cond": "has", "value": markID},
		}}}}}
	if code, body := a.do("admin", "POST", "/api/offers", offer); code != 201 {
		t.Fatalf("an offer with a referral and a mark rule = %d %v", code, body)
	}
	if code, _ := a.do("admin", "DELETE", "/api/other-actors/"+id, nil); code != 409 {
		t.Errorf("deleting an actor a rule names = %d, want 409", code)
	}
	if code, _ := a.do("admin", "DELETE", "/api/marks/"+markID, nil); code != 409 {
		t.Errorf("deleting a mark a rule names = %d, want 409", code)
	}
	if code, _ := a.do("admin", "DELETE", "/api/marks/"+strconv.Itoa(999), nil); code != 404 {
		t.Errorf("deleting an unknown mark = %d, want 404", code)
	}
}

// TestVariantsAPI: issue 22 point 3 (guide B: "Vælg en af de
// samtaletypevarianter oprettet i administrationsmodulet") — the meeting
// types are a fixed list; administrators keep the variants, and an offer
// is of one of them or of none.
func TestVariantsAPI(t *testing.T) {
	a := newAPI(t)
	if code, body := a.do("admin", "POST", "/api/variants", map[string]any{"meetingType": "Kaffemøde", "name": "x"}); code != 422 || body["field"] != "meetingType" {
		t.Errorf("a variant of no meeting type = %d %v", code, body)
	}
	code, v := a.do("admin", "POST", "/api/variants", map[string]any{"meetingType": "Jobsamtale", "name": "Akademikere"})
	if code != 201 {
		t.Fatalf("create = %d %v", code, v)
	}
	if code, _ := a.do("admin", "POST", "/api/variants", map[string]any{"meetingType": "Jobsamtale", "name": "Akademikere"}); code != 409 {
		t.Errorf("the same name twice = %d, want 409", code)
	}
	_, list := a.do("admin", "GET", "/api/variants", nil)
	if len(list["meetingTypes"].([]any)) < 2 || len(list["variants"].([]any)) != 1 {
		t.Errorf("list = %v", list)
	}
	o := map[string]any{"name": "Akademikersamtale", "description": "x", "meetingType": "Jobsamtale", "variant": "Akademikere", "form": "individual", "channel": "in_person",
		"durationMinutes": 30, "startMinutes": []int{0}, "firstMeetingDate": "2026-03-02", "opensOn": "2026-03-01", "teamId": a.offer.TeamID, "advisors": a.advisors,
		"rules": map[string]any{"groups": []any{map[string]any{"match": "all", "rules": []any{map[string]any{"type": "age", "cond": ">=", "value": "18"}}}}}}
	if code, body := a.do("admin", "POST", "/api/offers", o); code != 201 {
		t.Fatalf("an offer of the variant = %d %v", code, body)
	}
	o["variant"] = "Ingen sådan"
	if code, body := a.do("admin", "POST", "/api/offers", o); code != 422 || body["field"] != "variant" {
		t.Errorf("an offer of an unknown variant = %d %v, want 422 on variant", code, body)
	}
	id := itoa(int64(v["id"].(float64)))
	if code, _ := a.do("admin", "DELETE", "/api/variants/"+id, nil); code != 409 {
		t.Errorf("deleting a variant in use = %d, want 409", code)
	}
	if code, body := a.do("admin", "PUT", "/api/variants/"+id, map[string]any{"meetingType": "Jobsamtale", "name": " "}); code != 422 || body["field"] != "name" {
		t.Errorf("a rename to no name = %d %v, want 422 on name", code, body)
	}
	if code, body := a.do("admin", "PUT", "/api/variants/"+id, map[string]any{"meetingType": "Jobsamtale", "name": "Nyuddannede"}); code != 200 {
		t.Errorf("rename = %d %v", code, body)
	}
}

// TestACitizenBornInTheFutureIsRefused: issue 23 — the API refuses a CPR
// number whose birth date is after today on "cpr", nothing stored.
func TestACitizenBornInTheFutureIsRefused(t *testing.T) {
	a := newAPI(t)
	if code, body := a.do("admin", "POST", "/api/citizens", map[string]any{"cpr": "010150-5123", "name": "Fremtidig"}); code != 422 || body["field"] != "cpr" {
		t.Errorf("= %d %v, want 422 on cpr", code, body)
	}
	if code, _ := a.do("admin", "POST", "/api/search", map[string]any{"q": "010150-5123"}); code != 404 {
		t.Errorf("the refused citizen was stored: search = %d", code)
	}
}

// TestALongSearchIsRefusedAtItsField: issue 23 — a search text of 50,000
// characters made SQLite answer 500 ("LIKE or GLOB pattern too complex");
// every list search is capped at 100 characters with a 422 naming it.
func TestALongSearchIsRefusedAtItsField(t *testing.T) {
	a := newAPI(t)
	long := strings.Repeat("%_a", 17000)
	for _, tc := range []struct {
		method, path string
		body         map[string]any
	}{
		{"POST", "/api/summonses/query", map[string]any{"list": "follow_up", "search": long}},
		{"POST", "/api/offers/" + itoa(int64(a.offer.ID)) + "/participants", map[string]any{"search": long}},
	} {
		code, body := a.do("admin", tc.method, tc.path, tc.body)
		if code != 422 || body["field"] != "search" {
			t.Errorf("%s %s = %d %v, want 422 on search", tc.method, tc.path, code, body)
		}
	}
	if code, body := a.do("admin", "POST", "/api/summonses/query", map[string]any{"list": "follow_up", "search": "%_"}); code != 200 || body["total"] != float64(0) {
		t.Errorf("wildcards are searched as text: = %d %v", code, body)
	}
}

// TestNamesHaveALimit: issue 23 — a 900 KB name was stored for a room, a
// team or a citizen; every name is at most 200 characters, refused on
// "name".
func TestNamesHaveALimit(t *testing.T) {
	a := newAPI(t)
	long := strings.Repeat("Å", 201)
	for _, tc := range []struct {
		path string
		body map[string]any
	}{
		{"/api/rooms", map[string]any{"name": long, "capacity": 4}},
		{"/api/teams", map[string]any{"name": long}},
		{"/api/citizens", map[string]any{"cpr": "020285-1234", "name": long}},
		{"/api/advisors", map[string]any{"name": long, "teamId": a.offer.TeamID}},
		{"/api/other-actors", map[string]any{"name": long}},
		{"/api/marks", map[string]any{"name": long}},
		{"/api/templates", map[string]any{"name": long, "fields": map[string]any{}}},
	} {
		if code, body := a.do("admin", "POST", tc.path, tc.body); code != 422 || body["field"] != "name" {
			t.Errorf("POST %s with a 201-character name = %d %v, want 422 on name", tc.path, code, body)
		}
	}
	if code, body := a.do("admin", "POST", "/api/rooms", map[string]any{"name": strings.Repeat("Å", 200), "capacity": 4}); code != 201 {
		t.Errorf("a 200-character name = %d %v, want 201", code, body)
	}
}

// TestBadInputIsNamed: issue 23 — inputs that were taken or answered with
// the wrong status are refused with a 422 naming the field: a year 0000
// date, weeks=0, participants=bogus, and a portal booking without a start
// or an end, or in year 9999.
func TestBadInputIsNamed(t *testing.T) {
	a := newAPI(t)
	offer := itoa(int64(a.offer.ID))
	const cpr = "010190-4321"
	tests := []struct {
		name, who, method, path string
		body                    map[string]any
		field                   string
	}{
		{"a date in year 0000", "admin", "PUT", "/api/citizens/" + itoa(int64(a.citizen.ID)), map[string]any{"cpr": cpr, "name": "Borger", "dropDate": "0000-01-01"}, "dropDate"},
		{"a calendar from year 0030", "admin", "GET", "/api/calendar?from=0030-03-02&to=0030-03-03", nil, "from"},
		{"weeks=0", "admin", "GET", "/api/free-times-overview?weeks=0", nil, "weeks"},
		{"participants=bogus", "admin", "GET", "/api/offers/" + offer + "/page?participants=bogus", nil, "participants"},
		{"a booking without a start", "portal", "POST", "/api/portal/bookings", map[string]any{"cpr": cpr, "offerId": a.offer.ID, "end": "2026-03-03T09:30:00+01:00", "advisorId": a.advisors[0]}, "start"},
		{"a booking without an end", "portal", "POST", "/api/portal/bookings", map[string]any{"cpr": cpr, "offerId": a.offer.ID, "start": "2026-03-03T09:00:00+01:00", "advisorId": a.advisors[0]}, "end"},
		{"a booking in year 9999", "portal", "POST", "/api/portal/bookings", map[string]any{"cpr": cpr, "offerId": a.offer.ID, "start": "9999-03-03T09:00:00+01:00", "end": "9999-03-03T09:30:00+01:00", "advisorId": a.advisors[0]}, "start"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var code int
			var body map[string]any
			if tc.body == nil {
				code, body = a.do(tc.who, tc.method, tc.path, nil)
			} else {
				code, body = a.do(tc.who, tc.method, tc.path, tc.body)
			}
			if code != 422 || body["field"] != tc.field || body["detail"] == nil {
				t.Errorf("= %d %v, want 422 on %s with a detail", code, body, tc.field)
			}
		})
	}
}

// TestRollingWeeksWithinTheHorizon: issue 23 — rollingWeeks 52 was taken
// while the free times stop after 26 weeks, and the citizen was then told
// "advisors unavailable"; the setting is refused beyond the horizon.
func TestRollingWeeksWithinTheHorizon(t *testing.T) {
	a := newAPI(t)
	o := map[string]any{"name": "Langt frem", "description": "x", "meetingType": "Jobsamtale", "form": "individual", "channel": "in_person",
		"durationMinutes": 30, "startMinutes": []int{0}, "firstMeetingDate": "2026-03-02", "opensOn": "2026-03-01", "teamId": a.offer.TeamID,
		"advisors": a.advisors, "rollingWeeks": 52,
		"rules": map[string]any{"groups": []any{map[string]any{"match": "all", "rules": []any{map[string]any{"type": "age", "cond": ">=", "value": "18"}}}}}}
	if code, body := a.do("admin", "POST", "/api/offers", o); code != 422 || body["field"] != "rollingWeeks" {
		t.Errorf("rollingWeeks 52 = %d %v, want 422 on rollingWeeks", code, body)
	}
	o["rollingWeeks"] = 26
	if code, body := a.do("admin", "POST", "/api/offers", o); code != 201 {
		t.Errorf("rollingWeeks 26 = %d %v, want 201", code, body)
	}
}

// TestEveryProblemHasADetail: issue 23 — 404s, 401s, 403s and the 409 of a
// deletion in use carried no detail; every problem now says in Danish and
// English what happened, a deletion in use that it is in use.
func TestEveryProblemHasADetail(t *testing.T) {
	a := newAPI(t)
	tests := []struct {
		name, who, method, path string
		code                    int
		daContains              string
	}{
		{"a missing offer", "admin", "GET", "/api/offers/999", 404, "findes ikke"},
		{"no token", "", "GET", "/api/offers", 401, "Log ind"},
		{"the portal's token on staff routes", "portal", "GET", "/api/offers", 403, "rolle"},
		{"a team in use", "admin", "DELETE", "/api/teams/" + itoa(int64(a.offer.TeamID)), 409, "i brug"},
		{"an advisor on an offer", "admin", "DELETE", "/api/advisors/" + itoa(int64(a.advisors[0])), 409, "i brug"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, body := a.do(tc.who, tc.method, tc.path, nil)
			da, _ := body["detail_da"].(string)
			if code != tc.code || body["detail"] == nil || !strings.Contains(da, tc.daContains) {
				t.Errorf("= %d %v, want %d with a detail saying %q", code, body, tc.code, tc.daContains)
			}
		})
	}
}
