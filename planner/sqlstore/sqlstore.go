// Package sqlstore is the planner.Store, written once for PostgreSQL (the
// production store, through pgx/v5) and SQLite (the embedded default of
// `planner serve` and `planner demo`, through the pure-Go
// modernc.org/sqlite).
//
// Each method's SQL is one text for both engines; what the two write
// differently sits in one dialect value each (dialect.go), and the
// statements run over a small executor interface with an adapter per
// driver (exec.go): pgx keeps its batches, database/sql serves SQLite.
//
// The invariants concurrent requests could break are guarded by each
// database in its own way, chosen by the dialect and the migrations: on
// PostgreSQL, exclusion constraints keep an advisor's or a room's meetings
// from overlapping, advisory locks order the writers of one calendar and a
// row lock serialises the seats of a group meeting; on SQLite, triggers
// guard the overlaps and the one writer connection serialises every write
// transaction.
package sqlstore

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"

	"github.com/planner-dk/planner/planner"
	"github.com/planner-dk/planner/planner/secret"
)

// DB is a planner.Store on PostgreSQL or SQLite.
type DB struct {
	d    *dialect
	e    engine
	keys *secret.Keyring // seals every stored credential (secrets.go)
	// Now is the clock of every transaction (created_at, updated_at, …).
	Now func() time.Time
	// Logger receives what Migrate did besides the schema (the rows it
	// sealed); nil discards it.
	Logger *slog.Logger
}

var _ planner.Store = (*DB)(nil)

func newDB(d *dialect, e engine, keys *secret.Keyring) *DB {
	return &DB{d: d, e: e, keys: keys, Now: time.Now}
}

// Close closes the database's connections.
func (db *DB) Close() error { return db.e.close() }

// Ping checks the database answers (for /readyz).
func (db *DB) Ping(ctx context.Context) error { return db.e.ping(ctx) }

// tx runs fn in a write transaction, committing when it returns nil, and
// maps its error to the planner's kinds. Where the dialect says a failure
// is worth retrying (PostgreSQL's serialization failures and deadlocks),
// it tries again a few times after a short, growing, jittered pause, each
// time from the start with a new now.
func (db *DB) tx(ctx context.Context, fn func(t tx, now time.Time) error) error {
	return db.txWith(ctx, true, fn)
}

// txWith is tx; with logged, the access entry ctx carries for the next
// change (planner.WithAccess) is appended in the same transaction, so the
// change is logged or not made.
func (db *DB) txWith(ctx context.Context, logged bool, fn func(t tx, now time.Time) error) error {
	entry, written, pending := planner.PendingAccess(ctx)
	if pending && logged {
		inner := fn
		fn = func(t tx, now time.Time) error {
			if err := inner(t, now); err != nil {
				return err
			}
			return db.appendAccess(ctx, t, entry, now)
		}
	}
	err := db.retry(ctx, fn)
	if err == nil && pending && logged {
		written()
	}
	return err
}

// retry runs fn in a transaction, again where the dialect says so.
func (db *DB) retry(ctx context.Context, fn func(t tx, now time.Time) error) error {
	var err error
	for attempt := range db.d.txAttempts {
		if attempt > 0 {
			pause := time.Duration(attempt) * time.Millisecond
			select {
			case <-time.After(pause + rand.N(pause)):
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		err = db.e.inTx(ctx, func(t tx) error { return fn(t, db.Now().UTC()) })
		if !db.d.retryable(err) {
			break
		}
	}
	return db.d.mapError(err)
}

// exec runs one write statement in a transaction of its own.
func (db *DB) exec(ctx context.Context, query string, args ...any) (int64, error) {
	n, err := db.e.write().Exec(ctx, query, args...)
	return n, db.d.mapError(err)
}

// jsonOf encodes v for a JSON column (jsonb, or SQLite's text).
func jsonOf(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(fmt.Sprintf("sqlstore: encode %T: %v", v, err)) // our own types always encode
	}
	return string(b)
}

// fromJSON decodes a JSON column into v; NULL leaves v as it is.
func fromJSON(b []byte, v any) error {
	if len(b) == 0 {
		return nil
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("decode %T: %w", v, err)
	}
	return nil
}

// dateArg is a date parameter, 'YYYY-MM-DD': NULL for the zero Date.
func dateArg(d planner.Date) any {
	if d.IsZero() {
		return nil
	}
	return d.String()
}

// dateOf reads a nullable date column.
func dateOf(t *time.Time) planner.Date {
	if t == nil {
		return planner.Date{}
	}
	return planner.DateOf(*t, time.UTC)
}

// timeOf reads a nullable instant column, the zero time for NULL.
func timeOf(t *time.Time) time.Time {
	if t == nil {
		return time.Time{}
	}
	return t.UTC()
}

// utcPtr returns t in UTC, keeping nil.
func utcPtr(t *time.Time) *time.Time {
	if t == nil {
		return nil
	}
	u := t.UTC()
	return &u
}

// idArg is a nullable reference: NULL for the zero id.
func idArg[T ~int64](id T) any {
	if id == 0 {
		return nil
	}
	return int64(id)
}

// idsOf converts typed ids for a list parameter.
func idsOf[T ~int64](ids []T) []int64 {
	out := make([]int64, len(ids))
	for i, id := range ids {
		out[i] = int64(id)
	}
	return out
}

// orEmpty returns xs, or an empty slice for nil, so JSON stores [] not null.
func orEmpty[T any](xs []T) []T {
	if xs == nil {
		return []T{}
	}
	return xs
}

// param is the n-th parameter, "$n".
func param(n int) string { return "$" + strconv.Itoa(n) }

// and joins conditions.
func and(conds []string) string { return strings.Join(conds, " AND ") }

// sameJobcenter checks that row id of table belongs to job centre jc; a
// row of another job centre answers like a missing one, naming field.
func sameJobcenter(ctx context.Context, q querier, table string, id int64, jc planner.JobcenterID, field string) error {
	var n int
	// table is one of our own constant names, never input.
	if err := q.QueryRow(ctx, `SELECT count(*) FROM `+table+` WHERE id = $1 AND jobcenter_id = $2`, id, jc).Scan(&n); err != nil {
		return err
	}
	if n == 0 {
		return &planner.FieldError{Field: field, Reason: "does not exist in the job centre", ReasonDA: "findes ikke i jobcentret"}
	}
	return nil
}

func (db *DB) logger() *slog.Logger {
	if db.Logger == nil {
		return slog.New(slog.DiscardHandler)
	}
	return db.Logger
}
