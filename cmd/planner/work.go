package main

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/planner-dk/planner/connectors/jobnet"
	"github.com/planner-dk/planner/connectors/mail"
	"github.com/planner-dk/planner/planner"
	"github.com/planner-dk/planner/queue"
	"github.com/planner-dk/planner/queue/redisqueue"
	"github.com/planner-dk/planner/queue/tasks"
	calsync "github.com/planner-dk/planner/sync"
)

// work is the background work of a process: the task queue and, in a
// process that runs tasks, the handlers, the sweeps and the nightly report.
type work struct {
	queue  queue.Runner
	logger *slog.Logger
	wg     sync.WaitGroup
	close  func()
}

// newWork makes the queue c asks for (Redis, or in-process), registering
// its metrics on reg; with runs it also builds every handler the
// configuration allows. A serve that only enqueues (Redis) needs none.
func newWork(c Config, db planner.Store, logger *slog.Logger, reg *prometheus.Registry, runs bool) (*work, error) {
	w := &work{logger: logger, close: func() {}}
	mux := queue.NewMux(queue.NewMetrics(reg).Observe)
	cfg := queue.Config{Concurrency: c.Workers}
	if c.RedisURL != "" {
		rq, err := redisqueue.New(c.RedisURL, mux, cfg, logger)
		if err != nil {
			return nil, err
		}
		w.queue, w.close = rq, func() { rq.Close() }
	} else {
		w.queue = queue.NewLocal(mux, cfg)
	}
	reg.MustRegister(queue.NewStatsCollector(w.queue), calsync.NewHealthCollector(db, nil))
	if !runs {
		return w, nil
	}
	h, err := newHandlers(c, db, logger, reg, w.queue)
	if err != nil {
		w.close()
		return nil, err
	}
	h.Register(mux)
	return w, nil
}

// newHandlers builds the task handlers: the calendar engine always, the
// Jobnet pusher and the mail outbox when configured, the sweeper enqueueing
// onto q, and the nightly report.
func newHandlers(c Config, db planner.Store, logger *slog.Logger, reg *prometheus.Registry, q queue.Queue) (*tasks.Handlers, error) {
	pullEvery, err := c.syncEvery()
	if err != nil {
		return nil, err
	}
	if pullEvery == 0 {
		pullEvery = 2 * time.Minute
	}
	h := &tasks.Handlers{Store: db, Logger: logger,
		Engine: &calsync.Engine{Store: db, Connect: newConnectors(db, reg).connect, Logger: logger, Metrics: calsync.NewMetrics(reg)}}
	if c.JobnetURL != "" {
		client, err := jobnet.New(c.JobnetURL, c.JobnetToken, nil)
		if err != nil {
			return nil, err
		}
		h.Jobnet = &jobnet.Pusher{Store: db, Client: client, Logger: logger}
		h.Marks = &jobnet.MarkImporter{Store: db, Client: client, Logger: logger}
	}
	if c.SMTPHost != "" {
		port, _ := strconv.Atoi(c.SMTPPort)
		sender, err := mail.New(mail.Config{Host: c.SMTPHost, Port: port, Username: c.SMTPUser, Password: c.SMTPPassword,
			From: c.SMTPFrom, TLS: mail.TLS(c.SMTPTLS)})
		if err != nil {
			return nil, err
		}
		h.Mail = &mail.Outbox{Store: db, Sender: sender, Lang: planner.Lang(c.MailLang), UIURL: c.uiURL(),
			Logger: logger, Metrics: mail.NewMetrics(reg)}
	}
	h.Report = tasks.NewFreeTimesReport(planner.NewService(db, logger), 8, logger, reg)
	h.Retention = &tasks.AccessRetention{Store: db, Logger: logger}
	h.Sweeper = &tasks.Sweeper{Store: db, Queue: q, PullEvery: pullEvery, Jobnet: h.Jobnet != nil, Mail: h.Mail != nil, Logger: logger}
	return h, nil
}

