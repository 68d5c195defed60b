package web_test

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/planner-dk/planner/planner"
	"github.com/planner-dk/planner/planner/httpapi"
	"github.com/planner-dk/planner/planner/secret"
	"github.com/planner-dk/planner/planner/session"
	"github.com/planner-dk/planner/planner/sqlstore"
	"github.com/planner-dk/planner/web"
)

// site is the UI and the API on a real SQLite store on a loopback port.
type site struct {
	t       *testing.T
	srv     *httptest.Server
	logs    *bytes.Buffer
	tokens  map[planner.Role]string
	citizen planner.Citizen
	db      *sqlstore.DB
	jc      planner.Jobcenter
	opt     web.Options // as the site was made; change with newSiteWith
}

func newSite(t *testing.T, portal bool) *site { return newSiteWith(t, portal, nil) }

// newSiteWith is newSite with its options changed by change.
func newSiteWith(t *testing.T, portal bool, change func(*web.Options)) *site {
	t.Helper()
	ctx := context.Background()
	keys := secret.NewKeyring(secret.NewKey())
	db, err := sqlstore.OpenSQLite(ctx, filepath.Join(t.TempDir(), "p.db"), keys)
	must(t, err)
	t.Cleanup(func() { db.Close() })
	must(t, db.Migrate(ctx))
	s := &site{t: t, logs: &bytes.Buffer{}, tokens: map[planner.Role]string{}, db: db}
	logger := slog.New(slog.NewTextHandler(s.logs, nil))
	jc := planner.Jobcenter{Name: "Glostrup", Zone: "Europe/Copenhagen", SummonsPrefix: 10100, Settings: planner.DefaultSettings()}
	must(t, db.CreateJobcenter(ctx, &jc))
	s.jc = jc
	s.citizen = planner.Citizen{JobcenterID: jc.ID, CPR: planner.MustParseCPR("010190-4321"), Name: "Borger Bo"}
	must(t, db.CreateCitizen(ctx, &s.citizen))
	for _, role := range []planner.Role{planner.RoleAdmin, planner.RoleAdvisor, planner.RolePortal} {
		secret := httpapi.NewTokenSecret()
		must(t, db.CreateToken(ctx, &planner.Token{JobcenterID: jc.ID, Role: role, Name: "test " + string(role), Hash: httpapi.HashToken(secret)}))
		s.tokens[role] = secret
	}
	svc := &planner.Service{Store: db, Now: time.Now, Logger: logger}
	api := httpapi.New(svc, db, logger, nil)
	api.Sessions = session.New(keys, db)
	opt := web.Options{API: api, Store: db, Sessions: api.Sessions, Logger: logger}
	if portal {
		opt.PortalToken = s.tokens[planner.RolePortal]
		opt.DemoCitizens = []web.DemoCitizen{{ID: s.citizen.ID, Name: s.citizen.Name, Note: "36 år"}}
	}
	if change != nil {
		change(&opt)
	}
	s.opt = opt
	h, err := web.New(opt)
	must(t, err)
	s.srv = httptest.NewServer(h)
	t.Cleanup(s.srv.Close)
	return s
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// send sends a request without following redirects.
func (s *site) send(method, path string, form url.Values, headers map[string]string, cookies ...*http.Cookie) *http.Response {
	s.t.Helper()
	var body io.Reader
	if form != nil {
		body = strings.NewReader(form.Encode())
	}
	req, err := http.NewRequest(method, s.srv.URL+path, body)
	must(s.t, err)
	if form != nil {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	for k, v := range headers {
		req.Header.Set(k, v)
	}
	for _, c := range cookies {
		req.AddCookie(&http.Cookie{Name: c.Name, Value: c.Value})
	}
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := client.Do(req)
	must(s.t, err)
	s.t.Cleanup(func() { resp.Body.Close() })
	return resp
}

func read(t *testing.T, r *http.Response) string {
	t.Helper()
	b, err := io.ReadAll(r.Body)
	must(t, err)
	return string(b)
}

// signIn signs in with token and returns the session cookie.
func (s *site) signIn(token string) *http.Cookie {
	s.t.Helper()
	r := s.send("POST", "/login", url.Values{"token": {token}, "next": {"/kalender"}}, map[string]string{"Sec-Fetch-Site": "same-origin"})
	if r.StatusCode != http.StatusSeeOther || len(r.Cookies()) != 1 {
		s.t.Fatalf("sign-in = %d %v", r.StatusCode, r.Cookies())
	}
	return r.Cookies()[0]
}

func TestPagesCarryAStrictContentSecurityPolicy(t *testing.T) {
	s := newSite(t, true)
	ck := s.signIn(s.tokens[planner.RoleAdvisor])
	nonceMeta := regexp.MustCompile(`<meta name="csp-nonce" content="([^"]+)">`)
	for _, tc := range []struct {
		name, path string
		cookie     *http.Cookie
	}{
		{"the sign-in page", "/login", nil},
		{"the citizens' sign-in page", "/borger/login", nil},
		{"the screens' shell", "/kalender", ck},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var cs []*http.Cookie
			if tc.cookie != nil {
				cs = append(cs, tc.cookie)
			}
			r := s.send("GET", tc.path, nil, nil, cs...)
			body := read(t, r)
			csp := r.Header.Get("Content-Security-Policy")
			if r.StatusCode != 200 {
				t.Fatalf("GET %s = %d", tc.path, r.StatusCode)
			}
			for _, want := range []string{"default-src 'none'", "script-src 'self';", "frame-ancestors 'none'", "form-action 'self'"} {
				if !strings.Contains(csp, want) {
					t.Errorf("CSP %q lacks %q", csp, want)
				}
			}
			if strings.Contains(csp, "unsafe-inline") || strings.Contains(csp, "unsafe-eval") {
				t.Errorf("CSP allows inline or eval: %q", csp)
			}
			m := nonceMeta.FindStringSubmatch(body)
			if m == nil || !strings.Contains(csp, "'nonce-"+m[1]+"'") {
				t.Errorf("the page's nonce is not the CSP's: %q", csp)
			}
			if regexp.MustCompile(`<script(?:\s[^>]*)?>[^<]`).MatchString(body) || strings.Contains(body, " style=") || strings.Contains(body, " onclick=") {
				t.Errorf("the page has inline script or style:\n%s", body)
			}
			if r.Header.Get("X-Frame-Options") != "DENY" || r.Header.Get("Referrer-Policy") != "no-referrer" {
				t.Errorf("headers %v", r.Header)
			}
		})
	}
	t.Run("the language switch keeps the return address", func(t *testing.T) {
		body := read(t, s.send("GET", "/login?next=%2Ftilbud%2F3", nil, nil))
		if !strings.Contains(body, `href="?lang=en&amp;next=%2Ftilbud%2F3"`) {
			t.Errorf("no switch keeping next in:\n%s", body)
		}
	})
	t.Run("two pages get two nonces", func(t *testing.T) {
		a := nonceMeta.FindStringSubmatch(read(t, s.send("GET", "/login", nil, nil)))
		b := nonceMeta.FindStringSubmatch(read(t, s.send("GET", "/login", nil, nil)))
		if a[1] == b[1] {
			t.Error("the nonce repeats")
		}
	})
}

