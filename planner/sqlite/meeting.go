package sqlite

import (
	"context"
	"database/sql"

	"github.com/planner-dk/planner/planner"
)

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
