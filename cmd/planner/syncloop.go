package main

import (
	"context"
	"log/slog"
	"time"

	"github.com/planner-dk/planner/planner"
	calsync "github.com/planner-dk/planner/sync"
)

// syncLoop pushes to and pulls every connected calendar each interval until
// ctx ends, finishing the round under way: the embedded mode's worker. (The
// queue of issue 6 replaces it with per-advisor tasks and a sweeper.)
func syncLoop(ctx context.Context, e *calsync.Engine, store planner.Store, interval time.Duration, logger *slog.Logger) {
	tick := time.NewTicker(interval)
	defer tick.Stop()
	for {
		// a round runs to its end on its own context, so SIGTERM drains it
		round, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Minute)
		sum, err := syncAll(round, e, store, 8)
		cancel()
		switch {
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
