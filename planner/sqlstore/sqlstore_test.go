package sqlstore_test

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/planner-dk/planner/planner"
	"github.com/planner-dk/planner/planner/secret"
	"github.com/planner-dk/planner/planner/sqlstore"
	"github.com/planner-dk/planner/planner/storetest"
)

// engines are the two databases every test of the store runs on.
var engines = []struct {
	name string
	open func(t testing.TB) *sqlstore.DB
}{
	{"postgres", func(t testing.TB) *sqlstore.DB {
		return mustOpenPostgres(t, newPostgresDB(t), secret.NewKeyring(secret.NewKey()))
	}},
	{"sqlite", func(t testing.TB) *sqlstore.DB {
		return mustOpenSQLite(t, filepath.Join(t.TempDir(), "planner.db"), secret.NewKeyring(secret.NewKey()))
	}},
}

// TestStore runs the contract on both engines.
func TestStore(t *testing.T) {
	for _, e := range engines {
		t.Run(e.name, func(t *testing.T) {
			storetest.Run(t, func(t *testing.T) planner.Store {
				db := e.open(t)
				db.Now = storetest.Now
				return db
			})
		})
	}
}

// adminURL is the server the tests create their databases on:
// PLANNER_TEST_DATABASE_URL, else the local server with trust auth.
func adminURL() string {
	if u := os.Getenv("PLANNER_TEST_DATABASE_URL"); u != "" {
		return u
	}
	return "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"
}

// newPostgresDB creates an empty database for one test and drops it when
// the test ends; it returns its URL. A missing server fails the test: it
// is never skipped.
func newPostgresDB(t testing.TB) string {
	t.Helper()
	ctx := context.Background()
	admin, err := pgx.Connect(ctx, adminURL())
	if err != nil {
		t.Fatalf("PostgreSQL is not reachable at PLANNER_TEST_DATABASE_URL (default local trust auth): %v\n"+
			"start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start", err)
	}
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	name := "planner_test_" + hex.EncodeToString(b)
	if _, err := admin.Exec(ctx, "CREATE DATABASE "+name); err != nil {
		t.Fatalf("create test database: %v", err)
	}
	t.Cleanup(func() {
		if _, err := admin.Exec(context.Background(), "DROP DATABASE "+name+" WITH (FORCE)"); err != nil {
			t.Errorf("drop test database: %v", err)
		}
		admin.Close(context.Background())
	})
	u, err := url.Parse(adminURL())
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + name
	return u.String()
}

// mustOpenPostgres opens and migrates the database at url, closing it
// when the test ends.
func mustOpenPostgres(t testing.TB, url string, keys *secret.Keyring) *sqlstore.DB {
	t.Helper()
	db, err := sqlstore.OpenPostgres(context.Background(), url, keys)
	return mustMigrate(t, db, err)
}

// mustOpenSQLite opens and migrates the database file at path, closing it
// when the test ends.
func mustOpenSQLite(t testing.TB, path string, keys *secret.Keyring) *sqlstore.DB {
	t.Helper()
	db, err := sqlstore.OpenSQLite(context.Background(), path, keys)
	return mustMigrate(t, db, err)
}

func mustMigrate(t testing.TB, db *sqlstore.DB, err error) *sqlstore.DB {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := db.Close(); err != nil {
			t.Error(err)
		}
	})
	if err := db.Migrate(context.Background()); err != nil {
		t.Fatal(err)
	}
	return db
}

// The figures of docs/BENCHMARKS.md; run with
//
//	go test ./planner/sqlstore -run '^$' -bench . -count 5

func BenchmarkBooking(b *testing.B) {
	for _, e := range engines {
		b.Run(e.name, func(b *testing.B) { storetest.BenchmarkBooking(b, e.open(b)) })
	}
}

func BenchmarkBusy(b *testing.B) {
	for _, e := range engines {
		b.Run(e.name, func(b *testing.B) { storetest.BenchmarkBusy(b, e.open(b)) })
	}
}

func BenchmarkFollowUpPage(b *testing.B) {
	for _, e := range engines {
		b.Run(e.name, func(b *testing.B) {
			db := e.open(b)
			storetest.BenchmarkFollowUpPages(b, db, db.SeedSummonses)
		})
	}
}

// BenchmarkLoggedReads: what the access log adds to the citizen card and a
// page of the follow-up list, on both engines (docs/BENCHMARKS.md).
func BenchmarkLoggedReads(b *testing.B) {
	for _, e := range engines {
		b.Run(e.name, func(b *testing.B) {
			db := e.open(b)
			storetest.BenchmarkLoggedReads(b, db, db.SeedSummonses)
		})
	}
}
