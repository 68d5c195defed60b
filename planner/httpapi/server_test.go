package httpapi_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/planner-dk/planner/planner"
	"github.com/planner-dk/planner/planner/httpapi"
	"github.com/planner-dk/planner/planner/secret"
	"github.com/planner-dk/planner/planner/sqlstore"
)

// api is a server on a real SQLite store, on a loopback port, with two job
// centres and tokens for them.
type api struct {
	t        *testing.T
	srv      *httptest.Server
	server   *httpapi.Server
	reg      *prometheus.Registry
	svc      *planner.Service
	db       *sqlstore.DB
	jc, jc2  planner.Jobcenter
	offer    planner.Offer
	citizen  planner.Citizen
	advisors []planner.AdvisorID
	tokens   map[string]string // name → secret
	dbPath   string            // the SQLite file
}

func newAPI(t *testing.T) *api {
	t.Helper()
	ctx := context.Background()
	dbPath := filepath.Join(t.TempDir(), "p.db")
	db, err := sqlstore.OpenSQLite(ctx, dbPath, secret.NewKeyring(secret.NewKey()))
	must(t, err)
	t.Cleanup(func() { db.Close() })
	must(t, db.Migrate(ctx))
	now := time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)
	svc := &planner.Service{Store: db, Now: func() time.Time { return now }, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
	a := &api{t: t, db: db, svc: svc, tokens: map[string]string{}, dbPath: dbPath}
	a.reg = prometheus.NewRegistry()
	a.server = httpapi.New(svc, db, svc.Logger, a.reg)
	a.srv = httptest.NewServer(a.server)
	t.Cleanup(a.srv.Close)

	for i, jc := range []*planner.Jobcenter{&a.jc, &a.jc2} {
		*jc = planner.Jobcenter{Name: []string{"Glostrup", "Albertslund"}[i], Zone: "Europe/Copenhagen", SummonsPrefix: 10100 + i, Settings: planner.DefaultSettings()}
		must(t, db.CreateJobcenter(ctx, jc))
	}
	hours := planner.StandardHours(9*60, 12*60)
	team := planner.Team{JobcenterID: a.jc.ID, Name: "Ydelse", Mail: "ydelse@glostrup.dk", Hours: &hours}
	must(t, db.CreateTeam(ctx, &team))
	adv := planner.Advisor{JobcenterID: a.jc.ID, TeamID: team.ID, Name: "Bo Poulsen"}
	must(t, db.CreateAdvisor(ctx, &adv))
	a.advisors = []planner.AdvisorID{adv.ID}
	a.offer = planner.Offer{JobcenterID: a.jc.ID, Name: "Jobsamtale", MeetingType: "Jobsamtale", Form: planner.Individual,
		Channel: planner.InPerson, DurationMinutes: 30, StartMinutes: []int{0, 30}, FirstMeetingDate: planner.NewDate(2026, 3, 2),
		OpensOn: planner.NewDate(2026, 3, 1), RollingWeeks: 2, TeamID: team.ID, Advisors: a.advisors, Active: true,
		Rules: planner.RuleSet{Groups: []planner.RuleGroup{{Match: planner.MatchAll, Rules: []planner.Rule{{Type: planner.RuleAge, Cond: planner.CondGe, Value: "18"}}}}}}
	must(t, db.CreateOffer(ctx, &a.offer))
	a.citizen = planner.Citizen{JobcenterID: a.jc.ID, CPR: planner.MustParseCPR("010190-4321"), Name: "Borger"}
	must(t, db.CreateCitizen(ctx, &a.citizen))
	for _, tok := range []struct {
		name string
		jc   planner.JobcenterID
		role planner.Role
	}{{"admin", a.jc.ID, planner.RoleAdmin}, {"portal", a.jc.ID, planner.RolePortal}, {"foreign", a.jc2.ID, planner.RoleAdmin}} {
		secret := httpapi.NewTokenSecret()
		must(t, db.CreateToken(ctx, &planner.Token{JobcenterID: tok.jc, Role: tok.role, Name: tok.name, Hash: httpapi.HashToken(secret)}))
		a.tokens[tok.name] = secret
	}
	return a
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// do sends a request as token holder who and decodes the JSON answer.
func (a *api) do(who, method, path string, body any) (int, map[string]any) {
	a.t.Helper()
	var rd io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		must(a.t, err)
		rd = bytes.NewReader(b)
	}
	if s, ok := body.(string); ok {
		rd = strings.NewReader(s)
	}
	return a.send(method, path, rd, func(req *http.Request) {
		if who != "" {
			req.Header.Set("Authorization", "Bearer "+a.tokens[who])
		}
	})
}

// send sends a request that set prepares and decodes the JSON answer.
func (a *api) send(method, path string, body io.Reader, set func(*http.Request)) (int, map[string]any) {
	a.t.Helper()
	req, err := http.NewRequest(method, a.srv.URL+path, body)
	must(a.t, err)
	set(req)
	resp, err := http.DefaultClient.Do(req)
	must(a.t, err)
	defer resp.Body.Close()
	var out map[string]any
	_ = json.NewDecoder(resp.Body).Decode(&out)
	return resp.StatusCode, out
}

