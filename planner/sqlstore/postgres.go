package sqlstore

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jackc/pgx/v5/stdlib"
	"github.com/pressly/goose/v3"

	"github.com/planner-dk/planner/planner"
	"github.com/planner-dk/planner/planner/secret"
)

// OpenPostgres connects to the PostgreSQL database at url and returns a DB
// whose stored credentials keys seals and opens. It does not migrate; call
// Migrate.
func OpenPostgres(ctx context.Context, url string, keys *secret.Keyring) (*DB, error) {
	if keys == nil {
		return nil, errors.New("sqlstore: no secret keyring: stored credentials are sealed under a key")
	}
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, fmt.Errorf("sqlstore: parse database url: %w", err)
	}
	if !strings.Contains(url, "pool_max_conns") {
		// pgx's default (max(4, cores)) queues concurrent bookings behind
		// four connections; commits wait on the WAL, so more in flight
		// means more committed per flush. pool_max_conns in the URL wins.
		cfg.MaxConns = 16
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("sqlstore: connect: %w", err)
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("sqlstore: ping: %w", err)
	}
	return newDB(&postgresDialect, pgEngine{pool}, keys), nil
}

// pgEngine is PostgreSQL through a pgx pool.
type pgEngine struct{ pool *pgxpool.Pool }

func (e pgEngine) read() querier  { return pgQuerier{e.pool} }
func (e pgEngine) write() querier { return pgQuerier{e.pool} }

func (e pgEngine) inTx(ctx context.Context, fn func(tx) error) error {
	return pgx.BeginFunc(ctx, e.pool, func(t pgx.Tx) error { return fn(pgTx{pgQuerier{t}, t}) })
}

func (e pgEngine) migrate(ctx context.Context, version int64) error {
	sqlDB := stdlib.OpenDBFromPool(e.pool) // goose speaks database/sql; only migrations use it
	defer sqlDB.Close()
	return runGoose(ctx, goose.DialectPostgres, sqlDB, postgresDialect.name, version)
}

func (pgEngine) compact(context.Context) error { return nil }

func (e pgEngine) ping(ctx context.Context) error { return e.pool.Ping(ctx) }

func (e pgEngine) close() error {
	e.pool.Close()
	return nil
}

// pgRunner is what a pgx pool and a pgx transaction share.
type pgRunner interface {
	Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error)
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

// pgQuerier adapts a pgx pool or transaction; pgx.Rows and pgx.Row serve
// as they are.
type pgQuerier struct{ r pgRunner }

func (q pgQuerier) Exec(ctx context.Context, sql string, args ...any) (int64, error) {
	tag, err := q.r.Exec(ctx, sql, args...)
	return tag.RowsAffected(), err
}

func (q pgQuerier) Query(ctx context.Context, sql string, args ...any) (rows, error) {
	return q.r.Query(ctx, sql, args...)
}

func (q pgQuerier) QueryRow(ctx context.Context, sql string, args ...any) row {
	return q.r.QueryRow(ctx, sql, args...)
}

// pgTx is a pgx transaction, whose batches are pgx batches.
type pgTx struct {
	pgQuerier
	tx pgx.Tx
}

func (t pgTx) batch() batch { return &pgBatch{tx: t.tx} }

// pgBatch queues a transaction's independent writes and sends them in one
// round trip: a booking's sync items and revision-log entries.
type pgBatch struct {
	tx pgx.Tx
	b  pgx.Batch
}

// Exec implements execer by queueing.
func (q *pgBatch) Exec(_ context.Context, sql string, args ...any) (int64, error) {
	q.b.Queue(sql, args...)
	return 0, nil
}

func (q *pgBatch) send(ctx context.Context) error {
	if q.b.Len() == 0 {
		return nil
	}
	br := q.tx.SendBatch(ctx, &q.b)
	for range q.b.Len() {
		if _, err := br.Exec(); err != nil {
			br.Close()
			return err
		}
	}
	return br.Close()
}

// pgRetryable reports a serialization failure or a deadlock. Two bookings
// inserting overlapping rows under an exclusion constraint can each wait
// for the other and end in a deadlock (40P01) instead of a clean 23P01;
// the retry then sees the winner's row.
func pgRetryable(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && (pe.Code == "40001" || pe.Code == "40P01")
}

// pgError maps by SQLSTATE: 23505 unique and 23P01 exclusion are
// conflicts (a time taken, a duplicate), 23503 a reference to nothing, no
// rows not found.
func pgError(err error) error {
	if err == nil {
		return nil
	}
	if noRows(err) {
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
