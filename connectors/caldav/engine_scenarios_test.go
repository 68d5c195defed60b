package caldav_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/planner-dk/planner/connectors/caldav/caldavtest"
	"github.com/planner-dk/planner/planner"
	calsync "github.com/planner-dk/planner/sync"
)

// TestEngine runs the sync engine against each real server (issue 5 §5):
// the initial pull of 1,000 events with recurrences and exceptions, an
// incremental pull, push create/move/delete, an external edit restored, a
// conflict, a server restart, a crash between PUT and commit, refused
// credentials.
func TestEngine(t *testing.T) {
	for _, kind := range caldavtest.Kinds {
		t.Run(string(kind), func(t *testing.T) {
			srv := caldavtest.Start(t, kind)
			t.Run("§9 initial pull of 1,000 events, then incremental", func(t *testing.T) { initialAndIncremental(t, newRig(t, srv)) })
			t.Run("§9 push create, move and delete; an external edit is restored", func(t *testing.T) { pushLifecycle(t, newRig(t, srv)) })
			t.Run("§7 mail 4: an external appointment over a meeting is a conflict", func(t *testing.T) { conflict(t, newRig(t, srv)) })
			t.Run("DESIGN.md no duplicate after a crash between PUT and commit", func(t *testing.T) { crashBetweenPutAndCommit(t, newRig(t, srv)) })
			t.Run("refused credentials mark the calendar and tell the advisor", func(t *testing.T) { refused(t, newRig(t, srv)) })
			t.Run("DESIGN.md data flow: a push waits out each item's backoff", func(t *testing.T) { backoff(t, newRig(t, srv)) })
			t.Run("a restarted server is read on from the same cursor", func(t *testing.T) { restart(t, newRig(t, srv), srv) })
			t.Run("PROTOCOLS.md §3.3 floating times are read in the calendar's own zone", func(t *testing.T) { floating(t, srv) })
		})
	}
}

func initialAndIncremental(t *testing.T, r *rig) {
	t0 := time.Now()
	want := r.load(1000)
	t.Logf("seeded 1,000 events in %s", time.Since(t0))
	t0 = time.Now()
	st := r.pull()
	t.Logf("initial pull in %s, %d requests", time.Since(t0), r.conn.Requests())
	if st.Listed != 1000 || st.Fetched != 1000 || st.Upserted != 1000 || st.Quarantined != 0 {
		t.Fatalf("initial pull = %+v, want 1,000 listed, fetched and stored", st)
	}
	if got := r.externalItems(); got != want {
		t.Fatalf("external busy items = %d, want %d (every occurrence in the horizon, minus exceptions and free items)", got, want)
	}
	if st := r.pull(); st.Fetched != 0 || st.Upserted+st.Removed != 0 {
		t.Fatalf("a pull with no change = %+v, want nothing read", st)
	}

	ctx := context.Background()
	ch, err := r.conn.Changes(ctx, "")
	must(t, err)
	etags := map[string]string{}
	for _, ref := range ch.Changed {
		etags[ref.Href] = ref.ETag
	}
	// the advisor creates two appointments, moves one and deletes one
	for i := 1000; i < 1002; i++ {
		_, err := r.conn.Create(ctx, r.conn.Href(fmt.Sprintf("ext-%d", i)), externalEvent(i, 0))
		must(t, err)
	}
	moved := r.conn.Href("ext-3")
	_, err = r.conn.Update(ctx, moved, etags[moved], externalEvent(3, 1))
	must(t, err)
	gone := r.conn.Href("ext-4")
	must(t, r.conn.Delete(ctx, gone, etags[gone]))

	st = r.pull()
	if st.Full || st.Fetched != 3 || st.Upserted != 3 || st.Removed != 1 {
		t.Fatalf("incremental pull = %+v, want 3 read and stored, 1 removed, not a full listing", st)
	}
}

