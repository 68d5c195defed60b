package sqlstore

import (
	"context"
	"strings"

	"github.com/planner-dk/planner/planner"
)

// The SQL of the summons lists (§6) around FindSummonsList: the sortable
// columns, the joins a sort needs, LIKE escaping and the conditions. The
// filters and most sorts read the summons row alone — its copies of the
// meeting's and citizen's list columns — so the count and the page's
// ordering join only what a sort by a joined column needs.

// inCalendar is "transferred to calendar", as the rows show it: a calendar
// push of the meeting exists and every one is done.
func inCalendar(meeting string) string {
	return `(EXISTS (SELECT 1 FROM sync_items si WHERE si.meeting_id = ` + meeting + ` AND si.kind = 'calendar')
		AND NOT EXISTS (SELECT 1 FROM sync_items si WHERE si.meeting_id = ` + meeting + ` AND si.kind = 'calendar' AND si.state <> 'done'))`
}

// orderBy maps each sortable column to its SQL over the aliases s
// (summonses), c (citizens), t (teams), a (advisors), r (rooms). The map is
// the whitelist that keeps input out of ORDER BY.
var orderBy = map[planner.ListColumn]string{
	planner.ColNumber:           "s.number",
	planner.ColName:             "s.citizen_name",
	planner.ColCPR:              "c.cpr",
	planner.ColDate:             "s.meeting_start",
	planner.ColHoldingDeadline:  "s.holding_deadline",
	planner.ColDeadlineExceeded: "(s.holding_deadline IS NOT NULL AND s.meeting_day > s.holding_deadline)",
	planner.ColSeen:             "s.seen_at",
	planner.ColTeam:             "t.name",
	planner.ColAdvisor:          "a.name",
	planner.ColRoom:             "r.name",
	planner.ColSummoner:         "s.created_by",
	planner.ColType:             "s.meeting_type",
	planner.ColJobnetState:      "s.jobnet_state",
	planner.ColJobnetDate:       "s.jobnet_at",
	planner.ColInCalendar:       inCalendar("s.meeting_id"),
}

// nullable are the sort columns that can be NULL.
var nullable = map[planner.ListColumn]bool{
	planner.ColHoldingDeadline: true, planner.ColSeen: true, planner.ColTeam: true, planner.ColAdvisor: true,
	planner.ColRoom: true, planner.ColJobnetDate: true,
}

// sortJoins are the joins an ordering by a column needs.
var sortJoins = map[planner.ListColumn]string{
	planner.ColCPR: `
	LEFT JOIN citizens c ON c.id = s.citizen_id`,
	planner.ColTeam: `
	LEFT JOIN teams t ON t.id = s.team_id`,
	planner.ColAdvisor: `
	LEFT JOIN advisors a ON a.id = s.responsible_id`,
	planner.ColRoom: `
	LEFT JOIN meetings m ON m.id = s.meeting_id
	LEFT JOIN rooms r ON r.id = m.room_id`,
}

// listJoins join a page's summonses s to everything their rows show.
const listJoins = `
	LEFT JOIN meetings m ON m.id = s.meeting_id
	LEFT JOIN citizens c ON c.id = s.citizen_id
	LEFT JOIN teams t ON t.id = s.team_id
	LEFT JOIN advisors a ON a.id = s.responsible_id
	LEFT JOIN rooms r ON r.id = m.room_id`

// listOrder returns the ORDER BY expression of q (meeting date by default)
// with its direction, ending with s.id so pages are stable. Empty values
// sort last; the NULLS clause is added only for nullable columns, where it
// cannot keep an index from serving the order.
func listOrder(q planner.ListQuery) string {
	col := "s.meeting_start"
	if q.Sort != "" {
		col = orderBy[q.Sort]
	}
	dir := " ASC"
	if q.Desc {
		dir = " DESC"
	}
	if nullable[q.Sort] {
		dir += " NULLS LAST"
	}
	return col + dir + ", s.id"
}

