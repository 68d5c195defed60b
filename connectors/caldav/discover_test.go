package caldav_test

import (
	"context"
	"errors"
	"slices"
	"testing"

	plancaldav "github.com/planner-dk/planner/connectors/caldav"
	"github.com/planner-dk/planner/connectors/caldav/caldavtest"
	calsync "github.com/planner-dk/planner/sync"
)

// roots are where each server's CalDAV space begins.
var roots = map[caldavtest.Kind]string{
	caldavtest.Radicale: "/",
	caldavtest.Xandikos: "/",
	caldavtest.DAViCal:  "/caldav.php/",
	caldavtest.SOGo:     "/SOGo/dav/",
}

// TestDiscover: from the server's root, the account's principal or its
// calendar home, Discover lists the account's event calendars — the ones
// made with MKCALENDAR and the default one DAViCal and SOGo make for a
// user — and not DAViCal's scheduling inbox and outbox, which DAViCal lists
// in the home as plain calendars (.in/, .out/).
func TestDiscover(t *testing.T) {
	for _, kind := range caldavtest.Kinds {
		t.Run(string(kind), func(t *testing.T) {
			srv := caldavtest.Start(t, kind)
			a := srv.NewCalendar(t, "arbejde")
			b := srv.NewCalendar(t, "privat")
			want := []string{a, b}
			switch kind {
			case caldavtest.DAViCal:
				want = append(want, srv.URL+srv.Home+"calendar/")
			case caldavtest.SOGo:
				want = append(want, srv.URL+srv.Home+"personal/")
			}
			slices.Sort(want)
			for _, from := range []string{srv.URL + roots[kind], srv.URL + srv.Home} {
				cals, err := plancaldav.Discover(context.Background(), plancaldav.Config{URL: from, Username: srv.User, Password: srv.Password})
				if err != nil {
					t.Fatalf("Discover(%s): %v", from, err)
				}
				var got []string
				for _, c := range cals {
					got = append(got, c.URL)
				}
				if !slices.Equal(got, want) {
					t.Fatalf("Discover(%s) = %v, want %v", from, got, want)
				}
			}
			_, err := plancaldav.Discover(context.Background(), plancaldav.Config{URL: srv.URL + srv.Home, Username: srv.User, Password: "wrong"})
			if !errors.Is(err, calsync.ErrAuth) {
				t.Fatalf("Discover with refused credentials = %v, want ErrAuth", err)
			}
		})
	}
}
