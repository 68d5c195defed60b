package storetest

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/planner-dk/planner/planner"
)

// testAdministration: rooms change, things in use cannot be deleted, and
// a group meeting's seats can be changed after creation (§4.1).
func testAdministration(t *testing.T, open Opener) {
	ctx := context.Background()
	w := newWorld(t, open)
	r := w.room
	r.Capacity = 12
	must(t, w.store.UpdateRoom(ctx, r))
	rooms, err := w.store.FindRooms(ctx, w.jc.ID)
	must(t, err)
	if rooms[0].Capacity != 12 {
		t.Errorf("room capacity = %d, want 12", rooms[0].Capacity)
	}
	wantKind(t, w.store.DeleteTeam(ctx, w.jc.ID, w.team.ID), planner.ErrConflict) // it has advisors and an offer
	spare := planner.Room{JobcenterID: w.jc.ID, Name: "Lokale 2", Capacity: 4}
	must(t, w.store.CreateRoom(ctx, &spare))
	must(t, w.store.DeleteRoom(ctx, w.jc.ID, spare.ID))
	wantKind(t, w.store.DeleteRoom(ctx, w.jc.ID, spare.ID), planner.ErrNotFound)

	c := w.citizen(t, 1)
	_, _, err = w.svc.Book(ctx, planner.BookRequest{Jobcenter: w.jc.ID, Citizen: c.ID, Offer: w.offer.ID, Time: w.freeTimes(t, c).Times[0], Actor: "jobnet"})
	must(t, err)
	wantKind(t, w.store.DeleteCitizen(ctx, w.jc.ID, c.ID), planner.ErrConflict)
	wantKind(t, w.store.DeleteAdvisor(ctx, w.jc.ID, w.advisors[0].ID), planner.ErrConflict)
	free := w.citizen(t, 2)
	must(t, w.store.DeleteCitizen(ctx, w.jc.ID, free.ID))
	// Advisor 1 has no meetings but is listed on the offer: deleting them
	// would leave the offer pointing at no one.
	wantKind(t, w.store.DeleteAdvisor(ctx, w.jc.ID, w.advisors[1].ID), planner.ErrConflict)
	leaver := planner.Advisor{JobcenterID: w.jc.ID, TeamID: w.team.ID, Name: "Fratrådt"}
	must(t, w.store.CreateAdvisor(ctx, &leaver))
	must(t, w.store.DeleteAdvisor(ctx, w.jc.ID, leaver.ID))
	wantKind(t, w.store.DeleteAdvisor(ctx, w.jc.ID, leaver.ID), planner.ErrNotFound)

	t.Run("§4.1 seats can be changed after creation", func(t *testing.T) {
		g := groupOffer(w, 3, 0)
		must(t, w.store.CreateOffer(ctx, &g))
		meeting := planner.MeetingID(g.Sessions[0].ID)
		for i := 10; i < 13; i++ {
			cz := w.citizen(t, i)
			_, _, err := w.svc.Summon(ctx, planner.BookRequest{Jobcenter: w.jc.ID, Citizen: cz.ID, Offer: g.ID,
				Time: planner.FreeTime{Start: g.Sessions[0].Start, MeetingID: meeting, SessionID: g.Sessions[0].ID, Advisor: w.advisors[0].ID}, Actor: "Bo"})
			must(t, err)
		}
		wantKind(t, w.store.UpdateSeats(ctx, w.jc.ID, meeting, 2, 0, "Bo"), planner.ErrConflict)
		must(t, w.store.UpdateSeats(ctx, w.jc.ID, meeting, 5, 1, "Bo"))
		seats, err := w.store.FindGroupSeats(ctx, w.jc.ID, g.ID)
		must(t, err)
		if seats[0].Capacity != 5 || seats[0].RebookSeats != 1 || seats[0].Booked != 3 {
			t.Errorf("seats = %+v", seats[0])
		}
	})
}

// testFrontPage: the front page's counts (§3).
func testFrontPage(t *testing.T, open Opener) {
	ctx := context.Background()
	w := newWorld(t, open)
	var times []planner.FreeTime
	for i := 1; i <= 3; i++ {
		c := w.citizen(t, i)
		if i == 3 {
			c.DropDate = planner.NewDate(2026, 3, 2)
			must(t, w.store.UpdateCitizen(ctx, c))
		}
		ft := w.freeTimes(t, c).Times[0]
		times = append(times, ft)
		book := w.svc.Book
		if i == 2 {
			book = w.svc.Summon
		}
		_, _, err := book(ctx, planner.BookRequest{Jobcenter: w.jc.ID, Citizen: c.ID, Offer: w.offer.ID, Time: ft, Actor: "x"})
		must(t, err)
	}
	day := planner.DateOf(times[0].Start, cph)
	abs := planner.Absence{AdvisorID: times[0].Advisor, Interval: planner.Interval{Start: day.In(cph), End: day.AddDays(1).In(cph)}}
	must(t, w.store.CreateAbsence(ctx, w.jc.ID, &abs))
	fp, err := w.store.FrontPageCounts(ctx, w.jc.ID, day.In(cph).Add(time.Hour), planner.DateOf(now, cph))
	must(t, err)
	// All three meetings are on the first free day with that advisor or the other one.
	withAbsent := 0
	for _, ft := range times {
		if ft.Advisor == abs.AdvisorID && planner.DateOf(ft.Start, cph) == day {
			withAbsent++
		}
	}
	want := planner.FrontPage{AbsentNow: []planner.AdvisorID{abs.AdvisorID}, NotSent: 1, WithAbsentAdvisor: withAbsent, DeadlineExceeded: 1}
	if fmt.Sprint(fp) != fmt.Sprint(want) {
		t.Errorf("§3 front page = %+v, want %+v", fp, want)
	}
}
