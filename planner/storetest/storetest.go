// Package storetest is the contract every planner.Store passes: one suite,
// run against PostgreSQL and SQLite alike (named like net/http/httptest).
//
// Each test opens a fresh, empty, migrated store through the factory, so the
// cases are independent. The suite drives the stores both directly and
// through planner.Service, since the invariants it checks — no double
// booking, seats never exceeded, one sync row per target — are promises of
// the two together.
package storetest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"testing"
	"time"

	"github.com/planner-dk/planner/planner"
)

// Opener returns a fresh, migrated store for one test; it registers its own
// cleanup with t.
type Opener func(t *testing.T) planner.Store

// Run runs the whole contract against stores made by open.
func Run(t *testing.T, open Opener) {
	tests := []struct {
		name string
		fn   func(t *testing.T, open Opener)
	}{
		{"Jobcenter", testJobcenter},
		{"Teams", testTeams},
		{"AdvisorsAndRooms", testAdvisorsAndRooms},
		{"Citizens", testCitizens},
		{"Tenancy", testTenancy},
		{"Offers", testOffers},
		{"GroupOffer", testGroupOffer},
		{"GroupSeats", testGroupSeats},
		{"Booking", testBooking},
		{"CancelAndRebook", testCancelAndRebook},
		{"InstantBooking", testInstantBooking},
		{"EmptyReasons", testEmptyReasons},
		{"Absences", testAbsences},
		{"Templates", testTemplates},
		{"Registers", testRegisters},
		{"Tokens", testTokens},
		{"WebSessions", testWebSessions},
		{"SignIn", testSignIn},
		{"AccessLog", testAccessLog},
		{"Administration", testAdministration},
		{"FrontPage", testFrontPage},
		{"AbsenceRebooking", testAbsenceRebooking},
		{"Calendar", testCalendar},
		{"DeleteSummonses", testDeleteSummonses},
		{"Outbox", testOutbox},
		{"Notifications", testNotifications},
		{"MailOutbox", testMailOutbox},
		{"SummonsLifecycle", testSummonsLifecycle},
		{"MoveAndDelete", testMoveAndDelete},
		{"CalendarSync", testCalendarSync},
		{"CalendarChange", testCalendarChange},
		{"GraphApp", testGraphApp},
		{"FailClosed", testFailClosed},
		{"JobnetReceipt", testJobnetReceipt},
		{"Audit", testAudit},
		{"Lists", testLists},
		{"LocalDay", testLocalDay},
		{"ConcurrentIndividualBookings", testConcurrentIndividual},
		{"ConcurrentGroupBookings", testConcurrentGroup},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { tc.fn(t, open) })
	}
}

// Now is the contract's clock, Monday 2 March 2026 08:00 in Copenhagen: an
// Opener sets its store's clock to it, so what the store dates itself (the
// meetings still to end when a calendar changes, a retired calendar's first
// attempt) agrees with the service's now.
func Now() time.Time { return now }

// Europe/Copenhagen, and a fixed "now": Monday 2 March 2026 08:00.
var (
	cph = mustZone("Europe/Copenhagen")
	now = time.Date(2026, 3, 2, 8, 0, 0, 0, cph)
)

func mustZone(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return loc
}

func at(d, hh, mm int) time.Time { return time.Date(2026, 3, d, hh, mm, 0, 0, cph) }

// world is a small job centre in a store, with a service on it.
type world struct {
	store    planner.Store
	svc      *planner.Service
	jc       planner.Jobcenter
	team     planner.Team
	advisors []planner.Advisor // advisor 0 has a connected calendar
	room     planner.Room
	offer    planner.Offer // individual, 30 min + 15 reporting, 09:00–12:00 Mon–Fri
}

// newWorld builds the world: a job centre "Glostrup" with one team, two
// advisors, a room and an active individual offer.
func newWorld(t *testing.T, open Opener) *world { return newWorldOn(t, open(t)) }

// newWorldOn builds the world in store.
func newWorldOn(t testing.TB, store planner.Store) *world {
	t.Helper()
	ctx := context.Background()
	w := &world{store: store}
	w.svc = &planner.Service{Store: w.store, Now: func() time.Time { return now }, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
	w.jc = planner.Jobcenter{Name: "Jobcenter Glostrup", Zone: "Europe/Copenhagen", Region: "Hovedstaden", SummonsPrefix: 10100, Settings: planner.DefaultSettings()}
	must(t, w.store.CreateJobcenter(ctx, &w.jc))
	hours := planner.StandardHours(9*60, 12*60)
	w.team = planner.Team{JobcenterID: w.jc.ID, Name: "Ydelse", Mail: "ydelse@glostrup.dk", Hours: &hours}
	must(t, w.store.CreateTeam(ctx, &w.team))
	for i, name := range []string{"Bo Poulsen", "Sarah Jensen"} {
		a := planner.Advisor{JobcenterID: w.jc.ID, TeamID: w.team.ID, Name: name, Mail: fmt.Sprintf("a%d@glostrup.dk", i)}
		if i == 0 {
			a.Calendar = planner.CalendarConnection{Kind: planner.CalDAV, URL: "http://127.0.0.1:5232/bo/calendar/", Username: "bo", Secret: "s3cret"}
		}
		must(t, w.store.CreateAdvisor(ctx, &a))
		if a.Calendar.Connected() {
			// Bo's calendar has been read (empty), so he is offered (§9:
			// a calendar never read is not)
			must(t, w.store.SavePull(ctx, a.ID, planner.PullResult{Calendar: a.Calendar.ID, Full: true, At: now}))
		}
		w.advisors = append(w.advisors, a)
	}
	w.room = planner.Room{JobcenterID: w.jc.ID, Name: "Lokale 1", Capacity: 20}
	must(t, w.store.CreateRoom(ctx, &w.room))
	w.offer = planner.Offer{
		JobcenterID: w.jc.ID, Name: "Jobsamtale", Description: "En personlig samtale.", MeetingType: "Jobsamtale",
		Form: planner.Individual, Channel: planner.InPerson, DurationMinutes: 30, ReportingMinutes: 15,
		StartMinutes: []int{0, 30}, FirstMeetingDate: planner.NewDate(2026, 3, 2), OpensOn: planner.NewDate(2026, 3, 1),
		RollingWeeks: 4, TeamID: w.team.ID, Advisors: []planner.AdvisorID{w.advisors[0].ID, w.advisors[1].ID},
		Terms: planner.BookingTerms{AcceptCancel: true, AcceptRebook: true, RebookDaysBefore: 2},
		Rules: planner.RuleSet{Groups: []planner.RuleGroup{{Match: planner.MatchAll, Rules: []planner.Rule{
			{Type: planner.RuleAge, Cond: planner.CondGe, Value: "18"},
		}}}},
		Active: true, ChangedBy: "admin",
	}
	must(t, w.store.CreateOffer(ctx, &w.offer))
	return w
}

// citizen stores a citizen aged 30 with a distinct CPR number n.
func (w *world) citizen(t testing.TB, n int) planner.Citizen {
	t.Helper()
	c := planner.Citizen{
		JobcenterID: w.jc.ID, CPR: planner.MustParseCPR(fmt.Sprintf("010196-%04d", n)), Name: fmt.Sprintf("Borger %d", n),
		ContactGroup: "Dagpengemodtager", DropDate: planner.NewDate(2026, 6, 1),
	}
	must(t, w.store.CreateCitizen(context.Background(), &c))
	return c
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func wantKind(t *testing.T, err, kind error) {
	t.Helper()
	if !errors.Is(err, kind) {
		t.Fatalf("err = %v, want %v", err, kind)
	}
}
