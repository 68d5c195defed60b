package httpapi_test

import (
	"context"
	"testing"

	"github.com/planner-dk/planner/planner"
)

// TestThePhoneNumberTheCitizenCalls: issue 22 point 4 (guide B: "Som
// udgangspunkt vises vejleders telefonnummer … Hvis der ikke er et
// telefonnummer udfyldt, tages telefonnummeret fra teamet") — the
// citizen's own meetings say who calls, and the number to call: the
// offer's, else the advisor's, else the team's or its parent's.
func TestThePhoneNumberTheCitizenCalls(t *testing.T) {
	a := newAPI(t)
	ctx := context.Background()
	teams, err := a.db.FindTeams(ctx, a.jc.ID)
	must(t, err)
	parent := planner.Team{JobcenterID: a.jc.ID, Name: "Jobcentret", Phone: "43 23 45 00"}
	must(t, a.db.CreateTeam(ctx, &parent))
	team := teams[0]
	team.ParentID = parent.ID
	must(t, a.db.UpdateTeam(ctx, team))
	o := a.offer
	o.ID, o.Name, o.Channel, o.Caller = 0, "Telefonsamtale", planner.Phone, planner.CitizenCalls
	must(t, a.db.CreateOffer(ctx, &o))
	const cpr = "010190-4321"
	_, res := a.asCitizen(cpr, "GET", "/api/portal/offers/"+itoa(int64(o.ID))+"/free-times", nil)
	ft := res["times"].([]any)[0].(map[string]any)
	if code, b := a.asCitizen(cpr, "POST", "/api/portal/bookings", map[string]any{"cpr": cpr, "offerId": o.ID, "start": ft["start"], "end": ft["end"], "advisorId": ft["advisorId"]}); code != 201 {
		t.Fatalf("booking = %d %v", code, b)
	}
	call := func() map[string]any {
		t.Helper()
		_, list := a.asCitizen(cpr, "GET", "/api/portal/bookings", nil)
		rows := list["bookings"].([]any)
		if len(rows) != 1 {
			t.Fatalf("bookings = %v", rows)
		}
		c, _ := rows[0].(map[string]any)["call"].(map[string]any)
		return c
	}
	adv, err := a.db.FindAdvisors(ctx, a.jc.ID, planner.AdvisorFilter{IDs: a.advisors})
	must(t, err)
	tests := []struct {
		name   string
		change func()
		caller string
		phone  any
	}{
		{"no number of its own or the advisor's: the parent team's", func() {}, "citizen_calls", "43 23 45 00"},
		{"the team's own before its parent's", func() { team.Phone = "43 23 45 10"; must(t, a.db.UpdateTeam(ctx, team)) }, "citizen_calls", "43 23 45 10"},
		{"the advisor's before the team's", func() { adv[0].Phone = "20 30 40 50"; must(t, a.db.UpdateAdvisor(ctx, adv[0])) }, "citizen_calls", "20 30 40 50"},
		{"the offer's own before all", func() { o.Phone = "70 10 20 30"; must(t, a.db.UpdateOffer(ctx, o)) }, "citizen_calls", "70 10 20 30"},
		{"the advisor calls: no number", func() { o.Caller = planner.AdvisorCalls; must(t, a.db.UpdateOffer(ctx, o)) }, "advisor_calls", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.change()
			c := call()
			if c["caller"] != tc.caller || c["phone"] != tc.phone {
				t.Errorf("call = %v, want %s %v", c, tc.caller, tc.phone)
			}
		})
	}
}
