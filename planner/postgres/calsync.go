package postgres

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/planner-dk/planner/planner"
)

// FindCalendarAdvisors implements planner.Store.
func (db *DB) FindCalendarAdvisors(ctx context.Context) ([]planner.Advisor, error) {
	return db.findAdvisors(ctx, db.pool, `coalesce(calendar->>'kind', '') <> ''`)
}

// FindCalendarSnapshot implements planner.Store.
func (db *DB) FindCalendarSnapshot(ctx context.Context, advisor planner.AdvisorID) (planner.CalendarSnapshot, error) {
	snap := planner.CalendarSnapshot{State: planner.CalendarState{AdvisorID: advisor, Healthy: true}}
	var attempt, success, full *time.Time
	err := db.pool.QueryRow(ctx, `
		SELECT cursor, last_attempt, last_success, last_full, healthy, auth_failed, last_error, zone, write_error
		FROM calendar_states
		WHERE advisor_id = $1`, advisor).Scan(&snap.State.Cursor, &attempt, &success, &full,
		&snap.State.Healthy, &snap.State.AuthFailed, &snap.State.LastError, &snap.State.Zone, &snap.State.WriteError)
	if err != nil && !errors.Is(err, pgx.ErrNoRows) {
		return snap, mapError(err)
	}
	snap.State.LastAttempt, snap.State.LastSuccess, snap.State.LastFull = timeOf(attempt), timeOf(success), timeOf(full)

	rows, err := db.pool.Query(ctx, `SELECT href, etag, hash FROM calendar_objects WHERE advisor_id = $1 ORDER BY href`, advisor)
	if err != nil {
		return snap, mapError(err)
	}
	snap.Objects, err = pgx.CollectRows(rows, func(r pgx.CollectableRow) (planner.CalendarObject, error) {
		var o planner.CalendarObject
		return o, r.Scan(&o.Href, &o.ETag, &o.Hash)
	})
	if err != nil {
		return snap, mapError(err)
	}
	// Pending: a calendar sync item of this meeting and advisor waits. Only
	// the rows of the advisor's current calendar are Planner's events in it.
	rows, err = db.pool.Query(ctx, `
		SELECT e.calendar_id, e.meeting_id, e.advisor_id, e.href, e.etag, e.owned_hash, e.generation,
			EXISTS (SELECT 1 FROM sync_items s
				WHERE s.kind = 'calendar' AND s.state = 'pending' AND s.meeting_id = e.meeting_id AND s.advisor_id = e.advisor_id)
		FROM calendar_events e
		JOIN advisors a ON a.id = e.advisor_id AND a.calendar_id = e.calendar_id
		WHERE e.advisor_id = $1
		ORDER BY e.meeting_id`, advisor)
	if err != nil {
		return snap, mapError(err)
	}
	snap.Events, err = pgx.CollectRows(rows, func(r pgx.CollectableRow) (planner.CalendarEvent, error) {
		var e planner.CalendarEvent
		return e, r.Scan(&e.Calendar, &e.MeetingID, &e.AdvisorID, &e.Href, &e.ETag, &e.OwnedHash, &e.Generation, &e.Pending)
	})
	return snap, mapError(err)
}

func timeOf(t *time.Time) time.Time {
	if t == nil {
		return time.Time{}
	}
	return t.UTC()
}

// SavePull implements planner.Store: the objects, their items, the adopted
// etags and the cursor in one transaction.
func (db *DB) SavePull(ctx context.Context, advisor planner.AdvisorID, r planner.PullResult) error {
	return db.tx(ctx, func(tx pgx.Tx, _ time.Time) error {
		if err := currentCalendar(ctx, tx, advisor, r.Calendar); err != nil {
			return err
		}
		for _, href := range r.Remove {
			if _, err := tx.Exec(ctx, `DELETE FROM external_items WHERE advisor_id = $1 AND href = $2`, advisor, href); err != nil {
				return err
			}
			if _, err := tx.Exec(ctx, `DELETE FROM calendar_objects WHERE advisor_id = $1 AND href = $2`, advisor, href); err != nil {
				return err
			}
		}
		for _, o := range r.Upsert {
			if err := upsertObject(ctx, tx, advisor, o); err != nil {
				return err
			}
		}
		for _, e := range r.Adopt {
			if _, err := tx.Exec(ctx, `UPDATE calendar_events SET etag = $3 WHERE advisor_id = $1 AND href = $2`, advisor, e.Href, e.ETag); err != nil {
				return err
			}
		}
		_, err := tx.Exec(ctx, `
			INSERT INTO calendar_states (advisor_id, cursor, last_attempt, last_success, last_full, healthy, auth_failed, last_error, zone)
			VALUES ($1, $2, $3, $3, CASE WHEN $4 THEN $3::timestamptz END, true, false, '', $5)
			ON CONFLICT (advisor_id) DO UPDATE SET
				cursor = excluded.cursor, last_attempt = excluded.last_attempt, last_success = excluded.last_success,
				last_full = coalesce(excluded.last_full, calendar_states.last_full),
				healthy = true, auth_failed = false, last_error = '',
				zone = CASE WHEN excluded.zone <> '' THEN excluded.zone ELSE calendar_states.zone END`, advisor, r.Cursor, r.At, r.Full, r.Zone)
		return err
	})
}

