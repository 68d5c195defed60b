package sqlstore

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"

	"github.com/pressly/goose/v3"
)

// migrations holds each engine's goose migrations: the same tables, in
// each engine's column types, with each engine's guarantees (exclusion
// constraints on PostgreSQL, triggers on SQLite). They are forward-only
// and never edited once merged; each says why it exists.
//
//go:embed migrations/postgres/*.sql migrations/sqlite/*.sql
var migrations embed.FS

// Migrate brings the schema up to date with the embedded migrations, then
// seals any credential still stored in clear (secrets.go).
func (db *DB) Migrate(ctx context.Context) error {
	if err := db.e.migrate(ctx, 0); err != nil {
		return err
	}
	return db.sealPlaintext(ctx)
}

// runGoose runs the migrations of engine (its directory) on sqlDB, up to
// version, or all of them for 0.
func runGoose(ctx context.Context, gd goose.Dialect, sqlDB *sql.DB, engine string, version int64) error {
	sub, err := fs.Sub(migrations, "migrations/"+engine)
	if err != nil {
		return fmt.Errorf("sqlstore: migrations: %w", err)
	}
	p, err := goose.NewProvider(gd, sqlDB, sub)
	if err != nil {
		return fmt.Errorf("sqlstore: migrations: %w", err)
	}
	if version == 0 {
		_, err = p.Up(ctx)
	} else {
		_, err = p.UpTo(ctx, version)
	}
	if err != nil {
		return fmt.Errorf("sqlstore: migrate %s: %w", engine, err)
	}
	return nil
}
