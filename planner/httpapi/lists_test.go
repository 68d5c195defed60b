package httpapi_test

import (
	"context"
	"testing"
	"time"

	"github.com/planner-dk/planner/planner"
)

// TestSummonsQuery: the lists (§6) in a body — every filter, the search
// (a CPR never in a URL), sort and page — with the CPR in full in cprFull.
func TestSummonsQuery(t *testing.T) {
	a := newAPI(t)
	ctx := context.Background()
	res, err := a.svc.FreeTimes(ctx, planner.FreeTimesRequest{Jobcenter: a.jc.ID, Citizen: a.citizen.ID, Offer: a.offer.ID})
	must(t, err)
	_, booked, err := a.svc.Book(ctx, planner.BookRequest{Jobcenter: a.jc.ID, Citizen: a.citizen.ID, Offer: a.offer.ID, Time: res.Times[0], Actor: "jobnet"})
	must(t, err)
	other := planner.Citizen{JobcenterID: a.jc.ID, CPR: planner.MustParseCPR("020285-1234"), Name: "Anden Person"}
	must(t, a.db.CreateCitizen(ctx, &other))
	a.offer.Terms = planner.BookingTerms{AcceptRebook: true, RebookDaysBefore: 2}
	must(t, a.db.UpdateOffer(ctx, a.offer))
	if code, body := a.do("admin", "POST", "/api/summonses/bulk", map[string]any{"offerId": a.offer.ID, "citizens": []any{other.ID}}); code != 201 {
		t.Fatalf("bulk = %d %v", code, body)
	}
	yes, no := true, false
	tests := []struct {
		name  string
		who   string
		body  map[string]any
		code  int
		total int    // with code 200
		field string // with code 422
	}{
		{"§6 the follow-up list", "admin", map[string]any{"list": "follow_up"}, 200, 1, ""},
		{"§6 the pending list", "admin", map[string]any{"list": "pending"}, 200, 1, ""},
		{"§6 search by CPR in the body", "admin", map[string]any{"list": "follow_up", "search": "010190-4321"}, 200, 1, ""},
		{"§6 search by CPR of someone else", "admin", map[string]any{"list": "follow_up", "search": "020285-1234"}, 200, 0, ""},
		{"§6 search by summons number", "admin", map[string]any{"list": "follow_up", "search": booked.Number}, 200, 1, ""},
		{"§6 search by part of a name", "admin", map[string]any{"list": "pending", "search": "anden"}, 200, 1, ""},
		{"§6 seen icon: not seen", "admin", map[string]any{"list": "follow_up", "seen": no}, 200, 1, ""},
		{"§6 seen icon: seen", "admin", map[string]any{"list": "follow_up", "seen": yes}, 200, 0, ""},
		{"§6 deadline icon", "admin", map[string]any{"list": "follow_up", "deadlineExceeded": yes}, 200, 0, ""},
		{"§6 responsible advisor", "admin", map[string]any{"list": "follow_up", "advisorId": a.advisors[0]}, 200, 1, ""},
		{"§6 another advisor", "admin", map[string]any{"list": "follow_up", "advisorId": a.advisors[0] + 100}, 200, 0, ""},
		{"§6 team incl. sub-teams", "admin", map[string]any{"list": "follow_up", "teams": []any{a.offer.TeamID}}, 200, 1, ""},
		{"§6 type", "admin", map[string]any{"list": "follow_up", "meetingType": "Opfølgningssamtale"}, 200, 0, ""},
		{"§6 channel", "admin", map[string]any{"list": "follow_up", "channel": "in_person"}, 200, 1, ""},
		{"§6 date field from–to", "admin", map[string]any{"list": "follow_up", "dateField": "meeting", "from": "2026-01-01", "to": "2026-01-31"}, 200, 0, ""},
		{"§6 sort on a column", "admin", map[string]any{"list": "follow_up", "sort": "cpr", "desc": true}, 200, 1, ""},
		{"§6 sort on transferred to calendar", "admin", map[string]any{"list": "follow_up", "sort": "in_calendar"}, 200, 1, ""},
		{"a page", "admin", map[string]any{"list": "follow_up", "limit": 1, "offset": 1}, 200, 1, ""},
		{"another job centre sees none", "foreign", map[string]any{"list": "follow_up", "search": "010190-4321"}, 200, 0, ""},
		{"a bad list", "admin", map[string]any{"list": "everything"}, 422, 0, "list"},
		{"a bad sort", "admin", map[string]any{"list": "pending", "sort": "colour"}, 422, 0, "sort"},
		{"from without a date field", "admin", map[string]any{"list": "pending", "from": "2026-03-01"}, 422, 0, "dateField"},
		{"to before from", "admin", map[string]any{"list": "pending", "dateField": "meeting", "from": "2026-03-02", "to": "2026-03-01"}, 422, 0, "to"},
		{"a page too large", "admin", map[string]any{"list": "pending", "limit": 501}, 422, 0, "limit"},
		{"an unknown field", "admin", map[string]any{"list": "pending", "colour": "red"}, 422, 0, "colour"},
		{"a bad date", "admin", map[string]any{"list": "pending", "dateField": "meeting", "from": "1. marts"}, 422, 0, "from"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, body := a.do(tc.who, "POST", "/api/summonses/query", tc.body)
			if code != tc.code {
				t.Fatalf("= %d %v, want %d", code, body, tc.code)
			}
			if code == 422 {
				if body["field"] != tc.field {
					t.Errorf("field = %v, want %q", body["field"], tc.field)
				}
				return
			}
			if body["total"] != float64(tc.total) {
				t.Errorf("total = %v, want %d (%v)", body["total"], tc.total, body)
			}
		})
	}
	_, body := a.do("admin", "POST", "/api/summonses/query", map[string]any{"list": "follow_up"})
	row := body["rows"].([]any)[0].(map[string]any)
	if row["cprFull"] != "010190-4321" || row["cpr"] != "010190-xxxx" || row["number"] != booked.Number {
		t.Errorf("§6 a row = %v, want the CPR in full in cprFull and masked in cpr", row)
	}
	if _, ok := row["rebookDeadline"]; ok {
		t.Errorf("a follow-up row without rebooking terms has a rebook deadline: %v", row)
	}
	_, body = a.do("admin", "POST", "/api/summonses/query", map[string]any{"list": "pending"})
	row = body["rows"].([]any)[0].(map[string]any)
	start, err := time.Parse(time.RFC3339, row["start"].(string))
	must(t, err)
	loc, _ := time.LoadLocation("Europe/Copenhagen")
	if want := planner.DateOf(start, loc).AddDays(-2).String(); row["rebookDeadline"] != want {
		t.Errorf("§6 the pending row's rebook deadline = %v, want %s (2 days before)", row["rebookDeadline"], want)
	}
	if code, _ := a.do("", "POST", "/api/summonses/query", map[string]any{"list": "follow_up"}); code != 401 {
		t.Errorf("without a token = %d, want 401", code)
	}
}

