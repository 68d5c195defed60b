package sqlstore

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/planner-dk/planner/planner"
)

// FindCalendarAdvisors implements planner.Store.
func (db *DB) FindCalendarAdvisors(ctx context.Context) ([]planner.Advisor, error) {
	return db.findAdvisors(ctx, `coalesce(calendar->>'kind', '') <> ''`)
}

// FindCalendarSnapshot implements planner.Store.
func (db *DB) FindCalendarSnapshot(ctx context.Context, advisor planner.AdvisorID) (planner.CalendarSnapshot, error) {
	snap := planner.CalendarSnapshot{State: planner.CalendarState{AdvisorID: advisor, Healthy: true}}
	var attempt, success, full *time.Time
	err := db.e.read().QueryRow(ctx, `
		SELECT cursor, last_attempt, last_success, last_full, healthy, auth_failed, last_error, zone, write_error
		FROM calendar_states
		WHERE advisor_id = $1`, advisor).Scan(&snap.State.Cursor, &attempt, &success, &full,
		&snap.State.Healthy, &snap.State.AuthFailed, &snap.State.LastError, &snap.State.Zone, &snap.State.WriteError)
	if err != nil && !noRows(err) {
		return snap, db.d.mapError(err)
	}
	snap.State.LastAttempt, snap.State.LastSuccess, snap.State.LastFull = timeOf(attempt), timeOf(success), timeOf(full)
	snap.Objects, err = all(ctx, db.e.read(), func(r rows) (planner.CalendarObject, error) {
		var o planner.CalendarObject
		return o, r.Scan(&o.Href, &o.ETag, &o.Hash)
	}, `SELECT href, etag, hash FROM calendar_objects WHERE advisor_id = $1 ORDER BY href`, advisor)
	if err != nil {
		return snap, db.d.mapError(err)
	}
	// Pending: a calendar sync item of this meeting and advisor waits. Only
	// the rows of the advisor's current calendar are Planner's events in it.
	snap.Events, err = all(ctx, db.e.read(), func(r rows) (planner.CalendarEvent, error) {
		var e planner.CalendarEvent
		return e, r.Scan(&e.Calendar, &e.MeetingID, &e.AdvisorID, &e.Href, &e.ETag, &e.OwnedHash, &e.Generation, &e.Pending)
	}, `
		SELECT e.calendar_id, e.meeting_id, e.advisor_id, e.href, e.etag, e.owned_hash, e.generation,
			EXISTS (SELECT 1 FROM sync_items s
				WHERE s.kind = 'calendar' AND s.state = 'pending' AND s.meeting_id = e.meeting_id AND s.advisor_id = e.advisor_id)
		FROM calendar_events e
		JOIN advisors a ON a.id = e.advisor_id AND a.calendar_id = e.calendar_id
		WHERE e.advisor_id = $1
		ORDER BY e.meeting_id`, advisor)
	return snap, db.d.mapError(err)
}

// SavePull implements planner.Store: the objects, their items, the adopted
// etags and the cursor in one transaction.
func (db *DB) SavePull(ctx context.Context, advisor planner.AdvisorID, r planner.PullResult) error {
	return db.tx(ctx, func(t tx, _ time.Time) error {
		if err := db.currentCalendar(ctx, t, advisor, r.Calendar); err != nil {
			return err
		}
		for _, href := range r.Remove {
			if _, err := t.Exec(ctx, `DELETE FROM external_items WHERE advisor_id = $1 AND href = $2`, advisor, href); err != nil {
				return err
			}
			if _, err := t.Exec(ctx, `DELETE FROM calendar_objects WHERE advisor_id = $1 AND href = $2`, advisor, href); err != nil {
				return err
			}
		}
		for _, o := range r.Upsert {
			if err := upsertObject(ctx, t, advisor, o); err != nil {
				return err
			}
		}
		for _, e := range r.Adopt {
			if _, err := t.Exec(ctx, `UPDATE calendar_events SET etag = $3 WHERE advisor_id = $1 AND href = $2`, advisor, e.Href, e.ETag); err != nil {
				return err
			}
		}
		var full *time.Time
		if r.Full {
			full = &r.At
		}
		_, err := t.Exec(ctx, `
			INSERT INTO calendar_states (advisor_id, cursor, last_attempt, last_success, last_full, healthy, auth_failed, last_error, zone)
			VALUES ($1, $2, $3, $3, $4, true, false, '', $5)
			ON CONFLICT (advisor_id) DO UPDATE SET
				cursor = excluded.cursor, last_attempt = excluded.last_attempt, last_success = excluded.last_success,
				last_full = coalesce(excluded.last_full, calendar_states.last_full),
				healthy = true, auth_failed = false, last_error = '',
				zone = CASE WHEN excluded.zone <> '' THEN excluded.zone ELSE calendar_states.zone END`, advisor, r.Cursor, r.At, full, r.Zone)
		return err
	})
}

