package storetest

import (
	"context"
	"errors"
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

// testMailOutbox: the mail worker finds the due notifications of every job
// centre, and a notification goes from pending to sent, or through retries
// to failed with the reason — each step only from pending, so a late or
// repeated task cannot send it twice (§7, DESIGN.md data flow).
func testMailOutbox(t *testing.T, open Opener) {
	ctx := context.Background()
	w := newWorld(t, open)
	day := planner.NewDate(2026, 3, 2)
	record := func(to string) planner.NotificationRecord {
		t.Helper()
		n := planner.Notification{Trigger: planner.Conflict, To: to, JobcenterID: w.jc.ID, MeetingID: 1, Day: day}
		ok, err := w.store.RecordNotification(ctx, n)
		must(t, err)
		if !ok {
			t.Fatalf("%s not recorded", to)
		}
		rs, err := w.store.FindNotifications(ctx, w.jc.ID, day)
		must(t, err)
		return rs[0] // newest first
	}
	a, b := record("a@glostrup.dk"), record("b@glostrup.dk")
	due := func(at time.Time) []int64 {
		t.Helper()
		rs, err := w.store.FindDueNotifications(ctx, at, 10)
		must(t, err)
		var ids []int64
		for _, r := range rs {
			ids = append(ids, r.ID)
		}
		return ids
	}
	if got := due(time.Now().Add(time.Second)); len(got) != 2 || got[0] != a.ID || got[1] != b.ID {
		t.Fatalf("due = %v, want [%d %d], oldest first", got, a.ID, b.ID)
	}
	if got := due(a.CreatedAt.Add(-time.Minute)); len(got) != 0 {
		t.Fatalf("due before they were recorded = %v, want none", got)
	}
	sentAt := time.Now().UTC().Truncate(time.Millisecond)
	must(t, w.store.MarkNotificationSent(ctx, a.ID, sentAt))
	if err := w.store.MarkNotificationSent(ctx, a.ID, sentAt); !errors.Is(err, planner.ErrNotFound) {
		t.Errorf("sending a sent notification again = %v, want ErrNotFound", err)
	}
	got, err := w.store.FindNotification(ctx, a.ID)
	must(t, err)
	if got.State != planner.NotificationSent || got.SentAt == nil || !got.SentAt.Equal(sentAt) || got.Attempts != 1 {
		t.Errorf("sent = %+v, want state sent at %v after 1 attempt", got, sentAt)
	}
	next := time.Now().Add(time.Hour).UTC().Truncate(time.Millisecond)
	must(t, w.store.MarkNotificationRetry(ctx, b.ID, "421 try later", next))
	got, err = w.store.FindNotification(ctx, b.ID)
	must(t, err)
	if got.State != planner.NotificationPending || got.Attempts != 1 || got.LastError != "421 try later" || !got.NextAttempt.Equal(next) {
		t.Errorf("retried = %+v, want pending with its reason until %v", got, next)
	}
	if ids := due(time.Now().Add(time.Minute)); len(ids) != 0 {
		t.Errorf("due before its next attempt = %v, want none", ids)
	}
	must(t, w.store.MarkNotificationFailed(ctx, b.ID, "550 no such mailbox"))
	got, err = w.store.FindNotification(ctx, b.ID)
	must(t, err)
	if got.State != planner.NotificationFailed || got.LastError != "550 no such mailbox" || got.Attempts != 2 {
		t.Errorf("failed = %+v, want failed with the reason after 2 attempts", got)
	}
	if _, err := w.store.FindNotification(ctx, b.ID+100); !errors.Is(err, planner.ErrNotFound) {
		t.Errorf("an unknown id = %v, want ErrNotFound", err)
	}
}
