package redisqueue_test

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/planner-dk/planner/queue"
	"github.com/planner-dk/planner/queue/queuetest"
	"github.com/planner-dk/planner/queue/redisqueue"
	"github.com/planner-dk/planner/queue/redisqueue/redistest"
)

func TestRedisQueue(t *testing.T) {
	queuetest.Run(t, func(t *testing.T, mux *queue.Mux, cfg queue.Config) queue.Runner {
		q, err := redisqueue.New(redistest.URL(t), mux, cfg, nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { q.Close() })
		return q
	})
}

// TestOneAtATimeAcrossWorkers: issue 6 §2 — with several workers on one
// Redis, a task ID (an advisor's calendar) runs on one of them at a time,
// however often both sides enqueue it.
func TestOneAtATimeAcrossWorkers(t *testing.T) {
	url := redistest.URL(t)
	var running, most, runs atomic.Int32
	mux := queue.NewMux(nil)
	mux.Handle("calendar:pull", func(context.Context, queue.Task) error {
		n := running.Add(1)
		defer running.Add(-1)
		for {
			m := most.Load()
			if n <= m || most.CompareAndSwap(m, n) {
				break
			}
		}
		runs.Add(1)
		time.Sleep(30 * time.Millisecond)
		return nil
	}, nil)
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	var workers []*redisqueue.Queue
	for range 2 {
		q, err := redisqueue.New(url, mux, queue.Config{Concurrency: 4}, nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { q.Close() })
		workers = append(workers, q)
		wg.Go(func() { q.Run(ctx) })
	}
	deadline := time.Now().Add(3 * time.Second)
	for time.Now().Before(deadline) {
		for _, q := range workers {
			if _, err := q.Enqueue(ctx, queue.Task{Kind: "calendar:pull", ID: "calendar:7"}); err != nil {
				t.Fatal(err)
			}
		}
		time.Sleep(5 * time.Millisecond)
	}
	cancel()
	wg.Wait()
	if most.Load() != 1 || runs.Load() < 10 {
		t.Errorf("at most %d runs of calendar:7 at once over %d runs, want 1 at a time and many runs", most.Load(), runs.Load())
	}
}
