package sqlite

import (
	"context"
	"database/sql"

	"github.com/planner-dk/planner/planner"
)

// findJobcenter reads a job centre for the methods still here (the Store's
// FindJobcenter is planner/sqlstore's).
func (db *DB) findJobcenter(ctx context.Context, id planner.JobcenterID) (planner.Jobcenter, error) {
	var jc planner.Jobcenter
	var subs, settings sql.NullString
	err := db.reader.QueryRowContext(ctx, `
		SELECT id, name, zone, region, summons_prefix, sub_centres, settings
		FROM jobcenters
		WHERE id = ?1`, id,
	).Scan(&jc.ID, &jc.Name, &jc.Zone, &jc.Region, &jc.SummonsPrefix, &subs, &settings)
	if err != nil {
		return jc, mapError(err)
	}
	if err := fromJSON(subs, &jc.SubCentres); err != nil {
		return jc, err
	}
	if len(jc.SubCentres) == 0 {
		jc.SubCentres = nil
	}
	return jc, fromJSON(settings, &jc.Settings)
}

func hoursArg(h *planner.WeeklyHours) any {
	if h == nil {
		return nil
	}
	return jsonOf(h)
}

func hoursOf(s sql.NullString) (*planner.WeeklyHours, error) {
	if !s.Valid {
		return nil, nil
	}
	var h planner.WeeklyHours
	return &h, fromJSON(s, &h)
}
