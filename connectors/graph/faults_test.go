package graph_test

import (
	"context"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/planner-dk/planner/connectors/graph"
	"github.com/planner-dk/planner/connectors/graph/graphtest"
)

// hook is a real transport that calls after with the number of delta
// requests sent so far, once each has been answered: how a test makes
// something happen in the middle of a round.
type hook struct {
	n     atomic.Int64
	after func(n int64)
}

func (h *hook) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := http.DefaultTransport.RoundTrip(req)
	if err == nil && strings.Contains(req.URL.Path, "/calendarView/delta") && h.after != nil {
		h.after(h.n.Add(1))
	}
	return resp, err
}

// manualClock is a clock a test moves.
type manualClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *manualClock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *manualClock) advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// TestFaults are Graph's own faults (issue 12 §3), each through the engine.
func TestFaults(t *testing.T) {
	t.Run("a token expiring in the middle of a delta round is refreshed once and the round goes on", tokenExpiresMidRound)
	t.Run("a skip token invalidated mid-round restarts the first round", func(t *testing.T) { skipTokenMidRound(t, double(t)) })
	for _, how := range []struct {
		name string
		inv  graphtest.Invalidation
	}{{"410 Gone", graphtest.Gone}, {"410 resyncRequired", graphtest.GoneResyncRequired}, {"syncStateNotFound", graphtest.SyncStateNotFound}} {
		t.Run("an expired delta token ("+how.name+") is a fresh round, never everything deleted", func(t *testing.T) { deltaTokenExpired(t, double(t), how.inv) })
	}
	t.Run("a 429 storm: no request before Retry-After runs out", func(t *testing.T) { storm(t, double(t), false) })
	t.Run("429 without Retry-After: backoff", func(t *testing.T) { storm(t, double(t), true) })
	t.Run("503 with and without Retry-After is waited out", func(t *testing.T) { unavailable(t, double(t)) })
	t.Run("a change outside the window comes as @removed and changes nothing", func(t *testing.T) { outsideWindow(t, double(t)) })
	t.Run("replays, empty pages and replication delay read the same calendar", func(t *testing.T) { replays(t, double(t)) })
	t.Run("at most 4 requests at once per mailbox", func(t *testing.T) { concurrency(t, double(t)) })
}

func tokenExpiresMidRound(t *testing.T) {
	clock := &manualClock{t: time.Now()}
	srv, err := graphtest.New(graphtest.Options{Now: clock.now, TokenLifetime: time.Hour})
	must(t, err)
	t.Cleanup(srv.Close)
	srv.AddApp(tenant, client, clientSecret)
	r := newRig(t, srv)
	r.load(40)
	h := &hook{after: func(n int64) {
		if n == 2 {
			clock.advance(2 * time.Hour) // Graph's clock runs past the token; Planner's thinks it fresh
		}
	}}
	r.apps.HTTPClient = &http.Client{Transport: h}
	srv.ShortPages(r.upn(), 10, 10, 10, 10, 10, 10, 10)
	asked := srv.TokenRequests()
	st := r.pull()
	if !st.Full || st.Upserted != st.Listed || st.Listed == 0 {
		t.Fatalf("pull = %+v, want a full round stored", st)
	}
	if n := srv.TokenRequests() - asked; n != 2 {
		t.Fatalf("token requests during the round = %d, want 2 (the first, one refresh)", n)
	}
	if got, want := r.externalItems(), r.blocking(); got != want {
		t.Fatalf("external items = %d, want %d", got, want)
	}
}

func skipTokenMidRound(t *testing.T, srv *graphtest.Server) {
	r := newRig(t, srv)
	r.load(40)
	var once sync.Once
	r.apps.HTTPClient = &http.Client{Transport: &hook{after: func(n int64) {
		if n == 2 {
			once.Do(func() { srv.InvalidateDelta(r.upn(), graphtest.Gone, graphtest.SkipTokens) })
		}
	}}}
	srv.ShortPages(r.upn(), 10, 10, 10, 10, 10, 10)
	st := r.pull()
	if !st.Full || st.Removed != 0 || st.Upserted != st.Listed {
		t.Fatalf("pull = %+v, want the round started again and stored whole", st)
	}
	if got, want := r.externalItems(), r.blocking(); got != want {
		t.Fatalf("external items = %d, want %d", got, want)
	}
}

func deltaTokenExpired(t *testing.T, srv *graphtest.Server, how graphtest.Invalidation) {
	r := newRig(t, srv)
	ids, _ := r.load(50)
	r.pull()
	must(t, srv.DeleteEvent(r.upn(), ids[0]))
	srv.InvalidateDelta(r.upn(), how, graphtest.DeltaTokens)
	st := r.pull()
	if !st.Full || st.Removed != 1 {
		t.Fatalf("pull after the token expired = %+v, want a full listing that finds the one deletion", st)
	}
	if got, want := r.externalItems(), r.blocking(); got != want {
		t.Fatalf("external items = %d, want %d", got, want)
	}
	if st := r.pull(); st.Full || st.Removed+st.Upserted != 0 {
		t.Fatalf("pull from the new cursor = %+v, want quiet", st)
	}
}

