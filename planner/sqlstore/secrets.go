package sqlstore

import (
	"context"
	"fmt"
	"time"

	"github.com/planner-dk/planner/planner/secret"
)

// credential is a column that holds a credential (issue 12), with its
// table's key; its context for secret.Keyring is "table.column".
type credential struct{ table, column, key string }

// The credential columns, in the order they are gone through.
var (
	advisorSecret  = credential{"advisors", "calendar_secret", "id"}
	retiredSecret  = credential{"retired_calendars", "secret", "id"}
	graphAppSecret = credential{"jobcenter_graph_apps", "secret", "jobcenter_id"}
	credentials    = []credential{advisorSecret, retiredSecret, graphAppSecret, providerSecret, accessKeySecret}
)

func (c credential) context() string { return c.table + "." + c.column }

// seal seals a credential for its column.
func (db *DB) seal(c credential, v string) string { return db.keys.Seal(c.context(), v) }

// open opens a sealed column value; the error names the column only.
func (db *DB) open(c credential, sealed string) (string, error) {
	s, err := db.keys.Open(c.context(), sealed)
	if err != nil {
		return "", fmt.Errorf("sqlstore: %w", err)
	}
	return s, nil
}

// sealPlaintext is the migration step after the schema's (issue 12): in
// one transaction it seals every credential still stored in clear, and it
// refuses to go on when a value is sealed under a key the keyring lacks, so
// that a wrong key fails at start, not at the first sync. Then the engine
// compacts, so no plaintext is left in freed pages or logs.
func (db *DB) sealPlaintext(ctx context.Context) error {
	var sealed, foreign int
	var foreignID string
	err := db.tx(ctx, func(t tx, _ time.Time) error {
		var err error
		sealed, err = db.eachSecret(ctx, t, func(c credential, v string) (string, bool, error) {
			switch id := secret.KeyIDOf(v); {
			case id == "":
				return db.seal(c, v), true, nil
			case !db.keys.Knows(id):
				foreign, foreignID = foreign+1, id
			}
			return v, false, nil
		})
		if err == nil && foreign > 0 {
			err = fmt.Errorf("%d stored secrets are sealed under key %s, which is not the configured key", foreign, foreignID)
		}
		return err
	})
	if err != nil {
		return fmt.Errorf("sqlstore: %w", err)
	}
	if sealed == 0 {
		return nil
	}
	db.logger().Info("Sealed stored secrets", "rows", sealed, "key_id", db.keys.KeyID())
	if err := db.e.compact(ctx); err != nil {
		return fmt.Errorf("sqlstore: after sealing: %w", err)
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
	err := db.tx(ctx, func(t tx, _ time.Time) error {
		var err error
		n, err = db.eachSecret(ctx, t, func(c credential, v string) (string, bool, error) { return keys.Reseal(c.context(), v) })
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("sqlstore: reseal: %w", err)
	}
	return n, nil
}

// eachSecret calls fn on every non-empty credential in t and writes back
// the values it changed; it returns how many.
func (db *DB) eachSecret(ctx context.Context, t tx, fn func(c credential, v string) (string, bool, error)) (int, error) {
	type stored struct {
		key   int64
		value string
	}
	n := 0
	for _, c := range credentials {
		// table, column and key are our own constant names, never input.
		found, err := all(ctx, t, func(r rows) (stored, error) {
			var s stored
			return s, r.Scan(&s.key, &s.value)
		}, `SELECT `+c.key+`, `+c.column+` FROM `+c.table+` WHERE `+c.column+` <> '' ORDER BY 1`+db.d.forUpdate)
		if err != nil {
			return n, err
		}
		for _, s := range found {
			v, changed, err := fn(c, s.value)
			if err != nil {
				return n, fmt.Errorf("%s %d: %w", c.table, s.key, err)
			}
			if !changed {
				continue
			}
			if _, err := t.Exec(ctx, `UPDATE `+c.table+` SET `+c.column+` = $2 WHERE `+c.key+` = $1`, s.key, v); err != nil {
				return n, err
			}
			n++
		}
	}
	return n, nil
}
