package postgres

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/planner-dk/planner/planner/internal/sealsql"
	"github.com/planner-dk/planner/planner/secret"
)

// The contexts of the credential columns (planner/internal/sealsql).
var (
	advisorSecret  = sealsql.AdvisorSecret.Context()
	retiredSecret  = sealsql.RetiredSecret.Context()
	graphAppSecret = sealsql.GraphAppSecret.Context()
)

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
// refuses to go on when a value is sealed under a key the keyring lacks
// (sealsql.Plaintext).
func (db *DB) sealPlaintext(ctx context.Context) error {
	step := &sealsql.Plaintext{Keys: db.keys}
	var sealed int
	err := db.tx(ctx, func(tx pgx.Tx, _ time.Time) error {
		var err error
		if sealed, err = eachSecret(ctx, tx, step.Value); err != nil {
			return err
		}
		return step.Err()
	})
	if err != nil {
		return fmt.Errorf("postgres: %w", err)
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
	if err != nil {
		return 0, fmt.Errorf("postgres: reseal: %w", err)
	}
	return n, nil
}

// eachSecret calls fn on every non-empty credential in tx and writes back
// the values it changed; it returns how many.
func eachSecret(ctx context.Context, tx pgx.Tx, fn func(context, v string) (string, bool, error)) (int, error) {
	n := 0
	for _, c := range sealsql.Columns {
		rows, err := tx.Query(ctx, c.Select()+` FOR UPDATE`)
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
			v, changed, err := fn(c.Context(), r.value)
			if err != nil {
				return n, fmt.Errorf("%s %d: %w", c.Table, r.key, err)
			}
			if !changed {
				continue
			}
			if _, err := tx.Exec(ctx, c.Update("$2", "$1"), r.key, v); err != nil {
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
