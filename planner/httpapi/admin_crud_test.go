package httpapi_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/planner-dk/planner/planner"
)

// TestAdministrationUpdateAndDelete: each administered entity can be
// replaced and deleted; an entity still in use answers 409, and another job
// centre's entity answers exactly like a missing one.
func TestAdministrationUpdateAndDelete(t *testing.T) {
	a := newAPI(t)
	_, room := a.do("admin", "POST", "/api/rooms", map[string]any{"name": "Lokale 1", "capacity": 20})
	roomPath := "/api/rooms/" + itoa(int64(room["id"].(float64)))
	if code, body := a.do("admin", "PUT", roomPath, map[string]any{"name": "Lokale 2", "capacity": 12}); code != 200 || body["name"] != "Lokale 2" {
		t.Errorf("PUT room = %d %v", code, body)
	}
	if code, body := a.do("admin", "PUT", roomPath, map[string]any{"name": "", "capacity": 12}); code != 422 || body["field"] != "name" {
		t.Errorf("PUT room without a name = %d %v, want 422 on name", code, body)
	}
	_, tmpl := a.do("admin", "POST", "/api/templates", map[string]any{"name": "Samtale", "fields": map[string]any{"name": "Jobsamtale"}})
	tmplPath := "/api/templates/" + itoa(int64(tmpl["id"].(float64)))
	if code, body := a.do("admin", "PUT", tmplPath, map[string]any{"name": "Samtale 2", "fields": map[string]any{}}); code != 200 {
		t.Errorf("PUT template = %d %v", code, body)
	}
	_, team := a.do("admin", "POST", "/api/teams", map[string]any{"name": "Sygedagpenge"})
	teamPath := "/api/teams/" + itoa(int64(team["id"].(float64)))
	if code, body := a.do("admin", "PUT", teamPath, map[string]any{"name": "Sygedagpenge", "parentId": a.offer.TeamID}); code != 200 || body["parentId"] != float64(a.offer.TeamID) {
		t.Errorf("PUT team = %d %v", code, body)
	}
	if code, body := a.do("admin", "PUT", "/api/teams/"+itoa(int64(a.offer.TeamID)), map[string]any{"name": "Ydelse", "parentId": team["id"]}); code != 422 {
		t.Errorf("a team made its own grandparent = %d %v, want 422", code, body)
	}
	citizenPath := "/api/citizens/" + itoa(int64(a.citizen.ID))
	code, body := a.do("admin", "PUT", citizenPath, map[string]any{"cpr": "010190-4321", "name": "Borger Omdøbt"})
	if code != 200 || body["name"] != "Borger Omdøbt" || body["cpr"] != "010190-xxxx" {
		t.Errorf("PUT citizen = %d %v, want the new name and the CPR masked", code, body)
	}

	tests := []struct {
		name, who, path string
		want            int
	}{
		{"another job centre's room answers like a missing one", "foreign", roomPath, 404},
		{"another job centre's citizen answers like a missing one", "foreign", citizenPath, 404},
		{"a team with advisors and offers is in use", "admin", "/api/teams/" + itoa(int64(a.offer.TeamID)), 409},
		{"an advisor listed on an offer is in use", "admin", "/api/advisors/" + itoa(int64(a.advisors[0])), 409},
		{"a room", "admin", roomPath, 204},
		{"a room already deleted", "admin", roomPath, 404},
		{"a template", "admin", tmplPath, 204},
		{"a team without advisors or offers", "admin", teamPath, 204},
		{"a citizen without summonses", "admin", citizenPath, 204},
		{"a bad id names the field", "admin", "/api/rooms/x", 422},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if code, body := a.do(tc.who, "DELETE", tc.path, nil); code != tc.want {
				t.Errorf("DELETE %s as %s = %d %v, want %d", tc.path, tc.who, code, body, tc.want)
			}
		})
	}
	if code, _ := a.do("admin", "GET", "/api/citizens/"+itoa(int64(a.citizen.ID)), nil); code != 404 {
		t.Errorf("a deleted citizen = %d, want 404", code)
	}
}

