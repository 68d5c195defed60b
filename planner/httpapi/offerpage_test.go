package httpapi_test

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/planner-dk/planner/planner"
)

func TestOfferPageAndParticipantList(t *testing.T) {
	a := newAPI(t)
	ctx := context.Background()
	other := planner.Citizen{JobcenterID: a.jc.ID, CPR: planner.MustParseCPR("150685-1234"), Name: "Anden Borger", ContactGroup: "Dagpengemodtager"}
	must(t, a.db.CreateCitizen(ctx, &other))
	for i, c := range []planner.Citizen{a.citizen, other} {
		res, err := a.svc.FreeTimes(ctx, planner.FreeTimesRequest{Jobcenter: a.jc.ID, Citizen: c.ID, Offer: a.offer.ID})
		must(t, err)
		_, _, err = a.svc.Book(ctx, planner.BookRequest{Jobcenter: a.jc.ID, Citizen: c.ID, Offer: a.offer.ID, Time: res.Times[i], Actor: "jobnet"})
		must(t, err)
	}
	page := "/api/offers/" + itoa(int64(a.offer.ID)) + "/page"
	code, body := a.do("admin", "GET", page, nil)
	if code != 200 || len(body["participants"].([]any)) != 2 || len(body["weeks"].([]any)) == 0 {
		t.Fatalf("§4.3 offer page = %d %v", code, body)
	}
	if code, body := a.do("admin", "GET", page+"?participants=none", nil); code != 200 || len(body["participants"].([]any)) != 0 || len(body["weeks"].([]any)) == 0 {
		t.Fatalf("the offer page's weeks alone = %d %v", code, body)
	}
	code, body = a.do("admin", "GET", page+"?search=anden", nil)
	ps := body["participants"].([]any)
	if code != 200 || len(ps) != 1 {
		t.Fatalf("§4.3 searching the booked citizens = %d %v", code, body)
	}
	if p := ps[0].(map[string]any); p["cpr"] != "150685-xxxx" || p["contactGroup"] != "Dagpengemodtager" || p["age"] != float64(40) {
		t.Errorf("participant = %v", p)
	}

	req, _ := http.NewRequest("GET", a.srv.URL+"/api/offers/"+itoa(int64(a.offer.ID))+"/participants.xlsx", nil)
	req.Header.Set("Authorization", "Bearer "+a.tokens["admin"])
	resp, err := http.DefaultClient.Do(req)
	must(t, err)
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("participants.xlsx = %d", resp.StatusCode)
	}
	f, err := excelize.OpenReader(resp.Body)
	must(t, err)
	rows, err := f.GetRows("Deltagere")
	must(t, err)
	if len(rows) != 3 || rows[0][0] != "CPR" || rows[1][1] != "Borger" || rows[2][0] != "150685-1234" || rows[2][2] != "Dagpengemodtager" {
		t.Errorf("§4.3 the Excel participant list = %v", rows)
	}
	// issue 23: the meeting's time is an Excel date and time, not text ("02-01-2006 15:04" beside "2006-01-02")
	if typ, err := f.GetCellType("Deltagere", "F3"); err != nil || typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString {
		t.Errorf("the meeting's time is stored as %v (%v), want a number formatted as a date", typ, err)
	}
	if rows[2][5] == "" || strings.Contains(rows[2][5], "-") {
		t.Errorf("the meeting's time reads %q, want d.m.yyyy hh:mm", rows[2][5])
	}
	if code, _ := a.do("foreign", "GET", "/api/offers/"+itoa(int64(a.offer.ID))+"/participants.xlsx", nil); code != 404 {
		t.Errorf("another job centre's participant list = %d, want 404", code)
	}
}
