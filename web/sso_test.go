package web_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/planner-dk/planner/identity/demoidp"
	"github.com/planner-dk/planner/planner"
	"github.com/planner-dk/planner/planner/session"
	"github.com/planner-dk/planner/web"
)

// The people of the test's OpenID provider.
var (
	ssoAdvisor = demoidp.User{Login: "bo-7f3a", Name: "Bo Poulsen", Email: "bo.poulsen@glostrup.dk", Groups: []string{"all-staff", "planner-advisors"}}
	ssoAdmin   = demoidp.User{Login: "ea-1c2d", Name: "Eva Holm", Email: "eva.holm@glostrup.dk", Groups: []string{"planner-admins"}}
	ssoNobody  = demoidp.User{Login: "ole-9e8f", Name: "Ole Lund", Email: "ole.lund@glostrup.dk", Groups: []string{"all-staff"}}
)

// ssoSite is a site whose job centre signs in through an OpenID provider
// (this package's demoidp on its own loopback port).
type ssoSite struct {
	*site
	op       *demoidp.OP
	provider planner.IdentityProvider
	advisor  planner.Advisor
}

func newSSOSite(t *testing.T, change func(*web.Options)) *ssoSite {
	t.Helper()
	ctx := context.Background()
	s := &ssoSite{site: newSiteWith(t, false, change)}
	mux := http.NewServeMux()
	idp := httptest.NewServer(mux)
	t.Cleanup(idp.Close)
	op, err := demoidp.New(idp.URL, []demoidp.User{ssoAdvisor, ssoAdmin, ssoNobody}, map[string]demoidp.Client{})
	must(t, err)
	mux.Handle("/", op)
	s.op = op
	team := planner.Team{JobcenterID: s.jc.ID, Name: "Ydelse"}
	must(t, s.db.CreateTeam(ctx, &team))
	s.advisor = planner.Advisor{JobcenterID: s.jc.ID, TeamID: team.ID, Name: "Bo Poulsen", Mail: "Bo.Poulsen@glostrup.dk"}
	must(t, s.db.CreateAdvisor(ctx, &s.advisor))
	s.provider = planner.IdentityProvider{JobcenterID: s.jc.ID, Name: "Glostrup Kommune", Kind: planner.OIDC, Issuer: op.Issuer,
		ClientID: "planner", ClientSecret: "s3cret-of-the-client", AdvisorClaim: "upn",
		RoleMap: map[string]planner.Role{"planner-advisors": planner.RoleAdvisor, "planner-admins": planner.RoleAdmin}}
	must(t, s.db.CreateIdentityProvider(ctx, &s.provider))
	op.Clients["planner"] = demoidp.Client{Secret: "s3cret-of-the-client",
		RedirectURIs: []string{s.srv.URL + "/sso/" + itoa(int64(s.provider.ID)) + "/callback"}, PostLogoutURIs: []string{s.srv.URL + "/login"}}
	return s
}

// signInAs goes through the provider as a browser would, choosing user at
// its chooser, and returns the last answer and the session cookie, if any.
func (s *ssoSite) signInAs(t *testing.T, user demoidp.User) (*http.Response, string, *http.Cookie) {
	t.Helper()
	return s.signInAcross(t, user, false)
}

// signInAcross is signInAs; with otherBrowser, the provider's answer
// reaches a browser other than the one that started the sign-in.
func (s *ssoSite) signInAcross(t *testing.T, user demoidp.User, otherBrowser bool) (*http.Response, string, *http.Cookie) {
	t.Helper()
	jar, _ := cookiejar.New(nil)
	client := &http.Client{Jar: jar}
	resp, err := client.Get(s.srv.URL + "/sso/" + itoa(int64(s.provider.ID)) + "/start?next=/kalender")
	must(t, err)
	chooser := read(t, resp)
	if resp.StatusCode != 200 || !strings.Contains(chooser, user.Name) {
		t.Fatalf("the provider's chooser: %d\n%s", resp.StatusCode, chooser)
	}
	form := url.Values{"login": {user.Login}}
	for _, m := range regexp.MustCompile(`<input type="hidden" name="([^"]+)" value="([^"]*)">`).FindAllStringSubmatch(chooser, -1) {
		form.Add(m[1], htmlUnescape(m[2]))
	}
	if otherBrowser {
		jar, _ = cookiejar.New(nil)
		client = &http.Client{Jar: jar}
	}
	resp, err = client.PostForm(resp.Request.URL.String(), form)
	must(t, err)
	body := read(t, resp)
	u, _ := url.Parse(s.srv.URL)
	var ck *http.Cookie
	for _, c := range jar.Cookies(u) {
		if c.Name == session.CookieName {
			ck = c
		}
	}
	return resp, body, ck
}

