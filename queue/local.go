package queue

import (
	"context"
	"sync"
	"time"
)

// Local runs tasks in this process: the embedded mode, when no Redis is
// configured. Its tasks live in memory only; the sweeper re-enqueues what
// a restart lost.
type Local struct {
	mux *Mux
	cfg Config

	mu        sync.Mutex
	ids       map[string]bool // queued, scheduled or running
	ready     []localTask
	active    int
	scheduled int
	wake      chan struct{}
	timers    map[*time.Timer]bool
}

type localTask struct {
	Task
	retried int
	since   time.Time // enqueued, or due for its retry
}

// NewLocal returns an in-process queue running mux's handlers.
func NewLocal(mux *Mux, cfg Config) *Local {
	return &Local{mux: mux, cfg: cfg.WithDefaults(), ids: map[string]bool{},
		wake: make(chan struct{}, 1), timers: map[*time.Timer]bool{}}
}

// Enqueue implements Queue.
func (q *Local) Enqueue(_ context.Context, t Task) (bool, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.ids[t.ID] {
		return false, nil
	}
	q.ids[t.ID] = true
	q.ready = append(q.ready, localTask{Task: t, since: time.Now()})
	q.signal()
	return true, nil
}

// signal wakes a waiting worker; q.mu is held.
func (q *Local) signal() {
	select {
	case q.wake <- struct{}{}:
	default:
	}
}

// Stats reports the queue's content.
func (q *Local) Stats(context.Context) (Stats, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	st := Stats{Pending: len(q.ready), Active: q.active, Scheduled: q.scheduled}
	if len(q.ready) > 0 {
		st.Latency = time.Since(q.ready[0].since)
	}
	return st, nil
}

// Run works the queue with cfg.Concurrency workers until ctx ends; the
// tasks running then finish (their context is not cancelled) and Run
// returns nil. Tasks still queued are dropped, as a restart drops them.
func (q *Local) Run(ctx context.Context) error {
	var wg sync.WaitGroup
	for range q.cfg.Concurrency {
		wg.Go(func() { q.work(ctx) })
	}
	wg.Wait()
	q.mu.Lock()
	for tm := range q.timers {
		tm.Stop()
	}
	q.mu.Unlock()
	return nil
}

// release frees a finished task's ID, at once or after its Hold; q.mu is
// held.
func (q *Local) release(t Task) {
	if t.Hold <= 0 {
		delete(q.ids, t.ID)
		return
	}
	var tm *time.Timer
	tm = time.AfterFunc(t.Hold, func() {
		q.mu.Lock()
		defer q.mu.Unlock()
		delete(q.timers, tm)
		delete(q.ids, t.ID)
	})
	q.timers[tm] = true
}

// work runs ready tasks until ctx ends.
func (q *Local) work(ctx context.Context) {
	for {
		q.mu.Lock()
		if ctx.Err() != nil {
			q.mu.Unlock()
			return
		}
		if len(q.ready) == 0 {
			q.mu.Unlock()
			select {
			case <-ctx.Done():
				return
			case <-q.wake:
			}
			continue
		}
		t := q.ready[0]
		q.ready = q.ready[1:]
		q.active++
		if len(q.ready) > 0 {
			q.signal() // pass the wake-up on
		}
		q.mu.Unlock()

		err := q.mux.Run(context.WithoutCancel(ctx), t.Task, t.retried, q.cfg.MaxRetry, time.Since(t.since))

		q.mu.Lock()
		q.active--
		if err == nil {
			q.release(t.Task)
			q.mu.Unlock()
			continue
		}
		t.retried++
		q.scheduled++
		var tm *time.Timer
		tm = time.AfterFunc(q.cfg.Delay(t.retried), func() {
			q.mu.Lock()
			defer q.mu.Unlock()
			delete(q.timers, tm)
			q.scheduled--
			t.since = time.Now()
			q.ready = append(q.ready, t)
			q.signal()
		})
		q.timers[tm] = true
		q.mu.Unlock()
	}
}
