// Package postgres is the production planner.Store, on PostgreSQL through
// pgx/v5. The invariants concurrent requests could break are guarded by the
// database itself: exclusion constraints keep an advisor's or a room's
// meetings from overlapping, and a row lock serialises the seats of a group
// meeting.
package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/planner-dk/planner/planner"
	"github.com/planner-dk/planner/planner/secret"
)

// DB is a planner.Store on PostgreSQL.
type DB struct {
	pool *pgxpool.Pool
	keys *secret.Keyring // seals every stored credential (secrets.go)
	// Now is the clock of every transaction (created_at, updated_at, …).
	Now func() time.Time
}

// New is a DB on pool, the fallback of planner/sqlstore for the methods
// not yet moved there (issue 19); now is its clock.
func New(pool *pgxpool.Pool, keys *secret.Keyring, now func() time.Time) *DB {
	return &DB{pool: pool, keys: keys, Now: now}
}

// tx runs fn in a transaction, committing when it returns nil. A
// serialization failure or deadlock is retried a few times after a short,
// growing, jittered pause. Two bookings inserting overlapping rows under an
// exclusion constraint can each wait for the other and end in a deadlock
// (40P01) instead of a clean 23P01; the retry then sees the winner's row.
func (db *DB) tx(ctx context.Context, fn func(tx pgx.Tx, now time.Time) error) error {
	var err error
	for attempt := range txAttempts {
		if attempt > 0 {
			pause := time.Duration(attempt) * time.Millisecond
			select {
			case <-time.After(pause + rand.N(pause)):
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		err = pgx.BeginFunc(ctx, db.pool, func(tx pgx.Tx) error { return fn(tx, db.Now().UTC()) })
		if !retryable(err) {
			break
		}
	}
	return mapError(err)
}

// txAttempts bounds the tries of one transaction.
const txAttempts = 6

// retryable reports a serialization failure or a deadlock.
func retryable(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && (pe.Code == "40001" || pe.Code == "40P01")
}

// mapError turns driver errors into planner kinds by SQLSTATE, never by
// message text: 23505 unique and 23P01 exclusion are conflicts (a time
// taken, a duplicate), 23503 a reference to nothing, no rows not found.
func mapError(err error) error {
	if err == nil {
		return nil
	}
	if errors.Is(err, pgx.ErrNoRows) {
		return fmt.Errorf("%w", planner.ErrNotFound)
	}
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		switch pe.Code {
		case "23505":
			return fmt.Errorf("duplicate (%s): %w", pe.ConstraintName, planner.ErrConflict)
		case "23P01":
			return fmt.Errorf("time taken (%s): %w", pe.ConstraintName, planner.ErrConflict)
		case "23503":
			return fmt.Errorf("reference to a missing row (%s): %w", pe.ConstraintName, planner.ErrInvalid)
		case "23514":
			return fmt.Errorf("check %s failed: %w", pe.ConstraintName, planner.ErrInvalid)
		case "40001", "40P01":
			// Still colliding after every retry: the rows were contended;
			// the caller may try again, like after a time taken.
			return fmt.Errorf("contended by concurrent changes (SQLSTATE %s): %w", pe.Code, planner.ErrConflict)
		}
	}
	return err
}

// jsonOf encodes v for a jsonb column.
func jsonOf(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		panic(fmt.Sprintf("postgres: encode %T: %v", v, err)) // our own types always encode
	}
	return b
}

// fromJSON decodes a jsonb column into v.
func fromJSON(b []byte, v any) error {
	if len(b) == 0 {
		return nil
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("decode %T: %w", v, err)
	}
	return nil
}

// dateArg is a date parameter: NULL for the zero Date.
func dateArg(d planner.Date) any {
	if d.IsZero() {
		return nil
	}
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC)
}

// dateOf reads a nullable date column.
func dateOf(t *time.Time) planner.Date {
	if t == nil {
		return planner.Date{}
	}
	return planner.DateOf(*t, time.UTC)
}

// idArg is a nullable reference: NULL for the zero id.
func idArg[T ~int64](id T) any {
	if id == 0 {
		return nil
	}
	return int64(id)
}

// utc returns t in UTC, keeping nil.
func utcPtr(t *time.Time) *time.Time {
	if t == nil {
		return nil
	}
	u := t.UTC()
	return &u
}

// sameJobcenter checks that row id of table belongs to job centre jc; a
// row of another job centre answers like a missing one, naming field.
func sameJobcenter(ctx context.Context, tx pgx.Tx, table string, id int64, jc planner.JobcenterID, field string) error {
	var n int
	// table is one of our own constant names, never input.
	if err := tx.QueryRow(ctx, `SELECT count(*) FROM `+table+` WHERE id = $1 AND jobcenter_id = $2`, id, jc).Scan(&n); err != nil {
		return err
	}
	if n == 0 {
		return &planner.FieldError{Field: field, Reason: "does not exist in the job centre", ReasonDA: "findes ikke i jobcentret"}
	}
	return nil
}

// orEmpty returns xs, or an empty slice for nil, so JSON stores [] not null.
func orEmpty[T any](xs []T) []T {
	if xs == nil {
		return []T{}
	}
	return xs
}

// idsOf converts typed ids for an ANY($n) parameter.
func idsOf[T ~int64](ids []T) []int64 {
	out := make([]int64, len(ids))
	for i, id := range ids {
		out[i] = int64(id)
	}
	return out
}

func itoa(n int) string { return strconv.Itoa(n) }

func and(conds []string) string { return strings.Join(conds, " AND ") }
