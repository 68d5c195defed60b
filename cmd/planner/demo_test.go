package main

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/planner-dk/planner/planner"
	calsync "github.com/planner-dk/planner/sync"
)

// TestSeedDemo: the demo job centre has everything issue 4 asks of it.
func TestSeedDemo(t *testing.T) {
	ctx := context.Background()
	db, err := openDatabase(ctx, Config{Database: filepath.Join(t.TempDir(), "demo.db")}, discardLogger())
	if err != nil {
		t.Fatal(err)
	}
	defer db.close()
	now := time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)
	seed, err := seedDemo(ctx, db, now, nil, nil)
	tokens := seed.tokens
	if err != nil {
		t.Fatal(err)
	}
	if len(tokens) != 3 {
		t.Errorf("tokens = %d, want admin, advisor and portal", len(tokens))
	}
	teams, err := db.FindTeams(ctx, 1)
	if err != nil || len(teams) != 4 {
		t.Errorf("teams = %d, %v; want a tree of 4", len(teams), err)
	}
	offers, err := db.FindOffers(ctx, 1, planner.OfferFilter{})
	if err != nil || len(offers) != 3 {
		t.Fatalf("offers = %d, %v; want individual, phone and group", len(offers), err)
	}
	page, err := db.FindSummonsList(ctx, 1, planner.ListQuery{List: planner.FollowUpList, Limit: 500})
	if err != nil || page.Total < 5 {
		t.Errorf("bookings = %d, %v; want some", page.Total, err)
	}
	if _, err := db.FindCitizen(ctx, 1, 50); err != nil {
		t.Errorf("citizen 50: %v; want 50 citizens", err)
	}
}

// demoWithCalendars seeds the demo job centre into a fresh SQLite file,
// with the advisors' calendars on an in-process demo CalDAV server; both are
// closed when the test ends. It returns the CalDAV base URL and the file.
func demoWithCalendars(t *testing.T) (database, *demoCalDAV, string, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "demo.db")
	db, err := openDatabase(context.Background(), Config{Database: path}, discardLogger())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(db.close)
	dav, davURL, err := startDemoCalDAV("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(dav.stop)
	if _, err := seedDemo(context.Background(), db, time.Now(), dav.calendar, nil); err != nil {
		t.Fatal(err)
	}
	return db, dav, davURL, path
}

// TestDemoCalendarSync: the demo's advisors have calendars on the in-process
// CalDAV server; the seeding reads them before it books (§9: a calendar never
// read is not offered), so their private appointments are green and nothing
// is booked over them, and one sync round puts Planner's meetings into their
// calendars (issue 5 §6, issue 14).
func TestDemoCalendarSync(t *testing.T) {
	ctx := context.Background()
	db, dav, _, _ := demoWithCalendars(t)
	now := time.Now()
	before := dav.dav.Count("vejleder1")
	e := &calsync.Engine{Store: db, Connect: newConnectors(db, nil).connect, Now: func() time.Time { return now }}
	sum, err := syncAll(ctx, e, db, 4)
	if err != nil || sum.Failed != 0 || sum.Calendars != 6 {
		t.Fatalf("sync round = %v, %v; want 6 calendars, none failed", sum, err)
	}
	if sum.Pushed == 0 || sum.Stored != 0 || sum.Conflicts != 0 {
		t.Fatalf("sync round = %v; want meetings pushed, the appointments stored at seeding already, no meeting over one", sum)
	}
	pushed := 0
	for i := 1; i <= 6; i++ {
		pushed += dav.dav.Count(fmt.Sprintf("vejleder%d", i)) - 4
	}
	if pushed == 0 || dav.dav.Count("vejleder1") < before {
		t.Fatalf("%d meetings in the demo calendars, want the booked ones", pushed)
	}
	view, err := planner.NewService(db, discardLogger()).Calendar(ctx, 1, planner.MeetingFilter{
		Advisors: []planner.AdvisorID{1}, Interval: planner.Interval{Start: now, End: now.Add(21 * 24 * time.Hour)}})
	if err != nil {
		t.Fatal(err)
	}
	green := 0
	for _, it := range view.Items {
		if it.State == planner.StateExternal {
			green++
		}
	}
	if green == 0 {
		t.Fatalf("calendar view holds no green (external) items: %+v", view.Items)
	}
}

