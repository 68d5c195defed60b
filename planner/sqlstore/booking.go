package sqlstore

import (
	"context"
	"fmt"
	"time"

	"github.com/planner-dk/planner/planner"
)

// CreateBooking implements planner.Store.
func (db *DB) CreateBooking(ctx context.Context, b *planner.Booking) error {
	orig := *b
	return db.tx(ctx, func(t tx, now time.Time) error {
		*b = orig // a retried transaction starts from the caller's booking, not the failed attempt's ids
		return db.createBooking(ctx, t, now, b)
	})
}

// MoveBooking implements planner.Store: the old booking is cancelled and
// the new one made in one transaction, so a failed rebooking keeps the old.
func (db *DB) MoveBooking(ctx context.Context, jc planner.JobcenterID, id planner.SummonsID, b *planner.Booking) error {
	orig := *b
	return db.tx(ctx, func(t tx, now time.Time) error {
		*b = orig
		if err := db.cancelBooking(ctx, t, now, jc, id, b.Actor); err != nil {
			return err
		}
		return db.createBooking(ctx, t, now, b)
	})
}

// CancelBooking implements planner.Store.
func (db *DB) CancelBooking(ctx context.Context, jc planner.JobcenterID, id planner.SummonsID, actor string) error {
	return db.tx(ctx, func(t tx, now time.Time) error { return db.cancelBooking(ctx, t, now, jc, id, actor) })
}

// DeleteSummonses implements planner.Store.
func (db *DB) DeleteSummonses(ctx context.Context, jc planner.JobcenterID, ids []planner.SummonsID, actor string) error {
	return db.tx(ctx, func(t tx, now time.Time) error {
		for _, id := range ids {
			if err := db.cancelBooking(ctx, t, now, jc, id, actor); err != nil {
				return err
			}
		}
		return nil
	})
}

// createBooking writes a booking inside t. A group meeting's row is read
// locked (on SQLite the one writer has it to itself), so concurrent
// bookings of the last seats are counted one after the other and the
// session never exceeds its seats. The sync items and revision-log entries
// go to a batch sent before commit.
func (db *DB) createBooking(ctx context.Context, t tx, now time.Time, b *planner.Booking) error {
	m := &b.Meeting
	jc := m.JobcenterID
	later := t.batch()
	if m.ID == 0 {
		if err := db.insertMeeting(ctx, t, later, now, m, false); err != nil {
			return err
		}
		if err := audit(ctx, later, now, jc, planner.AuditMeeting, int64(m.ID), m.ID, b.Actor, "create", nil, *m); err != nil {
			return err
		}
	} else {
		if jc == 0 {
			return &planner.FieldError{Field: "meeting.jobcenterId", Reason: "is required", ReasonDA: "er påkrævet"}
		}
		locked, err := db.findMeeting(ctx, t, jc, m.ID, true)
		if err != nil {
			return err
		}
		if locked.Form != planner.Group {
			return &planner.FieldError{Field: "meeting.id", Reason: "is not a group meeting", ReasonDA: "er ikke et gruppemøde"}
		}
		var booked int
		if err := t.QueryRow(ctx, `SELECT count(*) FROM summonses WHERE meeting_id = $1 AND cancelled_at IS NULL`, m.ID).Scan(&booked); err != nil {
			return err
		}
		g := planner.GroupSeats{Capacity: locked.Seats, RebookSeats: locked.RebookSeats, Booked: booked}
		if err := planner.CheckSeat(g, b.Rebooking); err != nil {
			return fmt.Errorf("meeting %d: %w", m.ID, err)
		}
		*m = locked
	}
	if err := db.insertSummons(ctx, t, later, now, jc, m.ID, &b.Summons); err != nil {
		return err
	}
	if err := audit(ctx, later, now, jc, planner.AuditSummons, int64(b.Summons.ID), m.ID, b.Actor, "create", nil, b.Summons); err != nil {
		return err
	}
	if b.Exception != "" {
		exception := struct {
			Citizen planner.CitizenID `json:"citizenId"`
			Reason  string            `json:"reason"`
		}{b.Summons.CitizenID, b.Exception}
		if err := audit(ctx, later, now, jc, planner.AuditSummons, int64(b.Summons.ID), m.ID, b.Actor, "exception", nil, exception); err != nil {
			return err
		}
	}
	return later.send(ctx)
}

