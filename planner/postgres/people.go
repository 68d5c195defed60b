package postgres

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/planner-dk/planner/planner"
)

// CreateAdvisor implements planner.Store.
func (db *DB) CreateAdvisor(ctx context.Context, a *planner.Advisor) error {
	if err := a.Validate(); err != nil {
		return err
	}
	return db.tx(ctx, func(tx pgx.Tx, _ time.Time) error {
		if err := sameJobcenter(ctx, tx, "teams", int64(a.TeamID), a.JobcenterID, "teamId"); err != nil {
			return err
		}
		cal, err := newCalendarID(ctx, tx, a.Calendar)
		if err != nil {
			return err
		}
		if err := tx.QueryRow(ctx, `
			INSERT INTO advisors (jobcenter_id, team_id, name, mail, phone, hours, marks, calendar, calendar_secret, calendar_id)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
			RETURNING id`,
			a.JobcenterID, a.TeamID, a.Name, a.Mail, a.Phone, hoursArg(a.Hours), jsonOf(orEmpty(a.Marks)), calendarJSON(a.Calendar), db.keys.Seal(advisorSecret, a.Calendar.Secret), cal,
		).Scan(&a.ID); err != nil {
			return err
		}
		a.Calendar.ID = cal
		return nil
	})
}

// UpdateAdvisor implements planner.Store: a changed calendar connection
// retires the old calendar in the same transaction (calretire.go).
func (db *DB) UpdateAdvisor(ctx context.Context, a planner.Advisor) error {
	if err := a.Validate(); err != nil {
		return err
	}
	return db.tx(ctx, func(tx pgx.Tx, now time.Time) error {
		if err := sameJobcenter(ctx, tx, "teams", int64(a.TeamID), a.JobcenterID, "teamId"); err != nil {
			return err
		}
		old, err := db.lockAdvisorCalendar(ctx, tx, a.JobcenterID, a.ID)
		if err != nil {
			return err
		}
		cal := old.ID
		if !old.SameCalendar(a.Calendar) {
			if cal, err = db.replaceCalendar(ctx, tx, now, a, old); err != nil {
				return err
			}
		}
		return expectRow(tx.Exec(ctx, `
			UPDATE advisors
			SET team_id = $3, name = $4, mail = $5, phone = $6, hours = $7, marks = $8, calendar = $9, calendar_secret = $10, calendar_id = $11
			WHERE id = $1 AND jobcenter_id = $2`,
			a.ID, a.JobcenterID, a.TeamID, a.Name, a.Mail, a.Phone, hoursArg(a.Hours), jsonOf(orEmpty(a.Marks)), calendarJSON(a.Calendar), db.keys.Seal(advisorSecret, a.Calendar.Secret), cal))
	})
}

// FindAdvisors implements planner.Store.
func (db *DB) FindAdvisors(ctx context.Context, jc planner.JobcenterID, f planner.AdvisorFilter) ([]planner.Advisor, error) {
	where, args := []string{"jobcenter_id = $1"}, []any{jc}
	if f.IDs != nil {
		args = append(args, idsOf(f.IDs))
		where = append(where, "id = ANY($2)")
	}
	if f.TeamID != nil {
		args = append(args, *f.TeamID)
		where = append(where, "team_id = $"+itoa(len(args)))
	}
	return db.findAdvisors(ctx, db.pool, and(where), args...)
}

// findAdvisors reads the advisors the condition selects, in id order.
func (db *DB) findAdvisors(ctx context.Context, q querier, cond string, args ...any) ([]planner.Advisor, error) {
	rows, err := q.Query(ctx, `
		SELECT id, jobcenter_id, team_id, name, mail, phone, hours, marks, calendar, calendar_secret, calendar_id
		FROM advisors
		WHERE `+cond+`
		ORDER BY id`, args...)
	if err != nil {
		return nil, mapError(err)
	}
	defer rows.Close()
	var out []planner.Advisor
	for rows.Next() {
		var a planner.Advisor
		var hours, marks, cal []byte
		if err := rows.Scan(&a.ID, &a.JobcenterID, &a.TeamID, &a.Name, &a.Mail, &a.Phone, &hours, &marks, &cal, &a.Calendar.Secret, &a.Calendar.ID); err != nil {
			return nil, err
		}
		secret, id := a.Calendar.Secret, a.Calendar.ID
		if a.Hours, err = hoursOf(hours); err != nil {
			return nil, err
		}
		if err := fromJSON(marks, &a.Marks); err != nil {
			return nil, err
		}
		if err := fromJSON(cal, &a.Calendar); err != nil {
			return nil, err
		}
		a.Calendar.ID = id
		if a.Calendar.Secret, err = db.open(advisorSecret, secret); err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// CreateRoom implements planner.Store.
func (db *DB) CreateRoom(ctx context.Context, r *planner.Room) error {
	if err := r.Validate(); err != nil {
		return err
	}
	return db.tx(ctx, func(tx pgx.Tx, _ time.Time) error {
		return tx.QueryRow(ctx, `
			INSERT INTO rooms (jobcenter_id, name, capacity)
			VALUES ($1, $2, $3)
			RETURNING id`, r.JobcenterID, r.Name, r.Capacity).Scan(&r.ID)
	})
}

// FindRooms implements planner.Store.
func (db *DB) FindRooms(ctx context.Context, jc planner.JobcenterID) ([]planner.Room, error) {
	rows, err := db.pool.Query(ctx, `
		SELECT id, jobcenter_id, name, capacity
		FROM rooms
		WHERE jobcenter_id = $1
		ORDER BY id`, jc)
	if err != nil {
		return nil, mapError(err)
	}
	return pgx.CollectRows(rows, func(row pgx.CollectableRow) (planner.Room, error) {
		var r planner.Room
		err := row.Scan(&r.ID, &r.JobcenterID, &r.Name, &r.Capacity)
		return r, err
	})
}

// CreateMark implements planner.Store.
func (db *DB) CreateMark(ctx context.Context, m *planner.Mark) error {
	return db.tx(ctx, func(tx pgx.Tx, _ time.Time) error {
		return tx.QueryRow(ctx, `
			INSERT INTO marks (name, level, region, jobcenter_id, binds_advisor)
			VALUES ($1, $2, $3, $4, $5)
			RETURNING id`, m.Name, m.Level, m.Region, m.JobcenterID, m.BindsAdvisor).Scan(&m.ID)
	})
}

// FindMarks implements planner.Store.
func (db *DB) FindMarks(ctx context.Context, jc planner.JobcenterID) (map[planner.MarkID]planner.Mark, error) {
	j, err := db.findJobcenter(ctx, jc)
	if err != nil {
		return nil, err
	}
	return db.visibleMarks(ctx, j)
}

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
