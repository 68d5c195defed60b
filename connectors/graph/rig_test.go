package graph_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/planner-dk/planner/connectors/graph"
	"github.com/planner-dk/planner/connectors/graph/graphtest"
	"github.com/planner-dk/planner/planner"
	"github.com/planner-dk/planner/planner/secret"
	"github.com/planner-dk/planner/planner/sqlite"
	calsync "github.com/planner-dk/planner/sync"
)

var (
	cph, _ = time.LoadLocation("Europe/Copenhagen")
	// Monday 2 March 2026 08:00 in Copenhagen: where the rig's clock starts.
	start = time.Date(2026, 3, 2, 8, 0, 0, 0, cph)
)

// rig is one job centre whose advisor keeps an Exchange Online mailbox on
// the Graph double, a SQLite store and the engine between them.
type rig struct {
	t       *testing.T
	srv     *graphtest.Server
	store   *sqlite.DB
	svc     *planner.Service
	engine  *calsync.Engine
	apps    *graph.Apps
	jc      planner.Jobcenter
	team    planner.Team
	advisor planner.Advisor
	offer   planner.Offer
	n       int

	mu  sync.Mutex
	now time.Time
	app graph.App // the job centre's app registration as Planner holds it
}

func (r *rig) clock() time.Time {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.now
}

// advance moves the rig's clock on.
func (r *rig) advance(d time.Duration) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.now = r.now.Add(d)
}

func newRig(t *testing.T, srv *graphtest.Server) *rig {
	ctx := context.Background()
	r := &rig{t: t, srv: srv, now: start, apps: &graph.Apps{}}
	r.app = graph.App{TenantID: tenant, ClientID: client, Secret: clientSecret, TokenURL: srv.TokenURL(tenant)}
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "planner.db"), secret.NewKeyring(secret.NewKey()))
	must(t, err)
	t.Cleanup(func() { db.Close() })
	must(t, db.Migrate(ctx))
	db.Now = r.clock
	r.store = db
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	r.svc = &planner.Service{Store: db, Now: r.clock, Logger: logger}
	r.jc = planner.Jobcenter{Name: "Jobcenter Glostrup", Zone: "Europe/Copenhagen", Region: "Hovedstaden", SummonsPrefix: 10100, Settings: planner.DefaultSettings()}
	must(t, db.CreateJobcenter(ctx, &r.jc))
	hours := planner.StandardHours(9*60, 15*60)
	r.team = planner.Team{JobcenterID: r.jc.ID, Name: "Ydelse", Mail: "ydelse@glostrup.dk", Hours: &hours}
	must(t, db.CreateTeam(ctx, &r.team))
	r.advisor = r.newAdvisor("Bo Poulsen", "bo@glostrup.dk")
	r.offer = planner.Offer{JobcenterID: r.jc.ID, Name: "Jobsamtale", Description: "En samtale.", MeetingType: "Jobsamtale",
		Form: planner.Individual, Channel: planner.InPerson, DurationMinutes: 30, ReportingMinutes: 15,
		StartMinutes: []int{0, 30}, FirstMeetingDate: planner.NewDate(2026, 3, 3), OpensOn: planner.NewDate(2026, 3, 1),
		RollingWeeks: 4, TeamID: r.team.ID, Advisors: []planner.AdvisorID{r.advisor.ID},
		Terms: planner.BookingTerms{AcceptCancel: true, AcceptRebook: true, RebookDaysBefore: 2},
		Rules: planner.RuleSet{Groups: []planner.RuleGroup{{Match: planner.MatchAll, Rules: []planner.Rule{
			{Type: planner.RuleAge, Cond: planner.CondGe, Value: "18"},
		}}}},
		Active: true, ChangedBy: "admin"}
	must(t, db.CreateOffer(ctx, &r.offer))
	r.engine = &calsync.Engine{Store: db, Now: r.clock, Logger: logger, Connect: r.connect}
	return r
}

