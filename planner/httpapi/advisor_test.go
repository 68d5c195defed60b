package httpapi_test

import (
	"context"
	"net/url"
	"testing"
	"time"

	"github.com/planner-dk/planner/planner"
)

func TestAdvisorStory(t *testing.T) {
	a := newAPI(t)
	ctx := context.Background()
	res, err := a.svc.FreeTimes(ctx, planner.FreeTimesRequest{Jobcenter: a.jc.ID, Citizen: a.citizen.ID, Offer: a.offer.ID})
	must(t, err)
	m, _, err := a.svc.Book(ctx, planner.BookRequest{Jobcenter: a.jc.ID, Citizen: a.citizen.ID, Offer: a.offer.ID, Time: res.Times[0], Actor: "jobnet"})
	must(t, err)

	// §3: an absence over the meeting gives a proposal, which is applied.
	day := res.Times[0].Start.Truncate(24 * 60 * 60 * 1e9)
	code, body := a.do("admin", "POST", "/api/absences", map[string]any{"advisorId": a.advisors[0], "start": day, "end": day.Add(24 * 60 * 60 * 1e9), "note": "Kursus"})
	if code != 201 {
		t.Fatalf("POST /api/absences = %d %v", code, body)
	}
	proposals := body["proposals"].([]any)
	if len(proposals) != 1 {
		t.Fatalf("§3 proposals = %v, want one", proposals)
	}
	_, fp := a.do("admin", "GET", "/api/front-page", nil)
	if got := fp["frontPage"].(map[string]any)["withAbsentAdvisor"]; got != float64(1) {
		t.Errorf("§3 front page before rebooking: withAbsentAdvisor = %v, want 1", got)
	}
	code, body = a.do("admin", "POST", "/api/absences/rebooking", map[string]any{"advisorId": a.advisors[0], "proposals": proposals})
	if code != 200 || body["informCitizen"].(map[string]any)[itoa(int64(m.ID))] != true {
		t.Errorf("apply = %d %v, want the meeting moved with informCitizen", code, body)
	}
	// issue 21: the rebooking wrote its access-log entry, naming the citizen
	if got, err := a.db.FindAccess(ctx, a.jc.ID, planner.AccessFilter{CPR: a.citizen.CPR, From: time.Now().Add(-time.Hour), To: time.Now().Add(time.Hour)}); err != nil ||
		len(got) == 0 || got[0].Route != "POST /api/absences/rebooking" || got[0].Action != planner.AccessSummonsChange {
		t.Errorf("the rebooking's access-log entry: %+v, %v", got, err)
	}
	_, fp = a.do("admin", "GET", "/api/front-page", nil)
	if got := fp["frontPage"].(map[string]any)["withAbsentAdvisor"]; got != float64(0) {
		t.Errorf("§3 front page after rebooking: withAbsentAdvisor = %v, want 0", got)
	}

	// §2: another job centre cannot delete the meeting (it answers 404 as
	// for a missing one); its own job centre can.
	if code, _ := a.do("foreign", "DELETE", "/api/meetings/"+itoa(int64(m.ID)), nil); code != 404 {
		t.Errorf("another job centre deleting a meeting = %d, want 404", code)
	}
	// §6: then a pending summons is sent, another deleted.
	if code, body := a.do("admin", "DELETE", "/api/meetings/"+itoa(int64(m.ID)), nil); code != 200 || body["informCitizen"] == nil {
		t.Errorf("DELETE meeting = %d %v", code, body)
	}
	res, err = a.svc.FreeTimes(ctx, planner.FreeTimesRequest{Jobcenter: a.jc.ID, Offer: a.offer.ID})
	must(t, err)
	_, s1, err := a.svc.Summon(ctx, planner.BookRequest{Jobcenter: a.jc.ID, Citizen: a.citizen.ID, Offer: a.offer.ID, Time: res.Times[3], Actor: "Bo"})
	must(t, err)
	_, s2, err := a.svc.Summon(ctx, planner.BookRequest{Jobcenter: a.jc.ID, Citizen: a.citizen.ID, Offer: a.offer.ID, Time: res.Times[5], Actor: "Bo"})
	must(t, err)
	if _, fp := a.do("admin", "GET", "/api/front-page", nil); fp["pendingCounter"] != float64(2) {
		t.Errorf("§6 pending counter = %v, want 2", fp["pendingCounter"])
	}
	if code, body := a.do("admin", "POST", "/api/summonses/send", map[string]any{"ids": []any{s1.ID}}); code != 204 {
		t.Errorf("send = %d %v", code, body)
	}
	if code, body := a.do("admin", "POST", "/api/summonses/delete", map[string]any{"ids": []any{s1.ID}}); code != 422 || body["field"] != "summonses[0]" {
		t.Errorf("deleting a sent summons = %d %v, want 422", code, body)
	}
	if code, body := a.do("admin", "POST", "/api/summonses/delete", map[string]any{"ids": []any{s2.ID}}); code != 204 {
		t.Errorf("delete = %d %v", code, body)
	}
	if _, fp := a.do("admin", "GET", "/api/front-page", nil); fp["pendingCounter"] != float64(0) {
		t.Errorf("§6 pending counter after send and delete = %v, want 0", fp["pendingCounter"])
	}
}

