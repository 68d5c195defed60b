package postgres

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/planner-dk/planner/planner"
)

// CreateAbsence implements planner.Store.
func (db *DB) CreateAbsence(ctx context.Context, jc planner.JobcenterID, a *planner.Absence) error {
	if err := a.Validate(); err != nil {
		return err
	}
	return db.tx(ctx, func(tx pgx.Tx, _ time.Time) error {
		err := tx.QueryRow(ctx, `
			INSERT INTO absences (jobcenter_id, advisor_id, start_at, end_at, note)
			SELECT $1, id, $3, $4, $5
			FROM advisors
			WHERE id = $2 AND jobcenter_id = $1
			RETURNING id`, jc, a.AdvisorID, a.Start, a.End, a.Note).Scan(&a.ID)
		if err == pgx.ErrNoRows {
			return &planner.FieldError{Field: "advisorId", Reason: "does not exist in the job centre", ReasonDA: "findes ikke i jobcentret"}
		}
		return err
	})
}

// DeleteAbsence implements planner.Store.
func (db *DB) DeleteAbsence(ctx context.Context, jc planner.JobcenterID, id planner.AbsenceID) error {
	return db.tx(ctx, func(tx pgx.Tx, _ time.Time) error {
		return expectRow(tx.Exec(ctx, `DELETE FROM absences WHERE jobcenter_id = $1 AND id = $2`, jc, id))
	})
}

// FindAbsences implements planner.Store.
func (db *DB) FindAbsences(ctx context.Context, jc planner.JobcenterID, iv planner.Interval) ([]planner.Absence, error) {
	rows, err := db.pool.Query(ctx, `
		SELECT id, advisor_id, start_at, end_at, note
		FROM absences
		WHERE jobcenter_id = $1 AND start_at < $3 AND end_at > $2
		ORDER BY start_at, id`, jc, iv.Start, iv.End)
	if err != nil {
		return nil, mapError(err)
	}
	return pgx.CollectRows(rows, func(row pgx.CollectableRow) (planner.Absence, error) {
		var a planner.Absence
		err := row.Scan(&a.ID, &a.AdvisorID, &a.Start, &a.End, &a.Note)
		a.Start, a.End = a.Start.UTC(), a.End.UTC()
		return a, err
	})
}
