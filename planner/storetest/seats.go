package storetest

import (
	"context"
	"testing"

	"github.com/planner-dk/planner/planner"
)

// testGroupSeats: the number of seats of an existing group meeting changes
// (guide B, "muligt at redigere antallet af pladser, på et allerede
// oprettet fællesmøde"), never below the citizens booked nor above the
// room, and the change is in the revision log (issue 22).
func testGroupSeats(t *testing.T, open Opener) {
	ctx := context.Background()
	w := newWorld(t, open)
	o := groupOffer(w, 10, 1)
	must(t, w.store.CreateOffer(ctx, &o))
	citizens := []planner.Citizen{w.citizen(t, 1), w.citizen(t, 2), w.citizen(t, 3)}
	res, err := w.svc.FreeTimes(ctx, planner.FreeTimesRequest{Jobcenter: w.jc.ID, Citizen: citizens[0].ID, Offer: o.ID})
	must(t, err)
	if len(res.Times) != 1 {
		t.Fatalf("free sessions = %+v", res)
	}
	for _, c := range citizens {
		_, _, err := w.svc.Book(ctx, planner.BookRequest{Jobcenter: w.jc.ID, Citizen: c.ID, Offer: o.ID, Time: res.Times[0], Actor: "jobnet"})
		must(t, err)
	}
	seats, err := w.store.FindGroupSeats(ctx, w.jc.ID, o.ID)
	must(t, err)
	meeting := seats[0].MeetingID

	t.Run("fewer seats, down to the booked count", func(t *testing.T) {
		must(t, w.store.SetMeetingSeats(ctx, w.jc.ID, meeting, 3, "Bo Poulsen"))
		seats, _ := w.store.FindGroupSeats(ctx, w.jc.ID, o.ID)
		if seats[0].Capacity != 3 || seats[0].Booked != 3 {
			t.Errorf("seats = %+v, want 3 of 3 booked", seats[0])
		}
	})
	t.Run("never below the booked count", func(t *testing.T) {
		assertFieldErr(t, w.store.SetMeetingSeats(ctx, w.jc.ID, meeting, 2, "Bo Poulsen"), "seats")
	})
	t.Run("more seats again, and the change is in the revision log", func(t *testing.T) {
		must(t, w.store.SetMeetingSeats(ctx, w.jc.ID, meeting, 12, "Bo Poulsen"))
		entries, err := w.store.FindAudit(ctx, w.jc.ID, planner.AuditMeeting, int64(meeting))
		must(t, err)
		n := 0
		for _, e := range entries {
			if e.Action == "seats" && e.Actor == "Bo Poulsen" {
				n++
			}
		}
		if n != 2 {
			t.Errorf("%d seat changes in the revision log, want 2", n)
		}
	})
	t.Run("only a group meeting, of the job centre", func(t *testing.T) {
		other := planner.Jobcenter{Name: "Albertslund", Zone: "Europe/Copenhagen", SummonsPrefix: 10200, Settings: planner.DefaultSettings()}
		must(t, w.store.CreateJobcenter(ctx, &other))
		wantKind(t, w.store.SetMeetingSeats(ctx, other.ID, meeting, 12, "x"), planner.ErrNotFound)
	})
}
