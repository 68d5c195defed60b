package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

var (
	loadCitizens = flag.Int("load.citizens", 500, "citizens booking at once in TestPortalLoad")
	loadConns    = flag.Int("load.conns", 128, "connections the citizens share in TestPortalLoad")
)

// TestPortalLoad: 500 citizens book one offer at the same moment over HTTP,
// through the built binary on PostgreSQL (issue 4, load). Each citizen reads
// the offer's free times, picks one of the first 20 at random — so many pick
// the same — and books it; a time taken meanwhile (409) makes them read the
// free times again and try another. The test then checks the database
// itself, not the answers: no advisor holds two overlapping meetings, and
// every 201 answer is exactly one stored summons. It logs throughput and
// p50/p99 latencies; docs/BENCHMARKS.md records them. It asserts no timing.
func TestPortalLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("the load run starts a server and 500 clients; not in -short")
	}
	bin := buildPlanner(t)
	database := testPostgresTB(t)
	c := setupJobcenter(t, bin, database)
	_, c.base = startServe(t, bin, database)

	day := []any{map[string]any{"from": "08:00", "to": "15:00"}}
	team := c.call("admin", "POST", "/api/teams", map[string]any{"name": "Ydelse", "mail": "ydelse@glostrup.dk",
		"hours": map[string]any{"days": []any{nil, day, day, day, day, day, nil}}}, 201)
	var advisors []any
	for i := range 10 {
		a := c.call("admin", "POST", "/api/advisors", map[string]any{"name": fmt.Sprintf("Vejleder %d", i), "teamId": team["id"]}, 201)
		advisors = append(advisors, a["id"])
	}
	today := time.Now().Format("2006-01-02")
	offer := c.call("admin", "POST", "/api/offers", map[string]any{"name": "Jobsamtale", "meetingType": "Jobsamtale", "form": "individual",
		"channel": "in_person", "durationMinutes": 30, "startMinutes": []int{0, 30}, "firstMeetingDate": today,
		"opensOn": today, "rollingWeeks": 4, "teamId": team["id"], "advisors": advisors, "active": true,
		"rules": map[string]any{"groups": []any{map[string]any{"match": "all", "rules": []any{map[string]any{"type": "age", "cond": ">=", "value": "18"}}}}}}, 201)
	cprs := make([]string, *loadCitizens)
	for i := range cprs {
		cprs[i] = fmt.Sprintf("%02d%02d%02d-%04d", 1+i%28, 1+(i/28)%12, 70+i/336, 1000+i)
		c.call("admin", "POST", "/api/citizens", map[string]any{"cpr": cprs[i], "name": fmt.Sprintf("Borger %d", i)}, 201)
	}

	// A bounded pool: the citizens share at most 128 connections, as a
	// portal's gateway would, and every request has its own deadline.
	hc := &http.Client{Transport: &http.Transport{MaxConnsPerHost: *loadConns, MaxIdleConnsPerHost: *loadConns}}
	lc := &loadClient{base: c.base, token: c.tokens["portal"], http: hc}
	freeTimesPath := "/api/portal/offers/" + itoa(offer["id"]) + "/free-times"

	var (
		wg      sync.WaitGroup
		start   = make(chan struct{})
		mu      sync.Mutex
		booked  = map[string]int{} // cpr → 201 answers
		gaveUp  int
		results []error
	)
	for _, cpr := range cprs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			rng := rand.New(rand.NewPCG(uint64(len(cpr)), uint64(cpr[5])*uint64(cpr[10])))
			for attempt := 0; attempt < 10; attempt++ {
				var res struct {
					Times []map[string]any `json:"times"`
				}
				if err := lc.do("free_times", cpr, "GET", freeTimesPath, nil, 200, &res); err != nil {
					mu.Lock()
					results = append(results, err)
					mu.Unlock()
					return
				}
				if len(res.Times) == 0 {
					break
				}
				ft := res.Times[rng.IntN(min(20, len(res.Times)))]
				err := lc.do("book", cpr, "POST", "/api/portal/bookings", map[string]any{"cpr": cpr, "offerId": offer["id"],
					"start": ft["start"], "end": ft["end"], "advisorId": ft["advisorId"]}, 201, nil)
				if err == errTaken {
					continue
				}
				mu.Lock()
				if err != nil {
					results = append(results, err)
				} else {
					booked[cpr]++
				}
				mu.Unlock()
				return
			}
			mu.Lock()
			gaveUp++
			mu.Unlock()
		}()
	}
	began := time.Now()
	close(start)
	wg.Wait()
	wall := time.Since(began)
	for _, err := range results {
		t.Error(err)
	}

	// The database's own answer: no double booking, one summons per 201.
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, database)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var overlaps, summonses int
	must(t, conn.QueryRow(ctx, `
		SELECT count(*) FROM meeting_advisors a
		JOIN meeting_advisors b ON a.advisor_id = b.advisor_id AND a.meeting_id < b.meeting_id
		JOIN meetings ma ON ma.id = a.meeting_id JOIN meetings mb ON mb.id = b.meeting_id
		WHERE ma.start_at < mb.end_at AND mb.start_at < ma.end_at`).Scan(&overlaps))
	must(t, conn.QueryRow(ctx, `SELECT count(*) FROM summonses`).Scan(&summonses))
	ok := 0
	for cpr, n := range booked {
		if n != 1 {
			t.Errorf("citizen %s… booked %d times", cpr[:4], n)
		}
		ok += n
	}
	if overlaps != 0 {
		t.Errorf("%d pairs of overlapping meetings of one advisor: a double booking", overlaps)
	}
	if summonses != ok {
		t.Errorf("%d summonses stored, %d bookings answered 201", summonses, ok)
	}
	if ok+gaveUp != len(cprs) {
		t.Errorf("%d booked + %d gave up after 10 taken times ≠ %d citizens", ok, gaveUp, len(cprs))
	}
	t.Logf("%d citizens over %d connections: %d booked, %d gave up, %d times taken (409) in %.2f s — %.0f bookings/s, %.0f requests/s",
		len(cprs), *loadConns, ok, gaveUp, lc.count("taken"), wall.Seconds(), float64(ok)/wall.Seconds(), float64(lc.count("all"))/wall.Seconds())
	server := serverMeans(t, c.base)
	for kind, route := range map[string]string{"free_times": "GET /api/portal/offers/{id}/free-times", "book": "POST /api/portal/bookings"} {
		p50, p99 := lc.percentiles(kind)
		t.Logf("%-10s n=%5d  client: p50 %7.1f ms  p99 %7.1f ms  server: mean %6.1f ms", kind, lc.count(kind), p50, p99, server[route])
	}
}

