package sqlstore

import (
	"context"
	"time"

	"github.com/planner-dk/planner/planner"
)

// CreateAdvisor implements planner.Store.
func (db *DB) CreateAdvisor(ctx context.Context, a *planner.Advisor) error {
	if err := a.Validate(); err != nil {
		return err
	}
	return db.tx(ctx, func(t tx, _ time.Time) error {
		if err := sameJobcenter(ctx, t, "teams", int64(a.TeamID), a.JobcenterID, "teamId"); err != nil {
			return err
		}
		cal, err := db.newCalendarID(ctx, t, a.Calendar)
		if err != nil {
			return err
		}
		if err := t.QueryRow(ctx, `
			INSERT INTO advisors (jobcenter_id, team_id, name, mail, phone, hours, marks, calendar, calendar_secret, calendar_id)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
			RETURNING id`,
			a.JobcenterID, a.TeamID, a.Name, a.Mail, a.Phone, hoursArg(a.Hours), jsonOf(orEmpty(a.Marks)), calendarJSON(a.Calendar),
			db.seal(advisorSecret, a.Calendar.Secret), cal,
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
	return db.tx(ctx, func(t tx, now time.Time) error {
		if err := sameJobcenter(ctx, t, "teams", int64(a.TeamID), a.JobcenterID, "teamId"); err != nil {
			return err
		}
		old, err := db.lockAdvisorCalendar(ctx, t, a.JobcenterID, a.ID)
		if err != nil {
			return err
		}
		cal := old.ID
		if !old.SameCalendar(a.Calendar) {
			if cal, err = db.replaceCalendar(ctx, t, now, a, old); err != nil {
				return err
			}
		}
		return expectRow(t.Exec(ctx, `
			UPDATE advisors
			SET team_id = $3, name = $4, mail = $5, phone = $6, hours = $7, marks = $8, calendar = $9, calendar_secret = $10, calendar_id = $11
			WHERE id = $1 AND jobcenter_id = $2`,
			a.ID, a.JobcenterID, a.TeamID, a.Name, a.Mail, a.Phone, hoursArg(a.Hours), jsonOf(orEmpty(a.Marks)), calendarJSON(a.Calendar),
			db.seal(advisorSecret, a.Calendar.Secret), cal))
	})
}

// FindAdvisors implements planner.Store.
func (db *DB) FindAdvisors(ctx context.Context, jc planner.JobcenterID, f planner.AdvisorFilter) ([]planner.Advisor, error) {
	where, args := []string{"jobcenter_id = $1"}, []any{jc}
	if f.IDs != nil {
		var ids string
		ids, args = db.d.list(args, idsOf(f.IDs))
		where = append(where, db.d.in("id", ids))
	}
	if f.TeamID != nil {
		args = append(args, *f.TeamID)
		where = append(where, "team_id = "+param(len(args)))
	}
	return db.findAdvisors(ctx, and(where), args...)
}

// findAdvisors reads the advisors the condition selects, in id order.
func (db *DB) findAdvisors(ctx context.Context, cond string, args ...any) ([]planner.Advisor, error) {
	out, err := all(ctx, db.e.read(), func(r rows) (planner.Advisor, error) {
		var a planner.Advisor
		var hours, marks, cal []byte
		var secret string
		var id planner.CalendarID
		if err := r.Scan(&a.ID, &a.JobcenterID, &a.TeamID, &a.Name, &a.Mail, &a.Phone, &hours, &marks, &cal, &secret, &id); err != nil {
			return a, err
		}
		var err error
		if a.Hours, err = hoursOf(hours); err != nil {
			return a, err
		}
		if err := fromJSON(marks, &a.Marks); err != nil {
			return a, err
		}
		if len(a.Marks) == 0 {
			a.Marks = nil
		}
		if err := fromJSON(cal, &a.Calendar); err != nil {
			return a, err
		}
		a.Calendar.ID = id
		a.Calendar.Secret, err = db.open(advisorSecret, secret)
		return a, err
	}, `
		SELECT id, jobcenter_id, team_id, name, mail, phone, hours, marks, calendar, calendar_secret, calendar_id
		FROM advisors
		WHERE `+cond+`
		ORDER BY id`, args...)
	return out, db.d.mapError(err)
}

// CreateRoom implements planner.Store.
func (db *DB) CreateRoom(ctx context.Context, r *planner.Room) error {
	if err := r.Validate(); err != nil {
		return err
	}
	return db.tx(ctx, func(t tx, _ time.Time) error {
		return t.QueryRow(ctx, `
			INSERT INTO rooms (jobcenter_id, name, capacity)
			VALUES ($1, $2, $3)
			RETURNING id`, r.JobcenterID, r.Name, r.Capacity).Scan(&r.ID)
	})
}

// FindRooms implements planner.Store.
func (db *DB) FindRooms(ctx context.Context, jc planner.JobcenterID) ([]planner.Room, error) {
	out, err := all(ctx, db.e.read(), func(row rows) (planner.Room, error) {
		var r planner.Room
		return r, row.Scan(&r.ID, &r.JobcenterID, &r.Name, &r.Capacity)
	}, `
		SELECT id, jobcenter_id, name, capacity
		FROM rooms
		WHERE jobcenter_id = $1
		ORDER BY id`, jc)
	return out, db.d.mapError(err)
}

// CreateMark implements planner.Store.
func (db *DB) CreateMark(ctx context.Context, m *planner.Mark) error {
	if err := m.Validate(); err != nil {
		return err
	}
	return db.tx(ctx, func(t tx, _ time.Time) error {
		return t.QueryRow(ctx, `
			INSERT INTO marks (name, level, region, jobcenter_id, binds_advisor, code)
			VALUES ($1, $2, $3, $4, $5, $6)
			RETURNING id`, m.Name, m.Level, m.Region, m.JobcenterID, m.BindsAdvisor, m.Code).Scan(&m.ID)
	})
}

// FindMarks implements planner.Store.
func (db *DB) FindMarks(ctx context.Context, jc planner.JobcenterID) (map[planner.MarkID]planner.Mark, error) {
	j, err := db.FindJobcenter(ctx, jc)
	if err != nil {
		return nil, err
	}
	return db.visibleMarks(ctx, j)
}

// visibleMarks returns the marks job centre j may see (§4.2).
func (db *DB) visibleMarks(ctx context.Context, j planner.Jobcenter) (map[planner.MarkID]planner.Mark, error) {
	marks, err := all(ctx, db.e.read(), func(r rows) (planner.Mark, error) {
		var m planner.Mark
		return m, r.Scan(&m.ID, &m.Name, &m.Level, &m.Region, &m.JobcenterID, &m.BindsAdvisor, &m.Code)
	}, `
		SELECT id, name, level, region, jobcenter_id, binds_advisor, code
		FROM marks
		ORDER BY id`)
	if err != nil {
		return nil, db.d.mapError(err)
	}
	out := map[planner.MarkID]planner.Mark{}
	for _, m := range marks {
		if m.VisibleTo(j) {
			out[m.ID] = m
		}
	}
	return out, nil
}
