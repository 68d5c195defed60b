package sqlstore

import (
	"context"
	"slices"
	"time"

	"github.com/planner-dk/planner/planner"
)

// FindSummonsList implements planner.Store: filtering, search, sort and
// paging all happen in one query in the database, the total in a second,
// run side by side on two pooled connections (listsql.go holds their SQL).
func (db *DB) FindSummonsList(ctx context.Context, jc planner.JobcenterID, q planner.ListQuery) (planner.ListPage, error) {
	if err := q.Validate(); err != nil {
		return planner.ListPage{}, err
	}
	where, args, err := db.listWhere(ctx, jc, q)
	if err != nil {
		return planner.ListPage{}, err
	}
	var page planner.ListPage
	countErr := make(chan error, 1)
	go func(args []any) {
		countErr <- db.e.read().QueryRow(ctx, `SELECT count(*) FROM summonses s WHERE `+where, args...).Scan(&page.Total)
	}(slices.Clone(args))
	limit := q.Limit
	if limit == 0 {
		limit = 50
	}
	args = append(args, limit, q.Offset)
	page.Rows, err = all(ctx, db.e.read(), scanListRow, `
		SELECT s.id, s.number, m.id, m.form, c.id, c.name, c.contact_group, c.cpr, s.state, m.start_at, s.holding_deadline,
			(s.holding_deadline IS NOT NULL AND s.meeting_day > s.holding_deadline),
			s.seen_at, coalesce(m.team_id, 0), coalesce(t.name, ''), `+db.d.advisorsJSON("m.id")+`,
			coalesce(a.name, ''), coalesce(r.name, ''), s.created_by, m.meeting_type, m.variant, m.channel,
			s.jobnet_state, s.jobnet_at, `+inCalendar("m.id")+`
		FROM (
			SELECT s.id
			FROM summonses s`+sortJoins[q.Sort]+`
			WHERE `+where+`
			ORDER BY `+listOrder(q)+`
			LIMIT `+param(len(args)-1)+` OFFSET `+param(len(args))+`
		) AS page
		JOIN summonses s ON s.id = page.id`+listJoins+`
		ORDER BY `+listOrder(q), args...)
	if cerr := <-countErr; err == nil {
		err = cerr
	}
	return page, db.d.mapError(err)
}

func scanListRow(row rows) (planner.ListRow, error) {
	var r planner.ListRow
	var cpr string
	var deadline *time.Time
	var advisors []byte
	err := row.Scan(&r.SummonsID, &r.Number, &r.MeetingID, &r.Form, &r.CitizenID, &r.CitizenName, &r.ContactGroup, &cpr, &r.State,
		&r.Start, &deadline, &r.DeadlineExceeded, &r.SeenAt, &r.TeamID, &r.TeamName, &advisors, &r.AdvisorName,
		&r.RoomName, &r.Summoner, &r.MeetingType, &r.Variant, &r.Channel, &r.Jobnet, &r.JobnetAt, &r.InCalendar)
	if err != nil {
		return r, err
	}
	r.Start, r.HoldingDeadline = r.Start.UTC(), dateOf(deadline)
	r.SeenAt, r.JobnetAt = utcPtr(r.SeenAt), utcPtr(r.JobnetAt)
	if err := fromJSON(advisors, &r.Advisors); err != nil {
		return r, err
	}
	r.CPR, err = planner.ParseCPR(cpr)
	return r, err
}

// CountPending implements planner.Store: an individual meeting has one
// summons, so counting distinct meetings counts a group meeting once.
func (db *DB) CountPending(ctx context.Context, jc planner.JobcenterID, day planner.Date) (int, error) {
	var n int
	err := db.e.read().QueryRow(ctx, `
		SELECT count(DISTINCT s.meeting_id)
		FROM summonses s
		WHERE s.jobcenter_id = $1 AND s.state = 'pending' AND s.cancelled_at IS NULL AND s.meeting_day >= $2`,
		jc, dateArg(day)).Scan(&n)
	return n, db.d.mapError(err)
}
