package postgres

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/planner-dk/planner/planner"
)

// insertMeeting stores a meeting, one meeting_advisors row per advisor and a
// pending calendar sync item per advisor with a connected calendar, which
// goes to later (the transaction itself, or a batch sent before commit).
//
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