// run runs the tasks, the sweeps and the nightly report until ctx ends;
// wait waits for them to stop.
func (w *work) run(ctx context.Context, c Config) error {
	loc, err := time.LoadLocation("Europe/Copenhagen")
	if err != nil {
		return err
	}
	w.wg.Go(func() {
		if err := w.queue.Run(ctx); err != nil {
			w.logger.Error("Task queue stopped", "err", err)
		}
	})
	w.wg.Go(func() { tasks.RunSweeps(ctx, w.queue, c.sweepEvery(), w.logger) })
	var more []func(planner.Date) queue.Task
	if c.JobnetURL != "" {
		more = append(more, tasks.MarksImportTask) // the hub's person-group marks, nightly
	}
	w.wg.Go(func() {
		if err := tasks.RunDaily(ctx, w.queue, c.ReportAt, loc, w.logger, more...); err != nil {
			w.logger.Error("Nightly report schedule stopped", "err", err)
		}
	})
	return nil
}

// wait waits for run's goroutines, then closes the queue's connections.
func (w *work) wait() {
	w.wg.Wait()
	w.close()
}

// nudge enqueues an outbox sweep after an API write, so a new booking
// reaches calendars and Jobnet within seconds rather than at the next
// periodic sweep. Best effort: the periodic sweep catches what it misses.
func (w *work) nudge(ctx context.Context) {
	ctx, cancel := context.WithTimeout(ctx, 500*time.Millisecond)
	defer cancel()
	if _, err := w.queue.Enqueue(ctx, tasks.SweepOutbox()); err != nil {
		w.logger.Warn("Enqueueing the outbox sweep failed", "err", err)
	}
}

// runWorker is `planner worker`: it runs the tasks from Redis, with the
// sweeps and the nightly report, and serves /metrics and /healthz on
// PLANNER_METRICS_ADDR until SIGTERM; the tasks under way then finish.
func (m *Main) runWorker(ctx context.Context, args []string, getenv func(string) string) error {
	c := ConfigFromEnv(getenv)
	fs := m.flags("worker", &c)
	fs.StringVar(&c.MetricsAddr, "metrics-addr", c.MetricsAddr, "where /metrics and /healthz are served; env PLANNER_METRICS_ADDR")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if c.RedisURL == "" {
		return fmt.Errorf("PLANNER_REDIS_URL: must be set for a worker (without Redis, serve runs the tasks itself)")
	}
	db, logger, err := m.open(ctx, c)
	if err != nil {
		return err
	}
	defer db.close()
	reg := registry()
	w, err := newWork(c, db, logger, reg, true)
	if err != nil {
		return err
	}
	if p, ok := w.queue.(interface{ Ping(context.Context) error }); ok {
		if err := p.Ping(ctx); err != nil {
			w.close()
			return fmt.Errorf("PLANNER_REDIS_URL: Redis does not answer: %w", err)
		}
	}
	if err := w.run(ctx, c); err != nil {
		return err
	}
	srv := metricsServer(c.MetricsAddr, reg)
	errc := make(chan error, 1)
	go func() { errc <- srv.ListenAndServe() }()
	fmt.Fprintf(m.Stdout, "planner: worker running %d tasks at once from Redis; metrics on http://%s/metrics\n", c.Workers, c.MetricsAddr)
	logger.Info("Worker started", "workers", c.Workers, "metrics", c.MetricsAddr)
	select {
	case <-ctx.Done():
	case err := <-errc:
		logger.Error("Metrics server stopped", "err", err)
	}
	logger.Info("Worker stopping; the tasks under way finish")
	shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	srv.Shutdown(shutdown)
	w.wait()
	return nil
}

// metricsServer serves reg at /metrics and a liveness answer at /healthz.
func metricsServer(addr string, reg *prometheus.Registry) *http.Server {
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) { fmt.Fprintln(w, "ok") })
	return &http.Server{Addr: addr, Handler: mux, ReadHeaderTimeout: 10 * time.Second}
}
