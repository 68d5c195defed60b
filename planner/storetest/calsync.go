package storetest

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/planner-dk/planner/planner"
)

// testCalendarSync: what the two-way sync stores (§9, DESIGN.md data flow
// step 5): a pull's objects, items and cursor land together; a failed pull
// marks the calendar unhealthy until one succeeds; the push table and its
// pending flag; a move between advisors queues a delete for the one left.
func testCalendarSync(t *testing.T, open Opener) {
	ctx := context.Background()
	w := newWorld(t, open)
	bo, cal := w.advisors[0].ID, w.advisors[0].Calendar.ID
	advisors, err := w.store.FindCalendarAdvisors(ctx)
	must(t, err)
	if len(advisors) != 1 || advisors[0].ID != bo || advisors[0].Calendar.Secret != "s3cret" {
		t.Fatalf("calendar advisors = %+v, want Bo with his secret", advisors)
	}
	snap, err := w.store.FindCalendarSnapshot(ctx, bo)
	must(t, err)
	if !snap.State.Healthy || snap.State.Cursor != "" || len(snap.Objects)+len(snap.Events) != 0 || !snap.State.LastSuccess.Equal(now) {
		t.Fatalf("a calendar read empty = %+v, want empty and healthy", snap)
	}
	health, err := w.store.FindSyncHealth(ctx)
	must(t, err)
	if health.Calendars != 1 || health.Never != 0 || health.Unhealthy != 0 || !health.OldestSuccess.Equal(now) || len(health.Items) != 0 {
		t.Fatalf("health after the first pull = %+v", health)
	}

	dentist := planner.CalendarObject{Href: "/bo/cal/dentist.ics", ETag: `"d1"`, Hash: "h1", Data: []byte("BEGIN:VCALENDAR"),
		Items: []planner.ExternalItem{{Start: at(3, 10, 0), End: at(3, 11, 0), Summary: "Tandlæge"}}}
	weekly := planner.CalendarObject{Href: "/bo/cal/weekly.ics", ETag: `"w1"`, Hash: "h2", Data: []byte("BEGIN:VCALENDAR"),
		Items: []planner.ExternalItem{{Start: at(4, 9, 0), End: at(4, 10, 0), Private: true}, {Start: at(11, 9, 0), End: at(11, 10, 0), Private: true}}}
	must(t, w.store.SavePull(ctx, bo, planner.PullResult{Calendar: cal, Cursor: "sync:1", Full: true, Upsert: []planner.CalendarObject{dentist, weekly}, At: now}))
	busy := func() int {
		t.Helper()
		b, err := w.store.FindBusy(ctx, w.jc.ID, planner.BusyQuery{Advisors: []planner.AdvisorID{bo}, Interval: planner.Interval{Start: at(2, 0, 0), End: at(20, 0, 0)}})
		must(t, err)
		n := 0
		for _, x := range b.Advisors[bo] {
			if x.Kind == planner.BusyExternal {
				n++
			}
		}
		return n
	}
	if n := busy(); n != 3 {
		t.Fatalf("§9 external busy items after the first pull = %d, want 3", n)
	}
	view, err := w.svc.Calendar(ctx, w.jc.ID, planner.MeetingFilter{Advisors: []planner.AdvisorID{bo}, Interval: planner.Interval{Start: at(2, 0, 0), End: at(20, 0, 0)}})
	must(t, err)
	var titles []string
	for _, it := range view.Items {
		if it.State == planner.StateExternal {
			titles = append(titles, it.Title)
		}
	}
	slices.Sort(titles)
	if strings.Join(titles, ",") != "Private,Private,Tandlæge" {
		t.Fatalf("§9 green items = %q, want the summary, and private ones as \"Private\"", titles)
	}
	snap, err = w.store.FindCalendarSnapshot(ctx, bo)
	must(t, err)
	if snap.State.Cursor != "sync:1" || !snap.State.LastFull.Equal(now) || len(snap.Objects) != 2 || snap.Objects[0].ETag != `"d1"` {
		t.Fatalf("snapshot after a pull = %+v", snap)
	}
	states, err := w.store.FindCalendarStates(ctx, w.jc.ID, []planner.AdvisorID{bo, w.advisors[1].ID})
	must(t, err)
	if len(states) != 1 || states[bo].Cursor != "sync:1" || !states[bo].LastSuccess.Equal(now) || !states[bo].Healthy {
		t.Fatalf("states = %+v, want Bo's alone, as the snapshot has it", states)
	}

	must(t, w.store.SavePull(ctx, bo, planner.PullResult{Calendar: cal, Cursor: "sync:1", Zone: "America/New_York", At: now}))
	weekly.ETag, weekly.Items = `"w2"`, weekly.Items[:1]
	must(t, w.store.SavePull(ctx, bo, planner.PullResult{Calendar: cal, Cursor: "sync:2", Upsert: []planner.CalendarObject{weekly}, Remove: []string{dentist.Href}, At: now}))
	if states, err := w.store.FindCalendarStates(ctx, w.jc.ID, []planner.AdvisorID{bo}); err != nil || states[bo].Zone != "America/New_York" {
		t.Fatalf("zone after a pull that did not read it = %+v, %v; want the one read before kept", states[bo], err)
	}
	if n := busy(); n != 1 {
		t.Fatalf("items after a change and a delete = %d, want 1 (an object's items are replaced)", n)
	}

	must(t, w.store.MarkPullFailed(ctx, bo, cal, "caldav: 401 Unauthorized", true, now))
	health, err = w.store.FindSyncHealth(ctx)
	must(t, err)
	if health.Calendars != 1 || health.Never != 0 || health.Unhealthy != 1 || !health.OldestSuccess.Equal(now) {
		t.Fatalf("health after a refused pull = %+v, want 1 unhealthy, last read now", health)
	}
	snap, err = w.store.FindCalendarSnapshot(ctx, bo)
	must(t, err)
	if snap.State.Healthy || !snap.State.AuthFailed || snap.State.Cursor != "sync:2" || snap.State.LastError == "" {
		t.Fatalf("after a refused pull: %+v; want unhealthy, auth failed, cursor kept", snap.State)
	}
	must(t, w.store.SavePull(ctx, bo, planner.PullResult{Calendar: cal, Cursor: "sync:3", At: now}))
	snap, err = w.store.FindCalendarSnapshot(ctx, bo)
	must(t, err)
	if !snap.State.Healthy || snap.State.AuthFailed || snap.State.LastError != "" || !snap.State.LastFull.Equal(now) {
		t.Fatalf("after a good pull: %+v; want healthy again, the last full pull kept", snap.State)
	}

	c := w.citizen(t, 1)
	m, _, err := w.svc.Book(ctx, planner.BookRequest{Jobcenter: w.jc.ID, Citizen: c.ID, Offer: w.offer.ID, Time: w.freeTimes(t, c).Times[0], Actor: "jobnet"})
	must(t, err)
	pushes, err := w.store.FindCalendarPushes(ctx, bo)
	must(t, err)
	if len(pushes) != 1 || pushes[0].MeetingID != m.ID || pushes[0].Op != planner.OpPut {
		t.Fatalf("pending pushes = %+v, want the booking's put", pushes)
	}
	health, err = w.store.FindSyncHealth(ctx)
	must(t, err)
	if health.Items[planner.TargetCalendar][planner.SyncPending] != 1 || health.Items[planner.TargetJobnet][planner.SyncPending] != 1 {
		t.Fatalf("sync items by state = %+v, want one grey calendar and one grey Jobnet item", health.Items)
	}
	ev := planner.CalendarEvent{Calendar: cal, MeetingID: m.ID, AdvisorID: bo, Href: "/bo/cal/planner-1-1.ics", OwnedHash: "o1", Generation: 1}
	must(t, w.store.SaveCalendarEvent(ctx, ev))
	snap, err = w.store.FindCalendarSnapshot(ctx, bo)
	must(t, err)
	if len(snap.Events) != 1 || !snap.Events[0].Pending || snap.Events[0].ETag != "" {
		t.Fatalf("events = %+v, want one pending without etag", snap.Events)
	}
	must(t, w.store.MarkSyncDone(ctx, pushes[0].ID, ev.Href, `"e1"`))
	must(t, w.store.SavePull(ctx, bo, planner.PullResult{Calendar: cal, Cursor: "sync:4", Adopt: []planner.CalendarEvent{{Href: ev.Href, ETag: `"e2"`}}, At: now}))
	snap, err = w.store.FindCalendarSnapshot(ctx, bo)
	must(t, err)
	if len(snap.Events) != 1 || snap.Events[0].Pending || snap.Events[0].ETag != `"e2"` {
		t.Fatalf("events = %+v, want done with the adopted etag", snap.Events)
	}

	to := planner.MeetingMove{Start: m.Start, End: m.End, Advisors: []planner.AdvisorID{w.advisors[1].ID}}
	_, err = w.svc.MoveMeeting(ctx, w.jc.ID, m.ID, to, "Bo Poulsen")
	must(t, err)
	pushes, err = w.store.FindCalendarPushes(ctx, bo)
	must(t, err)
	if len(pushes) != 1 || pushes[0].Op != planner.OpDelete {
		t.Fatalf("PROTOCOLS.md §4.1 a move away from Bo queues a delete in his calendar; pending = %+v", pushes)
	}
	must(t, w.store.DeleteCalendarEvent(ctx, m.ID, bo))
	snap, err = w.store.FindCalendarSnapshot(ctx, bo)
	must(t, err)
	if len(snap.Events) != 0 {
		t.Fatalf("events after delete = %+v", snap.Events)
	}
}

