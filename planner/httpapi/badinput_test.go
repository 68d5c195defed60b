package httpapi_test

import (
	"strings"
	"testing"
)

// TestBadInputIsProblemJSON: every refused input is a 422 problem that
// names the field, says what is wrong in English in detail and in a Danish
// sentence in detail_da — the Danish sentence names the field and holds
// no English reason (issue 14 §5).
func TestBadInputIsProblemJSON(t *testing.T) {
	a := newAPI(t)
	adv := itoa(int64(a.advisors[0]))
	offer := itoa(int64(a.offer.ID))
	tests := []struct {
		name, method, path string
		body               any
		field              string
	}{
		{"malformed JSON is the body's fault", "POST", "/api/teams", `{"name": x}`, "body"},
		{"an empty body is the body's fault", "POST", "/api/teams", ``, "body"},
		{"a cut-off body is the body's fault", "POST", "/api/teams", `{"name": "Nord"`, "body"},
		{"two values are the body's fault", "POST", "/api/teams", `{"name": "Nord"} {}`, "body"},
		{"an unknown field is named", "POST", "/api/teams", map[string]any{"name": "x", "colour": "red"}, "colour"},
		{"an unknown nested field is named by its path", "POST", "/api/offers", map[string]any{"name": "x", "sessions": []any{map[string]any{"seats": 2, "chairs": 3}}}, "sessions[0].chairs"},
		{"a wrong type is named", "POST", "/api/teams", map[string]any{"name": 7}, "name"},
		{"a wrong nested type is named by its path", "POST", "/api/citizens", map[string]any{"cpr": "010190-4321", "name": "B", "referrals": []any{map[string]any{"from": 20260101}}}, "referrals[0].from"},
		{"a bad date is named", "POST", "/api/citizens", map[string]any{"cpr": "010190-4321", "name": "B", "bookingDeadline": "31-12-2026"}, "bookingDeadline"},
		{"a bad time is named", "POST", "/api/absences", map[string]any{"advisorId": a.advisors[0], "start": "tomorrow"}, "start"},
		{"a bad CPR is named", "POST", "/api/citizens", map[string]any{"cpr": "123", "name": "B"}, "cpr"},
		{"a bad mail address", "POST", "/api/teams", map[string]any{"name": "Team", "mail": "nope"}, "mail"},
		{"a missing name", "POST", "/api/rooms", map[string]any{"name": "", "capacity": 2}, "name"},
		{"§3 an absence ends after it starts", "POST", "/api/absences", map[string]any{"advisorId": a.advisors[0], "start": "2026-03-03T10:00:00Z", "end": "2026-03-03T09:00:00Z"}, "end"},
		{"§4.1 a description is at most 500 characters", "POST", "/api/offers", map[string]any{"name": "x", "description": strings.Repeat("ø", 501)}, "description"},
		{"§4.2 a rule of a known type", "POST", "/api/offers/validate?step=3", map[string]any{"rules": map[string]any{"groups": []any{map[string]any{"match": "all", "rules": []any{map[string]any{"type": "shoe_size", "cond": "eq", "value": "42"}}}}}}, "rules.groups[0].rules[0].type"},
		{"a wizard step is 1, 2 or 3", "POST", "/api/offers/validate?step=4", map[string]any{}, "step"},
		{"§9 a calendar of a known kind", "PUT", "/api/advisors/" + adv + "/calendar", map[string]any{"kind": "exchange2003", "url": "http://x/"}, "kind"},
		{"a calendar's days are dates", "GET", "/api/calendar?from=monday&to=2026-03-08", nil, "from"},
		{"explain names an advisor", "GET", "/api/offers/" + offer + "/explain?advisorId=bo", nil, "advisorId"},
		{"a search is a CPR or a summons number", "POST", "/api/search", map[string]any{"q": "Bo"}, "q"},
		{"§6 bulk summons names 1 to 500 citizens", "POST", "/api/summonses/bulk", map[string]any{"offerId": a.offer.ID, "citizens": []any{}}, "citizens"},
		{"a path id is positive", "GET", "/api/offers/-3", nil, "id"},
		{"a list is follow-up or pending", "GET", "/api/summonses?list=done", nil, "list"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, body := a.do("admin", tc.method, tc.path, tc.body)
			if code != 422 || body["field"] != tc.field || body["title_da"] != "Ugyldige oplysninger" {
				t.Fatalf("%s %s = %d %v, want 422 naming %q", tc.method, tc.path, code, body, tc.field)
			}
			checkDanish(t, body)
		})
	}
}

// checkDanish holds a field problem's two texts: detail is "field: reason"
// in English, detail_da a Danish sentence on the field without the
// English reason.
func checkDanish(t *testing.T, body map[string]any) {
	t.Helper()
	field, detail, da := body["field"].(string), body["detail"].(string), body["detail_da"].(string)
	reason, ok := strings.CutPrefix(detail, field+": ")
	if !ok || reason == "" {
		t.Errorf("detail = %q, want %q and the English reason", detail, field+": ")
	}
	subject := "Feltet »" + field + "« "
	switch field {
	case "body":
		subject = "Forespørgslens indhold "
	case "Planner-Citizen":
		subject = "Headeren »Planner-Citizen« "
	}
	if !strings.HasPrefix(da, subject) || !strings.HasSuffix(da, ".") {
		t.Errorf("detail_da = %q, want a sentence starting %q", da, subject)
	}
	if strings.Contains(da, reason) || strings.Contains(da, "har en ugyldig værdi") {
		t.Errorf("detail_da = %q holds the English reason %q or no Danish one", da, reason)
	}
}

// TestBadJSONSaysWhere: a body that is not JSON is answered with the line
// and column of the fault; an unknown field is named with its path
// (issue 14 §6).
func TestBadJSONSaysWhere(t *testing.T) {
	a := newAPI(t)
	tests := []struct {
		name, body, field, detail, detailDA string
	}{
		{"a syntax error", "{\n  \"name\": x\n}", "body",
			"body: is not JSON: syntax error at line 2, column 11",
			"Forespørgslens indhold er ikke gyldig JSON: syntaksfejl i linje 2, tegn 11."},
		{"a syntax error after Danish letters", `{"name": "Øst",}`, "body",
			"body: is not JSON: syntax error at line 1, column 16",
			"Forespørgslens indhold er ikke gyldig JSON: syntaksfejl i linje 1, tegn 16."},
		{"an unknown field", `{"name": "Øst", "colour": "red"}`, "colour",
			"colour: is an unknown field", "Feltet »colour« er ukendt."},
		{"an unknown field in the hours", `{"name": "Øst", "hours": {"days": [], "weeks": 2}}`, "hours.weeks",
			"hours.weeks: is an unknown field", "Feltet »hours.weeks« er ukendt."},
		{"a wrong type in a list", `{"name": "Øst", "hours": {"days": [[{"from": 9}]]}}`, "hours.days[0][0].from",
			"hours.days[0][0].from: must be a string", "Feltet »hours.days[0][0].from« skal være en tekst i anførselstegn."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, body := a.do("admin", "POST", "/api/teams", tc.body)
			if code != 422 || body["field"] != tc.field || body["detail"] != tc.detail || body["detail_da"] != tc.detailDA {
				t.Errorf("= %d %v\nwant field %q, detail %q, detail_da %q", code, body, tc.field, tc.detail, tc.detailDA)
			}
		})
	}
}
