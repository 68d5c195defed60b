package queue

import (
	"context"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Metrics counts task runs; its Observe is a Mux's Observer.
type Metrics struct {
	runs    *prometheus.CounterVec
	waited  *prometheus.HistogramVec
	runtime *prometheus.HistogramVec
}

// NewMetrics registers the task metrics on reg:
// planner_queue_tasks_total{kind,result}, planner_queue_wait_seconds{kind}
// (enqueue to start) and planner_queue_run_seconds{kind}.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		runs: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "planner_queue_tasks_total",
			Help: "Task runs by kind and result (done, retry, failed)."}, []string{"kind", "result"}),
		waited: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "planner_queue_wait_seconds",
			Help:    "How long a task waited from enqueue (or its retry time) to its start.",
			Buckets: []float64{.01, .05, .1, .5, 1, 5, 15, 30, 60, 120, 300, 900}}, []string{"kind"}),
		runtime: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "planner_queue_run_seconds",
			Help:    "How long a task's handler ran.",
			Buckets: []float64{.005, .01, .05, .1, .25, .5, 1, 2.5, 5, 10, 30, 60}}, []string{"kind"}),
	}
	reg.MustRegister(m.runs, m.waited, m.runtime)
	return m
}

// Observe implements Observer.
func (m *Metrics) Observe(kind string, waited, ran time.Duration, result string) {
	m.runs.WithLabelValues(kind, result).Inc()
	if waited > 0 {
		m.waited.WithLabelValues(kind).Observe(waited.Seconds())
	}
	m.runtime.WithLabelValues(kind).Observe(ran.Seconds())
}

// statsCollector reads a runner's Stats at scrape time.
type statsCollector struct {
	r       Runner
	depth   *prometheus.Desc
	latency *prometheus.Desc
}

// NewStatsCollector returns a collector of planner_queue_depth{state}
// (pending, active, scheduled) and planner_queue_latency_seconds (the age
// of the oldest ready task), read from r at each scrape.
func NewStatsCollector(r Runner) prometheus.Collector {
	return &statsCollector{r: r,
		depth:   prometheus.NewDesc("planner_queue_depth", "Tasks in the queue by state.", []string{"state"}, nil),
		latency: prometheus.NewDesc("planner_queue_latency_seconds", "Age of the oldest task ready to run.", nil, nil),
	}
}

// Describe implements prometheus.Collector.
func (c *statsCollector) Describe(ch chan<- *prometheus.Desc) { ch <- c.depth; ch <- c.latency }

// Collect implements prometheus.Collector.
func (c *statsCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	st, err := c.r.Stats(ctx)
	if err != nil {
		ch <- prometheus.NewInvalidMetric(c.depth, err)
		return
	}
	ch <- prometheus.MustNewConstMetric(c.depth, prometheus.GaugeValue, float64(st.Pending), "pending")
	ch <- prometheus.MustNewConstMetric(c.depth, prometheus.GaugeValue, float64(st.Active), "active")
	ch <- prometheus.MustNewConstMetric(c.depth, prometheus.GaugeValue, float64(st.Scheduled), "scheduled")
	ch <- prometheus.MustNewConstMetric(c.latency, prometheus.GaugeValue, st.Latency.Seconds())
}
