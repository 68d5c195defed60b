package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"log/slog"
	"time"

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
		return "", fmt.Errorf("sqlite: %w", err)
	}
	return s, nil
}

// sealPlaintext is the migration step after the schema's (issue 12); see
// the PostgreSQL store's sealPlaintext.
func (db *DB) sealPlaintext(ctx context.Context) error {
	step := &sealsql.Plaintext{Keys: db.keys}
	var sealed int
	err := db.tx(ctx, func(tx *sql.Tx, _ time.Time) error {
		var err error
		if sealed, err = eachSecret(ctx, tx, step.Value); err != nil {
			return err
		}
		return step.Err()
	})
	if err != nil {
		return fmt.Errorf("sqlite: %w", err)
	}
	if sealed == 0 {
		return nil
	}
	db.logger().Info("Sealed stored secrets", "rows", sealed, "key_id", db.keys.KeyID())
	// The plaintexts are still in the pages the updates freed and in the
	// WAL: rewrite the file and empty the WAL, so none is left on disk.
	if _, err := db.writer.ExecContext(ctx, `VACUUM`); err != nil {
		return fmt.Errorf("sqlite: vacuum after sealing: %w", err)
	}
	if _, err := db.writer.ExecContext(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`); err != nil {
		return fmt.Errorf("sqlite: checkpoint after sealing: %w", err)
	}
	return nil
}

// Reseal seals every stored credential again under the primary key of
// keys, in one transaction, and returns how many it changed; see the
// PostgreSQL store's Reseal. The DB keeps its own keyring: open the store
// again with the new key.
func (db *DB) Reseal(ctx context.Context, keys *secret.Keyring) (int, error) {
	var n int
	err := db.tx(ctx, func(tx *sql.Tx, _ time.Time) error {
		var err error
		n, err = eachSecret(ctx, tx, func(context, v string) (string, bool, error) { return keys.Reseal(context, v) })
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("sqlite: reseal: %w", err)
	}
	return n, nil
}

// eachSecret calls fn on every non-empty credential in tx and writes back
// the values it changed; it returns how many.
func eachSecret(ctx context.Context, tx *sql.Tx, fn func(context, v string) (string, bool, error)) (int, error) {
	n := 0
	for _, c := range sealsql.Columns {
		found, err := secretRows(ctx, tx, c)
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
			if _, err := tx.ExecContext(ctx, c.Update("?2", "?1"), r.key, v); err != nil {
				return n, err
			}
			n++
		}
	}
	return n, nil
}

// secretRow is one stored credential and its row's key.
type secretRow struct {
	key   int64
	value string
}

// secretRows reads the non-empty values of a credential column.
func secretRows(ctx context.Context, tx *sql.Tx, c sealsql.Column) ([]secretRow, error) {
	rows, err := tx.QueryContext(ctx, c.Select())
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []secretRow
	for rows.Next() {
		var r secretRow
		if err := rows.Scan(&r.key, &r.value); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

func (db *DB) logger() *slog.Logger {
	if db.Logger == nil {
		return slog.New(slog.DiscardHandler)
	}
	return db.Logger
}
