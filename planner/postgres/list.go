package postgres

import (
	"context"
	"slices"
	"time"

	"github.com/jackc/pgx/v5"

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
	// The total and the page are independent reads: run them side by side
	// on two pooled connections.
	countErr := make(chan error, 1)
	go func(args []any) {
		countErr <- db.pool.QueryRow(ctx, `SELECT count(*) FROM summonses s WHERE `+where, args...).Scan(&page.Total)
	}(slices.Clone(args))
	limit := q.Limit
	if limit == 0 {
		limit = 50
	}
	args = append(args, limit, q.Offset)
	rows, err := db.pool.Query(ctx, `
		SELECT s.id, s.number, m.id, m.form, c.id, c.name, c.contact_group, c.cpr, s.state, m.start_at, s.holding_deadline,
			(s.holding_deadline IS NOT NULL AND s.meeting_day > s.holding_deadline),
			s.seen_at, coalesce(m.team_id, 0), coalesce(t.name, ''),
			(SELECT coalesce(array_agg(ma.advisor_id ORDER BY ma.position), '{}') FROM meeting_advisors ma WHERE ma.meeting_id = m.id),
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
			LIMIT $`+itoa(len(args)-1)+` OFFSET $`+itoa(len(args))+`
		) AS page
		JOIN summonses s ON s.id = page.id`+listsql.Joins+`
		ORDER BY `+listsql.Order(q), args...)
	if err != nil {
		<-countErr
		return page, mapError(err)
	}
	page.Rows, err = pgx.CollectRows(rows, scanListRow)
	if cerr := <-countErr; err == nil {
		err = cerr
	}
	return page, mapError(err)
}

func scanListRow(row pgx.CollectableRow) (planner.ListRow, error) {
	var r planner.ListRow
	var cpr string
	var deadline *time.Time
	var advisors []int64
	err := row.Scan(&r.SummonsID, &r.Number, &r.MeetingID, &r.Form, &r.CitizenID, &r.CitizenName, &r.ContactGroup, &cpr, &r.State,
		&r.Start, &deadline, &r.DeadlineExceeded, &r.SeenAt, &r.TeamID, &r.TeamName, &advisors, &r.AdvisorName,
		&r.RoomName, &r.Summoner, &r.MeetingType, &r.Variant, &r.Channel, &r.Jobnet, &r.JobnetAt, &r.InCalendar)
	if err != nil {
		return r, err
	}
	r.Start, r.HoldingDeadline = r.Start.UTC(), dateOf(deadline)
	r.SeenAt, r.JobnetAt = utcPtr(r.SeenAt), utcPtr(r.JobnetAt)
	for _, a := range advisors {
		r.Advisors = append(r.Advisors, planner.AdvisorID(a))
	}
	r.CPR, err = planner.ParseCPR(cpr)
	return r, err
}

// dialect is how PostgreSQL writes the lists' conditions.
var dialect = listsql.Dialect{
	Param: func(n int) string { return "$" + itoa(n) },
	In: func(col string, ids []int64, args []any) (string, []any) {
		args = append(args, ids)
		return col + " = ANY($" + itoa(len(args)) + ")", args
	},
	Contains: func(col, param string) string { return col + ` ILIKE '%' || ` + param + ` || '%'` },
	Date:     dateArg,
	Instant:  func(t time.Time) any { return t },
}

// listWhere builds the list's conditions (listsql.Where in PostgreSQL's words).
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
	err := db.pool.QueryRow(ctx, `
		SELECT count(DISTINCT s.meeting_id)
		FROM summonses s
		WHERE s.jobcenter_id = $1 AND s.state = 'pending' AND s.cancelled_at IS NULL AND s.meeting_day >= $2`,
		jc, dateArg(day)).Scan(&n)
	return n, mapError(err)
}
