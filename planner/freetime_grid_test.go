package planner

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"testing"
)

func TestSortSpans(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	for n := 0; n < 400; n += 1 + n/8 {
		for _, spread := range []int{3, 1000} { // many duplicates, few duplicates
			s := make([]span, n)
			for i := range s {
				s[i] = span{int64(rng.IntN(spread)), int64(i)}
			}
			want := slices.Clone(s)
			slices.SortStableFunc(want, func(a, b span) int { return cmp.Compare(a.start, b.start) })
			sortSpans(s)
			for i := range s {
				if s[i].start != want[i].start {
					t.Fatalf("n=%d spread=%d: start[%d] = %d, want %d", n, spread, i, s[i].start, want[i].start)
				}
			}
		}
	}
}

func TestMergeSpans(t *testing.T) {
	got := mergeSpans([]span{{10, 20}, {0, 5}, {5, 7}, {15, 30}, {40, 50}, {41, 42}})
	want := []span{{0, 7}, {10, 30}, {40, 50}}
	if !slices.Equal(got, want) {
		t.Errorf("mergeSpans = %v, want %v", got, want)
	}
}
