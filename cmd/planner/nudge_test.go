package main

import (
	"bufio"
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/planner-dk/planner/connectors/jobnet/jobnettest"
	"github.com/planner-dk/planner/connectors/mail/mailtest"
	"github.com/planner-dk/planner/planner"
	"github.com/planner-dk/planner/planner/httpapi"
)

// serveInProcess runs `planner serve` in the test's process with the
// environment env until the test ends, and returns its base URL.
func serveInProcess(t *testing.T, env map[string]string) string {
	t.Helper()
	ctx, stop := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	done := make(chan int, 1)
	go func() {
		m := &Main{Stdout: pw, Stderr: io.Discard, Getenv: func(k string) string { return env[k] }}
		done <- m.Run(ctx, []string{"serve"})
		pw.Close()
	}()
	t.Cleanup(func() {
		stop()
		if code := <-done; code != 0 {
			t.Errorf("serve exited %d", code)
		}
	})
	line, err := bufio.NewReader(pr).ReadString('\n')
	must(t, err)
	go io.Copy(io.Discard, pr)
	return regexp.MustCompile(`http://[0-9.:]+`).FindString(line)
}

// TestEmbeddedWorker: issue 6 §1 and DESIGN.md data flow step 2 — without
// Redis, serve runs the tasks itself: its first sweep pushes the demo's
// summonses to Jobnet, and a write through the API reaches Jobnet within
// seconds although the next periodic sweep is an hour away (the write
// nudges an outbox sweep).
func TestEmbeddedWorker(t *testing.T) {
	ctx := context.Background()
	db, _, _, path := demoWithCalendars(t)
	secret := httpapi.NewTokenSecret()
	must(t, db.CreateToken(ctx, &planner.Token{JobcenterID: 1, Role: planner.RoleAdmin, Name: "test", Hash: httpapi.HashToken(secret)}))
	sim := jobnettest.New("jobnet-token", nil)
	jn := httptest.NewServer(sim)
	t.Cleanup(jn.Close)

	env := map[string]string{"PLANNER_DATABASE_URL": path, "PLANNER_ADDR": "127.0.0.1:0", "PLANNER_SWEEP_INTERVAL": "1h",
		"PLANNER_SYNC_INTERVAL": "1h", "PLANNER_JOBNET_URL": jn.URL, "PLANNER_JOBNET_TOKEN": "jobnet-token"}
	base := serveInProcess(t, env)

	waitFor := func(what string, cond func() bool) {
		t.Helper()
		deadline := time.Now().Add(15 * time.Second)
		for !cond() {
			if time.Now().After(deadline) {
				t.Fatalf("timed out waiting for %s", what)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	waitFor("the first sweep's Jobnet pushes", func() bool {
		h, err := db.FindSyncHealth(ctx)
		must(t, err)
		return h.Items[planner.TargetJobnet][planner.SyncPending] == 0 && sim.Held() > 0
	})
	page, err := db.FindSummonsList(ctx, 1, planner.ListQuery{List: planner.FollowUpList, Limit: 1})
	must(t, err)
	if len(page.Rows) == 0 {
		t.Fatal("the demo has no booked summons")
	}
	row := page.Rows[0]
	if _, ok := sim.Summons(row.Number); !ok {
		t.Fatalf("summons %s is not on Jobnet after the first sweep", row.Number)
	}
	req, err := http.NewRequest("DELETE", base+"/api/meetings/"+strconv.FormatInt(int64(row.MeetingID), 10), nil)
	must(t, err)
	req.Header.Set("Authorization", "Bearer "+secret)
	resp, err := http.DefaultClient.Do(req)
	must(t, err)
	resp.Body.Close()
	if resp.StatusCode >= 300 {
		t.Fatalf("DELETE meeting = %s", resp.Status)
	}
	waitFor("the cancel to reach Jobnet", func() bool { _, ok := sim.Summons(row.Number); return !ok })
}

// TestMailThroughServe: issue 6 §4 — serve's embedded worker sends a
// recorded §7 notification over SMTP to a real server on loopback, once,
// and marks it sent.
func TestMailThroughServe(t *testing.T) {
	ctx := context.Background()
	db, _, _, path := demoWithCalendars(t)
	smtp := mailtest.Start(t, "", "") // a local relay: no AUTH, no TLS
	host, port, err := net.SplitHostPort(smtp.Addr)
	must(t, err)
	n := planner.Notification{Trigger: planner.NoOffer, To: "jobcenter@demo.example", JobcenterID: 1, Day: planner.DateOf(time.Now(), time.UTC)}
	if ok, err := db.RecordNotification(ctx, n); err != nil || !ok {
		t.Fatalf("RecordNotification = %v, %v", ok, err)
	}
	env := map[string]string{"PLANNER_DATABASE_URL": path, "PLANNER_ADDR": "127.0.0.1:0", "PLANNER_SWEEP_INTERVAL": "1s",
		"PLANNER_SYNC_INTERVAL": "1h", "PLANNER_SMTP_HOST": host, "PLANNER_SMTP_PORT": port, "PLANNER_SMTP_TLS": "none",
		"PLANNER_SMTP_FROM": "planner@demo.example"}
	serveInProcess(t, env)
	to := func(addr string) []mailtest.Message {
		var out []mailtest.Message
		for _, m := range smtp.Messages() {
			if m.To[0] == addr {
				out = append(out, m)
			}
		}
		return out
	}
	deadline := time.Now().Add(15 * time.Second)
	for len(to("jobcenter@demo.example")) == 0 {
		if time.Now().After(deadline) {
			t.Fatal("no mail arrived")
		}
		time.Sleep(50 * time.Millisecond)
	}
	time.Sleep(2 * time.Second) // further sweeps must not send it again
	if msgs := to("jobcenter@demo.example"); len(msgs) != 1 || !strings.Contains(string(msgs[0].Data), "Planner: en borger fandt ingen onlinetilbud") {
		t.Fatalf("%d mails to the job centre, want the one Danish no-offer mail", len(msgs))
	}
	// the first pulls found the demo's private appointments over meetings:
	// mail 4 went to those advisors, through the same outbox
	cpr := regexp.MustCompile(`\b\d{6}-?\d{4}\b`)
	for _, m := range smtp.Messages() {
		if cpr.Match(m.Data) {
			t.Errorf("a mail to %s holds a CPR-shaped number", m.To[0])
		}
	}
	rs, err := db.FindNotifications(ctx, 1, n.Day)
	must(t, err)
	if len(rs) != len(smtp.Messages()) {
		t.Errorf("%d notifications recorded, %d mails sent; want one mail each", len(rs), len(smtp.Messages()))
	}
	for _, r := range rs {
		if r.State != planner.NotificationSent {
			t.Errorf("notification %d (%s to %s) is %q, want sent", r.ID, r.Trigger, r.To, r.State)
		}
	}
}
