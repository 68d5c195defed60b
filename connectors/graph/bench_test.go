package graph_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"path/filepath"
	"sync"
	"sync/atomic"
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

// The benchmark mailboxes of issue 12 §8: 20 advisors with 500 events each
// on the Graph double.
const (
	benchMailboxes = 20
	benchEvents    = 500
)

type countingRT struct{ n atomic.Int64 }

func (c *countingRT) RoundTrip(r *http.Request) (*http.Response, error) {
	c.n.Add(1)
	return http.DefaultTransport.RoundTrip(r)
}

// benchFleet is the double with the seeded mailboxes, and a store whose
// advisors are connected to them.
type benchFleet struct {
	r        *rig // the seeding helpers, on the double
	srv      *graphtest.Server
	upns     []string
	ids      [][]string
	store    *sqlstore.DB
	advisors []planner.Advisor
	engine   *calsync.Engine
	rt       *countingRT
}

func newFleet(b *testing.B) *benchFleet {
	srv, err := graphtest.New(graphtest.Options{})
	must(b, err)
	b.Cleanup(srv.Close)
	srv.AddApp(tenant, client, clientSecret)
	f := &benchFleet{srv: srv, rt: &countingRT{}, r: &rig{srv: srv, now: start}}
	for range benchMailboxes {
		upn := newMailbox(srv)
		f.r.World = &synctest.World{Advisor: planner.Advisor{Calendar: planner.CalendarConnection{Username: upn}}}
		ids := make([]string, benchEvents)
		for i := range benchEvents {
			ids[i] = f.r.seed(b, i)
		}
		f.upns, f.ids = append(f.upns, upn), append(f.ids, ids)
	}
	return f
}

// newStore makes a fresh store with one advisor per mailbox, and an
// engine whose connectors share one Graph state, as a worker's do.
func (f *benchFleet) newStore(b *testing.B) {
	ctx := context.Background()
	db, err := sqlstore.OpenSQLite(ctx, filepath.Join(b.TempDir(), "bench.db"), secret.NewKeyring(secret.NewKey()))
	must(b, err)
	must(b, db.Migrate(ctx))
	jc := planner.Jobcenter{Name: "Bench", Zone: "Europe/Copenhagen", Region: "Hovedstaden", SummonsPrefix: 10100, Settings: planner.DefaultSettings()}
	must(b, db.CreateJobcenter(ctx, &jc))
	team := planner.Team{JobcenterID: jc.ID, Name: "Team"}
	must(b, db.CreateTeam(ctx, &team))
	f.advisors = nil
	for i, upn := range f.upns {
		a := planner.Advisor{JobcenterID: jc.ID, TeamID: team.ID, Name: fmt.Sprintf("Vejleder %d", i),
			Calendar: planner.CalendarConnection{Kind: planner.Graph, URL: f.srv.GraphURL(), Username: upn}}
		must(b, db.CreateAdvisor(ctx, &a))
		f.advisors = append(f.advisors, a)
	}
	if f.store != nil {
		f.store.Close()
	}
	f.store = db
	apps := &graph.Apps{HTTPClient: &http.Client{Transport: f.rt, Timeout: time.Minute}}
	app := graph.App{TenantID: tenant, ClientID: client, Secret: clientSecret, TokenURL: f.srv.TokenURL(tenant)}
	clock := func() time.Time { return start }
	f.engine = &calsync.Engine{Store: db, Now: clock, Logger: slog.New(slog.NewTextHandler(io.Discard, nil)),
		Connect: func(a planner.Advisor) (calsync.Connector, error) {
			return graph.New(graph.Config{Apps: apps, App: app, Jobcenter: "1", GraphURL: a.Calendar.URL, Mailbox: a.Calendar.Username, Now: clock})
		}}
}

// pullAll pulls every mailbox, 4 at a time (the double is in this process,
// so a fleet of servers is what it stands for), and returns the events read.
func (f *benchFleet) pullAll(b *testing.B) int {
	var wg sync.WaitGroup
	var fetched atomic.Int64
	sem := make(chan struct{}, 4)
	for _, a := range f.advisors {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			st, err := f.engine.Pull(context.Background(), a)
			if err != nil {
				b.Error(err)
			}
			fetched.Add(int64(st.Fetched))
		})
	}
	wg.Wait()
	return int(fetched.Load())
}

// BenchmarkPull measures pulls of 20 mailboxes × 500 events on the Graph
// double on loopback (issue 12 §8):
//
//	go test ./connectors/graph -run '^$' -bench Pull -benchtime 5x -benchmem -count 6
func BenchmarkPull(b *testing.B) {
	f := newFleet(b)
	b.Run("Initial", func(b *testing.B) {
		var requests, events int64
		for b.Loop() {
			b.StopTimer()
			f.newStore(b)
			before := f.rt.n.Load()
			b.StartTimer()
			events += int64(f.pullAll(b))
			requests += f.rt.n.Load() - before
		}
		b.ReportMetric(float64(requests)/float64(b.N), "requests/op")
		b.ReportMetric(float64(events)/float64(b.N), "events/op")
	})
	b.Run("NoChange", func(b *testing.B) {
		f.newStore(b)
		f.pullAll(b)
		before := f.rt.n.Load()
		for b.Loop() {
			if n := f.pullAll(b); n != 0 {
				b.Fatalf("a poll with no change read %d events", n)
			}
		}
		b.ReportMetric(float64(f.rt.n.Load()-before)/float64(b.N)/benchMailboxes, "requests/mailbox")
	})
	b.Run("Incremental1pct", func(b *testing.B) {
		f.newStore(b)
		f.pullAll(b)
		var requests, events int64
		round := 0
		for b.Loop() {
			b.StopTimer()
			round++
			for m, upn := range f.upns {
				for k := range 5 { // 1 % of each mailbox, edited by its owner
					id := f.ids[m][(round*5+k)*7%benchEvents]
					must(b, f.srv.UpdateEvent(upn, id, func(e *graphtest.Event) { e.Subject = fmt.Sprintf("Ændret %d", round) }))
				}
			}
			before := f.rt.n.Load()
			b.StartTimer()
			events += int64(f.pullAll(b))
			requests += f.rt.n.Load() - before
		}
		b.ReportMetric(float64(requests)/float64(b.N)/benchMailboxes, "requests/mailbox")
		b.ReportMetric(float64(events)/float64(b.N)/benchMailboxes, "events/mailbox")
	})
}