// storm: a mailbox over its budget answers 429; the connector sends
// nothing to it until Retry-After (or its own backoff) has run out.
func storm(t *testing.T, srv *graphtest.Server, omit bool) {
	r := newRig(t, srv)
	r.load(30)
	srv.ShortPages(r.upn(), 5, 5, 5, 5, 5, 5, 5, 5)
	srv.ClearRequests(r.upn())
	srv.Throttle(r.upn(), graphtest.RateLimit{Requests: 3, Per: time.Second, OmitRetryAfter: omit})
	st := r.pull()
	if !st.Full || st.Upserted != st.Listed {
		t.Fatalf("pull under throttling = %+v, want it stored whole", st)
	}
	log := srv.Requests(r.upn())
	throttled := 0
	for i, q := range log {
		if q.Status != http.StatusTooManyRequests {
			continue
		}
		throttled++
		if i+1 < len(log) {
			// with Retry-After the next request never meets the same
			// window; without it the backoff (1, 2, 4 … s less a quarter
			// of jitter) may, but never sooner
			gap := log[i+1].Time.Sub(q.Time)
			if gap < 700*time.Millisecond || !omit && log[i+1].Status == http.StatusTooManyRequests {
				t.Fatalf("request %d came %s after a 429 (status %d): before the wait ran out", i+1, gap, log[i+1].Status)
			}
		}
	}
	if throttled == 0 {
		t.Fatal("the storm throttled nothing; the test proves nothing")
	}
}

func unavailable(t *testing.T, srv *graphtest.Server) {
	r := newRig(t, srv)
	r.load(5)
	srv.Fail(r.upn(), http.StatusServiceUnavailable, 1, time.Second)
	if st := r.pull(); !st.Full {
		t.Fatalf("pull after a 503 with Retry-After = %+v", st)
	}
	r.externalEvent(6)
	srv.Fail(r.upn(), http.StatusGatewayTimeout, 2, 0)
	if st := r.pull(); st.Upserted != 1 {
		t.Fatalf("pull after two 504s without Retry-After = %+v, want the new event", st)
	}
}

func outsideWindow(t *testing.T, srv *graphtest.Server) {
	r := newRig(t, srv)
	r.load(10)
	far := start.AddDate(2, 0, 0)
	id, err := srv.CreateEvent(r.upn(), graphtest.Event{Subject: "Langt ude", Start: far, End: far.Add(time.Hour)})
	must(t, err)
	r.pull()
	before := r.externalItems()
	must(t, srv.UpdateEvent(r.upn(), id, func(e *graphtest.Event) { e.Subject = "Stadig langt ude" }))
	st := r.pull()
	if st.Full || st.Removed+st.Upserted != 0 || r.externalItems() != before {
		t.Fatalf("pull after a change outside the window = %+v, %d items (was %d); want nothing changed", st, r.externalItems(), before)
	}
}

func replays(t *testing.T, srv *graphtest.Server) {
	r := newRig(t, srv)
	ids, want := r.load(60)
	srv.Replay(r.upn(), 5)
	srv.ShortPages(r.upn(), 0, 7, 0, 0, 3, 11)
	if st := r.pull(); !st.Full || st.Upserted != st.Listed {
		t.Fatalf("first round with replays and empty pages = %+v", st)
	}
	if got := r.externalItems(); got != want {
		t.Fatalf("external items = %d, want %d", got, want)
	}
	srv.SetReplicationDelay(r.upn(), 2)
	must(t, srv.DeleteEvent(r.upn(), ids[0]))
	seen := 0
	for range 4 {
		st := r.pull()
		seen += st.Removed
	}
	if seen != 1 || r.externalItems() != r.blocking() {
		t.Fatalf("a delayed deletion was removed %d times, %d items (want %d)", seen, r.externalItems(), r.blocking())
	}
}

func concurrency(t *testing.T, srv *graphtest.Server) {
	r := newRig(t, srv)
	ids, _ := r.load(24)
	srv.SetLatency(r.upn(), 50*time.Millisecond)
	srv.ClearRequests(r.upn())
	var wg sync.WaitGroup
	errs := make(chan error, len(ids))
	for _, id := range ids {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c, err := graph.New(graph.Config{Apps: r.apps, App: r.app, GraphURL: srv.GraphURL(), Mailbox: r.upn()})
			if err == nil {
				_, _, err = c.Fetch(context.Background(), []string{id})
			}
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if n := srv.MaxConcurrentSeen(r.upn()); n > 4 {
		t.Fatalf("the mailbox had %d requests at once, want at most 4", n)
	}
	for _, q := range srv.Requests(r.upn()) {
		if q.Status == http.StatusTooManyRequests {
			t.Fatal("a request was refused for concurrency")
		}
	}
}
