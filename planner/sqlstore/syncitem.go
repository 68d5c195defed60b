package sqlstore

import (
	"context"
	"time"

	"github.com/planner-dk/planner/planner"
)

// syncColumns are read by scanSyncItem, in its order.
const syncColumns = `id, jobcenter_id, kind, advisor_id, meeting_id, summons_id, op, state, attempts, next_attempt,
	last_error, remote_href, etag, created_at, updated_at`

func scanSyncItem(r rows) (planner.SyncItem, error) {
	var s planner.SyncItem
	err := r.Scan(&s.ID, &s.JobcenterID, &s.Kind, &s.AdvisorID, &s.MeetingID, &s.SummonsID, &s.Op, &s.State,
		&s.Attempts, &s.NextAttempt, &s.LastError, &s.RemoteHref, &s.ETag, &s.CreatedAt, &s.UpdatedAt)
	s.NextAttempt, s.CreatedAt, s.UpdatedAt = s.NextAttempt.UTC(), s.CreatedAt.UTC(), s.UpdatedAt.UTC()
	return s, err
}

// syncItems reads the sync items a query selects.
func (db *DB) syncItems(ctx context.Context, query string, args ...any) ([]planner.SyncItem, error) {
	items, err := all(ctx, db.e.read(), scanSyncItem, query, args...)
	return items, db.d.mapError(err)
}

// FindSyncItems implements planner.Store.
func (db *DB) FindSyncItems(ctx context.Context, jc planner.JobcenterID, meeting planner.MeetingID) ([]planner.SyncItem, error) {
	return db.syncItems(ctx, `SELECT `+syncColumns+` FROM sync_items WHERE jobcenter_id = $1 AND meeting_id = $2 ORDER BY id`, jc, meeting)
}

// FindSyncItem implements planner.Store.
func (db *DB) FindSyncItem(ctx context.Context, id int64) (planner.SyncItem, error) {
	return first(db.syncItems(ctx, `SELECT `+syncColumns+` FROM sync_items WHERE id = $1`, id))
}

// FindDueSyncItems implements planner.Store.
func (db *DB) FindDueSyncItems(ctx context.Context, due time.Time, limit int) ([]planner.SyncItem, error) {
	return db.syncItems(ctx, `
		SELECT `+syncColumns+`
		FROM sync_items
		WHERE state = 'pending' AND next_attempt <= $1
		ORDER BY next_attempt, id
		LIMIT $2`, due, limit)
}

// FindCalendarPushes implements planner.Store.
func (db *DB) FindCalendarPushes(ctx context.Context, advisor planner.AdvisorID) ([]planner.SyncItem, error) {
	return db.syncItems(ctx, `
		SELECT `+syncColumns+`
		FROM sync_items
		WHERE advisor_id = $1 AND kind = 'calendar' AND state = 'pending'
		ORDER BY id`, advisor)
}

// MarkSyncDone implements planner.Store.
func (db *DB) MarkSyncDone(ctx context.Context, id int64, href, etag string) error {
	return db.tx(ctx, func(t tx, now time.Time) error {
		var kind planner.TargetKind
		var op planner.SyncOp
		var summons planner.SummonsID
		err := t.QueryRow(ctx, `
			UPDATE sync_items
			SET state = 'done', attempts = attempts + 1, remote_href = $2, etag = $3, last_error = '', updated_at = $4
			WHERE id = $1
			RETURNING kind, op, summons_id`, id, href, etag, now).Scan(&kind, &op, &summons)
		if err != nil || kind != planner.TargetJobnet || op != planner.OpPut {
			return err
		}
		_, err = t.Exec(ctx, `UPDATE summonses SET jobnet_state = 'done', jobnet_at = $2, jobnet_error = '' WHERE id = $1`, summons, now)
		return err
	})
}

// MarkSyncRetry implements planner.Store.
func (db *DB) MarkSyncRetry(ctx context.Context, id int64, reason string, next time.Time) error {
	return db.tx(ctx, func(t tx, now time.Time) error {
		return expectRow(t.Exec(ctx, `
			UPDATE sync_items
			SET attempts = attempts + 1, last_error = $2, next_attempt = $3, updated_at = $4
			WHERE id = $1 AND state = 'pending'`, id, reason, next, now))
	})
}

// MarkSyncFailed implements planner.Store.
func (db *DB) MarkSyncFailed(ctx context.Context, id int64, reason string) error {
	return db.tx(ctx, func(t tx, now time.Time) error {
		var kind planner.TargetKind
		var summons planner.SummonsID
		err := t.QueryRow(ctx, `
			UPDATE sync_items
			SET state = 'failed', attempts = attempts + 1, last_error = $2, updated_at = $3
			WHERE id = $1
			RETURNING kind, summons_id`, id, reason, now).Scan(&kind, &summons)
		if err != nil || kind != planner.TargetJobnet {
			return err
		}
		_, err = t.Exec(ctx, `UPDATE summonses SET jobnet_state = 'failed', jobnet_at = $2, jobnet_error = $3 WHERE id = $1`, summons, now, reason)
		return err
	})
}

