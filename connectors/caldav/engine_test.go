package caldav_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"
	"time"

	plancaldav "github.com/planner-dk/planner/connectors/caldav"
	"github.com/planner-dk/planner/connectors/caldav/caldavtest"
	"github.com/planner-dk/planner/planner"
	"github.com/planner-dk/planner/planner/secret"
	"github.com/planner-dk/planner/planner/sqlstore"
	calsync "github.com/planner-dk/planner/sync"
	"github.com/planner-dk/planner/sync/synctest"
)

var (
	cph, _ = time.LoadLocation("Europe/Copenhagen")
	// Monday 2 March 2026 08:00 in Copenhagen: the clock of the whole test.
	now = time.Date(2026, 3, 2, 8, 0, 0, 0, cph)
)

// rig is one advisor's calendar on a real server, a SQLite store and the
// engine between them.
type rig struct {
	*synctest.World
	t     *testing.T
	srv   *caldavtest.Server
	store *sqlstore.DB
	conn  *plancaldav.Connector // the advisor's own client, for external edits
	cal   string
}

func newRig(t *testing.T, srv *caldavtest.Server) *rig { return newRigIn(t, srv, "") }

// newRigIn is newRig on a calendar whose own time zone is vtimezone.
func newRigIn(t *testing.T, srv *caldavtest.Server, vtimezone string) *rig {
	ctx := context.Background()
	r := &rig{t: t, srv: srv}
	r.cal = srv.NewCalendarIn(t, fmt.Sprintf("engine%d", calendars.Add(1)), vtimezone)
	db, err := sqlstore.OpenSQLite(ctx, filepath.Join(t.TempDir(), "planner.db"), secret.NewKeyring(secret.NewKey()))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	db.Now = func() time.Time { return now }
	r.store = db
	clock := func() time.Time { return now }
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	svc := &planner.Service{Store: db, Now: clock, Logger: logger}
	r.World = synctest.NewWorld(t, db, svc, now, planner.CalendarConnection{Kind: planner.CalDAV, URL: r.cal, Username: srv.User, Secret: srv.Password})
	r.conn = connect(t, r.cal, srv.User, srv.Password)
	r.Engine = &calsync.Engine{Store: db, Now: clock, Logger: logger,
		Connect: func(a planner.Advisor) (calsync.Connector, error) {
			return plancaldav.New(plancaldav.Config{URL: a.Calendar.URL, Username: a.Calendar.Username, Password: a.Calendar.Secret})
		}}
	return r
}

func connect(t testing.TB, url, user, password string) *plancaldav.Connector {
	c, err := plancaldav.New(plancaldav.Config{URL: url, Username: user, Password: password})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func (r *rig) book() planner.Meeting { r.t.Helper(); return r.Book(r.t) }

func (r *rig) pull() calsync.PullStats { r.t.Helper(); return r.Pull(r.t) }

func (r *rig) push() calsync.PushStats { r.t.Helper(); return r.Push(r.t) }

func (r *rig) externalItems() int { r.t.Helper(); return r.ExternalItems(r.t) }

// remote reads one object of the calendar; ok is false when it is absent.
func (r *rig) remote(href string) (calsync.Object, bool) {
	r.t.Helper()
	objs, _, err := r.conn.Fetch(context.Background(), []string{href})
	must(r.t, err)
	if len(objs) == 0 {
		return calsync.Object{}, false
	}
	return objs[0], true
}

func (r *rig) notifications(trigger planner.Trigger) int {
	r.t.Helper()
	return r.Notifications(r.t, trigger)
}

// externalEvent is the i-th of a varied set of the advisor's own
// appointments: single events (some all-day, some private, some free),
// weekly series with an EXDATE, and series with a moved occurrence.
func externalEvent(i, shiftDays int) []byte {
	day := now.AddDate(0, 0, i%60+shiftDays)
	start := time.Date(day.Year(), day.Month(), day.Day(), 9+i%7, 0, 0, 0, cph)
	f := func(t time.Time) string { return t.In(cph).Format("20060102T150405") }
	var body string
	switch {
	case i%10 < 6:
		body = fmt.Sprintf("DTSTART;TZID=Europe/Copenhagen:%s\r\nDURATION:PT45M\r\nSUMMARY:Aftale %d\r\n", f(start), i)
		if i%10 == 1 {
			body += "CLASS:PRIVATE\r\n"
		}
		if i%10 == 2 {
			body += "TRANSP:TRANSPARENT\r\n"
		}
	case i%10 == 6:
		body = fmt.Sprintf("DTSTART;VALUE=DATE:%s\r\nSUMMARY:Kursus %d\r\n", start.Format("20060102"), i)
	case i%10 < 9:
		body = fmt.Sprintf("DTSTART;TZID=Europe/Copenhagen:%s\r\nDURATION:PT30M\r\nRRULE:FREQ=WEEKLY;COUNT=10\r\nEXDATE;TZID=Europe/Copenhagen:%s\r\nSUMMARY:Ugemøde %d\r\n",
			f(start), f(start.AddDate(0, 0, 14)), i)
	default:
		uid := fmt.Sprintf("ext-%d", i)
		return fmt.Appendf(nil, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"+
			"BEGIN:VEVENT\r\nUID:%s\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;TZID=Europe/Copenhagen:%s\r\nDURATION:PT1H\r\nRRULE:FREQ=DAILY;COUNT=5\r\nSUMMARY:Serie %d\r\nEND:VEVENT\r\n"+
			"BEGIN:VEVENT\r\nUID:%s\r\nDTSTAMP:20260101T000000Z\r\nRECURRENCE-ID;TZID=Europe/Copenhagen:%s\r\nDTSTART;TZID=Europe/Copenhagen:%s\r\nDURATION:PT1H\r\nSUMMARY:Flyttet %d\r\nEND:VEVENT\r\n"+
			"END:VCALENDAR\r\n", uid, f(start), i, uid, f(start.AddDate(0, 0, 1)), f(start.AddDate(0, 0, 1).Add(3*time.Hour)), i)
	}
	return fmt.Appendf(nil, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:ext-%d\r\nDTSTAMP:20260101T000000Z\r\n%sEND:VEVENT\r\nEND:VCALENDAR\r\n", i, body)
}

// load seeds n external events into the calendar's storage and returns
// the number of busy items they expand to over the engine's horizon.
func (r *rig) load(n int) int {
	r.t.Helper()
	objs := make([][]byte, 0, n)
	items := 0
	o := calsync.Options{From: now.Add(-7 * 24 * time.Hour), To: now.Add(26 * 7 * 24 * time.Hour), Zone: cph, Self: []string{"bo@glostrup.dk"}}
	for i := range n {
		data := externalEvent(i, 0)
		objs = append(objs, data)
		p, err := calsync.Parse(data, o)
		must(r.t, err)
		items += len(p.Items)
	}
	r.srv.Seed(r.t, r.cal, objs)
	return items
}

func hasLine(data []byte, prefix string) bool {
	for _, l := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(strings.TrimRight(l, "\r"), prefix) {
			return true
		}
	}
	return false
}
