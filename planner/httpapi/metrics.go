package httpapi

import (
	"errors"
	"net/http"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/planner-dk/planner/planner"
)

// metrics are the API's Prometheus metrics; labels are bounded (route
// patterns, status codes, result kinds), never a CPR or an address.
type metrics struct {
	requests  *prometheus.HistogramVec
	bookings  *prometheus.CounterVec
	freeTimes prometheus.Histogram
	handler   http.Handler
}

func newMetrics(reg *prometheus.Registry) *metrics {
	m := &metrics{
		requests: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Namespace: "planner", Name: "http_request_duration_seconds",
			Help:    "HTTP request duration by route and status.",
			Buckets: prometheus.DefBuckets,
		}, []string{"route", "status"}),
		bookings: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "planner", Name: "bookings_total",
			Help: "Bookings through the API by result: ok, conflict, forbidden, not_found, invalid, error.",
		}, []string{"result"}),
		freeTimes: prometheus.NewHistogram(prometheus.HistogramOpts{
			Namespace: "planner", Name: "free_time_search_duration_seconds",
			Help:    "Duration of a free-time search through the API.",
			Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1},
		}),
		handler: promhttp.HandlerFor(reg, promhttp.HandlerOpts{}),
	}
	reg.MustRegister(m.requests, m.bookings, m.freeTimes)
	return m
}

// instrument wraps a route's handler with the request histogram.
func (m *metrics) instrument(route string, h http.HandlerFunc) http.HandlerFunc {
	if m == nil {
		return h
	}
	return func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		h(rec, r)
		m.requests.WithLabelValues(route, strconv.Itoa(rec.status)).Observe(time.Since(start).Seconds())
	}
}

// booked counts a booking's result by its error kind.
func (m *metrics) booked(err error) {
	if m == nil {
		return
	}
	result := "error"
	switch {
	case err == nil:
		result = "ok"
	case errors.Is(err, planner.ErrConflict):
		result = "conflict"
	case errors.Is(err, planner.ErrForbidden):
		result = "forbidden"
	case errors.Is(err, planner.ErrNotFound):
		result = "not_found"
	case errors.Is(err, planner.ErrInvalid):
		result = "invalid"
	}
	m.bookings.WithLabelValues(result).Inc()
}

// searched observes a free-time search's duration.
func (m *metrics) searched(start time.Time) {
	if m != nil {
		m.freeTimes.Observe(time.Since(start).Seconds())
	}
}

type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (r *statusRecorder) WriteHeader(code int) {
	r.status = code
	r.ResponseWriter.WriteHeader(code)
}
