package main

import (
	"context"
	"flag"
	"fmt"
	"strings"

	"github.com/planner-dk/planner/planner/postgres"
	"github.com/planner-dk/planner/planner/sqlite"
)

// runMigrate brings the database's schema up to date: PostgreSQL when the
// database URL is postgres://…, else the SQLite file.
func (m *Main) runMigrate(ctx context.Context, args []string, getenv func(string) string) error {
	fs := flag.NewFlagSet("migrate", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	dbURL := fs.String("database", envOr(getenv, "PLANNER_DATABASE_URL", "planner.db"),
		"PostgreSQL URL (postgres://…) or SQLite file path; env PLANNER_DATABASE_URL")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if strings.HasPrefix(*dbURL, "postgres://") || strings.HasPrefix(*dbURL, "postgresql://") {
		db, err := postgres.Open(ctx, *dbURL)
		if err != nil {
			return err
		}
		defer db.Close()
		if err := db.Migrate(ctx); err != nil {
			return err
		}
		fmt.Fprintln(m.Stdout, "planner: PostgreSQL schema is up to date")
		return nil
	}
	db, err := sqlite.Open(ctx, *dbURL)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := db.Migrate(ctx); err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "planner: SQLite schema in %s is up to date\n", *dbURL)
	return nil
}

// envOr returns the variable's value, or def when it is unset or empty.
func envOr(getenv func(string) string, key, def string) string {
	if v := getenv(key); v != "" {
		return v
	}
	return def
}
