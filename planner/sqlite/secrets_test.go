package sqlite_test

import (
	"bytes"
	"context"
	"database/sql"
	"log/slog"
	"os"
	"path/filepath"
	"testing"

	"github.com/planner-dk/planner/planner/secret"
	"github.com/planner-dk/planner/planner/sqlite"
	"github.com/planner-dk/planner/planner/storetest"
)

// TestSecrets runs the contract of credentials at rest (issue 12) on a
// database file per case, searched by SQL and byte by byte.
func TestSecrets(t *testing.T) {
	storetest.RunSecrets(t, func(t *testing.T) storetest.SecretsDB {
		path := filepath.Join(t.TempDir(), "planner.db")
		open := func(t testing.TB, keys *secret.Keyring, logger *slog.Logger) (storetest.SealingStore, error) {
			db, err := sqlite.Open(context.Background(), path, keys)
			if err != nil {
				return nil, err
			}
			t.Cleanup(func() { db.Close() })
			db.Logger, db.Now = logger, storetest.Now
			return db, db.Migrate(context.Background())
		}
		return storetest.SecretsDB{Open: open, Raw: rawFile{path}}
	})
}

// rawFile is a database file under the store.
type rawFile struct{ path string }

func (r rawFile) conn(t testing.TB) *sql.DB {
	t.Helper()
	c, err := sql.Open("sqlite", "file:"+r.path+"?_pragma=busy_timeout(10000)")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// Exec implements storetest.Raw.
func (r rawFile) Exec(t testing.TB, query string) {
	t.Helper()
	if _, err := r.conn(t).Exec(query); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
}

// Value implements storetest.Raw.
func (r rawFile) Value(t testing.TB, query string) string {
	t.Helper()
	var v string
	if err := r.conn(t).QueryRow(query).Scan(&v); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return v
}

// Find implements storetest.Raw: every column of every table (SQLite
// keeps any type in any column), then the database file, its WAL and
// shared memory, byte by byte.
func (r rawFile) Find(t testing.TB, s string) []string {
	t.Helper()
	c := r.conn(t)
	var found []string
	for _, table := range column(t, c, `SELECT name FROM sqlite_master WHERE type = 'table'`) {
		for _, col := range column(t, c, `SELECT name FROM pragma_table_info(?1)`, table) {
			var n int
			// table and col come from the schema, quoted as identifiers.
			q := `SELECT count(*) FROM "` + table + `" WHERE instr(CAST("` + col + `" AS BLOB), CAST(?1 AS BLOB)) > 0`
			if err := c.QueryRow(q, s).Scan(&n); err != nil {
				t.Fatalf("%s: %v", q, err)
			}
			if n > 0 {
				found = append(found, table+"."+col)
			}
		}
	}
	for _, f := range []string{r.path, r.path + "-wal", r.path + "-shm"} {
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

// column reads a one-column query.
func column(t testing.TB, c *sql.DB, query string, args ...any) []string {
	t.Helper()
	rows, err := c.Query(query, args...)
	if err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			t.Fatal(err)
		}
		out = append(out, s)
	}
	return out
}
