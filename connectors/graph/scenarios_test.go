package graph_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/planner-dk/planner/connectors/graph"
	"github.com/planner-dk/planner/connectors/graph/graphtest"
	"github.com/planner-dk/planner/planner"
)

// TestEngine runs the sync engine's scenarios, the ones the CalDAV connector
// passes against real servers (issue 5 §5), against the Graph double
// (issue 12 §3): nothing Graph-specific lives above the connector.
func TestEngine(t *testing.T) {
	srv := double(t)
	t.Run("§9 initial pull of 1,000 events with series and exceptions, then incremental", func(t *testing.T) { initialAndIncremental(t, newRig(t, srv)) })
	t.Run("§9 push create, move and delete; an external edit and delete are restored", func(t *testing.T) { pushLifecycle(t, newRig(t, srv)) })
	t.Run("§7 mail 4: an external appointment over a meeting is a conflict, told once", func(t *testing.T) { conflict(t, newRig(t, srv)) })
	t.Run("DESIGN.md exactly one event after a crash between POST and commit, transactionId retention 0", func(t *testing.T) { crashBetweenPostAndCommit(t, newRig(t, srv)) })
	t.Run("a refused secret marks every calendar of the job centre and tells the advisors", func(t *testing.T) { refused(t, newRig(t, srv)) })
	t.Run("a restarted process reads on from the stored cursor", func(t *testing.T) { restart(t, newRig(t, srv)) })
}

func initialAndIncremental(t *testing.T, r *rig) {
	ids, want := r.load(1000)
	st := r.pull()
	listed := len(r.srv.View(r.upn(), start.AddDate(0, 0, -30), start.AddDate(1, 0, 0)))
	if !st.Full || st.Listed != listed || st.Fetched != listed || st.Upserted != listed || st.Quarantined != 0 {
		t.Fatalf("initial pull = %+v, want all %d instances listed, read and stored", st, listed)
	}
	if got := r.externalItems(); got != want {
		t.Fatalf("external busy items = %d, want %d (the double's expansion minus free, cancelled and declined)", got, want)
	}
	r.srv.ClearRequests(r.upn())
	if st := r.pull(); st.Fetched != 0 || st.Upserted+st.Removed != 0 {
		t.Fatalf("a pull with no change = %+v, want nothing read", st)
	}
	if n := r.requests(); n != 1 {
		t.Fatalf("a no-change poll sent %d requests, want 1 (issue 12 §8)", n)
	}

	// the advisor creates two appointments, moves one and deletes one
	r.externalEvent(1000)
	r.externalEvent(1004)
	must(t, r.srv.UpdateEvent(r.upn(), ids[4], func(e *graphtest.Event) { e.Start, e.End = e.Start.AddDate(0, 0, 1), e.End.AddDate(0, 0, 1) }))
	must(t, r.srv.DeleteEvent(r.upn(), ids[5]))
	r.srv.ClearRequests(r.upn())
	st = r.pull()
	if st.Full || st.Fetched != 3 || st.Upserted != 3 || st.Removed != 1 {
		t.Fatalf("incremental pull = %+v, want 3 read and stored, 1 removed, not a full listing", st)
	}
	if n := r.requests(); n != 1 {
		t.Fatalf("an incremental pull of 4 changes sent %d requests, want 1 (the delta page carries the events)", n)
	}
	if got, want := r.externalItems(), r.blocking(); got != want {
		t.Fatalf("external busy items = %d after the changes, want %d", got, want)
	}
}

