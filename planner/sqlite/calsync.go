package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"github.com/planner-dk/planner/planner"
)

// FindCalendarAdvisors implements planner.Store.
func (db *DB) FindCalendarAdvisors(ctx context.Context) ([]planner.Advisor, error) {
	return db.findAdvisors(ctx, `coalesce(json_extract(calendar, '$.kind'), '') <> ''`)
}

// FindCalendarSnapshot implements planner.Store.
func (db *DB) FindCalendarSnapshot(ctx context.Context, advisor planner.AdvisorID) (planner.CalendarSnapshot, error) {
	snap := planner.CalendarSnapshot{State: planner.CalendarState{AdvisorID: advisor, Healthy: true}}
	var attempt, success, full sql.NullInt64
	err := db.reader.QueryRowContext(ctx, `
		SELECT cursor, last_attempt, last_success, last_full, healthy, auth_failed, last_error, zone, write_error
		FROM calendar_states
		WHERE advisor_id = ?1`, advisor).Scan(&snap.State.Cursor, &attempt, &success, &full,
		&snap.State.Healthy, &snap.State.AuthFailed, &snap.State.LastError, &snap.State.Zone, &snap.State.WriteError)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return snap, mapError(err)
	}
	snap.State.LastAttempt, snap.State.LastSuccess, snap.State.LastFull = nullInstant(attempt), nullInstant(success), nullInstant(full)

	rows, err := db.reader.QueryContext(ctx, `SELECT href, etag, hash FROM calendar_objects WHERE advisor_id = ?1 ORDER BY href`, advisor)
	if err != nil {
		return snap, mapError(err)
	}
	defer rows.Close()
	for rows.Next() {
		var o planner.CalendarObject
		if err := rows.Scan(&o.Href, &o.ETag, &o.Hash); err != nil {
			return snap, err
		}
		snap.Objects = append(snap.Objects, o)
	}
	if err := rows.Err(); err != nil {
		return snap, mapError(err)
	}
	rows.Close()
	// Pending: a calendar sync item of this meeting and advisor waits. Only
	// the rows of the advisor's current calendar are Planner's events in it.
	rows, err = db.reader.QueryContext(ctx, `
		SELECT e.calendar_id, e.meeting_id, e.advisor_id, e.href, e.etag, e.owned_hash, e.generation,
			EXISTS (SELECT 1 FROM sync_items s
				WHERE s.kind = 'calendar' AND s.state = 'pending' AND s.meeting_id = e.meeting_id AND s.advisor_id = e.advisor_id)
		FROM calendar_events e
		JOIN advisors a ON a.id = e.advisor_id AND a.calendar_id = e.calendar_id
		WHERE e.advisor_id = ?1
		ORDER BY e.meeting_id`, advisor)
	if err != nil {
		return snap, mapError(err)
	}
	defer rows.Close()
	for rows.Next() {
		var e planner.CalendarEvent
		if err := rows.Scan(&e.Calendar, &e.MeetingID, &e.AdvisorID, &e.Href, &e.ETag, &e.OwnedHash, &e.Generation, &e.Pending); err != nil {
			return snap, err
		}
		snap.Events = append(snap.Events, e)
	}
	return snap, mapError(rows.Err())
}

func nullInstant(v sql.NullInt64) time.Time {
	if !v.Valid {
		return time.Time{}
	}
	return instant(v.Int64)
}

// SavePull implements planner.Store: the objects, their items, the adopted
// etags and the cursor in one transaction.
func (db *DB) SavePull(ctx context.Context, advisor planner.AdvisorID, r planner.PullResult) error {
	return db.tx(ctx, func(tx *sql.Tx, _ time.Time) error {
		if err := currentCalendar(ctx, tx, advisor, r.Calendar); err != nil {
			return err
		}
		for _, href := range r.Remove {
			if _, err := tx.ExecContext(ctx, `DELETE FROM external_items WHERE advisor_id = ?1 AND href = ?2`, advisor, href); err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `DELETE FROM calendar_objects WHERE advisor_id = ?1 AND href = ?2`, advisor, href); err != nil {
				return err
			}
		}
		for _, o := range r.Upsert {
			if err := upsertObject(ctx, tx, advisor, o); err != nil {
				return err
			}
		}
		for _, e := range r.Adopt {
			if _, err := tx.ExecContext(ctx, `UPDATE calendar_events SET etag = ?3 WHERE advisor_id = ?1 AND href = ?2`, advisor, e.Href, e.ETag); err != nil {
				return err
			}
		}
		var full any
		if r.Full {
			full = ms(r.At)
		}
		_, err := tx.ExecContext(ctx, `
			INSERT INTO calendar_states (advisor_id, cursor, last_attempt, last_success, last_full, healthy, auth_failed, last_error, zone)
			VALUES (?1, ?2, ?3, ?3, ?4, 1, 0, '', ?5)
			ON CONFLICT (advisor_id) DO UPDATE SET
				cursor = excluded.cursor, last_attempt = excluded.last_attempt, last_success = excluded.last_success,
				last_full = coalesce(excluded.last_full, calendar_states.last_full),
				healthy = 1, auth_failed = 0, last_error = '',
				zone = CASE WHEN excluded.zone <> '' THEN excluded.zone ELSE calendar_states.zone END`, advisor, r.Cursor, ms(r.At), full, r.Zone)
		return err
	})
}

