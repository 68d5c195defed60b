package tasks

import (
	"context"
	"log/slog"
	"time"

	"github.com/planner-dk/planner/planner"
	"github.com/planner-dk/planner/queue"
)

// KindAccessRetention deletes the access-log entries older than each job
// centre's retention (nightly, with the free-times report).
const KindAccessRetention = "accesslog:retention"

// AccessRetention deletes, for every job centre, the access log's entries
// older than its retention (issue 21; six months by default), keeping the
// chain verifiable from the last entry deleted.
type AccessRetention struct {
	Store  planner.Store
	Logger *slog.Logger
	Now    func() time.Time // time.Now when nil
}

// Run deletes what is due.
func (a *AccessRetention) Run(ctx context.Context) error {
	now := time.Now()
	if a.Now != nil {
		now = a.Now()
	}
	ids, err := a.Store.FindJobcenterIDs(ctx)
	if err != nil {
		return err
	}
	for _, id := range ids {
		jc, err := a.Store.FindJobcenter(ctx, id)
		if err != nil {
			return err
		}
		months := jc.Settings.AccessLogRetention()
		n, err := a.Store.DeleteAccessBefore(ctx, id, now.AddDate(0, -months, 0))
		if err != nil {
			return err
		}
		level := slog.LevelDebug // nothing due is not news
		if n > 0 {
			level = slog.LevelInfo
		}
		a.Logger.Log(ctx, level, "Access log retention", "jobcenter", id, "months", months, "deleted", n)
	}
	return nil
}

// AccessRetentionTask is the retention run of the given day; its ID is
// held a day, so of all the processes that enqueue it one runs it.
func AccessRetentionTask(day planner.Date) queue.Task {
	return queue.Task{Kind: KindAccessRetention, ID: "accesslog:retention:" + day.String(), Hold: 24 * time.Hour}
}

// KindMarksImport imports the national data hub's person-group marks
// (nightly, where a Jobnet/DFDG endpoint is configured).
const KindMarksImport = "dfdg:marks"

// MarksImportTask is the marks import of the given day; its ID is held a
// day, so of all the processes that enqueue it one runs it.
func MarksImportTask(day planner.Date) queue.Task {
	return queue.Task{Kind: KindMarksImport, ID: "dfdg:marks:" + day.String(), Hold: 24 * time.Hour}
}
