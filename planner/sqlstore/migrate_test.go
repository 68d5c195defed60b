package sqlstore_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/planner-dk/planner/planner"
	"github.com/planner-dk/planner/planner/secret"
	"github.com/planner-dk/planner/planner/sqlstore"
)

// TestMigrationRenamesBusyColumns: PostgreSQL's migration 6 gives the busy
// columns SQLite's names (issue 19). Meetings written before it keep their
// busy time, and the exclusion constraints, rebuilt on the generated
// ranges, still refuse an overlap.
func TestMigrationRenamesBusyColumns(t *testing.T) {
	ctx := context.Background()
	url := newPostgresDB(t)
	db, err := sqlstore.OpenPostgres(ctx, url, secret.NewKeyring(secret.NewKey()))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if err := db.MigrateTo(ctx, 5); err != nil {
		t.Fatal(err)
	}
	raw, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close(ctx)
	start := time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)
	for _, q := range []struct {
		sql  string
		args []any
	}{
		{`INSERT INTO jobcenters (id, name, zone, summons_prefix, settings) VALUES (1, 'Glostrup', 'Europe/Copenhagen', 10100, '{}')`, nil},
		{`INSERT INTO teams (id, jobcenter_id, name) VALUES (1, 1, 'Ydelse')`, nil},
		{`INSERT INTO advisors (id, jobcenter_id, team_id, name) VALUES (1, 1, 1, 'Bo Poulsen'), (2, 1, 1, 'Sarah Jensen')`, nil},
		{`INSERT INTO rooms (id, jobcenter_id, name, capacity) VALUES (1, 1, 'Lokale 1', 4)`, nil},
		{`INSERT INTO citizens (id, jobcenter_id, cpr, name) VALUES (1, 1, '0101960001', 'Borger 1')`, nil},
		{`INSERT INTO meetings (id, jobcenter_id, team_id, responsible_id, day, form, channel, start_at, end_at,
			reporting_minutes, busy, room_id, created_at)
		  VALUES (1, 1, 1, 1, '2026-03-02', 'individual', 'in_person', $1, $2, 15, tstzrange($1, $3), 1, $1)`,
			[]any{start, start.Add(30 * time.Minute), start.Add(45 * time.Minute)}},
		{`INSERT INTO meeting_advisors (meeting_id, advisor_id, position, busy) VALUES (1, 1, 0, tstzrange($1, $2))`,
			[]any{start, start.Add(45 * time.Minute)}},
	} {
		if _, err := raw.Exec(ctx, q.sql, q.args...); err != nil {
			t.Fatalf("%s: %v", q.sql, err)
		}
	}
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}

	busy, err := db.FindBusy(ctx, 1, planner.BusyQuery{Advisors: []planner.AdvisorID{1}, RoomID: 1,
		Interval: planner.Interval{Start: start.Add(-time.Hour), End: start.Add(time.Hour)}})
	if err != nil {
		t.Fatal(err)
	}
	want := planner.Busy{Kind: planner.BusyMeeting, Ref: 1, Interval: planner.Interval{Start: start, End: start.Add(45 * time.Minute)}}
	if a := busy.Advisors[1]; len(a) != 1 || a[0] != want {
		t.Errorf("the advisor's busy time after the migration = %+v, want [%+v]", a, want)
	}
	if len(busy.Room) != 1 || busy.Room[0] != want {
		t.Errorf("the room's busy time after the migration = %+v, want [%+v]", busy.Room, want)
	}
	for _, tc := range []struct {
		name string
		m    planner.Meeting
	}{
		{"§5 the advisor's reporting time is still taken", planner.Meeting{Advisors: []planner.AdvisorID{1}}},
		{"§5 the room's is too", planner.Meeting{Advisors: []planner.AdvisorID{2}, RoomID: 1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := tc.m
			m.JobcenterID, m.Form, m.Channel = 1, planner.Individual, planner.InPerson
			m.Start, m.End = start.Add(40*time.Minute), start.Add(70*time.Minute)
			b := planner.Booking{Meeting: m, Summons: planner.Summons{CitizenID: 1, State: planner.Pending}, Actor: "test"}
			if err := db.CreateBooking(ctx, &b); !errors.Is(err, planner.ErrConflict) {
				t.Errorf("an overlapping meeting: %v, want ErrConflict", err)
			}
		})
	}
}
