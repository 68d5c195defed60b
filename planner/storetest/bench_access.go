package storetest

import (
	"context"
	"testing"

	"github.com/planner-dk/planner/planner"
)

// BenchmarkLoggedReads measures what the access log adds to a read that
// shows citizens' data (issue 21): the citizen card (one citizen) and a
// page of 50 rows of the follow-up list, each read alone and read with its
// entry written, over 20,000 summonses.
func BenchmarkLoggedReads(b *testing.B, store planner.Store, seed Seeder) {
	ctx := context.Background()
	jc, teams, advisors := ListWorld(b, store, 200)
	if err := seed(ctx, jc.ID, teams, advisors, 20_000); err != nil {
		b.Fatal(err)
	}
	actx := planner.NewContextWithActor(ctx, planner.Actor{JobcenterID: jc.ID, Role: planner.RoleAdvisor, Name: "Bo Poulsen"})
	page, err := store.FindSummonsList(ctx, jc.ID, planner.ListQuery{List: planner.FollowUpList, Limit: 50, Offset: 1000})
	if err != nil || len(page.Rows) != 50 {
		b.Fatalf("a page of the list: %d rows, %v", len(page.Rows), err)
	}
	card := page.Rows[0].CitizenID
	readCard := func() planner.Citizen {
		c, err := store.FindCitizen(ctx, jc.ID, card)
		if err != nil {
			b.Fatal(err)
		}
		return c
	}
	readPage := func() []planner.AccessCitizen {
		p, err := store.FindSummonsList(ctx, jc.ID, planner.ListQuery{List: planner.FollowUpList, Limit: 50, Offset: 1000})
		if err != nil {
			b.Fatal(err)
		}
		out := make([]planner.AccessCitizen, len(p.Rows))
		for i, r := range p.Rows {
			out[i] = planner.AccessCitizen{ID: r.CitizenID, CPR: r.CPR}
		}
		return out
	}
	logged := func(action planner.AccessAction, cs ...planner.AccessCitizen) {
		if err := store.LogAccess(ctx, planner.NewAccess(actx, action, "bench", cs...)); err != nil {
			b.Fatal(err)
		}
	}
	b.Run("citizen-card/read", func(b *testing.B) {
		for b.Loop() {
			readCard()
		}
	})
	b.Run("citizen-card/read+log", func(b *testing.B) {
		for b.Loop() {
			c := readCard()
			logged(planner.AccessCitizenRead, planner.AccessCitizen{ID: c.ID, CPR: c.CPR})
		}
	})
	b.Run("follow-up-page/read", func(b *testing.B) {
		for b.Loop() {
			readPage()
		}
	})
	b.Run("follow-up-page/read+log", func(b *testing.B) {
		for b.Loop() {
			logged(planner.AccessListRead, readPage()...)
		}
	})
}
