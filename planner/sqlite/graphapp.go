package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"github.com/planner-dk/planner/planner"
)

// SetGraphApp implements planner.Store.
func (db *DB) SetGraphApp(ctx context.Context, jc planner.JobcenterID, app planner.GraphApp) error {
	if err := app.Validate(); err != nil {
		return err
	}
	return db.tx(ctx, func(tx *sql.Tx, now time.Time) error {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM jobcenters WHERE id = ?1`, jc).Scan(&n); err != nil {
			return err
		}
		if n == 0 {
			return planner.ErrNotFound
		}
		// Inputs: job centre ?1, tenant ?2, client ?3, sealed secret ?4 ("":
		// keep the stored one), URLs ?5 ?6, now ?7. A first registration
		// without a secret inserts nothing: the caller is told "secret".
		res, err := tx.ExecContext(ctx, `
			INSERT INTO jobcenter_graph_apps (jobcenter_id, tenant_id, client_id, secret, token_url, graph_url, updated_at)
			SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7
			WHERE ?4 <> '' OR EXISTS (SELECT 1 FROM jobcenter_graph_apps WHERE jobcenter_id = ?1)
			ON CONFLICT (jobcenter_id) DO UPDATE
			SET tenant_id = excluded.tenant_id,
				client_id = excluded.client_id,
				secret = CASE WHEN excluded.secret = '' THEN jobcenter_graph_apps.secret ELSE excluded.secret END,
				token_url = excluded.token_url,
				graph_url = excluded.graph_url,
				updated_at = excluded.updated_at`,
			jc, app.TenantID, app.ClientID, db.keys.Seal(graphAppSecret, app.Secret), app.TokenURL, app.GraphURL, ms(now))
		if err := expectRow(res, err); errors.Is(err, planner.ErrNotFound) {
			return &planner.FieldError{Field: "secret", Reason: "is required", ReasonDA: "er påkrævet"}
		} else if err != nil {
			return err
		}
		return nil
	})
}

// FindGraphApp implements planner.Store.
func (db *DB) FindGraphApp(ctx context.Context, jc planner.JobcenterID) (planner.GraphApp, error) {
	var g planner.GraphApp
	var sealed string
	err := db.reader.QueryRowContext(ctx, `
		SELECT tenant_id, client_id, secret, token_url, graph_url
		FROM jobcenter_graph_apps
		WHERE jobcenter_id = ?1`, jc).Scan(&g.TenantID, &g.ClientID, &sealed, &g.TokenURL, &g.GraphURL)
	if errors.Is(err, sql.ErrNoRows) {
		return g, planner.ErrNotFound
	}
	if err != nil {
		return g, mapError(err)
	}
	if g.Secret, err = db.open(graphAppSecret, sealed); err != nil {
		return planner.GraphApp{}, err
	}
	g.HasSecret = g.Secret != ""
	return g, nil
}
