package sync

import (
	"context"
	"errors"
	"time"

	"github.com/prometheus/client_golang/prometheus"
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
	reg.MustRegister(m.pulls, m.pushes, m.pullDuration, m.lag, m.conflicts, m.restores)
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
// engine's clock for the lag (at is zero for a calendar never read).
func (m *Metrics) pulled(connector string, start, at, lastSuccess time.Time, st PullStats, err error) {
	if m == nil {
		return
	}
	m.pulls.WithLabelValues(connector, resultOfErr(err)).Inc()
	m.pullDuration.WithLabelValues(connector).Observe(time.Since(start).Seconds())
	if !at.IsZero() {
		m.lag.Observe(at.Sub(lastSuccess).Seconds())
	}
	m.conflicts.Add(float64(st.Conflicts))
	m.restores.Add(float64(st.Restored))
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
