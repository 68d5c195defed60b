package postgres

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/planner-dk/planner/planner"
)

// CreateBooking implements planner.Store.
func (db *DB) CreateBooking(ctx context.Context, b *planner.Booking) error {
	orig := *b
	return db.tx(ctx, func(tx pgx.Tx, now time.Time) error {
		*b = orig // a retried transaction starts from the caller's booking, not the failed attempt's ids
		return createBooking(ctx, tx, now, b)
	})
}

// MoveBooking implements planner.Store: the old booking is cancelled and
// the new one made in one transaction, so a failed rebooking keeps the old.
func (db *DB) MoveBooking(ctx context.Context, jc planner.JobcenterID, id planner.SummonsID, b *planner.Booking) error {
	orig := *b
	return db.tx(ctx, func(tx pgx.Tx, now time.Time) error {
		*b = orig
		if err := cancelBooking(ctx, tx, now, jc, id, b.Actor); err != nil {
			return err
		}
		return createBooking(ctx, tx, now, b)
	})
}

// CancelBooking implements planner.Store.
func (db *DB) CancelBooking(ctx context.Context, jc planner.JobcenterID, id planner.SummonsID, actor string) error {
	return db.tx(ctx, func(tx pgx.Tx, now time.Time) error { return cancelBooking(ctx, tx, now, jc, id, actor) })
}

// createBooking writes a booking inside tx. For a group meeting the
// meeting's row is locked first, so concurrent bookings of the last seats
// are counted one after the other and the session never exceeds its seats.
func createBooking(ctx context.Context, tx pgx.Tx, now time.Time, b *planner.Booking) error {
	m := &b.Meeting
	jc := m.JobcenterID
	later := &batch{}
	if m.ID == 0 {
		if err := insertMeeting(ctx, tx, later, now, m, false); err != nil {
			return err
		}
		if err := audit(ctx, later, now, jc, planner.AuditMeeting, int64(m.ID), m.ID, b.Actor, "create", nil, *m); err != nil {
			return err
		}
	} else {
		if jc == 0 {
			return &planner.FieldError{Field: "meeting.jobcenterId", Reason: "is required", ReasonDA: "er påkrævet"}
		}
		locked, err := findMeeting(ctx, tx, jc, m.ID, true)
		if err != nil {
			return err
		}
		if locked.Form != planner.Group {
			return &planner.FieldError{Field: "meeting.id", Reason: "is not a group meeting", ReasonDA: "er ikke et gruppemøde"}
		}
		var booked int
		if err := tx.QueryRow(ctx, `SELECT count(*) FROM summonses WHERE meeting_id = $1 AND cancelled_at IS NULL`, m.ID).Scan(&booked); err != nil {
			return err
		}
		g := planner.GroupSeats{Capacity: locked.Seats, RebookSeats: locked.RebookSeats, Booked: booked}
		if err := planner.CheckSeat(g, b.Rebooking); err != nil {
			return fmt.Errorf("meeting %d: %w", m.ID, err)
		}
		*m = locked
	}
	if err := insertSummons(ctx, tx, later, now, jc, m.ID, &b.Summons); err != nil {
		return err
	}
	if err := audit(ctx, later, now, jc, planner.AuditSummons, int64(b.Summons.ID), m.ID, b.Actor, "create", nil, b.Summons); err != nil {
		return err
	}
	return later.send(ctx, tx)
}

