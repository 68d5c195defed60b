package sqlstore

import (
	"context"
	"time"

	"github.com/planner-dk/planner/planner"
)

// CreateJobcenter implements planner.Store.
func (db *DB) CreateJobcenter(ctx context.Context, jc *planner.Jobcenter) error {
	if err := jc.Validate(); err != nil {
		return err
	}
	return db.tx(ctx, func(t tx, _ time.Time) error {
		return t.QueryRow(ctx, `
			INSERT INTO jobcenters (name, zone, region, summons_prefix, sub_centres, settings)
			VALUES ($1, $2, $3, $4, $5, $6)
			RETURNING id`,
			jc.Name, jc.Zone, jc.Region, jc.SummonsPrefix, jsonOf(orEmpty(jc.SubCentres)), jsonOf(jc.Settings),
		).Scan(&jc.ID)
	})
}

// FindJobcenter implements planner.Store.
func (db *DB) FindJobcenter(ctx context.Context, id planner.JobcenterID) (planner.Jobcenter, error) {
	var jc planner.Jobcenter
	var subs, settings []byte
	err := db.e.read().QueryRow(ctx, `
		SELECT id, name, zone, region, summons_prefix, sub_centres, settings
		FROM jobcenters
		WHERE id = $1`, id,
	).Scan(&jc.ID, &jc.Name, &jc.Zone, &jc.Region, &jc.SummonsPrefix, &subs, &settings)
	if err != nil {
		return jc, db.d.mapError(err)
	}
	if err := fromJSON(subs, &jc.SubCentres); err != nil {
		return jc, err
	}
	if len(jc.SubCentres) == 0 {
		jc.SubCentres = nil
	}
	return jc, fromJSON(settings, &jc.Settings)
}

// FindJobcenterIDs implements planner.Store.
func (db *DB) FindJobcenterIDs(ctx context.Context) ([]planner.JobcenterID, error) {
	ids, err := all(ctx, db.e.read(), scanOne[planner.JobcenterID], `SELECT id FROM jobcenters ORDER BY id`)
	return ids, db.d.mapError(err)
}

// UpdateJobcenter implements planner.Store.
func (db *DB) UpdateJobcenter(ctx context.Context, jc planner.Jobcenter) error {
	if err := jc.Validate(); err != nil {
		return err
	}
	return db.tx(ctx, func(t tx, _ time.Time) error {
		return expectRow(t.Exec(ctx, `
			UPDATE jobcenters
			SET name = $2, zone = $3, region = $4, summons_prefix = $5, sub_centres = $6, settings = $7
			WHERE id = $1`,
			jc.ID, jc.Name, jc.Zone, jc.Region, jc.SummonsPrefix, jsonOf(orEmpty(jc.SubCentres)), jsonOf(jc.Settings)))
	})
}

// jobcenterExists answers ErrNotFound for a job centre that is not there.
func jobcenterExists(ctx context.Context, q querier, jc planner.JobcenterID) error {
	var n int
	if err := q.QueryRow(ctx, `SELECT count(*) FROM jobcenters WHERE id = $1`, jc).Scan(&n); err != nil {
		return err
	}
	if n == 0 {
		return planner.ErrNotFound
	}
	return nil
}

// CreateTeam implements planner.Store.
func (db *DB) CreateTeam(ctx context.Context, t *planner.Team) error {
	if err := t.Validate(); err != nil {
		return err
	}
	return db.tx(ctx, func(tx tx, _ time.Time) error {
		if err := checkParent(ctx, tx, t.JobcenterID, t.ParentID); err != nil {
			return err
		}
		return tx.QueryRow(ctx, `
			INSERT INTO teams (jobcenter_id, parent_id, name, mail, phone, hours)
			VALUES ($1, $2, $3, $4, $5, $6)
			RETURNING id`,
			t.JobcenterID, idArg(t.ParentID), t.Name, t.Mail, t.Phone, hoursArg(t.Hours),
		).Scan(&t.ID)
	})
}

// checkParent makes sure a team's parent exists in the same job centre.
func checkParent(ctx context.Context, q querier, jc planner.JobcenterID, parent planner.TeamID) error {
	if parent == 0 {
		return nil
	}
	var n int
	if err := q.QueryRow(ctx, `SELECT count(*) FROM teams WHERE id = $1 AND jobcenter_id = $2`, parent, jc).Scan(&n); err != nil {
		return err
	}
	if n == 0 {
		return &planner.FieldError{Field: "parentId", Reason: "is not a team of the job centre", ReasonDA: "er ikke et team i jobcentret"}
	}
	return nil
}

// UpdateTeam implements planner.Store. The whole tree is re-checked so a new
// parent cannot close a cycle.
func (db *DB) UpdateTeam(ctx context.Context, t planner.Team) error {
	if err := t.Validate(); err != nil {
		return err
	}
	return db.tx(ctx, func(tx tx, _ time.Time) error {
		if err := checkParent(ctx, tx, t.JobcenterID, t.ParentID); err != nil {
			return err
		}
		if err := expectRow(tx.Exec(ctx, `
			UPDATE teams
			SET parent_id = $3, name = $4, mail = $5, phone = $6, hours = $7
			WHERE id = $1 AND jobcenter_id = $2`,
			t.ID, t.JobcenterID, idArg(t.ParentID), t.Name, t.Mail, t.Phone, hoursArg(t.Hours))); err != nil {
			return err
		}
		teams, err := findTeams(ctx, tx, t.JobcenterID)
		if err != nil {
			return err
		}
		_, err = planner.NewTeamTree(teams)
		return err
	})
}

// FindTeams implements planner.Store.
func (db *DB) FindTeams(ctx context.Context, jc planner.JobcenterID) ([]planner.Team, error) {
	teams, err := findTeams(ctx, db.e.read(), jc)
	return teams, db.d.mapError(err)
}

func findTeams(ctx context.Context, q querier, jc planner.JobcenterID) ([]planner.Team, error) {
	return all(ctx, q, func(r rows) (planner.Team, error) {
		var t planner.Team
		var hours []byte
		if err := r.Scan(&t.ID, &t.JobcenterID, &t.ParentID, &t.Name, &t.Mail, &t.Phone, &hours); err != nil {
			return t, err
		}
		var err error
		t.Hours, err = hoursOf(hours)
		return t, err
	}, `
		SELECT id, jobcenter_id, coalesce(parent_id, 0), name, mail, phone, hours
		FROM teams
		WHERE jobcenter_id = $1
		ORDER BY id`, jc)
}

// hoursArg is a nullable weekly-hours parameter.
func hoursArg(h *planner.WeeklyHours) any {
	if h == nil {
		return nil
	}
	return jsonOf(h)
}

// hoursOf reads a nullable weekly-hours column.
func hoursOf(b []byte) (*planner.WeeklyHours, error) {
	if b == nil {
		return nil, nil
	}
	var h planner.WeeklyHours
	return &h, fromJSON(b, &h)
}
