package storetest

import (
	"context"
	"testing"
	"time"

	"github.com/planner-dk/planner/planner"
)

// testNotifications: the portal's empty answers record the §7 mails in the
// outbox, at most once per situation, address and day, scoped to the job
// centre and holding no citizen.
func testNotifications(t *testing.T, open Opener) {
	ctx := context.Background()
	w := newWorld(t, open)
	today := planner.NewDate(2026, 3, 2)
	records := func() []planner.NotificationRecord {
		t.Helper()
		rs, err := w.store.FindNotifications(ctx, w.jc.ID, today)
		must(t, err)
		return rs
	}
	minor := planner.Citizen{JobcenterID: w.jc.ID, CPR: planner.MustParseCPR("010110-4000"), Name: "Ung"}
	must(t, w.store.CreateCitizen(ctx, &minor))

	t.Run("§7.1 no offer matches: mail 1 to the top of the team tree, once a day", func(t *testing.T) {
		for range 3 {
			offers, err := w.svc.PortalOffers(ctx, w.jc.ID, minor.ID)
			must(t, err)
			if len(offers) != 0 {
				t.Fatalf("a minor sees %d offers, want none", len(offers))
			}
		}
		rs := records()
		if len(rs) != 1 {
			t.Fatalf("%d notifications, want 1: %+v", len(rs), rs)
		}
		r := rs[0]
		if r.Trigger != planner.NoOffer || r.To != w.team.Mail || r.TeamID != w.team.ID || r.State != planner.NotificationPending || r.Day != today {
			t.Errorf("notification = %+v, want a pending no_offer to %s today", r, w.team.Mail)
		}
	})
	t.Run("§7.1 a citizen with offers raises nothing", func(t *testing.T) {
		c := w.citizen(t, 1)
		offers, err := w.svc.PortalOffers(ctx, w.jc.ID, c.ID)
		must(t, err)
		if len(offers) != 1 || len(records()) != 1 {
			t.Errorf("%d offers and %d notifications, want 1 and 1", len(offers), len(records()))
		}
	})
	t.Run("§7.2 no free time: mail 2 with the reason to the offer's team", func(t *testing.T) {
		c := w.citizen(t, 2)
		c.BookingDeadline = today
		must(t, w.store.UpdateCitizen(ctx, c))
		res, err := w.svc.PortalFreeTimes(ctx, planner.FreeTimesRequest{Jobcenter: w.jc.ID, Citizen: c.ID, Offer: w.offer.ID})
		must(t, err)
		if len(res.Times) != 0 {
			t.Fatalf("%d free times, want none", len(res.Times))
		}
		r := records()[0]
		if r.Trigger != planner.NoFreeTime || r.Reason != planner.EmptyBookingDeadline || r.OfferID != w.offer.ID || r.To != w.team.Mail {
			t.Errorf("notification = %+v, want no_free_time for the offer with reason booking_deadline", r)
		}
	})
	t.Run("§7.3 an instant booking with no open offer: mail 3 to the top address", func(t *testing.T) {
		_, _, err := w.svc.InstantBook(ctx, w.jc.ID, minor.ID, "jobnet")
		wantKind(t, err, planner.ErrNotFound)
		r := records()[0]
		if r.Trigger != planner.InstantNoTime || r.OfferID != 0 || r.To != w.team.Mail {
			t.Errorf("notification = %+v, want instant_no_time without an offer", r)
		}
	})
	t.Run("the next day the same situation mails again", func(t *testing.T) {
		before := len(records())
		next := *w.svc
		next.Now = func() time.Time { return now.AddDate(0, 0, 1) }
		_, err := next.PortalOffers(ctx, w.jc.ID, minor.ID)
		must(t, err)
		if got := len(records()); got != before+1 {
			t.Errorf("%d notifications, want %d", got, before+1)
		}
	})
	t.Run("another job centre sees none of them", func(t *testing.T) {
		other := planner.Jobcenter{Name: "Jobcenter Aarhus", Zone: "Europe/Copenhagen", SummonsPrefix: 75100, Settings: planner.DefaultSettings()}
		must(t, w.store.CreateJobcenter(ctx, &other))
		rs, err := w.store.FindNotifications(ctx, other.ID, today)
		must(t, err)
		if len(rs) != 0 {
			t.Errorf("another job centre reads %d notifications", len(rs))
		}
	})
	t.Run("concurrent requests record a situation once", func(t *testing.T) {
		n := planner.Notification{Trigger: planner.Conflict, To: "A0@Glostrup.dk", JobcenterID: w.jc.ID, MeetingID: 7, Day: today}
		created := make(chan bool, 8)
		for range 8 {
			go func() {
				ok, err := w.store.RecordNotification(ctx, n)
				if err != nil {
					t.Error(err)
				}
				created <- ok
			}()
		}
		count := 0
		for range 8 {
			if <-created {
				count++
			}
		}
		if count != 1 {
			t.Errorf("%d of 8 concurrent records stored, want 1", count)
		}
	})
}