// TestMeetingAudit: a meeting's revision log holds its summonses'
// entries; another job centre's meeting is missing.
func TestMeetingAudit(t *testing.T) {
	a := newAPI(t)
	ctx := context.Background()
	res, err := a.svc.FreeTimes(ctx, planner.FreeTimesRequest{Jobcenter: a.jc.ID, Citizen: a.citizen.ID, Offer: a.offer.ID})
	must(t, err)
	m, _, err := a.svc.Book(ctx, planner.BookRequest{Jobcenter: a.jc.ID, Citizen: a.citizen.ID, Offer: a.offer.ID, Time: res.Times[0], Actor: "jobnet"})
	must(t, err)
	path := "/api/meetings/" + itoa(int64(m.ID)) + "/audit"
	code, body := a.do("admin", "GET", path, nil)
	entries, _ := body["entries"].([]any)
	if code != 200 || len(entries) < 2 {
		t.Fatalf("audit = %d %v, want the meeting's and the summons' creation", code, body)
	}
	entities := map[any]bool{}
	for _, e := range entries {
		entities[e.(map[string]any)["entity"]] = true
		if e.(map[string]any)["actor"] != "jobnet" {
			t.Errorf("entry %v, want actor jobnet", e)
		}
	}
	if !entities["meeting"] || !entities["summons"] {
		t.Errorf("entities = %v, want meeting and summons", entities)
	}
	if code, _ := a.do("foreign", "GET", path, nil); code != 404 {
		t.Errorf("another job centre's meeting = %d, want 404", code)
	}
	if code, body := a.do("admin", "GET", "/api/meetings/0/audit", nil); code != 422 || body["field"] != "id" {
		t.Errorf("id 0 = %d %v, want 422 on id", code, body)
	}
}

