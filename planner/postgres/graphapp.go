package postgres

import (
	"context"
	"errors"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/planner-dk/planner/planner"
)

// SetGraphApp implements planner.Store.
func (db *DB) SetGraphApp(ctx context.Context, jc planner.JobcenterID, app planner.GraphApp) error {
	if err := app.Validate(); err != nil {
		return err
	}
	return db.tx(ctx, func(tx pgx.Tx, now time.Time) error {
		if err := jobcenterExists(ctx, tx, jc); err != nil {
			return err
		}
		// Inputs: job centre $1, tenant $2, client $3, sealed secret $4 ("":
		// keep the stored one), URLs $5 $6, now $7. A first registration
		// without a secret inserts nothing: the caller is told "secret".
		tag, err := tx.Exec(ctx, `
			INSERT INTO jobcenter_graph_apps (jobcenter_id, tenant_id, client_id, secret, token_url, graph_url, updated_at)
			SELECT $1::bigint, $2::text, $3::text, $4::text, $5::text, $6::text, $7::timestamptz
			WHERE $4::text <> '' OR EXISTS (SELECT 1 FROM jobcenter_graph_apps WHERE jobcenter_id = $1)
			ON CONFLICT (jobcenter_id) DO UPDATE
			SET tenant_id = EXCLUDED.tenant_id,
				client_id = EXCLUDED.client_id,
				secret = CASE WHEN EXCLUDED.secret = '' THEN jobcenter_graph_apps.secret ELSE EXCLUDED.secret END,
				token_url = EXCLUDED.token_url,
				graph_url = EXCLUDED.graph_url,
				updated_at = EXCLUDED.updated_at`,
			jc, app.TenantID, app.ClientID, db.keys.Seal(graphAppSecret, app.Secret), app.TokenURL, app.GraphURL, now)
		if err != nil {
			return err
		}
		if tag.RowsAffected() == 0 {
			return &planner.FieldError{Field: "secret", Reason: "is required", ReasonDA: "er påkrævet"}
		}
		return nil
	})
}

// FindGraphApp implements planner.Store.
func (db *DB) FindGraphApp(ctx context.Context, jc planner.JobcenterID) (planner.GraphApp, error) {
	var g planner.GraphApp
	var sealed string
	err := db.pool.QueryRow(ctx, `
		SELECT tenant_id, client_id, secret, token_url, graph_url
		FROM jobcenter_graph_apps
		WHERE jobcenter_id = $1`, jc).Scan(&g.TenantID, &g.ClientID, &sealed, &g.TokenURL, &g.GraphURL)
	if errors.Is(err, pgx.ErrNoRows) {
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

// jobcenterExists answers ErrNotFound for a job centre that is not there.
func jobcenterExists(ctx context.Context, tx pgx.Tx, jc planner.JobcenterID) error {
	var n int
	if err := tx.QueryRow(ctx, `SELECT count(*) FROM jobcenters WHERE id = $1`, jc).Scan(&n); err != nil {
		return err
	}
	if n == 0 {
		return planner.ErrNotFound
	}
	return nil
}
