package storetest

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/planner-dk/planner/planner"
)

// BenchmarkBooking measures booking throughput: 16 concurrent clients book
// distinct free times of one offer through planner.Service (a fresh search
// of the chosen day and advisor, the policy check, the store's transaction).
// It reports bookings/s. store must be fresh and migrated.
func BenchmarkBooking(b *testing.B, store planner.Store) {
	ctx := context.Background()
	w := newWorldOn(b, store)
	// 40 advisors with connected calendars, Mon–Fri 08:00–16:00, 26 weeks.
	hours := planner.StandardHours(8*60, 16*60)
	var ids []planner.AdvisorID
	for i := 0; i < 40; i++ {
		a := planner.Advisor{JobcenterID: w.jc.ID, TeamID: w.team.ID, Name: fmt.Sprintf("Vejleder %d", i), Hours: &hours,
			Calendar: planner.CalendarConnection{Kind: planner.CalDAV, URL: "http://127.0.0.1:5232/a/"}}
		must(b, store.CreateAdvisor(ctx, &a))
		// read (empty), so the advisor is offered (§9)
		must(b, store.SavePull(ctx, a.ID, planner.PullResult{Calendar: a.Calendar.ID, Full: true, At: now}))
		ids = append(ids, a.ID)
	}
	o := w.offer
	o.ID, o.Advisors, o.RollingWeeks, o.StartMinutes, o.ReportingMinutes = 0, ids, 26, []int{0, 30}, 0
	must(b, store.CreateOffer(ctx, &o))
	const clients = 16
	citizens := make([]planner.Citizen, clients)
	for i := range citizens {
		citizens[i] = w.citizen(b, 9000+i)
	}
	res, err := w.svc.FreeTimes(ctx, planner.FreeTimesRequest{Jobcenter: w.jc.ID, Offer: o.ID})
	must(b, err)
	if len(res.Times) < b.N {
		b.Fatalf("only %d free times for %d bookings", len(res.Times), b.N)
	}
	var next atomic.Int64
	var failed atomic.Int64
	var wg sync.WaitGroup
	b.ResetTimer()
	start := time.Now()
	for c := 0; c < clients; c++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= b.N {
					return
				}
				_, _, err := w.svc.Book(ctx, planner.BookRequest{Jobcenter: w.jc.ID, Citizen: citizens[c].ID, Offer: o.ID, Time: res.Times[i], Actor: "bench"})
				if err != nil {
					failed.Add(1)
				}
			}
		}()
	}
	wg.Wait()
	b.StopTimer()
	if n := failed.Load(); n > 0 {
		b.Fatalf("%d of %d bookings failed", n, b.N)
	}
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "bookings/s")
}

// BenchmarkList measures one page (50 rows) of the follow-up list over the
// data the caller seeded for jc: filtered on team (with sub-teams) and
// sorted by q.Sort.
func BenchmarkList(b *testing.B, store planner.Store, jc planner.JobcenterID, q planner.ListQuery) {
	ctx := context.Background()
	page, err := store.FindSummonsList(ctx, jc, q)
	must(b, err)
	if len(page.Rows) != 50 {
		b.Fatalf("a page of %d rows (total %d), want 50", len(page.Rows), page.Total)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := store.FindSummonsList(ctx, jc, q); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(page.Total), "rows-matching")
}

// ListWorld creates, through the store, what a seeded list benchmark
// needs: a job centre, a team with a sub-team, and advisors of both.
func ListWorld(tb testing.TB, store planner.Store, advisors int) (planner.Jobcenter, []planner.TeamID, []planner.AdvisorID) {
	ctx := context.Background()
	w := newWorldOn(tb, store)
	sub := planner.Team{JobcenterID: w.jc.ID, ParentID: w.team.ID, Name: "Team Syd"}
	must(tb, store.CreateTeam(ctx, &sub))
	var ids []planner.AdvisorID
	for i := 0; i < advisors; i++ {
		team := w.team.ID
		if i%2 == 1 {
			team = sub.ID
		}
		a := planner.Advisor{JobcenterID: w.jc.ID, TeamID: team, Name: fmt.Sprintf("Vejleder %03d", i)}
		must(tb, store.CreateAdvisor(ctx, &a))
		ids = append(ids, a.ID)
	}
	return w.jc, []planner.TeamID{w.team.ID, sub.ID}, ids
}

// Seeder bulk-loads n summonses for a job centre's teams and advisors.
type Seeder func(ctx context.Context, jc planner.JobcenterID, teams []planner.TeamID, advisors []planner.AdvisorID, n int) error

// BenchmarkFollowUpPages seeds 100,000 summonses through seed and measures
// the follow-up list's pages of docs/BENCHMARKS.md, one sub-benchmark each.
func BenchmarkFollowUpPages(b *testing.B, store planner.Store, seed Seeder) {
	jc, teams, advisors := ListWorld(b, store, 200)
	if err := seed(context.Background(), jc.ID, teams, advisors, 100_000); err != nil {
		b.Fatal(err)
	}
	yes := true
	for _, bc := range []struct {
		name string
		q    planner.ListQuery
	}{
		{"team/by-date", planner.ListQuery{List: planner.FollowUpList, Teams: teams[1:], Offset: 1000}},
		{"team/by-name-desc", planner.ListQuery{List: planner.FollowUpList, Teams: teams[1:], Sort: planner.ColName, Desc: true, Offset: 1000}},
		{"search-name", planner.ListQuery{List: planner.FollowUpList, Search: "borger 0042"}},
		{"deadline-exceeded/by-team", planner.ListQuery{List: planner.FollowUpList, DeadlineExceeded: &yes, Sort: planner.ColTeam}},
	} {
		b.Run(bc.name, func(b *testing.B) { BenchmarkList(b, store, jc.ID, bc.q) })
	}
}
