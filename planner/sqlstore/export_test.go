package sqlstore

import (
	"context"
	"fmt"
	"time"

	"github.com/planner-dk/planner/planner"
)

// MigrateTo brings the schema up to version and no further, without the
// sealing step: an older schema for the migrations' tests.
func (db *DB) MigrateTo(ctx context.Context, version int64) error { return db.e.migrate(ctx, version) }

// SeedSummonses bulk-loads n summonses for the list benchmarks: 10,000
// citizens, n one-citizen meetings spread over the advisors every 30
// minutes from Monday 2 March 2026 08:00 in Copenhagen (no overlaps), each
// advisor's team alternating, a fifth of the summonses pending. Test use
// only: the rows are written directly, many to a statement.
func (db *DB) SeedSummonses(ctx context.Context, jc planner.JobcenterID, teams []planner.TeamID, advisors []planner.AdvisorID, n int) error {
	cph, err := planner.LoadZone("Europe/Copenhagen")
	if err != nil {
		return err
	}
	created := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	var batch [][]any
	for i := range 10_000 {
		batch = append(batch, []any{jc, fmt.Sprintf("0101%02d%04d", i%100, i/100), fmt.Sprintf("Borger %05d", i),
			"Dagpengemodtager", planner.NewDate(2026, 4, 1).AddDays(i % 120).String()})
	}
	if err := db.insertRows(ctx, "citizens (jobcenter_id, cpr, name, contact_group, drop_date)", batch); err != nil {
		return err
	}
	batch = batch[:0]
	first := time.Date(2026, 3, 2, 8, 0, 0, 0, cph)
	for i := range n {
		start := first.Add(time.Duration(i/len(advisors)) * 30 * time.Minute)
		end := start.Add(30 * time.Minute)
		batch = append(batch, []any{jc, teams[i%len(advisors)%2], advisors[i%len(advisors)], planner.DateOf(start, cph).String(),
			"Jobsamtale", "Jobsamtale", "individual", "in_person", start, end, 0, end, "{}", created})
	}
	if err := db.insertRows(ctx, `meetings (jobcenter_id, team_id, responsible_id, day, title, meeting_type, form, channel,
		start_at, end_at, reporting_minutes, busy_end, terms, created_at)`, batch); err != nil {
		return err
	}
	if _, err := db.exec(ctx, `
		INSERT INTO meeting_advisors (meeting_id, advisor_id, position, busy_start, busy_end)
		SELECT id, responsible_id, 0, start_at, busy_end FROM meetings WHERE jobcenter_id = $1`, jc); err != nil {
		return err
	}
	type citizen struct {
		id   int64
		name string
	}
	citizens, err := all(ctx, db.e.read(), func(r rows) (citizen, error) {
		var c citizen
		return c, r.Scan(&c.id, &c.name)
	}, `SELECT id, name FROM citizens WHERE jobcenter_id = $1 ORDER BY id`, jc)
	if err != nil {
		return err
	}
	meetings, err := all(ctx, db.e.read(), func(r rows) ([]any, error) {
		var id, team, responsible int64
		var start, day time.Time
		err := r.Scan(&id, &team, &responsible, &start, &day)
		return []any{id, team, responsible, start, planner.DateOf(day, time.UTC).String()}, err
	}, `SELECT id, team_id, responsible_id, start_at, day FROM meetings WHERE jobcenter_id = $1 ORDER BY id`, jc)
	if err != nil {
		return err
	}
	batch = batch[:0]
	for _, m := range meetings {
		id := m[0].(int64)
		c := citizens[id%int64(len(citizens))]
		state, jobnet := "sent", "pending"
		if id%5 == 0 {
			state = "pending"
		}
		if id%3 == 0 {
			jobnet = "done"
		}
		batch = append(batch, []any{jc, fmt.Sprintf("10100-%06d", id), id, c.id, state,
			planner.NewDate(2026, 3, 1).AddDays(int(id % 30)).String(), jobnet, created, created, "bench",
			m[1], m[2], m[3], m[4], "Jobsamtale", "", "in_person", c.name})
	}
	if err := db.insertRows(ctx, `summonses (jobcenter_id, number, meeting_id, citizen_id, state, holding_deadline,
		jobnet_state, sent_at, created_at, created_by, team_id, responsible_id, meeting_start, meeting_day,
		meeting_type, variant, channel, citizen_name)`, batch); err != nil {
		return err
	}
	if _, err := db.exec(ctx, `VACUUM`); err != nil {
		return err
	}
	_, err = db.exec(ctx, `ANALYZE`)
	return err
}

// insertRows inserts rows into table (with its column list) in one
// transaction.
func (db *DB) insertRows(ctx context.Context, table string, rows [][]any) error {
	return db.tx(ctx, func(t tx, _ time.Time) error { return insertValues(ctx, t, table, rows) })
}

// ExecRaw runs a statement as someone with the database's own access
// would: the tests of the access log's tamper evidence.
func (db *DB) ExecRaw(ctx context.Context, query string, args ...any) error {
	_, err := db.exec(ctx, query, args...)
	return err
}
