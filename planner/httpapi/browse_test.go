package httpapi_test

import (
	"context"
	"testing"
	"time"

	"github.com/planner-dk/planner/planner"
)

// TestMail5WhenACitizenBrowsesEmptyMonths: issue 22 point 5 (guide A,
// mail 5: "Hvis borgeren bladrer i kalenderen på Jobnet, vil der være
// perioder, hvor der ikke er ledige tider … Notifikationen sendes til
// vejlederen som borgeren ønsker tider hos") — the calendar reports each
// month shown; an empty month inside the offer's window, with an advisor
// the citizen chose, mails that advisor once a day when the job centre
// has mail 5 on; a month outside the window or with free times does not.
func TestMail5WhenACitizenBrowsesEmptyMonths(t *testing.T) {
	a := newAPI(t)
	ctx := context.Background()
	absent := planner.Advisor{JobcenterID: a.jc.ID, TeamID: a.offer.TeamID, Name: "Ida Fraværende", Mail: "ida@glostrup.dk"}
	must(t, a.db.CreateAdvisor(ctx, &absent))
	// Ida is away the whole of March, which holds the offer's whole window (two weeks from 2 March)
	must(t, a.db.CreateAbsence(ctx, a.jc.ID, &planner.Absence{AdvisorID: absent.ID,
		Interval: planner.Interval{Start: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), End: time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC)}}))
	o := a.offer
	o.Advisors, o.CitizenChoosesAdvisor = append(o.Advisors, absent.ID), true
	must(t, a.db.UpdateOffer(ctx, o))
	const cpr = "010190-4321"
	path := "/api/portal/offers/" + itoa(int64(o.ID)) + "/browsed"
	mails := func() int {
		t.Helper()
		ns, err := a.db.FindNotifications(ctx, a.jc.ID, planner.NewDate(2026, 1, 1))
		must(t, err)
		n := 0
		for _, x := range ns {
			if x.Trigger == planner.BrowseEmpty {
				n++
				if x.To != "ida@glostrup.dk" || x.AdvisorID != absent.ID {
					t.Errorf("mail 5 = %+v, want to Ida", x)
				}
			}
		}
		return n
	}
	tests := []struct {
		name      string
		mailOn    bool
		body      map[string]any
		free      func(float64) bool
		wantMails int
	}{
		{"mail 5 off (the default): no mail", false, map[string]any{"month": "2026-03", "advisorId": absent.ID}, func(n float64) bool { return n == 0 }, 0},
		{"the month has free times with the advisor chosen", true, map[string]any{"month": "2026-03", "advisorId": a.advisors[0]}, func(n float64) bool { return n > 0 }, 0},
		{"a month past the window is empty by design", true, map[string]any{"month": "2026-05", "advisorId": absent.ID}, func(n float64) bool { return n == 0 }, 0},
		{"no advisor chosen: mail 2 covers it", true, map[string]any{"month": "2026-05"}, func(n float64) bool { return n == 0 }, 0},
		{"an empty month in the window with the advisor chosen mails them", true, map[string]any{"month": "2026-03", "advisorId": absent.ID}, func(n float64) bool { return n == 0 }, 1},
		{"again the same day: still one mail", true, map[string]any{"month": "2026-03", "advisorId": absent.ID}, func(n float64) bool { return n == 0 }, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			jc, err := a.db.FindJobcenter(ctx, a.jc.ID)
			must(t, err)
			jc.Settings.BrowseMail = tc.mailOn
			must(t, a.db.UpdateJobcenter(ctx, jc))
			code, body := a.asCitizen(cpr, "POST", path, tc.body)
			if code != 200 || !tc.free(body["freeTimes"].(float64)) {
				t.Fatalf("= %d %v", code, body)
			}
			if got := mails(); got != tc.wantMails {
				t.Errorf("mail 5 recorded %d times, want %d", got, tc.wantMails)
			}
		})
	}
	for _, bad := range []map[string]any{{"month": "2026-13"}, {"month": "2026-3"}, {"month": ""}} {
		if code, body := a.asCitizen(cpr, "POST", path, bad); code != 422 || body["field"] != "month" {
			t.Errorf("month %v = %d %v, want 422 on month", bad["month"], code, body)
		}
	}
}
