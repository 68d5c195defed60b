// Package sqlite is the embedded planner.Store, on SQLite through the pure-Go
// modernc.org/sqlite: the default of `planner serve` and `planner demo`.
//
// Every write goes through one connection (SQLite has one writer anyway),
// in an IMMEDIATE transaction; reads use a pool of their own in WAL mode.
// Triggers guard what PostgreSQL's exclusion constraints guard: no two
// meetings of an advisor or a room overlap. The single writer makes a
// group meeting's seat count and insert atomic.
package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"modernc.org/sqlite"

	"github.com/planner-dk/planner/planner"
	"github.com/planner-dk/planner/planner/secret"
)

// DB is a planner.Store on SQLite.
type DB struct {
	writer *sql.DB         // one connection: every write transaction
	reader *sql.DB         // reads, concurrent with the writer in WAL mode
	keys   *secret.Keyring // seals every stored credential (secrets.go)
	// Now is the clock of every transaction (created_at, updated_at, …).
	Now func() time.Time
}

// New is a DB on the writer and reader connections of planner/sqlstore,
// its fallback for the methods not yet moved there (issue 19); now is its
// clock.
func New(writer, reader *sql.DB, keys *secret.Keyring, now func() time.Time) *DB {
	return &DB{writer: writer, reader: reader, keys: keys, Now: now}
}

// tx runs fn in a write transaction, committing when it returns nil.
func (db *DB) tx(ctx context.Context, fn func(tx *sql.Tx, now time.Time) error) error {
	tx, err := db.writer.BeginTx(ctx, nil)
	if err != nil {
		return mapError(err)
	}
	if err := fn(tx, db.Now().UTC()); err != nil {
		_ = tx.Rollback()
		return mapError(err)
	}
	return mapError(tx.Commit())
}

// SQLite's extended result codes of constraint failures.
const (
	constraintCheck      = 275
	constraintForeignKey = 787
	constraintNotNull    = 1299
	constraintPrimaryKey = 1555
	constraintTrigger    = 1811 // our overlap triggers: RAISE(ABORT, …)
	constraintUnique     = 2067
)

// mapError turns driver errors into planner kinds by result code, never by
// message text.
func mapError(err error) error {
	if err == nil {
		return nil
	}
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("%w", planner.ErrNotFound)
	}
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() {
		case constraintTrigger:
			return fmt.Errorf("time taken: %w", planner.ErrConflict)
		case constraintUnique, constraintPrimaryKey:
			return fmt.Errorf("duplicate: %w", planner.ErrConflict)
		case constraintForeignKey:
			return fmt.Errorf("reference to a missing row: %w", planner.ErrInvalid)
		case constraintCheck, constraintNotNull:
			return fmt.Errorf("check failed: %w", planner.ErrInvalid)
		}
	}
	return err
}

// jsonOf encodes v for a JSON text column.
func jsonOf(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(fmt.Sprintf("sqlite: encode %T: %v", v, err)) // our own types always encode
	}
	return string(b)
}

// fromJSON decodes a JSON text column into v.
func fromJSON(s sql.NullString, v any) error {
	if !s.Valid || s.String == "" {
		return nil
	}
	if err := json.Unmarshal([]byte(s.String), v); err != nil {
		return fmt.Errorf("decode %T: %w", v, err)
	}
	return nil
}

// dateArg is a date parameter: NULL for the zero Date.
func dateArg(d planner.Date) any {
	if d.IsZero() {
		return nil
	}
	return d.String()
}

// dateOf reads a nullable date column.
func dateOf(s sql.NullString) (planner.Date, error) {
	if !s.Valid || s.String == "" {
		return planner.Date{}, nil
	}
	return planner.ParseDate(s.String)
}

// ms is an instant parameter in Unix milliseconds.
func ms(t time.Time) int64 { return t.UnixMilli() }

// msPtr is a nullable instant parameter.
func msPtr(t *time.Time) any {
	if t == nil {
		return nil
	}
	return t.UnixMilli()
}

// instant reads an instant column.
func instant(v int64) time.Time { return time.UnixMilli(v).UTC() }

// instantPtr reads a nullable instant column.
func instantPtr(v sql.NullInt64) *time.Time {
	if !v.Valid {
		return nil
	}
	t := instant(v.Int64)
	return &t
}

// idArg is a nullable reference: NULL for the zero id.
func idArg[T ~int64](id T) any {
	if id == 0 {
		return nil
	}
	return int64(id)
}

// orEmpty returns xs, or an empty slice for nil, so JSON stores [] not null.
func orEmpty[T any](xs []T) []T {
	if xs == nil {
		return []T{}
	}
	return xs
}

// inList returns "?N, ?N+1, …" for ids appended to args, and the new args.
func inList[T ~int64](args []any, ids []T) (string, []any) {
	if len(ids) == 0 {
		return "NULL", args
	}
	marks := make([]string, len(ids))
	for i, id := range ids {
		args = append(args, int64(id))
		marks[i] = fmt.Sprintf("?%d", len(args))
	}
	return strings.Join(marks, ", "), args
}

// expectRow turns an update or delete that touched no row into ErrNotFound.
func expectRow(res sql.Result, err error) error {
	if err != nil {
		return err
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		return errors.Join(err, planner.ErrNotFound)
	}
	return nil
}

// querier is what *sql.DB and *sql.Tx share.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// sameJobcenter checks that row id of table belongs to job centre jc; a
// row of another job centre answers like a missing one, naming field.
func sameJobcenter(ctx context.Context, tx *sql.Tx, table string, id int64, jc planner.JobcenterID, field string) error {
	var n int
	// table is one of our own constant names, never input.
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM `+table+` WHERE id = ?1 AND jobcenter_id = ?2`, id, jc).Scan(&n); err != nil {
		return err
	}
	if n == 0 {
		return &planner.FieldError{Field: field, Reason: "does not exist in the job centre", ReasonDA: "findes ikke i jobcentret"}
	}
	return nil
}
