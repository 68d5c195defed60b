package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/planner-dk/planner/planner"
)

// insertMeeting stores a meeting, one meeting_advisors row per advisor and a
// pending calendar sync item per advisor with a connected calendar. The
// triggers meetings_room_free and meeting_advisors_free abort an overlap.
func insertMeeting(ctx context.Context, tx *sql.Tx, now time.Time, m *planner.Meeting, seatsFromRoom bool) error {
	if err := m.Validate(); err != nil {
		return err
	}
	busy := m.Busy()
	day, err := localDay(ctx, tx, m.JobcenterID, m.Start)
	if err != nil {
		return err
	}
	err = tx.QueryRowContext(ctx, `
		INSERT INTO meetings (jobcenter_id, offer_id, team_id, responsible_id, day, title, meeting_type, variant, form,
			channel, start_at, end_at, reporting_minutes, busy_end, room_id, seats, seats_from_room, rebook_seats, terms,
			created_at)
		VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)
		RETURNING id`,
		m.JobcenterID, idArg(m.OfferID), idArg(m.TeamID), idArg(m.Responsible()), day, m.Title, m.MeetingType, m.Variant,
		m.Form, m.Channel, ms(m.Start), ms(m.End), m.ReportingMinutes, ms(busy.End), idArg(m.RoomID), m.Seats, seatsFromRoom,
		m.RebookSeats, jsonOf(m.Terms), ms(now),
	).Scan(&m.ID)
	if err != nil {
		return err
	}
	if err := insertAdvisors(ctx, tx, m); err != nil {
		return err
	}
	return calendarSyncItems(ctx, tx, now, m.JobcenterID, m.ID, planner.OpPut)
}

// localDay returns the date of t in the job centre's zone, 'YYYY-MM-DD':
// the lists filter and compare on it.
func localDay(ctx context.Context, q querier, jc planner.JobcenterID, t time.Time) (string, error) {
	var zone string
	if err := q.QueryRowContext(ctx, `SELECT zone FROM jobcenters WHERE id = ?1`, jc).Scan(&zone); err != nil {
		return "", err
	}
	loc, err := planner.LoadZone(zone)
	if err != nil {
		return "", err
	}
	return planner.DateOf(t, loc).String(), nil
}

// insertAdvisors writes the meeting's advisor rows with its busy range.
func insertAdvisors(ctx context.Context, tx *sql.Tx, m *planner.Meeting) error {
	busy := m.Busy()
	for i, a := range m.Advisors {
		// The SELECT keeps an advisor of another job centre out.
		res, err := tx.ExecContext(ctx, `
			INSERT INTO meeting_advisors (meeting_id, advisor_id, position, busy_start, busy_end)
			SELECT ?1, id, ?3, ?4, ?5
			FROM advisors
			WHERE id = ?2 AND jobcenter_id = ?6`, m.ID, a, i, ms(busy.Start), ms(busy.End), m.JobcenterID)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return &planner.FieldError{Field: fmt.Sprintf("advisors[%d]", i), Reason: "does not exist in the job centre", ReasonDA: "findes ikke i jobcentret"}
		}
	}
	return nil
}

// calendarSyncItems writes one pending calendar item per advisor of the
// meeting whose calendar is connected.
func calendarSyncItems(ctx context.Context, tx *sql.Tx, now time.Time, jc planner.JobcenterID, meeting planner.MeetingID, op planner.SyncOp) error {
	_, err := tx.ExecContext(ctx, `
		INSERT INTO sync_items (jobcenter_id, kind, advisor_id, meeting_id, op, state, next_attempt, created_at, updated_at)
		SELECT ?1, 'calendar', a.id, ?2, ?3, 'pending', ?4, ?4, ?4
		FROM meeting_advisors ma
		JOIN advisors a ON a.id = ma.advisor_id
		WHERE ma.meeting_id = ?2 AND coalesce(json_extract(a.calendar, '$.kind'), '') <> ''
		ORDER BY ma.position`, jc, meeting, op, ms(now))
	return err
}

// jobnetSyncItem writes the pending Jobnet item of a summons.
func jobnetSyncItem(ctx context.Context, tx *sql.Tx, now time.Time, jc planner.JobcenterID, meeting planner.MeetingID, summons planner.SummonsID, op planner.SyncOp) error {
	_, err := tx.ExecContext(ctx, `
		INSERT INTO sync_items (jobcenter_id, kind, meeting_id, summons_id, op, state, next_attempt, created_at, updated_at, remote_href)
		SELECT ?1, 'jobnet', ?2, ?3, ?4, 'pending', ?5, ?5, ?5, number
		FROM summonses WHERE id = ?3`, jc, meeting, summons, op, ms(now))
	return err
}

