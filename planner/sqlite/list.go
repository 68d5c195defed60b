package sqlite

import (
	"context"
	"database/sql"
	"strconv"
	"time"

	"github.com/planner-dk/planner/planner"
	"github.com/planner-dk/planner/planner/internal/listsql"
)

// FindSummonsList implements planner.Store: filtering, search, sort and
// paging all happen in one query in the database, the total in a second.
func (db *DB) FindSummonsList(ctx context.Context, jc planner.JobcenterID, q planner.ListQuery) (planner.ListPage, error) {
	if err := q.Validate(); err != nil {
		return planner.ListPage{}, err
	}
	where, args, err := db.listWhere(ctx, jc, q)
	if err != nil {
		return planner.ListPage{}, err
	}
	var page planner.ListPage
	if err := db.reader.QueryRowContext(ctx, `SELECT count(*) FROM summonses s WHERE `+where, args...).Scan(&page.Total); err != nil {
		return page, mapError(err)
	}
	limit := q.Limit
	if limit == 0 {
		limit = 50
	}
	args = append(args, limit, q.Offset)
	rows, err := db.reader.QueryContext(ctx, `
		SELECT s.id, s.number, m.id, m.form, c.id, c.name, c.contact_group, c.cpr, s.state, m.start_at, s.holding_deadline,
			(s.holding_deadline IS NOT NULL AND s.meeting_day > s.holding_deadline),
			s.seen_at, coalesce(m.team_id, 0), coalesce(t.name, ''),
			(SELECT json_group_array(advisor_id) FROM (
				SELECT ma.advisor_id FROM meeting_advisors ma WHERE ma.meeting_id = m.id ORDER BY ma.position)),
			coalesce(a.name, ''), coalesce(r.name, ''), s.created_by, m.meeting_type, m.variant, m.channel,
			s.jobnet_state, s.jobnet_at,
			EXISTS (SELECT 1 FROM sync_items si WHERE si.meeting_id = m.id AND si.kind = 'calendar')
				AND NOT EXISTS (SELECT 1 FROM sync_items si WHERE si.meeting_id = m.id AND si.kind = 'calendar' AND si.state <> 'done')`+
		`
		FROM (
			SELECT s.id
			FROM summonses s`+listsql.SortJoins(q)+`
			WHERE `+where+`
			ORDER BY `+listsql.Order(q)+`
			LIMIT ?`+strconv.Itoa(len(args)-1)+` OFFSET ?`+strconv.Itoa(len(args))+`
		) AS page
		JOIN summonses s ON s.id = page.id`+listsql.Joins+`
		ORDER BY `+listsql.Order(q), args...)
	if err != nil {
		return page, mapError(err)
	}
	defer rows.Close()
	for rows.Next() {
		r, err := scanListRow(rows)
		if err != nil {
			return page, err
		}
		page.Rows = append(page.Rows, r)
	}
	return page, mapError(rows.Err())
}

func scanListRow(rows *sql.Rows) (planner.ListRow, error) {
	var r planner.ListRow
	var cpr string
	var deadline, advisors sql.NullString
	var start int64
	var seen, jobnetAt sql.NullInt64
	err := rows.Scan(&r.SummonsID, &r.Number, &r.MeetingID, &r.Form, &r.CitizenID, &r.CitizenName, &r.ContactGroup, &cpr, &r.State,
		&start, &deadline, &r.DeadlineExceeded, &seen, &r.TeamID, &r.TeamName, &advisors, &r.AdvisorName,
		&r.RoomName, &r.Summoner, &r.MeetingType, &r.Variant, &r.Channel, &r.Jobnet, &jobnetAt, &r.InCalendar)
	if err != nil {
		return r, err
	}
	r.Start, r.SeenAt, r.JobnetAt = instant(start), instantPtr(seen), instantPtr(jobnetAt)
	if r.HoldingDeadline, err = dateOf(deadline); err != nil {
		return r, err
	}
	if err := fromJSON(advisors, &r.Advisors); err != nil {
		return r, err
	}
	r.CPR, err = planner.ParseCPR(cpr)
	return r, err
}

// dialect is how SQLite writes the lists' conditions: ?N parameters,
// instants in Unix milliseconds, dates as 'YYYY-MM-DD', no trigram index
// (lower() folds ASCII only).
var dialect = listsql.Dialect{
	Param: func(n int) string { return "?" + strconv.Itoa(n) },
	In: func(col string, ids []int64, args []any) (string, []any) {
		list, args := inList(args, ids)
		return col + " IN (" + list + ")", args
	},
	Contains: func(col, param string) string {
		return `lower(` + col + `) LIKE '%' || lower(` + param + `) || '%' ESCAPE '\'`
	},
	Date:    func(d planner.Date) any { return d.String() },
	Instant: func(t time.Time) any { return ms(t) },
}

// listWhere builds the list's conditions (listsql.Where in SQLite's words).
func (db *DB) listWhere(ctx context.Context, jc planner.JobcenterID, q planner.ListQuery) (string, []any, error) {
	return listsql.Where(q, jc, func() (*time.Location, error) {
		j, err := db.findJobcenter(ctx, jc)
		if err != nil {
			return nil, err
		}
		return j.Location()
	}, dialect)
}

// CountPending implements planner.Store: an individual meeting has one
// summons, so counting distinct meetings counts a group meeting once.
func (db *DB) CountPending(ctx context.Context, jc planner.JobcenterID, day planner.Date) (int, error) {
	var n int
	err := db.reader.QueryRowContext(ctx, `
		SELECT count(DISTINCT s.meeting_id)
		FROM summonses s
		WHERE s.jobcenter_id = ?1 AND s.state = 'pending' AND s.cancelled_at IS NULL AND s.meeting_day >= ?2`,
		jc, day.String()).Scan(&n)
	return n, mapError(err)
}
