package storetest

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/planner-dk/planner/planner"
)

// testOutbox follows a booking's sync items from pending (grey) to done
// (blue) or failed (red), and the meeting's §2 display state with them.
func testOutbox(t *testing.T, open Opener) {
	ctx := context.Background()
	w := newWorld(t, open)
	c := w.citizen(t, 1)
	m, s, err := w.svc.Book(ctx, planner.BookRequest{Jobcenter: w.jc.ID, Citizen: c.ID, Offer: w.offer.ID, Time: w.freeTimes(t, c).Times[0], Actor: "jobnet"})
	must(t, err)
	display := func() (planner.DisplayState, string) {
		t.Helper()
		meeting, sums, err := w.store.FindMeeting(ctx, w.jc.ID, m.ID)
		must(t, err)
		items, err := w.store.FindSyncItems(ctx, w.jc.ID, m.ID)
		must(t, err)
		var targets []planner.TargetState
		for _, it := range items {
			if it.Kind == planner.TargetCalendar {
				targets = append(targets, planner.TargetState{State: it.State, Error: it.LastError})
			}
		}
		var ps []planner.Participant
		for _, sm := range sums {
			ps = append(ps, planner.Participant{Summons: sm})
		}
		return planner.MeetingDisplay(meeting, ps, targets, cph)
	}
	if got, _ := display(); got != planner.StateAwaitingSync {
		t.Errorf("§2 a new booking is %q, want awaiting_sync (grey)", got)
	}
	items, err := w.store.FindSyncItems(ctx, w.jc.ID, m.ID)
	must(t, err)
	cal, jobnet := items[0], items[1]

	due, err := w.store.FindDueSyncItems(ctx, time.Now().Add(time.Minute), 100)
	must(t, err)
	if len(due) != 2 || due[0].ID != cal.ID || due[1].ID != jobnet.ID {
		t.Fatalf("due items = %+v, want the calendar and the Jobnet item", due)
	}
	if got, err := w.store.FindSyncItem(ctx, jobnet.ID); err != nil || got != jobnet {
		t.Fatalf("FindSyncItem = %+v, %v; want %+v", got, err, jobnet)
	}
	if _, err := w.store.FindSyncItem(ctx, jobnet.ID+1000); !errors.Is(err, planner.ErrNotFound) {
		t.Fatalf("FindSyncItem of an unknown id = %v, want ErrNotFound", err)
	}
	t.Run("a retried item stays pending and is not due before its next attempt", func(t *testing.T) {
		must(t, w.store.MarkSyncRetry(ctx, jobnet.ID, "503 Service Unavailable", time.Now().Add(time.Hour)))
		due, err := w.store.FindDueSyncItems(ctx, time.Now().Add(time.Minute), 100)
		must(t, err)
		if len(due) != 1 || due[0].ID != cal.ID {
			t.Errorf("due items = %+v, want only the calendar item", due)
		}
	})
	t.Run("a pushed calendar item is done with its href and etag", func(t *testing.T) {
		must(t, w.store.MarkSyncDone(ctx, cal.ID, "/bo/calendar/planner-1.ics", `"etag-1"`))
		items, err := w.store.FindSyncItems(ctx, w.jc.ID, m.ID)
		must(t, err)
		if it := items[0]; it.State != planner.SyncDone || it.RemoteHref != "/bo/calendar/planner-1.ics" || it.ETag != `"etag-1"` || it.Attempts != 1 {
			t.Errorf("calendar item = %+v", it)
		}
		if it := items[1]; it.State != planner.SyncPending || it.Attempts != 1 || it.LastError != "503 Service Unavailable" {
			t.Errorf("jobnet item = %+v", it)
		}
		if got, _ := display(); got != planner.StateAwaitingSync {
			t.Errorf("§2 with Jobnet still waiting the meeting is %q, want awaiting_sync", got)
		}
	})
	t.Run("§2 a Jobnet rejection turns the meeting red with the reason", func(t *testing.T) {
		must(t, w.store.MarkSyncFailed(ctx, jobnet.ID, "422 unknown meeting type"))
		got, reason := display()
		if got != planner.StateError || reason != "422 unknown meeting type" {
			t.Errorf("display = %q, %q; want error with the reason", got, reason)
		}
		sum, err := w.store.FindSummons(ctx, w.jc.ID, s.ID)
		must(t, err)
		if sum.Jobnet != planner.SyncFailed || sum.JobnetErr != "422 unknown meeting type" || sum.JobnetAt == nil {
			t.Errorf("summons = %+v", sum)
		}
	})
	t.Run("§2 synced to Jobnet is blue", func(t *testing.T) {
		c2 := w.citizen(t, 2)
		m2, s2, err := w.svc.Book(ctx, planner.BookRequest{Jobcenter: w.jc.ID, Citizen: c2.ID, Offer: w.offer.ID, Time: w.freeTimes(t, c2).Times[0], Actor: "jobnet"})
		must(t, err)
		items, err := w.store.FindSyncItems(ctx, w.jc.ID, m2.ID)
		must(t, err)
		for _, it := range items {
			must(t, w.store.MarkSyncDone(ctx, it.ID, "", ""))
		}
		sum, err := w.store.FindSummons(ctx, w.jc.ID, s2.ID)
		must(t, err)
		if sum.Jobnet != planner.SyncDone {
			t.Errorf("summons jobnet = %q, want done", sum.Jobnet)
		}
	})
	wantKind(t, w.store.MarkSyncDone(ctx, 999999, "", ""), planner.ErrNotFound)
}
