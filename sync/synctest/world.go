package synctest

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/planner-dk/planner/planner"
	calsync "github.com/planner-dk/planner/sync"
)

// World is what the engine scenarios of every connector share: a job
// centre, a team working 9–15, an advisor whose own calendar the engine
// syncs, and an individual offer of 30-minute meetings with 15 minutes'
// reporting time to book them by (issue 5 §5, issue 12 §3).
type World struct {
	Store     planner.Store
	Service   *planner.Service
	Jobcenter planner.Jobcenter
	Team      planner.Team
	Advisor   planner.Advisor
	Offer     planner.Offer
	// Engine syncs the advisor's calendar; the caller sets it.
	Engine *calsync.Engine
	// Around is the middle of the two years of busy time ExternalItems
	// counts.
	Around time.Time

	citizens int
}

// NewWorld creates the world on store, its advisor's calendar connected
// as cal; the offer's first meeting day is 3 March 2026.
func NewWorld(t testing.TB, store planner.Store, svc *planner.Service, around time.Time, cal planner.CalendarConnection) *World {
	t.Helper()
	ctx := context.Background()
	w := &World{Store: store, Service: svc, Around: around}
	w.Jobcenter = planner.Jobcenter{Name: "Jobcenter Glostrup", Zone: "Europe/Copenhagen", Region: "Hovedstaden", SummonsPrefix: 10100, Settings: planner.DefaultSettings()}
	must(t, store.CreateJobcenter(ctx, &w.Jobcenter))
	hours := planner.StandardHours(9*60, 15*60)
	w.Team = planner.Team{JobcenterID: w.Jobcenter.ID, Name: "Ydelse", Mail: "ydelse@glostrup.dk", Hours: &hours}
	must(t, store.CreateTeam(ctx, &w.Team))
	w.Advisor = w.AddAdvisor(t, "Bo Poulsen", "bo@glostrup.dk", cal)
	w.Offer = planner.Offer{JobcenterID: w.Jobcenter.ID, Name: "Jobsamtale", Description: "En samtale.", MeetingType: "Jobsamtale",
		Form: planner.Individual, Channel: planner.InPerson, DurationMinutes: 30, ReportingMinutes: 15,
		StartMinutes: []int{0, 30}, FirstMeetingDate: planner.NewDate(2026, 3, 3), OpensOn: planner.NewDate(2026, 3, 1),
		RollingWeeks: 4, TeamID: w.Team.ID, Advisors: []planner.AdvisorID{w.Advisor.ID},
		Terms: planner.BookingTerms{AcceptCancel: true, AcceptRebook: true, RebookDaysBefore: 2},
		Rules: planner.RuleSet{Groups: []planner.RuleGroup{{Match: planner.MatchAll, Rules: []planner.Rule{
			{Type: planner.RuleAge, Cond: planner.CondGe, Value: "18"},
		}}}},
		Active: true, ChangedBy: "admin"}
	must(t, store.CreateOffer(ctx, &w.Offer))
	return w
}

// AddAdvisor adds an advisor of the team with the calendar cal.
func (w *World) AddAdvisor(t testing.TB, name, mail string, cal planner.CalendarConnection) planner.Advisor {
	t.Helper()
	a := planner.Advisor{JobcenterID: w.Jobcenter.ID, TeamID: w.Team.ID, Name: name, Mail: mail, Calendar: cal}
	must(t, w.Store.CreateAdvisor(context.Background(), &a))
	return a
}

// Book books the offer's next free time for a new citizen. A calendar never
// read is read first, as the sweeper would (§9: its advisor is not offered
// before), by an engine of its own, so the world's engine's metrics count
// only what the test does.
func (w *World) Book(t testing.TB) planner.Meeting {
	t.Helper()
	ctx := context.Background()
	jc := w.Jobcenter.ID
	if states, err := w.Store.FindCalendarStates(ctx, jc, []planner.AdvisorID{w.Advisor.ID}); err == nil && states[w.Advisor.ID].LastSuccess.IsZero() {
		first := &calsync.Engine{Store: w.Store, Connect: w.Engine.Connect, Now: w.Engine.Now, Logger: w.Engine.Logger}
		_, err := first.Pull(ctx, w.Advisor)
		must(t, err)
	}
	c := w.NewCitizen(t)
	res, err := w.Service.FreeTimes(ctx, planner.FreeTimesRequest{Jobcenter: jc, Citizen: c.ID, Offer: w.Offer.ID})
	must(t, err)
	if len(res.Times) == 0 {
		t.Fatal("no free time to book")
	}
	m, _, err := w.Service.Book(ctx, planner.BookRequest{Jobcenter: jc, Citizen: c.ID, Offer: w.Offer.ID, Time: res.Times[0], Actor: "jobnet"})
	must(t, err)
	return m
}

// Pull pulls the advisor's calendar with the world's engine.
func (w *World) Pull(t testing.TB) calsync.PullStats {
	t.Helper()
	st, err := w.Engine.Pull(context.Background(), w.Advisor)
	must(t, err)
	return st
}

// Push pushes the advisor's pending meetings with the world's engine.
func (w *World) Push(t testing.TB) calsync.PushStats {
	t.Helper()
	st, err := w.Engine.Push(context.Background(), w.Advisor)
	must(t, err)
	return st
}

// NewCitizen creates a citizen of the job centre whom the offer's rules
// admit, with a CPR number of their own.
func (w *World) NewCitizen(t testing.TB) planner.Citizen {
	t.Helper()
	w.citizens++
	c := planner.Citizen{JobcenterID: w.Jobcenter.ID, CPR: planner.MustParseCPR(fmt.Sprintf("010196-%04d", w.citizens)), Name: fmt.Sprintf("Borger %d", w.citizens),
		ContactGroup: "Dagpengemodtager", DropDate: planner.NewDate(2026, 6, 1)}
	must(t, w.Store.CreateCitizen(context.Background(), &c))
	return c
}

// ExternalItems counts the advisor's stored external busy items within a
// year of Around.
func (w *World) ExternalItems(t testing.TB) int {
	t.Helper()
	b, err := w.Store.FindBusy(context.Background(), w.Jobcenter.ID, planner.BusyQuery{Advisors: []planner.AdvisorID{w.Advisor.ID},
		Interval: planner.Interval{Start: w.Around.AddDate(-1, 0, 0), End: w.Around.AddDate(1, 0, 0)}})
	must(t, err)
	n := 0
	for _, x := range b.Advisors[w.Advisor.ID] {
		if x.Kind == planner.BusyExternal {
			n++
		}
	}
	return n
}

// Notifications counts the job centre's notifications of trigger since
// 2026.
func (w *World) Notifications(t testing.TB, trigger planner.Trigger) int {
	t.Helper()
	ns, err := w.Store.FindNotifications(context.Background(), w.Jobcenter.ID, planner.NewDate(2026, 1, 1))
	must(t, err)
	n := 0
	for _, x := range ns {
		if x.Trigger == trigger {
			n++
		}
	}
	return n
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
