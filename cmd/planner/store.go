package main

import (
	"context"
	"log/slog"

	"github.com/planner-dk/planner/planner"
	"github.com/planner-dk/planner/planner/postgres"
	"github.com/planner-dk/planner/planner/sqlite"
)

// database is an opened, migrated store with its readiness and its close.
type database struct {
	planner.Store
	ping  func(context.Context) error
	close func()
}

// Ping implements httpapi.Pinger.
func (d database) Ping(ctx context.Context) error { return d.ping(ctx) }

// openDatabase opens PostgreSQL or SQLite as c says and brings its schema
// up to date (the embedded mode migrates on start; so does PostgreSQL,
// under goose's lock).
func openDatabase(ctx context.Context, c Config) (database, error) {
	if c.postgres() {
		db, err := postgres.Open(ctx, c.Database)
		if err != nil {
			return database{}, err
		}
		if err := db.Migrate(ctx); err != nil {
			db.Close()
			return database{}, err
		}
		return database{Store: db, ping: db.Ping, close: db.Close}, nil
	}
	db, err := sqlite.Open(ctx, c.Database)
	if err != nil {
		return database{}, err
	}
	if err := db.Migrate(ctx); err != nil {
		db.Close()
		return database{}, err
	}
	return database{Store: db, ping: db.Ping, close: func() { db.Close() }}, nil
}

// open validates c, makes the JSON logger on stderr at c's level and opens
// the database: what every long-running command starts with.
func (m *Main) open(ctx context.Context, c Config) (database, *slog.Logger, error) {
	if err := c.Validate(); err != nil {
		return database{}, nil, err
	}
	level, _ := c.level()
	logger := slog.New(slog.NewJSONHandler(m.Stderr, &slog.HandlerOptions{Level: level}))
	db, err := openDatabase(ctx, c)
	return db, logger, err
}