func TestSignIn(t *testing.T) {
	s := newSite(t, false)
	same := map[string]string{"Sec-Fetch-Site": "same-origin"}
	t.Run("the sign-in page says where a token comes from, not only the demo (issue 23)", func(t *testing.T) {
		body := read(t, s.send("GET", "/login", nil, nil))
		if !strings.Contains(body, "planner token") || strings.Contains(body, "Demoen skriver en nøgle") {
			t.Errorf("the sign-in page's intro does not name planner token:\n%s", body)
		}
	})
	t.Run("a screen without a session sends the visitor to sign in, and back", func(t *testing.T) {
		r := s.send("GET", "/tilbud/3?uge=12", nil, nil)
		if r.StatusCode != http.StatusSeeOther || r.Header.Get("Location") != "/login?next="+url.QueryEscape("/tilbud/3?uge=12") {
			t.Errorf("= %d %s", r.StatusCode, r.Header.Get("Location"))
		}
	})
	t.Run("an advisor token gives an HttpOnly SameSite=Strict session and returns to next", func(t *testing.T) {
		r := s.send("POST", "/login", url.Values{"token": {s.tokens[planner.RoleAdvisor]}, "next": {"/kalender"}}, same)
		c := r.Cookies()
		if r.StatusCode != http.StatusSeeOther || r.Header.Get("Location") != "/kalender" || len(c) != 1 || !c[0].HttpOnly || c[0].SameSite != http.SameSiteStrictMode || c[0].Secure {
			t.Fatalf("= %d %s %+v", r.StatusCode, r.Header.Get("Location"), c)
		}
		if strings.Contains(s.logs.String(), s.tokens[planner.RoleAdvisor]) {
			t.Error("the token is in the log")
		}
	})
	t.Run("behind TLS the cookie is Secure and __Host-", func(t *testing.T) {
		r := s.send("POST", "/login", url.Values{"token": {s.tokens[planner.RoleAdmin]}}, map[string]string{"X-Forwarded-Proto": "https", "Sec-Fetch-Site": "same-origin"})
		c := r.Cookies()
		if len(c) != 1 || !c[0].Secure || c[0].Name != "__Host-planner_session" {
			t.Errorf("cookies %+v", c)
		}
	})
	for _, tc := range []struct {
		name    string
		form    url.Values
		headers map[string]string
		want    int
		text    string
	}{
		{"an unknown token is refused", url.Values{"token": {"nope"}}, same, 401, "Nøglen kendes ikke"},
		{"an empty token is refused", url.Values{"token": {""}}, same, 401, "Nøglen kendes ikke"},
		{"the portal's token is refused", url.Values{"token": {s.tokens[planner.RolePortal]}}, same, 401, "borgerportalens nøgle"},
		{"a form posted from another site is refused", url.Values{"token": {s.tokens[planner.RoleAdmin]}}, map[string]string{"Sec-Fetch-Site": "cross-site"}, 403, "kom ikke fra Planner"},
		{"a form from another origin is refused", url.Values{"token": {s.tokens[planner.RoleAdmin]}}, map[string]string{"Origin": "http://evil.example"}, 403, "kom ikke fra Planner"},
		{"a post saying neither where it came from nor its origin is refused", url.Values{"token": {s.tokens[planner.RoleAdmin]}}, nil, 403, "kom ikke fra Planner"},
		{"in English when asked", url.Values{"token": {"nope"}}, map[string]string{"Cookie": web.LangCookie + "=en", "Sec-Fetch-Site": "same-origin"}, 401, "The token is not known"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := s.send("POST", "/login", tc.form, tc.headers)
			if body := read(t, r); r.StatusCode != tc.want || !strings.Contains(body, tc.text) || len(r.Cookies()) != 0 {
				t.Errorf("= %d, cookies %v, body lacks %q", r.StatusCode, r.Cookies(), tc.text)
			}
		})
	}
	for _, next := range []string{"//evil.example/", "https://evil.example/", "/\\evil.example", "/login", "/\t/evil.example", "/\n/evil.example", "/%09/evil.example/../x", "javascript:alert(1)", "/\x7f/evil.example"} {
		t.Run("next "+next+" stays on the site", func(t *testing.T) {
			r := s.send("POST", "/login", url.Values{"token": {s.tokens[planner.RoleAdmin]}, "next": {next}}, same)
			if loc := r.Header.Get("Location"); loc != "/" {
				t.Errorf("Location %q", loc)
			}
		})
	}
	t.Run("signing out needs the session's CSRF token", func(t *testing.T) {
		ck := s.signIn(s.tokens[planner.RoleAdmin])
		if r := s.send("POST", "/logout", url.Values{}, same, ck); r.StatusCode != http.StatusForbidden {
			t.Errorf("sign-out without the token = %d, want 403", r.StatusCode)
		}
		r := s.send("POST", "/logout", url.Values{"_csrf": {s.csrf(ck)}}, same, ck)
		if r.StatusCode != http.StatusSeeOther || len(r.Cookies()) != 1 || r.Cookies()[0].MaxAge >= 0 {
			t.Errorf("sign-out = %d %+v", r.StatusCode, r.Cookies())
		}
	})
	t.Run("after sign-out a copy of the cookie is refused", func(t *testing.T) {
		ck := s.signIn(s.tokens[planner.RoleAdmin])
		csrf := s.csrf(ck)
		copied := *ck // taken before signing out
		s.send("POST", "/logout", url.Values{"_csrf": {csrf}}, same, ck)
		if r := s.send("GET", "/api/session", nil, nil, &copied); r.StatusCode != http.StatusUnauthorized {
			t.Errorf("GET /api/session with the copied cookie = %d, want 401", r.StatusCode)
		}
		if r := s.send("POST", "/api/rooms", nil, map[string]string{"X-CSRF-Token": csrf, "Sec-Fetch-Site": "same-origin"}, &copied); r.StatusCode != http.StatusUnauthorized {
			t.Errorf("POST /api/rooms with the copied cookie = %d, want 401", r.StatusCode)
		}
		if r := s.send("GET", "/kalender", nil, nil, &copied); r.StatusCode != http.StatusSeeOther {
			t.Errorf("a screen with the copied cookie = %d, want the sign-in page", r.StatusCode)
		}
	})
	t.Run("a write through the cookie from another origin is refused", func(t *testing.T) {
		ck := s.signIn(s.tokens[planner.RoleAdmin])
		csrf := s.csrf(ck)
		for _, origin := range []string{"http://evil.example", "null"} {
			r := s.send("POST", "/api/rooms", nil, map[string]string{"X-CSRF-Token": csrf, "Origin": origin}, ck)
			if r.StatusCode != http.StatusForbidden {
				t.Errorf("POST /api/rooms from Origin %s = %d, want 403", origin, r.StatusCode)
			}
		}
	})
}