func pushLifecycle(t *testing.T, r *rig) {
	ctx := context.Background()
	m := r.book()
	if st := r.push(); st.Done != 1 || st.Failed+st.Retried != 0 {
		t.Fatalf("push = %+v, want the booking's item done", st)
	}
	evs := r.events()
	if len(evs) != 1 {
		t.Fatalf("mailbox holds %d events, want 1", len(evs))
	}
	ev := evs[0]
	name := fmt.Sprintf("planner-%d-%d", m.ID, r.Advisor.ID)
	if !hasProp(ev, "PlannerTarget", name) || len(ev.Attendees) > 2 || ev.TransactionID == "" || ev.ShowAs != "busy" {
		t.Fatalf("pushed event = %+v, want Planner's marker %s, a transactionId, no attendees, busy", ev, name)
	}
	if !ev.Start.Equal(m.Start) || !ev.End.Equal(m.End.Add(15*time.Minute)) || !strings.Contains(ev.Subject, "+15 min afrapporteringstid") {
		t.Fatalf("pushed event %s–%s %q, want the meeting with its reporting time", ev.Start, ev.End, ev.Subject)
	}
	items, err := r.store.FindSyncItems(ctx, r.Jobcenter.ID, m.ID)
	must(t, err)
	if items[0].State != planner.SyncDone || items[0].RemoteHref != ev.ID {
		t.Fatalf("sync item = %+v, want done (blue) with Graph's id %s", items[0], ev.ID)
	}
	// the advisor's own copy is never imported as busy time
	if st := r.pull(); st.Upserted != 0 || r.externalItems() != 0 {
		t.Fatalf("pull after push = %+v, %d external items; want the echo ignored", st, r.externalItems())
	}

	to := planner.MeetingMove{Start: m.Start.Add(2 * time.Hour), End: m.End.Add(2 * time.Hour), Advisors: m.Advisors}
	_, err = r.Service.MoveMeeting(ctx, r.Jobcenter.ID, m.ID, to, "Bo Poulsen")
	must(t, err)
	if st := r.push(); st.Done != 1 {
		t.Fatalf("push after move = %+v", st)
	}
	if got, _ := r.event(ev.ID); !got.Start.Equal(to.Start) {
		t.Fatalf("moved event starts %s, want %s", got.Start, to.Start)
	}

	// §2 ownership: the advisor drags the event in Outlook and sets a reminder
	must(t, r.srv.UpdateEvent(r.upn(), ev.ID, func(e *graphtest.Event) {
		e.Start, e.End, e.IsReminderOn = e.Start.Add(time.Hour), e.End.Add(time.Hour), true
	}))
	if st := r.pull(); st.Restored != 1 {
		t.Fatalf("pull after an external edit = %+v, want 1 restored", st)
	}
	if got, _ := r.event(ev.ID); !got.Start.Equal(to.Start) || !got.IsReminderOn {
		t.Fatalf("restored event = %s reminder %v, want %s with the advisor's reminder kept", got.Start, got.IsReminderOn, to.Start)
	}
	if r.notifications(planner.Restored) != 1 {
		t.Error("the advisor was not told of the restore")
	}
	if st := r.pull(); st.Restored != 0 {
		t.Fatalf("pull after the restore = %+v, want quiet", st)
	}

	// the advisor deletes it: it comes back, once
	must(t, r.srv.DeleteEvent(r.upn(), ev.ID))
	if st := r.pull(); st.Restored != 1 {
		t.Fatalf("pull after an external delete = %+v, want 1 restored", st)
	}
	if evs := r.events(); len(evs) != 1 || !evs[0].Start.Equal(to.Start) {
		t.Fatalf("after the restore of a deleted event the mailbox holds %+v, want it once", evs)
	}
	if st := r.pull(); st.Restored+st.Upserted != 0 {
		t.Fatalf("pull after recreating = %+v, want quiet", st)
	}

	_, err = r.Service.DeleteMeeting(ctx, r.Jobcenter.ID, m.ID, "Bo Poulsen")
	must(t, err)
	if st := r.push(); st.Done != 1 {
		t.Fatalf("push after delete = %+v", st)
	}
	if evs := r.events(); len(evs) != 0 {
		t.Fatalf("a deleted meeting's event is still in the mailbox: %+v", evs)
	}
}

