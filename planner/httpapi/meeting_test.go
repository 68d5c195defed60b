package httpapi_test

import (
	"context"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/planner-dk/planner/planner"
)

// TestMeetingDialog: issue 22 point 2 — the meeting dialog answers what
// guide B's "Indkaldelsesdetaljer" shows: the offer, the status, the
// summons number, capacity and free seats, created and changed by whom,
// the participant list's columns (phone and latest note from the citizen)
// and the correspondence with Jobnet; reading it is logged.
func TestMeetingDialog(t *testing.T) {
	a, meeting := bookedAPI(t)
	ctx := context.Background()
	c := a.citizen
	c.Phone, c.Note = "+45 20 30 40 50", "Ringer hellere end skriver"
	must(t, a.db.UpdateCitizen(ctx, c))
	path := "/api/meetings/" + itoa(int64(meeting))
	code, d := a.do("admin", "GET", path, nil)
	if code != 200 {
		t.Fatalf("GET %s = %d %v", path, code, d)
	}
	want := map[string]any{"offerName": "Jobsamtale", "status": "sent", "capacity": float64(1), "freeSeats": float64(0), "createdBy": "portal", "changedBy": "portal"}
	for k, v := range want {
		if d[k] != v {
			t.Errorf("%s = %v, want %v", k, d[k], v)
		}
	}
	if !strings.HasPrefix(d["number"].(string), "10100-") {
		t.Errorf("number = %v, want the summons number", d["number"])
	}
	ps := d["participants"].([]any)
	if len(ps) != 1 {
		t.Fatalf("participants = %v", ps)
	}
	p := ps[0].(map[string]any)
	if p["name"] != "Borger" || p["cpr"] != "010190-xxxx" || p["phone"] != "+45 20 30 40 50" || p["note"] != "Ringer hellere end skriver" || p["noteAt"] == nil || p["number"] != d["number"] {
		t.Errorf("participant = %v", p)
	}
	corr := d["correspondence"].([]any)
	if len(corr) == 0 || corr[0].(map[string]any)["channel"] != "jobnet" || corr[0].(map[string]any)["what"] != "put" {
		t.Errorf("correspondence = %v, want the summons' push to Jobnet", corr)
	}
	got, err := a.db.FindAccess(ctx, a.jc.ID, planner.AccessFilter{CPR: c.CPR, From: time.Now().Add(-time.Hour), To: time.Now().Add(time.Hour)})
	must(t, err)
	if len(got) == 0 || got[0].Action != planner.AccessMeetingRead || got[0].Route != "GET /api/meetings/{id}" {
		t.Errorf("access log = %+v, want the dialog's read", got)
	}
	if code, _ := a.do("foreign", "GET", path, nil); code != 404 {
		t.Errorf("another job centre's meeting = %d, want 404", code)
	}
	if code, body := a.do("admin", "GET", "/api/meetings/+1", nil); code != 422 || body["field"] != "id" {
		t.Errorf("id +1 = %d %v, want 422 on id", code, body)
	}
}

// TestMeetingParticipantsExcel: the dialog's "Eksportér til Excel" is an
// Excel file of the participants, logged per participant.
func TestMeetingParticipantsExcel(t *testing.T) {
	a, meeting := bookedAPI(t)
	req, err := http.NewRequest("GET", a.srv.URL+"/api/meetings/"+itoa(int64(meeting))+"/participants.xlsx", nil)
	must(t, err)
	req.Header.Set("Authorization", "Bearer "+a.tokens["admin"])
	res, err := http.DefaultClient.Do(req)
	must(t, err)
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	if res.StatusCode != 200 || !strings.Contains(res.Header.Get("Content-Type"), "spreadsheetml") || len(body) < 100 || string(body[:2]) != "PK" {
		t.Fatalf("xlsx = %d %s (%d bytes)", res.StatusCode, res.Header.Get("Content-Type"), len(body))
	}
	got, err := a.db.FindAccess(context.Background(), a.jc.ID, planner.AccessFilter{CPR: a.citizen.CPR, From: time.Now().Add(-time.Hour), To: time.Now().Add(time.Hour)})
	must(t, err)
	if len(got) == 0 || got[0].Action != planner.AccessMeetingExport {
		t.Errorf("access log = %+v, want the export", got)
	}
}

