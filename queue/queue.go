// Package queue runs Planner's background tasks: a Task names its kind, a
// Mux routes kinds to handlers, and a Queue takes tasks in and runs them,
// in this process (Local) or on Redis (package queue/redisqueue) with the
// same semantics, checked by one suite (queuetest):
//
//   - a task's ID makes an enqueue idempotent: while a task with that ID is
//     queued, waiting for a retry or running, enqueueing it again is a no-op
//     that reports false — so one advisor's calendar is worked on by one
//     worker at a time, however many sweepers see it due;
//   - a handler's error retries the task after an exponential backoff with
//     jitter (Config.Delay), at most Config.MaxRetry times;
//   - after the last retry the kind's give-up function runs (it turns the
//     database row failed, red, with the error) and the task is forgotten,
//     so its ID is free for the next enqueue.
//
// The queue is never the only record of work: every task stands for rows
// of the database outbox that the sweeper re-enqueues while they are due,
// so a lost queue (Redis flushed, a worker killed) loses no work.
package queue

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"time"
)

// Task is one unit of background work.
type Task struct {
	// Kind names the handler, e.g. "calendar:pull".
	Kind string `json:"kind"`
	// ID identifies the task while it is queued or running; an enqueue
	// of a task whose ID is there already is a no-op.
	ID string `json:"id"`
	// Payload is the handler's argument, usually a row id as JSON.
	Payload []byte `json:"payload,omitempty"`
	// Hold keeps the ID taken for this long after the task finished, so
	// a periodic task that every process enqueues runs once a period.
	Hold time.Duration `json:"-"`
}

// Queue takes tasks in.
type Queue interface {
	// Enqueue queues t unless a task with t.ID is queued or running; it
	// reports whether it queued it.
	Enqueue(ctx context.Context, t Task) (bool, error)
}

// Stats is a queue's content at one moment, for metrics.
type Stats struct {
	Pending   int // ready to run
	Active    int // running
	Scheduled int // waiting for a retry
	// Latency is how long the oldest ready task has waited.
	Latency time.Duration
}

// Config is the retry policy every runner applies.
type Config struct {
	// Concurrency is how many tasks run at once (default 8).
	Concurrency int
	// MaxRetry is how often a failing task is retried (default 5).
	MaxRetry int
	// Delay is the wait before retry n (1-based); default Backoff.
	Delay func(n int) time.Duration
}

// WithDefaults returns c with its zero fields set to the defaults; every
// runner applies it.
func (c Config) WithDefaults() Config {
	if c.Concurrency <= 0 {
		c.Concurrency = 8
	}
	if c.MaxRetry < 0 {
		c.MaxRetry = 0
	} else if c.MaxRetry == 0 {
		c.MaxRetry = 5
	}
	if c.Delay == nil {
		c.Delay = Backoff
	}
	return c
}

// Backoff is the default retry delay: 2 s doubled per retry, at most
// 5 minutes, with ±20 % jitter so tasks that failed together do not retry
// together.
func Backoff(n int) time.Duration {
	d := min(2*time.Second<<min(max(n-1, 0), 10), 5*time.Minute)
	return time.Duration(float64(d) * (0.8 + 0.4*rand.Float64()))
}

// HandlerFunc does the work of a task.
type HandlerFunc func(ctx context.Context, t Task) error

// GiveUpFunc is told that a task failed its last retry, with the error.
type GiveUpFunc func(ctx context.Context, t Task, err error)

// Observer is told of each run of a task, for metrics: its kind, how long
// it waited since it was enqueued or became due (zero when unknown), how
// long it ran and what became of it ("done", "retry", "failed").
type Observer func(kind string, waited, ran time.Duration, result string)

// ErrUnknownKind is returned for a task whose kind has no handler.
var ErrUnknownKind = errors.New("queue: no handler for the task's kind")

type route struct {
	handle HandlerFunc
	giveUp GiveUpFunc
}

// Mux routes tasks to handlers by kind. Register before running.
type Mux struct {
	routes  map[string]route
	observe Observer
}

// NewMux returns an empty Mux; observe may be nil.
func NewMux(observe Observer) *Mux {
	return &Mux{routes: map[string]route{}, observe: observe}
}

// Handle registers h for kind, and giveUp (may be nil) for a task of kind
// that failed its last retry.
func (m *Mux) Handle(kind string, h HandlerFunc, giveUp GiveUpFunc) {
	m.routes[kind] = route{handle: h, giveUp: giveUp}
}

// Kinds lists the registered kinds.
func (m *Mux) Kinds() []string {
	out := make([]string, 0, len(m.routes))
	for k := range m.routes {
		out = append(out, k)
	}
	return out
}

// Run runs t as retry number retried (0 for the first run) of at most
// maxRetry. It returns nil when the task is finished — done, or given up
// after its last retry — and the handler's error when it is to be retried.
// A panic in the handler counts as an error.
func (m *Mux) Run(ctx context.Context, t Task, retried, maxRetry int, waited time.Duration) (err error) {
	r, ok := m.routes[t.Kind]
	if !ok {
		err = fmt.Errorf("%w: %q", ErrUnknownKind, t.Kind)
	}
	start := time.Now()
	if ok {
		err = safely(ctx, r.handle, t)
	}
	result := "done"
	if err != nil {
		result = "retry"
		if retried >= maxRetry {
			result = "failed"
			if r.giveUp != nil {
				r.giveUp(ctx, t, err)
			}
		}
	}
	if m.observe != nil {
		m.observe(t.Kind, waited, time.Since(start), result)
	}
	if result == "failed" {
		return nil
	}
	return err
}

// safely calls h, turning a panic into an error.
func safely(ctx context.Context, h HandlerFunc, t Task) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("queue: task %s %s panicked: %v", t.Kind, t.ID, p)
		}
	}()
	return h(ctx, t)
}

// Runner is a Queue that also runs its tasks: Local, or the Redis queue.
type Runner interface {
	Queue
	// Run works the queue until ctx ends, then lets the running tasks
	// finish and returns.
	Run(ctx context.Context) error
	// Stats reports the queue's content.
	Stats(ctx context.Context) (Stats, error)
}
