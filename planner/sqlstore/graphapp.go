package sqlstore

import (
	"context"
	"time"

	"github.com/planner-dk/planner/planner"
)

// SetGraphApp implements planner.Store.
func (db *DB) SetGraphApp(ctx context.Context, jc planner.JobcenterID, app planner.GraphApp) error {
	if err := app.Validate(); err != nil {
		return err
	}
	return db.tx(ctx, func(t tx, now time.Time) error {
		if err := jobcenterExists(ctx, t, jc); err != nil {
			return err
		}
		// Inputs: job centre $1, tenant $2, client $3, sealed secret $4 ("":
		// keep the stored one), URLs $5 $6, now $7. A first registration
		// without a secret inserts nothing: the caller is told "secret".
		n, err := t.Exec(ctx, `
			INSERT INTO jobcenter_graph_apps (jobcenter_id, tenant_id, client_id, secret, token_url, graph_url, updated_at)
			SELECT CAST($1 AS bigint), CAST($2 AS text), CAST($3 AS text), CAST($4 AS text), CAST($5 AS text), CAST($6 AS text), CAST($7 AS timestamptz)
			WHERE CAST($4 AS text) <> '' OR EXISTS (SELECT 1 FROM jobcenter_graph_apps WHERE jobcenter_id = $1)
			ON CONFLICT (jobcenter_id) DO UPDATE
			SET tenant_id = excluded.tenant_id,
				client_id = excluded.client_id,
				secret = CASE WHEN excluded.secret = '' THEN jobcenter_graph_apps.secret ELSE excluded.secret END,
				token_url = excluded.token_url,
				graph_url = excluded.graph_url,
				updated_at = excluded.updated_at`,
			jc, app.TenantID, app.ClientID, db.seal(graphAppSecret, app.Secret), app.TokenURL, app.GraphURL, now)
		if err == nil && n == 0 {
			return &planner.FieldError{Field: "secret", Reason: "is required", ReasonDA: "er påkrævet"}
		}
		return err
	})
}

// FindGraphApp implements planner.Store.
func (db *DB) FindGraphApp(ctx context.Context, jc planner.JobcenterID) (planner.GraphApp, error) {
	var g planner.GraphApp
	var sealed string
	err := db.e.read().QueryRow(ctx, `
		SELECT tenant_id, client_id, secret, token_url, graph_url
		FROM jobcenter_graph_apps
		WHERE jobcenter_id = $1`, jc).Scan(&g.TenantID, &g.ClientID, &sealed, &g.TokenURL, &g.GraphURL)
	if err != nil {
		return g, db.d.mapError(err)
	}
	if g.Secret, err = db.open(graphAppSecret, sealed); err != nil {
		return planner.GraphApp{}, err
	}
	g.HasSecret = g.Secret != ""
	return g, nil
}
