package caldav_test

import (
	"context"
	"testing"
	"time"

	plancaldav "github.com/planner-dk/planner/connectors/caldav"
	"github.com/planner-dk/planner/connectors/caldav/caldavtest"
	"github.com/planner-dk/planner/sync/synctest"
)

// TestServersShared: connectors sharing a Servers learn from each other's
// answers which server answers where, so only the first sends the PROPFIND
// that tells it before a write; a connector without one finds out alone.
func TestServersShared(t *testing.T) {
	ctx := context.Background()
	srv := caldavtest.Start(t, caldavtest.Radicale)
	cal := srv.NewCalendar(t, "shared")
	servers := &plancaldav.Servers{}
	create := func(s *plancaldav.Servers, name string) int64 {
		t.Helper()
		c, err := plancaldav.New(plancaldav.Config{URL: cal, Username: srv.User, Password: srv.Password, Servers: s})
		must(t, err)
		_, err = c.Create(ctx, c.Href(name), synctest.Event(name+"@test", time.Date(2026, 3, 3, 9, 0, 0, 0, time.UTC), name))
		must(t, err)
		return c.Requests()
	}
	first := create(servers, "first")
	second := create(servers, "second")
	alone := create(nil, "alone")
	if second >= first || alone != first {
		t.Fatalf("requests for a create: first %d, second sharing what the first learnt %d, one alone %d; want the second fewer, the lone one as many as the first", first, second, alone)
	}
}