// findMeeting reads a live meeting. In a write transaction the single
// writer already serialises, so no row lock is needed.
func findMeeting(ctx context.Context, q querier, jc planner.JobcenterID, id planner.MeetingID) (planner.Meeting, error) {
	var m planner.Meeting
	var terms sql.NullString
	var offer, room sql.NullInt64
	var start, end int64
	err := q.QueryRowContext(ctx, `
		SELECT id, jobcenter_id, offer_id, coalesce(team_id, 0), title, meeting_type, variant, form, channel, start_at,
			end_at, reporting_minutes, room_id, seats, rebook_seats, terms
		FROM meetings
		WHERE jobcenter_id = ?1 AND id = ?2 AND cancelled_at IS NULL`, jc, id,
	).Scan(&m.ID, &m.JobcenterID, &offer, &m.TeamID, &m.Title, &m.MeetingType, &m.Variant, &m.Form, &m.Channel, &start, &end,
		&m.ReportingMinutes, &room, &m.Seats, &m.RebookSeats, &terms)
	if err != nil {
		return m, err
	}
	m.Start, m.End = instant(start), instant(end)
	m.OfferID, m.RoomID = planner.OfferID(offer.Int64), planner.RoomID(room.Int64)
	if m.Form == planner.Group {
		m.SessionID = planner.SessionID(m.ID)
	}
	rows, err := q.QueryContext(ctx, `SELECT advisor_id FROM meeting_advisors WHERE meeting_id = ?1 ORDER BY position`, id)
	if err != nil {
		return m, err
	}
	defer rows.Close()
	for rows.Next() {
		var a planner.AdvisorID
		if err := rows.Scan(&a); err != nil {
			return m, err
		}
		m.Advisors = append(m.Advisors, a)
	}
	if err := rows.Err(); err != nil {
		return m, err
	}
	return m, fromJSON(terms, &m.Terms)
}

const summonsColumns = `s.id, s.number, s.meeting_id, s.citizen_id, s.state, s.holding_deadline, s.rebooked,
	s.jobnet_state, s.jobnet_at, s.jobnet_error, s.seen_at, s.sent_at, s.created_at, s.created_by`

// findSummonses reads the live summonses matching cond (?1 is the job centre).
func findSummonses(ctx context.Context, q querier, cond string, args ...any) ([]planner.Summons, error) {
	rows, err := q.QueryContext(ctx, `
		SELECT `+summonsColumns+`
		FROM summonses s
		WHERE s.jobcenter_id = ?1 AND s.cancelled_at IS NULL AND `+cond+`
		ORDER BY s.id`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []planner.Summons
	for rows.Next() {
		var s planner.Summons
		var deadline sql.NullString
		var jobnetAt, seen, sent sql.NullInt64
		var created int64
		if err := rows.Scan(&s.ID, &s.Number, &s.MeetingID, &s.CitizenID, &s.State, &deadline, &s.Rebooked,
			&s.Jobnet, &jobnetAt, &s.JobnetErr, &seen, &sent, &created, &s.CreatedBy); err != nil {
			return nil, err
		}
		if s.HoldingDeadline, err = dateOf(deadline); err != nil {
			return nil, err
		}
		s.JobnetAt, s.SeenAt, s.SentAt, s.CreatedAt = instantPtr(jobnetAt), instantPtr(seen), instantPtr(sent), instant(created)
		out = append(out, s)
	}
	return out, rows.Err()
}

// findGroupSeats reads a group offer's sessions for FindOffer, still here.
func (db *DB) findGroupSeats(ctx context.Context, jc planner.JobcenterID, offer planner.OfferID) ([]planner.GroupSeats, error) {
	rows, err := db.reader.QueryContext(ctx, `
		SELECT m.id, m.start_at, m.end_at, m.seats, m.rebook_seats,
			(SELECT count(*) FROM summonses s WHERE s.meeting_id = m.id AND s.cancelled_at IS NULL),
			(SELECT json_group_array(advisor_id) FROM (
				SELECT ma.advisor_id FROM meeting_advisors ma WHERE ma.meeting_id = m.id ORDER BY ma.position))
		FROM meetings m
		WHERE m.jobcenter_id = ?1 AND m.offer_id = ?2 AND m.form = 'group' AND m.cancelled_at IS NULL
		ORDER BY m.start_at, m.id`, jc, offer)
	if err != nil {
		return nil, mapError(err)
	}
	defer rows.Close()
	var out []planner.GroupSeats
	for rows.Next() {
		var g planner.GroupSeats
		var s, e int64
		var advisors sql.NullString
		if err := rows.Scan(&g.MeetingID, &s, &e, &g.Capacity, &g.RebookSeats, &g.Booked, &advisors); err != nil {
			return nil, err
		}
		g.SessionID, g.Start, g.End = planner.SessionID(g.MeetingID), instant(s), instant(e)
		if err := fromJSON(advisors, &g.Advisors); err != nil {
			return nil, err
		}
		out = append(out, g)
	}
	return out, rows.Err()
}
