package sqlstore_test

import (
	"bytes"
	"context"
	"database/sql"
	"log/slog"
	"os"
	"path/filepath"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" driver of the raw connections
	_ "modernc.org/sqlite"             // the "sqlite" driver of the raw connections

	"github.com/planner-dk/planner/planner/secret"
	"github.com/planner-dk/planner/planner/sqlstore"
	"github.com/planner-dk/planner/planner/storetest"
)

// TestSecrets runs the contract of credentials at rest (issue 12) on each
// engine, a database of its own per case, searched column by column — and,
// for SQLite, byte by byte in its files.
func TestSecrets(t *testing.T) {
	t.Run("postgres", func(t *testing.T) {
		storetest.RunSecrets(t, func(t *testing.T) storetest.SecretsDB {
			url := newPostgresDB(t)
			return secretsDB(func(keys *secret.Keyring) (*sqlstore.DB, error) {
				return sqlstore.OpenPostgres(context.Background(), url, keys)
			}, raw{driver: "pgx", dsn: url, find: findPostgres})
		})
	})
	t.Run("sqlite", func(t *testing.T) {
		storetest.RunSecrets(t, func(t *testing.T) storetest.SecretsDB {
			path := filepath.Join(t.TempDir(), "planner.db")
			return secretsDB(func(keys *secret.Keyring) (*sqlstore.DB, error) {
				return sqlstore.OpenSQLite(context.Background(), path, keys)
			}, raw{driver: "sqlite", dsn: "file:" + path + "?_pragma=busy_timeout(10000)", find: findSQLite(path)})
		})
	})
}

func secretsDB(open func(*secret.Keyring) (*sqlstore.DB, error), r raw) storetest.SecretsDB {
	return storetest.SecretsDB{Raw: r, Open: func(t testing.TB, keys *secret.Keyring, logger *slog.Logger) (storetest.SealingStore, error) {
		db, err := open(keys)
		if err != nil {
			return nil, err
		}
		t.Cleanup(func() { db.Close() })
		db.Logger, db.Now = logger, storetest.Now
		return db, db.Migrate(context.Background())
	}}
}

// raw is a database under the store, reached with database/sql.
type raw struct {
	driver, dsn string
	// find lists where a value is stored (storetest.Raw's Find).
	find func(t testing.TB, c *sql.DB, s string) []string
}

func (r raw) conn(t testing.TB) *sql.DB {
	t.Helper()
	c, err := sql.Open(r.driver, r.dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// Exec implements storetest.Raw.
func (r raw) Exec(t testing.TB, query string) {
	t.Helper()
	if _, err := r.conn(t).Exec(query); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
}

// Value implements storetest.Raw.
func (r raw) Value(t testing.TB, query string) string {
	t.Helper()
	var v string
	if err := r.conn(t).QueryRow(query).Scan(&v); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return v
}

// Find implements storetest.Raw.
func (r raw) Find(t testing.TB, s string) []string {
	t.Helper()
	return r.find(t, r.conn(t), s)
}

// findPostgres searches every text, character, JSON and bytea column of
// every table in the schema.
func findPostgres(t testing.TB, c *sql.DB, s string) []string {
	t.Helper()
	type col struct{ table, column, kind string }
	var cols []col
	for _, r := range query(t, c, 3, `
		SELECT table_name, column_name, data_type
		FROM information_schema.columns
		WHERE table_schema = current_schema()
			AND data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'bytea', 'ARRAY', 'USER-DEFINED')
		ORDER BY table_name, ordinal_position`) {
		cols = append(cols, col{r[0], r[1], r[2]})
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
		if n := query(t, c, 1, `SELECT count(*) FROM "`+x.table+`" WHERE strpos(`+cell+`, $1) > 0`, s); n[0][0] != "0" {
			found = append(found, x.table+"."+x.column)
		}
	}
	return found
}

// findSQLite searches every column of every table (SQLite keeps any type
// in any column), then the database file, its WAL and shared memory, byte
// by byte.
func findSQLite(path string) func(t testing.TB, c *sql.DB, s string) []string {
	return func(t testing.TB, c *sql.DB, s string) []string {
		t.Helper()
		var found []string
		for _, table := range query(t, c, 1, `SELECT name FROM sqlite_master WHERE type = 'table'`) {
			for _, col := range query(t, c, 1, `SELECT name FROM pragma_table_info($1)`, table[0]) {
				// table and col come from the schema, quoted as identifiers.
				q := `SELECT count(*) FROM "` + table[0] + `" WHERE instr(CAST("` + col[0] + `" AS BLOB), CAST($1 AS BLOB)) > 0`
				if n := query(t, c, 1, q, s); n[0][0] != "0" {
					found = append(found, table[0]+"."+col[0])
				}
			}
		}
		for _, f := range []string{path, path + "-wal", path + "-shm"} {
			b, err := os.ReadFile(f)
			if err != nil && !os.IsNotExist(err) {
				t.Fatal(err)
			}
			if bytes.Contains(b, []byte(s)) {
				found = append(found, filepath.Base(f))
			}
		}
		return found
	}
}

// query reads the n text columns of every row of a query.
func query(t testing.TB, c *sql.DB, n int, q string, args ...any) [][]string {
	t.Helper()
	rs, err := c.Query(q, args...)
	if err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	defer rs.Close()
	var out [][]string
	for rs.Next() {
		row := make([]string, n)
		dest := make([]any, n)
		for i := range row {
			dest[i] = &row[i]
		}
		if err := rs.Scan(dest...); err != nil {
			t.Fatal(err)
		}
		out = append(out, row)
	}
	return out
}
