package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"github.com/planner-dk/planner/planner"
)

// CreateAbsence implements planner.Store.
func (db *DB) CreateAbsence(ctx context.Context, jc planner.JobcenterID, a *planner.Absence) error {
	if err := a.Validate(); err != nil {
		return err
	}
	return db.tx(ctx, func(tx *sql.Tx, _ time.Time) error {
		err := tx.QueryRowContext(ctx, `
			INSERT INTO absences (jobcenter_id, advisor_id, start_at, end_at, note)
			SELECT ?1, id, ?3, ?4, ?5
			FROM advisors
			WHERE id = ?2 AND jobcenter_id = ?1
			RETURNING id`, jc, a.AdvisorID, ms(a.Start), ms(a.End), a.Note).Scan(&a.ID)
		if errors.Is(err, sql.ErrNoRows) {
			return &planner.FieldError{Field: "advisorId", Reason: "does not exist in the job centre", ReasonDA: "findes ikke i jobcentret"}
		}
		return err
	})
}

// DeleteAbsence implements planner.Store.
func (db *DB) DeleteAbsence(ctx context.Context, jc planner.JobcenterID, id planner.AbsenceID) error {
	return db.tx(ctx, func(tx *sql.Tx, _ time.Time) error {
		return expectRow(tx.ExecContext(ctx, `DELETE FROM absences WHERE jobcenter_id = ?1 AND id = ?2`, jc, id))
	})
}

// FindAbsences implements planner.Store.
func (db *DB) FindAbsences(ctx context.Context, jc planner.JobcenterID, iv planner.Interval) ([]planner.Absence, error) {
	rows, err := db.reader.QueryContext(ctx, `
		SELECT id, advisor_id, start_at, end_at, note
		FROM absences
		WHERE jobcenter_id = ?1 AND start_at < ?3 AND end_at > ?2
		ORDER BY start_at, id`, jc, ms(iv.Start), ms(iv.End))
	if err != nil {
		return nil, mapError(err)
	}
	defer rows.Close()
	var out []planner.Absence
	for rows.Next() {
		var a planner.Absence
		var s, e int64
		if err := rows.Scan(&a.ID, &a.AdvisorID, &s, &e, &a.Note); err != nil {
			return nil, err
		}
		a.Start, a.End = instant(s), instant(e)
		out = append(out, a)
	}
	return out, rows.Err()
}
