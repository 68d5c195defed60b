package caldav_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"

	plancaldav "github.com/planner-dk/planner/connectors/caldav"
	"github.com/planner-dk/planner/connectors/caldav/caldavtest"
	calsync "github.com/planner-dk/planner/sync"
	"github.com/planner-dk/planner/sync/synctest"
)

var calendars atomic.Int64

// TestConnectorContract runs the connector contract against each real server
// (PROTOCOLS.md §2.3), one server process per kind.
func TestConnectorContract(t *testing.T) {
	for _, kind := range caldavtest.Kinds {
		t.Run(string(kind), func(t *testing.T) {
			srv := caldavtest.Start(t, kind)
			newConn := func(t *testing.T, password string) calsync.Connector {
				u := srv.NewCalendar(t, fmt.Sprintf("cal%d", calendars.Add(1)))
				c, err := plancaldav.New(plancaldav.Config{URL: u, Username: srv.User, Password: password})
				if err != nil {
					t.Fatal(err)
				}
				return c
			}
			synctest.Run(t, synctest.Harness{
				New:          func(t *testing.T) calsync.Connector { return newConn(t, srv.Password) },
				Unauthorized: func(t *testing.T) calsync.Connector { return newConn(t, "wrong") },
				StaleCursor:  staleCursor,
			})
		})
	}
}

// staleCursor turns a cursor into one holding a token of the server's own
// form that it never issued: a number far ahead of DAViCal's sequence
// ("data:,N") or of SOGo's seconds, else a hash of zeros.
func staleCursor(cursor string) string {
	mode, tok, _ := strings.Cut(cursor, ":")
	if strings.HasPrefix(tok, "data:,") {
		return mode + ":data:,99999999999"
	}
	if strings.Trim(tok, "0123456789") == "" {
		return mode + ":99999999999"
	}
	if i := strings.LastIndexAny(cursor, "/:"); i >= 0 {
		return cursor[:i+1] + strings.Repeat("0", 40)
	}
	return cursor + "0"
}

// TestBearerAuth: a calendar behind a proxy that takes bearer tokens
// (Xandikos fronted by caldavtest's proxy) is read with Config.Token, and a
// wrong token is ErrAuth.
func TestBearerAuth(t *testing.T) {
	srv := caldavtest.Start(t, caldavtest.Xandikos)
	u := srv.NewCalendar(t, "bearer")
	good, err := plancaldav.New(plancaldav.Config{URL: u, Token: srv.Password})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := good.Changes(context.Background(), ""); err != nil {
		t.Fatalf("Changes with the right token: %v", err)
	}
	bad, _ := plancaldav.New(plancaldav.Config{URL: u, Token: "wrong"})
	if _, err := bad.Changes(context.Background(), ""); !errors.Is(err, calsync.ErrAuth) {
		t.Fatalf("Changes with a wrong token = %v, want ErrAuth", err)
	}
}

// TestConfigRejectsBadURL: a calendar URL that is not http(s) is refused
// before anything is sent.
func TestConfigRejectsBadURL(t *testing.T) {
	for _, u := range []string{"", "ftp://x/cal/", "not a url", "https:///nohost"} {
		if _, err := plancaldav.New(plancaldav.Config{URL: u}); err == nil {
			t.Errorf("New(%q) succeeded", u)
		}
	}
}
