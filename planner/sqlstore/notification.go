package sqlstore

import (
	"context"
	"time"

	"github.com/planner-dk/planner/planner"
)

// RecordNotification implements planner.Store.
func (db *DB) RecordNotification(ctx context.Context, n planner.Notification) (bool, error) {
	var created bool
	err := db.tx(ctx, func(t tx, now time.Time) error {
		rows, err := t.Exec(ctx, `
			INSERT INTO notifications (jobcenter_id, dedup_key, trigger, reason, recipient,
				team_id, offer_id, advisor_id, meeting_id, day, next_attempt, created_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)
			ON CONFLICT (dedup_key) DO NOTHING`,
			n.JobcenterID, n.DedupKey(), int(n.Trigger), string(n.Reason), n.To,
			n.TeamID, n.OfferID, n.AdvisorID, n.MeetingID, dateArg(n.Day), now)
		created = rows == 1
		return err
	})
	return created, err
}

const notificationColumns = `id, jobcenter_id, trigger, reason, recipient, team_id, offer_id, advisor_id, meeting_id,
	day, state, attempts, next_attempt, last_error, created_at, sent_at`

// FindNotifications implements planner.Store.
func (db *DB) FindNotifications(ctx context.Context, jc planner.JobcenterID, since planner.Date) ([]planner.NotificationRecord, error) {
	return db.notifications(ctx, `SELECT `+notificationColumns+`
		FROM notifications WHERE jobcenter_id = $1 AND day >= $2
		ORDER BY id DESC`, jc, dateArg(since))
}

// FindMeetingNotifications implements planner.Store.
func (db *DB) FindMeetingNotifications(ctx context.Context, jc planner.JobcenterID, meeting planner.MeetingID) ([]planner.NotificationRecord, error) {
	return db.notifications(ctx, `SELECT `+notificationColumns+`
		FROM notifications WHERE jobcenter_id = $1 AND meeting_id = $2
		ORDER BY id DESC`, jc, meeting)
}

// FindNotification implements planner.Store.
func (db *DB) FindNotification(ctx context.Context, id int64) (planner.NotificationRecord, error) {
	return first(db.notifications(ctx, `SELECT `+notificationColumns+` FROM notifications WHERE id = $1`, id))
}

// FindDueNotifications implements planner.Store.
func (db *DB) FindDueNotifications(ctx context.Context, due time.Time, limit int) ([]planner.NotificationRecord, error) {
	return db.notifications(ctx, `SELECT `+notificationColumns+`
		FROM notifications WHERE state = 'pending' AND next_attempt <= $1
		ORDER BY next_attempt, id LIMIT $2`, due, limit)
}

func (db *DB) notifications(ctx context.Context, query string, args ...any) ([]planner.NotificationRecord, error) {
	out, err := all(ctx, db.e.read(), func(row rows) (planner.NotificationRecord, error) {
		var r planner.NotificationRecord
		var trigger int
		var reason, state string
		var day time.Time
		err := row.Scan(&r.ID, &r.JobcenterID, &trigger, &reason, &r.To, &r.TeamID, &r.OfferID, &r.AdvisorID,
			&r.MeetingID, &day, &state, &r.Attempts, &r.NextAttempt, &r.LastError, &r.CreatedAt, &r.SentAt)
		r.Trigger, r.Reason, r.State = planner.Trigger(trigger), planner.EmptyReason(reason), planner.NotificationState(state)
		r.Day = planner.DateOf(day, time.UTC)
		r.NextAttempt, r.CreatedAt, r.SentAt = r.NextAttempt.UTC(), r.CreatedAt.UTC(), utcPtr(r.SentAt)
		return r, err
	}, query, args...)
	return out, db.d.mapError(err)
}

// MarkNotificationSent implements planner.Store.
func (db *DB) MarkNotificationSent(ctx context.Context, id int64, at time.Time) error {
	return db.tx(ctx, func(t tx, _ time.Time) error {
		return expectRow(t.Exec(ctx, `
			UPDATE notifications SET state = 'sent', attempts = attempts + 1, last_error = '', sent_at = $2
			WHERE id = $1 AND state = 'pending'`, id, at))
	})
}

// MarkNotificationRetry implements planner.Store.
func (db *DB) MarkNotificationRetry(ctx context.Context, id int64, reason string, next time.Time) error {
	return db.tx(ctx, func(t tx, _ time.Time) error {
		return expectRow(t.Exec(ctx, `
			UPDATE notifications SET attempts = attempts + 1, last_error = $2, next_attempt = $3
			WHERE id = $1 AND state = 'pending'`, id, reason, next))
	})
}

// MarkNotificationFailed implements planner.Store.
func (db *DB) MarkNotificationFailed(ctx context.Context, id int64, reason string) error {
	return db.tx(ctx, func(t tx, _ time.Time) error {
		return expectRow(t.Exec(ctx, `
			UPDATE notifications SET state = 'failed', attempts = attempts + 1, last_error = $2
			WHERE id = $1 AND state = 'pending'`, id, reason))
	})
}
