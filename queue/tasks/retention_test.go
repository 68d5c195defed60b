package tasks_test

import (
	"context"
	"log/slog"
	"path/filepath"
	"testing"
	"time"

	"github.com/planner-dk/planner/planner"
	"github.com/planner-dk/planner/planner/secret"
	"github.com/planner-dk/planner/planner/sqlstore"
	"github.com/planner-dk/planner/queue/tasks"
)

// TestAccessRetention: issue 21 point 3 — the nightly task deletes what is
// older than each job centre's retention (default six months, or its own
// setting) and the chain still verifies.
func TestAccessRetention(t *testing.T) {
	ctx := context.Background()
	db, err := sqlstore.OpenSQLite(ctx, filepath.Join(t.TempDir(), "p.db"), secret.NewKeyring(secret.NewKey()))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	start := time.Date(2026, 1, 5, 9, 0, 0, 0, time.UTC)
	jcs := []planner.Jobcenter{
		{Name: "Glostrup", Zone: "Europe/Copenhagen", SummonsPrefix: 10100, Settings: planner.DefaultSettings()},
		{Name: "Albertslund", Zone: "Europe/Copenhagen", SummonsPrefix: 10200, Settings: planner.DefaultSettings()},
	}
	jcs[1].Settings.AccessLogMonths = 2
	for i := range jcs {
		if err := db.CreateJobcenter(ctx, &jcs[i]); err != nil {
			t.Fatal(err)
		}
		// one entry a month, January to July
		for m := range 7 {
			db.Now = func() time.Time { return start.AddDate(0, m, 0) }
			e := planner.AccessEntry{JobcenterID: jcs[i].ID, Actor: "Bo", Role: planner.RoleAdvisor, Action: planner.AccessCitizenRead, Route: "GET /api/citizens/{id}",
				Citizens: []planner.AccessCitizen{{ID: 1, CPR: planner.MustParseCPR("0101904321")}}}
			if err := db.LogAccess(ctx, e); err != nil {
				t.Fatal(err)
			}
		}
	}
	now := time.Date(2026, 7, 20, 4, 0, 0, 0, time.UTC)
	r := &tasks.AccessRetention{Store: db, Logger: slog.New(slog.DiscardHandler), Now: func() time.Time { return now }}
	if err := r.Run(ctx); err != nil {
		t.Fatal(err)
	}
	for i, want := range []int{6, 2} { // since 20 January: Feb–Jul; since 20 May: Jun–Jul
		n, brk, err := db.VerifyAccessLog(ctx, jcs[i].ID)
		if err != nil || brk != nil || n != want {
			t.Errorf("%s after retention: %d entries (%+v, %v), want %d and an unbroken chain", jcs[i].Name, n, brk, err, want)
		}
	}
	if err := r.Run(ctx); err != nil { // a second run finds nothing more
		t.Fatal(err)
	}
	if n, _, _ := db.VerifyAccessLog(ctx, jcs[0].ID); n != 6 {
		t.Errorf("a second run deleted more: %d left", n)
	}
}
