package graph

import (
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Metrics are the Graph connector's Prometheus metrics (prefix
// planner_graph_): requests by status, throttling and its waits, token
// requests and refreshes. Labels are bounded: never a mailbox or a tenant.
// A nil *Metrics counts nothing.
type Metrics struct {
	requests  *prometheus.CounterVec
	throttles *prometheus.CounterVec
	waits     prometheus.Counter
	budget    prometheus.Counter
	tokens    *prometheus.CounterVec
	refreshes prometheus.Counter
}

// NewMetrics registers the connector's metrics with reg.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "planner_graph_requests_total",
			Help: "Requests to Microsoft Graph by HTTP status (error: no answer)."}, []string{"status"}),
		throttles: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "planner_graph_throttled_total",
			Help: "Graph answers that asked Planner to slow down (429, 503, 504), by status."}, []string{"status"}),
		waits: prometheus.NewCounter(prometheus.CounterOpts{Name: "planner_graph_throttle_wait_seconds_total",
			Help: "Seconds requests waited for a Retry-After or a backoff."}),
		budget: prometheus.NewCounter(prometheus.CounterOpts{Name: "planner_graph_budget_wait_seconds_total",
			Help: "Seconds requests waited for their job centre's request budget."}),
		tokens: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "planner_graph_token_requests_total",
			Help: "Access-token requests to Microsoft Entra ID by result (ok, refused, error)."}, []string{"result"}),
		refreshes: prometheus.NewCounter(prometheus.CounterOpts{Name: "planner_graph_token_refreshes_total",
			Help: "Tokens dropped and fetched again because Graph called them invalid (401 InvalidAuthenticationToken)."}),
	}
	reg.MustRegister(m.requests, m.throttles, m.waits, m.budget, m.tokens, m.refreshes)
	return m
}

func (m *Metrics) request(status string) {
	if m != nil {
		m.requests.WithLabelValues(status).Inc()
	}
}

func (m *Metrics) throttled(status int) {
	if m != nil {
		m.throttles.WithLabelValues(strconv.Itoa(status)).Inc()
	}
}

func (m *Metrics) throttleWait(d time.Duration) {
	if m != nil {
		m.waits.Add(d.Seconds())
	}
}

func (m *Metrics) budgetWait(d time.Duration) {
	if m != nil && d > time.Millisecond {
		m.budget.Add(d.Seconds())
	}
}

func (m *Metrics) token(result string) {
	if m != nil {
		m.tokens.WithLabelValues(result).Inc()
	}
}

func (m *Metrics) refresh() {
	if m != nil {
		m.refreshes.Inc()
	}
}
