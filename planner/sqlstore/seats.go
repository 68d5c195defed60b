package sqlstore

import (
	"context"
	"fmt"
	"time"

	"github.com/planner-dk/planner/planner"
)

// SetMeetingSeats implements planner.Store.
func (db *DB) SetMeetingSeats(ctx context.Context, jc planner.JobcenterID, id planner.MeetingID, seats int, actor string) error {
	return db.tx(ctx, func(t tx, now time.Time) error {
		// The meeting's row is locked, as a booking of a seat locks it: no
		// booking slips in between the count and the change.
		m, err := db.findMeeting(ctx, t, jc, id, true)
		if err != nil {
			return err
		}
		if m.Form != planner.Group {
			return &planner.FieldError{Field: "seats", Reason: "can be changed on a group meeting only", ReasonDA: "kan kun ændres på et fællesmøde"}
		}
		var booked int
		if err := t.QueryRow(ctx, `SELECT count(*) FROM summonses WHERE meeting_id = $1`, id).Scan(&booked); err != nil {
			return err
		}
		if seats < booked {
			return &planner.FieldError{Field: "seats", Reason: fmt.Sprintf("must be at least the %d already booked", booked),
				ReasonDA: fmt.Sprintf("skal være mindst de %d, der allerede er booket", booked)}
		}
		if m.RoomID != 0 {
			var capacity int
			if err := t.QueryRow(ctx, `SELECT capacity FROM rooms WHERE id = $1`, m.RoomID).Scan(&capacity); err != nil {
				return err
			}
			if seats > capacity {
				return &planner.FieldError{Field: "seats", Reason: fmt.Sprintf("must be at most the room's %d", capacity),
					ReasonDA: fmt.Sprintf("må højst være lokalets %d", capacity)}
			}
		}
		before := m
		m.Seats = seats
		if err := m.Validate(); err != nil {
			return err
		}
		if _, err := t.Exec(ctx, `UPDATE meetings SET seats = $3 WHERE jobcenter_id = $1 AND id = $2`, jc, id, seats); err != nil {
			return err
		}
		return audit(ctx, t, now, jc, planner.AuditMeeting, int64(id), id, actor, "seats", before, m)
	})
}