// upsertObject stores one external object and replaces its busy items.
func upsertObject(ctx context.Context, tx pgx.Tx, advisor planner.AdvisorID, o planner.CalendarObject) error {
	if _, err := tx.Exec(ctx, `
		INSERT INTO calendar_objects (advisor_id, href, etag, hash, data)
		VALUES ($1, $2, $3, $4, $5)
		ON CONFLICT (advisor_id, href) DO UPDATE SET etag = excluded.etag, hash = excluded.hash, data = excluded.data`,
		advisor, o.Href, o.ETag, o.Hash, o.Data); err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, `DELETE FROM external_items WHERE advisor_id = $1 AND href = $2`, advisor, o.Href); err != nil {
		return err
	}
	if len(o.Items) == 0 {
		return nil
	}
	starts, ends := make([]time.Time, len(o.Items)), make([]time.Time, len(o.Items))
	summaries := make([]string, len(o.Items))
	private, allDay := make([]bool, len(o.Items)), make([]bool, len(o.Items))
	for i, it := range o.Items {
		starts[i], ends[i], summaries[i], private[i], allDay[i] = it.Start, it.End, it.Summary, it.Private, it.AllDay
	}
	_, err := tx.Exec(ctx, `
		INSERT INTO external_items (advisor_id, href, start_at, end_at, summary, private, all_day)
		SELECT $1, $2, s, e, sm, p, d
		FROM unnest($3::timestamptz[], $4::timestamptz[], $5::text[], $6::boolean[], $7::boolean[]) AS u(s, e, sm, p, d)`,
		advisor, o.Href, starts, ends, summaries, private, allDay)
	return err
}

// currentCalendar checks in tx that cal is advisor's calendar now, locking
// the advisor's row: ErrConflict when the connection changed meanwhile.
func currentCalendar(ctx context.Context, tx pgx.Tx, advisor planner.AdvisorID, cal planner.CalendarID) error {
	var n int
	err := tx.QueryRow(ctx, `SELECT count(*) FROM (SELECT 1 FROM advisors WHERE id = $1 AND calendar_id = $2 AND calendar_id <> 0 FOR SHARE) a`,
		advisor, cal).Scan(&n)
	if err == nil && n == 0 {
		return fmt.Errorf("calendar %d of advisor %d: no longer connected: %w", cal, advisor, planner.ErrConflict)
	}
	return err
}

// MarkPullFailed implements planner.Store.
func (db *DB) MarkPullFailed(ctx context.Context, advisor planner.AdvisorID, cal planner.CalendarID, reason string, auth bool, at time.Time) error {
	_, err := db.pool.Exec(ctx, `
		INSERT INTO calendar_states (advisor_id, last_attempt, healthy, auth_failed, last_error)
		SELECT $1, $2, false, $3, $4
		FROM advisors WHERE id = $1 AND calendar_id = $5 AND calendar_id <> 0
		ON CONFLICT (advisor_id) DO UPDATE SET
			last_attempt = excluded.last_attempt, healthy = false, auth_failed = excluded.auth_failed, last_error = excluded.last_error`,
		advisor, at, auth, reason, cal)
	return mapError(err)
}

// SetCalendarWriteError implements planner.Store.
func (db *DB) SetCalendarWriteError(ctx context.Context, advisor planner.AdvisorID, cal planner.CalendarID, reason string) error {
	_, err := db.pool.Exec(ctx, `
		INSERT INTO calendar_states (advisor_id, write_error)
		SELECT $1, $2
		FROM advisors WHERE id = $1 AND calendar_id = $3 AND calendar_id <> 0
		ON CONFLICT (advisor_id) DO UPDATE SET write_error = excluded.write_error`,
		advisor, reason, cal)
	return mapError(err)
}

