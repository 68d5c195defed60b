package postgres

import (
	"fmt"

	"github.com/planner-dk/planner/planner/internal/sealsql"
)

// The contexts of the credential columns (planner/internal/sealsql).
var (
	advisorSecret  = sealsql.AdvisorSecret.Context()
	retiredSecret  = sealsql.RetiredSecret.Context()
	graphAppSecret = sealsql.GraphAppSecret.Context()
)

// open opens a sealed column value; the error names the column only.
func (db *DB) open(context, sealed string) (string, error) {
	s, err := db.keys.Open(context, sealed)
	if err != nil {
		return "", fmt.Errorf("postgres: %w", err)
	}
	return s, nil
}
