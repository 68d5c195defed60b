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

const notificationColumns = `id, jobcenter_id, trigger, reason, recipient, team_id, offer_id, advisor_id, meeting_id,
	day, state, attempts, next_attempt, last_error, created_at, sent_at`

// FindNotifications implements planner.Store.
func (db *DB) FindNotifications(ctx context.Context, jc planner.JobcenterID, since planner.Date) ([]planner.NotificationRecord, error) {
	return db.notifications(ctx, `SELECT `+notificationColumns+`
		FROM notifications WHERE jobcenter_id = ?1 AND day >= ?2
		ORDER BY id DESC`, jc, since.String())
}

// FindNotification implements planner.Store.
func (db *DB) FindNotification(ctx context.Context, id int64) (planner.NotificationRecord, error) {
	rs, err := db.notifications(ctx, `SELECT `+notificationColumns+` FROM notifications WHERE id = ?1`, id)
	if err == nil && len(rs) == 0 {
		err = planner.ErrNotFound
	}
	if err != nil {
		return planner.NotificationRecord{}, err
	}
	return rs[0], nil
}

// FindDueNotifications implements planner.Store.
func (db *DB) FindDueNotifications(ctx context.Context, due time.Time, limit int) ([]planner.NotificationRecord, error) {
	return db.notifications(ctx, `SELECT `+notificationColumns+`
		FROM notifications WHERE state = 'pending' AND next_attempt <= ?1
		ORDER BY next_attempt, id LIMIT ?2`, ms(due), limit)
}

func (db *DB) notifications(ctx context.Context, query string, args ...any) ([]planner.NotificationRecord, error) {
	rows, err := db.reader.QueryContext(ctx, query, args...)
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
		var next, created int64
		var sent sql.NullInt64
		if err := rows.Scan(&r.ID, &r.JobcenterID, &trigger, &reason, &r.To, &r.TeamID, &r.OfferID, &r.AdvisorID,
			&r.MeetingID, &day, &state, &r.Attempts, &next, &r.LastError, &created, &sent); err != nil {
			return nil, mapError(err)
		}
		d, err := dateOf(day)
		if err != nil {
			return nil, err
		}
		r.Trigger, r.Reason, r.State, r.Day = planner.Trigger(trigger), planner.EmptyReason(reason), planner.NotificationState(state), d
		r.NextAttempt, r.CreatedAt, r.SentAt = instant(next), instant(created), instantPtr(sent)
		out = append(out, r)
	}
	return out, mapError(rows.Err())
}

// MarkNotificationSent implements planner.Store.
func (db *DB) MarkNotificationSent(ctx context.Context, id int64, at time.Time) error {
	return db.tx(ctx, func(tx *sql.Tx, _ time.Time) error {
		return expectRow(tx.ExecContext(ctx, `
			UPDATE notifications SET state = 'sent', attempts = attempts + 1, last_error = '', sent_at = ?2
			WHERE id = ?1 AND state = 'pending'`, id, ms(at)))
	})
}

// MarkNotificationRetry implements planner.Store.
func (db *DB) MarkNotificationRetry(ctx context.Context, id int64, reason string, next time.Time) error {
	return db.tx(ctx, func(tx *sql.Tx, _ time.Time) error {
		return expectRow(tx.ExecContext(ctx, `
			UPDATE notifications SET attempts = attempts + 1, last_error = ?2, next_attempt = ?3
			WHERE id = ?1 AND state = 'pending'`, id, reason, ms(next)))
	})
}

// MarkNotificationFailed implements planner.Store.
func (db *DB) MarkNotificationFailed(ctx context.Context, id int64, reason string) error {
	return db.tx(ctx, func(tx *sql.Tx, _ time.Time) error {
		return expectRow(tx.ExecContext(ctx, `
			UPDATE notifications SET state = 'failed', attempts = attempts + 1, last_error = ?2
			WHERE id = ?1 AND state = 'pending'`, id, reason))
	})
}