// TestCalendarConnection: §9 an advisor's calendar is connected through its
// own route; the secret is write-only, kept when left out and when the
// advisor is edited, and never shown.
func TestCalendarConnection(t *testing.T) {
	a := newAPI(t)
	path := "/api/advisors/" + itoa(int64(a.advisors[0]))
	secret := func() string {
		t.Helper()
		as, err := a.db.FindAdvisors(context.Background(), a.jc.ID, planner.AdvisorFilter{IDs: a.advisors})
		must(t, err)
		return as[0].Calendar.Secret
	}
	code, body := a.do("admin", "PUT", path+"/calendar", map[string]any{"kind": "caldav", "url": "http://127.0.0.1:5232/bo/calendar/", "username": "bo", "secret": "hemmelig-42"})
	if code != 200 || strings.Contains(jsonString(body), "hemmelig") || secret() != "hemmelig-42" {
		t.Fatalf("PUT calendar = %d %v (stored secret %q)", code, body, secret())
	}
	if code, body := a.do("admin", "PUT", path+"/calendar", map[string]any{"kind": "caldav", "url": "http://127.0.0.1:5233/bo/calendar/", "username": "bo"}); code != 200 || secret() != "hemmelig-42" {
		t.Errorf("a new URL without the secret = %d %v; stored secret %q, want it kept", code, body, secret())
	}
	// issue 6 §2: each advisor's pull cadence is configurable
	if code, body := a.do("admin", "PUT", path+"/calendar", map[string]any{"kind": "caldav", "url": "http://127.0.0.1:5233/bo/calendar/", "username": "bo", "pullEveryMinutes": 1441}); code != 422 || body["field"] != "pullEveryMinutes" {
		t.Errorf("a cadence of 1441 minutes = %d %v, want 422 naming pullEveryMinutes", code, body)
	}
	if code, body := a.do("admin", "PUT", path+"/calendar", map[string]any{"kind": "caldav", "url": "http://127.0.0.1:5233/bo/calendar/", "username": "bo", "pullEveryMinutes": 15}); code != 200 {
		t.Errorf("a cadence of 15 minutes = %d %v", code, body)
	}
	if as, err := a.db.FindAdvisors(context.Background(), a.jc.ID, planner.AdvisorFilter{IDs: a.advisors}); err != nil || as[0].Calendar.PullEvery(2*time.Minute) != 15*time.Minute {
		t.Errorf("stored cadence = %+v, %v; want 15 minutes", as[0].Calendar, err)
	}
	code, body = a.do("admin", "PUT", path, map[string]any{"name": "Bo Poulsen", "teamId": a.offer.TeamID, "mail": "bo@glostrup.dk"})
	cal, _ := body["calendar"].(map[string]any)
	if code != 200 || secret() != "hemmelig-42" || cal["url"] != "http://127.0.0.1:5233/bo/calendar/" {
		t.Errorf("editing the advisor = %d %v; stored secret %q, want the connection kept", code, body, secret())
	}
	if code, body := a.do("admin", "PUT", path+"/calendar", map[string]any{"kind": "caldav", "url": "ftp://x"}); code != 422 || body["field"] != "url" {
		t.Errorf("a bad URL = %d %v, want 422 on url", code, body)
	}
	if code, body := a.do("admin", "PUT", path+"/calendar", map[string]any{"url": "http://x/"}); code != 422 || body["field"] != "kind" {
		t.Errorf("no kind = %d %v, want 422 on kind", code, body)
	}
	if code, _ := a.do("foreign", "PUT", path+"/calendar", map[string]any{"kind": "caldav", "url": "http://evil/"}); code != 404 {
		t.Errorf("another job centre connecting the calendar = %d, want 404", code)
	}
	if code, _ := a.do("admin", "DELETE", path+"/calendar", nil); code != 204 || secret() != "" {
		t.Errorf("disconnect = %d, stored secret %q, want 204 and none", code, secret())
	}
}

// TestPortalRaisesNotifications: §7 the portal's "no offer" and "no free
// time" answers are recorded for the mail worker, once a day, and an
// administrator sees them; another job centre does not.
func TestPortalRaisesNotifications(t *testing.T) {
	a := newAPI(t)
	must(t, a.db.CreateCitizen(context.Background(), &planner.Citizen{JobcenterID: a.jc.ID, CPR: planner.MustParseCPR("010115-4000"), Name: "Ung"}))
	for range 2 {
		if code, body := a.asCitizen("010115-4000", "GET", "/api/portal/offers", nil); code != 200 || len(body["offers"].([]any)) != 0 {
			t.Fatalf("a minor's offers = %d %v, want none", code, body)
		}
	}
	c := a.citizen
	c.BookingDeadline = planner.NewDate(2026, 3, 2)
	must(t, a.db.UpdateCitizen(context.Background(), c))
	if code, body := a.asCitizen("010190-4321", "GET", "/api/portal/offers/"+itoa(int64(a.offer.ID))+"/free-times", nil); code != 200 || len(body["times"].([]any)) != 0 {
		t.Fatalf("free times before a deadline of today = %d %v, want none", code, body)
	}
	code, body := a.do("admin", "GET", "/api/notifications?since=2026-03-01", nil)
	ns, _ := body["notifications"].([]any)
	if code != 200 || len(ns) != 2 {
		t.Fatalf("notifications = %d %v, want 2", code, body)
	}
	if n := ns[0].(map[string]any); n["trigger"] != float64(planner.NoFreeTime) || n["reason"] != string(planner.EmptyBookingDeadline) || n["to"] != "ydelse@glostrup.dk" {
		t.Errorf("newest notification = %v, want mail 2 with reason booking_deadline to the team", n)
	}
	if n := ns[1].(map[string]any); n["trigger"] != float64(planner.NoOffer) || n["state"] != "pending" {
		t.Errorf("oldest notification = %v, want a pending mail 1", n)
	}
	if strings.Contains(jsonString(body), "4321") || strings.Contains(jsonString(body), "4000") {
		t.Errorf("a notification holds a CPR: %v", body)
	}
	if _, body := a.do("foreign", "GET", "/api/notifications?since=2026-03-01", nil); len(body["notifications"].([]any)) != 0 {
		t.Errorf("another job centre sees %v", body)
	}
	if code, body := a.do("admin", "GET", "/api/notifications?since=1.3.2026", nil); code != 422 || body["field"] != "since" {
		t.Errorf("a bad date = %d %v, want 422 on since", code, body)
	}
}

