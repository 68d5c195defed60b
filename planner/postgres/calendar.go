package postgres

import (
	"context"

	"github.com/jackc/pgx/v5"

	"github.com/planner-dk/planner/planner"
)

// FindMeetings implements planner.Store in three queries: the meetings,
// then their summonses and their sync items.
func (db *DB) FindMeetings(ctx context.Context, jc planner.JobcenterID, f planner.MeetingFilter) ([]planner.MeetingDetail, error) {
	rows, err := db.pool.Query(ctx, `
		SELECT m.id
		FROM meetings m
		WHERE m.jobcenter_id = $1 AND m.cancelled_at IS NULL AND m.busy && tstzrange($2, $3)
		  AND (m.room_id = ANY($5) OR EXISTS (
			SELECT 1 FROM meeting_advisors ma WHERE ma.meeting_id = m.id AND ma.advisor_id = ANY($4)))
		ORDER BY m.start_at, m.id`, jc, f.Interval.Start, f.Interval.End, idsOf(f.Advisors), idsOf(f.Rooms))
	if err != nil {
		return nil, mapError(err)
	}
	ids, err := pgx.CollectRows(rows, pgx.RowTo[planner.MeetingID])
	if err != nil || len(ids) == 0 {
		return nil, mapError(err)
	}
	out := make([]planner.MeetingDetail, len(ids))
	at := map[planner.MeetingID]int{}
	for i, id := range ids {
		m, err := findMeeting(ctx, db.pool, jc, id, false)
		if err != nil {
			return nil, mapError(err)
		}
		out[i].Meeting, at[id] = m, i
	}
	sums, err := findSummonses(ctx, db.pool, `s.meeting_id = ANY($2)`, jc, idsOf(ids))
	if err != nil {
		return nil, mapError(err)
	}
	for _, s := range sums {
		out[at[s.MeetingID]].Summonses = append(out[at[s.MeetingID]].Summonses, s)
	}
	rows, err = db.pool.Query(ctx, `SELECT `+syncColumns+` FROM sync_items WHERE jobcenter_id = $1 AND meeting_id = ANY($2) ORDER BY id`, jc, idsOf(ids))
	if err != nil {
		return nil, mapError(err)
	}
	items, err := pgx.CollectRows(rows, scanSyncItem)
	for _, it := range items {
		out[at[it.MeetingID]].Sync = append(out[at[it.MeetingID]].Sync, it)
	}
	return out, mapError(err)
}
