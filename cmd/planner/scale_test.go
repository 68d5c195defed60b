package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/planner-dk/planner/connectors/caldav/demoserver"
	"github.com/planner-dk/planner/connectors/graph/graphtest"
	"github.com/planner-dk/planner/planner"
	"github.com/planner-dk/planner/planner/sqlstore"
	"github.com/planner-dk/planner/queue/redisqueue/redistest"
)

var (
	scaleRun       = flag.Bool("scale", false, "run TestScale: one serve and two workers keep many calendars in sync (issue 6 §7, issue 12 §8)")
	scaleCalendars = flag.Int("scale.calendars", 2000, "advisor calendars in the scale run")
	scaleGraph     = flag.Float64("scale.graph", 0.5, "the share of the scale run's calendars in Exchange Online (the Graph double), 0 to 1; the rest are on the demo CalDAV server")
	scaleMinutes   = flag.Float64("scale.minutes", 8, "how long the scale run lasts, the first cadence and a half of it warm-up")
	scaleCadence   = flag.Duration("scale.cadence", 2*time.Minute, "each calendar's pull cadence in the scale run")
	scaleWarmup    = flag.Duration("scale.warmup", 0, "the warm-up before measuring (default a cadence and a half)")
)

// The scale run's Microsoft 365 tenant on the Graph double.
const (
	scaleTenant   = "skala.onmicrosoft.com"
	scaleClientID = "0b7e3c1a-2f4d-4e6a-9c8b-1d2e3f4a5b6c"
	scaleSecret   = "scale-graph-secret"
)

// scaleKind is what the scale run measures of one connector kind's
// calendars.
type scaleKind struct {
	kind planner.CalendarKind
	ids  []planner.AdvisorID
	upns []string // graph: the mailboxes
	lags []float64
	// pulls and failed pulls in the measured window, and in all
	pulls0, pulls, failed float64
	// seconds the window's pulls took, summed (the workers' histogram)
	took0, took float64
}

// quantile is the p-quantile of the sorted lags.
func (k *scaleKind) quantile(p float64) float64 { return k.lags[int(p*float64(len(k.lags)-1))] }

