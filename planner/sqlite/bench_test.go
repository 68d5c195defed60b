package sqlite_test

import (
	"context"
	"testing"

	"github.com/planner-dk/planner/planner"
	"github.com/planner-dk/planner/planner/storetest"
)

// The figures of docs/BENCHMARKS.md; run with
//
//	go test ./planner/sqlite -run '^$' -bench . -count 10

func BenchmarkBooking(b *testing.B) { storetest.BenchmarkBooking(b, MustOpen(b)) }

func BenchmarkFollowUpPage(b *testing.B) {
	ctx := context.Background()
	db := MustOpen(b)
	jc, teams, advisors := storetest.ListWorld(b, db, 200)
	if err := db.SeedSummonses(ctx, jc.ID, teams, advisors, 100_000); err != nil {
		b.Fatal(err)
	}
	for _, bc := range []struct {
		name string
		q    planner.ListQuery
	}{
		{"team/by-date", planner.ListQuery{List: planner.FollowUpList, Teams: teams[1:], Offset: 1000}},
		{"team/by-name-desc", planner.ListQuery{List: planner.FollowUpList, Teams: teams[1:], Sort: planner.ColName, Desc: true, Offset: 1000}},
		{"search-name", planner.ListQuery{List: planner.FollowUpList, Search: "borger 0042"}},
		{"deadline-exceeded/by-team", planner.ListQuery{List: planner.FollowUpList, DeadlineExceeded: ptr(true), Sort: planner.ColTeam}},
	} {
		b.Run(bc.name, func(b *testing.B) { storetest.BenchmarkList(b, db, jc.ID, bc.q) })
	}
}

func ptr[T any](v T) *T { return &v }
