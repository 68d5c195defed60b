package caldav_test

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	plancaldav "github.com/planner-dk/planner/connectors/caldav"
	"github.com/planner-dk/planner/connectors/caldav/caldavtest"
	"github.com/planner-dk/planner/planner"
	calsync "github.com/planner-dk/planner/sync"
	"github.com/planner-dk/planner/sync/synctest"
)

// TestReconnect: a changed calendar connection is a new calendar (issue 14
// points 1 and 4), on real servers. An advisor with meetings in one server's
// calendar is moved to another's, or disconnected: afterwards the new
// calendar holds exactly one event per future meeting, the old one none of
// Planner's (its own appointments stay), no request went to a path outside
// the calendar its connection names, and free times are blocked by the new
// calendar's busy items only.
func TestReconnect(t *testing.T) {
	pairs := [][2]caldavtest.Kind{
		{caldavtest.Radicale, caldavtest.Xandikos},
		{caldavtest.Xandikos, caldavtest.DAViCal},
		{caldavtest.DAViCal, caldavtest.SOGo},
		{caldavtest.SOGo, caldavtest.Radicale},
	}
	servers := map[caldavtest.Kind]*caldavtest.Server{}
	server := func(k caldavtest.Kind) *caldavtest.Server {
		if servers[k] == nil {
			servers[k] = caldavtest.Start(t, k)
		}
		return servers[k]
	}
	for _, p := range pairs {
		t.Run(fmt.Sprintf("%s to %s", p[0], p[1]), func(t *testing.T) { moveCalendar(t, server(p[0]), server(p[1])) })
	}
	for _, k := range caldavtest.Kinds {
		t.Run(fmt.Sprintf("%s removed", k), func(t *testing.T) { removeCalendar(t, server(k)) })
	}
	t.Run("left behind: an edited event, an old server gone", func(t *testing.T) {
		leftBehind(t, caldavtest.Start(t, caldavtest.Radicale), server(caldavtest.Xandikos))
	})
}

// recorder is an HTTP transport that notes every request's URL and status.
type recorder struct {
	mu   sync.Mutex
	seen []string // "METHOD URL STATUS"
}

func (rec *recorder) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := http.DefaultTransport.RoundTrip(req)
	status := "error"
	if err == nil {
		status = fmt.Sprint(resp.StatusCode)
	}
	rec.mu.Lock()
	rec.seen = append(rec.seen, req.Method+" "+req.URL.String()+" "+status)
	rec.mu.Unlock()
	return resp, err
}

// outside lists the requests not under prefix (a calendar collection URL).
func (rec *recorder) outside(prefixes ...string) []string {
	rec.mu.Lock()
	defer rec.mu.Unlock()
	var bad []string
	for _, s := range rec.seen {
		u := strings.Fields(s)[1]
		ok := false
		for _, p := range prefixes {
			ok = ok || strings.HasPrefix(u, p)
		}
		if !ok {
			bad = append(bad, s)
		}
	}
	return bad
}

// recorded makes the rig's engine connect through rec.
func (r *rig) recorded(rec *recorder) {
	client := &http.Client{Transport: rec, Timeout: 30 * time.Second}
	r.Engine.Connect = func(a planner.Advisor) (calsync.Connector, error) {
		return plancaldav.New(plancaldav.Config{URL: a.Calendar.URL, Username: a.Calendar.Username, Password: a.Calendar.Secret, HTTPClient: client})
	}
}

// planned lists the meetings whose Planner events a calendar holds, and how
// often each.
func planned(t *testing.T, conn *plancaldav.Connector) map[planner.MeetingID]int {
	t.Helper()
	ctx := context.Background()
	ch, err := conn.Changes(ctx, "")
	must(t, err)
	var hrefs []string
	for _, ref := range ch.Changed {
		hrefs = append(hrefs, ref.Href)
	}
	objs, _, err := conn.Fetch(ctx, hrefs)
	must(t, err)
	out := map[planner.MeetingID]int{}
	for _, o := range objs {
		p, err := calsync.Parse(o.Data, calsync.Options{Zone: time.UTC, To: time.Unix(0, 0)})
		if err == nil && p.Marker.Planner() {
			out[p.Marker.MeetingID]++
		}
	}
	return out
}

