package postgres

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/planner-dk/planner/planner"
)

// audit writes one revision-log entry inside the change's transaction.
// before and after are snapshots (nil when created or removed).
func audit(ctx context.Context, tx execer, now time.Time, jc planner.JobcenterID, entity planner.AuditEntity, id int64,
	meeting planner.MeetingID, actor, action string, before, after any) error {
	_, err := tx.Exec(ctx, `
		INSERT INTO audit_log (jobcenter_id, entity, entity_id, meeting_id, actor, at, action, before, after)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
		jc, entity, id, meeting, actor, now, action, snapshot(before), snapshot(after))
	return err
}

// execer runs a statement now (pgx.Tx) or queues it (*batch).
type execer interface {
	Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error)
}

// batch queues independent writes of a transaction and sends them in one
// round trip: a booking's sync items and revision-log entries.
type batch struct{ b pgx.Batch }

// Exec implements execer by queueing.
func (q *batch) Exec(_ context.Context, sql string, args ...any) (pgconn.CommandTag, error) {
	q.b.Queue(sql, args...)
	return pgconn.CommandTag{}, nil
}

// send runs the queued statements in tx, failing on the first error.
func (q *batch) send(ctx context.Context, tx pgx.Tx) error {
	if q.b.Len() == 0 {
		return nil
	}
	br := tx.SendBatch(ctx, &q.b)
	for i := 0; i < q.b.Len(); i++ {
		if _, err := br.Exec(); err != nil {
			br.Close()
			return err
		}
	}
	return br.Close()
}

// snapshot is a JSON snapshot parameter, NULL for nil.
func snapshot(v any) any {
	if v == nil {
		return nil
	}
	return jsonOf(v)
}