func TestHealthAndReadiness(t *testing.T) {
	a := newAPI(t)
	if code, _ := a.do("", "GET", "/healthz", nil); code != 200 {
		t.Errorf("/healthz = %d, want 200", code)
	}
	if code, _ := a.do("", "GET", "/readyz", nil); code != 200 {
		t.Errorf("/readyz = %d, want 200 while the database answers", code)
	}
	must(t, a.db.Close())
	if code, body := a.do("", "GET", "/readyz", nil); code != 503 || body["title_da"] == nil {
		t.Errorf("/readyz with the database closed = %d %v, want 503 problem+json", code, body)
	}
}

func TestAuthAndTenancy(t *testing.T) {
	a := newAPI(t)
	offer := "/api/offers/" + itoa(int64(a.offer.ID))
	tests := []struct {
		name, who, method, path string
		want                    int
	}{
		{"no token is 401", "", "GET", offer, 401},
		{"an unknown token is 401", "nobody", "GET", offer, 401},
		{"the portal may not read offers", "portal", "GET", offer, 403},
		{"the admin reads its own offer", "admin", "GET", offer, 200},
		{"another job centre's offer answers 404", "foreign", "GET", offer, 404},
		{"a missing offer answers 404 too", "admin", "GET", "/api/offers/999999", 404},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if code, body := a.do(tc.who, tc.method, tc.path, nil); code != tc.want {
				t.Errorf("%s %s = %d %v, want %d", tc.method, tc.path, code, body, tc.want)
			}
		})
	}
	t.Run("a foreign and a missing resource answer alike", func(t *testing.T) {
		_, foreign := a.do("foreign", "GET", offer, nil)
		_, missing := a.do("admin", "GET", "/api/offers/999999", nil)
		if foreign["title"] != missing["title"] || foreign["detail"] != missing["detail"] || foreign["type"] != missing["type"] {
			t.Errorf("foreign %v, missing %v", foreign, missing)
		}
	})
	t.Run("a team is created in the caller's job centre, whatever the body says", func(t *testing.T) {
		code, body := a.do("foreign", "POST", "/api/teams", map[string]any{"name": "Team Nord", "jobcenterId": a.jc.ID})
		if code != 201 || body["jobcenterId"] != float64(a.jc2.ID) {
			t.Fatalf("POST /api/teams = %d %v", code, body)
		}
		_, list := a.do("admin", "GET", "/api/teams", nil)
		if teams := list["teams"].([]any); len(teams) != 1 {
			t.Errorf("the other job centre's team leaked into this one's list: %v", teams)
		}
	})
}

func TestPortalBooking(t *testing.T) {
	a := newAPI(t)
	_, res := a.do("admin", "GET", "/api/offers/"+itoa(int64(a.offer.ID))+"/free-times?citizenId="+itoa(int64(a.citizen.ID)), nil)
	first := res["times"].([]any)[0].(map[string]any)
	book := map[string]any{"cpr": "010190-4321", "offerId": a.offer.ID, "start": first["start"], "end": first["end"], "advisorId": first["advisorId"]}
	code, body := a.do("portal", "POST", "/api/portal/bookings", book)
	if code != 201 {
		t.Fatalf("booking = %d %v", code, body)
	}
	if s := body["summons"].(map[string]any); s["number"] != "10100-000001" || s["state"] != "sent" {
		t.Errorf("summons = %v", s)
	}
	code, body = a.do("portal", "POST", "/api/portal/bookings", book)
	if code != 409 || body["code"] != "time_taken" {
		t.Errorf("§5 the same time again = %d %v, want 409 time_taken", code, body)
	}
	if strings.Contains(jsonString(body), "4321") {
		t.Errorf("an error answer holds the CPR: %v", body)
	}
	book["cpr"] = "010190-9999"
	if code, _ := a.do("portal", "POST", "/api/portal/bookings", book); code != 404 {
		t.Errorf("an unknown citizen = %d, want 404", code)
	}
}

func itoa(n int64) string { return strings.TrimSpace(strings.ReplaceAll(jsonString(n), `"`, "")) }

func jsonString(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// TestAfterWrite: DESIGN.md data flow step 2 — after a successful write the
// daemon is told (it enqueues the outbox's tasks); a read or a refused
// write tells it nothing.
func TestAfterWrite(t *testing.T) {
	a := newAPI(t)
	calls := make(chan struct{}, 10)
	a.server.AfterWrite = func(context.Context) { calls <- struct{}{} }
	if code, _ := a.do("admin", "GET", "/api/teams", nil); code != http.StatusOK {
		t.Fatalf("GET = %d", code)
	}
	if code, _ := a.do("admin", "POST", "/api/rooms", map[string]any{"name": ""}); code != http.StatusBadRequest && code != http.StatusUnprocessableEntity {
		t.Fatalf("bad POST = %d, want a 4xx", code)
	}
	if len(calls) != 0 {
		t.Fatalf("told %d times after a read and a refused write, want 0", len(calls))
	}
	if code, body := a.do("admin", "POST", "/api/rooms", map[string]any{"name": "Mødelokale 1", "capacity": 6}); code != http.StatusCreated {
		t.Fatalf("POST = %d %v", code, body)
	}
	if len(calls) != 1 {
		t.Fatalf("told %d times after a write, want 1", len(calls))
	}
}
