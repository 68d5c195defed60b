package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/planner-dk/planner/planner"
)

// advisorCalendar reads an advisor's current calendar connection with its
// secret and ID (the one writer serialises the transaction).
func (db *DB) advisorCalendar(ctx context.Context, tx *sql.Tx, jc planner.JobcenterID, id planner.AdvisorID) (planner.CalendarConnection, error) {
	var c planner.CalendarConnection
	var raw sql.NullString
	var secret string
	var cal planner.CalendarID
	err := tx.QueryRowContext(ctx, `
		SELECT calendar, calendar_secret, calendar_id
		FROM advisors
		WHERE id = ?1 AND jobcenter_id = ?2`, id, jc).Scan(&raw, &secret, &cal)
	if errors.Is(err, sql.ErrNoRows) {
		return c, planner.ErrNotFound
	}
	if err != nil {
		return c, err
	}
	if err := fromJSON(raw, &c); err != nil {
		return c, err
	}
	c.ID = cal
	c.Secret, err = db.open(advisorSecret, secret)
	return c, err
}

// newCalendarID gives a connected calendar its ID; 0 when c is none.
func newCalendarID(ctx context.Context, tx *sql.Tx, c planner.CalendarConnection) (planner.CalendarID, error) {
	if !c.Connected() {
		return 0, nil
	}
	var id planner.CalendarID
	err := tx.QueryRowContext(ctx, `INSERT INTO calendar_ids DEFAULT VALUES RETURNING id`).Scan(&id)
	return id, err
}

// replaceCalendar makes advisor a's calendar a new one in tx (issue 14); see
// the PostgreSQL store's replaceCalendar.
func (db *DB) replaceCalendar(ctx context.Context, tx *sql.Tx, now time.Time, a planner.Advisor, old planner.CalendarConnection) (planner.CalendarID, error) {
	if old.ID != 0 {
		if err := db.retireCalendar(ctx, tx, now, a, old); err != nil {
			return 0, fmt.Errorf("retire calendar %d: %w", old.ID, err)
		}
	}
	if _, err := tx.ExecContext(ctx, `
		DELETE FROM sync_items
		WHERE kind = 'calendar' AND advisor_id = ?1
			AND meeting_id IN (SELECT id FROM meetings WHERE busy_end > ?2)`, a.ID, ms(now)); err != nil {
		return 0, err
	}
	cal, err := newCalendarID(ctx, tx, a.Calendar)
	if err != nil || cal == 0 {
		return 0, err
	}
	_, err = tx.ExecContext(ctx, `
		INSERT INTO sync_items (jobcenter_id, kind, advisor_id, meeting_id, op, state, next_attempt, created_at, updated_at)
		SELECT m.jobcenter_id, 'calendar', ?1, m.id, 'put', 'pending', ?2, ?2, ?2
		FROM meeting_advisors ma
		JOIN meetings m ON m.id = ma.meeting_id
		WHERE ma.advisor_id = ?1 AND m.cancelled_at IS NULL AND ma.busy_end > ?2
		ORDER BY m.start_at, m.id`, a.ID, ms(now))
	return cal, err
}

// retireCalendar keeps the old connection as a retired calendar with
// Planner's events in it that are not of a live meeting already over, and
// drops the old calendar's sync state, objects, busy items and push table.
func (db *DB) retireCalendar(ctx context.Context, tx *sql.Tx, now time.Time, a planner.Advisor, old planner.CalendarConnection) error {
	if _, err := tx.ExecContext(ctx, `
		INSERT INTO retired_calendars (id, jobcenter_id, advisor_id, kind, url, username, secret, retired_at, state, next_attempt)
		VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'cleaning', ?8)`,
		old.ID, a.JobcenterID, a.ID, old.Kind, old.URL, old.Username, db.keys.Seal(retiredSecret, old.Secret), ms(now)); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `
		INSERT INTO retired_events (calendar_id, meeting_id, href, etag, owned_hash)
		SELECT ?1, e.meeting_id, e.href, e.etag, e.owned_hash
		FROM calendar_events e
		WHERE e.advisor_id = ?2 AND NOT EXISTS (
			SELECT 1 FROM meeting_advisors ma JOIN meetings m ON m.id = ma.meeting_id
			WHERE ma.meeting_id = e.meeting_id AND ma.advisor_id = e.advisor_id
				AND m.cancelled_at IS NULL AND ma.busy_end <= ?3)`, old.ID, a.ID, ms(now)); err != nil {
		return err
	}
	for _, table := range []string{"calendar_events", "calendar_objects", "external_items", "calendar_states"} {
		// table is one of our own constant names, never input.
		if _, err := tx.ExecContext(ctx, `DELETE FROM `+table+` WHERE advisor_id = ?1`, a.ID); err != nil {
			return err
		}
	}
	return nil
}

// retiredColumns are a retired calendar's columns; the lists that need no
// secret read retiredNoSecret, so the secret leaves the table only for the
// clean-up that uses it.
const (
	retiredColumns  = `id, jobcenter_id, advisor_id, kind, url, username, secret, retired_at, state, attempts, next_attempt, last_error`
	retiredNoSecret = `id, jobcenter_id, advisor_id, kind, url, username, '', retired_at, state, attempts, next_attempt, last_error`
)

