package jobnet_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/planner-dk/planner/connectors/jobnet"
	"github.com/planner-dk/planner/planner"
	"github.com/planner-dk/planner/planner/secret"
	"github.com/planner-dk/planner/planner/sqlstore"
)

// pushRig is a SQLite store with one bookable offer, the simulator and a
// Pusher between them.
type pushRig struct {
	store  *sqlstore.DB
	svc    *planner.Service
	jc     planner.Jobcenter
	offer  planner.Offer
	pusher *jobnet.Pusher
	n      int
}

func newPushRig(t *testing.T, url string, clk *clock) *pushRig {
	ctx := context.Background()
	db, err := sqlstore.OpenSQLite(ctx, filepath.Join(t.TempDir(), "planner.db"), secret.NewKeyring(secret.NewKey()))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	must(t, db.Migrate(ctx))
	db.Now = clk.now
	r := &pushRig{store: db, svc: &planner.Service{Store: db, Now: clk.now, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}}
	r.jc = planner.Jobcenter{Name: "Jobcenter Glostrup", Zone: "Europe/Copenhagen", Region: "Hovedstaden", SummonsPrefix: 10100, Settings: planner.DefaultSettings()}
	must(t, db.CreateJobcenter(ctx, &r.jc))
	hours := planner.StandardHours(9*60, 15*60)
	team := planner.Team{JobcenterID: r.jc.ID, Name: "Ydelse", Hours: &hours}
	must(t, db.CreateTeam(ctx, &team))
	a := planner.Advisor{JobcenterID: r.jc.ID, TeamID: team.ID, Name: "Bo Poulsen"}
	must(t, db.CreateAdvisor(ctx, &a))
	r.offer = planner.Offer{JobcenterID: r.jc.ID, Name: "Jobsamtale", Description: "En samtale.", MeetingType: "Jobsamtale",
		Form: planner.Individual, Channel: planner.InPerson, DurationMinutes: 30, StartMinutes: []int{0, 30},
		FirstMeetingDate: planner.NewDate(2026, 3, 3), OpensOn: planner.NewDate(2026, 3, 1), RollingWeeks: 4, TeamID: team.ID,
		Advisors: []planner.AdvisorID{a.ID}, Terms: planner.BookingTerms{AcceptCancel: true},
		Rules:  planner.RuleSet{Groups: []planner.RuleGroup{{Match: planner.MatchAll, Rules: []planner.Rule{{Type: planner.RuleAge, Cond: planner.CondGe, Value: "18"}}}}},
		Active: true, ChangedBy: "admin"}
	must(t, db.CreateOffer(ctx, &r.offer))
	client, err := jobnet.New(url, "jobnet-token", &http.Client{Timeout: 300 * time.Millisecond})
	must(t, err)
	r.pusher = &jobnet.Pusher{Store: db, Client: client, Now: clk.now, MaxAttempts: 3}
	return r
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func (r *pushRig) book(t *testing.T) (planner.Citizen, planner.Summons) {
	ctx := context.Background()
	r.n++
	c := planner.Citizen{JobcenterID: r.jc.ID, CPR: planner.MustParseCPR(fmt.Sprintf("010196-%04d", r.n)), Name: fmt.Sprintf("Borger %d", r.n),
		ContactGroup: "Dagpengemodtager", DropDate: planner.NewDate(2026, 6, 1)}
	must(t, r.store.CreateCitizen(ctx, &c))
	res, err := r.svc.FreeTimes(ctx, planner.FreeTimesRequest{Jobcenter: r.jc.ID, Citizen: c.ID, Offer: r.offer.ID})
	must(t, err)
	_, s, err := r.svc.Book(ctx, planner.BookRequest{Jobcenter: r.jc.ID, Citizen: c.ID, Offer: r.offer.ID, Time: res.Times[0], Actor: "jobnet"})
	must(t, err)
	return c, s
}

func (r *pushRig) jobnetState(t *testing.T, s planner.Summons) planner.Summons {
	got, err := r.store.FindSummons(context.Background(), r.jc.ID, s.ID)
	must(t, err)
	return got
}

// TestPusher: issue 6 §3 — the outbox's Jobnet items reach the simulator:
// 2xx → synced (blue), 5xx → retried (grey) then blue, 4xx → failed (red)
// with the reason; a cancel removes the summons from Jobnet.
func TestPusher(t *testing.T) {
	ctx := context.Background()
	sim, url, clk := simulator(t)
	r := newPushRig(t, url, clk)

	c, s := r.book(t)
	st, err := r.pusher.PushDue(ctx, 100)
	if err != nil || st.Done != 1 {
		t.Fatalf("push = %+v, %v; want one done", st, err)
	}
	held, ok := sim.Summons(s.Number)
	if !ok || held.Citizen.CPR != c.CPR.Digits() || held.Jobcentre.Prefix != 10100 || held.Meeting.Type != "Jobsamtale" {
		t.Fatalf("jobnet holds %+v", held)
	}
	if got := r.jobnetState(t, s); got.Jobnet != planner.SyncDone {
		t.Fatalf("summons jobnet state = %q, want done (blue)", got.Jobnet)
	}

	sim.Fail(http.StatusServiceUnavailable, "maintenance", 30*time.Second)
	_, s2 := r.book(t)
	if st, _ := r.pusher.PushDue(ctx, 100); st.Retried != 1 {
		t.Fatalf("push during an outage = %+v, want one retried", st)
	}
	if got := r.jobnetState(t, s2); got.Jobnet != planner.SyncPending {
		t.Fatalf("state during an outage = %q, want pending (grey)", got.Jobnet)
	}
	clk.add(10 * time.Minute) // past the outage and the backoff
	if st, _ := r.pusher.PushDue(ctx, 100); st.Done != 1 {
		t.Fatalf("push after the outage = %+v, want done", st)
	}
	if got := r.jobnetState(t, s2); got.Jobnet != planner.SyncDone {
		t.Fatalf("state after the outage = %q, want done (blue)", got.Jobnet)
	}

	sim.Fail(http.StatusUnprocessableEntity, "meeting.start: outside the citizen's period (cpr 0101960003)", time.Hour)
	_, s3 := r.book(t)
	if st, _ := r.pusher.PushDue(ctx, 100); st.Failed != 1 {
		t.Fatalf("push of a rejected change = %+v, want failed", st)
	}
	got := r.jobnetState(t, s3)
	if got.Jobnet != planner.SyncFailed || !strings.Contains(got.JobnetErr, "outside the citizen's period") || strings.Contains(got.JobnetErr, "0101960003") {
		t.Fatalf("rejected summons = %q %q; want failed (red) with the reason, and no CPR", got.Jobnet, got.JobnetErr)
	}

	clk.add(2 * time.Hour)
	must(t, r.svc.Cancel(ctx, r.jc.ID, c.ID, s.ID, "jobnet"))
	if st, _ := r.pusher.PushDue(ctx, 100); st.Done != 1 {
		t.Fatalf("push of a cancel = %+v, want done", st)
	}
	if _, ok := sim.Summons(s.Number); ok {
		t.Fatal("a cancelled summons is still on Jobnet")
	}
}

// TestPushItem: the jobnet:push task pushes its one item when it is due,
// does nothing when it is done or not due yet (a late or repeated task),
// and a task given up after its last retry turns the item red.
func TestPushItem(t *testing.T) {
	ctx := context.Background()
	sim, url, clk := simulator(t)
	r := newPushRig(t, url, clk)
	jobnetItem := func(s planner.Summons) planner.SyncItem {
		items, err := r.store.FindSyncItems(ctx, r.jc.ID, s.MeetingID)
		must(t, err)
		for _, it := range items {
			if it.Kind == planner.TargetJobnet {
				return it
			}
		}
		t.Fatal("no Jobnet item")
		return planner.SyncItem{}
	}
	_, s := r.book(t)
	it := jobnetItem(s)
	if _, err := r.pusher.PushItem(ctx, it.ID); err != nil {
		t.Fatal(err)
	}
	if got := r.jobnetState(t, s); got.Jobnet != planner.SyncDone {
		t.Fatalf("after PushItem: %q, want done", got.Jobnet)
	}
	if _, ok := sim.Summons(s.Number); !ok {
		t.Fatal("not on Jobnet")
	}
	if st, err := r.pusher.PushItem(ctx, it.ID); err != nil || st != (jobnet.Stats{}) {
		t.Fatalf("a repeated task = %+v, %v; want nothing done", st, err)
	}

	sim.Fail(http.StatusBadGateway, "upstream", time.Hour)
	_, s2 := r.book(t)
	it2 := jobnetItem(s2)
	if st, _ := r.pusher.PushItem(ctx, it2.ID); st.Retried != 1 {
		t.Fatalf("during an outage = %+v, want retried", st)
	}
	if st, _ := r.pusher.PushItem(ctx, it2.ID); st != (jobnet.Stats{}) {
		t.Fatalf("before the backoff has passed = %+v, want nothing done", st)
	}
	must(t, r.pusher.GiveUp(ctx, it2.ID, fmt.Errorf("store unreachable")))
	if got := r.jobnetState(t, s2); got.Jobnet != planner.SyncFailed || got.JobnetErr != "store unreachable" {
		t.Fatalf("given up: %q %q, want failed with the error", got.Jobnet, got.JobnetErr)
	}
	must(t, r.pusher.GiveUp(ctx, it.ID, fmt.Errorf("late")))
	if got := r.jobnetState(t, s); got.Jobnet != planner.SyncDone {
		t.Fatalf("giving up a done item turned it %q", got.Jobnet)
	}
}

// TestPushTellsWhoCalls: issue 22 point 4 — a phone meeting's push says
// who calls, and the number the citizen calls (the advisor's, else the
// team's); a meeting in person carries neither.
func TestPushTellsWhoCalls(t *testing.T) {
	ctx := context.Background()
	sim, url, clk := simulator(t)
	r := newPushRig(t, url, clk)
	_, inPerson := r.book(t)
	teams, err := r.store.FindTeams(ctx, r.jc.ID)
	must(t, err)
	teams[0].Phone = "43 23 45 00"
	must(t, r.store.UpdateTeam(ctx, teams[0]))
	r.offer.Channel, r.offer.Caller = planner.Phone, planner.CitizenCalls
	must(t, r.store.UpdateOffer(ctx, r.offer))
	_, byPhone := r.book(t)
	if st, err := r.pusher.PushDue(ctx, 100); err != nil || st.Done != 2 {
		t.Fatalf("push = %+v, %v", st, err)
	}
	if held, _ := sim.Summons(byPhone.Number); held.Meeting.Caller != "citizen_calls" || held.Meeting.Phone != "43 23 45 00" {
		t.Errorf("phone meeting pushed as %+v, want the citizen to call the team's number", held.Meeting)
	}
	if held, _ := sim.Summons(inPerson.Number); held.Meeting.Caller != "" || held.Meeting.Phone != "" {
		t.Errorf("meeting in person pushed as %+v, want no caller", held.Meeting)
	}
}
