package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/xuri/excelize/v2"
)

// TestEndToEnd builds the real binary and drives a whole story over HTTP,
// on SQLite and on PostgreSQL: set up a job centre, offers, citizens; the
// portal books, is refused a taken time, rebooks; an absence is rebooked;
// pending summonses are created in bulk and sent; the lists and the Excel
// participant list hold the right rows; SIGTERM stops the daemon with 0.
func TestEndToEnd(t *testing.T) {
	bin := buildPlanner(t)
	t.Run("SQLite", func(t *testing.T) { story(t, bin, filepath.Join(t.TempDir(), "planner.db")) })
	t.Run("PostgreSQL", func(t *testing.T) { story(t, bin, testPostgresTB(t)) })
}

// buildPlanner builds the binary under test into a temporary directory.
func buildPlanner(t testing.TB) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "planner")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// dieWithTest makes a started process die with the test binary, even when
// the binary itself is killed (a test timeout skips every Cleanup): an
// orphaned worker would go on taking tasks from the Redis database the
// next test is given.
func dieWithTest() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
}

// serveLogs are the log files of the serve processes the tests started.
var serveLogs sync.Map // *exec.Cmd → its log file

// startServe starts `planner serve` on a free loopback port and returns the
// process and its base URL; the process is killed when the test ends.
func startServe(t testing.TB, bin, database string) (*exec.Cmd, string) {
	t.Helper()
	return startServeAt(t, bin, database, "127.0.0.1:0")
}

// startServeAt is startServe on addr.
func startServeAt(t testing.TB, bin, database, addr string) (*exec.Cmd, string) {
	t.Helper()
	cmd := exec.Command(bin, "serve", "-addr", addr, "-database", database)
	cmd.SysProcAttr = dieWithTest()
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	logPath := filepath.Join(t.TempDir(), "serve.log")
	serveLogs.Store(cmd, logPath)
	logFile, err := os.Create(logPath)
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = logFile
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		logFile.Close()
		if t.Failed() { // the server's own account of what went wrong
			b, _ := os.ReadFile(logPath)
			for _, l := range strings.Split(string(b), "\n") {
				if !strings.Contains(l, `"level":"INFO"`) && !strings.Contains(l, `"level":"DEBUG"`) && l != "" {
					t.Log("serve: " + l)
				}
			}
		}
	})
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil {
		t.Fatal(err)
	}
	go io.Copy(io.Discard, stdout)
	return cmd, regexp.MustCompile(`http://[0-9.:]+`).FindString(line)
}

// testPostgresTB creates a fresh database and drops it when the test ends.
func testPostgresTB(t testing.TB) string {
	admin := os.Getenv("PLANNER_TEST_DATABASE_URL")
	if admin == "" {
		admin = "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"
	}
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, admin)
	if err != nil {
		t.Fatalf("PostgreSQL is not reachable (PLANNER_TEST_DATABASE_URL): %v", err)
	}
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	name := "planner_e2e_" + hex.EncodeToString(b)
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+name); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_, _ = conn.Exec(context.Background(), "DROP DATABASE "+name+" WITH (FORCE)")
		conn.Close(context.Background())
	})
	u, _ := url.Parse(admin)
	u.Path = "/" + name
	return u.String()
}

// setupJobcenter creates job centre 1 with the planner binary's own commands
// and returns a client holding an admin and a portal token.
func setupJobcenter(t *testing.T, bin, database string) *client {
	t.Helper()
	run := func(args ...string) string {
		t.Helper()
		out, err := exec.Command(bin, append(args, "-database", database)...).CombinedOutput()
		if err != nil {
			t.Fatalf("planner %v: %v\n%s", args, err, out)
		}
		return strings.TrimSpace(string(out))
	}
	run("jobcenter", "-name", "Jobcenter Glostrup", "-prefix", "10100")
	return &client{t: t, tokens: map[string]string{
		"admin":  run("token", "-jobcenter", "1", "-role", "admin", "-name", "Maria"),
		"portal": run("token", "-jobcenter", "1", "-role", "portal", "-name", "Jobnet"),
	}}
}

