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
	"github.com/planner-dk/planner/planner"
	"github.com/planner-dk/planner/planner/postgres"
	"github.com/planner-dk/planner/queue/redisqueue/redistest"
)

var (
	scaleRun       = flag.Bool("scale", false, "run TestScale: one serve and two workers keep many calendars in sync (issue 6 §7)")
	scaleCalendars = flag.Int("scale.calendars", 2000, "advisor calendars in the scale run")
	scaleMinutes   = flag.Float64("scale.minutes", 8, "how long the scale run lasts, the first cadence and a half of it warm-up")
	scaleCadence   = flag.Duration("scale.cadence", 2*time.Minute, "each calendar's pull cadence in the scale run")
	scaleWarmup    = flag.Duration("scale.warmup", 0, "the warm-up before measuring (default a cadence and a half)")
)

// TestScale: issue 6 §7 — one `planner serve` and two `planner worker`
// processes on PostgreSQL and Redis keep -scale.calendars advisor calendars
// (on the demo CalDAV server, 10 private appointments each) in sync at the
// default cadence. After a warm-up of one and a half cadences it measures
// the sustained pulls per minute, the lag of every calendar sampled each 5 s
// (p50, p99, max) and the workers' CPU per pull, and checks that no
// calendar falls behind: every calendar read, the pulls keeping up with the
// cadence, and the p99 lag within a cadence and three sweeps (a pull waits
// for its slot, the next sweep, the queue, and commits at its end).
//
//	go test ./cmd/planner -run TestScale -v -timeout 30m -args -scale
func TestScale(t *testing.T) {
	if !*scaleRun {
		t.Skip("the scale run takes minutes: go test ./cmd/planner -run TestScale -v -timeout 30m -args -scale")
	}
	ctx := context.Background()
	n, cadence, sweep := *scaleCalendars, *scaleCadence, 10*time.Second
	bin, dbURL, redisURL := buildPlanner(t), testPostgresTB(t), redistest.URL(t)
	db, err := postgres.Open(ctx, dbURL, testKeyring())
	must(t, err)
	t.Cleanup(db.Close)
	must(t, db.Migrate(ctx))

	dav, davURL, err := startDemoCalDAV("127.0.0.1:0")
	must(t, err)
	t.Cleanup(dav.stop)
	jc := planner.Jobcenter{Name: "Jobcenter Skala", Zone: "Europe/Copenhagen", SummonsPrefix: 10100, Settings: planner.DefaultSettings()}
	must(t, db.CreateJobcenter(ctx, &jc))
	team := planner.Team{JobcenterID: jc.ID, Name: "Ydelse"}
	must(t, db.CreateTeam(ctx, &team))
	ids := make([]planner.AdvisorID, n)
	start := time.Now().UTC().Truncate(time.Hour)
	for i := range n {
		user := fmt.Sprintf("vejleder%d", i+1)
		path := dav.dav.AddUser(user, demoPassword)
		for k := range 10 {
			at := start.Add(time.Duration(24*(k+1)+i%8) * time.Hour)
			ev := fmt.Sprintf("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//scale//EN\r\nBEGIN:VEVENT\r\nUID:scale-%d-%d\r\nDTSTAMP:20260101T000000Z\r\n"+
				"DTSTART:%s\r\nDTEND:%s\r\nSUMMARY:Privat\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", i, k, at.Format("20060102T150405Z"), at.Add(time.Hour).Format("20060102T150405Z"))
			must(t, dav.dav.Put(user, fmt.Sprintf("scale-%d.ics", k), []byte(ev)))
		}
		a := planner.Advisor{JobcenterID: jc.ID, TeamID: team.ID, Name: fmt.Sprintf("Vejleder %d", i+1),
			Calendar: planner.CalendarConnection{Kind: planner.CalDAV, URL: strings.TrimSuffix(davURL, demoserver.Prefix) + path, Username: user, Secret: demoPassword}}
		must(t, db.CreateAdvisor(ctx, &a))
		ids[i] = a.ID
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
	var lags []float64
	var pulls0, cpu0, pg0, redis0 float64
	var measured time.Time
	for time.Since(began) < total {
		time.Sleep(5 * time.Second)
		if time.Since(began) < warm {
			continue
		}
		if measured.IsZero() {
			measured, pulls0, cpu0 = time.Now(), scrapeSum(t, metrics, "planner_sync_pulls_total"), processCPU(t, workers...)
			pg0, redis0 = commandCPU("postgres"), commandCPU("redis-server")
		}
		states, err := db.FindCalendarStates(ctx, jc.ID, ids)
		must(t, err)
		now := time.Now()
		for _, id := range ids {
			st, ok := states[id]
			if !ok || st.LastSuccess.IsZero() {
				lags = append(lags, now.Sub(began).Seconds()) // never read: as old as the run
				continue
			}
			lags = append(lags, now.Sub(st.LastSuccess).Seconds())
		}
	}
	if measured.IsZero() {
		t.Fatalf("-scale.minutes %v leaves no time after the warm-up of %v", *scaleMinutes, warm)
	}
	window := time.Since(measured)
	pulls := scrapeSum(t, metrics, "planner_sync_pulls_total") - pulls0
	cpu := processCPU(t, workers...) - cpu0
	pg, rds := commandCPU("postgres")-pg0, commandCPU("redis-server")-redis0
	errors := scrapeSum(t, metrics, `planner_sync_pulls_total{connector="caldav",result="error"}`) +
		scrapeSum(t, metrics, `planner_sync_pulls_total{connector="caldav",result="transient"}`)
	slices.Sort(lags)
	q := func(p float64) float64 { return lags[int(p*float64(len(lags)-1))] }
	h, err := db.FindSyncHealth(ctx)
	must(t, err)
	t.Logf("scale: %d calendars, cadence %v, sweep %v, measured %v after a %v warm-up", n, cadence, sweep, window.Round(time.Second), warm)
	t.Logf("scale: %.0f pulls/min sustained (%.0f expected at the cadence), %.0f failed pulls in all", pulls/window.Minutes(), float64(n)/cadence.Minutes(), errors)
	t.Logf("scale: lag p50 %.1f s, p99 %.1f s, max %.1f s over %d samples", q(0.5), q(0.99), lags[len(lags)-1], len(lags))
	t.Logf("scale: workers' CPU %.2f s per minute, %.2f ms per pull; serve's CPU %.2f s in all", cpu/window.Minutes(), 1000*cpu/pulls, processCPU(t, serve))
	t.Logf("scale: PostgreSQL's CPU %.2f s per minute, %.2f ms per pull; Redis's %.2f s per minute, %.2f ms per pull (all of the machine's)",
		pg/window.Minutes(), 1000*pg/pulls, rds/window.Minutes(), 1000*rds/pulls)
	t.Logf("scale: calendars healthy %d, unhealthy %d, never read %d", h.Calendars-h.Unhealthy-h.Never, h.Unhealthy, h.Never)
	if h.Unhealthy+h.Never != 0 {
		t.Errorf("%d calendars unhealthy and %d never read, want all read", h.Unhealthy, h.Never)
	}
	if limit := (cadence + 3*sweep).Seconds(); q(0.99) > limit {
		t.Errorf("lag p99 %.1f s, want at most a cadence and three sweeps (%.0f s)", q(0.99), limit)
	}
	if got, want := pulls/window.Minutes(), float64(n)/cadence.Minutes(); got < 0.9*want {
		t.Errorf("%.0f pulls/min, want about %.0f (every calendar once per cadence)", got, want)
	}
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
