package main

import (
	"context"
	"log/slog"
	"time"

	"github.com/planner-dk/planner/connectors/jobnet"
	"github.com/planner-dk/planner/planner"
	calsync "github.com/planner-dk/planner/sync"
)

// syncLoop pushes the due Jobnet items (when jn is set) and pushes to and
// pulls every connected calendar each interval until ctx ends, finishing the
// calendars under way: the embedded mode's worker. (The
// queue of issue 6 replaces it with per-advisor tasks and a sweeper.)
func syncLoop(ctx context.Context, e *calsync.Engine, jn *jobnet.Pusher, store planner.Store, interval time.Duration, logger *slog.Logger) {
	tick := time.NewTicker(interval)
	defer tick.Stop()
	for {
		if jn != nil {
			one, cancel := context.WithTimeout(context.WithoutCancel(ctx), 2*time.Minute)
			st, err := jn.PushDue(one, 500)
			cancel()
			if err != nil {
				logger.Error("Jobnet push round failed", "err", err)
			} else if st.Done+st.Retried+st.Failed > 0 {
				logger.Info("Jobnet push round", "done", st.Done, "retried", st.Retried, "failed", st.Failed)
			}
		}
		// on SIGTERM the calendars under way finish; the rest wait for the next start
		sum, err := syncAll(ctx, e, store, 8)
		switch {
		case ctx.Err() != nil:
			return
		case err != nil:
			logger.Error("Calendar sync round failed", "err", err)
		case sum.Calendars > 0:
			logger.Info("Calendar sync round", "calendars", sum.Calendars, "failed", sum.Failed, "read", sum.Fetched,
				"stored", sum.Stored, "removed", sum.Removed, "pushed", sum.Pushed, "restored", sum.Restored, "conflicts", sum.Conflicts)
		}
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}