// newAdvisor adds an advisor of the team with a mailbox of their own on the
// double, connected as kind graph.
func (r *rig) newAdvisor(name, mail string) planner.Advisor {
	upn := newMailbox(r.srv)
	a := planner.Advisor{JobcenterID: r.jc.ID, TeamID: r.team.ID, Name: name, Mail: mail,
		Calendar: planner.CalendarConnection{Kind: planner.Graph, URL: r.srv.GraphURL(), Username: upn}}
	must(r.t, r.store.CreateAdvisor(context.Background(), &a))
	return a
}

// connect is the engine's Connect: the job centre's app, the advisor's
// mailbox, the rig's shared Graph state and clock.
func (r *rig) connect(a planner.Advisor) (calsync.Connector, error) {
	r.mu.Lock()
	app := r.app
	r.mu.Unlock()
	return graph.New(graph.Config{Apps: r.apps, App: app, Jobcenter: fmt.Sprint(a.JobcenterID), GraphURL: a.Calendar.URL,
		Mailbox: a.Calendar.Username, Now: r.clock})
}

func (r *rig) upn() string { return r.advisor.Calendar.Username }

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// book books the next free time of the offer for a new citizen, reading
// the calendar first if it never was (§9: an advisor whose calendar was
// never read is not offered).
func (r *rig) book() planner.Meeting {
	r.t.Helper()
	ctx := context.Background()
	if states, err := r.store.FindCalendarStates(ctx, r.jc.ID, []planner.AdvisorID{r.advisor.ID}); err == nil && states[r.advisor.ID].LastSuccess.IsZero() {
		r.pull()
	}
	r.n++
	c := planner.Citizen{JobcenterID: r.jc.ID, CPR: planner.MustParseCPR(fmt.Sprintf("010196-%04d", r.n)), Name: fmt.Sprintf("Borger %d", r.n), ContactGroup: "Dagpengemodtager", DropDate: planner.NewDate(2026, 6, 1)}
	must(r.t, r.store.CreateCitizen(ctx, &c))
	res, err := r.svc.FreeTimes(ctx, planner.FreeTimesRequest{Jobcenter: r.jc.ID, Citizen: c.ID, Offer: r.offer.ID})
	must(r.t, err)
	if len(res.Times) == 0 {
		r.t.Fatal("no free time to book")
	}
	m, _, err := r.svc.Book(ctx, planner.BookRequest{Jobcenter: r.jc.ID, Citizen: c.ID, Offer: r.offer.ID, Time: res.Times[0], Actor: "jobnet"})
	must(r.t, err)
	return m
}

func (r *rig) pull() calsync.PullStats {
	r.t.Helper()
	st, err := r.engine.Pull(context.Background(), r.advisor)
	must(r.t, err)
	return st
}

func (r *rig) push() calsync.PushStats {
	r.t.Helper()
	st, err := r.engine.Push(context.Background(), r.advisor)
	must(r.t, err)
	return st
}

// externalItems counts the advisor's stored external busy items.
func (r *rig) externalItems() int {
	r.t.Helper()
	b, err := r.store.FindBusy(context.Background(), r.jc.ID, planner.BusyQuery{Advisors: []planner.AdvisorID{r.advisor.ID},
		Interval: planner.Interval{Start: start.AddDate(-1, 0, 0), End: start.AddDate(1, 0, 0)}})
	must(r.t, err)
	n := 0
	for _, x := range b.Advisors[r.advisor.ID] {
		if x.Kind == planner.BusyExternal {
			n++
		}
	}
	return n
}

// events returns the mailbox's stored events (singles and masters).
func (r *rig) events() []graphtest.Event { return r.srv.Events(r.upn()) }

// event returns the mailbox's event with the id.
func (r *rig) event(id string) (graphtest.Event, bool) {
	for _, e := range r.events() {
		if e.ID == id {
			return e, true
		}
	}
	return graphtest.Event{}, false
}

func (r *rig) notifications(trigger planner.Trigger) int {
	r.t.Helper()
	ns, err := r.store.FindNotifications(context.Background(), r.jc.ID, planner.NewDate(2026, 1, 1))
	must(r.t, err)
	n := 0
	for _, x := range ns {
		if x.Trigger == trigger {
			n++
		}
	}
	return n
}

