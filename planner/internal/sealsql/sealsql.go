// Package sealsql holds what PostgreSQL and SQLite share about the sealed
// credential columns (issue 12): which columns hold a credential, the SQL
// that reads and rewrites them, and the migration step's decision for each
// stored value. The stores run it in their own transactions.
package sealsql

import (
	"fmt"

	"github.com/planner-dk/planner/planner/secret"
)

// Column is a column that holds a credential, with its table's key.
type Column struct{ Table, Name, Key string }

// Context is the column's context for secret.Keyring: "table.column".
func (c Column) Context() string { return c.Table + "." + c.Name }

// The credential columns.
var (
	AdvisorSecret  = Column{"advisors", "calendar_secret", "id"}
	RetiredSecret  = Column{"retired_calendars", "secret", "id"}
	GraphAppSecret = Column{"jobcenter_graph_apps", "secret", "jobcenter_id"}
)

// Columns are every credential column, in the order they are gone through.
var Columns = []Column{AdvisorSecret, RetiredSecret, GraphAppSecret}

// Select reads the key and the value of every row with a credential.
// Table, column and key are our own constant names, never input.
func (c Column) Select() string {
	return `SELECT ` + c.Key + `, ` + c.Name + ` FROM ` + c.Table + ` WHERE ` + c.Name + ` <> '' ORDER BY 1`
}

// Update writes one row's value; value and key are the dialect's
// placeholders for them.
func (c Column) Update(value, key string) string {
	return `UPDATE ` + c.Table + ` SET ` + c.Name + ` = ` + value + ` WHERE ` + c.Key + ` = ` + key
}

// Plaintext is the migration step after the schema's: it seals every
// value still in clear, leaves the sealed ones, and counts those sealed
// under a key Keys lacks, so that a wrong key fails at start, not at the
// first sync.
type Plaintext struct {
	Keys      *secret.Keyring
	foreign   int
	foreignID string
}

// Value decides for one stored value of column context: the value to
// store, and whether it changed.
func (p *Plaintext) Value(context, v string) (string, bool, error) {
	switch id := secret.KeyIDOf(v); {
	case id == "":
		return p.Keys.Seal(context, v), true, nil
	case !p.Keys.Knows(id):
		p.foreign, p.foreignID = p.foreign+1, id
	}
	return v, false, nil
}

// Err reports the values sealed under a key Keys lacks, if any.
func (p *Plaintext) Err() error {
	if p.foreign == 0 {
		return nil
	}
	return fmt.Errorf("%d stored secrets are sealed under key %s, which is not the configured key", p.foreign, p.foreignID)
}
