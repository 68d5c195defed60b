package storetest

import (
	"context"
	"testing"

	"github.com/planner-dk/planner/planner"
)

// testSummonsLifecycle: a summons is created pending (orange), sent to
// Jobnet, and can be removed from a group meeting one citizen at a time (§6).
func testSummonsLifecycle(t *testing.T, open Opener) {
	ctx := context.Background()
	w := newWorld(t, open)
	c1, c2, c3 := w.citizen(t, 1), w.citizen(t, 2), w.citizen(t, 3)
	ft := w.freeTimes(t, c1).Times[0]
	m, s, err := w.svc.Summon(ctx, planner.BookRequest{Jobcenter: w.jc.ID, Citizen: c1.ID, Offer: w.offer.ID, Time: ft, Actor: "Bo Poulsen"})
	must(t, err)
	if s.State != planner.Pending || s.SentAt != nil {
		t.Fatalf("§6 a new summons is pending: %+v", s)
	}
	items, err := w.store.FindSyncItems(ctx, w.jc.ID, m.ID)
	must(t, err)
	if len(items) != 1 || items[0].Kind != planner.TargetCalendar {
		t.Errorf("§6 a pending summons is in the calendar but not on Jobnet: %+v", items)
	}
	must(t, w.svc.SendSummonses(ctx, w.jc.ID, []planner.SummonsID{s.ID}, "Bo Poulsen"))
	sent, err := w.store.FindSummons(ctx, w.jc.ID, s.ID)
	must(t, err)
	if sent.State != planner.Sent || sent.SentAt == nil || sent.Jobnet != planner.SyncPending {
		t.Errorf("§6 a sent summons = %+v", sent)
	}
	wantKind(t, w.store.SendSummonses(ctx, w.jc.ID, []planner.SummonsID{s.ID}, "x"), planner.ErrNotFound)

	t.Run("§6 selecting a group-meeting summons sends all its participants", func(t *testing.T) {
		o := groupOffer(w, 10, 0)
		must(t, w.store.CreateOffer(ctx, &o))
		res, err := w.svc.FreeTimes(ctx, planner.FreeTimesRequest{Jobcenter: w.jc.ID, Offer: o.ID})
		must(t, err)
		var sums []planner.Summons
		for _, c := range []planner.Citizen{c1, c2, c3} {
			_, s, err := w.svc.Summon(ctx, planner.BookRequest{Jobcenter: w.jc.ID, Citizen: c.ID, Offer: o.ID, Time: res.Times[0], Actor: "Bo Poulsen"})
			must(t, err)
			sums = append(sums, s)
		}
		t.Run("§6 one citizen can be removed from a group meeting", func(t *testing.T) {
			must(t, w.store.CancelBooking(ctx, w.jc.ID, sums[2].ID, "Bo Poulsen"))
			_, left, err := w.store.FindMeeting(ctx, w.jc.ID, sums[0].MeetingID)
			must(t, err)
			if len(left) != 2 {
				t.Errorf("participants = %d, want 2; the meeting stays", len(left))
			}
		})
		must(t, w.svc.SendSummonses(ctx, w.jc.ID, []planner.SummonsID{sums[1].ID}, "Bo Poulsen"))
		for _, s := range sums[:2] {
			got, err := w.store.FindSummons(ctx, w.jc.ID, s.ID)
			must(t, err)
			if got.State != planner.Sent {
				t.Errorf("summons %s = %s, want sent", got.Number, got.State)
			}
		}
	})
}

// testMoveAndDelete: moving a meeting to another advisor and time (§2).
func testMoveAndDelete(t *testing.T, open Opener) {
	ctx := context.Background()
	w := newWorld(t, open)
	c := w.citizen(t, 1)
	ft := w.freeTimes(t, c).Times[0] // Tuesday 3 March 09:00 with advisor 0 (calendar connected)
	m, _, err := w.svc.Book(ctx, planner.BookRequest{Jobcenter: w.jc.ID, Citizen: c.ID, Offer: w.offer.ID, Time: ft, Actor: "jobnet"})
	must(t, err)
	before, err := w.store.FindSyncItems(ctx, w.jc.ID, m.ID)
	must(t, err)

	to := planner.MeetingMove{Start: at(20, 10, 0), End: at(20, 10, 30), Advisors: []planner.AdvisorID{w.advisors[1].ID}}
	inform, err := w.svc.MoveMeeting(ctx, w.jc.ID, m.ID, to, "Bo Poulsen")
	must(t, err)
	if !inform {
		t.Error("§2 the old time is within 7 days: the advisor must inform the citizen")
	}
	got, _, err := w.store.FindMeeting(ctx, w.jc.ID, m.ID)
	must(t, err)
	if !got.Start.Equal(to.Start) || got.Advisors[0] != w.advisors[1].ID {
		t.Errorf("moved meeting = %+v", got)
	}
	after, err := w.store.FindSyncItems(ctx, w.jc.ID, m.ID)
	must(t, err)
	added := after[len(before):]
	if len(added) != 2 || added[0].Kind != planner.TargetCalendar || added[0].Op != planner.OpDelete || added[0].AdvisorID != w.advisors[0].ID ||
		added[1].Kind != planner.TargetJobnet || added[1].Op != planner.OpPut {
		t.Errorf("§9 a move between advisors deletes on the old calendar and tells Jobnet: %+v", added)
	}
	busy, err := w.store.FindBusy(ctx, w.jc.ID, planner.BusyQuery{Advisors: []planner.AdvisorID{w.advisors[0].ID, w.advisors[1].ID}, Interval: planner.Interval{Start: at(2, 0, 0), End: at(31, 0, 0)}})
	must(t, err)
	if len(busy.Advisors[w.advisors[0].ID]) != 0 || len(busy.Advisors[w.advisors[1].ID]) != 1 {
		t.Errorf("busy after the move = %+v", busy.Advisors)
	}

	t.Run("§5 a move onto a taken time is a conflict and changes nothing", func(t *testing.T) {
		c2 := w.citizen(t, 2)
		other, _, err := w.svc.Book(ctx, planner.BookRequest{Jobcenter: w.jc.ID, Citizen: c2.ID, Offer: w.offer.ID, Time: ft, Actor: "jobnet"})
		must(t, err)
		onto := planner.MeetingMove{Start: at(20, 10, 15), End: at(20, 10, 45), Advisors: []planner.AdvisorID{w.advisors[1].ID}}
		_, err = w.svc.MoveMeeting(ctx, w.jc.ID, other.ID, onto, "Bo Poulsen")
		wantKind(t, err, planner.ErrConflict)
		still, _, err := w.store.FindMeeting(ctx, w.jc.ID, other.ID)
		must(t, err)
		if !still.Start.Equal(ft.Start) || still.Advisors[0] != ft.Advisor {
			t.Errorf("a failed move was half-written: %+v", still)
		}
	})
	t.Run("§2 deleting a meeting far ahead needs no personal message", func(t *testing.T) {
		inform, err := w.svc.DeleteMeeting(ctx, w.jc.ID, m.ID, "Bo Poulsen")
		must(t, err)
		if inform {
			t.Error("inform = true for a meeting 18 days ahead")
		}
		_, _, err = w.store.FindMeeting(ctx, w.jc.ID, m.ID)
		wantKind(t, err, planner.ErrNotFound)
	})
}
