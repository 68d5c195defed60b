package postgres

import (
	"context"

	"github.com/planner-dk/planner/planner"
)

// ruleContext is what validating an offer's rules needs: the job centre
// and the marks visible to it, read once each.
func (db *DB) ruleContext(ctx context.Context, jc planner.JobcenterID) (planner.RuleContext, error) {
	j, err := db.findJobcenter(ctx, jc)
	if err != nil {
		return planner.RuleContext{}, err
	}
	marks, err := db.visibleMarks(ctx, j)
	return planner.RuleContext{Jobcenter: j, Marks: marks}, err
}

// visibleMarks returns the marks job centre j may see (§4.2).
func (db *DB) visibleMarks(ctx context.Context, j planner.Jobcenter) (map[planner.MarkID]planner.Mark, error) {
	rows, err := db.pool.Query(ctx, `
		SELECT id, name, level, region, jobcenter_id, binds_advisor
		FROM marks
		ORDER BY id`)
	if err != nil {
		return nil, mapError(err)
	}
	out := map[planner.MarkID]planner.Mark{}
	for rows.Next() {
		var m planner.Mark
		if err := rows.Scan(&m.ID, &m.Name, &m.Level, &m.Region, &m.JobcenterID, &m.BindsAdvisor); err != nil {
			return nil, err
		}
		if m.VisibleTo(j) {
			out[m.ID] = m
		}
	}
	return out, rows.Err()
}
