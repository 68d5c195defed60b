package sqlstore

import (
	"context"
	"time"

	"github.com/planner-dk/planner/planner"
)

// CreateAbsence implements planner.Store.
func (db *DB) CreateAbsence(ctx context.Context, jc planner.JobcenterID, a *planner.Absence) error {
	if err := a.Validate(); err != nil {
		return err
	}
	return db.tx(ctx, func(t tx, _ time.Time) error {
		err := t.QueryRow(ctx, `
			INSERT INTO absences (jobcenter_id, advisor_id, start_at, end_at, note)
			SELECT $1, id, $3, $4, $5
			FROM advisors
			WHERE id = $2 AND jobcenter_id = $1
			RETURNING id`, jc, a.AdvisorID, a.Start, a.End, a.Note).Scan(&a.ID)
		if noRows(err) {
			return &planner.FieldError{Field: "advisorId", Reason: "does not exist in the job centre", ReasonDA: "findes ikke i jobcentret"}
		}
		return err
	})
}

// UpdateAbsence implements planner.Store.
func (db *DB) UpdateAbsence(ctx context.Context, jc planner.JobcenterID, a planner.Absence) error {
	if err := a.Validate(); err != nil {
		return err
	}
	return db.tx(ctx, func(t tx, _ time.Time) error {
		return expectRow(t.Exec(ctx, `
			UPDATE absences SET start_at = $3, end_at = $4, note = $5
			WHERE jobcenter_id = $1 AND id = $2 AND advisor_id = $6`, jc, a.ID, a.Start, a.End, a.Note, a.AdvisorID))
	})
}

// DeleteAbsence implements planner.Store.
func (db *DB) DeleteAbsence(ctx context.Context, jc planner.JobcenterID, id planner.AbsenceID) error {
	return db.tx(ctx, func(t tx, _ time.Time) error {
		return expectRow(t.Exec(ctx, `DELETE FROM absences WHERE jobcenter_id = $1 AND id = $2`, jc, id))
	})
}

// FindAbsences implements planner.Store.
func (db *DB) FindAbsences(ctx context.Context, jc planner.JobcenterID, iv planner.Interval) ([]planner.Absence, error) {
	out, err := all(ctx, db.e.read(), func(r rows) (planner.Absence, error) {
		var a planner.Absence
		err := r.Scan(&a.ID, &a.AdvisorID, &a.Start, &a.End, &a.Note)
		a.Start, a.End = a.Start.UTC(), a.End.UTC()
		return a, err
	}, `
		SELECT id, advisor_id, start_at, end_at, note
		FROM absences
		WHERE jobcenter_id = $1 AND start_at < $3 AND end_at > $2
		ORDER BY start_at, id`, jc, iv.Start, iv.End)
	return out, db.d.mapError(err)
}