// TestScale: issue 6 §7 and issue 12 §8 — one `planner serve` and two
// `planner worker` processes on PostgreSQL and Redis keep -scale.calendars
// advisor calendars in sync at the default cadence: a mixed fleet, the
// -scale.graph share of them in Exchange Online (the Graph double in the
// test process) and the rest on the demo CalDAV server, 10 private
// appointments each (in Exchange two of them weekly series). After a
// warm-up of one and a half cadences it measures the sustained pulls per
// minute, the lag of every calendar sampled each 5 s (p50, p99, max), the
// workers' CPU per pull, per connector kind and overall, and the Graph
// requests per pull. It checks that no calendar of either kind falls
// behind: every calendar read, the pulls keeping up with the cadence, and
// the p99 lag within a cadence and three sweeps (a pull waits for its slot,
// the next sweep, the queue, and commits at its end); and that a Graph
// no-change poll is one request (at most 1.1 on average, token requests
// aside) and Graph throttled nothing (the double does not throttle here).
//
//	go test ./cmd/planner -run TestScale -v -timeout 30m -args -scale
func TestScale(t *testing.T) {
	if !*scaleRun {
		t.Skip("the scale run takes minutes: go test ./cmd/planner -run TestScale -v -timeout 30m -args -scale")
	}
	if *scaleGraph < 0 || *scaleGraph > 1 {
		t.Fatalf("-scale.graph %v: want a share from 0 to 1", *scaleGraph)
	}
	ctx := context.Background()
	n, cadence, sweep := *scaleCalendars, *scaleCadence, 10*time.Second
	bin, dbURL, redisURL := buildPlanner(t), testPostgresTB(t), redistest.URL(t)
	db, err := sqlstore.OpenPostgres(ctx, dbURL, testKeyring())
	must(t, err)
	t.Cleanup(func() { db.Close() })
	must(t, db.Migrate(ctx))

	dav, davURL, err := startDemoCalDAV("127.0.0.1:0")
	must(t, err)
	t.Cleanup(dav.stop)
	exo, err := graphtest.New(graphtest.Options{Addr: "127.0.0.1:0"})
	must(t, err)
	t.Cleanup(exo.Close)
	exo.AddApp(scaleTenant, scaleClientID, scaleSecret)
	jc := planner.Jobcenter{Name: "Jobcenter Skala", Zone: "Europe/Copenhagen", SummonsPrefix: 10100, Settings: planner.DefaultSettings()}
	must(t, db.CreateJobcenter(ctx, &jc))
	must(t, db.SetGraphApp(ctx, jc.ID, planner.GraphApp{TenantID: scaleTenant, ClientID: scaleClientID, Secret: scaleSecret,
		TokenURL: exo.TokenURL(scaleTenant), GraphURL: exo.GraphURL()}))
	team := planner.Team{JobcenterID: jc.ID, Name: "Ydelse"}
	must(t, db.CreateTeam(ctx, &team))
	caldavs, graphs := &scaleKind{kind: planner.CalDAV}, &scaleKind{kind: planner.Graph}
	kinds := []*scaleKind{caldavs, graphs}
	var ids []planner.AdvisorID
	start := time.Now().UTC().Truncate(time.Hour)
	for i := range n {
		user := fmt.Sprintf("vejleder%d", i+1)
		var cal planner.CalendarConnection
		onGraph := int(float64(i+1)**scaleGraph) > int(float64(i)**scaleGraph) // spread evenly over the fleet
		if onGraph {
			upn := user + "@skala.example"
			must(t, scaleMailbox(exo, upn, i, start))
			cal = planner.CalendarConnection{Kind: planner.Graph, Username: upn}
			graphs.upns = append(graphs.upns, upn)
		} else {
			path := dav.dav.AddUser(user, demoPassword)
			for k := range 10 {
				at := start.Add(time.Duration(24*(k+1)+i%8) * time.Hour)
				ev := fmt.Sprintf("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//scale//EN\r\nBEGIN:VEVENT\r\nUID:scale-%d-%d\r\nDTSTAMP:20260101T000000Z\r\n"+
					"DTSTART:%s\r\nDTEND:%s\r\nSUMMARY:Privat\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", i, k, at.Format("20060102T150405Z"), at.Add(time.Hour).Format("20060102T150405Z"))
				must(t, dav.dav.Put(user, fmt.Sprintf("scale-%d.ics", k), []byte(ev)))
			}
			cal = planner.CalendarConnection{Kind: planner.CalDAV, URL: strings.TrimSuffix(davURL, demoserver.Prefix) + path, Username: user, Secret: demoPassword}
		}
		a := planner.Advisor{JobcenterID: jc.ID, TeamID: team.ID, Name: fmt.Sprintf("Vejleder %d", i+1), Calendar: cal}
		must(t, db.CreateAdvisor(ctx, &a))
		ids = append(ids, a.ID)
		if onGraph {
			graphs.ids = append(graphs.ids, a.ID)
		} else {
			caldavs.ids = append(caldavs.ids, a.ID)
		}
	}

	env := append(os.Environ(), "PLANNER_DATABASE_URL="+dbURL, "PLANNER_REDIS_URL="+redisURL,
		"PLANNER_SYNC_INTERVAL="+cadence.String(), "PLANNER_SWEEP_INTERVAL="+sweep.String(), "PLANNER_LOG_LEVEL=warn")
	serve := startProcess(t, bin, "serve", env, "serve", "-addr", "127.0.0.1:0")
	var workers []*exec.Cmd
	var metrics []string
	for i := range 2 {
		addr := freeAddr(t)
		workers = append(workers, startProcess(t, bin, fmt.Sprintf("worker%d", i+1), append(env, "PLANNER_METRICS_ADDR="+addr), "worker"))
		metrics = append(metrics, "http://"+addr+"/metrics")
	}
	began := time.Now()
	total := time.Duration(*scaleMinutes * float64(time.Minute))
	warm := cadence + cadence/2
	if *scaleWarmup > 0 {
		warm = *scaleWarmup
	}
	pullsOf := func(k *scaleKind, result string) float64 {
		return scrapeLabeled(t, metrics, "planner_sync_pulls_total", `connector="`+string(k.kind)+`"`, result)
	}
	tookOf := func(k *scaleKind) float64 {
		return scrapeLabeled(t, metrics, "planner_sync_pull_duration_seconds_sum", `connector="`+string(k.kind)+`"`)
	}
	var pulls0, cpu0, pg0, redis0, graphReq0, budget0, self0 float64
	var measured time.Time
	for time.Since(began) < total {
		time.Sleep(5 * time.Second)
		if time.Since(began) < warm {
			continue
		}
		if measured.IsZero() {
			measured, pulls0, cpu0 = time.Now(), scrapeSum(t, metrics, "planner_sync_pulls_total"), processCPU(t, workers...)
			pg0, redis0 = commandCPU("postgres"), commandCPU("redis-server")
			graphReq0 = scrapeSum(t, metrics, "planner_graph_requests_total")
			budget0, self0 = scrapeSum(t, metrics, "planner_graph_budget_wait_seconds_total"), selfCPU(t)
			for _, k := range kinds {
				k.pulls0, k.took0 = pullsOf(k, ""), tookOf(k)
			}
		}
		states, err := db.FindCalendarStates(ctx, jc.ID, ids)
		must(t, err)
		now := time.Now()
		for _, k := range kinds {
			for _, id := range k.ids {
				st, ok := states[id]
				if !ok || st.LastSuccess.IsZero() {
					k.lags = append(k.lags, now.Sub(began).Seconds()) // never read: as old as the run
					continue
				}
				k.lags = append(k.lags, now.Sub(st.LastSuccess).Seconds())
			}
		}
	}
	if measured.IsZero() {
		t.Fatalf("-scale.minutes %v leaves no time after the warm-up of %v", *scaleMinutes, warm)
	}
	window := time.Since(measured)
	pulls := scrapeSum(t, metrics, "planner_sync_pulls_total") - pulls0
	cpu := processCPU(t, workers...) - cpu0
	pg, rds := commandCPU("postgres")-pg0, commandCPU("redis-server")-redis0
	graphReq := scrapeSum(t, metrics, "planner_graph_requests_total") - graphReq0
	budget, self := scrapeSum(t, metrics, "planner_graph_budget_wait_seconds_total")-budget0, selfCPU(t)-self0
	for _, k := range kinds {
		k.pulls, k.took = pullsOf(k, "")-k.pulls0, tookOf(k)-k.took0
		for _, r := range []string{"auth", "transient", "mass_deletion", "error"} {
			k.failed += pullsOf(k, `result="`+r+`"`)
		}
	}
	// the double's own count of the window's Graph requests, and of any 429
	var seen, throttled429, maxPerMailbox int
	byWhat := map[string]int{}
	for _, upn := range graphs.upns {
		inWindow := 0
		for _, r := range exo.Requests(upn) {
			if r.Status == http.StatusTooManyRequests {
				throttled429++
			}
			if !r.Time.Before(measured) {
				inWindow++
				byWhat[graphRequestKind(r)]++
			}
		}
		seen += inWindow
		maxPerMailbox = max(maxPerMailbox, inWindow)
	}
	h, err := db.FindSyncHealth(ctx)
	must(t, err)
	states, err := db.FindCalendarStates(ctx, jc.ID, ids)
	must(t, err)

	all := &scaleKind{kind: "all", pulls: pulls, failed: caldavs.failed + graphs.failed, took: caldavs.took + graphs.took, ids: ids}
	for _, k := range kinds {
		all.lags = append(all.lags, k.lags...)
	}
	t.Logf("scale: %d calendars (%d CalDAV, %d Graph), cadence %v, sweep %v, measured %v after a %v warm-up",
		n, len(caldavs.ids), len(graphs.ids), cadence, sweep, window.Round(time.Second), warm)
	for _, k := range append(kinds, all) {
		if len(k.ids) == 0 {
			continue
		}
		slices.Sort(k.lags)
		t.Logf("scale: %-6s %4d calendars: %5.0f pulls/min sustained (%.0f expected at the cadence), %.0f failed pulls in all, %.1f ms a pull on average; lag p50 %.1f s, p99 %.1f s, max %.1f s over %d samples",
			k.kind, len(k.ids), k.pulls/window.Minutes(), float64(len(k.ids))/cadence.Minutes(), k.failed, 1000*k.took/max(k.pulls, 1),
			k.quantile(0.5), k.quantile(0.99), k.lags[len(k.lags)-1], len(k.lags))
	}
	if len(graphs.ids) > 0 {
		t.Logf("scale: Graph: %.3f requests per pull (%.0f requests by the workers' planner_graph_requests_total, %d seen by the double, at most %d for one mailbox, over %.0f pulls); %d token requests in all (%.0f by the workers' count); %d answered 429, %.0f throttled by the workers' count",
			graphReq/max(graphs.pulls, 1), graphReq, seen, maxPerMailbox, graphs.pulls, exo.TokenRequests(), scrapeSum(t, metrics, "planner_graph_token_requests_total"),
			throttled429, scrapeSum(t, metrics, "planner_graph_throttled_total"))
		t.Logf("scale: Graph: the window's requests seen by the double: %v", byWhat)
		t.Logf("scale: Graph: %.1f ms a pull waiting for the job centre's request budget, %.0f s waiting for Retry-After or backoff in all",
			1000*budget/max(graphs.pulls, 1), scrapeSum(t, metrics, "planner_graph_throttle_wait_seconds_total"))
	}
	t.Logf("scale: workers' CPU %.2f s per minute, %.2f ms per pull; serve's CPU %.2f s in all; the test process's (both doubles, the sampling) %.2f s per minute",
		cpu/window.Minutes(), 1000*cpu/pulls, processCPU(t, serve), self/window.Minutes())
	t.Logf("scale: PostgreSQL's CPU %.2f s per minute, %.2f ms per pull; Redis's %.2f s per minute, %.2f ms per pull (all of the machine's)",
		pg/window.Minutes(), 1000*pg/pulls, rds/window.Minutes(), 1000*rds/pulls)
	t.Logf("scale: calendars healthy %d, unhealthy %d, never read %d", h.Calendars-h.Unhealthy-h.Never, h.Unhealthy, h.Never)
	if h.Unhealthy+h.Never != 0 {
		t.Errorf("%d calendars unhealthy and %d never read, want all read", h.Unhealthy, h.Never)
	}
	for _, k := range kinds {
		if len(k.ids) == 0 {
			continue
		}
		var unread int
		for _, id := range k.ids {
			if st, ok := states[id]; !ok || st.LastSuccess.IsZero() || !st.Healthy {
				unread++
			}
		}
		if unread != 0 {
			t.Errorf("%s: %d of %d calendars unhealthy or never read, want all read", k.kind, unread, len(k.ids))
		}
		if limit := (cadence + 3*sweep).Seconds(); k.quantile(0.99) > limit {
			t.Errorf("%s: lag p99 %.1f s, want at most a cadence and three sweeps (%.0f s)", k.kind, k.quantile(0.99), limit)
		}
		if got, want := k.pulls/window.Minutes(), float64(len(k.ids))/cadence.Minutes(); got < 0.9*want {
			t.Errorf("%s: %.0f pulls/min, want about %.0f (every calendar once per cadence)", k.kind, got, want)
		}
	}
	if len(graphs.ids) > 0 {
		if perPull := graphReq / max(graphs.pulls, 1); perPull > 1.1 {
			t.Errorf("Graph: %.2f requests per no-change pull, want one (at most 1.1 on average)", perPull)
		}
		if throttled429 != 0 {
			t.Errorf("Graph: %d requests answered 429, want none (the double does not throttle here)", throttled429)
		}
	}
}

