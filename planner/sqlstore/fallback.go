package sqlstore

import (
	"context"
	"time"

	"github.com/planner-dk/planner/planner"
	"github.com/planner-dk/planner/planner/postgres"
	"github.com/planner-dk/planner/planner/sqlite"
)

// legacy is what the old per-engine stores still serve: the methods of
// planner.Store not yet moved into this package (issue 19 moves them one
// aggregate at a time, each commit green on both engines). It shrinks with
// every move and goes with the last.
type legacy interface {
	FindSummonsList(ctx context.Context, jc planner.JobcenterID, q planner.ListQuery) (planner.ListPage, error)
	CountPending(ctx context.Context, jc planner.JobcenterID, day planner.Date) (int, error)
}

// fallback serves the legacy methods from the old store on the same
// connections.
type fallback struct{ legacy }

// withFallback sets db's fallback store, which keeps db's clock.
func (db *DB) withFallback() *DB {
	now := func() time.Time { return db.Now() }
	switch e := db.e.(type) {
	case pgEngine:
		db.fallback = fallback{postgres.New(e.pool, db.keys, now)}
	case sqliteEngine:
		db.fallback = fallback{sqlite.New(e.writer, e.reader, db.keys, now)}
	}
	return db
}
