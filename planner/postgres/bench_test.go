package postgres_test

import (
	"testing"

	"github.com/planner-dk/planner/planner/storetest"
)

// The figures of docs/BENCHMARKS.md; run with
//
//	go test ./planner/postgres -run '^$' -bench . -count 5

func BenchmarkBooking(b *testing.B) { storetest.BenchmarkBooking(b, MustOpen(b)) }

func BenchmarkFollowUpPage(b *testing.B) {
	db := MustOpen(b)
	storetest.BenchmarkFollowUpPages(b, db, db.SeedSummonses)
}

func BenchmarkBusy(b *testing.B) { storetest.BenchmarkBusy(b, MustOpen(b)) }