func story(t *testing.T, bin, database string) {
	c := setupJobcenter(t, bin, database)
	cmd, base := startServe(t, bin, database)
	c.base = base

	// Set up: a team with hours, two advisors, a room, citizens, offers.
	team := c.call("admin", "POST", "/api/teams", map[string]any{"name": "Ydelse", "mail": "ydelse@glostrup.dk",
		"hours": map[string]any{"days": []any{nil, []any{map[string]any{"from": "09:00", "to": "12:00"}}, []any{map[string]any{"from": "09:00", "to": "12:00"}},
			[]any{map[string]any{"from": "09:00", "to": "12:00"}}, []any{map[string]any{"from": "09:00", "to": "12:00"}}, []any{map[string]any{"from": "09:00", "to": "12:00"}}, nil}}}, 201)
	var advisors []any
	for _, name := range []string{"Bo Poulsen", "Sarah Jensen"} {
		a := c.call("admin", "POST", "/api/advisors", map[string]any{"name": name, "teamId": team["id"]}, 201)
		advisors = append(advisors, a["id"])
	}
	room := c.call("admin", "POST", "/api/rooms", map[string]any{"name": "Salen", "capacity": 20}, 201)
	var citizens []any
	for _, cpr := range []string{"010190-4321", "020285-1234", "030399-2345"} {
		cz := c.call("admin", "POST", "/api/citizens", map[string]any{"cpr": cpr, "name": "Borger " + cpr[:2], "contactGroup": "Dagpengemodtager"}, 201)
		citizens = append(citizens, cz["id"])
	}
	today := time.Now().Format("2006-01-02")
	adults := map[string]any{"groups": []any{map[string]any{"match": "all", "rules": []any{map[string]any{"type": "age", "cond": ">=", "value": "18"}}}}}
	offer := c.call("admin", "POST", "/api/offers", map[string]any{"name": "Jobsamtale", "meetingType": "Jobsamtale", "form": "individual",
		"channel": "in_person", "durationMinutes": 30, "reportingMinutes": 15, "startMinutes": []int{0, 30}, "firstMeetingDate": today,
		"opensOn": today, "rollingWeeks": 4, "teamId": team["id"], "advisors": advisors, "active": true, "rules": adults,
		"terms": map[string]any{"acceptCancel": true, "acceptRebook": true, "rebookDaysBefore": 1}}, 201)
	group := c.call("admin", "POST", "/api/offers", map[string]any{"name": "Workshop", "meetingType": "Jobsamtale", "form": "group",
		"channel": "in_person", "durationMinutes": 60, "opensOn": today, "teamId": team["id"], "roomId": room["id"], "active": true, "rules": adults,
		"sessions": []any{map[string]any{"start": time.Now().AddDate(0, 0, 10).Truncate(time.Hour), "advisors": advisors[1:], "seatsFromRoom": true, "rebookSeats": 2}}}, 201)
	if len(group["sessions"].([]any)) != 1 {
		t.Fatalf("group offer sessions = %v", group["sessions"])
	}

	// The portal: the citizen sees the offers, books, is refused the same time again, rebooks.
	offerID := itoa(offer["id"])
	my := c.portal("010190-4321", "GET", "/api/portal/offers", nil, 200)
	if len(my["offers"].([]any)) != 2 {
		t.Fatalf("§5 my offers = %v", my)
	}
	times := c.portal("010190-4321", "GET", "/api/portal/offers/"+offerID+"/free-times", nil, 200)["times"].([]any)
	ft := func(i int) map[string]any { return times[i].(map[string]any) }
	book := func(cpr string, i int, status int) map[string]any {
		return c.portal(cpr, "POST", "/api/portal/bookings", map[string]any{"cpr": cpr, "offerId": offer["id"], "start": ft(i)["start"], "end": ft(i)["end"], "advisorId": ft(i)["advisorId"]}, status)
	}
	first := book("010190-4321", 0, 201)
	booked := first["summons"].(map[string]any)
	// No advisor choice (§5): the same start goes to the other advisor, and
	// only when both are taken is it refused.
	other := book("020285-1234", 0, 201)["meeting"].(map[string]any)
	if a, b := first["meeting"].(map[string]any)["advisors"], other["advisors"]; itoa(a) == itoa(b) || other["start"] != first["meeting"].(map[string]any)["start"] {
		t.Fatalf("§5 one start booked twice: advisors %v and %v", a, b)
	}
	book("030399-2345", 0, 409)
	last := len(times) - 1
	c.portal("010190-4321", "POST", "/api/portal/bookings/"+itoa(booked["id"])+"/rebook", map[string]any{"start": ft(last)["start"], "end": ft(last)["end"], "advisorId": ft(last)["advisorId"]}, 200)
	second := book("030399-2345", 0, 201)["meeting"].(map[string]any)

	// An absence over the second booking: a proposal, applied.
	start, _ := time.Parse(time.RFC3339, second["start"].(string))
	abs := c.call("admin", "POST", "/api/absences", map[string]any{"advisorId": second["advisors"].([]any)[0], "start": start.Add(-time.Hour), "end": start.Add(2 * time.Hour)}, 201)
	c.call("admin", "POST", "/api/absences/rebooking", map[string]any{"advisorId": second["advisors"].([]any)[0], "proposals": abs["proposals"]}, 200)

	// Bulk pending summonses into the group session, then sent.
	bulk := c.call("admin", "POST", "/api/summonses/bulk", map[string]any{"offerId": group["id"], "citizens": citizens}, 201)
	if n := len(bulk["summonses"].([]any)); n != 3 {
		t.Fatalf("§6 bulk into the session = %d", n)
	}
	pending := c.call("admin", "GET", "/api/summonses?list=pending", nil, 200)
	if pending["total"] != float64(3) {
		t.Errorf("§6 pending list = %v", pending["total"])
	}
	c.call("admin", "POST", "/api/summonses/send", map[string]any{"ids": []any{bulk["summonses"].([]any)[0].(map[string]any)["id"]}}, 204)
	follow := c.call("admin", "GET", "/api/summonses?list=follow_up", nil, 200)
	if follow["total"] != float64(6) { // three individual bookings and the three group participants
		t.Errorf("§6 follow-up list = %v, want 6", follow["total"])
	}

	// The participant list of the group offer opens in Excel with its three rows.
	resp := c.raw("admin", "GET", "/api/offers/"+itoa(group["id"])+"/participants.xlsx")
	f, err := excelize.OpenReader(resp.Body)
	resp.Body.Close()
	if err != nil {
		t.Fatal(err)
	}
	if rows, _ := f.GetRows("Deltagere"); len(rows) != 4 {
		t.Errorf("§4.3 participant list rows = %d, want a header and 3", len(rows))
	}

	// Searches by CPR number and by name, logged in the access log; then
	// neither the application's log nor its metrics may hold a CPR number,
	// a citizen's name or a search's criterion (issue 21 point 5).
	c.call("admin", "POST", "/api/search", map[string]any{"q": "010190-4321"}, 200)
	c.call("admin", "POST", "/api/summonses/query", map[string]any{"list": "follow_up", "search": "Borger 02"}, 200)
	c.send("admin", "", "POST", "/api/search", map[string]any{"q": "311299-9999"}, 404) // a CPR of no one
	metrics := c.raw("admin", "GET", "/metrics")
	m, _ := io.ReadAll(metrics.Body)
	metrics.Body.Close()

	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if err := cmd.Wait(); err != nil {
		t.Errorf("serve after SIGTERM: %v, want exit 0", err)
	}
	path, _ := serveLogs.Load(cmd)
	logged, err := os.ReadFile(path.(string))
	if err != nil {
		t.Fatal(err)
	}
	for _, secret := range []string{"4321", "0101904321", "010190-4321", "0202851234", "020285-1234", "0303992345", "311299", "Borger 0", "Borger 02"} {
		if bytes.Contains(logged, []byte(secret)) {
			t.Errorf("serve's log holds %q", secret)
		}
		if bytes.Contains(m, []byte(secret)) {
			t.Errorf("the metrics hold %q", secret)
		}
	}
}

