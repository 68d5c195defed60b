package sqlite

import (
	"context"
	"database/sql"
	"time"

	"github.com/planner-dk/planner/planner"
)

// RecordNotification implements planner.Store.
func (db *DB) RecordNotification(ctx context.Context, n planner.Notification) (bool, error) {
	var created bool
	err := db.tx(ctx, func(tx *sql.Tx, now time.Time) error {
		res, err := tx.ExecContext(ctx, `
			INSERT INTO notifications (jobcenter_id, dedup_key, trigger, reason, recipient,
				team_id, offer_id, advisor_id, meeting_id, day, next_attempt, created_at)
			VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)
			ON CONFLICT (dedup_key) DO NOTHING`,
			n.JobcenterID, n.DedupKey(), int(n.Trigger), string(n.Reason), n.To,
			n.TeamID, n.OfferID, n.AdvisorID, n.MeetingID, dateArg(n.Day), ms(now))
		if err != nil {
			return err
		}
		affected, err := res.RowsAffected()
		created = affected == 1
		return err
	})
	return created, err
}

// FindNotifications implements planner.Store.
func (db *DB) FindNotifications(ctx context.Context, jc planner.JobcenterID, since planner.Date) ([]planner.NotificationRecord, error) {
	rows, err := db.reader.QueryContext(ctx, `
		SELECT id, jobcenter_id, trigger, reason, recipient, team_id, offer_id, advisor_id, meeting_id,
			day, state, attempts, last_error, created_at, sent_at
		FROM notifications WHERE jobcenter_id = ?1 AND day >= ?2
		ORDER BY id DESC`, jc, since.String())
	if err != nil {
		return nil, mapError(err)
	}
	defer rows.Close()
	var out []planner.NotificationRecord
	for rows.Next() {
		var r planner.NotificationRecord
		var trigger int
		var reason, state string
		var day sql.NullString
		var created int64
		var sent sql.NullInt64
		if err := rows.Scan(&r.ID, &r.JobcenterID, &trigger, &reason, &r.To, &r.TeamID, &r.OfferID, &r.AdvisorID,
			&r.MeetingID, &day, &state, &r.Attempts, &r.LastError, &created, &sent); err != nil {
			return nil, mapError(err)
		}
		d, err := dateOf(day)
		if err != nil {
			return nil, err
		}
		r.Trigger, r.Reason, r.State, r.Day = planner.Trigger(trigger), planner.EmptyReason(reason), planner.NotificationState(state), d
		r.CreatedAt, r.SentAt = instant(created), instantPtr(sent)
		out = append(out, r)
	}
	return out, mapError(rows.Err())
}
