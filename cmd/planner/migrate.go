package main

import (
	"context"
	"flag"
	"fmt"
)

// runMigrate brings the database's schema up to date, and seals any
// credential stored in clear: PostgreSQL when the database URL is
// postgres://…, else the SQLite file.
func (m *Main) runMigrate(ctx context.Context, args []string, getenv func(string) string) error {
	c := ConfigFromEnv(getenv)
	fs := flag.NewFlagSet("migrate", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	fs.StringVar(&c.Database, "database", c.Database,
		"PostgreSQL URL (postgres://…) or SQLite file path; env PLANNER_DATABASE_URL")
	if err := fs.Parse(args); err != nil {
		return err
	}
	db, err := openDatabase(ctx, c, m.cliLogger())
	if err != nil {
		return err
	}
	db.close()
	if c.postgres() {
		fmt.Fprintln(m.Stdout, "planner: PostgreSQL schema is up to date")
		return nil
	}
	fmt.Fprintf(m.Stdout, "planner: SQLite schema in %s is up to date\n", c.Database)
	return nil
}

// envOr returns the variable's value, or def when it is unset or empty.
func envOr(getenv func(string) string, key, def string) string {
	if v := getenv(key); v != "" {
		return v
	}
	return def
}