type client struct {
	t      *testing.T
	base   string
	tokens map[string]string
}

func (c *client) raw(who, method, path string) *http.Response {
	c.t.Helper()
	req, _ := http.NewRequest(method, c.base+path, nil)
	req.Header.Set("Authorization", "Bearer "+c.tokens[who])
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		c.t.Fatal(err)
	}
	return resp
}

func (c *client) send(who, cpr, method, path string, body any, status int) map[string]any {
	c.t.Helper()
	b, _ := json.Marshal(body)
	if body == nil {
		b = nil
	}
	req, _ := http.NewRequest(method, c.base+path, bytes.NewReader(b))
	req.Header.Set("Authorization", "Bearer "+c.tokens[who])
	if cpr != "" {
		req.Header.Set("Planner-Citizen", cpr)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		c.t.Fatal(err)
	}
	defer resp.Body.Close()
	var out map[string]any
	_ = json.NewDecoder(resp.Body).Decode(&out)
	if resp.StatusCode != status {
		c.t.Fatalf("%s %s = %d %v, want %d", method, path, resp.StatusCode, out, status)
	}
	return out
}

func (c *client) call(who, method, path string, body any, status int) map[string]any {
	c.t.Helper()
	return c.send(who, "", method, path, body, status)
}

func (c *client) portal(cpr, method, path string, body any, status int) map[string]any {
	c.t.Helper()
	return c.send("portal", cpr, method, path, body, status)
}

func itoa(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}
