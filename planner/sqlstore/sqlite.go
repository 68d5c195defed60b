package sqlstore

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/pressly/goose/v3"
	"modernc.org/sqlite"

	"github.com/planner-dk/planner/planner"
	"github.com/planner-dk/planner/planner/secret"
)

// OpenSQLite opens (creating if needed) the SQLite database file at path,
// whose stored credentials keys seals and opens. It does not migrate; call
// Migrate.
//
// Every write goes through one connection (SQLite has one writer anyway),
// in an IMMEDIATE transaction; reads use a pool of their own in WAL mode.
// Instants are stored as Unix milliseconds, dates as 'YYYY-MM-DD'.
func OpenSQLite(ctx context.Context, path string, keys *secret.Keyring) (*DB, error) {
	if keys == nil {
		return nil, errors.New("sqlstore: no secret keyring: stored credentials are sealed under a key")
	}
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Set("_txlock", "immediate")
	q.Set("_time_integer_format", "unix_milli") // a time.Time parameter is stored as milliseconds
	c := sqliteConnector{drv: sqliteDriver(), dsn: "file:" + path + "?" + q.Encode()}
	writer := sql.OpenDB(c)
	writer.SetMaxOpenConns(1)
	if err := writer.PingContext(ctx); err != nil {
		writer.Close()
		return nil, fmt.Errorf("sqlstore: open %s: %w", path, err)
	}
	reader := sql.OpenDB(c)
	reader.SetMaxOpenConns(4)
	return newDB(&sqliteDialect, sqliteEngine{writer: writer, reader: reader}, keys), nil
}

// sqliteDriver is a driver of the store's own (not the process-wide
// "sqlite" one) with planner_local_date(instant, zone): the date of an
// instant in a zone, as PostgreSQL's function of that name (migration 6).
func sqliteDriver() *sqlite.Driver {
	d := &sqlite.Driver{}
	var mu sync.Mutex
	zones := map[string]*time.Location{}
	d.MustRegisterDeterministicScalarFunction("planner_local_date", 2, func(_ *sqlite.FunctionContext, args []driver.Value) (driver.Value, error) {
		ms, ok := args[0].(int64)
		name, ok2 := args[1].(string)
		if !ok || !ok2 {
			return nil, nil // NULL in, NULL out (STRICT, as on PostgreSQL)
		}
		mu.Lock()
		defer mu.Unlock()
		loc, ok := zones[name]
		if !ok {
			var err error
			if loc, err = planner.LoadZone(name); err != nil {
				return nil, err
			}
			zones[name] = loc
		}
		return planner.DateOf(time.UnixMilli(ms), loc).String(), nil
	})
	return d
}

// sqliteConnector opens the store's driver's connections to one file.
type sqliteConnector struct {
	drv *sqlite.Driver
	dsn string
}

func (c sqliteConnector) Connect(context.Context) (driver.Conn, error) { return c.drv.Open(c.dsn) }
func (c sqliteConnector) Driver() driver.Driver                        { return c.drv }

// sqliteEngine is SQLite: one writer connection, a pool of readers.
type sqliteEngine struct{ writer, reader *sql.DB }

func (e sqliteEngine) read() querier  { return sqliteQuerier{e.reader} }
func (e sqliteEngine) write() querier { return sqliteQuerier{e.writer} }

func (e sqliteEngine) inTx(ctx context.Context, fn func(tx) error) error {
	t, err := e.writer.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(sqliteTx{sqliteQuerier{t}}); err != nil {
		_ = t.Rollback()
		return err
	}
	return t.Commit()
}

func (e sqliteEngine) migrate(ctx context.Context, version int64) error {
	return runGoose(ctx, goose.DialectSQLite3, e.writer, sqliteDialect.name, version)
}

