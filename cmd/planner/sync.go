package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"time"

	"github.com/planner-dk/planner/connectors/caldav"
	"github.com/planner-dk/planner/planner"
	calsync "github.com/planner-dk/planner/sync"
)

// syncSummary adds up a run over several calendars.
type syncSummary struct {
	Calendars, Failed                int
	Listed, Fetched, Stored, Removed int
	Parsed                           int // -calendar: objects read and understood
	Pushed, Restored, Conflicts      int
	Requests                         int64
	Elapsed                          time.Duration
}

func (s syncSummary) String() string {
	if s.Parsed > 0 {
		return fmt.Sprintf("1 calendar: %d events listed, %d read, %d understood; %d requests in %.2f s",
			s.Listed, s.Fetched, s.Parsed, s.Requests, s.Elapsed.Seconds())
	}
	return fmt.Sprintf("%d calendars (%d failed): %d events listed, %d read, %d stored, %d removed; %d meetings pushed, %d restored, %d conflicts; %d requests in %.2f s",
		s.Calendars, s.Failed, s.Listed, s.Fetched, s.Stored, s.Removed, s.Pushed, s.Restored, s.Conflicts, s.Requests, s.Elapsed.Seconds())
}

// syncAll pushes and then pulls every connected calendar of the store, at
// most parallel at a time.
func syncAll(ctx context.Context, e *calsync.Engine, store planner.Store, parallel int) (syncSummary, error) {
	var sum syncSummary
	advisors, err := store.FindCalendarAdvisors(ctx)
	if err != nil {
		return sum, err
	}
	type result struct {
		push calsync.PushStats
		pull calsync.PullStats
		err  error
	}
	results := make(chan result)
	sem := make(chan struct{}, max(parallel, 1))
	for _, a := range advisors {
		go func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			var r result
			if ctx.Err() != nil {
				// stopping: calendars not begun are left for the next start
				r.err = ctx.Err()
				results <- r
				return
			}
			// a calendar begun is finished (bounded), so SIGTERM drains it
			one, cancel := context.WithTimeout(context.WithoutCancel(ctx), 2*time.Minute)
			defer cancel()
			r.push, r.err = e.Push(one, a)
			pull, err := e.Pull(one, a)
			r.pull, r.err = pull, errors.Join(r.err, err)
			results <- r
		}()
	}
	for range advisors {
		r := <-results
		sum.Calendars++
		if r.err != nil {
			sum.Failed++
		}
		sum.Listed += r.pull.Listed
		sum.Fetched += r.pull.Fetched
		sum.Stored += r.pull.Upserted
		sum.Removed += r.pull.Removed
		sum.Restored += r.pull.Restored
		sum.Conflicts += r.pull.Conflicts
		sum.Pushed += r.push.Meetings
	}
	return sum, nil
}

// runSync is `planner sync --once`: one push and pull of every connected
// calendar of the store, or one pull of a single calendar URL without a
// store, then a summary (events, requests, seconds) — so a whole sync can be
// timed and scripted as one process.
func (m *Main) runSync(ctx context.Context, args []string, getenv func(string) string) error {
	c := ConfigFromEnv(getenv)
	fs := flag.NewFlagSet("sync", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	once := fs.Bool("once", false, "sync once and exit (required: the continuous sync runs inside serve)")
	fs.StringVar(&c.Database, "database", c.Database, "PostgreSQL URL or SQLite file; env PLANNER_DATABASE_URL")
	calendar := fs.String("calendar", "", "pull only this CalDAV calendar URL, without a store")
	user := fs.String("user", "", "user name for -calendar")
	password := fs.String("password", getenv("PLANNER_CALDAV_PASSWORD"), "password for -calendar; env PLANNER_CALDAV_PASSWORD")
	discover := fs.Bool("discover", false, "with -calendar: list the account's event calendars found from that URL (the server's root, the principal or the calendar home), the URLs an advisor's connection takes")
	parallel := fs.Int("parallel", 8, "calendars synced at once")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if !*once {
		return errors.New("-once is required: the continuous sync runs inside serve")
	}
	conns := newConnectors(nil, nil)
	start := time.Now()
	if *discover {
		if *calendar == "" {
			return errors.New("-discover needs -calendar URL")
		}
		cals, err := caldav.Discover(ctx, caldav.Config{URL: *calendar, Username: *user, Password: *password, HTTPClient: conns.client})
		for _, cal := range cals {
			fmt.Fprintf(m.Stdout, "%s\t%s\n", cal.URL, cal.DisplayName)
		}
		return err
	}
	if *calendar != "" {
		sum, err := pullOne(ctx, conns, *calendar, *user, *password)
		sum.Requests, sum.Elapsed = conns.transport.n.Load(), time.Since(start)
		fmt.Fprintln(m.Stdout, "planner sync:", sum)
		return err
	}
	db, logger, err := m.open(ctx, c)
	if err != nil {
		return err
	}
	defer db.close()
	conns.apps = db
	e := &calsync.Engine{Store: db, Connect: conns.connect, Logger: logger}
	sum, err := syncAll(ctx, e, db, *parallel)
	sum.Requests, sum.Elapsed = conns.transport.n.Load(), time.Since(start)
	fmt.Fprintln(m.Stdout, "planner sync:", sum)
	if err == nil && sum.Failed > 0 {
		err = fmt.Errorf("%d of %d calendars failed; see the log", sum.Failed, sum.Calendars)
	}
	return err
}

// pullOne lists and reads a single calendar and expands its events over the
// default horizon, storing nothing.
func pullOne(ctx context.Context, conns *connectors, url, user, password string) (syncSummary, error) {
	sum := syncSummary{Calendars: 1}
	conn, err := caldav.New(caldav.Config{URL: url, Username: user, Password: password, HTTPClient: conns.client})
	if err != nil {
		return sum, err
	}
	ch, err := conn.Changes(ctx, "")
	if err != nil {
		sum.Failed = 1
		return sum, err
	}
	hrefs := make([]string, len(ch.Changed))
	for i, r := range ch.Changed {
		hrefs[i] = r.Href
	}
	objs, bad, err := conn.Fetch(ctx, hrefs)
	if err != nil {
		sum.Failed = 1
		return sum, err
	}
	zone, _ := planner.LoadZone("Europe/Copenhagen")
	now := time.Now()
	o := calsync.Options{From: now.AddDate(0, 0, -7), To: now.AddDate(0, 0, 26*7), Zone: zone}
	sum.Listed, sum.Fetched = len(ch.Changed), len(objs)
	for _, obj := range objs {
		if _, err := calsync.Parse(obj.Data, o); err == nil {
			sum.Parsed++
		}
	}
	if len(bad) > 0 {
		return sum, fmt.Errorf("%d objects could not be read", len(bad))
	}
	return sum, nil
}