// FindSyncHealth implements planner.Store.
func (db *DB) FindSyncHealth(ctx context.Context) (planner.SyncHealth, error) {
	h := planner.SyncHealth{Items: map[planner.TargetKind]map[planner.SyncState]int{}}
	type count struct {
		kind  planner.TargetKind
		state planner.SyncState
		n     int
	}
	counts, err := all(ctx, db.e.read(), func(r rows) (count, error) {
		var c count
		return c, r.Scan(&c.kind, &c.state, &c.n)
	}, `SELECT kind, state, count(*) FROM sync_items GROUP BY kind, state`)
	if err != nil {
		return h, db.d.mapError(err)
	}
	for _, c := range counts {
		if h.Items[c.kind] == nil {
			h.Items[c.kind] = map[planner.SyncState]int{}
		}
		h.Items[c.kind][c.state] = c.n
	}
	// Inputs: none. Output: connected calendars, unhealthy ones, ones never
	// tried, and the oldest last success among those read.
	var oldest *time.Time
	err = db.e.read().QueryRow(ctx, `
		SELECT count(*),
			count(*) FILTER (WHERE s.healthy = false OR s.write_error <> ''),
			count(*) FILTER (WHERE s.advisor_id IS NULL),
			min(s.last_success)
		FROM advisors a
		LEFT JOIN calendar_states s ON s.advisor_id = a.id
		WHERE coalesce(a.calendar->>'kind', '') <> ''`).Scan(&h.Calendars, &h.Unhealthy, &h.Never, &oldest)
	h.OldestSuccess = timeOf(oldest)
	return h, db.d.mapError(err)
}

// calendarSyncItems writes one pending calendar item per advisor of the
// meeting whose calendar is connected.
func calendarSyncItems(ctx context.Context, t execer, now time.Time, jc planner.JobcenterID, meeting planner.MeetingID, op planner.SyncOp) error {
	_, err := t.Exec(ctx, `
		INSERT INTO sync_items (jobcenter_id, kind, advisor_id, meeting_id, op, state, next_attempt, created_at, updated_at)
		SELECT $1, 'calendar', a.id, $2, $3, 'pending', $4, $4, $4
		FROM meeting_advisors ma
		JOIN advisors a ON a.id = ma.advisor_id
		WHERE ma.meeting_id = $2 AND coalesce(a.calendar->>'kind', '') <> ''
		ORDER BY ma.position`, jc, meeting, op, now)
	return err
}

// advisorSyncItem writes a calendar item for one advisor, if connected.
func advisorSyncItem(ctx context.Context, t execer, now time.Time, jc planner.JobcenterID, meeting planner.MeetingID, advisor planner.AdvisorID, op planner.SyncOp) error {
	_, err := t.Exec(ctx, `
		INSERT INTO sync_items (jobcenter_id, kind, advisor_id, meeting_id, op, state, next_attempt, created_at, updated_at)
		SELECT $1, 'calendar', id, $2, $3, 'pending', $4, $4, $4
		FROM advisors
		WHERE id = $5 AND coalesce(calendar->>'kind', '') <> ''`, jc, meeting, op, now, advisor)
	return err
}

// jobnetSyncItem writes the pending Jobnet item of a summons.
func jobnetSyncItem(ctx context.Context, t execer, now time.Time, jc planner.JobcenterID, meeting planner.MeetingID, summons planner.SummonsID, op planner.SyncOp) error {
	_, err := t.Exec(ctx, `
		INSERT INTO sync_items (jobcenter_id, kind, meeting_id, summons_id, op, state, next_attempt, created_at, updated_at, remote_href)
		SELECT $1, 'jobnet', $2, $3, $4, 'pending', $5, $5, $5, number
		FROM summonses WHERE id = $3`, jc, meeting, summons, op, now)
	return err
}

// jobnetUpdates writes a Jobnet item for every sent, live summons of a meeting.
func jobnetUpdates(ctx context.Context, t execer, now time.Time, jc planner.JobcenterID, meeting planner.MeetingID, op planner.SyncOp) error {
	_, err := t.Exec(ctx, `
		INSERT INTO sync_items (jobcenter_id, kind, meeting_id, summons_id, op, state, next_attempt, created_at, updated_at, remote_href)
		SELECT $1, 'jobnet', $2, id, $3, 'pending', $4, $4, $4, number
		FROM summonses
		WHERE meeting_id = $2 AND state = 'sent' AND cancelled_at IS NULL
		ORDER BY id`, jc, meeting, op, now)
	return err
}