// groupAPI is an API with a group offer of one session of two seats
// whose rules admit citizens of 30 and older.
func groupAPI(t *testing.T) (*api, planner.MeetingID) {
	t.Helper()
	a := newAPI(t)
	g := a.offer
	g.ID, g.Name, g.Form, g.StartMinutes, g.FirstMeetingDate = 0, "Workshop", planner.Group, nil, planner.Date{}
	g.Sessions = []planner.Session{{Start: time.Date(2026, 3, 10, 10, 0, 0, 0, time.UTC), Advisors: a.advisors, Seats: 2}}
	g.Rules = planner.RuleSet{Groups: []planner.RuleGroup{{Match: planner.MatchAll, Rules: []planner.Rule{{Type: planner.RuleAge, Cond: planner.CondGe, Value: "30"}}}}}
	must(t, a.db.CreateOffer(context.Background(), &g))
	full, err := a.db.FindOffer(context.Background(), a.jc.ID, g.ID)
	must(t, err)
	_, res := a.do("admin", "GET", "/api/offers/"+itoa(int64(g.ID))+"/free-times", nil)
	times := res["times"].([]any)
	if len(times) == 0 || len(full.Sessions) != 1 {
		t.Fatalf("free times = %v", res)
	}
	return a, planner.MeetingID(times[0].(map[string]any)["meetingId"].(float64))
}

// TestAddParticipantByHand: issue 22 point 2 — staff add citizens to a
// group meeting by hand ("Tilknyt borgere til møde"): the offer's rules
// are judged at the meeting's date and a citizen they do not admit needs
// a reason, which the revision log keeps; the seats bound it; each add
// is logged for the citizen.
func TestAddParticipantByHand(t *testing.T) {
	a, meeting := groupAPI(t)
	ctx := context.Background()
	path := "/api/meetings/" + itoa(int64(meeting)) + "/participants"
	young := planner.Citizen{JobcenterID: a.jc.ID, CPR: planner.MustParseCPR("010305-4327"), Name: "Ung Borger"} // 21 on the meeting's date
	must(t, a.db.CreateCitizen(ctx, &young))
	old := planner.Citizen{JobcenterID: a.jc.ID, CPR: planner.MustParseCPR("010170-4325"), Name: "Ældre Borger"}
	must(t, a.db.CreateCitizen(ctx, &old))
	third := planner.Citizen{JobcenterID: a.jc.ID, CPR: planner.MustParseCPR("020270-4326"), Name: "Tredje Borger"}
	must(t, a.db.CreateCitizen(ctx, &third))

	tests := []struct {
		name  string
		body  map[string]any
		code  int
		field string
	}{
		{"a citizen the rules admit is added without a reason", map[string]any{"citizenId": old.ID}, 201, ""},
		{"a citizen already on the meeting is refused", map[string]any{"citizenId": old.ID}, 422, "citizenId"},
		{"a citizen the rules refuse needs a reason", map[string]any{"citizenId": young.ID}, 422, "reason"},
		{"a blank reason is no reason", map[string]any{"citizenId": young.ID, "reason": "   "}, 422, "reason"},
		{"an unknown citizen is refused", map[string]any{"citizenId": 999999}, 422, "citizenId"},
		{"no citizen is refused", map[string]any{"reason": "x"}, 422, "citizenId"},
		{"a reason over 500 characters is refused", map[string]any{"citizenId": young.ID, "reason": strings.Repeat("x", 501)}, 422, "reason"},
		{"with a reason staff override the rules", map[string]any{"citizenId": young.ID, "reason": "Aftalt med afdelingsleder"}, 201, ""},
		{"a full meeting takes no more", map[string]any{"citizenId": third.ID}, 409, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, body := a.do("admin", "POST", path, tc.body)
			if code != tc.code || (tc.field != "" && body["field"] != tc.field) {
				t.Fatalf("= %d %v, want %d on %q", code, body, tc.code, tc.field)
			}
			if code == 201 && body["state"] != "pending" {
				t.Errorf("summons = %v, want pending until sent", body)
			}
		})
	}
	_, audit := a.do("admin", "GET", "/api/meetings/"+itoa(int64(meeting))+"/audit", nil)
	var reasons []string
	for _, e := range audit["entries"].([]any) {
		if e := e.(map[string]any); e["action"] == "exception" {
			reasons = append(reasons, e["after"].(map[string]any)["reason"].(string))
		}
	}
	if len(reasons) != 1 || reasons[0] != "Aftalt med afdelingsleder" {
		t.Errorf("revision log's exceptions = %v, want the one reason", reasons)
	}
	got, err := a.db.FindAccess(ctx, a.jc.ID, planner.AccessFilter{CPR: young.CPR, From: time.Now().Add(-time.Hour), To: time.Now().Add(time.Hour)})
	must(t, err)
	var added bool
	for _, e := range got {
		added = added || (e.Action == planner.AccessSummonsChange && e.Route == "POST /api/meetings/{id}/participants")
	}
	if !added {
		t.Errorf("access log = %+v, want the add", got)
	}
	_, d := a.do("admin", "GET", "/api/meetings/"+itoa(int64(meeting)), nil)
	if d["status"] != "pending" || d["freeSeats"] != float64(0) || len(d["participants"].([]any)) != 2 {
		t.Errorf("dialog = %v, want two pending participants and no free seat", d)
	}
	if code, body := a.do("foreign", "POST", path, map[string]any{"citizenId": third.ID}); code != 404 {
		t.Errorf("another job centre = %d %v, want 404", code, body)
	}
}

