package httpapi_test

import (
	"io"
	"net/http"
	"strings"
	"testing"
)

func TestAdministrationFlow(t *testing.T) {
	a := newAPI(t)
	code, room := a.do("admin", "POST", "/api/rooms", map[string]any{"name": "Lokale 1", "capacity": 20})
	if code != 201 || room["id"] == nil {
		t.Fatalf("POST /api/rooms = %d %v", code, room)
	}
	code, body := a.do("admin", "POST", "/api/citizens", map[string]any{"cpr": "310490-1234", "name": "Umulig"})
	if code != 422 || body["field"] != "cpr" || strings.Contains(jsonString(body), "1234") {
		t.Errorf("an impossible CPR = %d %v, want 422 on cpr without the number", code, body)
	}
	code, body = a.do("admin", "POST", "/api/citizens", map[string]any{"cpr": "020290-1234", "name": "Ny Borger", "contactGroup": "Dagpengemodtager"})
	if code != 201 || body["cpr"] != "020290-xxxx" {
		t.Errorf("POST /api/citizens = %d %v, want 201 with the CPR masked", code, body)
	}
	offer := map[string]any{
		"name": "Workshop", "description": strings.Repeat("a", 501), "meetingType": "Jobsamtale", "form": "individual",
		"channel": "in_person", "durationMinutes": 30, "startMinutes": []int{0}, "firstMeetingDate": "2026-03-02",
		"opensOn": "2026-03-01", "teamId": 1, "advisors": a.advisors, "active": true,
		"rules": map[string]any{"groups": []any{map[string]any{"match": "all", "rules": []any{
			map[string]any{"type": "age", "cond": ">", "value": "30"}, map[string]any{"type": "age", "cond": "<", "value": "25"}}}}},
	}
	if code, body := a.do("admin", "POST", "/api/offers", offer); code != 422 || body["field"] != "description" {
		t.Errorf("§4.1 a 501-character description = %d %v, want 422 on description", code, body)
	}
	code, body = a.do("admin", "POST", "/api/offers/validate?step=3", offer)
	if code != 200 || body["neverMatches"] != true || !strings.Contains(jsonString(body["description"]), "alder er større end 30") {
		t.Errorf("§4.2 validating step 3 = %d %v, want the rules described and found contradictory", code, body)
	}
	if code, body := a.do("admin", "POST", "/api/offers/validate?step=9", offer); code != 422 || body["field"] != "step" {
		t.Errorf("a bad step = %d %v", code, body)
	}
	offer["description"] = "Kort tekst."
	if code, body := a.do("admin", "POST", "/api/offers", offer); code != 201 || body["changedBy"] != "admin" {
		t.Errorf("POST /api/offers = %d %v", code, body)
	}
	if _, list := a.do("admin", "GET", "/api/offers?active=true", nil); len(list["offers"].([]any)) != 2 {
		t.Errorf("active offers = %v, want 2", list["offers"])
	}
}

func TestSummonsListOverHTTP(t *testing.T) {
	a := newAPI(t)
	_, res := a.do("admin", "GET", "/api/offers/"+itoa(int64(a.offer.ID))+"/free-times?citizenId="+itoa(int64(a.citizen.ID)), nil)
	first := res["times"].([]any)[0].(map[string]any)
	book := map[string]any{"cpr": "0101904321", "offerId": a.offer.ID, "start": first["start"], "end": first["end"], "advisorId": first["advisorId"]}
	if code, body := a.do("portal", "POST", "/api/portal/bookings", book); code != 201 {
		t.Fatalf("booking = %d %v", code, body)
	}
	code, page := a.do("admin", "GET", "/api/summonses?list=follow_up&search=borger", nil)
	if code != 200 || page["total"] != float64(1) {
		t.Fatalf("§6 follow-up list = %d %v", code, page)
	}
	row := page["rows"].([]any)[0].(map[string]any)
	if row["cpr"] != "010190-xxxx" || row["number"] != "10100-000001" {
		t.Errorf("row = %v", row)
	}
	if code, body := a.do("admin", "GET", "/api/summonses?list=everything", nil); code != 422 || body["field"] != "list" {
		t.Errorf("a bad list = %d %v", code, body)
	}
}

func TestMetrics(t *testing.T) {
	a := newAPI(t)
	_, res := a.do("admin", "GET", "/api/offers/"+itoa(int64(a.offer.ID))+"/free-times?citizenId="+itoa(int64(a.citizen.ID)), nil)
	first := res["times"].([]any)[0].(map[string]any)
	book := map[string]any{"cpr": "0101904321", "offerId": a.offer.ID, "start": first["start"], "end": first["end"], "advisorId": first["advisorId"]}
	a.do("portal", "POST", "/api/portal/bookings", book)
	a.do("portal", "POST", "/api/portal/bookings", book)
	resp, err := http.Get(a.srv.URL + "/metrics")
	must(t, err)
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	text := string(b)
	for _, want := range []string{
		`planner_bookings_total{result="ok"} 1`,
		`planner_bookings_total{result="conflict"} 1`,
		`planner_http_request_duration_seconds_count{route="POST /api/portal/bookings",status="201"} 1`,
		`planner_free_time_search_duration_seconds_count 1`,
	} {
		if !strings.Contains(text, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
	if strings.Contains(text, "0101904321") || strings.Contains(text, "010190-4321") {
		t.Error("/metrics holds a CPR")
	}
}

func TestTemplatesAndActivation(t *testing.T) {
	a := newAPI(t)
	code, tpl := a.do("admin", "POST", "/api/templates", map[string]any{"name": "Jobsamtale 30 min", "fields": map[string]any{"meetingType": "Jobsamtale", "durationMinutes": 30}})
	if code != 201 || tpl["id"] == nil {
		t.Fatalf("POST /api/templates = %d %v", code, tpl)
	}
	if code, list := a.do("admin", "GET", "/api/templates", nil); code != 200 || len(list["templates"].([]any)) != 1 {
		t.Errorf("GET /api/templates = %d %v", code, list)
	}
	offer := "/api/offers/" + itoa(int64(a.offer.ID))
	if code, body := a.do("admin", "POST", offer+"/deactivate", nil); code != 200 || body["active"] != false {
		t.Fatalf("deactivate = %d %v", code, body)
	}
	if _, list := a.do("admin", "GET", "/api/offers?active=true", nil); len(list["offers"].([]any)) != 0 {
		t.Errorf("§4.3 a deactivated offer is still active: %v", list)
	}
	if code, body := a.asCitizen("010190-4321", "GET", "/api/portal/offers", nil); code != 200 || len(body["offers"].([]any)) != 0 {
		t.Errorf("§4.3 a deactivated offer is gone from My meetings: %d %v", code, body)
	}
	if code, body := a.do("admin", "POST", offer+"/activate", nil); code != 200 || body["active"] != true {
		t.Errorf("activate = %d %v", code, body)
	}
	if code, _ := a.do("foreign", "POST", offer+"/deactivate", nil); code != 404 {
		t.Errorf("another job centre deactivating = %d, want 404", code)
	}
}
