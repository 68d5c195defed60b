package sync

import (
	"context"
	"errors"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/planner-dk/planner/planner"
)

// Metrics are the engine's Prometheus metrics (prefix planner_sync_). Labels
// are bounded: the connector kind and a result class, never an advisor, an
// address or a calendar URL.
type Metrics struct {
	pulls        *prometheus.CounterVec
	pushes       *prometheus.CounterVec
	pullDuration *prometheus.HistogramVec
	lag          prometheus.Histogram
	conflicts    prometheus.Counter
	restores     prometheus.Counter
	restoreFails prometheus.Counter
}

// NewMetrics registers the engine's metrics with reg.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		pulls: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "planner_sync_pulls_total",
			Help: "Calendar pulls by connector and result (ok, auth, transient, mass_deletion, error)."}, []string{"connector", "result"}),
		pushes: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "planner_sync_pushes_total",
			Help: "Meetings pushed to calendars by connector and result (done, retry, failed)."}, []string{"connector", "result"}),
		pullDuration: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "planner_sync_pull_duration_seconds",
			Help: "Duration of a calendar pull.", Buckets: prometheus.ExponentialBuckets(0.01, 2, 14)}, []string{"connector"}),
		lag: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "planner_sync_lag_seconds",
			Help:    "Age of a calendar's busy data when a pull starts: the time since its last successful pull.",
			Buckets: prometheus.ExponentialBuckets(15, 2, 12)}),
		conflicts: prometheus.NewCounter(prometheus.CounterOpts{Name: "planner_sync_conflicts_total",
			Help: "External appointments found over a Planner meeting (mail 4)."}),
		restores: prometheus.NewCounter(prometheus.CounterOpts{Name: "planner_sync_restores_total",
			Help: "Planner events edited or deleted in a mail calendar and put back."}),
	}
	m.restoreFails = prometheus.NewCounter(prometheus.CounterOpts{Name: "planner_sync_restore_failures_total",
		Help: "Planner events edited or deleted in a mail calendar that could not be put back (refused, unreachable, or edited again and again)."})
	reg.MustRegister(m.pulls, m.pushes, m.pullDuration, m.lag, m.conflicts, m.restores, m.restoreFails)
	return m
}

// resultOfErr classes a pull's error for the result label.
func resultOfErr(err error) string {
	switch {
	case err == nil:
		return "ok"
	case errors.Is(err, ErrAuth):
		return "auth"
	case errors.Is(err, ErrMassDeletion):
		return "mass_deletion"
	case errors.Is(err, ErrTransient), errors.Is(err, context.DeadlineExceeded):
		return "transient"
	}
	return "error"
}

// pulled records one pull; a nil Metrics records nothing.
// start is the wall clock for the duration; at and lastSuccess are the
// engine's clock for the lag (none for a calendar never read).
func (m *Metrics) pulled(connector string, start, at, lastSuccess time.Time, st PullStats, err error) {
	if m == nil {
		return
	}
	m.pulls.WithLabelValues(connector, resultOfErr(err)).Inc()
	m.pullDuration.WithLabelValues(connector).Observe(time.Since(start).Seconds())
	if !lastSuccess.IsZero() {
		m.lag.Observe(at.Sub(lastSuccess).Seconds())
	}
	m.conflicts.Add(float64(st.Conflicts))
	m.restores.Add(float64(st.Restored))
}

// restoreFailed counts a restore that did not happen.
func (m *Metrics) restoreFailed() {
	if m != nil {
		m.restoreFails.Inc()
	}
}

// pushed records a push's settled items.
func (m *Metrics) pushed(connector string, st PushStats) {
	if m == nil {
		return
	}
	m.pushes.WithLabelValues(connector, "done").Add(float64(st.Done))
	m.pushes.WithLabelValues(connector, "retry").Add(float64(st.Retried))
	m.pushes.WithLabelValues(connector, "failed").Add(float64(st.Failed))
}

// HealthStore is what the health collector reads.
type HealthStore interface {
	FindSyncHealth(ctx context.Context) (planner.SyncHealth, error)
}

// healthCollector reads the sync's state from the store at each scrape:
// the outbox by target and state (grey/blue/red), the calendars by health
// and the largest lag.
type healthCollector struct {
	store  HealthStore
	now    func() time.Time
	items  *prometheus.Desc
	cals   *prometheus.Desc
	maxLag *prometheus.Desc
}

// NewHealthCollector returns a collector of the sync's state in store; now
// nil means time.Now.
func NewHealthCollector(store HealthStore, now func() time.Time) prometheus.Collector {
	if now == nil {
		now = time.Now
	}
	return &healthCollector{store: store, now: now,
		items: prometheus.NewDesc("planner_sync_items", "Sync items by target and state (pending grey, done blue, failed red).",
			[]string{"target", "state"}, nil),
		cals: prometheus.NewDesc("planner_sync_calendars", "Connected advisor calendars by health (healthy, unhealthy, never: not tried yet).",
			[]string{"health"}, nil),
		maxLag: prometheus.NewDesc("planner_sync_lag_max_seconds", "The age of the oldest busy data among calendars read at least once.",
			nil, nil),
	}
}

// Describe implements prometheus.Collector.
func (c *healthCollector) Describe(ch chan<- *prometheus.Desc) {
	ch <- c.items
	ch <- c.cals
	ch <- c.maxLag
}

// Collect implements prometheus.Collector; a store that does not answer
// within 5 s yields no sample rather than a stalled scrape.
func (c *healthCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	h, err := c.store.FindSyncHealth(ctx)
	if err != nil {
		ch <- prometheus.NewInvalidMetric(c.items, err)
		return
	}
	for _, kind := range []planner.TargetKind{planner.TargetCalendar, planner.TargetJobnet} {
		for _, state := range []planner.SyncState{planner.SyncPending, planner.SyncDone, planner.SyncFailed} {
			ch <- prometheus.MustNewConstMetric(c.items, prometheus.GaugeValue, float64(h.Items[kind][state]), string(kind), string(state))
		}
	}
	healthy := h.Calendars - h.Unhealthy - h.Never
	ch <- prometheus.MustNewConstMetric(c.cals, prometheus.GaugeValue, float64(healthy), "healthy")
	ch <- prometheus.MustNewConstMetric(c.cals, prometheus.GaugeValue, float64(h.Unhealthy), "unhealthy")
	ch <- prometheus.MustNewConstMetric(c.cals, prometheus.GaugeValue, float64(h.Never), "never")
	lag := 0.0
	if !h.OldestSuccess.IsZero() {
		lag = c.now().Sub(h.OldestSuccess).Seconds()
	}
	ch <- prometheus.MustNewConstMetric(c.maxLag, prometheus.GaugeValue, lag)
}
