package mail_test

import (
	"context"
	"crypto/tls"
	"errors"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/planner-dk/planner/connectors/mail"
	"github.com/planner-dk/planner/connectors/mail/mailtest"
	"github.com/planner-dk/planner/planner"
	"github.com/planner-dk/planner/planner/secret"
	"github.com/planner-dk/planner/planner/sqlstore"
)

type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// TestOutbox: issue 6 §4 — the recorded §7 notifications go out over SMTP
// once each: accepted → sent; a 4xx reply → pending with the reason until
// the backoff has passed, then sent; a 5xx reply → failed with the reason;
// a sent one is never sent again.
func TestOutbox(t *testing.T) {
	ctx := context.Background()
	clk := &clock{t: time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)}
	db, err := sqlstore.OpenSQLite(ctx, filepath.Join(t.TempDir(), "planner.db"), secret.NewKeyring(secret.NewKey()))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	db.Now = clk.now
	jc := planner.Jobcenter{Name: "Jobcenter Glostrup", Zone: "Europe/Copenhagen", SummonsPrefix: 10100, Settings: planner.DefaultSettings()}
	if err := db.CreateJobcenter(ctx, &jc); err != nil {
		t.Fatal(err)
	}
	ids := map[string]int64{}
	for i, to := range []string{"bo@glostrup.dk", "later@glostrup.dk", "never@glostrup.dk"} {
		n := planner.Notification{Trigger: planner.Conflict, To: to, JobcenterID: jc.ID, MeetingID: planner.MeetingID(i + 1), Day: planner.NewDate(2026, 3, 2)}
		if _, err := db.RecordNotification(ctx, n); err != nil {
			t.Fatal(err)
		}
		due, err := db.FindDueNotifications(ctx, clk.now(), 10)
		if err != nil {
			t.Fatal(err)
		}
		ids[to] = due[len(due)-1].ID
	}

	srv := mailtest.Start(t, "planner", "s3cret")
	srv.Refuse("later@glostrup.dk", 451)
	srv.Refuse("never@glostrup.dk", 550)
	host, port := hostPort(t, srv.Addr)
	sender, err := mail.New(mail.Config{Host: host, Port: port, Username: "planner", Password: "s3cret", From: "planner@glostrup.dk",
		TLSConfig: &tls.Config{RootCAs: srv.CertPool, ServerName: "127.0.0.1"}})
	if err != nil {
		t.Fatal(err)
	}
	reg := prometheus.NewRegistry()
	out := &mail.Outbox{Store: db, Sender: sender, Now: clk.now, Metrics: mail.NewMetrics(reg)}
	for _, id := range ids {
		if err := out.Send(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	state := func(to string) planner.NotificationRecord {
		t.Helper()
		r, err := db.FindNotification(ctx, ids[to])
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	if r := state("bo@glostrup.dk"); r.State != planner.NotificationSent || r.SentAt == nil {
		t.Errorf("accepted: %+v, want sent", r)
	}
	later := state("later@glostrup.dk")
	if later.State != planner.NotificationPending || !strings.Contains(later.LastError, "451") || !later.NextAttempt.After(clk.now()) {
		t.Errorf("451: %+v, want pending with the reason and a later attempt", later)
	}
	if r := state("never@glostrup.dk"); r.State != planner.NotificationFailed || !strings.Contains(r.LastError, "550") {
		t.Errorf("550: %+v, want failed with the reason", r)
	}
	if n := len(srv.Messages()); n != 1 {
		t.Fatalf("%d mails delivered, want 1", n)
	}

	// a repeated task before the backoff has passed, and one for a sent mail, send nothing
	for _, id := range ids {
		if err := out.Send(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	if n := len(srv.Messages()); n != 1 {
		t.Fatalf("%d mails delivered after repeated tasks, want still 1", n)
	}
	srv.Refuse("later@glostrup.dk", 0)
	clk.add(later.NextAttempt.Sub(clk.now()))
	if err := out.Send(ctx, ids["later@glostrup.dk"]); err != nil {
		t.Fatal(err)
	}
	if r := state("later@glostrup.dk"); r.State != planner.NotificationSent || r.Attempts != 2 {
		t.Errorf("after the backoff: %+v, want sent on the second attempt", r)
	}
	if n := len(srv.Messages()); n != 2 {
		t.Errorf("%d mails delivered, want 2", n)
	}
	want := `
# HELP planner_mails_total Notification mail attempts by trigger and result (sent, retry, failed).
# TYPE planner_mails_total counter
planner_mails_total{result="failed",trigger="conflict"} 1
planner_mails_total{result="retry",trigger="conflict"} 1
planner_mails_total{result="sent",trigger="conflict"} 2
`
	if err := testutil.GatherAndCompare(reg, strings.NewReader(want)); err != nil {
		t.Error(err)
	}

	// a task that failed its last retry turns the notification failed; a sent one stays sent
	if err := out.GiveUp(ctx, ids["bo@glostrup.dk"], errors.New("store down")); err != nil {
		t.Fatal(err)
	}
	if r := state("bo@glostrup.dk"); r.State != planner.NotificationSent {
		t.Errorf("GiveUp of a sent mail: %+v, want it still sent", r)
	}
}

// TestOutboxLinksTheOfferPage: issue 22 point 6 — a mail about an offer
// links to the offer's page in the UI, not to an API path.
func TestOutboxLinksTheOfferPage(t *testing.T) {
	ctx := context.Background()
	db, err := sqlstore.OpenSQLite(ctx, filepath.Join(t.TempDir(), "planner.db"), secret.NewKeyring(secret.NewKey()))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	jc := planner.Jobcenter{Name: "Jobcenter Glostrup", Zone: "Europe/Copenhagen", SummonsPrefix: 10100, Settings: planner.DefaultSettings()}
	if err := db.CreateJobcenter(ctx, &jc); err != nil {
		t.Fatal(err)
	}
	if _, err := db.RecordNotification(ctx, planner.Notification{Trigger: planner.NoFreeTime, To: "team@glostrup.dk", JobcenterID: jc.ID,
		OfferID: 7, Day: planner.NewDate(2026, 3, 2)}); err != nil {
		t.Fatal(err)
	}
	due, err := db.FindDueNotifications(ctx, time.Now(), 10)
	if err != nil || len(due) != 1 {
		t.Fatalf("due = %v, %v", due, err)
	}
	srv := mailtest.Start(t, "planner", "s3cret")
	host, port := hostPort(t, srv.Addr)
	sender, err := mail.New(mail.Config{Host: host, Port: port, Username: "planner", Password: "s3cret", From: "planner@glostrup.dk",
		TLSConfig: &tls.Config{RootCAs: srv.CertPool, ServerName: "127.0.0.1"}})
	if err != nil {
		t.Fatal(err)
	}
	out := &mail.Outbox{Store: db, Sender: sender, UIURL: "https://planner.glostrup.dk/"}
	if err := out.Send(ctx, due[0].ID); err != nil {
		t.Fatal(err)
	}
	msgs := srv.Messages()
	if len(msgs) != 1 {
		t.Fatalf("%d mails", len(msgs))
	}
	body := string(msgs[0].Data)
	if !strings.Contains(body, "https://planner.glostrup.dk/tilbud/7") || strings.Contains(body, "/offers/") {
		t.Errorf("the mail's link:\n%s", body)
	}
}