// TestAddParticipantOnlyToComingGroupMeetings: an individual meeting takes
// no participant by hand, nor a meeting already begun.
func TestAddParticipantOnlyToComingGroupMeetings(t *testing.T) {
	a, meeting := bookedAPI(t)
	ctx := context.Background()
	other := planner.Citizen{JobcenterID: a.jc.ID, CPR: planner.MustParseCPR("0202854322"), Name: "Anden Borger"}
	must(t, a.db.CreateCitizen(ctx, &other))
	if code, body := a.do("admin", "POST", "/api/meetings/"+itoa(int64(meeting))+"/participants", map[string]any{"citizenId": other.ID}); code != 422 || body["field"] != "id" {
		t.Errorf("an individual meeting = %d %v, want 422 on id", code, body)
	}
	g, group := groupAPI(t)
	later := g.svc.Now().Add(30 * 24 * time.Hour)
	g.svc.Now = func() time.Time { return later }
	c := planner.Citizen{JobcenterID: g.jc.ID, CPR: planner.MustParseCPR("010170-4325"), Name: "Ældre Borger"}
	must(t, g.db.CreateCitizen(ctx, &c))
	if code, body := g.do("admin", "POST", "/api/meetings/"+itoa(int64(group))+"/participants", map[string]any{"citizenId": c.ID}); code != 422 || body["field"] != "id" {
		t.Errorf("a meeting held = %d %v, want 422 on id", code, body)
	}
}

// TestAMeetingIsNeverMovedIntoThePast: issue 23 — PUT /api/meetings/{id}
// to a time already passed (three days ago, or a year typed "0030") is
// refused on "start" and the meeting stays where it was.
func TestAMeetingIsNeverMovedIntoThePast(t *testing.T) {
	a, meeting := bookedAPI(t)
	path := "/api/meetings/" + itoa(int64(meeting))
	now := a.svc.Now()
	for _, start := range []time.Time{now.Add(-72 * time.Hour), time.Date(30, 3, 5, 9, 0, 0, 0, time.UTC), now} {
		code, body := a.do("admin", "PUT", path, map[string]any{"start": start, "end": start.Add(30 * time.Minute), "advisors": a.advisors})
		if code != 422 || body["field"] != "start" {
			t.Errorf("move to %v = %d %v, want 422 on start", start, code, body)
		}
	}
	_, d := a.do("admin", "GET", path, nil)
	if got := d["meeting"].(map[string]any)["start"]; got == nil || got.(string) < "2026" {
		t.Errorf("the meeting moved: start = %v", got)
	}
}
