package postgres

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/planner-dk/planner/planner"
)

// insertMeeting stores a meeting, one meeting_advisors row per advisor and a
// pending calendar sync item per advisor with a connected calendar, which
// goes to later (the transaction itself, or a batch sent before commit).
//
// The meeting_advisors rows carry the meeting's busy range; their exclusion
// constraint is what makes a concurrent second booking of the same
// advisor's time fail with 23P01 (→ planner.ErrConflict).
func insertMeeting(ctx context.Context, tx pgx.Tx, later execer, now time.Time, m *planner.Meeting, seatsFromRoom bool) error {
	if err := m.Validate(); err != nil {
		return err
	}
	if err := lockCalendars(ctx, tx, m.Advisors, m.RoomID); err != nil {
		return err
	}
	busy := m.Busy()
	// day: the start's date in the job centre's zone, by PostgreSQL's own
	// zone database, in the same statement.
	err := tx.QueryRow(ctx, `
		INSERT INTO meetings (jobcenter_id, offer_id, team_id, responsible_id, day, title, meeting_type, variant, form,
			channel, start_at, end_at, reporting_minutes, busy_end, room_id, seats, seats_from_room, rebook_seats, terms,
			created_at)
		SELECT $1, $2, $3, $4, planner_local_date($10, j.zone), $5, $6, $7, $8, $9, $10, $11, $12,
			$13, $14, $15, $16, $17, $18, $19
		FROM jobcenters j
		WHERE j.id = $1
		RETURNING id`,
		m.JobcenterID, idArg(m.OfferID), idArg(m.TeamID), idArg(m.Responsible()), m.Title, m.MeetingType, m.Variant,
		m.Form, m.Channel, m.Start, m.End, m.ReportingMinutes, busy.End, idArg(m.RoomID), m.Seats, seatsFromRoom,
		m.RebookSeats, jsonOf(m.Terms), now,
	).Scan(&m.ID)
	if err != nil {
		return err
	}
	if err := insertAdvisors(ctx, tx, m); err != nil {
		return err
	}
	return calendarSyncItems(ctx, later, now, m.JobcenterID, m.ID, planner.OpPut)
}

// lockCalendars takes a transaction-scoped advisory lock on each advisor's
// and the room's calendar, in one global order, before a meeting is written
// into them. Without it, two transactions inserting overlapping ranges under
// an exclusion constraint each wait for the other's uncommitted row and end
// in a deadlock that PostgreSQL detects only after deadlock_timeout (1 s);
// with it the second waits for the first to commit and gets a clean
// exclusion violation (a time taken) at once.
func lockCalendars(ctx context.Context, tx pgx.Tx, advisors []planner.AdvisorID, room planner.RoomID) error {
	keys := make([]int64, 0, len(advisors)+1)
	for _, a := range advisors {
		keys = append(keys, 2*int64(a))
	}
	if room != 0 {
		keys = append(keys, 2*int64(room)+1)
	}
	slices.Sort(keys)
	for _, k := range slices.Compact(keys) {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, k); err != nil {
			return err
		}
	}
	return nil
}

// insertAdvisors writes the meeting's advisor rows with its busy range.
func insertAdvisors(ctx context.Context, tx pgx.Tx, m *planner.Meeting) error {
	busy := m.Busy()
	for i, a := range m.Advisors {
		// The SELECT keeps an advisor of another job centre out.
		tag, err := tx.Exec(ctx, `
			INSERT INTO meeting_advisors (meeting_id, advisor_id, position, busy_start, busy_end)
			SELECT $1, id, $3, $4, $5
			FROM advisors
			WHERE id = $2 AND jobcenter_id = $6`, m.ID, a, i, busy.Start, busy.End, m.JobcenterID)
		if err != nil {
			return err
		}
		if tag.RowsAffected() == 0 {
			return &planner.FieldError{Field: fmt.Sprintf("advisors[%d]", i), Reason: "does not exist in the job centre", ReasonDA: "findes ikke i jobcentret"}
		}
	}
	return nil
}

// calendarSyncItems writes one pending calendar item per advisor of the
// meeting whose calendar is connected.
func calendarSyncItems(ctx context.Context, tx execer, now time.Time, jc planner.JobcenterID, meeting planner.MeetingID, op planner.SyncOp) error {
	_, err := tx.Exec(ctx, `
		INSERT INTO sync_items (jobcenter_id, kind, advisor_id, meeting_id, op, state, next_attempt, created_at, updated_at)
		SELECT $1, 'calendar', a.id, $2, $3, 'pending', $4, $4, $4
		FROM meeting_advisors ma
		JOIN advisors a ON a.id = ma.advisor_id
		WHERE ma.meeting_id = $2 AND coalesce(a.calendar->>'kind', '') <> ''
		ORDER BY ma.position`, jc, meeting, op, now)
	return err
}

