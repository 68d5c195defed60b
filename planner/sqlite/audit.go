package sqlite

import (
	"context"
	"database/sql"
	"time"

	"github.com/planner-dk/planner/planner"
)

// audit writes one revision-log entry inside the change's transaction.
// before and after are snapshots (nil when created or removed).
func audit(ctx context.Context, tx *sql.Tx, now time.Time, jc planner.JobcenterID, entity planner.AuditEntity, id int64,
	meeting planner.MeetingID, actor, action string, before, after any) error {
	_, err := tx.ExecContext(ctx, `
		INSERT INTO audit_log (jobcenter_id, entity, entity_id, meeting_id, actor, at, action, before, after)
		VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)`,
		jc, entity, id, meeting, actor, ms(now), action, snapshot(before), snapshot(after))
	return err
}

// snapshot is a JSON snapshot parameter, NULL for nil.
func snapshot(v any) any {
	if v == nil {
		return nil
	}
	return jsonOf(v)
}
