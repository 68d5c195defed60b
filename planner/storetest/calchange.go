package storetest

import (
	"context"
	"testing"
	"time"

	"github.com/planner-dk/planner/planner"
)

// testCalendarChange: a changed calendar connection is a new calendar
// (issue 14 point 1). In the transaction of the change the old calendar's
// sync state, objects and busy items go; Planner's events in it are kept as
// a retired calendar to delete with the old credentials; each future
// meeting gets one pending item for the new calendar; the new calendar is
// read before its advisor is offered; and nothing written for the old
// connection lands on the new one.
func testCalendarChange(t *testing.T, open Opener) {
	ctx := context.Background()
	w := newWorld(t, open)
	bo, old := w.advisors[0], w.advisors[0].Calendar.ID
	c := w.citizen(t, 1)
	m, _, err := w.svc.Book(ctx, planner.BookRequest{Jobcenter: w.jc.ID, Citizen: c.ID, Offer: w.offer.ID, Time: w.freeTimes(t, c).Times[0], Actor: "jobnet"})
	must(t, err)
	dentist := planner.CalendarObject{Href: "/bo/calendar/dentist.ics", ETag: `"d1"`, Hash: "h1", Data: []byte("BEGIN:VCALENDAR"),
		Items: []planner.ExternalItem{{Start: at(3, 13, 0), End: at(3, 14, 0), Summary: "Tandlæge"}}}
	must(t, w.store.SavePull(ctx, bo.ID, planner.PullResult{Calendar: old, Cursor: "sync:1", Full: true, Upsert: []planner.CalendarObject{dentist}, At: now}))
	ev := planner.CalendarEvent{Calendar: old, MeetingID: m.ID, AdvisorID: bo.ID, Href: "/bo/calendar/planner-1-1.ics", ETag: `"e1"`, OwnedHash: "o1", Generation: 1}
	must(t, w.store.SaveCalendarEvent(ctx, ev))
	pushes, err := w.store.FindCalendarPushes(ctx, bo.ID)
	must(t, err)
	must(t, w.store.MarkSyncDone(ctx, pushes[0].ID, ev.Href, ev.ETag))

	t.Run("a new secret or cadence is the same calendar", func(t *testing.T) {
		a := bo
		a.Calendar.Secret, a.Calendar.PullEveryMinutes, a.Calendar.URL = "n3w", 5, "http://127.0.0.1:5232/bo/calendar"
		must(t, w.store.UpdateAdvisor(ctx, a))
		got := findAdvisor(t, w, bo.ID)
		snap, err := w.store.FindCalendarSnapshot(ctx, bo.ID)
		must(t, err)
		if got.Calendar.ID != old || got.Calendar.Secret != "n3w" || snap.State.Cursor != "sync:1" || len(snap.Events) != 1 {
			t.Fatalf("calendar %+v, snapshot %+v; want the same calendar with its state and events", got.Calendar, snap)
		}
	})

	moved := findAdvisor(t, w, bo.ID)
	moved.Calendar = planner.CalendarConnection{Kind: planner.CalDAV, URL: "http://127.0.0.1:8080/caldav.php/bo/calendar/", Username: "bo", Secret: "d4v"}
	must(t, w.store.UpdateAdvisor(ctx, moved))
	moved = findAdvisor(t, w, bo.ID)
	cal := moved.Calendar.ID

	t.Run("the old calendar's sync state is retired", func(t *testing.T) {
		if cal == 0 || cal == old {
			t.Fatalf("calendar id after a new URL = %d (was %d), want a new one", cal, old)
		}
		snap, err := w.store.FindCalendarSnapshot(ctx, bo.ID)
		must(t, err)
		if snap.State.Cursor != "" || !snap.State.LastSuccess.IsZero() || len(snap.Objects) != 0 || len(snap.Events) != 0 {
			t.Fatalf("snapshot of the new calendar = %+v, want nothing of the old one", snap)
		}
		busy, err := w.store.FindBusy(ctx, w.jc.ID, planner.BusyQuery{Advisors: []planner.AdvisorID{bo.ID}, Interval: planner.Interval{Start: at(3, 0, 0), End: at(4, 0, 0)}})
		must(t, err)
		for _, b := range busy.Advisors[bo.ID] {
			if b.Kind == planner.BusyExternal {
				t.Fatalf("the old calendar's busy item %+v still blocks", b)
			}
		}
	})

	t.Run("every future meeting gets one pending item for the new calendar", func(t *testing.T) {
		pushes, err := w.store.FindCalendarPushes(ctx, bo.ID)
		must(t, err)
		if len(pushes) != 1 || pushes[0].MeetingID != m.ID || pushes[0].Op != planner.OpPut {
			t.Fatalf("pending pushes = %+v, want one put of meeting %d", pushes, m.ID)
		}
		items, err := w.store.FindSyncItems(ctx, w.jc.ID, m.ID)
		must(t, err)
		n := 0
		for _, it := range items {
			if it.Kind == planner.TargetCalendar {
				n++
			}
		}
		if n != 1 {
			t.Fatalf("calendar items of the meeting = %d (%+v), want the old calendar's replaced by one", n, items)
		}
	})

	t.Run("§9 the new calendar is read before its advisor is offered", func(t *testing.T) {
		for _, ft := range w.freeTimes(t, c).Times {
			if ft.Advisor == bo.ID {
				t.Fatalf("Bo offered at %v before his new calendar was read", ft.Start)
			}
		}
		must(t, w.store.SavePull(ctx, bo.ID, planner.PullResult{Calendar: cal, Cursor: "data:,1", Full: true, At: now}))
		offered := false
		for _, ft := range w.freeTimes(t, c).Times {
			offered = offered || ft.Advisor == bo.ID
		}
		if !offered {
			t.Fatal("Bo not offered after his new calendar was read")
		}
	})

	t.Run("the old calendar and Planner's events in it are kept to delete", func(t *testing.T) {
		due, err := w.store.FindDueRetiredCalendars(ctx, now, 10)
		must(t, err)
		if len(due) != 1 || due[0].ID != old || due[0].Secret != "" || due[0].State != planner.RetiredCleaning {
			t.Fatalf("due retired calendars = %+v, want the old one, cleaning, without its secret", due)
		}
		rc, err := w.store.FindRetiredCalendar(ctx, old)
		must(t, err)
		if rc.Secret != "n3w" || rc.URL != "http://127.0.0.1:5232/bo/calendar" || len(rc.Events) != 1 || rc.Events[0].Href != ev.Href || rc.Events[0].ETag != ev.ETag || rc.Events[0].OwnedHash != "o1" {
			t.Fatalf("retired calendar = %+v, want the old connection with its secret and Planner's event", rc)
		}
	})

	t.Run("ownership is keyed by the connection: the old one's writes never land on the new one", func(t *testing.T) {
		wantKind(t, w.store.SavePull(ctx, bo.ID, planner.PullResult{Calendar: old, Cursor: "sync:9", Upsert: []planner.CalendarObject{dentist}, At: now}), planner.ErrConflict)
		must(t, w.store.MarkPullFailed(ctx, bo.ID, old, "caldav: 405", false, now))
		must(t, w.store.SetCalendarWriteError(ctx, bo.ID, old, "caldav: PUT: 405"))
		late := planner.CalendarEvent{Calendar: old, MeetingID: m.ID + 1000, AdvisorID: bo.ID, Href: "/bo/calendar/planner-9-1.ics", ETag: `"e9"`, Generation: 1}
		wantKind(t, w.store.SaveCalendarEvent(ctx, late), planner.ErrConflict)
		snap, err := w.store.FindCalendarSnapshot(ctx, bo.ID)
		must(t, err)
		if snap.State.Cursor != "data:,1" || !snap.State.Healthy || snap.State.WriteError != "" || len(snap.Objects) != 0 || len(snap.Events) != 0 {
			t.Fatalf("new calendar after the old one's late writes = %+v, want untouched", snap)
		}
		rc, err := w.store.FindRetiredCalendar(ctx, old)
		must(t, err)
		if len(rc.Events) != 2 {
			t.Fatalf("retired events = %+v, want the late push kept to delete too", rc.Events)
		}
	})

	t.Run("a clean-up retried, then left behind, wipes the old secret", func(t *testing.T) {
		must(t, w.store.SaveRetireResult(ctx, old, planner.RetireResult{Retry: now.Add(time.Minute), Reason: "caldav: connection refused"}))
		if due, err := w.store.FindDueRetiredCalendars(ctx, now, 10); err != nil || len(due) != 0 {
			t.Fatalf("due at now after a retry = %+v, %v; want none", due, err)
		}
		due, err := w.store.FindDueRetiredCalendars(ctx, now.Add(time.Minute), 10)
		must(t, err)
		if len(due) != 1 || due[0].Attempts != 1 || due[0].LastError == "" {
			t.Fatalf("due after the backoff = %+v, want one with an attempt and the reason", due)
		}
		must(t, w.store.SaveRetireResult(ctx, old, planner.RetireResult{Deleted: []string{ev.Href}, Reason: "edited in the old calendar"}))
		rc, err := w.store.FindRetiredCalendar(ctx, old)
		must(t, err)
		if rc.State != planner.RetiredLeftBehind || rc.Secret != "" || len(rc.Events) != 1 || rc.Events[0].Href == ev.Href || rc.LastError == "" {
			t.Fatalf("retired calendar after the clean-up = %+v, want left behind with one event, the secret wiped", rc)
		}
		list, err := w.store.FindRetiredCalendars(ctx, w.jc.ID, bo.ID)
		must(t, err)
		if len(list) != 1 || list[0].ID != old || len(list[0].Events) != 1 || list[0].Secret != "" {
			t.Fatalf("Bo's retired calendars = %+v", list)
		}
		if other, err := w.store.FindRetiredCalendars(ctx, w.jc.ID+1, bo.ID); err != nil || len(other) != 0 {
			t.Fatalf("another job centre sees %+v, %v", other, err)
		}
	})

	t.Run("a permanent write failure marks the calendar unhealthy until a write succeeds", func(t *testing.T) {
		must(t, w.store.SetCalendarWriteError(ctx, bo.ID, cal, "caldav: PUT: 405 Method Not Allowed"))
		must(t, w.store.SavePull(ctx, bo.ID, planner.PullResult{Calendar: cal, Cursor: "data:,2", At: now}))
		states, err := w.store.FindCalendarStates(ctx, w.jc.ID, []planner.AdvisorID{bo.ID})
		must(t, err)
		health, err := w.store.FindSyncHealth(ctx)
		must(t, err)
		if st := states[bo.ID]; st.WriteError == "" || st.Working() || health.Unhealthy != 1 {
			t.Fatalf("state %+v, health %+v; want the write error kept by a pull, the calendar unhealthy", st, health)
		}
		must(t, w.store.SetCalendarWriteError(ctx, bo.ID, cal, ""))
		states, err = w.store.FindCalendarStates(ctx, w.jc.ID, []planner.AdvisorID{bo.ID})
		must(t, err)
		if !states[bo.ID].Working() {
			t.Fatalf("state after a good write = %+v, want working", states[bo.ID])
		}
	})

	t.Run("a removed connection is retired and leaves no calendar items", func(t *testing.T) {
		gone := findAdvisor(t, w, bo.ID)
		gone.Calendar = planner.CalendarConnection{}
		must(t, w.store.UpdateAdvisor(ctx, gone))
		if got := findAdvisor(t, w, bo.ID); got.Calendar.ID != 0 || got.Calendar.Connected() {
			t.Fatalf("calendar after removal = %+v", got.Calendar)
		}
		pushes, err := w.store.FindCalendarPushes(ctx, bo.ID)
		must(t, err)
		list, err := w.store.FindRetiredCalendars(ctx, w.jc.ID, bo.ID)
		must(t, err)
		if len(pushes) != 0 || len(list) != 2 || list[0].ID != cal || list[0].State != planner.RetiredCleaning {
			t.Fatalf("pushes %+v, retired %+v; want none, and the removed calendar retired", pushes, list)
		}
	})
}

func findAdvisor(t *testing.T, w *world, id planner.AdvisorID) planner.Advisor {
	t.Helper()
	got, err := w.store.FindAdvisors(context.Background(), w.jc.ID, planner.AdvisorFilter{IDs: []planner.AdvisorID{id}})
	must(t, err)
	if len(got) != 1 {
		t.Fatalf("advisor %d not found", id)
	}
	return got[0]
}