// upsertObject stores one external object and replaces its busy items.
func upsertObject(ctx context.Context, tx *sql.Tx, advisor planner.AdvisorID, o planner.CalendarObject) error {
	if _, err := tx.ExecContext(ctx, `
		INSERT INTO calendar_objects (advisor_id, href, etag, hash, data)
		VALUES (?1, ?2, ?3, ?4, ?5)
		ON CONFLICT (advisor_id, href) DO UPDATE SET etag = excluded.etag, hash = excluded.hash, data = excluded.data`,
		advisor, o.Href, o.ETag, o.Hash, o.Data); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM external_items WHERE advisor_id = ?1 AND href = ?2`, advisor, o.Href); err != nil {
		return err
	}
	if len(o.Items) == 0 {
		return nil
	}
	stmt, err := tx.PrepareContext(ctx, `
		INSERT INTO external_items (advisor_id, href, start_at, end_at, summary, private, all_day)
		VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)`)
	if err != nil {
		return err
	}
	defer stmt.Close()
	for _, it := range o.Items {
		if _, err := stmt.ExecContext(ctx, advisor, o.Href, ms(it.Start), ms(it.End), it.Summary, it.Private, it.AllDay); err != nil {
			return err
		}
	}
	return nil
}

// MarkPullFailed implements planner.Store.
func (db *DB) MarkPullFailed(ctx context.Context, advisor planner.AdvisorID, cal planner.CalendarID, reason string, auth bool, at time.Time) error {
	return db.tx(ctx, func(tx *sql.Tx, _ time.Time) error {
		_, err := tx.ExecContext(ctx, `
			INSERT INTO calendar_states (advisor_id, last_attempt, healthy, auth_failed, last_error)
			SELECT ?1, ?2, 0, ?3, ?4
			FROM advisors WHERE id = ?1 AND calendar_id = ?5 AND calendar_id <> 0
			ON CONFLICT (advisor_id) DO UPDATE SET
				last_attempt = excluded.last_attempt, healthy = 0, auth_failed = excluded.auth_failed, last_error = excluded.last_error`,
			advisor, ms(at), auth, reason, cal)
		return err
	})
}

// SetCalendarWriteError implements planner.Store.
func (db *DB) SetCalendarWriteError(ctx context.Context, advisor planner.AdvisorID, cal planner.CalendarID, reason string) error {
	return db.tx(ctx, func(tx *sql.Tx, _ time.Time) error {
		_, err := tx.ExecContext(ctx, `
			INSERT INTO calendar_states (advisor_id, write_error)
			SELECT ?1, ?2
			FROM advisors WHERE id = ?1 AND calendar_id = ?3 AND calendar_id <> 0
			ON CONFLICT (advisor_id) DO UPDATE SET write_error = excluded.write_error`,
			advisor, reason, cal)
		return err
	})
}

// FindCalendarPushes implements planner.Store.
func (db *DB) FindCalendarPushes(ctx context.Context, advisor planner.AdvisorID) ([]planner.SyncItem, error) {
	return db.syncItems(ctx, `
		SELECT `+syncColumns+`
		FROM sync_items
		WHERE advisor_id = ?1 AND kind = 'calendar' AND state = 'pending'
		ORDER BY id`, advisor)
}

// SaveCalendarEvent implements planner.Store. A row of a connection the
// advisor no longer has is refused; while that calendar is being cleaned
// up, the event joins its retired events, so it is deleted there too.
func (db *DB) SaveCalendarEvent(ctx context.Context, e planner.CalendarEvent) error {
	var stale error
	err := db.tx(ctx, func(tx *sql.Tx, _ time.Time) error {
		stale = currentCalendar(ctx, tx, e.AdvisorID, e.Calendar)
		if errors.Is(stale, planner.ErrConflict) {
			_, err := tx.ExecContext(ctx, `
				INSERT INTO retired_events (calendar_id, meeting_id, href, etag, owned_hash)
				SELECT id, ?2, ?3, ?4, ?5 FROM retired_calendars WHERE id = ?1 AND state = 'cleaning'
				ON CONFLICT (calendar_id, href) DO UPDATE SET etag = excluded.etag, owned_hash = excluded.owned_hash`,
				e.Calendar, e.MeetingID, e.Href, e.ETag, e.OwnedHash)
			return err
		} else if stale != nil {
			return stale
		}
		_, err := tx.ExecContext(ctx, `
			INSERT INTO calendar_events (calendar_id, meeting_id, advisor_id, href, etag, owned_hash, generation)
			VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
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
	return db.tx(ctx, func(tx *sql.Tx, _ time.Time) error {
		_, err := tx.ExecContext(ctx, `DELETE FROM calendar_events WHERE meeting_id = ?1 AND advisor_id = ?2`, meeting, advisor)
		return err
	})
}

