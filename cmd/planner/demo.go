package main

import (
	"context"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/planner-dk/planner/connectors/caldav/demoserver"

	"github.com/planner-dk/planner/planner"
	"github.com/planner-dk/planner/planner/httpapi"
	calsync "github.com/planner-dk/planner/sync"
	"github.com/planner-dk/planner/web"
)

// runDemo starts the embedded mode on a fresh database filled with a demo
// job centre, prints where to look and the tokens to look with, and serves
// until stopped.
func (m *Main) runDemo(ctx context.Context, args []string, getenv func(string) string) error {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	addr := fs.String("addr", envOr(getenv, "PLANNER_ADDR", "127.0.0.1:8080"), "listen address; env PLANNER_ADDR")
	davAddr := fs.String("caldav-addr", envOr(getenv, "PLANNER_DEMO_CALDAV_ADDR", "127.0.0.1:8081"), "the demo CalDAV server's address; env PLANNER_DEMO_CALDAV_ADDR")
	every := fs.String("sync-interval", envOr(getenv, "PLANNER_SYNC_INTERVAL", "10s"), "how often to sync the demo calendars; env PLANNER_SYNC_INTERVAL")
	graphAddr := fs.String("graph-addr", envOr(getenv, "PLANNER_DEMO_GRAPH_ADDR", "127.0.0.1:8083"), "the demo Microsoft Graph double's address; env PLANNER_DEMO_GRAPH_ADDR")
	jobnetAddr := fs.String("jobnet-addr", envOr(getenv, "PLANNER_DEMO_JOBNET_ADDR", "127.0.0.1:8082"), "the Jobnet simulator's address; env PLANNER_DEMO_JOBNET_ADDR")
	withIdP := fs.Bool("idp", false, "also start a local identity provider (OpenID Connect) to sign in through, as a job centre's staff would")
	idpAddr := fs.String("idp-addr", envOr(getenv, "PLANNER_DEMO_IDP_ADDR", "127.0.0.1:8084"), "the local identity provider's address (-idp); env PLANNER_DEMO_IDP_ADDR")
	if err := fs.Parse(args); err != nil {
		return err
	}
	dav, davURL, err := startDemoCalDAV(*davAddr)
	if err != nil {
		return fmt.Errorf("demo CalDAV server: %w", err)
	}
	defer dav.stop()
	exchange, err := startDemoExchange(*graphAddr)
	if err != nil {
		return fmt.Errorf("demo Graph double: %w", err)
	}
	defer exchange.stop()
	jobnetURL, stopJobnet, err := startJobnetSimulator(*jobnetAddr)
	if err != nil {
		return fmt.Errorf("demo Jobnet simulator: %w", err)
	}
	defer stopJobnet()
	dir, err := os.MkdirTemp("", "planner-demo-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	dbPath := filepath.Join(dir, "demo.db")
	c := Config{Addr: *addr, Database: dbPath, LogLevel: "info"}
	db, err := openDatabase(ctx, c, discardLogger()) // the key file is in the demo's own temporary directory
	if err != nil {
		return err
	}
	app := exchange.app()
	seed, err := seedDemo(ctx, db, time.Now(), demoCalendars(dav, exchange), &app)
	if err == nil {
		err = importDemoMarks(ctx, db, jobnetURL)
	}
	var idp *demoIdP
	if err == nil && *withIdP {
		if idp, err = startDemoIdP(ctx, *idpAddr, "http://"+*addr, db); err == nil {
			defer idp.stop()
		}
	}
	db.close()
	if err != nil {
		return fmt.Errorf("demo data: %w", err)
	}
	tokens := seed.tokens
	fmt.Fprintf(m.Stdout, "planner demo: a demo job centre in %s\n", dbPath)
	for _, role := range []planner.Role{planner.RoleAdmin, planner.RoleAdvisor, planner.RolePortal} {
		fmt.Fprintf(m.Stdout, "  %-8s token: %s\n", role, tokens[role])
	}
	fmt.Fprintf(m.Stdout, "  sign in at http://%s/login with the admin or advisor token; the citizens' pages (Jobnet stand-in) are at http://%s/borger/\n", *addr, *addr)
	if idp != nil {
		fmt.Fprintf(m.Stdout, "  or with single sign-on: a local OpenID provider at %s (\"Log ind med Demo-identitetsudbyder\") lets you choose an advisor or the administrator\n", idp.issuer)
	}
	fmt.Fprintf(m.Stdout, "  try: curl -H 'Authorization: Bearer %s' http://%s/api/offers\n", tokens[planner.RoleAdmin], *addr)
	fmt.Fprintf(m.Stdout, "  the API is described at http://%s/openapi.json\n", *addr)
	fmt.Fprintf(m.Stdout, "  the advisors' own calendars (CalDAV): %s — users vejleder1, 3, 4 and 5, password %q;\n", davURL, demoPassword)
	fmt.Fprintf(m.Stdout, "    e.g. %s%s in any CalDAV client: private appointments there turn green in Planner, Planner's meetings arrive there\n",
		davURL, strings.TrimPrefix(demoserver.CalendarPath("vejleder1"), demoserver.Prefix))
	fmt.Fprintf(m.Stdout, "  Exchange Online (a Microsoft Graph double at %s): Sarah Jensen and Mette Lund, whose Outlook appointments turn green;\n", exchange.srv.GraphURL())
	fmt.Fprintf(m.Stdout, "    Planner's meetings arrive in their mailboxes, shown at %s and %s\n", exchange.eventsURL(demoMailbox(1)), exchange.eventsURL(demoMailbox(5)))
	fmt.Fprintf(m.Stdout, "  a Jobnet simulator at %s takes the summonses (docs/jobnet.md); they turn blue as it accepts them\n", jobnetURL)
	portal := &citizenPages{token: tokens[planner.RolePortal], citizens: seed.citizens()}
	serveArgs := []string{"-addr", *addr, "-database", dbPath, "-sync-interval", *every, "-sweep-interval", "2s",
		"-jobnet-url", jobnetURL, "-jobnet-token", demoJobnetToken}
	if idp != nil {
		serveArgs = append(serveArgs, "-public-url", "http://"+*addr, "-token-signin") // the demo's tokens still sign in
	}
	return m.serve(ctx, portal, serveArgs, getenv)
}

// seedDemo fills a store with a demo job centre: a team tree, advisors
// with working hours, rooms, an individual, a phone and a group offer, 50
// citizens of varied attributes and some bookings. It returns a token per role.
// calendar, when not nil, gives the i-th advisor's calendar connection.
// graphApp, when not nil, is the job centre's Microsoft Graph app registration.
func seedDemo(ctx context.Context, store planner.Store, now time.Time, calendar func(i int, loc *time.Location, today planner.Date) planner.CalendarConnection, graphApp *planner.GraphApp) (demoSeed, error) {
	d := &demo{ctx: ctx, store: store, svc: &planner.Service{Store: store, Now: func() time.Time { return now }, Logger: discardLogger()}}
	jc := planner.Jobcenter{Name: "Jobcenter Demo", Zone: "Europe/Copenhagen", Region: "Hovedstaden", SummonsPrefix: 10100,
		Settings: planner.DefaultSettings(), SubCentres: []planner.SubCentre{{ID: 1, Name: "Demo Nord"}, {ID: 2, Name: "Demo Syd"}}}
	d.do(store.CreateJobcenter(ctx, &jc))
	if graphApp != nil && d.err == nil {
		d.do(store.SetGraphApp(ctx, jc.ID, *graphApp))
	}
	top := d.team(planner.Team{JobcenterID: jc.ID, Name: "Jobcenter Demo", Mail: "jobcenter@demo.example", Phone: "70 10 20 30"})
	ydelse := d.team(planner.Team{JobcenterID: jc.ID, ParentID: top, Name: "Ydelse"})
	syd := d.team(planner.Team{JobcenterID: jc.ID, ParentID: ydelse, Name: "Team Syd", Mail: "syd@demo.example"})
	unge := d.team(planner.Team{JobcenterID: jc.ID, ParentID: top, Name: "Unge"})
	morning := planner.StandardHours(8*60, 12*60)
	var advisors []planner.AdvisorID
	for i, name := range []string{"Bo Poulsen", "Sarah Jensen", "Nikoline Holm", "Katrine Berg", "Ali Hassan", "Mette Lund"} {
		a := planner.Advisor{JobcenterID: jc.ID, TeamID: []planner.TeamID{syd, syd, unge, unge, ydelse, ydelse}[i], Name: name,
			Mail: fmt.Sprintf("vejleder%d@demo.example", i+1), Phone: fmt.Sprintf("22 33 44 %02d", i)}
		if i == 4 {
			a.Hours = &morning
		}
		if calendar != nil {
			loc, _ := jc.Location()
			a.Calendar = calendar(i, loc, planner.DateOf(now, loc))
		}
		d.do(store.CreateAdvisor(ctx, &a))
		advisors = append(advisors, a.ID)
	}
	for _, r := range []planner.Room{{Name: "Mødelokale 1", Capacity: 6}, {Name: "Mødelokale 2", Capacity: 10}, {Name: "Salen", Capacity: 30}} {
		r.JobcenterID = jc.ID
		d.do(store.CreateRoom(ctx, &r))
	}
	loc, _ := jc.Location()
	today := planner.DateOf(now, loc)
	adults := planner.RuleSet{Groups: []planner.RuleGroup{{Match: planner.MatchAll, Rules: []planner.Rule{{Type: planner.RuleAge, Cond: planner.CondGe, Value: "18"}}}}}
	offers := []planner.Offer{
		{Name: "Personlig samtale med din sagsbehandler", Description: "En samtale om job og uddannelse på jobcentret.", MeetingType: "Jobsamtale",
			Form: planner.Individual, Channel: planner.InPerson, DurationMinutes: 30, ReportingMinutes: 15, StartMinutes: []int{0, 30},
			RollingWeeks: 8, TeamID: syd, Advisors: advisors[:2], CitizenChoosesAdvisor: true,
			Terms: planner.BookingTerms{AcceptCancel: true, AcceptRebook: true, RebookDaysBefore: 2}, Rules: adults},
		{Name: "Telefonisk opfølgning", Description: "Vi ringer dig op.", MeetingType: "Opfølgningssamtale", Form: planner.Individual,
			Channel: planner.Phone, Caller: planner.AdvisorCalls, DurationMinutes: 20, StartMinutes: []int{0, 20, 40}, RollingWeeks: 4,
			TeamID: ydelse, Advisors: advisors[4:], Terms: planner.BookingTerms{AcceptCancel: true}, Rules: adults},
	}
	for i := range offers {
		o := &offers[i]
		o.JobcenterID, o.FirstMeetingDate, o.OpensOn, o.Active, o.ChangedBy = jc.ID, today, today, true, "demo"
		d.do(store.CreateOffer(ctx, o))
	}
	group := planner.Offer{JobcenterID: jc.ID, Name: "Workshop: Jobsøgning for unge", Description: "To timer om CV og ansøgning.",
		MeetingType: "Jobsamtale", Form: planner.Group, Channel: planner.InPerson, DurationMinutes: 120, OpensOn: today, TeamID: unge,
		Advisors: advisors[2:4], Active: true, ChangedBy: "demo", Terms: planner.BookingTerms{AcceptCancel: true},
		Rules: planner.RuleSet{Groups: []planner.RuleGroup{{Match: planner.MatchAll, Rules: []planner.Rule{{Type: planner.RuleAge, Cond: planner.CondLt, Value: "30"}}}}}}
	for week := 1; week <= 4; week++ {
		day := today.AddDays(7 * week)
		for day.Weekday() != time.Wednesday {
			day = day.AddDays(1)
		}
		group.Sessions = append(group.Sessions, planner.Session{Start: time.Date(day.Year, day.Month, day.Day, 13, 0, 0, 0, loc),
			Advisors: advisors[2:4], Seats: 12, RebookSeats: 2})
	}
	d.do(store.CreateOffer(ctx, &group))
	d.citizens(jc.ID, today, 50)
	if calendar != nil {
		d.readCalendars(now)
	}
	d.bookings(jc.ID, append(offers, group))
	if d.err != nil {
		return demoSeed{}, d.err
	}
	tokens := map[planner.Role]string{}
	for _, role := range []planner.Role{planner.RoleAdmin, planner.RoleAdvisor, planner.RolePortal} {
		secret := httpapi.NewTokenSecret()
		d.do(store.CreateToken(ctx, &planner.Token{JobcenterID: jc.ID, Role: role, Name: "demo " + string(role), Hash: httpapi.HashToken(secret)}))
		tokens[role] = secret
	}
	return demoSeed{tokens: tokens, people: d.people, today: today}, d.err
}

// demoSeed is what seedDemo made that the demo prints or offers.
type demoSeed struct {
	tokens map[planner.Role]string
	people []planner.Citizen
	today  planner.Date
}

// citizens are the demo's citizens as the Jobnet stand-in lists them, with
// their age and contact group (what decides the offers they see).
func (s demoSeed) citizens() []web.DemoCitizen {
	out := make([]web.DemoCitizen, 0, len(s.people))
	for _, c := range s.people {
		out = append(out, web.DemoCitizen{ID: c.ID, Name: c.Name, Note: fmt.Sprintf("%d år, %s", c.CPR.Age(s.today), c.ContactGroup)})
	}
	return out
}

// demo carries the first error of a seeding run.
type demo struct {
	ctx    context.Context
	store  planner.Store
	svc    *planner.Service
	err    error
	people []planner.Citizen
}

func (d *demo) do(err error) {
	if d.err == nil && err != nil {
		d.err = err
	}
}

func (d *demo) team(t planner.Team) planner.TeamID {
	d.do(d.store.CreateTeam(d.ctx, &t))
	return t.ID
}

// citizens makes n citizens aged 18–64 of every contact and assessment group.
func (d *demo) citizens(jc planner.JobcenterID, today planner.Date, n int) {
	rng := rand.New(rand.NewPCG(2017, 3))
	names := []string{"Anders", "Bente", "Carl", "Dorthe", "Emil", "Fatima", "Gitte", "Hans", "Ida", "Jonas"}
	surnames := []string{"Andersen", "Bøgh", "Christensen", "Dam", "Eriksen"}
	for i := 0; i < n; i++ {
		age := 18 + rng.IntN(47)
		y := today.Year - age
		serial := 1000 + i
		if y >= 2000 {
			serial += 3000 // 7th digit 4: born 2000–2036
		}
		cpr := fmt.Sprintf("%02d%02d%02d%04d", 1+rng.IntN(28), 1+rng.IntN(12), y%100, serial)
		c := planner.Citizen{JobcenterID: jc, CPR: planner.MustParseCPR(cpr),
			Name:            names[i%len(names)] + " " + surnames[(i/len(names))%len(surnames)],
			ContactGroup:    planner.ContactGroups()[rng.IntN(len(planner.ContactGroups()))],
			Assessment:      planner.Assessments()[rng.IntN(len(planner.Assessments()))],
			SubCentre:       planner.SubCentreID(1 + i%2),
			RegisteredSince: today.AddDays(-7 * rng.IntN(80)), InActivation: i%5 == 0,
			BookingDeadline: today.AddDays(14 + rng.IntN(60)), DropDate: today.AddDays(30 + rng.IntN(90)),
		}
		d.do(d.store.CreateCitizen(d.ctx, &c))
		d.people = append(d.people, c)
	}
}

// readCalendars reads every demo advisor's own calendar once, as the first
// sync round would: an advisor whose calendar was never read is not offered
// (§9), so nothing is booked over the private appointments in it.
func (d *demo) readCalendars(now time.Time) {
	advisors, err := d.store.FindCalendarAdvisors(d.ctx)
	d.do(err)
	e := &calsync.Engine{Store: d.store, Connect: newConnectors(d.store, nil).connect, Now: func() time.Time { return now }}
	for _, a := range advisors {
		if d.err == nil {
			_, err := e.Pull(d.ctx, a)
			d.do(err)
		}
	}
}

// bookings books some citizens into the offers they see.
func (d *demo) bookings(jc planner.JobcenterID, offers []planner.Offer) {
	for i, c := range d.people {
		if d.err != nil || i%3 != 0 {
			continue
		}
		o := offers[i%len(offers)]
		res, err := d.svc.FreeTimes(d.ctx, planner.FreeTimesRequest{Jobcenter: jc, Citizen: c.ID, Offer: o.ID})
		if err != nil || len(res.Times) == 0 {
			continue // not for this citizen
		}
		ft := res.Times[(i*7)%len(res.Times)]
		_, _, err = d.svc.Book(d.ctx, planner.BookRequest{Jobcenter: jc, Citizen: c.ID, Offer: o.ID, Time: ft, Actor: "jobnet"})
		d.do(err)
	}
}
