package main

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/planner-dk/planner/planner"
	calsync "github.com/planner-dk/planner/sync"
)

// TestDemoExchange: two demo advisors keep their calendars in Exchange
// Online (the Graph double); the seeding reads them, so their Outlook
// appointments are green, and one sync round puts their meetings into
// their mailboxes (issue 12 §5).
func TestDemoExchange(t *testing.T) {
	ctx := context.Background()
	db, err := openDatabase(ctx, Config{Database: filepath.Join(t.TempDir(), "demo.db")}, discardLogger())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(db.close)
	dav, _, err := startDemoCalDAV("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(dav.stop)
	x, err := startDemoExchange("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(x.stop)
	app := x.app()
	now := time.Now()
	if _, err := seedDemo(ctx, db, now, demoCalendars(dav, x), &app); err != nil {
		t.Fatal(err)
	}
	before := len(x.srv.Events(demoMailbox(1))) + len(x.srv.Events(demoMailbox(5)))
	e := &calsync.Engine{Store: db, Connect: newConnectors(db, nil).connect, Now: time.Now}
	sum, err := syncAll(ctx, e, db, 4)
	if err != nil || sum.Failed != 0 || sum.Calendars != 6 {
		t.Fatalf("sync round = %v, %v; want 6 calendars, none failed", sum, err)
	}
	after := len(x.srv.Events(demoMailbox(1))) + len(x.srv.Events(demoMailbox(5)))
	if after <= before {
		t.Fatalf("the Exchange mailboxes hold %d events after the sync, %d before: no meeting arrived (%v)", after, before, sum)
	}
	advisors, err := db.FindCalendarAdvisors(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range advisors {
		if a.Calendar.Kind != planner.Graph {
			continue
		}
		view, err := planner.NewService(db, discardLogger()).Calendar(ctx, a.JobcenterID, planner.MeetingFilter{
			Advisors: []planner.AdvisorID{a.ID}, Interval: planner.Interval{Start: now, End: now.Add(35 * 24 * time.Hour)}})
		if err != nil {
			t.Fatal(err)
		}
		green, private := 0, 0
		for _, it := range view.Items {
			if it.State == planner.StateExternal {
				green++
				if it.Title == "Private" {
					private++
				}
			}
		}
		if green < 3 || private == 0 {
			t.Fatalf("%s's calendar holds %d green items (%d private); want the Outlook appointments", a.Name, green, private)
		}
	}
}

// TestDemoCommand drives `planner demo` itself: it prints the Graph
// double's addresses, and Planner's meetings appear in an Exchange
// advisor's mailbox, read through the double's own HTTP API.
func TestDemoCommand(t *testing.T) {
	if testing.Short() {
		t.Skip("starts the whole demo")
	}
	addrs := freeAddrs(t, 4)
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	m := &Main{Stdout: pw, Stderr: io.Discard, Getenv: func(string) string { return "" }}
	done := make(chan int, 1)
	go func() {
		done <- m.Run(ctx, []string{"demo", "-addr", addrs[0], "-caldav-addr", addrs[1], "-jobnet-addr", addrs[2], "-graph-addr", addrs[3], "-sync-interval", "1s"})
		pw.Close()
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case <-done:
		case <-time.After(15 * time.Second):
			t.Error("planner demo did not stop")
		}
	})
	var mailboxURL string
	lines := bufio.NewScanner(pr)
	re := regexp.MustCompile(`shown at (\S+/_double/mailboxes/\S+/events)`)
	for lines.Scan() {
		if mm := re.FindStringSubmatch(lines.Text()); mm != nil {
			mailboxURL = mm[1]
			break
		}
	}
	go io.Copy(io.Discard, pr)
	if mailboxURL == "" || !strings.HasPrefix(mailboxURL, "http://"+addrs[3]) {
		t.Fatalf("the demo printed no mailbox of the Graph double at %s (%q)", addrs[3], mailboxURL)
	}
	deadline := time.Now().Add(60 * time.Second)
	for {
		n, err := plannerEvents(mailboxURL)
		if err == nil && n > 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("no Planner meeting arrived in %s within a minute (%d, %v)", mailboxURL, n, err)
		}
		time.Sleep(500 * time.Millisecond)
	}
}

// plannerEvents counts the events of a mailbox that Planner wrote (its
// extended property), read through the double's own API.
func plannerEvents(url string) (int, error) {
	resp, err := http.Get(url)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return 0, err
	}
	var page struct {
		Value []struct {
			Extended []struct {
				ID string `json:"id"`
			} `json:"singleValueExtendedProperties"`
		} `json:"value"`
	}
	if err := json.Unmarshal(b, &page); err != nil {
		return 0, err
	}
	n := 0
	for _, ev := range page.Value {
		for _, p := range ev.Extended {
			if strings.HasSuffix(p.ID, " Name PlannerTarget") {
				n++
			}
		}
	}
	return n, nil
}

// freeAddrs finds n free loopback addresses.
func freeAddrs(t *testing.T, n int) []string {
	t.Helper()
	var out []string
	for range n {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, ln.Addr().String())
		ln.Close()
	}
	return out
}