// jobnetSyncItem writes the pending Jobnet item of a summons.
func jobnetSyncItem(ctx context.Context, tx execer, now time.Time, jc planner.JobcenterID, meeting planner.MeetingID, summons planner.SummonsID, op planner.SyncOp) error {
	_, err := tx.Exec(ctx, `
		INSERT INTO sync_items (jobcenter_id, kind, meeting_id, summons_id, op, state, next_attempt, created_at, updated_at, remote_href)
		SELECT $1, 'jobnet', $2, $3, $4, 'pending', $5, $5, $5, number
		FROM summonses WHERE id = $3`, jc, meeting, summons, op, now)
	return err
}

// findMeeting reads a live meeting, locking its row when lock is set.
func findMeeting(ctx context.Context, q querier, jc planner.JobcenterID, id planner.MeetingID, lock bool) (planner.Meeting, error) {
	var m planner.Meeting
	var terms []byte
	var offer, room *int64
	sql := `
		SELECT id, jobcenter_id, offer_id, coalesce(team_id, 0), title, meeting_type, variant, form, channel, start_at,
			end_at, reporting_minutes, room_id, seats, rebook_seats, terms
		FROM meetings
		WHERE jobcenter_id = $1 AND id = $2 AND cancelled_at IS NULL`
	if lock {
		sql += ` FOR UPDATE`
	}
	err := q.QueryRow(ctx, sql, jc, id).Scan(&m.ID, &m.JobcenterID, &offer, &m.TeamID, &m.Title, &m.MeetingType, &m.Variant,
		&m.Form, &m.Channel, &m.Start, &m.End, &m.ReportingMinutes, &room, &m.Seats, &m.RebookSeats, &terms)
	if err != nil {
		return m, err
	}
	m.Start, m.End = m.Start.UTC(), m.End.UTC()
	if offer != nil {
		m.OfferID = planner.OfferID(*offer)
	}
	if room != nil {
		m.RoomID = planner.RoomID(*room)
	}
	if m.Form == planner.Group {
		m.SessionID = planner.SessionID(m.ID)
	}
	rows, err := q.Query(ctx, `SELECT advisor_id FROM meeting_advisors WHERE meeting_id = $1 ORDER BY position`, id)
	if err != nil {
		return m, err
	}
	if m.Advisors, err = pgx.CollectRows(rows, pgx.RowTo[planner.AdvisorID]); err != nil {
		return m, err
	}
	return m, fromJSON(terms, &m.Terms)
}

const summonsColumns = `s.id, s.number, s.meeting_id, s.citizen_id, s.state, s.holding_deadline, s.rebooked,
	s.jobnet_state, s.jobnet_at, s.jobnet_error, s.seen_at, s.sent_at, s.created_at, s.created_by`

// findSummonses reads the live summonses matching cond ($1 is the job centre).
func findSummonses(ctx context.Context, q querier, cond string, args ...any) ([]planner.Summons, error) {
	rows, err := q.Query(ctx, `
		SELECT `+summonsColumns+`
		FROM summonses s
		WHERE s.jobcenter_id = $1 AND s.cancelled_at IS NULL AND `+cond+`
		ORDER BY s.id`, args...)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(row pgx.CollectableRow) (planner.Summons, error) {
		var s planner.Summons
		var deadline *time.Time
		err := row.Scan(&s.ID, &s.Number, &s.MeetingID, &s.CitizenID, &s.State, &deadline, &s.Rebooked,
			&s.Jobnet, &s.JobnetAt, &s.JobnetErr, &s.SeenAt, &s.SentAt, &s.CreatedAt, &s.CreatedBy)
		s.HoldingDeadline = dateOf(deadline)
		s.JobnetAt, s.SeenAt, s.SentAt, s.CreatedAt = utcPtr(s.JobnetAt), utcPtr(s.SeenAt), utcPtr(s.SentAt), s.CreatedAt.UTC()
		return s, err
	})
}

// findGroupSeats reads a group offer's sessions for FindOffer, still here.
func (db *DB) findGroupSeats(ctx context.Context, jc planner.JobcenterID, offer planner.OfferID) ([]planner.GroupSeats, error) {
	rows, err := db.pool.Query(ctx, `
		SELECT m.id, m.start_at, m.end_at, m.seats, m.rebook_seats,
			(SELECT count(*) FROM summonses s WHERE s.meeting_id = m.id AND s.cancelled_at IS NULL),
			(SELECT coalesce(array_agg(ma.advisor_id ORDER BY ma.position), '{}') FROM meeting_advisors ma WHERE ma.meeting_id = m.id)
		FROM meetings m
		WHERE m.jobcenter_id = $1 AND m.offer_id = $2 AND m.form = 'group' AND m.cancelled_at IS NULL
		ORDER BY m.start_at, m.id`, jc, offer)
	if err != nil {
		return nil, mapError(err)
	}
	return pgx.CollectRows(rows, func(row pgx.CollectableRow) (planner.GroupSeats, error) {
		var g planner.GroupSeats
		var advisors []int64
		err := row.Scan(&g.MeetingID, &g.Start, &g.End, &g.Capacity, &g.RebookSeats, &g.Booked, &advisors)
		g.SessionID, g.Start, g.End = planner.SessionID(g.MeetingID), g.Start.UTC(), g.End.UTC()
		for _, a := range advisors {
			g.Advisors = append(g.Advisors, planner.AdvisorID(a))
		}
		return g, err
	})
}