// retire runs the clean-up of every due retired calendar.
func (r *rig) retire() calsync.RetireStats {
	r.t.Helper()
	ctx := context.Background()
	due, err := r.store.FindDueRetiredCalendars(ctx, now, 10)
	must(r.t, err)
	var sum calsync.RetireStats
	for _, rc := range due {
		st, err := r.Engine.Retire(ctx, rc.ID)
		must(r.t, err)
		sum.Deleted, sum.Left = sum.Deleted+st.Deleted, sum.Left+st.Left
	}
	return sum
}

// reconnect points the rig's advisor at another calendar, as PUT
// /api/advisors/{id}/calendar does.
func (r *rig) reconnect(c planner.CalendarConnection) {
	r.t.Helper()
	ctx := context.Background()
	a := r.Advisor
	a.Calendar = c
	must(r.t, r.store.UpdateAdvisor(ctx, a))
	got, err := r.store.FindAdvisors(ctx, r.Jobcenter.ID, planner.AdvisorFilter{IDs: []planner.AdvisorID{a.ID}})
	must(r.t, err)
	r.Advisor = got[0]
}

// offeredIn reports whether the offer has a free time starting in [from, to).
func (r *rig) offeredIn(from, to time.Time) bool {
	r.t.Helper()
	ctx := context.Background()
	c := r.NewCitizen(r.t)
	res, err := r.Service.FreeTimes(ctx, planner.FreeTimesRequest{Jobcenter: r.Jobcenter.ID, Citizen: c.ID, Offer: r.Offer.ID})
	must(r.t, err)
	for _, ft := range res.Times {
		if !ft.Start.Before(from) && ft.Start.Before(to) {
			return true
		}
	}
	return false
}

