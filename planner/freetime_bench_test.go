package planner

import (
	"math/rand/v2"
	"testing"
	"time"
)

// benchSearch builds the benchmark case: an individual offer with 20
// advisors over 8 weeks, each advisor with 300 busy intervals, in
// Europe/Copenhagen. seed varies the busy time between offers.
func benchSearch(seed uint64) Search {
	now := at(2026, 3, 2, 7, 0)
	o := testOffer()
	o.StartMinutes = []int{0, 15, 30, 45}
	o.ReportingMinutes = 15
	o.RollingWeeks = 8
	rng := rand.New(rand.NewPCG(seed, 42))
	q := Search{Offer: o, Zone: cph, Now: now, Closures: NewClosures(DefaultSettings(), 2026, 2026)}
	for a := 1; a <= 20; a++ {
		cal := AdvisorCalendar{Advisor: AdvisorID(a), Hours: StandardHours(clock(8, 0), clock(16, 0))}
		for i := 0; i < 300; i++ {
			day := now.AddDate(0, 0, rng.IntN(57))
			start := time.Date(day.Year(), day.Month(), day.Day(), 7+rng.IntN(10), rng.IntN(4)*15, 0, 0, cph)
			kind := []BusyKind{BusyMeeting, BusyExternal, BusyAbsence}[rng.IntN(3)]
			cal.Busy = append(cal.Busy, Busy{Interval: Interval{start, start.Add(time.Duration(15+rng.IntN(60)) * time.Minute)}, Kind: kind, Ref: int64(i)})
		}
		q.Calendars = append(q.Calendars, cal)
	}
	return q
}

// BenchmarkFindFreeTimes is the target: at most 2 ms median per
// full search. See docs/BENCHMARKS.md.
func BenchmarkFindFreeTimes(b *testing.B) {
	q := benchSearch(1)
	b.ReportAllocs()
	var n int
	for b.Loop() {
		n = len(FindFreeTimes(q).Times)
	}
	b.ReportMetric(float64(n), "times/op")
}

// BenchmarkWeeklyCounts200Offers computes the nightly free-times overview
// (§8) for 200 such offers: a search and the weekly counts per offer.
func BenchmarkWeeklyCounts200Offers(b *testing.B) {
	qs := make([]Search, 200)
	for i := range qs {
		qs[i] = benchSearch(uint64(i))
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, q := range qs {
			WeeklyCounts(FindFreeTimes(q).Times, q.Zone)
		}
	}
}
