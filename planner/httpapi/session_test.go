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

// withSessions gives the API a session codec on a settable clock, keeping
// its sessions in the API's store.
func (a *api) withSessions() (*session.Codec, *time.Time) {
	codec := session.New(secret.NewKeyring(secret.NewKey()), a.db)
	now := time.Now()
	codec.Now = func() time.Time { return now }
	a.server.Sessions = codec // before any request: the server is idle
	return codec, &now
}

// signIn starts a session and returns it with its cookie, as a browser
// would send it back.
func signIn(t *testing.T, codec *session.Codec, kind session.Kind, token, cpr string) (session.Session, *http.Cookie) {
	t.Helper()
	w := httptest.NewRecorder()
	s, err := codec.SignIn(w, httptest.NewRequest("POST", "/login", nil), kind, httpapi.HashToken(token), cpr)
	must(t, err)
	c := w.Result().Cookies()[0]
	return s, &http.Cookie{Name: c.Name, Value: c.Value}
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
	admin, adminCookie := signIn(t, codec, session.Staff, a.tokens["admin"], "")
	foreign, foreignCookie := signIn(t, codec, session.Staff, a.tokens["foreign"], "")
	offer := "/api/offers/" + itoa(int64(a.offer.ID))
	deactivate := offer + "/deactivate"
	write := func(csrf string, from map[string]string) map[string]string {
		h := map[string]string{session.CSRFHeader: csrf}
		for k, v := range from {
			h[k] = v
		}
		return h
	}
	same := map[string]string{"Sec-Fetch-Site": "same-origin"}

	cases := []struct {
		name         string
		cookie       *http.Cookie
		method, path string
		headers      map[string]string
		advance      time.Duration
		want         int
	}{
		{"GET /api/session answers the token's role, job centre and the CSRF token", adminCookie, "GET", "/api/session", nil, 0, 200},
		{"a read needs no CSRF token", adminCookie, "GET", offer, nil, 0, 200},
		{"a write without the CSRF token is refused", adminCookie, "POST", deactivate, same, 0, 403},
		{"a write with another session's CSRF token is refused", adminCookie, "POST", deactivate, write(foreign.CSRF, same), 0, 403},
		{"a write with the token from another site is refused", adminCookie, "POST", deactivate, write(admin.CSRF, map[string]string{"Sec-Fetch-Site": "cross-site"}), 0, 403},
		{"a write with the token from another origin is refused", adminCookie, "POST", deactivate, write(admin.CSRF, map[string]string{"Origin": "http://evil.example"}), 0, 403},
		{"a write with the token from Origin null is refused", adminCookie, "POST", deactivate, write(admin.CSRF, map[string]string{"Origin": "null"}), 0, 403},
		{"a write with the token saying neither site nor origin is refused", adminCookie, "POST", deactivate, write(admin.CSRF, nil), 0, 403},
		{"a write with the session's CSRF token from this site passes", adminCookie, "POST", deactivate, write(admin.CSRF, same), 0, 200},
		{"another job centre's session finds the offer missing, as its token would", foreignCookie, "GET", offer, nil, 0, 404},
		{"a session idle for 31 minutes is signed out", adminCookie, "GET", offer, nil, 31 * time.Minute, 401},
		{"no cookie and no token is signed out", nil, "GET", offer, nil, 0, 401},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			start := *now
			defer func() { *now = start }()
			*now = now.Add(tc.advance)
			code, body := a.viaCookie(tc.cookie, tc.method, tc.path, tc.headers)
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
		name  string
		kind  session.Kind
		token string
		cpr   string
	}{
		{"a citizen session cannot carry an admin token", session.Citizen, a.tokens["admin"], a.citizen.CPR.Digits()},
		{"an advisor's session cannot carry the portal token", session.Staff, a.tokens["portal"], ""},
		{"a session of a token that does not exist is signed out", session.Staff, "revoked", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, c := signIn(t, codec, tc.kind, tc.token, tc.cpr)
			if code, _ := a.viaCookie(c, "GET", "/api/session", nil); code != 401 {
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
	// the session's citizen is used, whatever CPR the request names
	_, own := signIn(t, codec, session.Citizen, a.tokens["portal"], a.citizen.CPR.Digits())
	if code, body := a.viaCookie(own, "GET", "/api/portal/offers", map[string]string{"Planner-Citizen": "not a cpr"}); code != 200 || len(body["offers"].([]any)) != 1 {
		t.Fatalf("my meetings with the session's citizen = %d %v", code, body)
	}
	_, unknown := signIn(t, codec, session.Citizen, a.tokens["portal"], "3112991234")
	if code, _ := a.viaCookie(unknown, "GET", "/api/portal/offers", map[string]string{"Planner-Citizen": other.CPR.Digits()}); code != 404 {
		t.Fatalf("a session of an unknown citizen naming another citizen's CPR = %d, want 404 (the session wins)", code)
	}
}

func TestOnlyTheUsersOwnRequestsRenewTheIdleTimeout(t *testing.T) {
	a := newAPI(t)
	codec, now := a.withSessions()
	for _, tc := range []struct {
		name    string
		method  string
		headers func(s session.Session) map[string]string
		renews  bool
	}{
		{"a screen polling by itself does not renew it", "GET", func(session.Session) map[string]string { return nil }, false},
		{"a read the user caused renews it", "GET", func(session.Session) map[string]string { return map[string]string{session.ActivityHeader: "1"} }, true},
		{"a write renews it", "POST", func(s session.Session) map[string]string {
			return map[string]string{session.CSRFHeader: s.CSRF, "Sec-Fetch-Site": "same-origin"}
		}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			start := *now
			defer func() { *now = start }()
			sess, c := signIn(t, codec, session.Staff, a.tokens["admin"], "")
			path := "/api/session"
			if tc.method == "POST" {
				path = "/api/offers/" + itoa(int64(a.offer.ID)) + "/activate"
			}
			*now = now.Add(20 * time.Minute)
			if code, body := a.viaCookie(c, tc.method, path, tc.headers(sess)); code != 200 {
				t.Fatalf("%s %s = %d %v", tc.method, path, code, body)
			}
			*now = now.Add(20 * time.Minute) // 40 minutes after sign-in, 20 after that request
			want := 401
			if tc.renews {
				want = 200
			}
			if code, _ := a.viaCookie(c, "GET", "/api/session", nil); code != want {
				t.Errorf("GET /api/session 20 minutes later = %d, want %d", code, want)
			}
		})
	}
}