// insertSummons numbers and stores a summons, with its Jobnet sync item
// when it is sent.
func insertSummons(ctx context.Context, tx pgx.Tx, later execer, now time.Time, jc planner.JobcenterID, meeting planner.MeetingID, s *planner.Summons) error {
	s.MeetingID = meeting
	if s.CreatedAt.IsZero() {
		s.CreatedAt = now
	}
	if s.Jobnet == "" {
		s.Jobnet = planner.SyncPending
	}
	// The SELECT keeps a citizen of another job centre out. The number is
	// the job centre's prefix and a sequence (not a counter row: a row lock
	// per job centre would serialise every booking and let concurrent
	// bookings deadlock).
	err := tx.QueryRow(ctx, `
		INSERT INTO summonses (jobcenter_id, number, meeting_id, citizen_id, state, holding_deadline, rebooked,
			jobnet_state, sent_at, created_at, created_by, team_id, responsible_id, meeting_start, meeting_day,
			meeting_type, variant, channel, citizen_name)
		SELECT $1, j.summons_prefix::text || '-' || lpad(q.n::text, greatest(6, length(q.n::text)), '0'),
			m.id, c.id, $4, $5, $6, $7, $8, $9, $10, m.team_id, m.responsible_id, m.start_at, m.day,
			m.meeting_type, m.variant, m.channel, c.name
		FROM citizens c, meetings m, jobcenters j, (SELECT nextval('summons_number_seq') AS n) AS q
		WHERE c.id = $3 AND c.jobcenter_id = $1 AND m.id = $2 AND j.id = $1
		RETURNING id, number`,
		jc, meeting, s.CitizenID, s.State, dateArg(s.HoldingDeadline), s.Rebooked, s.Jobnet, s.SentAt,
		s.CreatedAt, s.CreatedBy).Scan(&s.ID, &s.Number)
	if err == pgx.ErrNoRows {
		return &planner.FieldError{Field: "summons.citizenId", Reason: "does not exist in the job centre", ReasonDA: "findes ikke i jobcentret"}
	}
	if err != nil || s.State != planner.Sent {
		return err
	}
	return jobnetSyncItem(ctx, later, now, jc, meeting, s.ID, planner.OpPut)
}

// cancelBooking cancels a summons inside tx; an individual meeting goes with
// it, freeing its advisors' time and room, with delete sync items.
func cancelBooking(ctx context.Context, tx pgx.Tx, now time.Time, jc planner.JobcenterID, id planner.SummonsID, actor string) error {
	before, err := findSummonses(ctx, tx, `s.id = $2`, jc, id)
	if err != nil {
		return err
	}
	if len(before) == 0 {
		return fmt.Errorf("summons %d: %w", id, planner.ErrNotFound)
	}
	var meeting planner.MeetingID
	var state planner.SummonsState
	var form planner.Form
	err = tx.QueryRow(ctx, `
		UPDATE summonses s SET cancelled_at = $3
		FROM meetings m
		WHERE s.id = $2 AND s.jobcenter_id = $1 AND s.cancelled_at IS NULL AND m.id = s.meeting_id
		RETURNING s.meeting_id, s.state, m.form`, jc, id, now).Scan(&meeting, &state, &form)
	if err == pgx.ErrNoRows {
		return fmt.Errorf("summons %d: %w", id, planner.ErrNotFound)
	}
	if err != nil {
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
func cancelMeeting(ctx context.Context, tx pgx.Tx, now time.Time, jc planner.JobcenterID, meeting planner.MeetingID, actor, action string) error {
	before, err := findMeeting(ctx, tx, jc, meeting, false)
	if err != nil {
		return err
	}
	if err := audit(ctx, tx, now, jc, planner.AuditMeeting, int64(meeting), meeting, actor, action, before, nil); err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, `UPDATE meetings SET cancelled_at = $3 WHERE jobcenter_id = $1 AND id = $2`, jc, meeting, now); err != nil {
		return err
	}
	if err := calendarSyncItems(ctx, tx, now, jc, meeting, planner.OpDelete); err != nil {
		return err
	}
	_, err = tx.Exec(ctx, `DELETE FROM meeting_advisors WHERE meeting_id = $1`, meeting)
	return err
}

// DeleteSummonses implements planner.Store.
func (db *DB) DeleteSummonses(ctx context.Context, jc planner.JobcenterID, ids []planner.SummonsID, actor string) error {
	return db.tx(ctx, func(tx pgx.Tx, now time.Time) error {
		for _, id := range ids {
			if err := cancelBooking(ctx, tx, now, jc, id, actor); err != nil {
				return err
			}
		}
		return nil
	})
}