func htmlUnescape(s string) string {
	return strings.NewReplacer("&amp;", "&", "&#43;", "+", "&#34;", `"`, "&#39;", "'", "&lt;", "<", "&gt;", ">").Replace(s)
}

// whoAmI reads GET /api/session with the cookie.
func (s *ssoSite) whoAmI(t *testing.T, ck *http.Cookie) (int, map[string]any) {
	t.Helper()
	r := s.send("GET", "/api/session", nil, nil, ck)
	var out map[string]any
	_ = json.NewDecoder(r.Body).Decode(&out)
	return r.StatusCode, out
}

// TestSignInThroughOpenIDProvider: issue 20 — staff sign in through their
// municipality's provider; their role comes from its groups, their advisor
// from the link claim.
func TestSignInThroughOpenIDProvider(t *testing.T) {
	s := newSSOSite(t, nil)
	t.Run("the sign-in page offers the provider, and no token form", func(t *testing.T) {
		body := read(t, s.send("GET", "/login", nil, nil))
		if !strings.Contains(body, "Log ind med Glostrup Kommune") || strings.Contains(body, `name="token"`) {
			t.Errorf("sign-in page:\n%s", body)
		}
		r := s.send("POST", "/login", url.Values{"token": {s.tokens[planner.RoleAdmin]}}, map[string]string{"Sec-Fetch-Site": "same-origin"})
		if r.StatusCode != http.StatusForbidden || len(r.Cookies()) != 0 {
			t.Errorf("token sign-in while a provider is configured: %d %v", r.StatusCode, r.Cookies())
		}
	})
	t.Run("an advisor signs in, linked to their advisor record by the UPN", func(t *testing.T) {
		resp, body, ck := s.signInAs(t, ssoAdvisor)
		if resp.StatusCode != 200 || ck == nil || resp.Header.Get("Refresh") != "0; url=/kalender" || !strings.Contains(body, "Du er logget ind") {
			t.Fatalf("after the provider: %d %q cookie %v\n%s", resp.StatusCode, resp.Header.Get("Refresh"), ck, body)
		}
		status, who := s.whoAmI(t, ck)
		if status != 200 || who["role"] != "advisor" || who["name"] != "Bo Poulsen" || who["advisorId"] != float64(s.advisor.ID) || who["personId"] == nil {
			t.Errorf("GET /api/session = %d %v", status, who)
		}
	})
	t.Run("an administrator signs in as admin", func(t *testing.T) {
		_, _, ck := s.signInAs(t, ssoAdmin)
		if status, who := s.whoAmI(t, ck); status != 200 || who["role"] != "admin" || who["advisorId"] != nil {
			t.Errorf("GET /api/session = %d %v", status, who)
		}
	})
	t.Run("a person with no mapped role is refused with a clear page, not given a role", func(t *testing.T) {
		resp, body, ck := s.signInAs(t, ssoNobody)
		if resp.StatusCode != http.StatusForbidden || ck != nil || !strings.Contains(body, "Du har ingen rolle i Planner") || !strings.Contains(body, "no-role") {
			t.Errorf("refused: %d cookie %v\n%s", resp.StatusCode, ck, body)
		}
		people, err := s.db.FindPeople(context.Background(), s.jc.ID)
		must(t, err)
		for _, p := range people {
			if p.Subject == ssoNobody.Login {
				t.Errorf("a person without a role was stored: %+v", p)
			}
		}
	})
	t.Run("an answer that reaches another browser is refused (login CSRF)", func(t *testing.T) {
		resp, body, ck := s.signInAcross(t, ssoAdvisor, true)
		if resp.StatusCode != http.StatusUnauthorized || ck != nil || !strings.Contains(body, "<code>browser</code>") {
			t.Errorf("refused: %d cookie %v\n%s", resp.StatusCode, ck, body)
		}
	})
	t.Run("a refused answer names the rule and a reference, and the log has neither name nor e-mail", func(t *testing.T) {
		s.op.Tamper = func(c map[string]any) { c["aud"] = "another-app" }
		defer func() { s.op.Tamper = nil }()
		resp, body, ck := s.signInAs(t, ssoAdvisor)
		ref := regexp.MustCompile(`<dd><code>([A-Z2-7]{10})</code></dd>`).FindStringSubmatch(body)
		if resp.StatusCode != http.StatusUnauthorized || ck != nil || !strings.Contains(body, "<code>audience</code>") || ref == nil {
			t.Fatalf("refused: %d\n%s", resp.StatusCode, body)
		}
		logs := s.logs.String()
		if !strings.Contains(logs, "rule=audience") || !strings.Contains(logs, "reference="+ref[1]) {
			t.Errorf("the log does not tell the refusal:\n%s", logs)
		}
		for _, v := range []string{ssoAdvisor.Name, ssoAdvisor.Email, ssoAdvisor.Login} {
			if strings.Contains(logs, v) {
				t.Errorf("the log holds %q:\n%s", v, logs)
			}
		}
	})
}