// serverMeans reads the server's own mean request time per route, in
// milliseconds, from its Prometheus histogram: the client's latency less
// the time spent waiting for one of the pool's connections.
func serverMeans(t *testing.T, base string) map[string]float64 {
	resp, err := http.Get(base + "/metrics")
	must(t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	must(t, err)
	sum, count := map[string]float64{}, map[string]float64{}
	for _, line := range strings.Split(string(b), "\n") {
		name, rest, ok := strings.Cut(line, "{")
		if !ok || !strings.HasPrefix(name, "planner_http_request_duration_seconds_") {
			continue
		}
		labels, value, _ := strings.Cut(rest, "} ")
		route, _, _ := strings.Cut(strings.TrimPrefix(labels, `route="`), `"`)
		var v float64
		if _, err := fmt.Sscan(value, &v); err != nil {
			continue
		}
		switch name {
		case "planner_http_request_duration_seconds_sum":
			sum[route] += v
		case "planner_http_request_duration_seconds_count":
			count[route] += v
		}
	}
	means := map[string]float64{}
	for route, n := range count {
		means[route] = 1000 * sum[route] / n
	}
	return means
}

// errTaken is a 409 answer to a booking: the time went to someone else.
var errTaken = fmt.Errorf("time taken")

// loadClient sends portal requests and records each one's latency by kind.
type loadClient struct {
	base, token string
	http        *http.Client
	mu          sync.Mutex
	latency     map[string][]time.Duration
	counts      map[string]int
}

func (lc *loadClient) do(kind, cpr, method, path string, body any, want int, out any) error {
	var rd io.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		rd = bytes.NewReader(b)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, method, lc.base+path, rd)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+lc.token)
	req.Header.Set("Planner-Citizen", cpr)
	began := time.Now()
	resp, err := lc.http.Do(req)
	if err != nil {
		return fmt.Errorf("%s %s: %w", method, path, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	took := time.Since(began)
	lc.mu.Lock()
	if lc.latency == nil {
		lc.latency, lc.counts = map[string][]time.Duration{}, map[string]int{}
	}
	lc.latency[kind] = append(lc.latency[kind], took)
	lc.counts[kind]++
	lc.counts["all"]++
	if resp.StatusCode == http.StatusConflict {
		lc.counts["taken"]++
	}
	lc.mu.Unlock()
	switch {
	case err != nil:
		return err
	case resp.StatusCode == http.StatusConflict && want == http.StatusCreated:
		return errTaken
	case resp.StatusCode != want:
		return fmt.Errorf("%s %s = %d %s, want %d", method, path, resp.StatusCode, b, want)
	case out != nil:
		return json.Unmarshal(b, out)
	}
	return nil
}

func (lc *loadClient) count(kind string) int {
	lc.mu.Lock()
	defer lc.mu.Unlock()
	return lc.counts[kind]
}

// percentiles returns the median and the 99th percentile in milliseconds.
func (lc *loadClient) percentiles(kind string) (p50, p99 float64) {
	lc.mu.Lock()
	ds := slices.Clone(lc.latency[kind])
	lc.mu.Unlock()
	if len(ds) == 0 {
		return 0, 0
	}
	slices.Sort(ds)
	at := func(q float64) float64 { return float64(ds[int(q*float64(len(ds)-1))].Microseconds()) / 1000 }
	return at(0.50), at(0.99)
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