// TestRemoveParticipant: one citizen comes off a group meeting, the other
// participants stay; a sent summons or another job centre's is refused.
func TestRemoveParticipant(t *testing.T) {
	a := newAPI(t)
	ctx := context.Background()
	g := a.offer
	g.ID, g.Name, g.Form, g.StartMinutes, g.FirstMeetingDate = 0, "Workshop", planner.Group, nil, planner.Date{}
	g.Sessions = []planner.Session{{Start: time.Date(2026, 3, 10, 10, 0, 0, 0, time.UTC), Advisors: a.advisors, Seats: 5}}
	must(t, a.db.CreateOffer(ctx, &g))
	var ids []any
	for i, cpr := range []string{"010180-1111", "010181-2222", "010182-3333"} {
		c := planner.Citizen{JobcenterID: a.jc.ID, CPR: planner.MustParseCPR(cpr), Name: "Deltager " + itoa(int64(i))}
		must(t, a.db.CreateCitizen(ctx, &c))
		ids = append(ids, c.ID)
	}
	if code, body := a.do("admin", "POST", "/api/summonses/bulk", map[string]any{"offerId": g.ID, "citizens": ids}); code != 201 {
		t.Fatalf("bulk = %d %v", code, body)
	}
	_, page := a.do("admin", "POST", "/api/summonses/query", map[string]any{"list": "pending", "search": "Deltager"})
	rows := page["rows"].([]any)
	if len(rows) != 3 || rows[0].(map[string]any)["meetingId"] != rows[2].(map[string]any)["meetingId"] {
		t.Fatalf("§6 three participants of one group meeting, got %v", rows)
	}
	first := itoa(int64(rows[0].(map[string]any)["summonsId"].(float64)))
	if code, _ := a.do("foreign", "POST", "/api/summonses/"+first+"/remove", nil); code != 404 {
		t.Errorf("another job centre removing = %d, want 404", code)
	}
	if code, body := a.do("admin", "POST", "/api/summonses/"+first+"/remove", nil); code != 204 {
		t.Fatalf("remove = %d %v", code, body)
	}
	if _, page := a.do("admin", "POST", "/api/summonses/query", map[string]any{"list": "pending", "search": "Deltager"}); page["total"] != float64(2) {
		t.Errorf("§6 after removing one participant the group meeting holds %v, want the other 2", page["total"])
	}
	second := itoa(int64(rows[1].(map[string]any)["summonsId"].(float64)))
	if code, _ := a.do("admin", "POST", "/api/summonses/send", map[string]any{"ids": []any{rows[1].(map[string]any)["summonsId"]}}); code != 204 {
		t.Fatalf("send = %d", code)
	}
	if code, body := a.do("admin", "POST", "/api/summonses/"+second+"/remove", nil); code != 422 || body["field"] != "id" {
		t.Errorf("removing a sent summons = %d %v, want 422 on id", code, body)
	}
	if code, body := a.do("admin", "POST", "/api/summonses/0/remove", nil); code != 422 || body["field"] != "id" {
		t.Errorf("id 0 = %d %v, want 422 on id", code, body)
	}
}
