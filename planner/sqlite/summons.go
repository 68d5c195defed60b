package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/planner-dk/planner/planner"
)

// SendSummonses implements planner.Store.
func (db *DB) SendSummonses(ctx context.Context, jc planner.JobcenterID, ids []planner.SummonsID, actor string) error {
	return db.tx(ctx, func(tx *sql.Tx, now time.Time) error {
		for _, id := range ids {
			var meeting planner.MeetingID
			err := tx.QueryRowContext(ctx, `
				UPDATE summonses
				SET state = 'sent', sent_at = ?3, jobnet_state = 'pending'
				WHERE jobcenter_id = ?1 AND id = ?2 AND state = 'pending' AND cancelled_at IS NULL
				RETURNING meeting_id`, jc, id, ms(now)).Scan(&meeting)
			if errors.Is(err, sql.ErrNoRows) {
				return fmt.Errorf("pending summons %d: %w", id, planner.ErrNotFound)
			}
			if err != nil {
				return err
			}
			if err := jobnetSyncItem(ctx, tx, now, jc, meeting, id, planner.OpPut); err != nil {
				return err
			}
			if err := audit(ctx, tx, now, jc, planner.AuditSummons, int64(id), meeting, actor, "send",
				map[string]any{"state": planner.Pending}, map[string]any{"state": planner.Sent, "sentAt": now}); err != nil {
				return err
			}
		}
		return nil
	})
}

// MoveMeeting implements planner.Store. The meeting's advisor rows are
// replaced, so the triggers judge the new time; advisors who leave get a
// calendar delete, the others a put, and every sent summons a Jobnet update.
func (db *DB) MoveMeeting(ctx context.Context, jc planner.JobcenterID, id planner.MeetingID, to planner.MeetingMove, actor string) error {
	return db.tx(ctx, func(tx *sql.Tx, now time.Time) error {
		m, err := findMeeting(ctx, tx, jc, id)
		if err != nil {
			return err
		}
		before, old := m, m.Advisors
		m.Start, m.End, m.Advisors, m.RoomID = to.Start, to.End, to.Advisors, to.RoomID
		if err := m.Validate(); err != nil {
			return err
		}
		for _, a := range old {
			if !slices.Contains(m.Advisors, a) {
				if err := advisorSyncItem(ctx, tx, now, jc, id, a, planner.OpDelete); err != nil {
					return err
				}
			}
		}
		day, err := localDay(ctx, tx, jc, m.Start)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `
			UPDATE meetings SET start_at = ?3, end_at = ?4, busy_end = ?5, room_id = ?6, day = ?7, responsible_id = ?8
			WHERE jobcenter_id = ?1 AND id = ?2`, jc, id, ms(m.Start), ms(m.End), ms(m.Busy().End), idArg(m.RoomID), day, idArg(m.Responsible())); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `
			UPDATE summonses SET meeting_start = ?2, meeting_day = ?3, responsible_id = ?4
			WHERE meeting_id = ?1`, id, ms(m.Start), day, idArg(m.Responsible())); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM meeting_advisors WHERE meeting_id = ?1`, id); err != nil {
			return err
		}
		if err := insertAdvisors(ctx, tx, &m); err != nil {
			return err
		}
		if err := calendarSyncItems(ctx, tx, now, jc, id, planner.OpPut); err != nil {
			return err
		}
		if err := jobnetUpdates(ctx, tx, now, jc, id, planner.OpPut); err != nil {
			return err
		}
		return audit(ctx, tx, now, jc, planner.AuditMeeting, int64(id), id, actor, "move", before, m)
	})
}

// DeleteMeeting implements planner.Store.
func (db *DB) DeleteMeeting(ctx context.Context, jc planner.JobcenterID, id planner.MeetingID, actor string) error {
	return db.tx(ctx, func(tx *sql.Tx, now time.Time) error {
		if _, err := findMeeting(ctx, tx, jc, id); err != nil {
			return err
		}
		if err := jobnetUpdates(ctx, tx, now, jc, id, planner.OpDelete); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE summonses SET cancelled_at = ?2 WHERE meeting_id = ?1 AND cancelled_at IS NULL`, id, ms(now)); err != nil {
			return err
		}
		return cancelMeeting(ctx, tx, now, jc, id, actor, "delete")
	})
}

// jobnetUpdates queues a Jobnet item for every sent, live summons of a meeting.
func jobnetUpdates(ctx context.Context, tx *sql.Tx, now time.Time, jc planner.JobcenterID, meeting planner.MeetingID, op planner.SyncOp) error {
	_, err := tx.ExecContext(ctx, `
		INSERT INTO sync_items (jobcenter_id, kind, meeting_id, summons_id, op, state, next_attempt, created_at, updated_at, remote_href)
		SELECT ?1, 'jobnet', ?2, id, ?3, 'pending', ?4, ?4, ?4, number
		FROM summonses
		WHERE meeting_id = ?2 AND state = 'sent' AND cancelled_at IS NULL
		ORDER BY id`, jc, meeting, op, ms(now))
	return err
}

// advisorSyncItem queues a calendar item for one advisor, if connected.
func advisorSyncItem(ctx context.Context, tx *sql.Tx, now time.Time, jc planner.JobcenterID, meeting planner.MeetingID, advisor planner.AdvisorID, op planner.SyncOp) error {
	_, err := tx.ExecContext(ctx, `
		INSERT INTO sync_items (jobcenter_id, kind, advisor_id, meeting_id, op, state, next_attempt, created_at, updated_at)
		SELECT ?1, 'calendar', id, ?2, ?3, 'pending', ?4, ?4, ?4
		FROM advisors
		WHERE id = ?5 AND coalesce(json_extract(calendar, '$.kind'), '') <> ''`, jc, meeting, op, ms(now), advisor)
	return err
}