// escapeLike escapes LIKE's wildcards in a search text (ESCAPE '\').
func escapeLike(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

// listWhere builds the conditions of a list query over the summons row s;
// the values go in args, never into the SQL text.
func (db *DB) listWhere(ctx context.Context, jc planner.JobcenterID, q planner.ListQuery) (string, []any, error) {
	state := planner.Sent
	if q.List == planner.PendingList {
		state = planner.Pending
	}
	conds := []string{"s.jobcenter_id = $1", "s.cancelled_at IS NULL", "s.state = $2"}
	args := []any{jc, state}
	// add appends a condition whose one parameter is written "@".
	add := func(cond string, v any) {
		args = append(args, v)
		conds = append(conds, strings.ReplaceAll(cond, "@", param(len(args))))
	}
	if q.Search != "" {
		switch number, cpr, name := planner.SearchKind(strings.TrimSpace(q.Search)); {
		case number != "":
			add("s.meeting_id IN (SELECT meeting_id FROM summonses WHERE jobcenter_id = $1 AND number = @)", number)
		case !cpr.IsZero():
			add("s.citizen_id IN (SELECT id FROM citizens WHERE jobcenter_id = $1 AND cpr = @)", cpr.Digits())
		default:
			// Case-insensitive substring; PostgreSQL's trigram index serves it.
			add(`s.citizen_name `+db.d.ilike+` '%' || @ || '%' ESCAPE '\'`, escapeLike(name))
		}
	}
	if err := db.dateWhere(ctx, jc, q, add); err != nil {
		return "", nil, err
	}
	if len(q.Teams) > 0 {
		var teams string
		teams, args = db.d.list(args, idsOf(q.Teams))
		conds = append(conds, db.d.in("s.team_id", teams))
	}
	if q.Offer != 0 {
		add("s.meeting_id IN (SELECT id FROM meetings WHERE offer_id = @)", q.Offer)
	}
	if q.Advisor != 0 {
		add("s.responsible_id = @", q.Advisor)
	}
	if q.MeetingType != "" {
		add("s.meeting_type = @", q.MeetingType)
	}
	if q.Variant != "" {
		add("s.variant = @", q.Variant)
	}
	if q.Channel != "" {
		add("s.channel = @", q.Channel)
	}
	if q.DeadlineExceeded != nil {
		add("(s.holding_deadline IS NOT NULL AND s.meeting_day > s.holding_deadline) = @", *q.DeadlineExceeded)
	}
	if q.Seen != nil {
		add("(s.seen_at IS NOT NULL) = @", *q.Seen)
	}
	if q.HideOld {
		add("s.meeting_day >= @", dateArg(q.Today))
	}
	return and(conds), args, nil
}

// dateWhere adds the from–to filter on the chosen date field. The sent
// date is an instant, bounded by local midnights in the job centre's zone.
func (db *DB) dateWhere(ctx context.Context, jc planner.JobcenterID, q planner.ListQuery, add func(string, any)) error {
	if q.From.IsZero() && q.To.IsZero() {
		return nil
	}
	col := map[planner.ListDateField]string{planner.DateMeeting: "s.meeting_day", planner.DateHoldingDeadline: "s.holding_deadline"}[q.DateField]
	if col != "" {
		if !q.From.IsZero() {
			add(col+" >= @", dateArg(q.From))
		}
		if !q.To.IsZero() {
			add(col+" <= @", dateArg(q.To))
		}
		return nil
	}
	j, err := db.FindJobcenter(ctx, jc)
	if err != nil {
		return err
	}
	loc, err := j.Location()
	if err != nil {
		return err
	}
	if !q.From.IsZero() {
		add("s.sent_at >= @", q.From.In(loc))
	}
	if !q.To.IsZero() {
		add("s.sent_at < @", q.To.AddDays(1).In(loc))
	}
	return nil
}
