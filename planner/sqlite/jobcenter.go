package sqlite

import (
	"context"
	"database/sql"
	"time"

	"github.com/planner-dk/planner/planner"
)

// CreateJobcenter implements planner.Store.
func (db *DB) CreateJobcenter(ctx context.Context, jc *planner.Jobcenter) error {
	if err := jc.Validate(); err != nil {
		return err
	}
	return db.tx(ctx, func(tx *sql.Tx, _ time.Time) error {
		return tx.QueryRowContext(ctx, `
			INSERT INTO jobcenters (name, zone, region, summons_prefix, sub_centres, settings)
			VALUES (?1, ?2, ?3, ?4, ?5, ?6)
			RETURNING id`,
			jc.Name, jc.Zone, jc.Region, jc.SummonsPrefix, jsonOf(orEmpty(jc.SubCentres)), jsonOf(jc.Settings),
		).Scan(&jc.ID)
	})
}

// FindJobcenter implements planner.Store.
func (db *DB) FindJobcenter(ctx context.Context, id planner.JobcenterID) (planner.Jobcenter, error) {
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

// FindJobcenterIDs implements planner.Store.
func (db *DB) FindJobcenterIDs(ctx context.Context) ([]planner.JobcenterID, error) {
	rows, err := db.reader.QueryContext(ctx, `SELECT id FROM jobcenters ORDER BY id`)
	if err != nil {
		return nil, mapError(err)
	}
	defer rows.Close()
	var ids []planner.JobcenterID
	for rows.Next() {
		var id planner.JobcenterID
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, mapError(rows.Err())
}

// UpdateJobcenter implements planner.Store.
func (db *DB) UpdateJobcenter(ctx context.Context, jc planner.Jobcenter) error {
	if err := jc.Validate(); err != nil {
		return err
	}
	return db.tx(ctx, func(tx *sql.Tx, _ time.Time) error {
		return expectRow(tx.ExecContext(ctx, `
			UPDATE jobcenters
			SET name = ?2, zone = ?3, region = ?4, summons_prefix = ?5, sub_centres = ?6, settings = ?7
			WHERE id = ?1`,
			jc.ID, jc.Name, jc.Zone, jc.Region, jc.SummonsPrefix, jsonOf(orEmpty(jc.SubCentres)), jsonOf(jc.Settings)))
	})
}

// CreateTeam implements planner.Store.
func (db *DB) CreateTeam(ctx context.Context, t *planner.Team) error {
	if err := t.Validate(); err != nil {
		return err
	}
	return db.tx(ctx, func(tx *sql.Tx, _ time.Time) error {
		if err := checkParent(ctx, tx, t.JobcenterID, t.ParentID); err != nil {
			return err
		}
		return tx.QueryRowContext(ctx, `
			INSERT INTO teams (jobcenter_id, parent_id, name, mail, phone, hours)
			VALUES (?1, ?2, ?3, ?4, ?5, ?6)
			RETURNING id`,
			t.JobcenterID, idArg(t.ParentID), t.Name, t.Mail, t.Phone, hoursArg(t.Hours),
		).Scan(&t.ID)
	})
}

func checkParent(ctx context.Context, tx *sql.Tx, jc planner.JobcenterID, parent planner.TeamID) error {
	if parent == 0 {
		return nil
	}
	if err := sameJobcenter(ctx, tx, "teams", int64(parent), jc, "parentId"); err != nil {
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
	return db.tx(ctx, func(tx *sql.Tx, _ time.Time) error {
		if err := checkParent(ctx, tx, t.JobcenterID, t.ParentID); err != nil {
			return err
		}
		if err := expectRow(tx.ExecContext(ctx, `
			UPDATE teams
			SET parent_id = ?3, name = ?4, mail = ?5, phone = ?6, hours = ?7
			WHERE id = ?1 AND jobcenter_id = ?2`,
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
	teams, err := findTeams(ctx, db.reader, jc)
	return teams, mapError(err)
}

func findTeams(ctx context.Context, q querier, jc planner.JobcenterID) ([]planner.Team, error) {
	rows, err := q.QueryContext(ctx, `
		SELECT id, jobcenter_id, coalesce(parent_id, 0), name, mail, phone, hours
		FROM teams
		WHERE jobcenter_id = ?1
		ORDER BY id`, jc)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []planner.Team
	for rows.Next() {
		var t planner.Team
		var hours sql.NullString
		if err := rows.Scan(&t.ID, &t.JobcenterID, &t.ParentID, &t.Name, &t.Mail, &t.Phone, &hours); err != nil {
			return nil, err
		}
		if t.Hours, err = hoursOf(hours); err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, rows.Err()
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