// FindCalendarStates implements planner.Store.
func (db *DB) FindCalendarStates(ctx context.Context, jc planner.JobcenterID, advisors []planner.AdvisorID) (map[planner.AdvisorID]planner.CalendarState, error) {
	list, args := inList([]any{jc}, advisors)
	rows, err := db.reader.QueryContext(ctx, `
		SELECT s.advisor_id, s.cursor, s.last_attempt, s.last_success, s.last_full, s.healthy, s.auth_failed, s.last_error, s.zone, s.write_error
		FROM calendar_states s
		JOIN advisors a ON a.id = s.advisor_id
		WHERE a.jobcenter_id = ?1 AND s.advisor_id IN (`+list+`)`, args...)
	if err != nil {
		return nil, mapError(err)
	}
	defer rows.Close()
	out := map[planner.AdvisorID]planner.CalendarState{}
	for rows.Next() {
		var st planner.CalendarState
		var attempt, success, full sql.NullInt64
		if err := rows.Scan(&st.AdvisorID, &st.Cursor, &attempt, &success, &full, &st.Healthy, &st.AuthFailed, &st.LastError, &st.Zone, &st.WriteError); err != nil {
			return nil, err
		}
		st.LastAttempt, st.LastSuccess, st.LastFull = nullInstant(attempt), nullInstant(success), nullInstant(full)
		out[st.AdvisorID] = st
	}
	return out, mapError(rows.Err())
}

// FindSyncHealth implements planner.Store.
func (db *DB) FindSyncHealth(ctx context.Context) (planner.SyncHealth, error) {
	h := planner.SyncHealth{Items: map[planner.TargetKind]map[planner.SyncState]int{}}
	rows, err := db.reader.QueryContext(ctx, `SELECT kind, state, count(*) FROM sync_items GROUP BY kind, state`)
	if err != nil {
		return h, mapError(err)
	}
	defer rows.Close()
	for rows.Next() {
		var kind planner.TargetKind
		var state planner.SyncState
		var n int
		if err := rows.Scan(&kind, &state, &n); err != nil {
			return h, err
		}
		if h.Items[kind] == nil {
			h.Items[kind] = map[planner.SyncState]int{}
		}
		h.Items[kind][state] = n
	}
	if err := rows.Err(); err != nil {
		return h, mapError(err)
	}
	var oldest sql.NullInt64
	err = db.reader.QueryRowContext(ctx, `
		SELECT count(*),
			coalesce(sum(s.healthy = 0 OR s.write_error <> ''), 0),
			coalesce(sum(s.advisor_id IS NULL), 0),
			min(s.last_success)
		FROM advisors a
		LEFT JOIN calendar_states s ON s.advisor_id = a.id
		WHERE coalesce(json_extract(a.calendar, '$.kind'), '') <> ''`).Scan(&h.Calendars, &h.Unhealthy, &h.Never, &oldest)
	h.OldestSuccess = nullInstant(oldest)
	return h, mapError(err)
}