// compact rewrites the file and empties the WAL: what the updates freed
// is gone from the disk.
func (e sqliteEngine) compact(ctx context.Context) error {
	if _, err := e.writer.ExecContext(ctx, `VACUUM`); err != nil {
		return fmt.Errorf("vacuum: %w", err)
	}
	if _, err := e.writer.ExecContext(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`); err != nil {
		return fmt.Errorf("checkpoint: %w", err)
	}
	return nil
}

func (e sqliteEngine) ping(ctx context.Context) error { return e.reader.PingContext(ctx) }

func (e sqliteEngine) close() error { return errors.Join(e.reader.Close(), e.writer.Close()) }

// sqliteRunner is what *sql.DB and *sql.Tx share.
type sqliteRunner interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// sqliteQuerier adapts database/sql; its rows read SQLite's stored forms of
// instants and dates into time.Time (instants).
type sqliteQuerier struct{ r sqliteRunner }

func (q sqliteQuerier) Exec(ctx context.Context, query string, args ...any) (int64, error) {
	res, err := q.r.ExecContext(ctx, query, args...)
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}

func (q sqliteQuerier) Query(ctx context.Context, query string, args ...any) (rows, error) {
	rs, err := q.r.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	return &sqliteRows{rs: rs}, nil
}

func (q sqliteQuerier) QueryRow(ctx context.Context, query string, args ...any) row {
	return sqliteRow{q.r.QueryRowContext(ctx, query, args...)}
}

// sqliteTx is a write transaction; its batch runs each write at once.
type sqliteTx struct{ sqliteQuerier }

func (t sqliteTx) batch() batch { return sqliteBatch{t} }

type sqliteBatch struct{ sqliteTx }

func (sqliteBatch) send(context.Context) error { return nil }

type sqliteRows struct {
	rs *sql.Rows
	instants
}

func (r *sqliteRows) Next() bool             { return r.rs.Next() }
func (r *sqliteRows) Err() error             { return r.rs.Err() }
func (r *sqliteRows) Close()                 { r.rs.Close() }
func (r *sqliteRows) Scan(dest ...any) error { return r.scan(r.rs.Scan, dest) }

type sqliteRow struct{ r *sql.Row }

func (r sqliteRow) Scan(dest ...any) error {
	var in instants
	return in.scan(r.r.Scan, dest)
}

// instants scans into destinations of which some are a *time.Time or a
// **time.Time (nullable): those read an instant stored as Unix
// milliseconds, or a date stored as 'YYYY-MM-DD' (midnight UTC, as
// PostgreSQL's dates read). Its buffers serve every row of a query.
type instants struct{ raw, vals []any }

func (in *instants) scan(scan func(...any) error, dest []any) error {
	found := false
	for _, d := range dest {
		found = found || isTime(d)
	}
	if !found {
		return scan(dest...)
	}
	in.raw = append(in.raw[:0], dest...)
	in.vals = append(in.vals[:0], make([]any, len(dest))...)
	for i, d := range dest {
		if isTime(d) {
			in.raw[i] = &in.vals[i]
		}
	}
	if err := scan(in.raw...); err != nil {
		return err
	}
	for i, d := range dest {
		if !isTime(d) {
			continue
		}
		t, ok, err := sqliteTime(in.vals[i])
		if err != nil {
			return fmt.Errorf("column %d: %w", i, err)
		}
		switch d := d.(type) {
		case *time.Time:
			if !ok {
				return fmt.Errorf("column %d: NULL read into a time", i)
			}
			*d = t
		case **time.Time:
			*d = nil
			if ok {
				*d = &t
			}
		}
	}
	return nil
}

func isTime(d any) bool {
	switch d.(type) {
	case *time.Time, **time.Time:
		return true
	}
	return false
}

// sqliteTime reads a stored instant or date; false for NULL.
func sqliteTime(v any) (time.Time, bool, error) {
	switch v := v.(type) {
	case nil:
		return time.Time{}, false, nil
	case int64:
		return time.UnixMilli(v).UTC(), true, nil
	case string:
		t, err := time.Parse(time.DateOnly, v)
		return t, err == nil, err
	case []byte:
		t, err := time.Parse(time.DateOnly, string(v))
		return t, err == nil, err
	case time.Time:
		return v.UTC(), true, nil
	}
	return time.Time{}, false, fmt.Errorf("a %T is not a time", v)
}

// SQLite's extended result codes of constraint failures.
const (
	constraintCheck      = 275
	constraintForeignKey = 787
	constraintNotNull    = 1299
	constraintPrimaryKey = 1555
	constraintTrigger    = 1811 // a trigger's RAISE(ABORT, …): the overlap guards, the access log's
	constraintUnique     = 2067
)

// sqliteError maps by extended result code.
func sqliteError(err error) error {
	if err == nil {
		return nil
	}
	if noRows(err) {
		return fmt.Errorf("%w", planner.ErrNotFound)
	}
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() {
		case constraintTrigger:
			// the trigger's own RAISE message says what it guards: a room's
			// or an advisor's time taken, the access log's append-only rule
			msg := strings.TrimSuffix(strings.TrimPrefix(se.Error(), "constraint failed: "), fmt.Sprintf(" (%d)", constraintTrigger))
			return fmt.Errorf("%s: %w", msg, planner.ErrConflict)
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
