package saml_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/planner-dk/planner/identity"
	"github.com/planner-dk/planner/planner/secret"
	"github.com/planner-dk/planner/planner/sqlstore"
)

// migrated is a migrated SQLite store's file, which newOnceStore copies:
// migrating takes half a second under the race detector, and the tests
// make a store for each of about a hundred fixtures.
var migrated string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "identity-saml-")
	if err != nil {
		panic(err)
	}
	migrated = filepath.Join(dir, "planner.db")
	db := openStore(migrated)
	if err := db.Migrate(context.Background()); err != nil {
		panic(err)
	}
	db.Close()
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// newOnceStore returns Planner's store of one-time records, a fresh SQLite
// database in a temporary directory, on the clock now.
func newOnceStore(tb testing.TB, now func() time.Time) identity.OnceStore {
	tb.Helper()
	b, err := os.ReadFile(migrated)
	if err != nil {
		tb.Fatal(err)
	}
	path := filepath.Join(tb.TempDir(), "planner.db")
	if err := os.WriteFile(path, b, 0o600); err != nil {
		tb.Fatal(err)
	}
	db := openStore(path)
	tb.Cleanup(func() { db.Close() })
	db.Now = now
	return db
}

// openStore opens the SQLite store at path.
func openStore(path string) *sqlstore.DB {
	db, err := sqlstore.OpenSQLite(context.Background(), path, secret.NewKeyring(secret.NewKey()))
	if err != nil {
		panic(err)
	}
	return db
}