// csrf reads the CSRF token of the session ck from GET /api/session.
func (s *site) csrf(ck *http.Cookie) string {
	s.t.Helper()
	m := regexp.MustCompile(`"csrf":"([^"]+)"`).FindStringSubmatch(read(s.t, s.send("GET", "/api/session", nil, nil, ck)))
	if m == nil {
		s.t.Fatal("no CSRF token in GET /api/session")
	}
	return m[1]
}

func TestCitizensPages(t *testing.T) {
	t.Run("closed without the demo's portal token", func(t *testing.T) {
		s := newSite(t, false)
		if r := s.send("GET", "/borger/login", nil, nil); r.StatusCode != 404 {
			t.Errorf("= %d", r.StatusCode)
		}
		if r := s.send("POST", "/borger/login", url.Values{"citizen": {"1"}}, nil); r.StatusCode != 404 || len(r.Cookies()) != 0 {
			t.Errorf("= %d", r.StatusCode)
		}
	})
	s := newSite(t, true)
	same := map[string]string{"Sec-Fetch-Site": "same-origin"}
	t.Run("a citizen not in the list is refused", func(t *testing.T) {
		if r := s.send("POST", "/borger/login", url.Values{"citizen": {"999"}}, same); r.StatusCode != 400 || len(r.Cookies()) != 0 {
			t.Errorf("= %d", r.StatusCode)
		}
	})
	t.Run("picking a citizen gives a session acting for them, with the CPR number sealed", func(t *testing.T) {
		r := s.send("POST", "/borger/login", url.Values{"citizen": {itoa(int64(s.citizen.ID))}}, same)
		if r.StatusCode != http.StatusSeeOther || r.Header.Get("Location") != "/borger/" || len(r.Cookies()) != 1 {
			t.Fatalf("= %d %s", r.StatusCode, r.Header.Get("Location"))
		}
		ck := r.Cookies()[0]
		if strings.Contains(ck.Value, s.citizen.CPR.Digits()) || strings.Contains(ck.Value, "010190") {
			t.Error("the cookie shows the CPR number")
		}
		if body := read(t, s.send("GET", "/api/portal/offers", nil, nil, ck)); !strings.Contains(body, `"offers"`) {
			t.Errorf("my meetings = %s", body)
		}
		if r := s.send("GET", "/borger/", nil, nil, ck); r.StatusCode != 200 {
			t.Errorf("the citizens' shell = %d", r.StatusCode)
		}
		if r := s.send("GET", "/kalender", nil, nil, ck); r.StatusCode != http.StatusSeeOther {
			t.Errorf("a citizen's session opened the advisors' screens: %d", r.StatusCode)
		}
		if r := s.send("GET", "/api/offers", nil, nil, ck); r.StatusCode != http.StatusForbidden {
			t.Errorf("a citizen's session read the advisors' API: %d", r.StatusCode)
		}
	})
	t.Run("after the citizen signs out a copy of the cookie is refused", func(t *testing.T) {
		r := s.send("POST", "/borger/login", url.Values{"citizen": {itoa(int64(s.citizen.ID))}}, same)
		ck := r.Cookies()[0]
		copied := *ck
		s.send("POST", "/borger/logout", url.Values{"_csrf": {s.csrf(ck)}}, same, ck)
		if r := s.send("GET", "/api/portal/offers", nil, nil, &copied); r.StatusCode != http.StatusUnauthorized {
			t.Errorf("my meetings with the copied cookie = %d, want 401", r.StatusCode)
		}
		if r := s.send("GET", "/borger/", nil, nil, &copied); r.StatusCode != http.StatusSeeOther {
			t.Errorf("the citizens' shell with the copied cookie = %d, want the sign-in page", r.StatusCode)
		}
	})
	t.Run("an advisor's session does not open the citizens' pages", func(t *testing.T) {
		ck := s.signIn(s.tokens[planner.RoleAdvisor])
		if r := s.send("GET", "/borger/", nil, nil, ck); r.StatusCode != http.StatusSeeOther || r.Header.Get("Location") != "/borger/login" {
			t.Errorf("= %d %s", r.StatusCode, r.Header.Get("Location"))
		}
	})
}