func (db *DB) retired(ctx context.Context, query string, args ...any) ([]planner.RetiredCalendar, error) {
	rows, err := db.reader.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, mapError(err)
	}
	defer rows.Close()
	var out []planner.RetiredCalendar
	for rows.Next() {
		var rc planner.RetiredCalendar
		var retired, next int64
		if err := rows.Scan(&rc.ID, &rc.JobcenterID, &rc.AdvisorID, &rc.Kind, &rc.URL, &rc.Username, &rc.Secret,
			&retired, &rc.State, &rc.Attempts, &next, &rc.LastError); err != nil {
			return nil, err
		}
		rc.RetiredAt, rc.NextAttempt = instant(retired), instant(next)
		if rc.Secret, err = db.open(retiredSecret, rc.Secret); err != nil {
			return nil, err
		}
		out = append(out, rc)
	}
	return out, mapError(rows.Err())
}

// FindDueRetiredCalendars implements planner.Store.
func (db *DB) FindDueRetiredCalendars(ctx context.Context, due time.Time, limit int) ([]planner.RetiredCalendar, error) {
	out, err := db.retired(ctx, `
		SELECT `+retiredNoSecret+`
		FROM retired_calendars
		WHERE state = 'cleaning' AND next_attempt <= ?1
		ORDER BY next_attempt, id
		LIMIT ?2`, ms(due), limit)
	return out, err
}

// FindRetiredCalendar implements planner.Store.
func (db *DB) FindRetiredCalendar(ctx context.Context, id planner.CalendarID) (planner.RetiredCalendar, error) {
	out, err := db.retired(ctx, `SELECT `+retiredColumns+` FROM retired_calendars WHERE id = ?1`, id)
	if err != nil {
		return planner.RetiredCalendar{}, err
	}
	if len(out) == 0 {
		return planner.RetiredCalendar{}, planner.ErrNotFound
	}
	out[0].Events, err = db.retiredEvents(ctx, out[0])
	return out[0], err
}

// FindRetiredCalendars implements planner.Store.
func (db *DB) FindRetiredCalendars(ctx context.Context, jc planner.JobcenterID, advisor planner.AdvisorID) ([]planner.RetiredCalendar, error) {
	out, err := db.retired(ctx, `
		SELECT `+retiredNoSecret+`
		FROM retired_calendars
		WHERE jobcenter_id = ?1 AND advisor_id = ?2
		ORDER BY id DESC`, jc, advisor)
	if err != nil {
		return nil, err
	}
	for i := range out {
		if out[i].Events, err = db.retiredEvents(ctx, out[i]); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func (db *DB) retiredEvents(ctx context.Context, rc planner.RetiredCalendar) ([]planner.CalendarEvent, error) {
	rows, err := db.reader.QueryContext(ctx, `
		SELECT meeting_id, href, etag, owned_hash
		FROM retired_events
		WHERE calendar_id = ?1
		ORDER BY meeting_id, href`, rc.ID)
	if err != nil {
		return nil, mapError(err)
	}
	defer rows.Close()
	evs := []planner.CalendarEvent{}
	for rows.Next() {
		e := planner.CalendarEvent{Calendar: rc.ID, AdvisorID: rc.AdvisorID}
		if err := rows.Scan(&e.MeetingID, &e.Href, &e.ETag, &e.OwnedHash); err != nil {
			return nil, err
		}
		evs = append(evs, e)
	}
	return evs, mapError(rows.Err())
}

// SaveRetireResult implements planner.Store.
func (db *DB) SaveRetireResult(ctx context.Context, id planner.CalendarID, r planner.RetireResult) error {
	return db.tx(ctx, func(tx *sql.Tx, _ time.Time) error {
		for _, href := range r.Deleted {
			if _, err := tx.ExecContext(ctx, `DELETE FROM retired_events WHERE calendar_id = ?1 AND href = ?2`, id, href); err != nil {
				return err
			}
		}
		if !r.Retry.IsZero() {
			return expectRow(tx.ExecContext(ctx, `
				UPDATE retired_calendars SET attempts = attempts + 1, next_attempt = ?2, last_error = ?3
				WHERE id = ?1 AND state = 'cleaning'`, id, ms(r.Retry), r.Reason))
		}
		return expectRow(tx.ExecContext(ctx, `
			UPDATE retired_calendars
			SET secret = '', attempts = attempts + 1,
				state = CASE WHEN EXISTS (SELECT 1 FROM retired_events WHERE calendar_id = ?1) THEN 'left_behind' ELSE 'cleaned' END,
				last_error = CASE WHEN EXISTS (SELECT 1 FROM retired_events WHERE calendar_id = ?1) THEN ?2 ELSE '' END
			WHERE id = ?1 AND state = 'cleaning'`, id, r.Reason))
	})
}

// currentCalendar checks in tx that cal is advisor's calendar now:
// ErrConflict when the connection changed meanwhile.
func currentCalendar(ctx context.Context, tx *sql.Tx, advisor planner.AdvisorID, cal planner.CalendarID) error {
	var n int
	err := tx.QueryRowContext(ctx, `SELECT count(*) FROM advisors WHERE id = ?1 AND calendar_id = ?2 AND calendar_id <> 0`, advisor, cal).Scan(&n)
	if err == nil && n == 0 {
		return fmt.Errorf("calendar %d of advisor %d: no longer connected: %w", cal, advisor, planner.ErrConflict)
	}
	return err
}

// calendarJSON is the advisors.calendar column: the connection without its
// ID, which has a column of its own, and without its secret (json:"-").
func calendarJSON(c planner.CalendarConnection) string {
	c.ID = 0
	return jsonOf(c)
}
