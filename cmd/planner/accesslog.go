package main

import (
	"context"
	"fmt"

	"github.com/planner-dk/planner/planner"
)

// runAccessLog is `planner accesslog verify`: it checks the chain of each
// job centre's access log (or one, -jobcenter) and fails naming the first
// entry changed, removed or moved (issue 21).
func (m *Main) runAccessLog(ctx context.Context, args []string, getenv func(string) string) error {
	cmd, err := m.verbs("accesslog", args, getenv, "verify")
	if err != nil {
		return err
	}
	only := cmd.fs.Int64("jobcenter", 0, "one job centre's log (default: every job centre's)")
	db, err := cmd.open(ctx, m, args)
	if err != nil {
		return err
	}
	defer db.close()
	ids := []planner.JobcenterID{planner.JobcenterID(*only)}
	if *only == 0 {
		if ids, err = db.FindJobcenterIDs(ctx); err != nil {
			return err
		}
	}
	broken := 0
	for _, id := range ids {
		n, brk, err := db.VerifyAccessLog(ctx, id)
		if err != nil {
			return fmt.Errorf("job centre %d: %w", id, err)
		}
		if brk != nil {
			broken++
			fmt.Fprintf(m.Stdout, "job centre %d: BROKEN after %d good entries: %s (entry id %d)\n", id, n, brk.Reason, brk.EntryID)
			continue
		}
		fmt.Fprintf(m.Stdout, "job centre %d: %d entries, the chain is whole\n", id, n)
	}
	if broken > 0 {
		return fmt.Errorf("the access log of %d job centres is broken", broken)
	}
	return nil
}
