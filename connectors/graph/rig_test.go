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
	"github.com/planner-dk/planner/planner/sqlstore"
	calsync "github.com/planner-dk/planner/sync"
	"github.com/planner-dk/planner/sync/synctest"
)

var (
	cph, _ = time.LoadLocation("Europe/Copenhagen")
	// Monday 2 March 2026 08:00 in Copenhagen: where the rig's clock starts.
	start = time.Date(2026, 3, 2, 8, 0, 0, 0, cph)
)

// rig is one job centre whose advisor keeps an Exchange Online mailbox on
// the Graph double, a SQLite store and the engine between them.
type rig struct {
	*synctest.World
	t     *testing.T
	srv   *graphtest.Server
	store *sqlstore.DB
	apps  *graph.Apps

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
	db, err := sqlstore.OpenSQLite(ctx, filepath.Join(t.TempDir(), "planner.db"), secret.NewKeyring(secret.NewKey()))
	must(t, err)
	t.Cleanup(func() { db.Close() })
	must(t, db.Migrate(ctx))
	db.Now = r.clock
	r.store = db
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	svc := &planner.Service{Store: db, Now: r.clock, Logger: logger}
	r.World = synctest.NewWorld(t, db, svc, start, r.mailbox())
	r.Engine = &calsync.Engine{Store: db, Now: r.clock, Logger: logger, Connect: r.connect}
	return r
}

// mailbox connects a new mailbox of the double as a calendar of kind graph.
func (r *rig) mailbox() planner.CalendarConnection {
	return planner.CalendarConnection{Kind: planner.Graph, URL: r.srv.GraphURL(), Username: newMailbox(r.srv)}
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

func (r *rig) upn() string { return r.Advisor.Calendar.Username }

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func (r *rig) book() planner.Meeting { r.t.Helper(); return r.Book(r.t) }

func (r *rig) pull() calsync.PullStats { r.t.Helper(); return r.Pull(r.t) }

func (r *rig) push() calsync.PushStats { r.t.Helper(); return r.Push(r.t) }

func (r *rig) externalItems() int { r.t.Helper(); return r.ExternalItems(r.t) }

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
	return r.Notifications(r.t, trigger)
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
