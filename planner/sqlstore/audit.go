package sqlstore

import (
	"context"
	"time"

	"github.com/planner-dk/planner/planner"
)

// audit writes one revision-log entry inside the change's transaction (or
// its batch). before and after are snapshots (nil when created or removed).
func audit(ctx context.Context, t execer, now time.Time, jc planner.JobcenterID, entity planner.AuditEntity, id int64,
	meeting planner.MeetingID, actor, action string, before, after any) error {
	_, err := t.Exec(ctx, `
		INSERT INTO audit_log (jobcenter_id, entity, entity_id, meeting_id, actor, at, action, before, after)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
		jc, entity, id, meeting, actor, now, action, snapshot(before), snapshot(after))
	return err
}

// snapshot is a JSON snapshot parameter, NULL for nil.
func snapshot(v any) any {
	if v == nil {
		return nil
	}
	return jsonOf(v)
}

// FindAudit implements planner.Store.
func (db *DB) FindAudit(ctx context.Context, jc planner.JobcenterID, entity planner.AuditEntity, id int64) ([]planner.AuditEntry, error) {
	cond := `entity = $2 AND entity_id = $3`
	if entity == planner.AuditMeeting {
		cond = `((entity = $2 AND entity_id = $3) OR meeting_id = $3)`
	}
	out, err := all(ctx, db.e.read(), func(r rows) (planner.AuditEntry, error) {
		var e planner.AuditEntry
		var before, after []byte
		err := r.Scan(&e.ID, &e.JobcenterID, &e.Entity, &e.EntityID, &e.MeetingID, &e.Actor, &e.At, &e.Action, &before, &after)
		e.At, e.Before, e.After = e.At.UTC(), before, after
		return e, err
	}, `
		SELECT id, jobcenter_id, entity, entity_id, meeting_id, actor, at, action, before, after
		FROM audit_log
		WHERE jobcenter_id = $1 AND `+cond+`
		ORDER BY id`, jc, entity, id)
	return out, db.d.mapError(err)
}
