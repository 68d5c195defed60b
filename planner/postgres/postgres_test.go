package postgres_test

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/planner-dk/planner/planner"
	"github.com/planner-dk/planner/planner/postgres"
	"github.com/planner-dk/planner/planner/secret"
	"github.com/planner-dk/planner/planner/storetest"
)

// adminURL is the server the tests create their databases on:
// PLANNER_TEST_DATABASE_URL, else the local server with trust auth.
func adminURL() string {
	if u := os.Getenv("PLANNER_TEST_DATABASE_URL"); u != "" {
		return u
	}
	return "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"
}

// MustOpen creates a fresh database for one test, migrates it and drops it
// when the test ends. A missing server fails the test: it is never skipped.
func MustOpen(t testing.TB) *postgres.DB {
	t.Helper()
	db, _ := MustOpenURL(t, secret.NewKeyring(secret.NewKey()))
	return db
}

// MustOpenURL is MustOpen with keys sealing the credentials; it also
// returns the database's URL, to open it again.
func MustOpenURL(t testing.TB, keys *secret.Keyring) (*postgres.DB, string) {
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
	u, err := url.Parse(adminURL())
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + name
	db, err := postgres.Open(ctx, u.String(), keys)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		db.Close()
		if _, err := admin.Exec(context.Background(), "DROP DATABASE "+name+" WITH (FORCE)"); err != nil {
			t.Errorf("drop test database: %v", err)
		}
		admin.Close(context.Background())
	})
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	return db, u.String()
}

func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) planner.Store {
		db := MustOpen(t)
		db.Now = storetest.Now
		return db
	})
}
