package sqlite

import (
	"context"

	"github.com/planner-dk/planner/planner"
)

// SeedSummonses bulk-loads n summonses for the list benchmarks, like the
// PostgreSQL store's: 10,000 citizens, n one-citizen meetings spread over
// the advisors every 30 minutes from Monday 2 March 2026 08:00 CET, a fifth
// pending. advisors must be consecutive ids. Test use only.
func (db *DB) SeedSummonses(ctx context.Context, jc planner.JobcenterID, teams []planner.TeamID, advisors []planner.AdvisorID, n int) error {
	const base = 1772434800000 // 2026-03-02 07:00 UTC
	steps := []string{`
		WITH RECURSIVE seq(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM seq WHERE i < 9999)
		INSERT INTO citizens (jobcenter_id, cpr, name, contact_group, drop_date)
		SELECT ?1, '0101' || printf('%02d', i % 100) || printf('%04d', i / 100), 'Borger ' || printf('%05d', i),
			'Dagpengemodtager', date('2026-04-01', '+' || (i % 120) || ' days')
		FROM seq`, `
		WITH RECURSIVE seq(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM seq WHERE i < ?4 - 1)
		INSERT INTO meetings (jobcenter_id, team_id, responsible_id, day, title, meeting_type, form, channel,
			start_at, end_at, reporting_minutes, busy_end, terms, created_at)
		SELECT ?1, CASE WHEN (i % ?3) % 2 = 0 THEN ?2 ELSE ?6 END, ?5 + i % ?3,
			date((?7 + (i / ?3) * 1800000) / 1000 + 3600, 'unixepoch'), 'Jobsamtale', 'Jobsamtale', 'individual', 'in_person',
			?7 + (i / ?3) * 1800000, ?7 + (i / ?3) * 1800000 + 1800000, 0, ?7 + (i / ?3) * 1800000 + 1800000, '{}', ?7
		FROM seq`, `
		INSERT INTO meeting_advisors (meeting_id, advisor_id, position, busy_start, busy_end)
		SELECT id, responsible_id, 0, start_at, busy_end FROM meetings WHERE jobcenter_id = ?1`, `
		INSERT INTO summonses (jobcenter_id, number, meeting_id, citizen_id, state, holding_deadline, jobnet_state,
			sent_at, created_at, created_by, team_id, responsible_id, meeting_start, meeting_day, meeting_type,
			variant, channel, citizen_name)
		SELECT ?1, '10100-' || printf('%06d', m.id), m.id, c.id,
			CASE WHEN m.id % 5 = 0 THEN 'pending' ELSE 'sent' END, date('2026-03-01', '+' || (m.id % 30) || ' days'),
			CASE WHEN m.id % 3 = 0 THEN 'done' ELSE 'pending' END, m.created_at, m.created_at, 'bench',
			m.team_id, m.responsible_id, m.start_at, m.day, m.meeting_type, m.variant, m.channel, c.name
		FROM meetings m
		JOIN citizens c ON c.id = (SELECT min(id) FROM citizens WHERE jobcenter_id = ?1) + (m.id % 10000)
		WHERE m.jobcenter_id = ?1`,
		`ANALYZE`,
	}
	args := [][]any{{jc}, {jc, teams[0], len(advisors), n, advisors[0], teams[1], int64(base)}, {jc}, {jc}, nil}
	for i, q := range steps {
		if _, err := db.writer.ExecContext(ctx, q, args[i]...); err != nil {
			return mapError(err)
		}
	}
	return nil
}
