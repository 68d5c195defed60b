package main

import (
	"context"
	"log/slog"

	"github.com/planner-dk/planner/planner/secret"
	"github.com/planner-dk/planner/planner/sqlstore"
)

// database is an opened, migrated store (its Ping serves /readyz) with
// the keyring it was opened with.
type database struct {
	*sqlstore.DB
	keys *secret.Keyring // also seals the UI's session cookies
}

// close closes the store, for a defer.
func (d database) close() { d.DB.Close() }

// openDatabase opens PostgreSQL or SQLite as c says, with the secret key c
// configures, and brings its schema up to date (the embedded mode migrates
// on start; so does PostgreSQL, under goose's lock), sealing any
// credential stored in clear.
func openDatabase(ctx context.Context, c Config, logger *slog.Logger) (database, error) {
	k, err := c.secretKey(logger)
	if err != nil {
		return database{}, err
	}
	return openStore(ctx, c, secret.NewKeyring(k), logger)
}

// openStore opens and migrates the database c names with keys.
func openStore(ctx context.Context, c Config, keys *secret.Keyring, logger *slog.Logger) (database, error) {
	open := sqlstore.OpenSQLite
	if c.postgres() {
		open = sqlstore.OpenPostgres
	}
	db, err := open(ctx, c.Database, keys)
	if err != nil {
		return database{}, err
	}
	db.Logger = logger
	if err := db.Migrate(ctx); err != nil {
		db.Close()
		return database{}, err
	}
	return database{DB: db, keys: keys}, nil
}

// open validates c, makes the JSON logger on stderr at c's level and opens
// the database: what every long-running command starts with.
func (m *Main) open(ctx context.Context, c Config) (database, *slog.Logger, error) {
	if err := c.Validate(); err != nil {
		return database{}, nil, err
	}
	level, _ := c.level()
	logger := slog.New(slog.NewJSONHandler(m.Stderr, &slog.HandlerOptions{Level: level}))
	db, err := openDatabase(ctx, c, logger)
	return db, logger, err
}
