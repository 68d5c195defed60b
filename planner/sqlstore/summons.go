package sqlstore

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/planner-dk/planner/planner"
)

// SendSummonses implements planner.Store.
func (db *DB) SendSummonses(ctx context.Context, jc planner.JobcenterID, ids []planner.SummonsID, actor string) error {
	return db.tx(ctx, func(t tx, now time.Time) error {
		for _, id := range ids {
			var meeting planner.MeetingID
			err := t.QueryRow(ctx, `
				UPDATE summonses
				SET state = 'sent', sent_at = $3, jobnet_state = 'pending'
				WHERE jobcenter_id = $1 AND id = $2 AND state = 'pending' AND cancelled_at IS NULL
				RETURNING meeting_id`, jc, id, now).Scan(&meeting)
			if noRows(err) {
				return fmt.Errorf("pending summons %d: %w", id, planner.ErrNotFound)
			}
			if err != nil {
				return err
			}
			if err := jobnetSyncItem(ctx, t, now, jc, meeting, id, planner.OpPut); err != nil {
				return err
			}
			if err := audit(ctx, t, now, jc, planner.AuditSummons, int64(id), meeting, actor, "send",
				map[string]any{"state": planner.Pending}, map[string]any{"state": planner.Sent, "sentAt": now}); err != nil {
				return err
			}
		}
		return nil
	})
}

// MoveMeeting implements planner.Store. The meeting's advisor rows are
// replaced, so the database judges the new time as a new booking's;
// advisors who leave get a calendar delete, the others a put, and every
// sent summons a Jobnet update.
func (db *DB) MoveMeeting(ctx context.Context, jc planner.JobcenterID, id planner.MeetingID, to planner.MeetingMove, actor string) error {
	return db.tx(ctx, func(t tx, now time.Time) error {
		m, err := db.findMeeting(ctx, t, jc, id, true)
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
				if err := advisorSyncItem(ctx, t, now, jc, id, a, planner.OpDelete); err != nil {
					return err
				}
			}
		}
		if err := db.lockCalendars(ctx, t, m.Advisors, m.RoomID); err != nil {
			return err
		}
		if _, err := t.Exec(ctx, `
			UPDATE meetings SET start_at = $3, end_at = $4, busy_end = $5, room_id = $6,
				day = planner_local_date($3, (SELECT zone FROM jobcenters WHERE id = $1)), responsible_id = $7
			WHERE jobcenter_id = $1 AND id = $2`, jc, id, m.Start, m.End, m.Busy().End, idArg(m.RoomID), idArg(m.Responsible())); err != nil {
			return err
		}
		if _, err := t.Exec(ctx, `
			UPDATE summonses SET (meeting_start, meeting_day, responsible_id) =
				(SELECT m.start_at, m.day, m.responsible_id FROM meetings m WHERE m.id = $1)
			WHERE meeting_id = $1`, id); err != nil {
			return err
		}
		if _, err := t.Exec(ctx, `DELETE FROM meeting_advisors WHERE meeting_id = $1`, id); err != nil {
			return err
		}
		if err := insertAdvisors(ctx, t, &m); err != nil {
			return err
		}
		if err := calendarSyncItems(ctx, t, now, jc, id, planner.OpPut); err != nil {
			return err
		}
		if err := jobnetUpdates(ctx, t, now, jc, id, planner.OpPut); err != nil {
			return err
		}
		return audit(ctx, t, now, jc, planner.AuditMeeting, int64(id), id, actor, "move", before, m)
	})
}

// DeleteMeeting implements planner.Store.
func (db *DB) DeleteMeeting(ctx context.Context, jc planner.JobcenterID, id planner.MeetingID, actor string) error {
	return db.tx(ctx, func(t tx, now time.Time) error {
		if _, err := db.findMeeting(ctx, t, jc, id, true); err != nil {
			return err
		}
		if err := jobnetUpdates(ctx, t, now, jc, id, planner.OpDelete); err != nil {
			return err
		}
		if _, err := t.Exec(ctx, `UPDATE summonses SET cancelled_at = $2 WHERE meeting_id = $1 AND cancelled_at IS NULL`, id, now); err != nil {
			return err
		}
		return db.cancelMeeting(ctx, t, now, jc, id, actor, "delete")
	})
}
