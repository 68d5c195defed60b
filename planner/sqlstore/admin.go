package sqlstore

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/planner-dk/planner/planner"
)

// deleteRow deletes one row of a job centre. A row still referenced (a
// foreign key) or found by inUse is in use: ErrConflict, nothing deleted.
func (db *DB) deleteRow(ctx context.Context, table string, jc planner.JobcenterID, id int64, inUse string) error {
	err := db.tx(ctx, func(t tx, _ time.Time) error {
		if inUse != "" {
			var used bool
			if err := t.QueryRow(ctx, inUse, jc, id).Scan(&used); err != nil {
				return err
			}
			if used {
				return fmt.Errorf("%s %d is in use: %w", table, id, planner.ErrInvalid)
			}
		}
		// table is one of our own constant names, never input.
		return expectRow(t.Exec(ctx, `DELETE FROM `+table+` WHERE jobcenter_id = $1 AND id = $2`, jc, id))
	})
	if errors.Is(err, planner.ErrInvalid) {
		return fmt.Errorf("%s %d: %w", table, id, planner.ErrInUse)
	}
	return err
}

// DeleteTeam implements planner.Store.
func (db *DB) DeleteTeam(ctx context.Context, jc planner.JobcenterID, id planner.TeamID) error {
	return db.deleteRow(ctx, "teams", jc, int64(id), "")
}

// DeleteAdvisor implements planner.Store. An advisor still listed on an
// offer is in use (ErrConflict), like one with meetings or absences:
// deleting them would leave the offer pointing at no one.
func (db *DB) DeleteAdvisor(ctx context.Context, jc planner.JobcenterID, id planner.AdvisorID) error {
	return db.deleteRow(ctx, "advisors", jc, int64(id),
		`SELECT EXISTS (SELECT 1 FROM offers WHERE jobcenter_id = $1 AND `+db.d.jsonHas("advisors", "$2")+`)`)
}

// DeleteRoom implements planner.Store.
func (db *DB) DeleteRoom(ctx context.Context, jc planner.JobcenterID, id planner.RoomID) error {
	return db.deleteRow(ctx, "rooms", jc, int64(id), "")
}

// DeleteCitizen implements planner.Store.
func (db *DB) DeleteCitizen(ctx context.Context, jc planner.JobcenterID, id planner.CitizenID) error {
	return db.deleteRow(ctx, "citizens", jc, int64(id), "")
}

// UpdateRoom implements planner.Store.
func (db *DB) UpdateRoom(ctx context.Context, r planner.Room) error {
	if err := r.Validate(); err != nil {
		return err
	}
	return db.tx(ctx, func(t tx, _ time.Time) error {
		return expectRow(t.Exec(ctx, `UPDATE rooms SET name = $3, capacity = $4 WHERE jobcenter_id = $1 AND id = $2`,
			r.JobcenterID, r.ID, r.Name, r.Capacity))
	})
}

// UpdateSeats implements planner.Store. The meeting's row lock (on SQLite,
// the one writer) keeps a concurrent booking from slipping past the new
// count.
func (db *DB) UpdateSeats(ctx context.Context, jc planner.JobcenterID, id planner.MeetingID, seats, rebookSeats int, actor string) error {
	return db.tx(ctx, func(t tx, now time.Time) error {
		m, err := db.findMeeting(ctx, t, jc, id, true)
		if err != nil {
			return err
		}
		before := m
		m.Seats, m.RebookSeats = seats, rebookSeats
		if m.Form != planner.Group {
			return &planner.FieldError{Field: "seats", Reason: "apply only to group meetings", ReasonDA: "gælder kun gruppemøder"}
		}
		if err := m.Validate(); err != nil {
			return err
		}
		var booked int
		if err := t.QueryRow(ctx, `SELECT count(*) FROM summonses WHERE meeting_id = $1 AND cancelled_at IS NULL`, id).Scan(&booked); err != nil {
			return err
		}
		if booked > seats {
			return fmt.Errorf("meeting %d has %d participants, more than %d seats: %w", id, booked, seats, planner.ErrConflict)
		}
		if _, err := t.Exec(ctx, `UPDATE meetings SET seats = $2, rebook_seats = $3, seats_from_room = false WHERE id = $1`, id, seats, rebookSeats); err != nil {
			return err
		}
		return audit(ctx, t, now, jc, planner.AuditMeeting, int64(id), id, actor, "update", before, m)
	})
}

