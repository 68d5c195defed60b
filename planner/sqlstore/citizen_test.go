package sqlstore

import (
	"strings"
	"testing"

	"github.com/planner-dk/planner/planner"
)

// TestReferralColumnKeepsItsKey: the referrals column keeps the key
// "actor" it was first written with, though the API names the field
// otherActorId, so rows written before the rename read as they were.
func TestReferralColumnKeepsItsKey(t *testing.T) {
	const stored = `[{"actor":3,"from":"2026-01-01","to":"2026-06-30"}]`
	got, err := readReferrals([]byte(stored))
	want := planner.Referral{Actor: 3, From: planner.NewDate(2026, 1, 1), To: planner.NewDate(2026, 6, 30)}
	if err != nil || len(got) != 1 || got[0] != want {
		t.Fatalf("readReferrals(%s) = %+v, %v; want [%+v]", stored, got, err, want)
	}
	if b := string(jsonOf(referralRows(got))); b != stored {
		t.Errorf("written = %s, want %s", b, stored)
	}
	if b := string(jsonOf(referralRows(nil))); !strings.HasPrefix(b, "[") {
		t.Errorf("no referrals are written as %s, want an empty list", b)
	}
}