func TestCalendarOverHTTP(t *testing.T) {
	a := newAPI(t)
	ctx := context.Background()
	res, err := a.svc.FreeTimes(ctx, planner.FreeTimesRequest{Jobcenter: a.jc.ID, Citizen: a.citizen.ID, Offer: a.offer.ID})
	must(t, err)
	_, _, err = a.svc.Book(ctx, planner.BookRequest{Jobcenter: a.jc.ID, Citizen: a.citizen.ID, Offer: a.offer.ID, Time: res.Times[0], Actor: "jobnet"})
	must(t, err)
	code, view := a.do("admin", "GET", "/api/calendar?advisors="+itoa(int64(a.advisors[0]))+"&from=2026-03-02&to=2026-03-08", nil)
	if code != 200 {
		t.Fatalf("GET /api/calendar = %d %v", code, view)
	}
	items := view["items"].([]any)
	if len(items) != 1 || items[0].(map[string]any)["state"] != "awaiting_sync" {
		t.Errorf("§2 items = %v, want one grey meeting", items)
	}
	if code, body := a.do("admin", "GET", "/api/calendar?from=2026-03-08&to=2026-03-02", nil); code != 422 || body["field"] != "to" {
		t.Errorf("a backwards period = %d %v", code, body)
	}
}

func TestSearchAndOverview(t *testing.T) {
	a := newAPI(t)
	ctx := context.Background()
	res, err := a.svc.FreeTimes(ctx, planner.FreeTimesRequest{Jobcenter: a.jc.ID, Citizen: a.citizen.ID, Offer: a.offer.ID})
	must(t, err)
	_, s, err := a.svc.Book(ctx, planner.BookRequest{Jobcenter: a.jc.ID, Citizen: a.citizen.ID, Offer: a.offer.ID, Time: res.Times[0], Actor: "jobnet"})
	must(t, err)
	code, body := a.do("admin", "POST", "/api/search", map[string]any{"q": "010190-4321"})
	if code != 200 || body["citizen"].(map[string]any)["name"] != "Borger" || len(body["summonses"].([]any)) != 1 {
		t.Errorf("§2 search by CPR = %d %v, want the citizen card", code, body)
	}
	code, body = a.do("admin", "POST", "/api/search", map[string]any{"q": s.Number})
	if code != 200 || len(body["summonses"].([]any)) != 1 {
		t.Errorf("§2 search by number = %d %v", code, body)
	}
	if code, body := a.do("foreign", "POST", "/api/search", map[string]any{"q": "010190-4321"}); code != 404 {
		t.Errorf("another job centre searching the CPR = %d %v, want 404", code, body)
	}
	code, body = a.do("admin", "GET", "/api/free-times-overview?weeks=2", nil)
	if code != 200 || len(body["offers"].([]any)) != 1 {
		t.Fatalf("§8 overview = %d %v", code, body)
	}
	weeks := body["offers"].([]any)[0].(map[string]any)["weeks"].([]any)
	if len(weeks) == 0 {
		t.Errorf("§8 weekly counts = %v, want some weeks", weeks)
	}
	if code, body := a.do("admin", "GET", "/api/free-times-overview?weeks=99", nil); code != 422 || body["field"] != "weeks" {
		t.Errorf("weeks=99 = %d %v", code, body)
	}
}

