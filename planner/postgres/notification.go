package postgres

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/planner-dk/planner/planner"
)

// RecordNotification implements planner.Store.
func (db *DB) RecordNotification(ctx context.Context, n planner.Notification) (bool, error) {
	var created bool
	err := db.tx(ctx, func(tx pgx.Tx, now time.Time) error {
		tag, err := tx.Exec(ctx, `
			INSERT INTO notifications (jobcenter_id, dedup_key, trigger, reason, recipient,
				team_id, offer_id, advisor_id, meeting_id, day, next_attempt, created_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)
			ON CONFLICT (dedup_key) DO NOTHING`,
			n.JobcenterID, n.DedupKey(), int(n.Trigger), string(n.Reason), n.To,
			n.TeamID, n.OfferID, n.AdvisorID, n.MeetingID, dateArg(n.Day), now)
		created = tag.RowsAffected() == 1
		return err
	})
	return created, err
}

// FindNotifications implements planner.Store.
func (db *DB) FindNotifications(ctx context.Context, jc planner.JobcenterID, since planner.Date) ([]planner.NotificationRecord, error) {
	rows, err := db.pool.Query(ctx, `
		SELECT id, jobcenter_id, trigger, reason, recipient, team_id, offer_id, advisor_id, meeting_id,
			day, state, attempts, last_error, created_at, sent_at
		FROM notifications WHERE jobcenter_id = $1 AND day >= $2
		ORDER BY id DESC`, jc, dateArg(since))
	if err != nil {
		return nil, mapError(err)
	}
	out, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (planner.NotificationRecord, error) {
		var r planner.NotificationRecord
		var trigger int
		var reason, state string
		var day time.Time
		err := row.Scan(&r.ID, &r.JobcenterID, &trigger, &reason, &r.To, &r.TeamID, &r.OfferID, &r.AdvisorID,
			&r.MeetingID, &day, &state, &r.Attempts, &r.LastError, &r.CreatedAt, &r.SentAt)
		r.Trigger, r.Reason, r.State = planner.Trigger(trigger), planner.EmptyReason(reason), planner.NotificationState(state)
		r.Day = planner.DateOf(day, time.UTC)
		r.CreatedAt, r.SentAt = r.CreatedAt.UTC(), utcPtr(r.SentAt)
		return r, err
	})
	return out, mapError(err)
}
