package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/planner-dk/planner/planner"
)

// CreateBooking implements planner.Store.
func (db *DB) CreateBooking(ctx context.Context, b *planner.Booking) error {
	return db.tx(ctx, func(tx *sql.Tx, now time.Time) error { return createBooking(ctx, tx, now, b) })
}

// MoveBooking implements planner.Store: the old booking is cancelled and
// the new one made in one transaction, so a failed rebooking keeps the old.
func (db *DB) MoveBooking(ctx context.Context, jc planner.JobcenterID, id planner.SummonsID, b *planner.Booking) error {
	return db.tx(ctx, func(tx *sql.Tx, now time.Time) error {
		if err := cancelBooking(ctx, tx, now, jc, id, b.Actor); err != nil {
			return err
		}
		return createBooking(ctx, tx, now, b)
	})
}

// CancelBooking implements planner.Store.
func (db *DB) CancelBooking(ctx context.Context, jc planner.JobcenterID, id planner.SummonsID, actor string) error {
	return db.tx(ctx, func(tx *sql.Tx, now time.Time) error { return cancelBooking(ctx, tx, now, jc, id, actor) })
}

// createBooking writes a booking inside tx. The single writer makes the
// seat count and the insert of a group booking one atomic step.
func createBooking(ctx context.Context, tx *sql.Tx, now time.Time, b *planner.Booking) error {
	m := &b.Meeting
	jc := m.JobcenterID
	if m.ID == 0 {
		if err := insertMeeting(ctx, tx, now, m, false); err != nil {
			return err
		}
		if err := audit(ctx, tx, now, jc, planner.AuditMeeting, int64(m.ID), m.ID, b.Actor, "create", nil, *m); err != nil {
			return err
		}
	} else {
		if jc == 0 {
			return &planner.FieldError{Field: "meeting.jobcenterId", Reason: "is required", ReasonDA: "er påkrævet"}
		}
		locked, err := findMeeting(ctx, tx, jc, m.ID)
		if err != nil {
			return err
		}
		if locked.Form != planner.Group {
			return &planner.FieldError{Field: "meeting.id", Reason: "is not a group meeting", ReasonDA: "er ikke et gruppemøde"}
		}
		var booked int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM summonses WHERE meeting_id = ?1 AND cancelled_at IS NULL`, m.ID).Scan(&booked); err != nil {
			return err
		}
		g := planner.GroupSeats{Capacity: locked.Seats, RebookSeats: locked.RebookSeats, Booked: booked}
		if err := planner.CheckSeat(g, b.Rebooking); err != nil {
			return fmt.Errorf("meeting %d: %w", m.ID, err)
		}
		*m = locked
	}
	if err := insertSummons(ctx, tx, now, jc, m.ID, &b.Summons); err != nil {
		return err
	}
	return audit(ctx, tx, now, jc, planner.AuditSummons, int64(b.Summons.ID), m.ID, b.Actor, "create", nil, b.Summons)
}

// insertSummons numbers and stores a summons, with its Jobnet sync item
// when it is sent.
func insertSummons(ctx context.Context, tx *sql.Tx, now time.Time, jc planner.JobcenterID, meeting planner.MeetingID, s *planner.Summons) error {
	var prefix int
	var seq int64
	if err := tx.QueryRowContext(ctx, `
		UPDATE jobcenters SET summons_seq = summons_seq + 1
		WHERE id = ?1
		RETURNING summons_prefix, summons_seq`, jc).Scan(&prefix, &seq); err != nil {
		return err
	}
	s.Number, s.MeetingID = planner.FormatSummonsNumber(prefix, seq), meeting
	if s.CreatedAt.IsZero() {
		s.CreatedAt = now
	}
	if s.Jobnet == "" {
		s.Jobnet = planner.SyncPending
	}
	// The SELECT keeps a citizen of another job centre out.
	err := tx.QueryRowContext(ctx, `
		INSERT INTO summonses (jobcenter_id, number, meeting_id, citizen_id, state, holding_deadline, rebooked,
			jobnet_state, sent_at, created_at, created_by, team_id, responsible_id, meeting_start, meeting_day,
			meeting_type, variant, channel, citizen_name)
		SELECT ?1, ?2, m.id, c.id, ?5, ?6, ?7, ?8, ?9, ?10, ?11, m.team_id, m.responsible_id, m.start_at, m.day,
			m.meeting_type, m.variant, m.channel, c.name
		FROM citizens c, meetings m
		WHERE c.id = ?4 AND c.jobcenter_id = ?1 AND m.id = ?3
		RETURNING id`,
		jc, s.Number, meeting, s.CitizenID, s.State, dateArg(s.HoldingDeadline), s.Rebooked, s.Jobnet, msPtr(s.SentAt),
		ms(s.CreatedAt), s.CreatedBy).Scan(&s.ID)
	if errors.Is(err, sql.ErrNoRows) {
		return &planner.FieldError{Field: "summons.citizenId", Reason: "does not exist in the job centre", ReasonDA: "findes ikke i jobcentret"}
	}
	if err != nil || s.State != planner.Sent {
		return err
	}
	return jobnetSyncItem(ctx, tx, now, jc, meeting, s.ID, planner.OpPut)
}

// cancelBooking cancels a summons inside tx; an individual meeting goes with
// it, freeing its advisors' time and room, with delete sync items.
func cancelBooking(ctx context.Context, tx *sql.Tx, now time.Time, jc planner.JobcenterID, id planner.SummonsID, actor string) error {
	before, err := findSummonses(ctx, tx, `s.id = ?2`, jc, id)
	if err != nil {
		return err
	}
	if len(before) == 0 {
		return fmt.Errorf("summons %d: %w", id, planner.ErrNotFound)
	}
	var meeting planner.MeetingID
	var state planner.SummonsState
	var form planner.Form
	err = tx.QueryRowContext(ctx, `
		SELECT s.meeting_id, s.state, m.form
		FROM summonses s
		JOIN meetings m ON m.id = s.meeting_id
		WHERE s.id = ?2 AND s.jobcenter_id = ?1 AND s.cancelled_at IS NULL`, jc, id).Scan(&meeting, &state, &form)
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("summons %d: %w", id, planner.ErrNotFound)
	}
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE summonses SET cancelled_at = ?2 WHERE id = ?1`, id, ms(now)); err != nil {
		return err
	}
	if err := audit(ctx, tx, now, jc, planner.AuditSummons, int64(id), meeting, actor, "cancel", before[0], nil); err != nil {
		return err
	}
	if state == planner.Sent {
		if err := jobnetSyncItem(ctx, tx, now, jc, meeting, id, planner.OpDelete); err != nil {
			return err
		}
	}
	if form != planner.Individual {
		return nil
	}
	return cancelMeeting(ctx, tx, now, jc, meeting, actor, "cancel")
}

