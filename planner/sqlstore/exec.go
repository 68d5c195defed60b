package sqlstore

import (
	"context"
	"database/sql"
	"errors"

	"github.com/planner-dk/planner/planner"
)

// The store's SQL runs over these small interfaces, so that each statement
// is written once: pgx (PostgreSQL, with its batches) and database/sql
// (SQLite) each have an adapter (postgres.go, sqlite.go). Statements number
// their parameters $1, $2, …, which both engines read.

// rows is a query's result set.
type rows interface {
	Next() bool
	Scan(dest ...any) error
	Err() error
	Close()
}

// row is the first row of a query; Scan returns sql.ErrNoRows when there
// is none.
type row interface {
	Scan(dest ...any) error
}

// execer runs a statement that returns no rows and reports the rows it
// touched: at once (a querier), or when its batch is sent (a batch, which
// reports 0).
type execer interface {
	Exec(ctx context.Context, query string, args ...any) (int64, error)
}

// querier runs SQL: in a transaction, or on a pool outside one.
type querier interface {
	execer
	Query(ctx context.Context, query string, args ...any) (rows, error)
	QueryRow(ctx context.Context, query string, args ...any) row
}

// tx is a write transaction.
type tx interface {
	querier
	// batch returns a batch of independent writes that run, in order,
	// when it is sent: on PostgreSQL in one round trip; on SQLite, where
	// there is no round trip to save, each runs at once.
	batch() batch
}

// batch queues writes of a transaction; send runs them and fails on the
// first error.
type batch interface {
	execer
	send(ctx context.Context) error
}

// engine is one database's connections: where reads run, how a write
// transaction runs, and what its migrations and clean-ups need.
type engine interface {
	// read runs reads outside a transaction.
	read() querier
	// write runs a single write statement in a transaction of its own.
	write() querier
	// inTx runs fn in one write transaction, committing when it returns
	// nil; it does not retry.
	inTx(ctx context.Context, fn func(tx) error) error
	// migrate brings the schema up to version, or up to date for 0.
	migrate(ctx context.Context, version int64) error
	// compact leaves no freed page or log holding what was overwritten
	// (the plaintexts the sealing step replaced).
	compact(ctx context.Context) error
	ping(ctx context.Context) error
	close() error
}

// all runs a query on q and reads every row of it with scan.
func all[T any](ctx context.Context, q querier, scan func(rows) (T, error), query string, args ...any) ([]T, error) {
	rs, err := q.Query(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	var out []T
	for rs.Next() {
		v, err := scan(rs)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rs.Err()
}

// first is the first row a query read; ErrNotFound when it read none.
func first[T any](xs []T, err error) (T, error) {
	var zero T
	if err != nil {
		return zero, err
	}
	if len(xs) == 0 {
		return zero, planner.ErrNotFound
	}
	return xs[0], nil
}

// scanOne is a scan function of one column.
func scanOne[T any](r rows) (T, error) {
	var v T
	return v, r.Scan(&v)
}

// expectRow turns a write that touched no row into ErrNotFound.
func expectRow(n int64, err error) error {
	if err == nil && n == 0 {
		return planner.ErrNotFound
	}
	return err
}

// noRows reports an empty query's or a write's missing row.
func noRows(err error) bool { return errors.Is(err, sql.ErrNoRows) }