// FrontPageCounts implements planner.Store.
func (db *DB) FrontPageCounts(ctx context.Context, jc planner.JobcenterID, now time.Time, today planner.Date) (planner.FrontPage, error) {
	var fp planner.FrontPage
	// Inputs: job centre, now, today. Outputs: pending summonses from today
	// on; live summonses whose meeting (not yet over) overlaps an absence
	// of one of its advisors; summonses from today on past their deadline.
	err := db.e.read().QueryRow(ctx, `
		SELECT
			count(*) FILTER (WHERE s.state = 'pending' AND s.meeting_day >= $3),
			count(*) FILTER (WHERE EXISTS (
				SELECT 1 FROM meeting_advisors ma JOIN absences ab ON ab.advisor_id = ma.advisor_id
				WHERE ma.meeting_id = s.meeting_id AND ma.busy_end > $2
				  AND ab.start_at < ma.busy_end AND ab.end_at > ma.busy_start)),
			count(*) FILTER (WHERE s.meeting_day >= $3 AND s.holding_deadline IS NOT NULL AND s.meeting_day > s.holding_deadline)
		FROM summonses s
		WHERE s.jobcenter_id = $1 AND s.cancelled_at IS NULL`, jc, now, dateArg(today),
	).Scan(&fp.NotSent, &fp.WithAbsentAdvisor, &fp.DeadlineExceeded)
	if err != nil {
		return fp, db.d.mapError(err)
	}
	fp.AbsentNow, err = all(ctx, db.e.read(), scanOne[planner.AdvisorID], `
		SELECT DISTINCT advisor_id FROM absences
		WHERE jobcenter_id = $1 AND start_at <= $2 AND end_at > $2
		ORDER BY advisor_id`, jc, now)
	return fp, db.d.mapError(err)
}

// CreateToken implements planner.Store.
func (db *DB) CreateToken(ctx context.Context, t *planner.Token) error {
	if err := t.Validate(); err != nil {
		return err
	}
	return db.tx(ctx, func(tx tx, now time.Time) error {
		t.CreatedAt = now
		return tx.QueryRow(ctx, `
			INSERT INTO api_tokens (jobcenter_id, role, name, hash, created_at)
			VALUES ($1, $2, $3, $4, $5)
			RETURNING id`, t.JobcenterID, t.Role, t.Name, t.Hash, now).Scan(&t.ID)
	})
}

// FindTokens implements planner.Store.
func (db *DB) FindTokens(ctx context.Context, jc planner.JobcenterID) ([]planner.Token, error) {
	ts, err := all(ctx, db.e.read(), func(r rows) (planner.Token, error) {
		var t planner.Token
		err := r.Scan(&t.ID, &t.JobcenterID, &t.Role, &t.Name, &t.CreatedAt)
		t.CreatedAt = t.CreatedAt.UTC()
		return t, err
	}, `SELECT id, jobcenter_id, role, name, created_at FROM api_tokens WHERE jobcenter_id = $1 ORDER BY id`, jc)
	return ts, db.d.mapError(err)
}

// DeleteToken implements planner.Store.
func (db *DB) DeleteToken(ctx context.Context, jc planner.JobcenterID, id planner.TokenID) error {
	return expectRow(db.exec(ctx, `DELETE FROM api_tokens WHERE id = $1 AND jobcenter_id = $2`, id, jc))
}

// FindTokenByHash implements planner.Store.
func (db *DB) FindTokenByHash(ctx context.Context, hash []byte) (planner.Token, error) {
	var t planner.Token
	err := db.e.read().QueryRow(ctx, `
		SELECT id, jobcenter_id, role, name, hash, created_at
		FROM api_tokens
		WHERE hash = $1`, hash).Scan(&t.ID, &t.JobcenterID, &t.Role, &t.Name, &t.Hash, &t.CreatedAt)
	t.CreatedAt = t.CreatedAt.UTC()
	return t, db.d.mapError(err)
}