// cancelMeeting marks a meeting cancelled, writes the calendar deletes and
// frees the advisors' time.
func cancelMeeting(ctx context.Context, tx *sql.Tx, now time.Time, jc planner.JobcenterID, meeting planner.MeetingID, actor, action string) error {
	before, err := findMeeting(ctx, tx, jc, meeting)
	if err != nil {
		return err
	}
	if err := audit(ctx, tx, now, jc, planner.AuditMeeting, int64(meeting), meeting, actor, action, before, nil); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE meetings SET cancelled_at = ?3 WHERE jobcenter_id = ?1 AND id = ?2`, jc, meeting, ms(now)); err != nil {
		return err
	}
	if err := calendarSyncItems(ctx, tx, now, jc, meeting, planner.OpDelete); err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `DELETE FROM meeting_advisors WHERE meeting_id = ?1`, meeting)
	return err
}

// DeleteSummonses implements planner.Store.
func (db *DB) DeleteSummonses(ctx context.Context, jc planner.JobcenterID, ids []planner.SummonsID, actor string) error {
	return db.tx(ctx, func(tx *sql.Tx, now time.Time) error {
		for _, id := range ids {
			if err := cancelBooking(ctx, tx, now, jc, id, actor); err != nil {
				return err
			}
		}
		return nil
	})
}
