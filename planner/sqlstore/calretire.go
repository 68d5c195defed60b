package sqlstore

import (
	"context"
	"fmt"
	"time"

	"github.com/planner-dk/planner/planner"
)

// lockAdvisorCalendar reads an advisor's current calendar connection with
// its secret and ID, locking the row for the transaction (on SQLite the
// one writer already has it to itself).
func (db *DB) lockAdvisorCalendar(ctx context.Context, t tx, jc planner.JobcenterID, id planner.AdvisorID) (planner.CalendarConnection, error) {
	var c planner.CalendarConnection
	var raw []byte
	var secret string
	var cal planner.CalendarID
	err := t.QueryRow(ctx, `
		SELECT calendar, calendar_secret, calendar_id
		FROM advisors
		WHERE id = $1 AND jobcenter_id = $2`+db.d.forUpdate, id, jc).Scan(&raw, &secret, &cal)
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
func (db *DB) newCalendarID(ctx context.Context, t tx, c planner.CalendarConnection) (planner.CalendarID, error) {
	if !c.Connected() {
		return 0, nil
	}
	var id planner.CalendarID
	err := t.QueryRow(ctx, db.d.nextCalendarID).Scan(&id)
	return id, err
}

// replaceCalendar makes advisor a's calendar a new one in t (issue 14):
// the old connection, if any, is retired with Planner's events in it; the
// advisor's calendar items of future meetings are replaced by a pending
// item each for the new calendar (none when a has no calendar now). It
// returns the new calendar's ID (0: none).
func (db *DB) replaceCalendar(ctx context.Context, t tx, now time.Time, a planner.Advisor, old planner.CalendarConnection) (planner.CalendarID, error) {
	if old.ID != 0 {
		if err := db.retireCalendar(ctx, t, now, a, old); err != nil {
			return 0, fmt.Errorf("retire calendar %d: %w", old.ID, err)
		}
	}
	// Inputs: advisor $1, now $2. The items of meetings still to end are
	// superseded: they were for the old calendar.
	if _, err := t.Exec(ctx, `
		DELETE FROM sync_items
		WHERE kind = 'calendar' AND advisor_id = $1
			AND meeting_id IN (SELECT id FROM meetings WHERE busy_end > $2)`, a.ID, now); err != nil {
		return 0, err
	}
	cal, err := db.newCalendarID(ctx, t, a.Calendar)
	if err != nil || cal == 0 {
		return 0, err
	}
	// Inputs: advisor $1, now $2. One pending put per live meeting of the
	// advisor still to end, in start order: the sweeper pushes them.
	_, err = t.Exec(ctx, `
		INSERT INTO sync_items (jobcenter_id, kind, advisor_id, meeting_id, op, state, next_attempt, created_at, updated_at)
		SELECT m.jobcenter_id, 'calendar', $1, m.id, 'put', 'pending', $2, $2, $2
		FROM meeting_advisors ma
		JOIN meetings m ON m.id = ma.meeting_id
		WHERE ma.advisor_id = $1 AND m.cancelled_at IS NULL AND ma.busy_end > $2
		ORDER BY m.start_at, m.id`, a.ID, now)
	return cal, err
}

// retireCalendar keeps the old connection as a retired calendar with
// Planner's events in it that are not of a live meeting already over (those
// stay in the old calendar as its history), and drops the old calendar's
// sync state, objects, busy items and push table.
func (db *DB) retireCalendar(ctx context.Context, t tx, now time.Time, a planner.Advisor, old planner.CalendarConnection) error {
	if _, err := t.Exec(ctx, `
		INSERT INTO retired_calendars (id, jobcenter_id, advisor_id, kind, url, username, secret, retired_at, state, next_attempt)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'cleaning', $8)`,
		old.ID, a.JobcenterID, a.ID, old.Kind, old.URL, old.Username, db.seal(retiredSecret, old.Secret), now); err != nil {
		return err
	}
	if _, err := t.Exec(ctx, `
		INSERT INTO retired_events (calendar_id, meeting_id, href, etag, owned_hash)
		SELECT $1, e.meeting_id, e.href, e.etag, e.owned_hash
		FROM calendar_events e
		WHERE e.advisor_id = $2 AND NOT EXISTS (
			SELECT 1 FROM meeting_advisors ma JOIN meetings m ON m.id = ma.meeting_id
			WHERE ma.meeting_id = e.meeting_id AND ma.advisor_id = e.advisor_id
				AND m.cancelled_at IS NULL AND ma.busy_end <= $3)`, old.ID, a.ID, now); err != nil {
		return err
	}
	for _, table := range []string{"calendar_events", "calendar_objects", "external_items", "calendar_states"} {
		// table is one of our own constant names, never input.
		if _, err := t.Exec(ctx, `DELETE FROM `+table+` WHERE advisor_id = $1`, a.ID); err != nil {
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

// retired reads retired calendars, their secrets opened, without events.
func (db *DB) retired(ctx context.Context, query string, args ...any) ([]planner.RetiredCalendar, error) {
	out, err := all(ctx, db.e.read(), func(r rows) (planner.RetiredCalendar, error) {
		var rc planner.RetiredCalendar
		err := r.Scan(&rc.ID, &rc.JobcenterID, &rc.AdvisorID, &rc.Kind, &rc.URL, &rc.Username, &rc.Secret,
			&rc.RetiredAt, &rc.State, &rc.Attempts, &rc.NextAttempt, &rc.LastError)
		if err != nil {
			return rc, err
		}
		rc.RetiredAt, rc.NextAttempt = rc.RetiredAt.UTC(), rc.NextAttempt.UTC()
		rc.Secret, err = db.open(retiredSecret, rc.Secret)
		return rc, err
	}, query, args...)
	return out, db.d.mapError(err)
}

// FindDueRetiredCalendars implements planner.Store.
func (db *DB) FindDueRetiredCalendars(ctx context.Context, due time.Time, limit int) ([]planner.RetiredCalendar, error) {
	return db.retired(ctx, `
		SELECT `+retiredNoSecret+`
		FROM retired_calendars
		WHERE state = 'cleaning' AND next_attempt <= $1
		ORDER BY next_attempt, id
		LIMIT $2`, due, limit)
}

// FindRetiredCalendar implements planner.Store.
func (db *DB) FindRetiredCalendar(ctx context.Context, id planner.CalendarID) (planner.RetiredCalendar, error) {
	rc, err := first(db.retired(ctx, `SELECT `+retiredColumns+` FROM retired_calendars WHERE id = $1`, id))
	if err != nil {
		return rc, err
	}
	rc.Events, err = db.retiredEvents(ctx, rc)
	return rc, err
}

// FindRetiredCalendars implements planner.Store.
func (db *DB) FindRetiredCalendars(ctx context.Context, jc planner.JobcenterID, advisor planner.AdvisorID) ([]planner.RetiredCalendar, error) {
	out, err := db.retired(ctx, `
		SELECT `+retiredNoSecret+`
		FROM retired_calendars
		WHERE jobcenter_id = $1 AND advisor_id = $2
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
	evs, err := all(ctx, db.e.read(), func(r rows) (planner.CalendarEvent, error) {
		e := planner.CalendarEvent{Calendar: rc.ID, AdvisorID: rc.AdvisorID}
		return e, r.Scan(&e.MeetingID, &e.Href, &e.ETag, &e.OwnedHash)
	}, `
		SELECT meeting_id, href, etag, owned_hash
		FROM retired_events
		WHERE calendar_id = $1
		ORDER BY meeting_id, href`, rc.ID)
	return orEmpty(evs), db.d.mapError(err)
}

// SaveRetireResult implements planner.Store.
func (db *DB) SaveRetireResult(ctx context.Context, id planner.CalendarID, r planner.RetireResult) error {
	return db.tx(ctx, func(t tx, _ time.Time) error {
		hrefs, args := db.d.list([]any{id}, orEmpty(r.Deleted))
		if _, err := t.Exec(ctx, `DELETE FROM retired_events WHERE calendar_id = $1 AND `+db.d.in("href", hrefs), args...); err != nil {
			return err
		}
		if !r.Retry.IsZero() {
			return expectRow(t.Exec(ctx, `
				UPDATE retired_calendars SET attempts = attempts + 1, next_attempt = $2, last_error = $3
				WHERE id = $1 AND state = 'cleaning'`, id, r.Retry, r.Reason))
		}
		// Inputs: calendar $1, reason $2. The clean-up ends: cleaned when no
		// event is left, else left behind; the old secret is wiped either way.
		return expectRow(t.Exec(ctx, `
			UPDATE retired_calendars
			SET secret = '', attempts = attempts + 1,
				state = CASE WHEN EXISTS (SELECT 1 FROM retired_events WHERE calendar_id = $1) THEN 'left_behind' ELSE 'cleaned' END,
				last_error = CASE WHEN EXISTS (SELECT 1 FROM retired_events WHERE calendar_id = $1) THEN $2 ELSE '' END
			WHERE id = $1 AND state = 'cleaning'`, id, r.Reason))
	})
}

// calendarJSON is the advisors.calendar column: the connection without its
// ID, which has a column of its own, and without its secret (json:"-").
func calendarJSON(c planner.CalendarConnection) string {
	c.ID = 0
	return jsonOf(c)
}