// testFailClosed: an advisor whose own calendar has been unreadable for too
// long is not offered, and the explain call says why (§9, issue 5 §4).
func testFailClosed(t *testing.T, open Opener) {
	ctx := context.Background()
	w := newWorld(t, open)
	bo, sarah, cal := w.advisors[0].ID, w.advisors[1].ID, w.advisors[0].Calendar.ID
	c := w.citizen(t, 1)
	count := func() (boTimes, sarahTimes int, first planner.FreeTime) {
		t.Helper()
		for _, ft := range w.freeTimes(t, c).Times {
			switch ft.Advisor {
			case bo:
				if boTimes == 0 {
					first = ft
				}
				boTimes++
			case sarah:
				sarahTimes++
			}
		}
		return
	}
	boBefore, sarahBefore, first := count()
	if boBefore == 0 || sarahBefore == 0 {
		t.Fatalf("times before: Bo %d, Sarah %d; want both offered", boBefore, sarahBefore)
	}
	// last read an hour ago, refused since
	must(t, w.store.SavePull(ctx, bo, planner.PullResult{Calendar: cal, Cursor: "c0", At: now.Add(-time.Hour)}))
	must(t, w.store.MarkPullFailed(ctx, bo, cal, "caldav: PROPFIND: 401 Unauthorized", true, now))
	if b, s, _ := count(); b != 0 || s != sarahBefore {
		t.Fatalf("§9 fail closed: Bo %d, Sarah %d times; want Bo none, Sarah unchanged", b, s)
	}
	obs, err := w.svc.Explain(ctx, w.jc.ID, w.offer.ID, bo, first.Start)
	must(t, err)
	found := false
	for _, o := range obs {
		found = found || (o.Code == planner.ObstacleUnreadable && strings.Contains(o.Detail, "credentials"))
	}
	if !found {
		t.Fatalf("explain = %+v, want calendar_unreadable naming the refused credentials", obs)
	}
	must(t, w.store.SavePull(ctx, bo, planner.PullResult{Calendar: cal, Cursor: "c", At: now}))
	if b, _, _ := count(); b != boBefore {
		t.Fatalf("after a good pull Bo has %d times, want %d again", b, boBefore)
	}
	must(t, w.store.MarkPullFailed(ctx, bo, cal, "caldav: timeout", false, now))
	if b, _, _ := count(); b != boBefore {
		t.Fatalf("a calendar read %s ago is still trusted; Bo has %d times, want %d", "0s", b, boBefore)
	}
}

