package demoserver_test

import (
	"context"
	"fmt"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	plancaldav "github.com/planner-dk/planner/connectors/caldav"
	"github.com/planner-dk/planner/connectors/caldav/demoserver"
	calsync "github.com/planner-dk/planner/sync"
	"github.com/planner-dk/planner/sync/synctest"
)

var users atomic.Int64

// TestContract runs the connector contract against the demo server, which
// the connector reads in its etag-listing mode (no sync-collection, no
// getctag).
func TestContract(t *testing.T) {
	srv := demoserver.New()
	ts := httptest.NewServer(srv.Handler())
	t.Cleanup(ts.Close)
	conn := func(t *testing.T, password string) calsync.Connector {
		name := fmt.Sprintf("advisor-%d", users.Add(1))
		path := srv.AddUser(name, "pw-"+name)
		if password == "" {
			password = "pw-" + name
		}
		c, err := plancaldav.New(plancaldav.Config{URL: ts.URL + path, Username: name, Password: password})
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	synctest.Run(t, synctest.Harness{
		New:          func(t *testing.T) calsync.Connector { return conn(t, "") },
		Unauthorized: func(t *testing.T) calsync.Connector { return conn(t, "wrong") },
	})
}

// TestSeededAppointmentsAreListed: the demo's private appointments appear in
// a listing with their etags.
func TestSeededAppointmentsAreListed(t *testing.T) {
	srv := demoserver.New()
	path := srv.AddUser("anne", "demo")
	if err := srv.Put("anne", "tandlaege.ics", synctest.Event("tandlaege@demo", time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC), "Tandlæge")); err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	t.Cleanup(ts.Close)
	c, err := plancaldav.New(plancaldav.Config{URL: ts.URL + path, Username: "anne", Password: "demo"})
	if err != nil {
		t.Fatal(err)
	}
	ch, err := c.Changes(context.Background(), "")
	if err != nil {
		t.Fatal(err)
	}
	if !ch.Full || len(ch.Changed) != 1 || ch.Changed[0].Href != path+"tandlaege.ics" || ch.Changed[0].ETag == "" {
		t.Fatalf("listing = %+v", ch)
	}
	if n := c.Requests(); n != 3 {
		t.Fatalf("a first listing took %d requests, want 3 (sync-collection refused, probe, listing)", n)
	}
}
