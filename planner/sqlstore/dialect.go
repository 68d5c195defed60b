package sqlstore

import (
	"encoding/json"
	"fmt"
)

// Dialect is everything the store's SQL says differently on PostgreSQL and
// on SQLite: a few fragments, the locks PostgreSQL takes where SQLite's one
// writer already serialises, two counters, and how the driver's errors map
// onto the planner's kinds. Every statement is otherwise the same text on
// both; the two values below sit side by side so that they are read, and
// changed, together.
type Dialect struct {
	// Name is "postgres" or "sqlite".
	Name string

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

	// list turns a slice into the one parameter in reads.
	list func(v any) any
	// in is "col is in the list parameter p".
	in func(col, p string) string
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
var postgresDialect = Dialect{
	Name:            "postgres",
	forUpdate:       " FOR UPDATE",
	forShare:        " FOR SHARE",
	advisoryLocks:   true,
	summonsSequence: true,
	nextCalendarID:  `SELECT nextval('calendar_ids')`,
	list:            func(v any) any { return v },
	in:              func(col, p string) string { return col + ` = ANY(` + p + `)` },
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
var sqliteDialect = Dialect{
	Name:           "sqlite",
	nextCalendarID: `INSERT INTO calendar_ids DEFAULT VALUES RETURNING id`,
	list:           jsonList,
	in:             func(col, p string) string { return col + ` IN (SELECT value FROM json_each(` + p + `))` },
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

// jsonList is a slice as SQLite's list parameter: a JSON array that
// json_each reads.
func jsonList(v any) any {
	b, err := json.Marshal(v)
	if err != nil {
		panic(fmt.Sprintf("sqlstore: encode list %T: %v", v, err)) // slices of ids and strings always encode
	}
	if string(b) == "null" {
		return "[]"
	}
	return string(b)
}