func moveCalendar(t *testing.T, from, to *caldavtest.Server) {
	ctx := context.Background()
	r := newRig(t, from)
	rec := &recorder{}
	r.recorded(rec)
	oldCal := r.cal
	oldOwn := time.Date(2026, 3, 4, 10, 0, 0, 0, cph) // the advisor's appointment in the old calendar
	newOwn := time.Date(2026, 3, 5, 10, 0, 0, 0, cph) // and in the new one
	_, err := r.conn.Create(ctx, r.conn.Href("own-old"), synctest.Event("own-old@test", oldOwn, "Tandlæge"))
	must(t, err)
	r.pull()
	var meetings []planner.Meeting
	for range 3 {
		meetings = append(meetings, r.book())
	}
	r.push()
	if got := planned(t, r.conn); len(got) != 3 {
		t.Fatalf("old calendar holds Planner events of %v, want the 3 meetings", got)
	}
	if r.offeredIn(oldOwn, oldOwn.Add(30*time.Minute)) {
		t.Fatal("§9 the old calendar's appointment does not block its hour")
	}

	newCal := to.NewCalendar(t, fmt.Sprintf("moved%d", calendars.Add(1)))
	newConn := connect(t, newCal, to.User, to.Password)
	_, err = newConn.Create(ctx, newConn.Href("own-new"), synctest.Event("own-new@test", newOwn, "Lægebesøg"))
	must(t, err)
	r.reconnect(planner.CalendarConnection{Kind: planner.CalDAV, URL: newCal, Username: to.User, Secret: to.Password})

	if r.externalItems() != 0 {
		t.Fatal("issue 14: the old calendar's busy items still block after the change")
	}
	if r.offeredIn(now, now.AddDate(0, 1, 0)) {
		t.Fatal("issue 14: the advisor is offered before the new calendar was read")
	}
	if st := r.retire(); st.Deleted != 3 || st.Left != 0 {
		t.Fatalf("clean-up of the old calendar = %+v, want its 3 Planner events deleted", st)
	}
	// the worker's calendar task: push, then pull
	if st := r.push(); st.Done != 3 || st.Failed != 0 {
		t.Fatalf("push to the new calendar = %+v, want the 3 meetings", st)
	}
	if st := r.pull(); st.Restored != 0 || st.Stray != 0 || st.Quarantined != 0 {
		t.Fatalf("first pull of the new calendar = %+v, want no restore or stray", st)
	}
	if st := r.pull(); st.Restored != 0 {
		t.Fatalf("second pull = %+v, want no restore", st)
	}

	got := planned(t, newConn)
	for _, m := range meetings {
		if got[m.ID] != 1 {
			t.Fatalf("new calendar holds Planner events %v, want exactly one of each of the 3 meetings", got)
		}
	}
	if len(got) != 3 {
		t.Fatalf("new calendar holds Planner events %v, want the 3 meetings only", got)
	}
	if left := planned(t, r.conn); len(left) != 0 {
		t.Fatalf("old calendar still holds Planner events %v", left)
	}
	if objs, _, err := r.conn.Fetch(ctx, []string{r.conn.Href("own-old")}); err != nil || len(objs) != 1 {
		t.Fatalf("the advisor's own appointment in the old calendar = %v, %v; want it kept", objs, err)
	}
	if !r.offeredIn(oldOwn, oldOwn.Add(30*time.Minute)) {
		t.Fatal("issue 14: the old calendar's appointment still blocks its hour")
	}
	if r.offeredIn(newOwn, newOwn.Add(30*time.Minute)) {
		t.Fatal("§9 the new calendar's appointment does not block its time")
	}
	if bad := rec.outside(oldCal, newCal); len(bad) != 0 {
		t.Fatalf("requests outside the two calendars: %q", bad)
	}
	assertNotRefused(t, rec)
	rc, err := r.store.FindRetiredCalendars(ctx, r.Jobcenter.ID, r.Advisor.ID)
	must(t, err)
	if len(rc) != 1 || rc[0].State != planner.RetiredCleaned || rc[0].Secret != "" || len(rc[0].Events) != 0 {
		t.Fatalf("retired calendars = %+v, want the old one cleaned, its secret wiped", rc)
	}
}

func removeCalendar(t *testing.T, srv *caldavtest.Server) {
	ctx := context.Background()
	r := newRig(t, srv)
	rec := &recorder{}
	r.recorded(rec)
	own := time.Date(2026, 3, 4, 10, 0, 0, 0, cph)
	_, err := r.conn.Create(ctx, r.conn.Href("own"), synctest.Event("own@test", own, "Tandlæge"))
	must(t, err)
	r.pull()
	r.book()
	r.book()
	r.push()
	r.reconnect(planner.CalendarConnection{})
	if st := r.retire(); st.Deleted != 2 || st.Left != 0 {
		t.Fatalf("clean-up of the removed calendar = %+v, want its 2 Planner events deleted", st)
	}
	if left := planned(t, r.conn); len(left) != 0 {
		t.Fatalf("removed calendar still holds Planner events %v", left)
	}
	pushes, err := r.store.FindCalendarPushes(ctx, r.Advisor.ID)
	must(t, err)
	if len(pushes) != 0 || r.externalItems() != 0 {
		t.Fatalf("after removal: %d pending pushes, %d busy items; want none", len(pushes), r.externalItems())
	}
	if !r.offeredIn(own, own.Add(30*time.Minute)) {
		t.Fatal("an advisor without a calendar is still blocked by the removed calendar's appointment")
	}
	if bad := rec.outside(r.cal); len(bad) != 0 {
		t.Fatalf("requests outside the calendar: %q", bad)
	}
	assertNotRefused(t, rec)
}