func conflict(t *testing.T, r *rig) {
	m := r.book()
	r.push()
	r.pull()
	// a private appointment over the meeting's reporting time
	at := m.End.Add(5 * time.Minute)
	_, err := r.srv.CreateEvent(r.upn(), graphtest.Event{Subject: "Tandlæge", Sensitivity: "private", Start: at, End: at.Add(30 * time.Minute), TimeZone: "Romance Standard Time"})
	must(t, err)
	if st := r.pull(); st.Conflicts != 1 {
		t.Fatalf("pull = %+v, want 1 conflict", st)
	}
	if r.notifications(planner.Conflict) != 1 {
		t.Fatal("§7 mail 4 was not recorded")
	}
	r.pull()
	if r.notifications(planner.Conflict) != 1 {
		t.Fatal("§7 mail 4 was recorded twice for one situation on one day")
	}
}

func crashBetweenPostAndCommit(t *testing.T, r *rig) {
	ctx := context.Background()
	r.srv.SetTransactionRetention(0) // no help from Graph's dedupe
	m := r.book()
	r.srv.DropAfterCommit(r.upn(), 1)
	if st, _ := r.Engine.Push(ctx, r.Advisor); st.Retried != 1 {
		t.Fatalf("push whose answer was lost = %+v, want it retried", st)
	}
	if len(r.events()) != 1 {
		t.Fatalf("the dropped POST left %d events, want it committed once", len(r.events()))
	}
	// a pull in between must not take the unconfirmed event for external time
	r.pull()
	if r.externalItems() != 0 {
		t.Fatal("the crashed push's event was imported as busy time")
	}
	r.advance(time.Hour)
	if st := r.push(); st.Done != 1 {
		t.Fatalf("retried push = %+v, want done", st)
	}
	evs := r.events()
	if len(evs) != 1 {
		t.Fatalf("mailbox holds %d events after the retry, want exactly 1", len(evs))
	}
	snap, err := r.store.FindCalendarSnapshot(ctx, r.Advisor.ID)
	must(t, err)
	if len(snap.Events) != 1 || snap.Events[0].Href != evs[0].ID || snap.Events[0].ETag != `W/"`+evs[0].ChangeKey+`"` {
		t.Fatalf("push table = %+v, want Graph's event %s", snap.Events, evs[0].ID)
	}
	items, err := r.store.FindSyncItems(ctx, r.Jobcenter.ID, m.ID)
	must(t, err)
	if items[0].State != planner.SyncDone {
		t.Fatalf("sync item = %+v, want done", items[0])
	}
}

func refused(t *testing.T, r *rig) {
	second := r.AddAdvisor(t, "Ida Holm", "ida@glostrup.dk", r.mailbox())
	r.mu.Lock()
	r.app.Secret = "an-expired-secret"
	r.mu.Unlock()
	asked := r.srv.TokenRequests()
	for _, a := range []planner.Advisor{r.Advisor, second} {
		_, err := r.Engine.Pull(context.Background(), a)
		if err == nil || !strings.Contains(err.Error(), "AADSTS") {
			t.Fatalf("pull of advisor %d with a refused secret = %v, want Entra ID's reason", a.ID, err)
		}
		snap, err := r.store.FindCalendarSnapshot(context.Background(), a.ID)
		must(t, err)
		if snap.State.Healthy || !snap.State.AuthFailed || !strings.Contains(snap.State.LastError, "AADSTS") || strings.Contains(snap.State.LastError, "an-expired-secret") {
			t.Fatalf("advisor %d state = %+v, want unhealthy with auth failed, no secret", a.ID, snap.State)
		}
	}
	if n := r.srv.TokenRequests() - asked; n != 1 {
		t.Fatalf("the refused secret was tried %d times for two calendars, want once", n)
	}
	if r.notifications(planner.CalendarRefused) < 2 {
		t.Fatal("the advisors were not told")
	}
}

func restart(t *testing.T, r *rig) {
	r.load(20)
	r.pull()
	// a new process: no cached token, no cached events, the stored cursor
	r.apps = &graph.Apps{}
	r.externalEvent(21)
	st := r.pull()
	if st.Full || st.Upserted != 1 || st.Removed != 0 {
		t.Fatalf("pull after restart = %+v, want the one new event from the cursor", st)
	}
}

func hasProp(e graphtest.Event, name, value string) bool {
	for _, p := range e.ExtendedProperties {
		if strings.HasSuffix(p.ID, " Name "+name) && p.Value == value {
			return true
		}
	}
	return false
}
