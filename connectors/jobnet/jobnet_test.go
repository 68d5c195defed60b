package jobnet_test

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/planner-dk/planner/connectors/jobnet"
	"github.com/planner-dk/planner/connectors/jobnet/jobnettest"
)

type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

func setup(t *testing.T) (*jobnettest.Simulator, *jobnet.Client, *clock) {
	sim, url, clk := simulator(t)
	c, err := jobnet.New(url, "jobnet-token", &http.Client{Timeout: 300 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	return sim, c, clk
}

// simulator starts the Jobnet simulator on a loopback port.
func simulator(t *testing.T) (*jobnettest.Simulator, string, *clock) {
	clk := &clock{t: time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)}
	sim := jobnettest.New("jobnet-token", clk.now)
	srv := httptest.NewServer(sim)
	t.Cleanup(srv.Close)
	return sim, srv.URL, clk
}

func summons(version int64) jobnet.Summons {
	return jobnet.Summons{Number: "10100-000042", Jobcentre: jobnet.Jobcentre{Prefix: 10100, Name: "Jobcenter Glostrup"},
		Citizen: jobnet.Citizen{CPR: "0101901234"}, Version: version,
		Meeting: jobnet.Meeting{Start: time.Date(2026, 3, 3, 8, 0, 0, 0, time.UTC), End: time.Date(2026, 3, 3, 8, 30, 0, 0, time.UTC),
			Title: "Samtale", Type: "Jobsamtale", Form: "individual", Channel: "in_person"}}
}

// TestPush: issue 6 §3 — 2xx is done, 4xx is rejected with the reason, 5xx
// and timeouts are transient; an idempotency key is applied once.
func TestPush(t *testing.T) {
	ctx := context.Background()
	t.Run("a change is applied once however often it is sent", func(t *testing.T) {
		sim, c, _ := setup(t)
		for range 3 {
			if err := c.Put(ctx, "planner-1", summons(1)); err != nil {
				t.Fatal(err)
			}
		}
		if got, ok := sim.Summons("10100-000042"); !ok || got.Citizen.CPR != "0101901234" || sim.Applied() != 1 {
			t.Fatalf("jobnet holds %+v (applied %d), want the summons once", got, sim.Applied())
		}
	})
	t.Run("5xx is transient, then the same change goes through", func(t *testing.T) {
		sim, c, clk := setup(t)
		sim.Fail(http.StatusInternalServerError, "down", 30*time.Second)
		if err := c.Put(ctx, "planner-2", summons(1)); !errors.Is(err, jobnet.ErrTransient) {
			t.Fatalf("Put during an outage = %v, want ErrTransient", err)
		}
		clk.add(31 * time.Second)
		if err := c.Put(ctx, "planner-2", summons(1)); err != nil || sim.Applied() != 1 {
			t.Fatalf("Put after the outage = %v (applied %d)", err, sim.Applied())
		}
	})
	t.Run("4xx is rejected with Jobnet's reason", func(t *testing.T) {
		sim, c, _ := setup(t)
		sim.Fail(http.StatusUnprocessableEntity, "meeting.start: in the past", time.Hour)
		err := c.Put(ctx, "planner-3", summons(1))
		var r *jobnet.Rejection
		if !errors.As(err, &r) || !errors.Is(err, jobnet.ErrRejected) || r.Status != 422 || r.Reason != "meeting.start: in the past" {
			t.Fatalf("Put = %v, want a 422 rejection with the reason", err)
		}
	})
	t.Run("a stalled Jobnet is transient", func(t *testing.T) {
		sim, c, _ := setup(t)
		sim.Stall(2 * time.Second)
		if err := c.Put(ctx, "planner-4", summons(1)); !errors.Is(err, jobnet.ErrTransient) {
			t.Fatalf("Put to a stalled Jobnet = %v, want ErrTransient", err)
		}
	})
	t.Run("cancel removes; cancelling an unknown summons is done", func(t *testing.T) {
		sim, c, _ := setup(t)
		if err := c.Put(ctx, "planner-5", summons(1)); err != nil {
			t.Fatal(err)
		}
		if err := c.Cancel(ctx, "planner-6", "10100-000042"); err != nil {
			t.Fatal(err)
		}
		if _, ok := sim.Summons("10100-000042"); ok {
			t.Fatal("cancelled summons still held")
		}
		if err := c.Cancel(ctx, "planner-7", "10100-000099"); err != nil {
			t.Fatalf("Cancel of an unknown summons = %v, want nil", err)
		}
	})
	t.Run("a stale change arriving late is dropped", func(t *testing.T) {
		sim, c, _ := setup(t)
		moved := summons(2)
		moved.Meeting.Start = moved.Meeting.Start.Add(time.Hour)
		if err := c.Put(ctx, "planner-8", moved); err != nil {
			t.Fatal(err)
		}
		if err := c.Put(ctx, "planner-9", summons(1)); err != nil {
			t.Fatal(err)
		}
		if got, _ := sim.Summons("10100-000042"); got.Version != 2 {
			t.Fatalf("jobnet holds version %d, want the later change (2)", got.Version)
		}
	})
	t.Run("a wrong token is rejected", func(t *testing.T) {
		sim, url, _ := simulator(t)
		c, err := jobnet.New(url, "wrong", nil)
		if err != nil {
			t.Fatal(err)
		}
		var r *jobnet.Rejection
		if err := c.Put(ctx, "planner-10", summons(1)); !errors.As(err, &r) || r.Status != http.StatusUnauthorized || sim.Applied() != 0 {
			t.Fatalf("Put with a wrong token = %v, want a 401 rejection and nothing applied", err)
		}
	})
	t.Run("the endpoint must be an http(s) URL", func(t *testing.T) {
		if _, err := jobnet.New("ftp://jobnet.example", "", nil); err == nil {
			t.Fatal("an ftp endpoint was accepted")
		}
	})
}
