// Package redisqueue is the queue.Runner on Redis, through hibiken/asynq:
// what `planner worker` and a serve with PLANNER_REDIS_URL use, so tasks
// survive a process and spread over machines. An asynq task ID is unique
// while the task is pending, scheduled for a retry or active, which is the
// queue package's dedupe rule; a task given up after its last retry is
// completed rather than archived, so its ID is free again.
package redisqueue

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"time"

	"github.com/hibiken/asynq"

	"github.com/planner-dk/planner/queue"
)

// queueName is the asynq queue Planner's tasks go to.
const queueName = "planner"

// Queue is a queue.Runner on Redis.
type Queue struct {
	opt    asynq.RedisConnOpt
	client *asynq.Client
	insp   *asynq.Inspector
	mux    *queue.Mux
	cfg    queue.Config
	logger *slog.Logger
}

// New connects to the Redis at url (redis://host:port/db) to run mux's
// handlers with cfg; logger takes asynq's own log lines.
func New(url string, mux *queue.Mux, cfg queue.Config, logger *slog.Logger) (*Queue, error) {
	opt, err := asynq.ParseRedisURI(url)
	if err != nil {
		return nil, fmt.Errorf("redisqueue: PLANNER_REDIS_URL: %w", err)
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	return &Queue{opt: opt, client: asynq.NewClient(opt), insp: asynq.NewInspector(opt),
		mux: mux, cfg: cfg.WithDefaults(), logger: logger}, nil
}

// Close closes the connections of the enqueueing side.
func (q *Queue) Close() error {
	return errors.Join(q.client.Close(), q.insp.Close())
}

// Ping checks that Redis answers.
func (q *Queue) Ping(ctx context.Context) error {
	_, err := q.insp.Queues()
	return err
}

// enqueuedHeader carries the enqueue time, for the queue latency metric.
const enqueuedHeader = "planner-enqueued"

// Enqueue implements queue.Queue.
func (q *Queue) Enqueue(ctx context.Context, t queue.Task) (bool, error) {
	at := map[string]string{enqueuedHeader: strconv.FormatInt(time.Now().UnixMilli(), 10)}
	opts := []asynq.Option{asynq.TaskID(t.ID), asynq.Queue(queueName), asynq.MaxRetry(q.cfg.MaxRetry)}
	if t.Hold > 0 {
		opts = append(opts, asynq.Retention(t.Hold))
	}
	_, err := q.client.EnqueueContext(ctx, asynq.NewTaskWithHeaders(t.Kind, t.Payload, at), opts...)
	switch {
	case errors.Is(err, asynq.ErrTaskIDConflict):
		return false, nil
	case err != nil:
		return false, fmt.Errorf("redisqueue: enqueue %s: %w", t.ID, err)
	}
	return true, nil
}

// Stats implements queue.Runner.
func (q *Queue) Stats(context.Context) (queue.Stats, error) {
	info, err := q.insp.GetQueueInfo(queueName)
	if errors.Is(err, asynq.ErrQueueNotFound) {
		return queue.Stats{}, nil // nothing ever enqueued
	}
	if err != nil {
		return queue.Stats{}, fmt.Errorf("redisqueue: stats: %w", err)
	}
	return queue.Stats{Pending: info.Pending, Active: info.Active, Scheduled: info.Scheduled + info.Retry,
		Latency: info.Latency}, nil
}

// Run works the queue until ctx ends, then waits up to a minute for the
// running tasks; a task still running then is handed back to Redis and
// run again by another worker (its handlers are idempotent).
func (q *Queue) Run(ctx context.Context) error {
	srv := asynq.NewServer(q.opt, asynq.Config{
		Concurrency:              q.cfg.Concurrency,
		Queues:                   map[string]int{queueName: 1},
		RetryDelayFunc:           func(n int, _ error, _ *asynq.Task) time.Duration { return q.cfg.Delay(n + 1) },
		TaskCheckInterval:        200 * time.Millisecond,
		DelayedTaskCheckInterval: 500 * time.Millisecond,
		ShutdownTimeout:          time.Minute,
		Logger:                   logAdapter{q.logger},
		LogLevel:                 asynq.WarnLevel,
		BaseContext:              func() context.Context { return context.WithoutCancel(ctx) },
	})
	if err := srv.Start(asynq.HandlerFunc(q.handle)); err != nil {
		return fmt.Errorf("redisqueue: %w", err)
	}
	<-ctx.Done()
	srv.Shutdown()
	return nil
}

// handle runs one asynq task through the mux.
func (q *Queue) handle(ctx context.Context, t *asynq.Task) error {
	id, _ := asynq.GetTaskID(ctx)
	retried, _ := asynq.GetRetryCount(ctx)
	maxRetry, _ := asynq.GetMaxRetry(ctx)
	var waited time.Duration
	if ms, err := strconv.ParseInt(t.Headers()[enqueuedHeader], 10, 64); err == nil {
		waited = time.Since(time.UnixMilli(ms))
	}
	return q.mux.Run(ctx, queue.Task{Kind: t.Type(), ID: id, Payload: t.Payload()}, retried, maxRetry, waited)
}

// logAdapter gives asynq's log lines to slog.
type logAdapter struct{ l *slog.Logger }

func (a logAdapter) Debug(args ...any) { a.l.Debug(fmt.Sprint(args...), "component", "asynq") }
func (a logAdapter) Info(args ...any)  { a.l.Info(fmt.Sprint(args...), "component", "asynq") }
func (a logAdapter) Warn(args ...any)  { a.l.Warn(fmt.Sprint(args...), "component", "asynq") }
func (a logAdapter) Error(args ...any) { a.l.Error(fmt.Sprint(args...), "component", "asynq") }
func (a logAdapter) Fatal(args ...any) {
	a.l.Error(fmt.Sprint(args...), "component", "asynq", "fatal", true)
}
