// Package queuetest is the contract every queue.Runner meets: the
// in-process queue and the Redis one pass the same cases.
package queuetest

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/planner-dk/planner/queue"
)

// New makes a fresh, empty runner of mux's handlers with cfg; the suite
// runs it and stops it.
type New func(t *testing.T, mux *queue.Mux, cfg queue.Config) queue.Runner

// fast is the retry policy of the suite: short waits, few retries.
func fast() queue.Config {
	return queue.Config{Concurrency: 4, MaxRetry: 2, Delay: func(int) time.Duration { return 50 * time.Millisecond }}
}

// start runs r until the test ends.
func start(t *testing.T, r queue.Runner) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- r.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Run: %v", err)
		}
	})
}

// eventually waits up to 20 s for cond.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting: %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// Run runs the contract against the runners newRunner makes.
func Run(t *testing.T, newRunner New) {
	t.Run("EachTaskRunsOnceWithItsPayload", func(t *testing.T) {
		var mu sync.Mutex
		got := map[string]string{}
		mux := queue.NewMux(nil)
		mux.Handle("echo", func(_ context.Context, tk queue.Task) error {
			mu.Lock()
			defer mu.Unlock()
			if _, dup := got[tk.ID]; dup {
				return fmt.Errorf("task %s ran twice", tk.ID)
			}
			got[tk.ID] = string(tk.Payload)
			return nil
		}, nil)
		r := newRunner(t, mux, fast())
		start(t, r)
		for i := range 100 {
			ok, err := r.Enqueue(t.Context(), queue.Task{Kind: "echo", ID: fmt.Sprint("echo:", i), Payload: []byte(fmt.Sprint(i))})
			if err != nil || !ok {
				t.Fatalf("Enqueue %d = %v, %v", i, ok, err)
			}
		}
		eventually(t, "100 tasks", func() bool { mu.Lock(); defer mu.Unlock(); return len(got) == 100 })
		for i := range 100 {
			if p := got[fmt.Sprint("echo:", i)]; p != fmt.Sprint(i) {
				t.Errorf("task %d got payload %q", i, p)
			}
		}
	})

	t.Run("ADuplicateIDIsANoOpWhileQueuedOrRunning", func(t *testing.T) {
		release := make(chan struct{})
		var runs atomic.Int32
		mux := queue.NewMux(nil)
		mux.Handle("slow", func(ctx context.Context, _ queue.Task) error {
			runs.Add(1)
			select {
			case <-release:
			case <-time.After(20 * time.Second):
			}
			return nil
		}, nil)
		r := newRunner(t, mux, fast())
		task := queue.Task{Kind: "slow", ID: "calendar:7"}
		// queued, not yet running
		if ok, err := r.Enqueue(t.Context(), task); !ok || err != nil {
			t.Fatalf("first Enqueue = %v, %v", ok, err)
		}
		if ok, err := r.Enqueue(t.Context(), task); ok || err != nil {
			t.Fatalf("Enqueue while queued = %v, %v; want false, nil", ok, err)
		}
		start(t, r)
		eventually(t, "the task to run", func() bool { return runs.Load() == 1 })
		if ok, err := r.Enqueue(t.Context(), task); ok || err != nil {
			t.Fatalf("Enqueue while running = %v, %v; want false, nil", ok, err)
		}
		close(release)
		// done: the ID is free again
		eventually(t, "the ID to be free", func() bool {
			ok, err := r.Enqueue(t.Context(), task)
			if err != nil {
				t.Fatal(err)
			}
			return ok
		})
		eventually(t, "the second run", func() bool { return runs.Load() == 2 })
	})

	t.Run("AFailingTaskIsRetriedWithBackoff", func(t *testing.T) {
		var mu sync.Mutex
		var at []time.Time
		mux := queue.NewMux(nil)
		mux.Handle("flaky", func(context.Context, queue.Task) error {
			mu.Lock()
			defer mu.Unlock()
			at = append(at, time.Now())
			if len(at) < 3 {
				return errors.New("server said 503")
			}
			return nil
		}, func(context.Context, queue.Task, error) { t.Error("gave up a task that succeeded on its last retry") })
		var delays []int
		cfg := fast()
		cfg.Delay = func(n int) time.Duration {
			mu.Lock()
			delays = append(delays, n)
			mu.Unlock()
			return time.Duration(n) * time.Second
		}
		r := newRunner(t, mux, cfg)
		start(t, r)
		if _, err := r.Enqueue(t.Context(), queue.Task{Kind: "flaky", ID: "flaky"}); err != nil {
			t.Fatal(err)
		}
		eventually(t, "three runs", func() bool { mu.Lock(); defer mu.Unlock(); return len(at) == 3 })
		time.Sleep(300 * time.Millisecond)
		mu.Lock()
		defer mu.Unlock()
		if len(at) != 3 {
			t.Fatalf("ran %d times, want 3 (two failures, one success)", len(at))
		}
		if fmt.Sprint(delays[:2]) != "[1 2]" {
			t.Errorf("delays asked for retries %v, want [1 2]", delays)
		}
		// the runner may round its schedule to a second (Redis)
		if gap := at[2].Sub(at[1]); gap < 900*time.Millisecond {
			t.Errorf("second retry came %v after the first, want about 2s (backoff grows; Redis rounds to the second)", gap)
		}
	})

	t.Run("AfterTheLastRetryTheTaskIsGivenUpAndItsIDFreed", func(t *testing.T) {
		var runs atomic.Int32
		gaveUp := make(chan error, 2)
		mux := queue.NewMux(nil)
		mux.Handle("doomed", func(context.Context, queue.Task) error {
			runs.Add(1)
			return errors.New("422 Unprocessable: reason kept")
		}, func(_ context.Context, tk queue.Task, err error) {
			if tk.ID != "doomed:1" {
				t.Errorf("gave up %q", tk.ID)
			}
			gaveUp <- err
		})
		r := newRunner(t, mux, fast())
		start(t, r)
		if _, err := r.Enqueue(t.Context(), queue.Task{Kind: "doomed", ID: "doomed:1"}); err != nil {
			t.Fatal(err)
		}
		select {
		case err := <-gaveUp:
			if err == nil || err.Error() != "422 Unprocessable: reason kept" {
				t.Errorf("gave up with %v", err)
			}
		case <-time.After(20 * time.Second):
			t.Fatal("never gave up")
		}
		if n := runs.Load(); n != 3 {
			t.Errorf("ran %d times, want 3 (the first run and MaxRetry=2 retries)", n)
		}
		eventually(t, "the ID to be free", func() bool {
			ok, err := r.Enqueue(t.Context(), queue.Task{Kind: "doomed", ID: "doomed:1"})
			if err != nil {
				t.Fatal(err)
			}
			return ok
		})
		<-gaveUp
		if len(gaveUp) != 0 {
			t.Error("gave up more than once per enqueue")
		}
	})

	t.Run("AHeldIDStaysTakenAfterTheTaskForItsHold", func(t *testing.T) {
		var runs atomic.Int32
		mux := queue.NewMux(nil)
		mux.Handle("sweep", func(context.Context, queue.Task) error { runs.Add(1); return nil }, nil)
		r := newRunner(t, mux, fast())
		start(t, r)
		task := queue.Task{Kind: "sweep", ID: "sweep:42", Hold: 2 * time.Second}
		if ok, err := r.Enqueue(t.Context(), task); !ok || err != nil {
			t.Fatalf("Enqueue = %v, %v", ok, err)
		}
		eventually(t, "the sweep", func() bool { return runs.Load() == 1 })
		// every process enqueues the period's sweep; it runs once
		for range 3 {
			if ok, err := r.Enqueue(t.Context(), task); ok || err != nil {
				t.Fatalf("Enqueue within the hold = %v, %v; want false, nil", ok, err)
			}
		}
		eventually(t, "the hold to end", func() bool {
			ok, err := r.Enqueue(t.Context(), task)
			if err != nil {
				t.Fatal(err)
			}
			return ok
		})
		eventually(t, "the second sweep", func() bool { return runs.Load() == 2 })
	})

	t.Run("StatsCountWaitingTasks", func(t *testing.T) {
		mux := queue.NewMux(nil)
		mux.Handle("idle", func(context.Context, queue.Task) error { return nil }, nil)
		r := newRunner(t, mux, fast())
		for i := range 5 {
			if _, err := r.Enqueue(t.Context(), queue.Task{Kind: "idle", ID: fmt.Sprint("idle:", i)}); err != nil {
				t.Fatal(err)
			}
		}
		time.Sleep(20 * time.Millisecond)
		st, err := r.Stats(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		if st.Pending != 5 || st.Latency <= 0 {
			t.Errorf("Stats = %+v, want 5 pending with a latency", st)
		}
		start(t, r)
		eventually(t, "an empty queue", func() bool {
			st, err := r.Stats(t.Context())
			return err == nil && st.Pending+st.Active+st.Scheduled == 0
		})
	})

	t.Run("ObserverSeesEveryResult", func(t *testing.T) {
		var mu sync.Mutex
		seen := map[string]int{}
		mux := queue.NewMux(func(kind string, _, _ time.Duration, result string) {
			mu.Lock()
			seen[kind+" "+result]++
			mu.Unlock()
		})
		mux.Handle("ok", func(context.Context, queue.Task) error { return nil }, nil)
		mux.Handle("bad", func(context.Context, queue.Task) error { panic("boom") }, nil)
		r := newRunner(t, mux, fast())
		start(t, r)
		for _, tk := range []queue.Task{{Kind: "ok", ID: "ok"}, {Kind: "bad", ID: "bad"}} {
			if _, err := r.Enqueue(t.Context(), tk); err != nil {
				t.Fatal(err)
			}
		}
		eventually(t, "all results", func() bool {
			mu.Lock()
			defer mu.Unlock()
			return seen["ok done"] == 1 && seen["bad retry"] == 2 && seen["bad failed"] == 1
		})
	})
}