// TestSSOSessionsEnd: issue 20 point 4 — sign-out, disabling a person and
// deleting their provider end the session on the server.
func TestSSOSessionsEnd(t *testing.T) {
	s := newSSOSite(t, nil)
	ctx := context.Background()
	t.Run("sign-out ends the session, then signs out at the provider", func(t *testing.T) {
		_, _, ck := s.signInAs(t, ssoAdvisor)
		_, who := s.whoAmI(t, ck)
		r := s.send("POST", "/logout", url.Values{session.CSRFField: {who["csrf"].(string)}}, map[string]string{"Sec-Fetch-Site": "same-origin"}, ck)
		if r.StatusCode != 200 || !strings.HasPrefix(r.Header.Get("Refresh"), "0; url="+s.op.Issuer+"/logout?") {
			t.Errorf("sign-out: %d Refresh %q", r.StatusCode, r.Header.Get("Refresh"))
		}
		if status, _ := s.whoAmI(t, ck); status != http.StatusUnauthorized {
			t.Errorf("the copied cookie after sign-out: %d, want 401", status)
		}
	})
	t.Run("disabling the person ends their session at once", func(t *testing.T) {
		_, _, ck := s.signInAs(t, ssoAdvisor)
		_, who := s.whoAmI(t, ck)
		must(t, s.db.SetPersonDisabled(ctx, s.jc.ID, planner.PersonID(who["personId"].(float64)), true))
		if status, _ := s.whoAmI(t, ck); status != http.StatusUnauthorized {
			t.Errorf("a disabled person's cookie: %d, want 401", status)
		}
		resp, body, ck := s.signInAs(t, ssoAdvisor)
		if resp.StatusCode != http.StatusForbidden || ck != nil || !strings.Contains(body, "spærret") {
			t.Errorf("a disabled person signs in again: %d\n%s", resp.StatusCode, body)
		}
		must(t, s.db.SetPersonDisabled(ctx, s.jc.ID, planner.PersonID(who["personId"].(float64)), false))
	})
	t.Run("a role taken away at the provider ends the person's sessions at their next sign-in", func(t *testing.T) {
		_, _, ck := s.signInAs(t, ssoAdmin)
		if _, who := s.whoAmI(t, ck); who["role"] != "admin" {
			t.Fatalf("role %v", who["role"])
		}
		s.provider.RoleMap = map[string]planner.Role{"planner-advisors": planner.RoleAdvisor}
		s.provider.ClientSecret = ""
		must(t, s.db.UpdateIdentityProvider(ctx, s.provider))
		resp, _, ck2 := s.signInAs(t, ssoAdmin)
		if resp.StatusCode != http.StatusForbidden || ck2 != nil {
			t.Errorf("an administrator no longer mapped: %d", resp.StatusCode)
		}
		if status, _ := s.whoAmI(t, ck); status != http.StatusUnauthorized {
			t.Errorf("the session from before the role was taken away: %d, want 401", status)
		}
	})
}

// TestTokenSignInCanBeKeptOpen: with TokenSignIn an administrator keeps the
// token form next to the providers.
func TestTokenSignInCanBeKeptOpen(t *testing.T) {
	s := newSSOSite(t, func(o *web.Options) { o.TokenSignIn = true })
	body := read(t, s.send("GET", "/login", nil, nil))
	if !strings.Contains(body, "Log ind med Glostrup Kommune") || !strings.Contains(body, `name="token"`) {
		t.Errorf("sign-in page:\n%s", body)
	}
	s.signIn(s.tokens[planner.RoleAdmin])
}
