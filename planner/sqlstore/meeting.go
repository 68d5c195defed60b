package sqlstore

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/planner-dk/planner/planner"
)

// FindMeeting implements planner.Store.
func (db *DB) FindMeeting(ctx context.Context, jc planner.JobcenterID, id planner.MeetingID) (planner.Meeting, []planner.Summons, error) {
	m, err := db.findMeeting(ctx, db.e.read(), jc, id, false)
	if err != nil {
		return m, nil, db.d.mapError(err)
	}
	sums, err := findSummonses(ctx, db.e.read(), `s.meeting_id = $2`, jc, id)
	return m, sums, db.d.mapError(err)
}

// findMeeting reads a live meeting, locking its row when lock is set.
func (db *DB) findMeeting(ctx context.Context, q querier, jc planner.JobcenterID, id planner.MeetingID, lock bool) (planner.Meeting, error) {
	var m planner.Meeting
	var terms []byte
	var offer, room *int64
	query := `
		SELECT id, jobcenter_id, offer_id, coalesce(team_id, 0), title, meeting_type, variant, form, channel, start_at,
			end_at, reporting_minutes, room_id, seats, rebook_seats, terms
		FROM meetings
		WHERE jobcenter_id = $1 AND id = $2 AND cancelled_at IS NULL`
	if lock {
		query += db.d.forUpdate
	}
	err := q.QueryRow(ctx, query, jc, id).Scan(&m.ID, &m.JobcenterID, &offer, &m.TeamID, &m.Title, &m.MeetingType, &m.Variant,
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
	if m.Advisors, err = all(ctx, q, scanOne[planner.AdvisorID], `SELECT advisor_id FROM meeting_advisors WHERE meeting_id = $1 ORDER BY position`, id); err != nil {
		return m, err
	}
	return m, fromJSON(terms, &m.Terms)
}

const summonsColumns = `s.id, s.number, s.meeting_id, s.citizen_id, s.state, s.holding_deadline, s.rebooked,
	s.jobnet_state, s.jobnet_at, s.jobnet_error, s.seen_at, s.sent_at, s.created_at, s.created_by`

// findSummonses reads the live summonses matching cond ($1 is the job centre).
func findSummonses(ctx context.Context, q querier, cond string, args ...any) ([]planner.Summons, error) {
	return all(ctx, q, func(r rows) (planner.Summons, error) {
		var s planner.Summons
		var deadline *time.Time
		err := r.Scan(&s.ID, &s.Number, &s.MeetingID, &s.CitizenID, &s.State, &deadline, &s.Rebooked,
			&s.Jobnet, &s.JobnetAt, &s.JobnetErr, &s.SeenAt, &s.SentAt, &s.CreatedAt, &s.CreatedBy)
		s.HoldingDeadline = dateOf(deadline)
		s.JobnetAt, s.SeenAt, s.SentAt, s.CreatedAt = utcPtr(s.JobnetAt), utcPtr(s.SeenAt), utcPtr(s.SentAt), s.CreatedAt.UTC()
		return s, err
	}, `
		SELECT `+summonsColumns+`
		FROM summonses s
		WHERE s.jobcenter_id = $1 AND s.cancelled_at IS NULL AND `+cond+`
		ORDER BY s.id`, args...)
}

// FindSummons implements planner.Store.
func (db *DB) FindSummons(ctx context.Context, jc planner.JobcenterID, id planner.SummonsID) (planner.Summons, error) {
	s, err := first(findSummonses(ctx, db.e.read(), `s.id = $2`, jc, id))
	return s, db.d.mapError(err)
}

// FindMeetings implements planner.Store in three queries: the meetings,
// then their summonses and their sync items.
func (db *DB) FindMeetings(ctx context.Context, jc planner.JobcenterID, f planner.MeetingFilter) ([]planner.MeetingDetail, error) {
	advisors, args := db.d.list([]any{jc, f.Interval.Start, f.Interval.End}, idsOf(f.Advisors))
	rooms, args := db.d.list(args, idsOf(f.Rooms))
	ids, err := all(ctx, db.e.read(), scanOne[planner.MeetingID], `
		SELECT m.id
		FROM meetings m
		WHERE m.jobcenter_id = $1 AND m.cancelled_at IS NULL AND `+db.d.overlaps("m", "start_at", "$2", "$3")+`
		  AND (`+db.d.in("m.room_id", rooms)+` OR EXISTS (
			SELECT 1 FROM meeting_advisors ma WHERE ma.meeting_id = m.id AND `+db.d.in("ma.advisor_id", advisors)+`))
		ORDER BY m.start_at, m.id`, args...)
	if err != nil || len(ids) == 0 {
		return nil, db.d.mapError(err)
	}
	out := make([]planner.MeetingDetail, len(ids))
	at := map[planner.MeetingID]int{}
	for i, id := range ids {
		m, err := db.findMeeting(ctx, db.e.read(), jc, id, false)
		if err != nil {
			return nil, db.d.mapError(err)
		}
		out[i].Meeting, at[id] = m, i
	}
	list, args := db.d.list([]any{jc}, idsOf(ids))
	sums, err := findSummonses(ctx, db.e.read(), db.d.in("s.meeting_id", list), args...)
	if err != nil {
		return nil, db.d.mapError(err)
	}
	for _, s := range sums {
		out[at[s.MeetingID]].Summonses = append(out[at[s.MeetingID]].Summonses, s)
	}
	items, err := db.syncItems(ctx, `SELECT `+syncColumns+` FROM sync_items WHERE jobcenter_id = $1 AND `+db.d.in("meeting_id", list)+` ORDER BY id`, args...)
	for _, it := range items {
		out[at[it.MeetingID]].Sync = append(out[at[it.MeetingID]].Sync, it)
	}
	return out, err
}

// FindBusy implements planner.Store.
func (db *DB) FindBusy(ctx context.Context, jc planner.JobcenterID, q planner.BusyQuery) (planner.BusyTimes, error) {
	out := planner.BusyTimes{Advisors: map[planner.AdvisorID][]planner.Busy{}}
	// Inputs: job centre, [from, to), advisor ids. Output: every meeting,
	// external item and absence of those advisors overlapping the range.
	advisors, args := db.d.list([]any{jc, q.Interval.Start, q.Interval.End}, idsOf(q.Advisors))
	rs, err := db.e.read().Query(ctx, `
		SELECT ma.advisor_id, 'meeting', ma.meeting_id, ma.busy_start, ma.busy_end, ''
		FROM meeting_advisors ma
		JOIN advisors a ON a.id = ma.advisor_id
		WHERE a.jobcenter_id = $1 AND `+db.d.in("ma.advisor_id", advisors)+` AND `+db.d.overlaps("ma", "busy_start", "$2", "$3")+`
		UNION ALL
		SELECT e.advisor_id, 'external', e.id, e.start_at, e.end_at, CASE WHEN e.private THEN 'Private' ELSE e.summary END
		FROM external_items e
		JOIN advisors a ON a.id = e.advisor_id
		WHERE a.jobcenter_id = $1 AND `+db.d.in("e.advisor_id", advisors)+` AND e.start_at < $3 AND e.end_at > $2
		UNION ALL
		SELECT ab.advisor_id, 'absence', ab.id, ab.start_at, ab.end_at, ''
		FROM absences ab
		WHERE ab.jobcenter_id = $1 AND `+db.d.in("ab.advisor_id", advisors)+` AND ab.start_at < $3 AND ab.end_at > $2`,
		args...)
	if err != nil {
		return out, db.d.mapError(err)
	}
	defer rs.Close()
	for rs.Next() {
		var a planner.AdvisorID
		var b planner.Busy
		if err := rs.Scan(&a, &b.Kind, &b.Ref, &b.Start, &b.End, &b.Note); err != nil {
			return out, err
		}
		b.Start, b.End = b.Start.UTC(), b.End.UTC()
		out.Advisors[a] = append(out.Advisors[a], b)
	}
	if err := rs.Err(); err != nil || q.RoomID == 0 {
		return out, db.d.mapError(err)
	}
	out.Room, err = all(ctx, db.e.read(), func(r rows) (planner.Busy, error) {
		b := planner.Busy{Kind: planner.BusyMeeting}
		err := r.Scan(&b.Ref, &b.Start, &b.End)
		b.Start, b.End = b.Start.UTC(), b.End.UTC()
		return b, err
	}, `
		SELECT m.id, m.start_at, m.busy_end
		FROM meetings m
		WHERE m.jobcenter_id = $1 AND m.room_id = $2 AND m.cancelled_at IS NULL AND `+db.d.overlaps("m", "start_at", "$3", "$4"),
		jc, q.RoomID, q.Interval.Start, q.Interval.End)
	return out, db.d.mapError(err)
}

// FindGroupSeats implements planner.Store.
func (db *DB) FindGroupSeats(ctx context.Context, jc planner.JobcenterID, offer planner.OfferID) ([]planner.GroupSeats, error) {
	out, err := all(ctx, db.e.read(), func(r rows) (planner.GroupSeats, error) {
		var g planner.GroupSeats
		var advisors []byte
		if err := r.Scan(&g.MeetingID, &g.Start, &g.End, &g.Capacity, &g.RebookSeats, &g.Booked, &advisors); err != nil {
			return g, err
		}
		g.SessionID, g.Start, g.End = planner.SessionID(g.MeetingID), g.Start.UTC(), g.End.UTC()
		return g, fromJSON(advisors, &g.Advisors)
	}, `
		SELECT m.id, m.start_at, m.end_at, m.seats, m.rebook_seats,
			(SELECT count(*) FROM summonses s WHERE s.meeting_id = m.id AND s.cancelled_at IS NULL),
			`+db.d.advisorsJSON("m.id")+`
		FROM meetings m
		WHERE m.jobcenter_id = $1 AND m.offer_id = $2 AND m.form = 'group' AND m.cancelled_at IS NULL
		ORDER BY m.start_at, m.id`, jc, offer)
	return out, db.d.mapError(err)
}

// MarkSummonsSeen implements planner.Store.
func (db *DB) MarkSummonsSeen(ctx context.Context, jc planner.JobcenterID, number string, at time.Time) error {
	n, err := db.exec(ctx, `
		UPDATE summonses SET seen_at = coalesce(seen_at, $3)
		WHERE jobcenter_id = $1 AND number = $2 AND cancelled_at IS NULL`, jc, number, at)
	if err == nil && n == 0 {
		err = fmt.Errorf("summons %s: %w", number, planner.ErrNotFound)
	}
	return err
}

// insertMeeting stores a meeting, one meeting_advisors row per advisor and a
// pending calendar sync item per advisor with a connected calendar, which
// goes to later (the transaction itself, or a batch sent before commit).
//
// The meeting_advisors rows carry the meeting's busy time; the database
// refuses a second booking of the same advisor's time, even a concurrent
// one (an exclusion constraint, 23P01, or a trigger: planner.ErrConflict).
func (db *DB) insertMeeting(ctx context.Context, t tx, later execer, now time.Time, m *planner.Meeting, seatsFromRoom bool) error {
	if err := m.Validate(); err != nil {
		return err
	}
	if err := db.lockCalendars(ctx, t, m.Advisors, m.RoomID); err != nil {
		return err
	}
	// day: the start's date in the job centre's zone, in the same statement.
	err := t.QueryRow(ctx, `
		INSERT INTO meetings (jobcenter_id, offer_id, team_id, responsible_id, day, title, meeting_type, variant, form,
			channel, start_at, end_at, reporting_minutes, busy_end, room_id, seats, seats_from_room, rebook_seats, terms,
			created_at)
		SELECT $1, $2, $3, $4, planner_local_date($10, j.zone), $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16,
			$17, $18, $19
		FROM jobcenters j
		WHERE j.id = $1
		RETURNING id`,
		m.JobcenterID, idArg(m.OfferID), idArg(m.TeamID), idArg(m.Responsible()), m.Title, m.MeetingType, m.Variant,
		m.Form, m.Channel, m.Start, m.End, m.ReportingMinutes, m.Busy().End, idArg(m.RoomID), m.Seats, seatsFromRoom,
		m.RebookSeats, jsonOf(m.Terms), now,
	).Scan(&m.ID)
	if err != nil {
		return err
	}
	if err := insertAdvisors(ctx, t, m); err != nil {
		return err
	}
	return calendarSyncItems(ctx, later, now, m.JobcenterID, m.ID, planner.OpPut)
}

// lockCalendars takes a transaction-scoped advisory lock on each advisor's
// and the room's calendar, in one global order, before a meeting is written
// into them (PostgreSQL; SQLite's one writer needs none). Without it, two
// transactions inserting overlapping ranges under an exclusion constraint
// each wait for the other's uncommitted row and end in a deadlock that
// PostgreSQL detects only after deadlock_timeout (1 s); with it the second
// waits for the first to commit and gets a clean exclusion violation (a
// time taken) at once.
func (db *DB) lockCalendars(ctx context.Context, t tx, advisors []planner.AdvisorID, room planner.RoomID) error {
	if !db.d.advisoryLocks {
		return nil
	}
	keys := make([]int64, 0, len(advisors)+1)
	for _, a := range advisors {
		keys = append(keys, 2*int64(a))
	}
	if room != 0 {
		keys = append(keys, 2*int64(room)+1)
	}
	slices.Sort(keys)
	for _, k := range slices.Compact(keys) {
		if _, err := t.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, k); err != nil {
			return err
		}
	}
	return nil
}

// insertAdvisors writes the meeting's advisor rows with its busy time.
func insertAdvisors(ctx context.Context, t tx, m *planner.Meeting) error {
	busy := m.Busy()
	for i, a := range m.Advisors {
		// The SELECT keeps an advisor of another job centre out.
		n, err := t.Exec(ctx, `
			INSERT INTO meeting_advisors (meeting_id, advisor_id, position, busy_start, busy_end)
			SELECT $1, id, $3, $4, $5
			FROM advisors
			WHERE id = $2 AND jobcenter_id = $6`, m.ID, a, i, busy.Start, busy.End, m.JobcenterID)
		if err != nil {
			return err
		}
		if n == 0 {
			return &planner.FieldError{Field: fmt.Sprintf("advisors[%d]", i), Reason: "does not exist in the job centre", ReasonDA: "findes ikke i jobcentret"}
		}
	}
	return nil
}