// upsertObject stores one external object and replaces its busy items.
func upsertObject(ctx context.Context, t tx, advisor planner.AdvisorID, o planner.CalendarObject) error {
	if _, err := t.Exec(ctx, `
		INSERT INTO calendar_objects (advisor_id, href, etag, hash, data)
		VALUES ($1, $2, $3, $4, $5)
		ON CONFLICT (advisor_id, href) DO UPDATE SET etag = excluded.etag, hash = excluded.hash, data = excluded.data`,
		advisor, o.Href, o.ETag, o.Hash, o.Data); err != nil {
		return err
	}
	if _, err := t.Exec(ctx, `DELETE FROM external_items WHERE advisor_id = $1 AND href = $2`, advisor, o.Href); err != nil {
		return err
	}
	items := make([][]any, len(o.Items))
	for i, it := range o.Items {
		items[i] = []any{advisor, o.Href, it.Start, it.End, it.Summary, it.Private, it.AllDay}
	}
	return insertValues(ctx, t, `external_items (advisor_id, href, start_at, end_at, summary, private, all_day)`, items)
}

// insertValues inserts rows into table (named with its columns), a few
// rows to a statement. (SQLite looks each $N parameter up among those
// before it, so a statement of thousands of them would take seconds.)
func insertValues(ctx context.Context, t execer, table string, rows [][]any) error {
	for len(rows) > 0 {
		chunk := rows[:min(20, len(rows))]
		rows = rows[len(chunk):]
		values := make([]string, len(chunk))
		var args []any
		for i, r := range chunk {
			marks := make([]string, len(r))
			for j := range r {
				args = append(args, r[j])
				marks[j] = param(len(args))
			}
			values[i] = "(" + strings.Join(marks, ", ") + ")"
		}
		if _, err := t.Exec(ctx, `INSERT INTO `+table+` VALUES `+strings.Join(values, ", "), args...); err != nil {
			return err
		}
	}
	return nil
}

// currentCalendar checks in t that cal is advisor's calendar now, locking
// the advisor's row: ErrConflict when the connection changed meanwhile.
func (db *DB) currentCalendar(ctx context.Context, t tx, advisor planner.AdvisorID, cal planner.CalendarID) error {
	var n int
	err := t.QueryRow(ctx, `SELECT count(*) FROM (SELECT 1 FROM advisors WHERE id = $1 AND calendar_id = $2 AND calendar_id <> 0`+db.d.forShare+`) a`,
		advisor, cal).Scan(&n)
	if err == nil && n == 0 {
		return fmt.Errorf("calendar %d of advisor %d: no longer connected: %w", cal, advisor, planner.ErrConflict)
	}
	return err
}

// MarkPullFailed implements planner.Store.
func (db *DB) MarkPullFailed(ctx context.Context, advisor planner.AdvisorID, cal planner.CalendarID, reason string, auth bool, at time.Time) error {
	_, err := db.exec(ctx, `
		INSERT INTO calendar_states (advisor_id, last_attempt, healthy, auth_failed, last_error)
		SELECT $1, $2, false, $3, $4
		FROM advisors WHERE id = $1 AND calendar_id = $5 AND calendar_id <> 0
		ON CONFLICT (advisor_id) DO UPDATE SET
			last_attempt = excluded.last_attempt, healthy = false, auth_failed = excluded.auth_failed, last_error = excluded.last_error`,
		advisor, at, auth, reason, cal)
	return err
}

