package main

import (
	"fmt"
	"time"

	"github.com/planner-dk/planner/connectors/graph/graphtest"
	"github.com/planner-dk/planner/planner"
)

// The demo's Microsoft 365 tenant on the Graph double: its app registration
// as an administrator would enter it.
const (
	demoTenant      = "demo.onmicrosoft.com"
	demoClientID    = "5f0c9a52-8d1e-4c57-9b1a-6d2f3e4a5b6c"
	demoGraphSecret = "demo-graph-secret"
)

// demoExchangeAdvisors are the demo advisors whose calendars are in
// Exchange Online (the double) rather than on the CalDAV server: one of each
// individual offer, so both kinds of calendar are booked.
var demoExchangeAdvisors = map[int]bool{1: true, 5: true}

// demoExchange is the demo's Graph double holding the Exchange advisors'
// mailboxes.
type demoExchange struct{ srv *graphtest.Server }

func startDemoExchange(addr string) (*demoExchange, error) {
	srv, err := graphtest.New(graphtest.Options{Addr: addr})
	if err != nil {
		return nil, err
	}
	srv.AddApp(demoTenant, demoClientID, demoGraphSecret)
	return &demoExchange{srv: srv}, nil
}

func (x *demoExchange) stop() { x.srv.Close() }

// app is the job centre's app registration for the double.
func (x *demoExchange) app() planner.GraphApp {
	return planner.GraphApp{TenantID: demoTenant, ClientID: demoClientID, Secret: demoGraphSecret,
		TokenURL: x.srv.TokenURL(demoTenant), GraphURL: x.srv.GraphURL()}
}

// eventsURL is where the double shows a mailbox's events (its own API, not
// Graph's).
func (x *demoExchange) eventsURL(upn string) string {
	return x.srv.URL + "/_double/mailboxes/" + upn + "/events"
}

func demoMailbox(i int) string { return fmt.Sprintf("vejleder%d@demo.example", i+1) }

// mailbox gives demo advisor i a mailbox with the Outlook appointments the
// sync must read: a weekly team meeting with one week cancelled, a private
// appointment, an all-day course and a free reminder.
func (x *demoExchange) mailbox(i int, loc *time.Location, today planner.Date) planner.CalendarConnection {
	upn := demoMailbox(i)
	x.srv.AddMailbox(demoTenant, upn)
	next := func(wd time.Weekday, weeks int) planner.Date {
		day := today.AddDays(1)
		for day.Weekday() != wd {
			day = day.AddDays(1)
		}
		return day.AddDays(7 * weeks)
	}
	at := func(day planner.Date, h, m int) time.Time {
		return time.Date(day.Year, day.Month, day.Day, h, m, 0, 0, loc)
	}
	must := func(id string, err error) string {
		if err != nil {
			panic(fmt.Sprintf("demo mailbox %s: %v", upn, err)) // our own fixed data
		}
		return id
	}
	team := at(next(time.Wednesday, 0), 10, 0)
	series := must(x.srv.CreateEvent(upn, graphtest.Event{Subject: "Teammøde", Start: team, End: team.Add(time.Hour), TimeZone: "Romance Standard Time",
		Recurrence: &graphtest.Recurrence{
			Pattern: graphtest.RecurrencePattern{Type: "weekly", Interval: 1, DaysOfWeek: []string{"wednesday"}, FirstDayOfWeek: "monday"},
			Range:   graphtest.RecurrenceRange{Type: "numbered", StartDate: team.Format("2006-01-02"), NumberOfOccurrences: 8, RecurrenceTimeZone: "Romance Standard Time"}}}))
	if err := x.srv.DeleteOccurrence(upn, series, team.AddDate(0, 0, 14)); err != nil {
		panic(fmt.Sprintf("demo mailbox %s: %v", upn, err))
	}
	doctor := at(next(time.Thursday, i%2), 13, 0)
	must(x.srv.CreateEvent(upn, graphtest.Event{Subject: "Tandlæge", Sensitivity: "private", Start: doctor, End: doctor.Add(45 * time.Minute), TimeZone: "Romance Standard Time"}))
	course := next(time.Friday, 1+i%3)
	day := time.Date(course.Year, course.Month, course.Day, 0, 0, 0, 0, time.UTC)
	must(x.srv.CreateEvent(upn, graphtest.Event{Subject: "Kursus i Outlook", IsAllDay: true, Start: day, End: day.AddDate(0, 0, 1)}))
	remind := at(next(time.Monday, 0), 9, 0)
	must(x.srv.CreateEvent(upn, graphtest.Event{Subject: "Husk at ringe tilbage", ShowAs: "free", Start: remind, End: remind.Add(15 * time.Minute), TimeZone: "Romance Standard Time"}))
	return planner.CalendarConnection{Kind: planner.Graph, Username: upn}
}

// demoCalendars gives demo advisor i a calendar: in the Exchange double for
// the advisors of demoExchangeAdvisors, else on the CalDAV server.
func demoCalendars(dav *demoCalDAV, x *demoExchange) func(int, *time.Location, planner.Date) planner.CalendarConnection {
	return func(i int, loc *time.Location, today planner.Date) planner.CalendarConnection {
		if x != nil && demoExchangeAdvisors[i] {
			return x.mailbox(i, loc, today)
		}
		return dav.calendar(i, loc, today)
	}
}