// testJobnetReceipt: a receipt from Jobnet marks the summons seen (§2), the
// first time stays, and only the job centre's own live summonses match.
func testJobnetReceipt(t *testing.T, open Opener) {
	ctx := context.Background()
	w := newWorld(t, open)
	c := w.citizen(t, 1)
	_, s, err := w.svc.Book(ctx, planner.BookRequest{Jobcenter: w.jc.ID, Citizen: c.ID, Offer: w.offer.ID, Time: w.freeTimes(t, c).Times[0], Actor: "jobnet"})
	must(t, err)
	items, err := w.store.FindSyncItems(ctx, w.jc.ID, s.MeetingID)
	must(t, err)
	for _, it := range items {
		if it.Kind == planner.TargetJobnet && it.RemoteHref != s.Number {
			t.Fatalf("Jobnet item %+v, want it to carry the summons number (Jobnet's id for it)", it)
		}
	}
	first, later := now.Add(time.Hour), now.Add(2*time.Hour)
	must(t, w.store.MarkSummonsSeen(ctx, w.jc.ID, s.Number, first))
	must(t, w.store.MarkSummonsSeen(ctx, w.jc.ID, s.Number, later))
	got, err := w.store.FindSummons(ctx, w.jc.ID, s.ID)
	must(t, err)
	if got.SeenAt == nil || !got.SeenAt.Equal(first) {
		t.Fatalf("seen at = %v, want the first receipt's %v", got.SeenAt, first)
	}
	if err := w.store.MarkSummonsSeen(ctx, w.jc.ID, "10100-999999", first); !errors.Is(err, planner.ErrNotFound) {
		t.Fatalf("an unknown number = %v, want ErrNotFound", err)
	}
	if err := w.store.MarkSummonsSeen(ctx, w.jc.ID+1, s.Number, first); !errors.Is(err, planner.ErrNotFound) {
		t.Fatalf("another job centre's receipt = %v, want ErrNotFound", err)
	}
	must(t, w.svc.Cancel(ctx, w.jc.ID, c.ID, s.ID, "jobnet"))
	if err := w.store.MarkSummonsSeen(ctx, w.jc.ID, s.Number, later); !errors.Is(err, planner.ErrNotFound) {
		t.Fatalf("a cancelled summons = %v, want ErrNotFound", err)
	}
}