func TestBulkSummons(t *testing.T) {
	a := newAPI(t)
	ctx := context.Background()
	var ids []any
	for i := 0; i < 3; i++ {
		c := planner.Citizen{JobcenterID: a.jc.ID, CPR: planner.MustParseCPR("0101" + []string{"80", "81", "82"}[i] + "-1234"), Name: "Borger"}
		must(t, a.db.CreateCitizen(ctx, &c))
		ids = append(ids, c.ID)
	}
	code, body := a.do("admin", "POST", "/api/summonses/bulk", map[string]any{"offerId": a.offer.ID, "citizens": ids})
	if code != 201 || len(body["summonses"].([]any)) != 3 || len(body["unplaced"].([]any)) != 0 {
		t.Fatalf("§6 bulk summons = %d %v", code, body)
	}
	starts := map[any]bool{}
	for _, s := range body["summonses"].([]any) {
		if s.(map[string]any)["state"] != "pending" {
			t.Errorf("a bulk summons is %v, want pending", s)
		}
	}
	_, page := a.do("admin", "GET", "/api/summonses?list=pending", nil)
	for _, r := range page["rows"].([]any) {
		starts[r.(map[string]any)["start"]] = true
	}
	if len(starts) != 3 {
		t.Errorf("§6 the citizens were not spread over three times: %v", starts)
	}
}

// TestExplainOverHTTP: the explain call names why a time is not free; an
// advisor whose calendar is unreadable shows it (§9 fail closed).
func TestExplainOverHTTP(t *testing.T) {
	a := newAPI(t)
	ctx := context.Background()
	res, err := a.svc.FreeTimes(ctx, planner.FreeTimesRequest{Jobcenter: a.jc.ID, Citizen: a.citizen.ID, Offer: a.offer.ID})
	must(t, err)
	ft := res.Times[0]
	path := "/api/offers/" + itoa(int64(a.offer.ID)) + "/explain?advisorId=" + itoa(int64(ft.Advisor)) + "&start=" + url.QueryEscape(ft.Start.Format(time.RFC3339))
	code, body := a.do("admin", "GET", path, nil)
	if code != 200 || body["free"] != true {
		t.Fatalf("explain of a free time = %d %v", code, body)
	}
	if code, body := a.do("admin", "GET", "/api/offers/"+itoa(int64(a.offer.ID))+"/explain?advisorId=1&start=tomorrow", nil); code != 422 || body["field"] != "start" {
		t.Fatalf("a bad start = %d %v, want 422 naming start", code, body)
	}
	_, _, err = a.svc.Book(ctx, planner.BookRequest{Jobcenter: a.jc.ID, Citizen: a.citizen.ID, Offer: a.offer.ID, Time: ft, Actor: "jobnet"})
	must(t, err)
	code, body = a.do("admin", "GET", path, nil)
	obs, _ := body["obstacles"].([]any)
	if code != 200 || body["free"] != false || len(obs) == 0 || obs[0].(map[string]any)["code"] != "meeting" {
		t.Fatalf("explain of a booked time = %d %v, want the meeting as obstacle", code, body)
	}
}

// TestGroupMeetingSeats: issue 22 point 2 — an advisor changes the seats
// of an existing group meeting; below the booked count is refused at the
// field; an individual meeting has no seats to change.
func TestGroupMeetingSeats(t *testing.T) {
	a, individual := bookedAPI(t)
	ctx := context.Background()
	group := a.offer
	group.ID, group.Name, group.Form, group.StartMinutes, group.FirstMeetingDate = 0, "Workshop", planner.Group, nil, planner.Date{}
	group.Sessions = []planner.Session{{Start: time.Date(2026, 3, 10, 9, 0, 0, 0, time.UTC), Advisors: group.Advisors, Seats: 10}}
	must(t, a.db.CreateOffer(ctx, &group))
	seats, err := a.db.FindGroupSeats(ctx, a.jc.ID, group.ID)
	must(t, err)
	path := "/api/meetings/" + itoa(int64(seats[0].MeetingID)) + "/seats"
	if code, body := a.do("admin", "PUT", path, map[string]any{"seats": 4}); code != 200 || body["seats"] != float64(4) {
		t.Errorf("PUT seats = %d %v", code, body)
	}
	if after, _ := a.db.FindGroupSeats(ctx, a.jc.ID, group.ID); after[0].Capacity != 4 {
		t.Errorf("capacity after = %d, want 4", after[0].Capacity)
	}
	if code, body := a.do("admin", "PUT", path, map[string]any{"seats": 0}); code != 422 || body["field"] != "seats" {
		t.Errorf("no seats = %d %v", code, body)
	}
	if code, body := a.do("admin", "PUT", "/api/meetings/"+itoa(int64(individual))+"/seats", map[string]any{"seats": 4}); code != 422 || body["field"] != "seats" {
		t.Errorf("an individual meeting = %d %v", code, body)
	}
	if code, _ := a.do("foreign", "PUT", path, map[string]any{"seats": 5}); code != 404 {
		t.Errorf("another job centre = %d", code)
	}
}
