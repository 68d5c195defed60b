package main

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/planner-dk/planner/planner"
)

// TestSeedDemo: the demo job centre has everything issue 4 asks of it.
func TestSeedDemo(t *testing.T) {
	ctx := context.Background()
	db, err := openDatabase(ctx, Config{Database: filepath.Join(t.TempDir(), "demo.db")})
	if err != nil {
		t.Fatal(err)
	}
	defer db.close()
	now := time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)
	tokens, err := seedDemo(ctx, db, now)
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