// TestCalendarStatus: the sync state of an advisor's calendar, and fail
// closed when it cannot be read (§9).
func TestCalendarStatus(t *testing.T) {
	a := newAPI(t)
	adv := itoa(int64(a.advisors[0]))
	code, body := a.do("admin", "PUT", "/api/advisors/"+adv+"/calendar", map[string]any{"kind": "caldav", "url": "https://dav.example/bo/", "username": "bo", "secret": "x"})
	if code != 200 && code != 204 {
		t.Fatalf("PUT calendar = %d %v", code, body)
	}
	cal := planner.CalendarID(body["calendar"].(map[string]any)["id"].(float64))
	code, body = a.do("admin", "GET", "/api/advisors/"+adv+"/calendar/status", nil)
	if code != 200 || body["connected"] != true || body["offered"] != false || !strings.Contains(body["reason"].(string), "not been read") {
		t.Fatalf("issue 14: status of a calendar never read = %d %v, want connected, not offered until read", code, body)
	}
	must(t, a.svc.Store.SavePull(context.Background(), a.advisors[0], planner.PullResult{Calendar: cal, Full: true, At: a.svc.Now()}))
	code, body = a.do("admin", "GET", "/api/advisors/"+adv+"/calendar/status", nil)
	if code != 200 || body["offered"] != true || body["healthy"] != true {
		t.Fatalf("status of a calendar read = %d %v, want offered and healthy", code, body)
	}
	must(t, a.svc.Store.SavePull(context.Background(), a.advisors[0], planner.PullResult{Calendar: cal, At: a.svc.Now().Add(-time.Hour)}))
	must(t, a.svc.Store.MarkPullFailed(context.Background(), a.advisors[0], cal, "caldav: 401 Unauthorized", true, a.svc.Now()))
	code, body = a.do("admin", "GET", "/api/advisors/"+adv+"/calendar/status", nil)
	if code != 200 || body["offered"] != false || !strings.Contains(body["reason"].(string), "credentials") {
		t.Fatalf("status of a refused calendar = %d %v, want not offered with the reason", code, body)
	}
	// issue 14: another URL is another calendar; the old one is listed as
	// retired, being cleaned up, with no secret in the answer
	code, body = a.do("admin", "PUT", "/api/advisors/"+adv+"/calendar", map[string]any{"kind": "caldav", "url": "https://dav2.example/bo/", "username": "bo"})
	if code != 200 || planner.CalendarID(body["calendar"].(map[string]any)["id"].(float64)) == cal {
		t.Fatalf("PUT another calendar = %d %v, want a new calendar id", code, body)
	}
	code, body = a.do("admin", "GET", "/api/advisors/"+adv+"/calendar/status", nil)
	retired, _ := body["retired"].([]any)
	if code != 200 || body["offered"] != false || len(retired) != 1 {
		t.Fatalf("status after a new URL = %d %v, want not offered and the old calendar retired", code, body)
	}
	if old := retired[0].(map[string]any); old["url"] != "https://dav.example/bo/" || old["state"] != "cleaning" || old["secret"] != nil {
		t.Fatalf("retired calendar = %v, want the old URL, cleaning, no secret", old)
	}
	if code, _ := a.do("admin", "GET", "/api/advisors/999/calendar/status", nil); code != 404 {
		t.Fatalf("status of a missing advisor = %d, want 404", code)
	}
}
