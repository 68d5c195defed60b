package sqlstore

import (
	"fmt"
	"strings"
)

// dialect is everything the store's SQL says differently on PostgreSQL and
// on SQLite: a few fragments, the locks PostgreSQL takes where SQLite's one
// writer already serialises, two counters, and how the driver's errors map
// onto the planner's kinds. Every statement is otherwise the same text on
// both; the two values below sit side by side so that they are read, and
// changed, together.
type dialect struct {
	// name is "postgres" or "sqlite", also the directory of its
	// migrations.
	name string

	// forUpdate and forShare end a SELECT whose rows the transaction holds
	// until it ends; "" on SQLite, whose one writer serialises every write
	// transaction.
	forUpdate, forShare string
	// advisoryLocks: lock each calendar (advisor, room) before a meeting is
	// written into it (meeting.go, lockCalendars).
	advisoryLocks bool
	// summonsSequence: summons numbers come from a sequence drawn inside
	// the insert, not from the job centre's counter row (booking.go).
	summonsSequence bool
	// nextCalendarID hands out a calendar connection's id, never reused.
	nextCalendarID string

	// list appends a list of values ([]int64 or []string) to a
	// statement's parameters and returns how the statement names it, for
	// in: one array parameter on PostgreSQL, one parameter per value on
	// SQLite (where a table-valued json_each would cost a query plan each
	// time).
	list func(args []any, v any) (string, []any)
	// in is "col is in the list l".
	in func(col, l string) string
	// overlaps is "the busy time of the row alias overlaps [lo, hi)": the
	// row's busy time runs from its column start to busy_end; PostgreSQL
	// compares the generated range, which its GiST index serves.
	overlaps func(alias, start, lo, hi string) string
	// advisorsJSON is a JSON array of the advisor ids of meeting m, in
	// position order.
	advisorsJSON func(m string) string
	// jsonHas is "the JSON array column col holds the number p".
	jsonHas func(col, p string) string
	// ilike is the case-insensitive LIKE (SQLite's LIKE folds ASCII, as
	// its lower() does).
	ilike string

	// txAttempts bounds the tries of a transaction whose failure
	// retryable reports.
	txAttempts int
	retryable  func(error) bool
	// mapError turns the driver's errors into the planner's kinds by code,
	// never by message text.
	mapError func(error) error
}

// postgresDialect is PostgreSQL's: exclusion constraints and advisory
// locks guard the calendars, row locks a group meeting's seats.
var postgresDialect = dialect{
	name:            "postgres",
	forUpdate:       " FOR UPDATE",
	forShare:        " FOR SHARE",
	advisoryLocks:   true,
	summonsSequence: true,
	nextCalendarID:  `SELECT nextval('calendar_ids')`,
	list: func(args []any, v any) (string, []any) {
		args = append(args, v)
		return param(len(args)), args
	},
	in: func(col, l string) string { return col + ` = ANY(` + l + `)` },
	overlaps: func(alias, _, lo, hi string) string {
		return alias + `.busy && tstzrange(` + lo + `, ` + hi + `)`
	},
	advisorsJSON: func(m string) string {
		return `(SELECT coalesce(json_agg(ma.advisor_id ORDER BY ma.position), '[]') FROM meeting_advisors ma WHERE ma.meeting_id = ` + m + `)`
	},
	jsonHas:    func(col, p string) string { return col + ` @> jsonb_build_array(CAST(` + p + ` AS bigint))` },
	ilike:      "ILIKE",
	txAttempts: 6,
	retryable:  pgRetryable,
	mapError:   pgError,
}

// sqliteDialect is SQLite's: one writer serialises every write, triggers
// guard the calendars.
var sqliteDialect = dialect{
	name:           "sqlite",
	nextCalendarID: `INSERT INTO calendar_ids DEFAULT VALUES RETURNING id`,
	list:           paramList,
	in:             func(col, l string) string { return col + ` IN (` + l + `)` },
	overlaps: func(alias, start, lo, hi string) string {
		return alias + `.` + start + ` < ` + hi + ` AND ` + alias + `.busy_end > ` + lo
	},
	advisorsJSON: func(m string) string {
		return `(SELECT json_group_array(advisor_id) FROM (SELECT ma.advisor_id FROM meeting_advisors ma WHERE ma.meeting_id = ` + m + ` ORDER BY ma.position))`
	},
	jsonHas: func(col, p string) string {
		return `EXISTS (SELECT 1 FROM json_each(` + col + `) WHERE value = ` + p + `)`
	},
	ilike:      "LIKE",
	txAttempts: 1,
	retryable:  func(error) bool { return false },
	mapError:   sqliteError,
}

// paramList is SQLite's list: one parameter per value ("NULL" for none,
// which matches nothing).
func paramList(args []any, v any) (string, []any) {
	var marks []string
	add := func(x any) {
		args = append(args, x)
		marks = append(marks, param(len(args)))
	}
	switch v := v.(type) {
	case []int64:
		for _, x := range v {
			add(x)
		}
	case []string:
		for _, x := range v {
			add(x)
		}
	default:
		panic(fmt.Sprintf("sqlstore: a list of %T", v)) // our own callers pass ids or strings
	}
	if marks == nil {
		return "NULL", args
	}
	return strings.Join(marks, ", "), args
}