// graphRequestKind classes a request the double logged: a delta round's
// first page, a delta page from a deltaLink or a nextLink, or another call
// (method and status).
func graphRequestKind(r graphtest.Request) string {
	switch {
	case strings.Contains(r.URI, "deltatoken"):
		return fmt.Sprintf("deltaLink %d", r.Status)
	case strings.Contains(r.URI, "skiptoken"):
		return fmt.Sprintf("nextLink %d", r.Status)
	case strings.Contains(r.URI, "/calendarView/delta"):
		return fmt.Sprintf("first round %d", r.Status)
	}
	return fmt.Sprintf("%s %d", r.Method, r.Status)
}

// scaleMailbox gives advisor i of the scale run a mailbox upn in the Graph
// double with 10 private Outlook appointments as on the CalDAV server,
// from the second day on at the advisor's hour: eight single ones and two
// weekly series of eight.
func scaleMailbox(exo *graphtest.Server, upn string, i int, start time.Time) error {
	exo.AddMailbox(scaleTenant, upn)
	for k := range 10 {
		at := start.Add(time.Duration(24*(k+1)+i%8) * time.Hour)
		e := graphtest.Event{Subject: "Privat", Sensitivity: "private", Start: at, End: at.Add(time.Hour), TimeZone: "UTC"}
		if k >= 8 {
			e.Recurrence = &graphtest.Recurrence{
				Pattern: graphtest.RecurrencePattern{Type: "weekly", Interval: 1, DaysOfWeek: []string{strings.ToLower(at.Weekday().String())}, FirstDayOfWeek: "monday"},
				Range:   graphtest.RecurrenceRange{Type: "numbered", StartDate: at.Format("2006-01-02"), NumberOfOccurrences: 8, RecurrenceTimeZone: "UTC"}}
		}
		if _, err := exo.CreateEvent(upn, e); err != nil {
			return fmt.Errorf("scale mailbox %s: %w", upn, err)
		}
	}
	return nil
}

