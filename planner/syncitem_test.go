package planner

import (
	"testing"
	"time"
)

// TestRetryDelay: the outbox's backoff doubles from 30 s, stops at an hour,
// and stays within its ±20 % jitter.
func TestRetryDelay(t *testing.T) {
	for _, tc := range []struct {
		attempts int
		base     time.Duration
	}{{0, 30 * time.Second}, {1, time.Minute}, {3, 4 * time.Minute}, {7, time.Hour}, {50, time.Hour}} {
		for range 20 {
			d := RetryDelay(tc.attempts)
			if d < tc.base*8/10 || d > tc.base*12/10 {
				t.Fatalf("RetryDelay(%d) = %s, want %s ± 20 %%", tc.attempts, d, tc.base)
			}
		}
	}
}
