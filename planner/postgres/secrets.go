package postgres

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/planner-dk/planner/planner/secret"
)

// The columns that hold a credential, each sealed with its table.column as
// the context (planner/secret): a value copied to another column does not
// open there.
const (
	advisorSecret  = "advisors.calendar_secret"
	retiredSecret  = "retired_calendars.secret"
	graphAppSecret = "jobcenter_graph_apps.secret"
)

// sealedColumns lists every credential column with its table's key.
var sealedColumns = []struct{ table, column, key, context string }{
	{"advisors", "calendar_secret", "id", advisorSecret},
	{"retired_calendars", "secret", "id", retiredSecret},
	{"jobcenter_graph_apps", "secret", "jobcenter_id", graphAppSecret},
}

// open opens a sealed column value; the error names the column only.
func (db *DB) open(context, sealed string) (string, error) {
	s, err := db.keys.Open(context, sealed)
	if err != nil {
		return "", fmt.Errorf("postgres: %w", err)
	}
	return s, nil
}

// sealPlaintext is the migration step after the schema's (issue 12): in
// one transaction it seals every credential still stored in clear, and it
// refuses to go on when a value is sealed under a key the keyring lacks,
// so a wrong key fails at start, not at the first sync.
func (db *DB) sealPlaintext(ctx context.Context) error {
	var sealed, foreign int
	var foreignID string
	err := db.tx(ctx, func(tx pgx.Tx, _ time.Time) error {
		var err error
		sealed, err = eachSecret(ctx, tx, func(context, v string) (string, bool, error) {
			switch id := secret.KeyIDOf(v); {
			case id == "":
				return db.keys.Seal(context, v), true, nil
			case !db.keys.Knows(id):
				foreign, foreignID = foreign+1, id
			}
			return v, false, nil
		})
		if err == nil && foreign > 0 {
			err = fmt.Errorf("postgres: %d stored secrets are sealed under key %s, which is not the configured key", foreign, foreignID)
		}
		return err
	})
	if err != nil {
		return err
	}
	if sealed > 0 {
		db.logger().Info("Sealed stored secrets", "rows", sealed, "key_id", db.keys.KeyID())
	}
	return nil
}

// Reseal seals every stored credential again under the primary key of
// keys, in one transaction, and returns how many it changed (key
// rotation: keys holds the new key first and the current one too). Values
// already under the new key are left, so a repeated rotation is harmless.
// The DB keeps its own keyring: open the store again with the new key.
func (db *DB) Reseal(ctx context.Context, keys *secret.Keyring) (int, error) {
	var n int
	err := db.tx(ctx, func(tx pgx.Tx, _ time.Time) error {
		var err error
		n, err = eachSecret(ctx, tx, func(context, v string) (string, bool, error) { return keys.Reseal(context, v) })
		return err
	})
	return n, err
}

// eachSecret calls fn on every non-empty credential in tx and writes back
// the values it changed; it returns how many.
func eachSecret(ctx context.Context, tx pgx.Tx, fn func(context, v string) (string, bool, error)) (int, error) {
	n := 0
	for _, c := range sealedColumns {
		// table, column and key are our own constant names, never input.
		rows, err := tx.Query(ctx, `SELECT `+c.key+`, `+c.column+` FROM `+c.table+` WHERE `+c.column+` <> '' ORDER BY 1 FOR UPDATE`)
		if err != nil {
			return n, err
		}
		type row struct {
			key   int64
			value string
		}
		found, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (row, error) {
			var x row
			return x, r.Scan(&x.key, &x.value)
		})
		if err != nil {
			return n, err
		}
		for _, r := range found {
			v, changed, err := fn(c.context, r.value)
			if err != nil {
				return n, fmt.Errorf("postgres: %s %d: %w", c.table, r.key, err)
			}
			if !changed {
				continue
			}
			if _, err := tx.Exec(ctx, `UPDATE `+c.table+` SET `+c.column+` = $2 WHERE `+c.key+` = $1`, r.key, v); err != nil {
				return n, err
			}
			n++
		}
	}
	return n, nil
}

func (db *DB) logger() *slog.Logger {
	if db.Logger == nil {
		return slog.New(slog.DiscardHandler)
	}
	return db.Logger
}