// startProcess starts the built binary with args and env; it is killed
// when the test ends, and its warnings are logged if the test failed.
func startProcess(t *testing.T, bin, name string, env []string, args ...string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.SysProcAttr = dieWithTest()
	cmd.Env = env
	logPath := filepath.Join(t.TempDir(), name+".log")
	logFile, err := os.Create(logPath)
	must(t, err)
	cmd.Stderr = logFile
	stdout, err := cmd.StdoutPipe()
	must(t, err)
	must(t, cmd.Start())
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		logFile.Close()
		if t.Failed() {
			b, _ := os.ReadFile(logPath)
			lines := strings.Split(strings.TrimSpace(string(b)), "\n")
			for _, l := range lines[max(0, len(lines)-20):] {
				t.Log(name + ": " + l)
			}
		}
	})
	if _, err := bufio.NewReader(stdout).ReadString('\n'); err != nil {
		t.Fatalf("%s did not start: %v", name, err)
	}
	go io.Copy(io.Discard, stdout)
	return cmd
}

// commandCPU is the CPU seconds used so far by the running processes of
// the named command (all of them: PostgreSQL's backends, a Redis server),
// as /proc shows them; a backend that exited no longer counts.
func commandCPU(name string) float64 {
	dirs, _ := filepath.Glob("/proc/[0-9]*/stat")
	var sum float64
	for _, d := range dirs {
		b, err := os.ReadFile(d)
		if err != nil {
			continue
		}
		open, end := strings.IndexByte(string(b), '('), strings.LastIndexByte(string(b), ')')
		if open < 0 || end < open || string(b[open+1:end]) != name {
			continue
		}
		f := strings.Fields(string(b[end+2:]))
		utime, _ := strconv.ParseFloat(f[11], 64)
		stime, _ := strconv.ParseFloat(f[12], 64)
		sum += (utime + stime) / 100
	}
	return sum
}

