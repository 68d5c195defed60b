package tasks

import (
	"context"
	"fmt"
	"log/slog"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/planner-dk/planner/planner"
	"github.com/planner-dk/planner/queue"
)

// FreeTimesReport is the nightly free-times report (§8): for every job
// centre, the free places of each active offer over the coming weeks, as
// the offer page shows them live, logged per job centre and kept as the
// gauge planner_free_places{jobcenter,offer}, so an operator sees an offer
// running dry before citizens do.
type FreeTimesReport struct {
	Service *planner.Service
	Weeks   int // default 8
	Logger  *slog.Logger

	places *prometheus.GaugeVec
	at     prometheus.Gauge
}

// NewFreeTimesReport registers the report's gauges on reg.
func NewFreeTimesReport(svc *planner.Service, weeks int, logger *slog.Logger, reg prometheus.Registerer) *FreeTimesReport {
	r := &FreeTimesReport{Service: svc, Weeks: weeks, Logger: logger,
		places: prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "planner_free_places",
			Help: "Free places of an active offer over the report's coming weeks, at the last nightly report."}, []string{"jobcenter", "offer"}),
		at: prometheus.NewGauge(prometheus.GaugeOpts{Name: "planner_free_times_report_timestamp_seconds",
			Help: "When the last free-times report finished."}),
	}
	reg.MustRegister(r.places, r.at)
	return r
}

// Run makes the report.
func (r *FreeTimesReport) Run(ctx context.Context) error {
	weeks := r.Weeks
	if weeks <= 0 {
		weeks = 8
	}
	ids, err := r.Service.Store.FindJobcenterIDs(ctx)
	if err != nil {
		return err
	}
	r.places.Reset()
	for _, jc := range ids {
		lines, err := r.Service.FreeTimesOverview(ctx, jc, weeks)
		if err != nil {
			return err
		}
		total, dry := 0, 0
		for _, l := range lines {
			n := 0
			for _, w := range l.Weeks {
				n += w.Count
			}
			total += n
			if n == 0 {
				dry++
			}
			r.places.WithLabelValues(strconv.FormatInt(int64(jc), 10), strconv.FormatInt(int64(l.Offer), 10)).Set(float64(n))
		}
		r.Logger.InfoContext(ctx, "Free-times report", "jobcenter", jc, "offers", len(lines), "free_places", total,
			"offers_without_free_places", dry, "weeks", weeks)
	}
	r.at.Set(float64(time.Now().Unix()))
	return nil
}

// NextDaily is the first time of day at ("15:04") in loc after now. On a
// DST change day a time the clocks skip is taken as Go normalises it (an
// hour later), and a repeated time at its first occurrence.
func NextDaily(now time.Time, at string, loc *time.Location) (time.Time, error) {
	hm, err := time.Parse("15:04", at)
	if err != nil {
		return time.Time{}, fmt.Errorf("PLANNER_REPORT_AT %q: want HH:MM", at)
	}
	local := now.In(loc)
	next := time.Date(local.Year(), local.Month(), local.Day(), hm.Hour(), hm.Minute(), 0, 0, loc)
	if !next.After(now) {
		next = time.Date(local.Year(), local.Month(), local.Day()+1, hm.Hour(), hm.Minute(), 0, 0, loc)
	}
	return next, nil
}

// FreeTimesReportTask is the report of the day that starts at the given
// date; its ID is held a day, so of all the processes that enqueue it one
// runs it.
func FreeTimesReportTask(day planner.Date) queue.Task {
	return queue.Task{Kind: KindFreeTimesReport, ID: "report:free-times:" + day.String(), Hold: 24 * time.Hour}
}

// RunDaily enqueues the free-times report, the access log's retention and
// the tasks of more (e.g. the marks import) each day at at in loc until
// ctx ends.
func RunDaily(ctx context.Context, q queue.Queue, at string, loc *time.Location, logger *slog.Logger, more ...func(planner.Date) queue.Task) error {
	for {
		next, err := NextDaily(time.Now(), at, loc)
		if err != nil {
			return err
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(time.Until(next)):
		}
		day := planner.DateOf(next, loc)
		daily := []queue.Task{FreeTimesReportTask(day), AccessRetentionTask(day)}
		for _, f := range more {
			daily = append(daily, f(day))
		}
		for _, t := range daily {
			if _, err := q.Enqueue(ctx, t); err != nil && ctx.Err() == nil {
				logger.WarnContext(ctx, "Enqueueing a nightly task failed", "kind", t.Kind, "err", err)
			}
		}
	}
}
