package sqlite

import (
	"context"

	"github.com/planner-dk/planner/planner"
)

// FindMeetings implements planner.Store: the meetings, then their
// summonses and their sync items.
func (db *DB) FindMeetings(ctx context.Context, jc planner.JobcenterID, f planner.MeetingFilter) ([]planner.MeetingDetail, error) {
	advisors, args := inList([]any{jc, ms(f.Interval.Start), ms(f.Interval.End)}, f.Advisors)
	rooms, args := inList(args, f.Rooms)
	rows, err := db.reader.QueryContext(ctx, `
		SELECT m.id
		FROM meetings m
		WHERE m.jobcenter_id = ?1 AND m.cancelled_at IS NULL AND m.start_at < ?3 AND m.busy_end > ?2
		  AND (m.room_id IN (`+rooms+`) OR EXISTS (
			SELECT 1 FROM meeting_advisors ma WHERE ma.meeting_id = m.id AND ma.advisor_id IN (`+advisors+`)))
		ORDER BY m.start_at, m.id`, args...)
	if err != nil {
		return nil, mapError(err)
	}
	var ids []planner.MeetingID
	for rows.Next() {
		var id planner.MeetingID
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return nil, err
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil || len(ids) == 0 {
		return nil, mapError(err)
	}
	out := make([]planner.MeetingDetail, len(ids))
	at := map[planner.MeetingID]int{}
	for i, id := range ids {
		m, err := findMeeting(ctx, db.reader, jc, id)
		if err != nil {
			return nil, mapError(err)
		}
		out[i].Meeting, at[id] = m, i
	}
	list, sargs := inList([]any{jc}, ids)
	sums, err := findSummonses(ctx, db.reader, `s.meeting_id IN (`+list+`)`, sargs...)
	if err != nil {
		return nil, mapError(err)
	}
	for _, s := range sums {
		out[at[s.MeetingID]].Summonses = append(out[at[s.MeetingID]].Summonses, s)
	}
	items, err := db.syncItems(ctx, `SELECT `+syncColumns+` FROM sync_items WHERE jobcenter_id = ?1 AND meeting_id IN (`+list+`) ORDER BY id`, sargs...)
	for _, it := range items {
		out[at[it.MeetingID]].Sync = append(out[at[it.MeetingID]].Sync, it)
	}
	return out, err
}