// TestSyncOnce: `planner sync -once` syncs every calendar of a store, or
// pulls one calendar URL, and prints a summary (issue 5 §9).
func TestSyncOnce(t *testing.T) {
	ctx := context.Background()
	_, _, davURL, path := demoWithCalendars(t)
	var out, errs strings.Builder
	m := &Main{Stdout: &out, Stderr: &errs, Getenv: func(string) string { return "" }}
	if code := m.Run(ctx, []string{"sync", "-once", "-database", path}); code != 0 {
		t.Fatalf("sync -once = %d: %s", code, errs.String())
	}
	if !strings.Contains(out.String(), "6 calendars (0 failed)") || !strings.Contains(out.String(), "0 stored") || strings.Contains(out.String(), " 0 meetings pushed") {
		t.Fatalf("summary = %q", out.String())
	}
	out.Reset()
	url := davURL + "vejleder2/calendars/default/"
	if code := m.Run(ctx, []string{"sync", "-once", "-calendar", url, "-user", "vejleder2", "-password", "demo"}); code != 0 {
		t.Fatalf("sync -once -calendar = %d: %s", code, errs.String())
	}
	if !strings.HasPrefix(out.String(), "planner sync: 1 calendar: ") || !strings.Contains(out.String(), "requests in") {
		t.Fatalf("summary = %q", out.String())
	}
	// -discover finds the calendar from the principal
	out.Reset()
	if code := m.Run(ctx, []string{"sync", "-once", "-discover", "-calendar", davURL + "vejleder2/", "-user", "vejleder2", "-password", "demo"}); code != 0 {
		t.Fatalf("sync -once -discover = %d: %s", code, errs.String())
	}
	if !strings.HasPrefix(out.String(), url+"\t") {
		t.Fatalf("discovered %q, want %s", out.String(), url)
	}
}

// TestSyncHealthMetrics: the sync's state is on /metrics — items by target
// and state, calendars by health, the largest lag.
func TestSyncHealthMetrics(t *testing.T) {
	ctx := context.Background()
	db, _, _, _ := demoWithCalendars(t)
	now := time.Now()
	reg := prometheus.NewRegistry()
	reg.MustRegister(calsync.NewHealthCollector(db, nil))
	// gauge reads one gauge; labels are name=value pairs in any order.
	gauge := func(name string, labels ...string) float64 {
		t.Helper()
		families, err := reg.Gather()
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range families {
			if f.GetName() != name {
				continue
			}
			for _, m := range f.GetMetric() {
				have := map[string]bool{}
				for _, l := range m.GetLabel() {
					have[l.GetName()+"="+l.GetValue()] = true
				}
				match := true
				for _, want := range labels {
					match = match && have[want]
				}
				if match {
					return m.GetGauge().GetValue()
				}
			}
		}
		t.Fatalf("no %s%v", name, labels)
		return 0
	}
	if gauge("planner_sync_calendars", "health=never") != 0 || gauge("planner_sync_calendars", "health=healthy") != 6 || gauge("planner_sync_items", "target=calendar", "state=pending") == 0 {
		t.Fatal("before a sync: want the 6 calendars read at seeding and grey calendar items")
	}
	e := &calsync.Engine{Store: db, Connect: newConnectors(db, nil).connect, Now: func() time.Time { return now }}
	if _, err := syncAll(ctx, e, db, 4); err != nil {
		t.Fatal(err)
	}
	if gauge("planner_sync_calendars", "health=healthy") != 6 || gauge("planner_sync_items", "target=calendar", "state=pending") != 0 || gauge("planner_sync_items", "target=calendar", "state=done") == 0 {
		t.Fatal("after a sync: want 6 healthy calendars and every calendar item blue")
	}
	if lag := gauge("planner_sync_lag_max_seconds"); lag < 0 || lag > 60 {
		t.Fatalf("max lag = %v s, want a fresh read", lag)
	}
}
