// Package listsql holds the SQL of the summons lists (§6) that PostgreSQL
// and SQLite share word for word: the sortable columns, the joins a sort
// needs, and LIKE escaping. The stores build their own statements around it.
package listsql

import (
	"strings"

	"github.com/planner-dk/planner/planner"
)

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
	// transferred to calendar, as the rows show it: a calendar push
	// exists and every one is done
	planner.ColInCalendar: `(EXISTS (SELECT 1 FROM sync_items si WHERE si.meeting_id = s.meeting_id AND si.kind = 'calendar')
		AND NOT EXISTS (SELECT 1 FROM sync_items si WHERE si.meeting_id = s.meeting_id AND si.kind = 'calendar' AND si.state <> 'done'))`,
}

// nullable are the sort columns that can be NULL.
var nullable = map[planner.ListColumn]bool{
	planner.ColHoldingDeadline: true, planner.ColSeen: true, planner.ColTeam: true, planner.ColAdvisor: true,
	planner.ColRoom: true, planner.ColJobnetDate: true,
}

// sortJoins are the joins an ordering by a column needs; the filters and
// the other sorts read the summons row alone (its copied list columns), so
// the count and the page's ordering join only these.
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

// Joins join a page's summonses s to everything their rows show.
const Joins = `
	LEFT JOIN meetings m ON m.id = s.meeting_id
	LEFT JOIN citizens c ON c.id = s.citizen_id
	LEFT JOIN teams t ON t.id = s.team_id
	LEFT JOIN advisors a ON a.id = s.responsible_id
	LEFT JOIN rooms r ON r.id = m.room_id`

// Order returns the ORDER BY expression of q (meeting date by default) with
// its direction, ending with s.id so pages are stable. Empty values sort
// last; the NULLS clause is added only for nullable columns, where it
// cannot keep an index from serving the order.
func Order(q planner.ListQuery) string {
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

// SortJoins returns the joins that ordering q needs.
func SortJoins(q planner.ListQuery) string { return sortJoins[q.Sort] }

// EscapeLike escapes LIKE's wildcards in a search text (ESCAPE '\').
func EscapeLike(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}
