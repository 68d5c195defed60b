package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/planner-dk/planner/planner"
	"github.com/planner-dk/planner/planner/secret"
	"github.com/planner-dk/planner/planner/sqlite"
	"github.com/planner-dk/planner/planner/storetest"
)

// MustOpen opens a fresh, migrated database in a temporary directory.
func MustOpen(t testing.TB) *sqlite.DB {
	t.Helper()
	return MustOpenPath(t, filepath.Join(t.TempDir(), "planner.db"), secret.NewKeyring(secret.NewKey()))
}

// MustOpenPath opens and migrates the database at path with keys sealing
// its credentials, closing it when the test ends.
func MustOpenPath(t testing.TB, path string, keys *secret.Keyring) *sqlite.DB {
	t.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, path, keys)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := db.Close(); err != nil {
			t.Error(err)
		}
	})
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	return db
}

func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) planner.Store {
		db := MustOpen(t)
		db.Now = storetest.Now
		return db
	})
}