// requests counts the mailbox's requests since the log was cleared.
func (r *rig) requests() int { return len(r.srv.Requests(r.upn())) }

// externalEvent is the i-th of a varied set of the advisor's own Outlook
// appointments: singles (some private, free, declined), all-day events,
// weekly series with a deleted occurrence and daily series with a moved one.
func (r *rig) externalEvent(i int) string {
	r.t.Helper()
	return r.seed(r.t, i)
}

// seed creates the i-th external event in the rig's mailbox (see
// externalEvent) and returns its id.
func (r *rig) seed(t testing.TB, i int) string {
	t.Helper()
	day := start.AddDate(0, 0, i%60)
	at := time.Date(day.Year(), day.Month(), day.Day(), 9+i%7, 0, 0, 0, cph)
	e := graphtest.Event{Subject: fmt.Sprintf("Aftale %d", i), Start: at, End: at.Add(45 * time.Minute), TimeZone: "Romance Standard Time"}
	weekday := strings.ToLower(at.Weekday().String())
	switch i % 10 {
	case 1:
		e.Sensitivity = "private"
	case 2:
		e.ShowAs = "free"
	case 3:
		e.Response = "declined"
	case 6:
		d := time.Date(day.Year(), day.Month(), day.Day(), 0, 0, 0, 0, time.UTC)
		e = graphtest.Event{Subject: fmt.Sprintf("Kursus %d", i), IsAllDay: true, Start: d, End: d.AddDate(0, 0, 1)}
	case 7, 8:
		e.Subject, e.End = fmt.Sprintf("Ugemøde %d", i), at.Add(30*time.Minute)
		e.Recurrence = &graphtest.Recurrence{
			Pattern: graphtest.RecurrencePattern{Type: "weekly", Interval: 1, DaysOfWeek: []string{weekday}, FirstDayOfWeek: "monday"},
			Range:   graphtest.RecurrenceRange{Type: "numbered", StartDate: at.Format("2006-01-02"), NumberOfOccurrences: 10, RecurrenceTimeZone: "Romance Standard Time"}}
	case 9:
		e.Subject, e.End = fmt.Sprintf("Serie %d", i), at.Add(time.Hour)
		e.Recurrence = &graphtest.Recurrence{
			Pattern: graphtest.RecurrencePattern{Type: "daily", Interval: 1},
			Range:   graphtest.RecurrenceRange{Type: "numbered", StartDate: at.Format("2006-01-02"), NumberOfOccurrences: 5, RecurrenceTimeZone: "Romance Standard Time"}}
	}
	id, err := r.srv.CreateEvent(r.upn(), e)
	must(t, err)
	switch i % 10 {
	case 7, 8:
		must(t, r.srv.DeleteOccurrence(r.upn(), id, at.AddDate(0, 0, 14)))
	case 9:
		_, err := r.srv.EditOccurrence(r.upn(), id, at.AddDate(0, 0, 1), func(o *graphtest.Event) {
			o.Start, o.End, o.Subject = o.Start.Add(3*time.Hour), o.End.Add(3*time.Hour), fmt.Sprintf("Flyttet %d", i)
		})
		must(t, err)
	}
	return id
}

// load seeds n external events and returns their ids and the busy items
// the double's own expansion says they make over the engine's horizon.
func (r *rig) load(n int) ([]string, int) {
	r.t.Helper()
	ids := make([]string, n)
	for i := range n {
		ids[i] = r.externalEvent(i)
	}
	return ids, r.blocking()
}

// blocking counts the instances of the double's expansion over the
// engine's horizon that block time: not free, not cancelled, not declined.
func (r *rig) blocking() int {
	now := r.clock()
	n := 0
	for _, e := range r.srv.View(r.upn(), now.Add(-7*24*time.Hour), now.Add(26*7*24*time.Hour)) {
		if e.ShowAs != "free" && !e.IsCancelled && e.Response != "declined" {
			n++
		}
	}
	return n
}
