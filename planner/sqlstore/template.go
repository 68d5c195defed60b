package sqlstore

import (
	"context"
	"time"

	"github.com/planner-dk/planner/planner"
)

// CreateTemplate implements planner.Store.
func (db *DB) CreateTemplate(ctx context.Context, t *planner.Template) error {
	if err := t.Validate(); err != nil {
		return err
	}
	return db.tx(ctx, func(tx tx, _ time.Time) error {
		return tx.QueryRow(ctx, `
			INSERT INTO templates (jobcenter_id, name, fields)
			VALUES ($1, $2, $3)
			RETURNING id`, t.JobcenterID, t.Name, jsonOf(t.Fields)).Scan(&t.ID)
	})
}

// UpdateTemplate implements planner.Store.
func (db *DB) UpdateTemplate(ctx context.Context, t planner.Template) error {
	if err := t.Validate(); err != nil {
		return err
	}
	return db.tx(ctx, func(tx tx, _ time.Time) error {
		return expectRow(tx.Exec(ctx, `UPDATE templates SET name = $3, fields = $4 WHERE jobcenter_id = $1 AND id = $2`,
			t.JobcenterID, t.ID, t.Name, jsonOf(t.Fields)))
	})
}

// DeleteTemplate implements planner.Store.
func (db *DB) DeleteTemplate(ctx context.Context, jc planner.JobcenterID, id planner.TemplateID) error {
	return db.tx(ctx, func(tx tx, _ time.Time) error {
		return expectRow(tx.Exec(ctx, `DELETE FROM templates WHERE jobcenter_id = $1 AND id = $2`, jc, id))
	})
}

// FindTemplates implements planner.Store.
func (db *DB) FindTemplates(ctx context.Context, jc planner.JobcenterID) ([]planner.Template, error) {
	out, err := all(ctx, db.e.read(), func(r rows) (planner.Template, error) {
		var t planner.Template
		var fields []byte
		if err := r.Scan(&t.ID, &t.JobcenterID, &t.Name, &fields); err != nil {
			return t, err
		}
		return t, fromJSON(fields, &t.Fields)
	}, `SELECT id, jobcenter_id, name, fields FROM templates WHERE jobcenter_id = $1 ORDER BY name, id`, jc)
	return out, db.d.mapError(err)
}
