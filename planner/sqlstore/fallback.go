package sqlstore

import (
	"time"

	"github.com/planner-dk/planner/planner"
	"github.com/planner-dk/planner/planner/postgres"
	"github.com/planner-dk/planner/planner/sqlite"
)

// fallback serves, from the old per-engine store on the same connections,
// the methods not yet moved into this package (issue 19: they move one
// aggregate at a time, each commit green on both engines). It goes when
// the last one has moved.
type fallback struct{ planner.Store }

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
