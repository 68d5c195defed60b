package postgres_test

import (
	"context"
	"log/slog"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/planner-dk/planner/planner/postgres"
	"github.com/planner-dk/planner/planner/secret"
	"github.com/planner-dk/planner/planner/storetest"
)

// TestSecrets runs the contract of credentials at rest (issue 12) on a
// database of its own per case, searched column by column.
func TestSecrets(t *testing.T) {
	storetest.RunSecrets(t, func(t *testing.T) storetest.SecretsDB {
		_, url := MustOpenURL(t, secret.NewKeyring(secret.NewKey())) // the schema, no rows
		open := func(t testing.TB, keys *secret.Keyring, logger *slog.Logger) (storetest.SealingStore, error) {
			db, err := postgres.Open(context.Background(), url, keys)
			if err != nil {
				return nil, err
			}
			t.Cleanup(db.Close)
			db.Logger, db.Now = logger, storetest.Now
			return db, db.Migrate(context.Background())
		}
		return storetest.SecretsDB{Open: open, Raw: rawDB{url}}
	})
}

// rawDB is a database under the store.
type rawDB struct{ url string }

func (r rawDB) conn(t testing.TB) *pgx.Conn {
	t.Helper()
	c, err := pgx.Connect(context.Background(), r.url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close(context.Background()) })
	return c
}

// Exec implements storetest.Raw.
func (r rawDB) Exec(t testing.TB, query string) {
	t.Helper()
	if _, err := r.conn(t).Exec(context.Background(), query); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
}

// Value implements storetest.Raw.
func (r rawDB) Value(t testing.TB, query string) string {
	t.Helper()
	var v string
	if err := r.conn(t).QueryRow(context.Background(), query).Scan(&v); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return v
}

// Find implements storetest.Raw: every text, character, JSON and bytea
// column of every table in the schema.
func (r rawDB) Find(t testing.TB, s string) []string {
	t.Helper()
	ctx := context.Background()
	c := r.conn(t)
	rows, err := c.Query(ctx, `
		SELECT table_name, column_name, data_type
		FROM information_schema.columns
		WHERE table_schema = current_schema()
			AND data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'bytea', 'ARRAY', 'USER-DEFINED')
		ORDER BY table_name, ordinal_position`)
	if err != nil {
		t.Fatal(err)
	}
	type col struct{ table, column, kind string }
	cols, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (col, error) {
		var x col
		return x, r.Scan(&x.table, &x.column, &x.kind)
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(cols) < 20 {
		t.Fatalf("found %d text columns, want every one of the schema", len(cols))
	}
	var found []string
	for _, x := range cols {
		// table and column come from the schema, quoted as identifiers.
		cell := `"` + x.column + `"::text`
		if x.kind == "bytea" {
			cell = `encode("` + x.column + `", 'escape')`
		}
		var n int
		q := `SELECT count(*) FROM "` + x.table + `" WHERE strpos(` + cell + `, $1) > 0`
		if err := c.QueryRow(ctx, q, s).Scan(&n); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		if n > 0 {
			found = append(found, x.table+"."+x.column)
		}
	}
	return found
}