func TestAssets(t *testing.T) {
	s := newSite(t, false)
	r := s.send("GET", "/assets/app.js", nil, nil)
	etag := r.Header.Get("ETag")
	if r.StatusCode != 200 || !strings.HasPrefix(r.Header.Get("Content-Type"), "text/javascript") || etag == "" || r.Header.Get("X-Content-Type-Options") != "nosniff" {
		t.Fatalf("app.js = %d %v", r.StatusCode, r.Header)
	}
	if r := s.send("GET", "/assets/app.js", nil, map[string]string{"If-None-Match": etag}); r.StatusCode != http.StatusNotModified {
		t.Errorf("revalidation = %d, want 304", r.StatusCode)
	}
	for _, p := range []string{"/assets/dkfds/css/dkfds-virkdk.min.css", "/assets/dkfds/css/dkfds-borgerdk.min.css", "/assets/citizen.js", "/assets/app.css",
		"/assets/dkfds/fonts/IBMPlexSans/complete/woff2/IBMPlexSans-Regular.woff2",
		// the theme names the .woff before the .woff2 (issue 23: it was a 404 on every first load)
		"/assets/dkfds/fonts/IBMPlexSans/complete/woff/IBMPlexSans-Regular.woff"} {
		if r := s.send("GET", p, nil, nil); r.StatusCode != 200 {
			t.Errorf("%s = %d", p, r.StatusCode)
		}
	}
	if r := s.send("GET", "/assets/../web.go", nil, nil); r.StatusCode == 200 {
		t.Error("a path outside dist/ was served")
	}
	if r := s.send("GET", "/healthz", nil, nil); r.StatusCode != 200 {
		t.Errorf("the API's /healthz through the UI handler = %d", r.StatusCode)
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }
