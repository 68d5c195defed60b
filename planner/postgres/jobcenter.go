package postgres

import (
	"context"

	"github.com/jackc/pgx/v5"

	"github.com/planner-dk/planner/planner"
)

// findJobcenter reads a job centre for the methods still here (the Store's
// FindJobcenter is planner/sqlstore's).
func (db *DB) findJobcenter(ctx context.Context, id planner.JobcenterID) (planner.Jobcenter, error) {
	var jc planner.Jobcenter
	var subs, settings []byte
	err := db.pool.QueryRow(ctx, `
		SELECT id, name, zone, region, summons_prefix, sub_centres, settings
		FROM jobcenters
		WHERE id = $1`, id,
	).Scan(&jc.ID, &jc.Name, &jc.Zone, &jc.Region, &jc.SummonsPrefix, &subs, &settings)
	if err != nil {
		return jc, mapError(err)
	}
	if err := fromJSON(subs, &jc.SubCentres); err != nil {
		return jc, err
	}
	return jc, fromJSON(settings, &jc.Settings)
}

// expectRow turns an update or delete that touched no row into ErrNotFound.
func expectRow(tag interface{ RowsAffected() int64 }, err error) error {
	if err != nil {
		return err
	}
	if tag.RowsAffected() == 0 {
		return planner.ErrNotFound
	}
	return nil
}

// querier is what pgxpool.Pool and pgx.Tx share.
type querier interface {
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

func hoursArg(h *planner.WeeklyHours) any {
	if h == nil {
		return nil
	}
	return jsonOf(h)
}

func hoursOf(b []byte) (*planner.WeeklyHours, error) {
	if b == nil {
		return nil, nil
	}
	var h planner.WeeklyHours
	return &h, fromJSON(b, &h)
}