// SetCalendarWriteError implements planner.Store.
func (db *DB) SetCalendarWriteError(ctx context.Context, advisor planner.AdvisorID, cal planner.CalendarID, reason string) error {
	_, err := db.exec(ctx, `
		INSERT INTO calendar_states (advisor_id, write_error)
		SELECT $1, $2
		FROM advisors WHERE id = $1 AND calendar_id = $3 AND calendar_id <> 0
		ON CONFLICT (advisor_id) DO UPDATE SET write_error = excluded.write_error`,
		advisor, reason, cal)
	return err
}

// SaveCalendarEvent implements planner.Store. A row of a connection the
// advisor no longer has is refused; while that calendar is being cleaned
// up, the event joins its retired events, so it is deleted there too.
func (db *DB) SaveCalendarEvent(ctx context.Context, e planner.CalendarEvent) error {
	var stale error
	err := db.tx(ctx, func(t tx, _ time.Time) error {
		stale = db.currentCalendar(ctx, t, e.AdvisorID, e.Calendar)
		if errors.Is(stale, planner.ErrConflict) {
			_, err := t.Exec(ctx, `
				INSERT INTO retired_events (calendar_id, meeting_id, href, etag, owned_hash)
				SELECT id, $2, $3, $4, $5 FROM retired_calendars WHERE id = $1 AND state = 'cleaning'
				ON CONFLICT (calendar_id, href) DO UPDATE SET etag = excluded.etag, owned_hash = excluded.owned_hash`,
				e.Calendar, e.MeetingID, e.Href, e.ETag, e.OwnedHash)
			return err
		} else if stale != nil {
			return stale
		}
		_, err := t.Exec(ctx, `
			INSERT INTO calendar_events (calendar_id, meeting_id, advisor_id, href, etag, owned_hash, generation)
			VALUES ($1, $2, $3, $4, $5, $6, $7)
			ON CONFLICT (meeting_id, advisor_id) DO UPDATE SET calendar_id = excluded.calendar_id,
				href = excluded.href, etag = excluded.etag, owned_hash = excluded.owned_hash, generation = excluded.generation`,
			e.Calendar, e.MeetingID, e.AdvisorID, e.Href, e.ETag, e.OwnedHash, e.Generation)
		return err
	})
	if err == nil {
		err = stale
	}
	return err
}

// DeleteCalendarEvent implements planner.Store.
func (db *DB) DeleteCalendarEvent(ctx context.Context, meeting planner.MeetingID, advisor planner.AdvisorID) error {
	_, err := db.exec(ctx, `DELETE FROM calendar_events WHERE meeting_id = $1 AND advisor_id = $2`, meeting, advisor)
	return err
}

// FindCalendarStates implements planner.Store.
func (db *DB) FindCalendarStates(ctx context.Context, jc planner.JobcenterID, advisors []planner.AdvisorID) (map[planner.AdvisorID]planner.CalendarState, error) {
	list, args := db.d.list([]any{jc}, idsOf(advisors))
	states, err := all(ctx, db.e.read(), func(r rows) (planner.CalendarState, error) {
		var st planner.CalendarState
		var attempt, success, full *time.Time
		err := r.Scan(&st.AdvisorID, &st.Cursor, &attempt, &success, &full, &st.Healthy, &st.AuthFailed, &st.LastError, &st.Zone, &st.WriteError)
		st.LastAttempt, st.LastSuccess, st.LastFull = timeOf(attempt), timeOf(success), timeOf(full)
		return st, err
	}, `
		SELECT s.advisor_id, s.cursor, s.last_attempt, s.last_success, s.last_full, s.healthy, s.auth_failed, s.last_error, s.zone, s.write_error
		FROM calendar_states s
		JOIN advisors a ON a.id = s.advisor_id
		WHERE a.jobcenter_id = $1 AND `+db.d.in("s.advisor_id", list), args...)
	if err != nil {
		return nil, db.d.mapError(err)
	}
	out := make(map[planner.AdvisorID]planner.CalendarState, len(states))
	for _, st := range states {
		out[st.AdvisorID] = st
	}
	return out, nil
}