func pushLifecycle(t *testing.T, r *rig) {
	ctx := context.Background()
	m := r.book()
	st := r.push()
	if st.Done != 1 || st.Failed+st.Retried != 0 {
		t.Fatalf("push = %+v, want the booking's item done", st)
	}
	href := r.conn.Href(fmt.Sprintf("planner-%d-%d", m.ID, r.Advisor.ID))
	obj, ok := r.remote(href)
	if !ok || !hasLine(obj.Data, "X-PLANNER-MEETING-ID:") || hasLine(obj.Data, "ATTENDEE") {
		t.Fatalf("pushed event at %s: %v\n%s", href, ok, obj.Data)
	}
	items, err := r.store.FindSyncItems(ctx, r.Jobcenter.ID, m.ID)
	must(t, err)
	if items[0].State != planner.SyncDone || items[0].RemoteHref != href {
		t.Fatalf("sync item = %+v, want done (blue) with the href", items[0])
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
	obj, _ = r.remote(href)
	wantStart := "DTSTART;TZID=Europe/Copenhagen:" + to.Start.In(cph).Format("20060102T150405")
	if !hasLine(obj.Data, wantStart) {
		t.Fatalf("moved event lacks %s:\n%s", wantStart, obj.Data)
	}

	// §2 ownership: the advisor drags the event in the mail calendar
	edited := []byte(replaceLine(string(obj.Data), "DTSTART", "DTSTART;TZID=Europe/Copenhagen:"+to.Start.Add(time.Hour).In(cph).Format("20060102T150405")))
	edited = []byte(replaceLine(string(edited), "DTEND", "DTEND;TZID=Europe/Copenhagen:"+to.Start.Add(135*time.Minute).In(cph).Format("20060102T150405")))
	// ...and its client adds a reminder, which the restore keeps
	edited = []byte(strings.Replace(string(edited), "END:VEVENT", "BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT15M\r\nDESCRIPTION:Husk\r\nEND:VALARM\r\nEND:VEVENT", 1))
	_, err = r.conn.Update(ctx, href, obj.ETag, edited)
	must(t, err)
	if st := r.pull(); st.Restored != 1 {
		t.Fatalf("pull after an external edit = %+v, want 1 restored", st)
	}
	obj, _ = r.remote(href)
	if !hasLine(obj.Data, wantStart) || !hasLine(obj.Data, "BEGIN:VALARM") {
		t.Fatalf("restored event lacks %s or the advisor's alarm:\n%s", wantStart, obj.Data)
	}
	if r.notifications(planner.Restored) != 1 {
		t.Error("the advisor was not told of the restore")
	}
	if st := r.pull(); st.Restored != 0 || st.Adopted+st.Upserted != 0 && st.Restored != 0 {
		t.Fatalf("pull after the restore = %+v, want quiet", st)
	}

	// the advisor deletes it: it comes back
	cur, _ := r.remote(href)
	must(t, r.conn.Delete(ctx, href, cur.ETag))
	if st := r.pull(); st.Restored != 1 {
		t.Fatalf("pull after an external delete = %+v, want 1 restored", st)
	}
	if _, ok := r.remote(href); !ok {
		t.Fatal("a Planner event deleted in the mail calendar was not recreated")
	}

	_, err = r.Service.DeleteMeeting(ctx, r.Jobcenter.ID, m.ID, "Bo Poulsen")
	must(t, err)
	if st := r.push(); st.Done != 1 {
		t.Fatalf("push after delete = %+v", st)
	}
	if _, ok := r.remote(href); ok {
		t.Fatal("a deleted meeting's event is still in the calendar")
	}
}

func conflict(t *testing.T, r *rig) {
	m := r.book()
	r.push()
	r.pull()
	// a private appointment over the meeting's reporting time
	over := fmt.Appendf(nil, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:tandlaege@test\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:%s\r\nDURATION:PT30M\r\nCLASS:PRIVATE\r\nSUMMARY:Tandlæge\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
		m.End.Add(5*time.Minute).UTC().Format("20060102T150405Z"))
	_, err := r.conn.Create(context.Background(), r.conn.Href("tandlaege"), over)
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

func crashBetweenPutAndCommit(t *testing.T, r *rig) {
	ctx := context.Background()
	m := r.book()
	// A worker recorded the href, PUT the event and died before saving the
	// etag or marking the item done.
	href := r.conn.Href(fmt.Sprintf("planner-%d-%d", m.ID, r.Advisor.ID))
	must(t, r.store.SaveCalendarEvent(ctx, planner.CalendarEvent{Calendar: r.Advisor.Calendar.ID, MeetingID: m.ID, AdvisorID: r.Advisor.ID, Href: href, Generation: 1}))
	ev := calsync.EventFor(m, r.Advisor.ID, "", fmt.Sprintf("jobcenter%d.planner", r.Jobcenter.ID), cph, 1)
	_, err := r.conn.Create(ctx, href, ev.Encode())
	must(t, err)
	// a pull in between must not take the unconfirmed event for external time
	r.pull()
	if r.externalItems() != 0 {
		t.Fatal("the crashed push's event was imported as busy time")
	}
	if st := r.push(); st.Done != 1 {
		t.Fatalf("retried push = %+v, want done", st)
	}
	ch, err := r.conn.Changes(ctx, "")
	must(t, err)
	if len(ch.Changed) != 1 || ch.Changed[0].Href != href {
		t.Fatalf("calendar holds %+v, want exactly the one event", ch.Changed)
	}
	snap, err := r.store.FindCalendarSnapshot(ctx, r.Advisor.ID)
	must(t, err)
	if len(snap.Events) != 1 || snap.Events[0].ETag != ch.Changed[0].ETag {
		t.Fatalf("push table = %+v, want the remote etag %s", snap.Events, ch.Changed[0].ETag)
	}
}

func refused(t *testing.T, r *rig) {
	r.Advisor.Calendar.Secret = "wrong"
	_, err := r.Engine.Pull(context.Background(), r.Advisor)
	if err == nil {
		t.Fatal("a pull with refused credentials succeeded")
	}
	snap, err := r.store.FindCalendarSnapshot(context.Background(), r.Advisor.ID)
	must(t, err)
	if snap.State.Healthy || !snap.State.AuthFailed {
		t.Fatalf("state = %+v, want unhealthy with auth failed", snap.State)
	}
	if r.notifications(planner.CalendarRefused) != 2 {
		t.Fatal("the advisor and the administrators (the top team's address) were not both told")
	}
}

// backoff: an item that failed waits for its next attempt even when the
// calendar's task runs for another item; otherwise each run would spend a
// retry of every pending item and a short outage would turn them red.
func backoff(t *testing.T, r *rig) {
	ctx := context.Background()
	first := r.book()
	refused := r.Advisor
	refused.Calendar.Secret = "wrong"
	if st, _ := r.Engine.Push(ctx, refused); st.Retried != 1 {
		t.Fatalf("push with refused credentials = %+v, want the item retried later", st)
	}
	r.pull() // the credentials mended: the calendar is read again, so its advisor is offered
	second := r.book()
	if st := r.push(); st.Done != 1 || st.Retried != 0 {
		t.Fatalf("push = %+v, want only the new item pushed (the first waits out its backoff)", st)
	}
	items, err := r.store.FindSyncItems(ctx, r.Jobcenter.ID, first.ID)
	must(t, err)
	if it := items[0]; it.State != planner.SyncPending || it.Attempts != 1 {
		t.Fatalf("first item = %+v, want pending after 1 attempt", it)
	}
	items, err = r.store.FindSyncItems(ctx, r.Jobcenter.ID, second.ID)
	must(t, err)
	if items[0].State != planner.SyncDone {
		t.Fatalf("second item = %+v, want done", items[0])
	}
}

func restart(t *testing.T, r *rig, srv *caldavtest.Server) {
	r.load(20)
	r.pull()
	srv.Restart(t)
	_, err := r.conn.Create(context.Background(), r.conn.Href("after-restart"), externalEvent(21, 0))
	must(t, err)
	st := r.pull()
	if st.Upserted != 1 || st.Removed != 0 {
		t.Fatalf("pull after restart = %+v, want the one new event", st)
	}
}

// replaceLine replaces the VEVENT's content line starting with name
// (followed by ';' or ':') with line, leaving the VTIMEZONE alone.
func replaceLine(data, name, line string) string {
	lines := strings.Split(strings.ReplaceAll(data, "\r\n", "\n"), "\n")
	inEvent := false
	for i, l := range lines {
		switch {
		case l == "BEGIN:VEVENT":
			inEvent = true
		case inEvent && strings.HasPrefix(l, name) && len(l) > len(name) && (l[len(name)] == ';' || l[len(name)] == ':'):
			lines[i] = line
		}
	}
	return strings.Join(lines, "\r\n")
}

// TestEngineMetrics: pulls and pushes are counted by connector and result,
// with the lag of the busy data (issue 6 §5 names them; the engine exposes
// them now).
func TestEngineMetrics(t *testing.T) {
	srv := caldavtest.Start(t, caldavtest.Radicale)
	r := newRig(t, srv)
	reg := prometheus.NewRegistry()
	r.Engine.Metrics = calsync.NewMetrics(reg)
	r.book()
	r.push()
	r.pull()
	r.pull()
	r.Advisor.Calendar.Secret = "wrong"
	r.Engine.Pull(context.Background(), r.Advisor)
	want := map[string]float64{
		`planner_sync_pulls_total{connector="caldav",result="ok"}`:     2,
		`planner_sync_pulls_total{connector="caldav",result="auth"}`:   1,
		`planner_sync_pushes_total{connector="caldav",result="done"}`:  1,
		`planner_sync_pushes_total{connector="caldav",result="retry"}`: 0,
		// every pull of a calendar read before (book reads it first)
		`planner_sync_lag_seconds_count`: 3,
	}
	got := map[string]float64{}
	families, err := reg.Gather()
	must(t, err)
	for _, f := range families {
		for _, m := range f.GetMetric() {
			name := f.GetName()
			if len(m.GetLabel()) > 0 {
				name += "{"
				for i, l := range m.GetLabel() {
					if i > 0 {
						name += ","
					}
					name += l.GetName() + `="` + l.GetValue() + `"`
				}
				name += "}"
			}
			switch {
			case m.GetCounter() != nil:
				got[name] = m.GetCounter().GetValue()
			case m.GetHistogram() != nil:
				got[name+"_count"] = float64(m.GetHistogram().GetSampleCount())
			}
		}
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %v, want %v", k, got[k], v)
		}
	}
}

// newYork is a calendar-timezone value: a VCALENDAR with America/New_York.
const newYork = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VTIMEZONE\r\nTZID:America/New_York\r\n" +
	"BEGIN:STANDARD\r\nDTSTART:19701101T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500\r\nEND:STANDARD\r\n" +
	"BEGIN:DAYLIGHT\r\nDTSTART:19700308T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400\r\nEND:DAYLIGHT\r\n" +
	"END:VTIMEZONE\r\nEND:VCALENDAR\r\n"

func floating(t *testing.T, srv *caldavtest.Server) {
	r := newRigIn(t, srv, newYork)
	// 09:00 floating on Thursday 5 March 2026: 14:00Z in New York (EST),
	// not 08:00Z as Copenhagen would read it
	ev := "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:floating\r\nDTSTAMP:20260101T000000Z\r\n" +
		"DTSTART:20260305T090000\r\nDURATION:PT1H\r\nSUMMARY:Flydende\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
	_, err := r.conn.Create(context.Background(), r.conn.Href("floating"), []byte(ev))
	must(t, err)
	r.pull()
	b, err := r.store.FindBusy(context.Background(), r.Jobcenter.ID, planner.BusyQuery{Advisors: []planner.AdvisorID{r.Advisor.ID},
		Interval: planner.Interval{Start: now, End: now.AddDate(0, 0, 7)}})
	must(t, err)
	items := b.Advisors[r.Advisor.ID]
	// Xandikos 0.2.8 keeps no calendar-timezone (MKCALENDAR answers 404 for
	// the property): there the job centre's zone reads the floating time.
	// DAViCal 1.1.12 answers none either; SOGo 5.8 ignores the one
	// MKCALENDAR sets and answers the user's own zone (SOGoTimeZone,
	// Europe/Copenhagen in caldavtest).
	zone, err := r.conn.CalendarZone(context.Background())
	must(t, err)
	if srv.Kind == caldavtest.Radicale && zone != "America/New_York" {
		t.Fatalf("%s's calendar-timezone = %q, want America/New_York", srv.Kind, zone)
	}
	var want time.Time
	switch zone {
	case "America/New_York":
		want = time.Date(2026, 3, 5, 14, 0, 0, 0, time.UTC)
	case "", "Europe/Copenhagen":
		want = time.Date(2026, 3, 5, 8, 0, 0, 0, time.UTC)
	default:
		t.Fatalf("%s's calendar-timezone = %q", srv.Kind, zone)
	}
	if len(items) != 1 || !items[0].Start.Equal(want) {
		t.Fatalf("busy = %+v, want one item from %s (calendar zone %q)", items, want, zone)
	}
	snap, err := r.store.FindCalendarSnapshot(context.Background(), r.Advisor.ID)
	must(t, err)
	if snap.State.Zone != zone {
		t.Fatalf("stored zone = %q, want %q", snap.State.Zone, zone)
	}
}
