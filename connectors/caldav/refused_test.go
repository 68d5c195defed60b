package caldav_test

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/prometheus/client_golang/prometheus"

	plancaldav "github.com/planner-dk/planner/connectors/caldav"
	"github.com/planner-dk/planner/connectors/caldav/caldavtest"
	"github.com/planner-dk/planner/planner"
	calsync "github.com/planner-dk/planner/sync"
)

// TestWritesRefused: states that tell the truth (issue 14 point 2), on
// real servers. A push into a calendar collection that is no longer there
// turns the meeting's item red with the reason and marks the calendar
// unhealthy; a restore the server refuses for good is counted, logged as an
// error and marks the calendar too; a write that succeeds clears it.
func TestWritesRefused(t *testing.T) {
	for _, kind := range caldavtest.Kinds {
		t.Run(string(kind), func(t *testing.T) {
			srv := caldavtest.Start(t, kind)
			t.Run("a push into a missing collection is red and marks the calendar", func(t *testing.T) { pushRefused(t, newRig(t, srv)) })
			t.Run("a refused restore is an error an operator sees", func(t *testing.T) { restoreRefused(t, newRig(t, srv)) })
		})
	}
}

// writeError reads the calendar's stored write error.
func (r *rig) writeError() string {
	r.t.Helper()
	states, err := r.store.FindCalendarStates(context.Background(), r.Jobcenter.ID, []planner.AdvisorID{r.Advisor.ID})
	must(r.t, err)
	return states[r.Advisor.ID].WriteError
}

func pushRefused(t *testing.T, r *rig) {
	ctx := context.Background()
	m := r.book()
	req, err := http.NewRequestWithContext(ctx, http.MethodDelete, r.cal, nil)
	must(t, err)
	req.SetBasicAuth(r.srv.User, r.srv.Password)
	resp, err := http.DefaultClient.Do(req)
	must(t, err)
	resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		t.Fatalf("DELETE of the calendar collection: %s", resp.Status)
	}
	if st := r.push(); st.Failed != 1 || st.Retried != 0 {
		t.Fatalf("push into a missing collection = %+v, want the item failed at once (no retry can help)", st)
	}
	items, err := r.store.FindSyncItems(ctx, r.Jobcenter.ID, m.ID)
	must(t, err)
	for _, it := range items {
		if it.Kind == planner.TargetCalendar && (it.State != planner.SyncFailed || it.LastError == "") {
			t.Fatalf("calendar item = %+v, want failed (red) with the reason", it)
		}
	}
	if e := r.writeError(); e == "" {
		t.Fatal("issue 14: the calendar's write error is empty after a refused push; the calendar looks healthy")
	}
	health, err := r.store.FindSyncHealth(ctx)
	must(t, err)
	if health.Unhealthy != 1 {
		t.Fatalf("health = %+v, want the calendar counted unhealthy", health)
	}

	// the collection is back (an administrator recreated it): the next
	// write succeeds and clears the error
	r.srv.NewCalendar(t, r.cal[strings.LastIndex(strings.TrimSuffix(r.cal, "/"), "/")+1:len(r.cal)-1])
	r.book()
	if st := r.push(); st.Done == 0 {
		t.Fatalf("push after the collection is back = %+v, want done", st)
	}
	if e := r.writeError(); e != "" {
		t.Fatalf("write error after a good push = %q, want cleared", e)
	}
}

// refusing answers PUTs to one href with 405, as a server answers a write
// it will never take, and passes everything else on.
type refusing struct {
	href string
}

func (f *refusing) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.Method == http.MethodPut && strings.HasSuffix(req.URL.Path, f.href) {
		return &http.Response{StatusCode: http.StatusMethodNotAllowed, Status: "405 Method Not Allowed", Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1,
			Header: http.Header{}, Body: http.NoBody, Request: req}, nil
	}
	return http.DefaultTransport.RoundTrip(req)
}

func restoreRefused(t *testing.T, r *rig) {
	ctx := context.Background()
	reg := prometheus.NewRegistry()
	r.Engine.Metrics = calsync.NewMetrics(reg)
	r.book()
	r.push()
	snap, err := r.store.FindCalendarSnapshot(ctx, r.Advisor.ID)
	must(t, err)
	href := snap.Events[0].Href
	obj, ok := r.remote(href)
	if !ok {
		t.Fatal("the pushed event is not in the calendar")
	}
	// the advisor moves Planner's meeting in their own client
	edited := replaceLine(string(obj.Data), "SUMMARY", "SUMMARY:Flyttet af vejlederen")
	_, err = r.conn.Update(ctx, href, obj.ETag, []byte(edited))
	must(t, err)
	refuse := &refusing{href: href[strings.LastIndex(href, "/")+1:]}
	client := &http.Client{Transport: refuse}
	r.Engine.Connect = func(a planner.Advisor) (calsync.Connector, error) {
		return plancaldav.New(plancaldav.Config{URL: a.Calendar.URL, Username: a.Calendar.Username, Password: a.Calendar.Secret, HTTPClient: client})
	}
	if st := r.pull(); st.Restored != 0 {
		t.Fatalf("pull = %+v, want the restore refused", st)
	}
	if got := counterValue(t, reg, "planner_sync_restore_failures_total"); got != 1 {
		t.Fatalf("planner_sync_restore_failures_total = %v, want 1", got)
	}
	if e := r.writeError(); !strings.Contains(e, "405") {
		t.Fatalf("write error = %q, want the refusal (405)", e)
	}
}

// counterValue reads a registered counter without labels.
func counterValue(t *testing.T, reg *prometheus.Registry, name string) float64 {
	t.Helper()
	families, err := reg.Gather()
	must(t, err)
	for _, f := range families {
		if f.GetName() == name && len(f.GetMetric()) == 1 {
			return f.GetMetric()[0].GetCounter().GetValue()
		}
	}
	t.Fatalf("no metric %s", name)
	return 0
}
