package httpapi_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/planner-dk/planner/planner"
	"github.com/planner-dk/planner/planner/httpapi"
	"github.com/planner-dk/planner/planner/secret"
	"github.com/planner-dk/planner/planner/session"
)

// withSessions gives the API a session codec on a settable clock.
func (a *api) withSessions() (*session.Codec, *time.Time) {
	codec := session.New(secret.NewKeyring(secret.NewKey()))
	now := time.Now()
	codec.Now = func() time.Time { return now }
	a.server.Sessions = codec // before any request: the server is idle
	return codec, &now
}

// cookie is the session cookie for s, as a browser would send it.
func cookie(codec *session.Codec, s session.Session) *http.Cookie {
	w := httptest.NewRecorder()
	codec.Write(w, s, false)
	c := w.Result().Cookies()[0]
	return &http.Cookie{Name: c.Name, Value: c.Value}
}

// viaCookie sends a request with a session cookie (and no bearer token).
func (a *api) viaCookie(c *http.Cookie, method, path string, headers map[string]string) (int, map[string]any) {
	a.t.Helper()
	return a.send(method, path, strings.NewReader("{}"), func(req *http.Request) {
		if c != nil {
			req.AddCookie(c)
		}
		for k, v := range headers {
			req.Header.Set(k, v)
		}
	})
}

func TestSessionCookieStandsForItsToken(t *testing.T) {
	a := newAPI(t)
	codec, now := a.withSessions()
	admin := codec.Start(session.Staff, httpapi.HashToken(a.tokens["admin"]), "")
	foreign := codec.Start(session.Staff, httpapi.HashToken(a.tokens["foreign"]), "")
	offer := "/api/offers/" + itoa(int64(a.offer.ID))
	deactivate := offer + "/deactivate"
	csrf := map[string]string{session.CSRFHeader: admin.CSRF}

	cases := []struct {
		name         string
		sess         *session.Session
		method, path string
		headers      map[string]string
		advance      time.Duration
		want         int
	}{
		{"GET /api/session answers the token's role, job centre and the CSRF token", &admin, "GET", "/api/session", nil, 0, 200},
		{"a read needs no CSRF token", &admin, "GET", offer, nil, 0, 200},
		{"a write without the CSRF token is refused", &admin, "POST", deactivate, nil, 0, 403},
		{"a write with another session's CSRF token is refused", &admin, "POST", deactivate, map[string]string{session.CSRFHeader: foreign.CSRF}, 0, 403},
		{"a write with the token from another site is refused", &admin, "POST", deactivate, map[string]string{session.CSRFHeader: admin.CSRF, "Sec-Fetch-Site": "cross-site"}, 0, 403},
		{"a write with the session's CSRF token passes", &admin, "POST", deactivate, csrf, 0, 200},
		{"another job centre's session finds the offer missing, as its token would", &foreign, "GET", offer, nil, 0, 404},
		{"a session idle for 31 minutes is signed out", &admin, "GET", offer, nil, 31 * time.Minute, 401},
		{"no cookie and no token is signed out", nil, "GET", offer, nil, 0, 401},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			start := *now
			defer func() { *now = start }()
			*now = now.Add(tc.advance)
			var c *http.Cookie
			if tc.sess != nil {
				c = cookie(codec, *tc.sess)
			}
			code, body := a.viaCookie(c, tc.method, tc.path, tc.headers)
			if code != tc.want {
				t.Fatalf("%s %s = %d %v, want %d", tc.method, tc.path, code, body, tc.want)
			}
			if tc.path == "/api/session" && (body["role"] != "admin" || body["csrf"] != admin.CSRF || body["kind"] != "staff" || body["jobcenter"] != a.jc.Name) {
				t.Errorf("session answer %v", body)
			}
		})
	}
}

func TestSessionKindMustFitTheTokensRole(t *testing.T) {
	a := newAPI(t)
	codec, _ := a.withSessions()
	for _, tc := range []struct {
		name string
		sess session.Session
	}{
		{"a citizen session cannot carry an admin token", codec.Start(session.Citizen, httpapi.HashToken(a.tokens["admin"]), a.citizen.CPR.Digits())},
		{"an advisor's session cannot carry the portal token", codec.Start(session.Staff, httpapi.HashToken(a.tokens["portal"]), "")},
		{"a session of a token that does not exist is signed out", codec.Start(session.Staff, httpapi.HashToken("revoked"), "")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if code, _ := a.viaCookie(cookie(codec, tc.sess), "GET", "/api/session", nil); code != 401 {
				t.Errorf("GET /api/session = %d, want 401", code)
			}
		})
	}
}

func TestCitizenSessionActsForItsOwnCitizen(t *testing.T) {
	a := newAPI(t)
	codec, _ := a.withSessions()
	other := planner.Citizen{JobcenterID: a.jc.ID, CPR: planner.MustParseCPR("020290-1234"), Name: "Anden"}
	must(t, a.db.CreateCitizen(context.Background(), &other))
	portal := httpapi.HashToken(a.tokens["portal"])

	// the session's citizen is used, whatever CPR the request names
	own := cookie(codec, codec.Start(session.Citizen, portal, a.citizen.CPR.Digits()))
	if code, body := a.viaCookie(own, "GET", "/api/portal/offers", map[string]string{"Planner-Citizen": "not a cpr"}); code != 200 || len(body["offers"].([]any)) != 1 {
		t.Fatalf("my meetings with the session's citizen = %d %v", code, body)
	}
	unknown := cookie(codec, codec.Start(session.Citizen, portal, "3112991234"))
	if code, _ := a.viaCookie(unknown, "GET", "/api/portal/offers", map[string]string{"Planner-Citizen": other.CPR.Digits()}); code != 404 {
		t.Fatalf("a session of an unknown citizen naming another citizen's CPR = %d, want 404 (the session wins)", code)
	}
}

func TestOnlyTheUsersOwnRequestsRenewTheIdleTimeout(t *testing.T) {
	a := newAPI(t)
	codec, now := a.withSessions()
	sess := codec.Start(session.Staff, httpapi.HashToken(a.tokens["admin"]), "")
	*now = now.Add(5 * time.Minute)
	for _, tc := range []struct {
		name    string
		method  string
		headers map[string]string
		renews  bool
	}{
		{"a screen polling by itself does not renew it", "GET", nil, false},
		{"a read the user caused renews it", "GET", map[string]string{session.ActivityHeader: "1"}, true},
		{"a write renews it", "POST", map[string]string{session.CSRFHeader: sess.CSRF}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := "/api/session"
			if tc.method == "POST" {
				path = "/api/offers/" + itoa(int64(a.offer.ID)) + "/activate"
			}
			req, err := http.NewRequest(tc.method, a.srv.URL+path, strings.NewReader("{}"))
			must(t, err)
			req.AddCookie(cookie(codec, sess))
			for k, v := range tc.headers {
				req.Header.Set(k, v)
			}
			resp, err := http.DefaultClient.Do(req)
			must(t, err)
			resp.Body.Close()
			if resp.StatusCode != 200 || (len(resp.Cookies()) == 1) != tc.renews {
				t.Errorf("= %d, cookies %v, want renewed %v", resp.StatusCode, resp.Cookies(), tc.renews)
			}
		})
	}
}