// freeAddr is a loopback address with a free port.
func freeAddr(t *testing.T) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	must(t, err)
	defer ln.Close()
	return ln.Addr().String()
}

// scrapeSum adds up the samples of a metric (a name, or a name with its
// labels as exposed) over the given /metrics URLs.
func scrapeSum(t *testing.T, urls []string, metric string) float64 {
	var sum float64
	for _, u := range urls {
		resp, err := http.Get(u)
		must(t, err)
		sc := bufio.NewScanner(resp.Body)
		for sc.Scan() {
			line := sc.Text()
			name, value, ok := strings.Cut(line, " ")
			if !ok || strings.HasPrefix(line, "#") {
				continue
			}
			if name == metric || (!strings.Contains(metric, "{") && strings.HasPrefix(name, metric+"{")) {
				v, err := strconv.ParseFloat(value, 64)
				must(t, err)
				sum += v
			}
		}
		resp.Body.Close()
	}
	return sum
}

// selfCPU is the user and system CPU seconds the test process used so far.
func selfCPU(t *testing.T) float64 {
	b, err := os.ReadFile("/proc/self/stat")
	must(t, err)
	f := strings.Fields(string(b[strings.LastIndexByte(string(b), ')')+2:]))
	utime, _ := strconv.ParseFloat(f[11], 64)
	stime, _ := strconv.ParseFloat(f[12], 64)
	return (utime + stime) / 100
}

// processCPU is the user and system CPU seconds the processes used so far
// (Linux /proc; clock ticks of 1/100 s).
func processCPU(t *testing.T, cmds ...*exec.Cmd) float64 {
	var sum float64
	for _, c := range cmds {
		b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", c.Process.Pid))
		must(t, err)
		// the fields after the command name, which is in parentheses
		f := strings.Fields(string(b[strings.LastIndexByte(string(b), ')')+2:]))
		utime, _ := strconv.ParseFloat(f[11], 64)
		stime, _ := strconv.ParseFloat(f[12], 64)
		sum += (utime + stime) / 100
	}
	return sum
}

// scrapeLabeled adds up the samples of the metric name over the given
// /metrics URLs whose labels include every one of labels (each as exposed,
// `connector="graph"`; an empty one matches all).
func scrapeLabeled(t *testing.T, urls []string, name string, labels ...string) float64 {
	var sum float64
	for _, u := range urls {
		resp, err := http.Get(u)
		must(t, err)
		sc := bufio.NewScanner(resp.Body)
		for sc.Scan() {
			line := sc.Text()
			series, value, ok := strings.Cut(line, " ")
			if !ok || strings.HasPrefix(line, "#") {
				continue
			}
			metric, set, _ := strings.Cut(series, "{")
			if metric != name || !containsAll(set, labels) {
				continue
			}
			v, err := strconv.ParseFloat(value, 64)
			must(t, err)
			sum += v
		}
		resp.Body.Close()
	}
	return sum
}

func containsAll(set string, labels []string) bool {
	for _, l := range labels {
		if !strings.Contains(set, l) {
			return false
		}
	}
	return true
}
