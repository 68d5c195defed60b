package planner

import (
	"errors"
	"testing"
)

// TestACPRBornInTheFutureIsRefused: issue 23 — a CPR number whose 7th
// digit puts the birth in a coming year (5–8 with 00–57 is 2000–2057) is
// refused on "cpr", never stored with an age of -24; yesterday's and
// today's births are fine.
func TestACPRBornInTheFutureIsRefused(t *testing.T) {
	today := NewDate(2026, 12, 8)
	tests := []struct {
		cpr string
		ok  bool
	}{
		{"010150-5123", false}, // 1 January 2050
		{"091226-5123", false}, // 9 December 2026: tomorrow
		{"081226-5123", true},  // today
		{"071226-5123", true},  // yesterday
		{"010190-1234", true},  // 1990
	}
	for _, tc := range tests {
		t.Run(tc.cpr, func(t *testing.T) {
			c := Citizen{CPR: MustParseCPR(tc.cpr), Name: "Borger"}
			err := c.ValidateOn(today)
			if tc.ok && err != nil {
				t.Errorf("= %v, want ok", err)
			}
			var fe *FieldError
			if !tc.ok && (!errors.As(err, &fe) || fe.Field != "cpr") {
				t.Errorf("= %v, want a field error on cpr", err)
			}
		})
	}
}
