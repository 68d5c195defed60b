package postgres

import (
	"context"

	"github.com/planner-dk/planner/planner"
)

// SeedSummonses bulk-loads n summonses for the list benchmarks: 10,000
// citizens, n one-citizen meetings spread over the advisors every 30
// minutes (no overlaps), a fifth of the summonses pending. Test use only.
func (db *DB) SeedSummonses(ctx context.Context, jc planner.JobcenterID, teams []planner.TeamID, advisors []planner.AdvisorID, n int) error {
	steps := []string{`
		INSERT INTO citizens (jobcenter_id, cpr, name, contact_group, drop_date)
		SELECT $1, '0101' || lpad((i % 100)::text, 2, '0') || lpad((i / 100)::text, 4, '0'),
			'Borger ' || lpad(i::text, 5, '0'), 'Dagpengemodtager', DATE '2026-04-01' + (i % 120)
		FROM generate_series(0, 9999) AS i`, `
		INSERT INTO meetings (jobcenter_id, team_id, responsible_id, day, title, meeting_type, form, channel,
			start_at, end_at, reporting_minutes, busy_end, terms, created_at)
		SELECT $1, ($2::bigint[])[1 + (i % cardinality($3::bigint[])) % 2], ($3::bigint[])[1 + i % cardinality($3::bigint[])],
			(t AT TIME ZONE 'Europe/Copenhagen')::date, 'Jobsamtale', 'Jobsamtale', 'individual', 'in_person',
			t, t + interval '30 minutes', 0, t + interval '30 minutes', '{}', now()
		FROM generate_series(0, $4 - 1) AS i,
			LATERAL (SELECT timestamptz '2026-03-02 08:00+01' + (i / cardinality($3::bigint[])) * interval '30 minutes') AS s(t)`, `
		INSERT INTO meeting_advisors (meeting_id, advisor_id, position, busy_start, busy_end)
		SELECT id, responsible_id, 0, start_at, busy_end FROM meetings WHERE jobcenter_id = $1`, `
		INSERT INTO summonses (jobcenter_id, number, meeting_id, citizen_id, state, holding_deadline, jobnet_state,
			sent_at, created_at, created_by, team_id, responsible_id, meeting_start, meeting_day, meeting_type,
			variant, channel, citizen_name)
		SELECT $1, '10100-' || lpad(m.id::text, 6, '0'), m.id, c.id,
			CASE WHEN m.id % 5 = 0 THEN 'pending' ELSE 'sent' END, DATE '2026-03-01' + (m.id % 30)::int,
			CASE WHEN m.id % 3 = 0 THEN 'done' ELSE 'pending' END, now(), now(), 'bench',
			m.team_id, m.responsible_id, m.start_at, m.day, m.meeting_type, m.variant, m.channel, c.name
		FROM meetings m
		JOIN citizens c ON c.id = (SELECT min(id) FROM citizens WHERE jobcenter_id = $1) + (m.id % 10000)
		WHERE m.jobcenter_id = $1`,
		`VACUUM ANALYZE`,
	}
	args := [][]any{{jc}, {jc, idsOf(teams), idsOf(advisors), n}, {jc}, {jc}, nil}
	for i, sql := range steps {
		if _, err := db.pool.Exec(ctx, sql, args[i]...); err != nil {
			return mapError(err)
		}
	}
	return nil
}