// insertSummons numbers and stores a summons, with its Jobnet sync item
// (to later) when it is sent. The number is the job centre's prefix and a
// counter: on PostgreSQL a sequence drawn inside the insert (a counter row
// per job centre would serialise every booking and let concurrent
// bookings deadlock); on SQLite, whose one writer serialises anyway, the
// job centre's own counter.
func (db *DB) insertSummons(ctx context.Context, t tx, later execer, now time.Time, jc planner.JobcenterID, meeting planner.MeetingID, s *planner.Summons) error {
	s.MeetingID = meeting
	if s.CreatedAt.IsZero() {
		s.CreatedAt = now
	}
	if s.Jobnet == "" {
		s.Jobnet = planner.SyncPending
	}
	args := []any{jc, meeting, s.CitizenID, s.State, dateArg(s.HoldingDeadline), s.Rebooked, s.Jobnet, s.SentAt, s.CreatedAt, s.CreatedBy}
	number := `(SELECT CAST(j.summons_prefix AS text) || '-' || lpad(CAST(q.n AS text), greatest(6, length(CAST(q.n AS text))), '0')
			FROM jobcenters j, (SELECT nextval('summons_number_seq') AS n) AS q WHERE j.id = $1)`
	if !db.d.summonsSequence {
		var prefix int
		var seq int64
		if err := t.QueryRow(ctx, `
			UPDATE jobcenters SET summons_seq = summons_seq + 1
			WHERE id = $1
			RETURNING summons_prefix, summons_seq`, jc).Scan(&prefix, &seq); err != nil {
			return err
		}
		args, number = append(args, planner.FormatSummonsNumber(prefix, seq)), `$11`
	}
	// The SELECT keeps a citizen of another job centre out.
	err := t.QueryRow(ctx, `
		INSERT INTO summonses (jobcenter_id, number, meeting_id, citizen_id, state, holding_deadline, rebooked,
			jobnet_state, sent_at, created_at, created_by, team_id, responsible_id, meeting_start, meeting_day,
			meeting_type, variant, channel, citizen_name)
		SELECT $1, `+number+`, m.id, c.id, $4, $5, $6, $7, $8, $9, $10, m.team_id, m.responsible_id, m.start_at, m.day,
			m.meeting_type, m.variant, m.channel, c.name
		FROM citizens c, meetings m
		WHERE c.id = $3 AND c.jobcenter_id = $1 AND m.id = $2
		RETURNING id, number`, args...).Scan(&s.ID, &s.Number)
	if noRows(err) {
		return &planner.FieldError{Field: "summons.citizenId", Reason: "does not exist in the job centre", ReasonDA: "findes ikke i jobcentret"}
	}
	if err != nil || s.State != planner.Sent {
		return err
	}
	return jobnetSyncItem(ctx, later, now, jc, meeting, s.ID, planner.OpPut)
}

// cancelBooking cancels a summons inside t; an individual meeting goes with
// it, freeing its advisors' time and room, with delete sync items.
func (db *DB) cancelBooking(ctx context.Context, t tx, now time.Time, jc planner.JobcenterID, id planner.SummonsID, actor string) error {
	s, err := first(findSummonses(ctx, t, `s.id = $2`, jc, id))
	if err != nil {
		return err
	}
	var form planner.Form
	if err := t.QueryRow(ctx, `SELECT form FROM meetings WHERE id = $1`, s.MeetingID).Scan(&form); err != nil {
		return err
	}
	// A concurrent cancel of the same summons waits for this row's lock,
	// then finds it cancelled: not found.
	if err := expectRow(t.Exec(ctx, `UPDATE summonses SET cancelled_at = $2 WHERE id = $1 AND cancelled_at IS NULL`, id, now)); err != nil {
		return fmt.Errorf("summons %d: %w", id, err)
	}
	if err := audit(ctx, t, now, jc, planner.AuditSummons, int64(id), s.MeetingID, actor, "cancel", s, nil); err != nil {
		return err
	}
	if s.State == planner.Sent {
		if err := jobnetSyncItem(ctx, t, now, jc, s.MeetingID, id, planner.OpDelete); err != nil {
			return err
		}
	}
	if form != planner.Individual {
		return nil
	}
	return db.cancelMeeting(ctx, t, now, jc, s.MeetingID, actor, "cancel")
}

// cancelMeeting marks a meeting cancelled, writes the calendar deletes and
// frees the advisors' time.
func (db *DB) cancelMeeting(ctx context.Context, t tx, now time.Time, jc planner.JobcenterID, meeting planner.MeetingID, actor, action string) error {
	before, err := db.findMeeting(ctx, t, jc, meeting, false)
	if err != nil {
		return err
	}
	if err := audit(ctx, t, now, jc, planner.AuditMeeting, int64(meeting), meeting, actor, action, before, nil); err != nil {
		return err
	}
	if _, err := t.Exec(ctx, `UPDATE meetings SET cancelled_at = $3 WHERE jobcenter_id = $1 AND id = $2`, jc, meeting, now); err != nil {
		return err
	}
	if err := calendarSyncItems(ctx, t, now, jc, meeting, planner.OpDelete); err != nil {
		return err
	}
	_, err = t.Exec(ctx, `DELETE FROM meeting_advisors WHERE meeting_id = $1`, meeting)
	return err
}