// FindCalendarPushes implements planner.Store.
func (db *DB) FindCalendarPushes(ctx context.Context, advisor planner.AdvisorID) ([]planner.SyncItem, error) {
	rows, err := db.pool.Query(ctx, `
		SELECT `+syncColumns+`
		FROM sync_items
		WHERE advisor_id = $1 AND kind = 'calendar' AND state = 'pending'
		ORDER BY id`, advisor)
	if err != nil {
		return nil, mapError(err)
	}
	items, err := pgx.CollectRows(rows, scanSyncItem)
	return items, mapError(err)
}

// SaveCalendarEvent implements planner.Store. A row of a connection the
// advisor no longer has is refused; while that calendar is being cleaned
// up, the event joins its retired events, so it is deleted there too.
func (db *DB) SaveCalendarEvent(ctx context.Context, e planner.CalendarEvent) error {
	var stale error
	err := db.tx(ctx, func(tx pgx.Tx, _ time.Time) error {
		stale = currentCalendar(ctx, tx, e.AdvisorID, e.Calendar)
		if errors.Is(stale, planner.ErrConflict) {
			_, err := tx.Exec(ctx, `
				INSERT INTO retired_events (calendar_id, meeting_id, href, etag, owned_hash)
				SELECT id, $2, $3, $4, $5 FROM retired_calendars WHERE id = $1 AND state = 'cleaning'
				ON CONFLICT (calendar_id, href) DO UPDATE SET etag = excluded.etag, owned_hash = excluded.owned_hash`,
				e.Calendar, e.MeetingID, e.Href, e.ETag, e.OwnedHash)
			return err
		} else if stale != nil {
			return stale
		}
		_, err := tx.Exec(ctx, `
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
	return mapError(err)
}

// DeleteCalendarEvent implements planner.Store.
func (db *DB) DeleteCalendarEvent(ctx context.Context, meeting planner.MeetingID, advisor planner.AdvisorID) error {
	_, err := db.pool.Exec(ctx, `DELETE FROM calendar_events WHERE meeting_id = $1 AND advisor_id = $2`, meeting, advisor)
	return mapError(err)
}

// FindCalendarStates implements planner.Store.
func (db *DB) FindCalendarStates(ctx context.Context, jc planner.JobcenterID, advisors []planner.AdvisorID) (map[planner.AdvisorID]planner.CalendarState, error) {
	rows, err := db.pool.Query(ctx, `
		SELECT s.advisor_id, s.cursor, s.last_attempt, s.last_success, s.last_full, s.healthy, s.auth_failed, s.last_error, s.zone, s.write_error
		FROM calendar_states s
		JOIN advisors a ON a.id = s.advisor_id
		WHERE a.jobcenter_id = $1 AND s.advisor_id = ANY($2)`, jc, idsOf(advisors))
	if err != nil {
		return nil, mapError(err)
	}
	defer rows.Close()
	out := map[planner.AdvisorID]planner.CalendarState{}
	for rows.Next() {
		var st planner.CalendarState
		var attempt, success, full *time.Time
		if err := rows.Scan(&st.AdvisorID, &st.Cursor, &attempt, &success, &full, &st.Healthy, &st.AuthFailed, &st.LastError, &st.Zone, &st.WriteError); err != nil {
			return nil, err
		}
		st.LastAttempt, st.LastSuccess, st.LastFull = timeOf(attempt), timeOf(success), timeOf(full)
		out[st.AdvisorID] = st
	}
	return out, mapError(rows.Err())
}

// FindSyncHealth implements planner.Store.
func (db *DB) FindSyncHealth(ctx context.Context) (planner.SyncHealth, error) {
	h := planner.SyncHealth{Items: map[planner.TargetKind]map[planner.SyncState]int{}}
	rows, err := db.pool.Query(ctx, `SELECT kind, state, count(*) FROM sync_items GROUP BY kind, state`)
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
	// Inputs: none. Output: connected calendars, unhealthy ones, ones never
	// tried, and the oldest last success among those read.
	var oldest *time.Time
	err = db.pool.QueryRow(ctx, `
		SELECT count(*),
			count(*) FILTER (WHERE s.healthy = false OR s.write_error <> ''),
			count(*) FILTER (WHERE s.advisor_id IS NULL),
			min(s.last_success)
		FROM advisors a
		LEFT JOIN calendar_states s ON s.advisor_id = a.id
		WHERE coalesce(a.calendar->>'kind', '') <> ''`).Scan(&h.Calendars, &h.Unhealthy, &h.Never, &oldest)
	h.OldestSuccess = timeOf(oldest)
	return h, mapError(err)
}
