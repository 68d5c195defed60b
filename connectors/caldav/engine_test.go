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
	"github.com/planner-dk/planner/planner/sqlite"
	calsync "github.com/planner-dk/planner/sync"
)

var (
	cph, _ = time.LoadLocation("Europe/Copenhagen")
	// Monday 2 March 2026 08:00 in Copenhagen: the clock of the whole test.
	now = time.Date(2026, 3, 2, 8, 0, 0, 0, cph)
)

// rig is one advisor's calendar on a real server, a SQLite store and the
// engine between them.
type rig struct {
	t       *testing.T
	srv     *caldavtest.Server
	store   *sqlite.DB
	svc     *planner.Service
	engine  *calsync.Engine
	conn    *plancaldav.Connector // the advisor's own client, for external edits
	jc      planner.Jobcenter
	advisor planner.Advisor
	offer   planner.Offer
	cal     string
	n       int
}

func newRig(t *testing.T, srv *caldavtest.Server) *rig { return newRigIn(t, srv, "") }

// newRigIn is newRig on a calendar whose own time zone is vtimezone.
func newRigIn(t *testing.T, srv *caldavtest.Server, vtimezone string) *rig {
	ctx := context.Background()
	r := &rig{t: t, srv: srv}
	r.cal = srv.NewCalendarIn(t, fmt.Sprintf("engine%d", calendars.Add(1)), vtimezone)
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "planner.db"), secret.NewKeyring(secret.NewKey()))
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
	r.svc = &planner.Service{Store: db, Now: clock, Logger: logger}
	r.jc = planner.Jobcenter{Name: "Jobcenter Glostrup", Zone: "Europe/Copenhagen", Region: "Hovedstaden", SummonsPrefix: 10100, Settings: planner.DefaultSettings()}
	must(t, db.CreateJobcenter(ctx, &r.jc))
	hours := planner.StandardHours(9*60, 15*60)
	team := planner.Team{JobcenterID: r.jc.ID, Name: "Ydelse", Mail: "ydelse@glostrup.dk", Hours: &hours}
	must(t, db.CreateTeam(ctx, &team))
	r.advisor = planner.Advisor{JobcenterID: r.jc.ID, TeamID: team.ID, Name: "Bo Poulsen", Mail: "bo@glostrup.dk",
		Calendar: planner.CalendarConnection{Kind: planner.CalDAV, URL: r.cal, Username: srv.User, Secret: srv.Password}}
	must(t, db.CreateAdvisor(ctx, &r.advisor))
	r.offer = planner.Offer{JobcenterID: r.jc.ID, Name: "Jobsamtale", Description: "En samtale.", MeetingType: "Jobsamtale",
		Form: planner.Individual, Channel: planner.InPerson, DurationMinutes: 30, ReportingMinutes: 15,
		StartMinutes: []int{0, 30}, FirstMeetingDate: planner.NewDate(2026, 3, 3), OpensOn: planner.NewDate(2026, 3, 1),
		RollingWeeks: 4, TeamID: team.ID, Advisors: []planner.AdvisorID{r.advisor.ID},
		Terms: planner.BookingTerms{AcceptCancel: true, AcceptRebook: true, RebookDaysBefore: 2},
		Rules: planner.RuleSet{Groups: []planner.RuleGroup{{Match: planner.MatchAll, Rules: []planner.Rule{
			{Type: planner.RuleAge, Cond: planner.CondGe, Value: "18"},
		}}}},
		Active: true, ChangedBy: "admin"}
	must(t, db.CreateOffer(ctx, &r.offer))
	r.conn = connect(t, r.cal, srv.User, srv.Password)
	r.engine = &calsync.Engine{Store: db, Now: clock, Logger: logger,
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

// book books the next free time of the offer for a new citizen. A calendar
// never read is read first, as the sweeper would (§9: its advisor is not
// offered before), by an engine of its own so the rig's metrics count only
// what the test does.
func (r *rig) book() planner.Meeting {
	r.t.Helper()
	ctx := context.Background()
	if states, err := r.store.FindCalendarStates(ctx, r.jc.ID, []planner.AdvisorID{r.advisor.ID}); err == nil && states[r.advisor.ID].LastSuccess.IsZero() {
		first := &calsync.Engine{Store: r.store, Connect: r.engine.Connect, Now: r.engine.Now, Logger: r.engine.Logger}
		_, err := first.Pull(ctx, r.advisor)
		must(r.t, err)
	}
	r.n++
	c := planner.Citizen{JobcenterID: r.jc.ID, CPR: planner.MustParseCPR(fmt.Sprintf("010196-%04d", r.n)), Name: fmt.Sprintf("Borger %d", r.n), ContactGroup: "Dagpengemodtager", DropDate: planner.NewDate(2026, 6, 1)}
	must(r.t, r.store.CreateCitizen(ctx, &c))
	res, err := r.svc.FreeTimes(ctx, planner.FreeTimesRequest{Jobcenter: r.jc.ID, Citizen: c.ID, Offer: r.offer.ID})
	must(r.t, err)
	if len(res.Times) == 0 {
		r.t.Fatal("no free time to book")
	}
	m, _, err := r.svc.Book(ctx, planner.BookRequest{Jobcenter: r.jc.ID, Citizen: c.ID, Offer: r.offer.ID, Time: res.Times[0], Actor: "jobnet"})
	must(r.t, err)
	return m
}

func (r *rig) pull() calsync.PullStats {
	r.t.Helper()
	st, err := r.engine.Pull(context.Background(), r.advisor)
	must(r.t, err)
	return st
}

func (r *rig) push() calsync.PushStats {
	r.t.Helper()
	st, err := r.engine.Push(context.Background(), r.advisor)
	must(r.t, err)
	return st
}

// externalItems counts the advisor's stored external busy items.
func (r *rig) externalItems() int {
	r.t.Helper()
	b, err := r.store.FindBusy(context.Background(), r.jc.ID, planner.BusyQuery{Advisors: []planner.AdvisorID{r.advisor.ID},
		Interval: planner.Interval{Start: now.AddDate(-1, 0, 0), End: now.AddDate(1, 0, 0)}})
	must(r.t, err)
	n := 0
	for _, x := range b.Advisors[r.advisor.ID] {
		if x.Kind == planner.BusyExternal {
			n++
		}
	}
	return n
}

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
	ns, err := r.store.FindNotifications(context.Background(), r.jc.ID, planner.NewDate(2026, 1, 1))
	must(r.t, err)
	n := 0
	for _, x := range ns {
		if x.Trigger == trigger {
			n++
		}
	}
	return n
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