// assertNotRefused fails on any answer that refuses a request for good: a
// write to a collection that is not there (405, 409) or not allowed (403).
func assertNotRefused(t *testing.T, rec *recorder) {
	t.Helper()
	rec.mu.Lock()
	defer rec.mu.Unlock()
	for _, s := range rec.seen {
		switch strings.Fields(s)[2] {
		case "403", "405", "409":
			t.Errorf("request refused: %s", s)
		}
	}
}

// leftBehind: the clean-up leaves an event the advisor edited in the old
// calendar, and when the old server cannot be reached it tries again with
// backoff and then records Planner's events as left behind, the old secret
// wiped.
func leftBehind(t *testing.T, from, to *caldavtest.Server) {
	ctx := context.Background()
	r := newRig(t, from)
	first, second := r.book(), r.book()
	r.push()
	snap, err := r.store.FindCalendarSnapshot(ctx, r.Advisor.ID)
	must(t, err)
	hrefs := map[planner.MeetingID]string{}
	for _, ev := range snap.Events {
		hrefs[ev.MeetingID] = ev.Href
	}
	obj, _ := r.remote(hrefs[first.ID])
	_, err = r.conn.Update(ctx, hrefs[first.ID], obj.ETag, []byte(replaceLine(string(obj.Data), "SUMMARY", "SUMMARY:Min egen kopi")))
	must(t, err)
	newCal := to.NewCalendar(t, fmt.Sprintf("moved%d", calendars.Add(1)))

	// an edited event is the advisor's: left, the rest deleted
	r.reconnect(planner.CalendarConnection{Kind: planner.CalDAV, URL: newCal, Username: to.User, Secret: to.Password})
	if st := r.retire(); st.Deleted != 1 || st.Left != 1 {
		t.Fatalf("clean-up = %+v, want the unedited event deleted and the edited one left", st)
	}
	if _, ok := r.remote(hrefs[first.ID]); !ok {
		t.Fatal("the advisor's edited copy was deleted")
	}
	if _, ok := r.remote(hrefs[second.ID]); ok {
		t.Fatal("the unedited event is still in the old calendar")
	}
	rc, err := r.store.FindRetiredCalendars(ctx, r.Jobcenter.ID, r.Advisor.ID)
	must(t, err)
	if len(rc) != 1 || rc[0].State != planner.RetiredLeftBehind || len(rc[0].Events) != 1 || rc[0].Events[0].MeetingID != first.ID || !strings.Contains(rc[0].LastError, "edited") {
		t.Fatalf("retired calendar = %+v, want left behind with the edited event and why", rc)
	}

	// back to the first server, whose calendar then goes away: retried
	// with backoff, then left behind
	r.reconnect(planner.CalendarConnection{Kind: planner.CalDAV, URL: r.cal, Username: from.User, Secret: from.Password})
	r.pull()
	r.push()
	r.retire() // the second calendar, which never got an event
	r.reconnect(planner.CalendarConnection{Kind: planner.CalDAV, URL: newCal, Username: to.User, Secret: to.Password})
	from.Stop(t)
	due, err := r.store.FindDueRetiredCalendars(ctx, now, 10)
	must(t, err)
	if len(due) != 1 {
		t.Fatalf("due retired calendars = %+v, want the one just retired", due)
	}
	for i := range calsync.MaxRetireAttempts {
		st, err := r.Engine.Retire(ctx, due[0].ID)
		must(t, err)
		if last := i == calsync.MaxRetireAttempts-1; st.Retry == last || st.Deleted != 0 {
			t.Fatalf("attempt %d against a dead server = %+v, want a retry until the last", i+1, st)
		}
	}
	gone, err := r.store.FindRetiredCalendar(ctx, due[0].ID)
	must(t, err)
	if gone.State != planner.RetiredLeftBehind || gone.Secret != "" || len(gone.Events) != 2 || !strings.Contains(gone.LastError, "could not be reached") {
		t.Fatalf("retired calendar after the last attempt = %+v, want left behind with both events, the secret wiped", gone)
	}
}
