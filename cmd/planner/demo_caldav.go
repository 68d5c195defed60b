package main

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/planner-dk/planner/connectors/caldav/demoserver"
	"github.com/planner-dk/planner/connectors/jobnet"
	"github.com/planner-dk/planner/connectors/jobnet/jobnettest"
	"github.com/planner-dk/planner/planner"
)

// demoPassword is every demo advisor's CalDAV password.
const demoPassword = "demo"

// demoCalDAV is the demo's in-process CalDAV server (go-webdav's handler on
// an in-memory backend) holding the advisors' own calendars.
type demoCalDAV struct {
	dav  *demoserver.Server
	srv  *http.Server
	base string // http://host:port
}

func startDemoCalDAV(addr string) (*demoCalDAV, string, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, "", err
	}
	d := &demoCalDAV{dav: demoserver.New(), base: "http://" + ln.Addr().String()}
	d.srv = &http.Server{Handler: d.dav.Handler(), ReadHeaderTimeout: 10 * time.Second}
	go d.srv.Serve(ln)
	return d, d.base + demoserver.Prefix, nil
}

func (d *demoCalDAV) stop() {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	d.srv.Shutdown(ctx)
}

// calendar gives demo advisor i a calendar with a few private appointments
// of the kinds the sync must read: a weekly team meeting with one week
// cancelled, a private appointment, an all-day course and a free
// (transparent) reminder.
func (d *demoCalDAV) calendar(i int, loc *time.Location, today planner.Date) planner.CalendarConnection {
	user := fmt.Sprintf("vejleder%d", i+1)
	path := d.dav.AddUser(user, demoPassword)
	next := func(wd time.Weekday, weeks int) planner.Date {
		day := today.AddDays(1)
		for day.Weekday() != wd {
			day = day.AddDays(1)
		}
		return day.AddDays(7 * weeks)
	}
	at := func(day planner.Date, h, m int) string {
		return time.Date(day.Year, day.Month, day.Day, h, m, 0, 0, loc).Format("20060102T150405")
	}
	tz := "TZID=" + loc.String()
	team := next(time.Tuesday, 0)
	objects := map[string]string{
		"teammoede.ics": fmt.Sprintf("DTSTART;%s:%s\r\nDURATION:PT1H\r\nRRULE:FREQ=WEEKLY;COUNT=8\r\nEXDATE;%s:%s\r\nSUMMARY:Teammøde",
			tz, at(team, 10+i%2, 0), tz, at(team.AddDays(14), 10+i%2, 0)),
		"laege.ics": fmt.Sprintf("DTSTART;%s:%s\r\nDURATION:PT45M\r\nCLASS:PRIVATE\r\nSUMMARY:Lægebesøg",
			tz, at(next(time.Thursday, i%2), 13, 0)),
		"kursus.ics": fmt.Sprintf("DTSTART;VALUE=DATE:%s\r\nSUMMARY:Kursus i motiverende samtale", dateValue(next(time.Friday, 1+i%3))),
		"husk.ics": fmt.Sprintf("DTSTART;%s:%s\r\nDURATION:PT15M\r\nTRANSP:TRANSPARENT\r\nSUMMARY:Husk at ringe tilbage",
			tz, at(next(time.Monday, 0), 9, 0)),
	}
	for name, body := range objects {
		data := fmt.Sprintf("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Planner//demo//DA\r\nBEGIN:VEVENT\r\nUID:%s-%s@demo.example\r\nDTSTAMP:20260101T000000Z\r\n%s\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
			user, name, body)
		if err := d.dav.Put(user, name, []byte(data)); err != nil {
			panic(fmt.Sprintf("demo calendar %s: %v", name, err)) // our own fixed data
		}
	}
	return planner.CalendarConnection{Kind: planner.CalDAV, URL: d.base + path, Username: user, Secret: demoPassword}
}

// dateValue is an iCalendar DATE value.
func dateValue(d planner.Date) string {
	return fmt.Sprintf("%04d%02d%02d", d.Year, int(d.Month), d.Day)
}

// demoJobnetToken is the demo Jobnet simulator's bearer token.
const demoJobnetToken = "demo-jobnet"

// demoHubMarks are the person-group marks the demo's national data hub
// lists: the state's and two regions' (the demo job centre is in
// Hovedstaden, so it sees the state's and Hovedstaden's).
var demoHubMarks = []jobnet.Mark{
	{Code: "STAT-0101", Name: "Seniorjob", Level: "state"},
	{Code: "STAT-0207", Name: "Ledige dimittender", Level: "state"},
	{Code: "REG-H-0042", Name: "Unge på vej i Hovedstaden", Level: "region", Region: "Hovedstaden"},
	{Code: "REG-S-0013", Name: "Grøn omstilling Syddanmark", Level: "region", Region: "Syddanmark"},
}

// importDemoMarks brings the simulator's marks into the demo's register,
// as the worker does nightly.
func importDemoMarks(ctx context.Context, db database, url string) error {
	client, err := jobnet.New(url, demoJobnetToken, nil)
	if err != nil {
		return err
	}
	_, _, err = (&jobnet.MarkImporter{Store: db, Client: client, Logger: discardLogger()}).Run(ctx)
	return err
}

// startJobnetSimulator serves the Jobnet simulator for the demo.
func startJobnetSimulator(addr string) (string, func(), error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return "", nil, err
	}
	sim := jobnettest.New(demoJobnetToken, nil)
	sim.SetMarks(demoHubMarks)
	srv := &http.Server{Handler: sim, ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln)
	stop := func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(ctx)
	}
	return "http://" + ln.Addr().String(), stop, nil
}
