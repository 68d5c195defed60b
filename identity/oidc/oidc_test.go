package oidc_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/rsa"
	"encoding/base64"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/planner-dk/planner/identity"
	"github.com/planner-dk/planner/identity/demoidp"
	"github.com/planner-dk/planner/identity/oidc"
	"github.com/planner-dk/planner/planner/secret"
	"github.com/planner-dk/planner/planner/sqlstore"
)

const redirect = "http://127.0.0.1:1/sso/callback"

var bo = demoidp.User{Login: "bo-7f3a", Name: "Bo Poulsen", Email: "bo.poulsen@glostrup.dk", Groups: []string{"planner-advisors", "all-staff"}}

// fixture is a provider and a relying party of it, keeping its pending
// sign-ins in a real store.
type fixture struct {
	op *demoidp.OP
	rp *oidc.RP
}

func newFixture(t *testing.T, change func(*oidc.Config)) *fixture {
	t.Helper()
	ctx := context.Background()
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	op, err := demoidp.New(srv.URL+"/op", []demoidp.User{bo}, map[string]demoidp.Client{"planner": {Secret: "s3cret", RedirectURIs: []string{redirect}}})
	if err != nil {
		t.Fatal(err)
	}
	mux.Handle("/op/", op)
	db, err := sqlstore.OpenSQLite(ctx, filepath.Join(t.TempDir(), "planner.db"), secret.NewKeyring(secret.NewKey()))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	cfg := oidc.Config{Issuer: op.Issuer, ClientID: "planner", ClientSecret: "s3cret", RedirectURL: redirect, Once: db}
	if change != nil {
		change(&cfg)
	}
	rp, err := oidc.New(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	return &fixture{op: op, rp: rp}
}

// signIn starts a sign-in, lets the provider grant it to bo as its
// chooser would, and returns the callback request the browser would make.
func (f *fixture) signIn(t *testing.T) *http.Request {
	t.Helper()
	auth, err := f.rp.Begin(context.Background(), []byte("/kalender"))
	if err != nil {
		t.Fatal(err)
	}
	u, _ := url.Parse(auth)
	q := u.Query()
	if q.Get("code_challenge_method") != "S256" || q.Get("nonce") == "" || q.Get("state") == "" {
		t.Fatalf("the authorization request lacks PKCE, nonce or state: %s", auth)
	}
	code := f.op.Grant(q.Get("client_id"), q.Get("redirect_uri"), q.Get("code_challenge"), q.Get("nonce"), bo)
	return httptest.NewRequest(http.MethodGet, redirect+"?"+url.Values{"code": {code}, "state": {q.Get("state")}}.Encode(), nil)
}

func TestSignIn(t *testing.T) {
	f := newFixture(t, nil)
	id, data, err := f.rp.Finish(context.Background(), f.signIn(t))
	if err != nil {
		t.Fatal(err)
	}
	if id.Issuer != f.op.Issuer || id.Subject != bo.Login || id.Name != bo.Name || id.Email != bo.Email || string(data) != "/kalender" {
		t.Errorf("identity = %+v, data %q", id, data)
	}
	if g := id.Claims["groups"]; len(g) != 2 || g[0] != "planner-advisors" {
		t.Errorf("groups = %q", g)
	}
	if id.AuthTime.IsZero() {
		t.Error("no auth_time")
	}
}

// TestRefusals: each check of the provider's answer refuses what breaks
// it, naming the rule; the same answer without the defect is accepted
// (TestSignIn), so each case fails without its check.
func TestRefusals(t *testing.T) {
	other, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	// unsigned makes the token's header say alg none and drops the signature;
	// tampered changes the payload after signing.
	unsigned := func(jws string) string {
		parts := strings.Split(jws, ".")
		return base64.RawURLEncoding.EncodeToString([]byte(`{"alg":"none","typ":"JWT"}`)) + "." + parts[1] + "."
	}
	tampered := func(jws string) string {
		parts := strings.Split(jws, ".")
		payload, _ := base64.RawURLEncoding.DecodeString(parts[1])
		payload = bytes.Replace(payload, []byte(`"planner-advisors"`), []byte(`"planner-admins"`), 1)
		return parts[0] + "." + base64.RawURLEncoding.EncodeToString(payload) + "." + parts[2]
	}
	tests := []struct {
		name   string
		tamper func(c map[string]any)
		sign   *rsa.PrivateKey
		rule   string
		mangle func(string) string
	}{
		{"an unsigned token", nil, nil, identity.RuleSignature, unsigned},
		{"a token changed after signing (an advisor made admin)", nil, nil, identity.RuleSignature, tampered},
		{"a token signed by another key", nil, other, identity.RuleSignature, nil},
		{"a token for another client", func(c map[string]any) { c["aud"] = "another-app" }, nil, identity.RuleAudience, nil},
		{"a token from another issuer", func(c map[string]any) { c["iss"] = "https://evil.example/" }, nil, identity.RuleIssuer, nil},
		{"an expired token", func(c map[string]any) { c["exp"] = time.Now().Add(-10 * time.Minute).Unix() }, nil, identity.RuleTime, nil},
		{"a token not valid yet", func(c map[string]any) { c["nbf"] = time.Now().Add(time.Hour).Unix() }, nil, identity.RuleTime, nil},
		{"another request's nonce", func(c map[string]any) { c["nonce"] = "replayed-nonce" }, nil, identity.RuleNonce, nil},
		{"no subject", func(c map[string]any) { delete(c, "sub") }, nil, identity.RuleSubject, nil},
		{"Entra ID's groups overage", func(c map[string]any) {
			delete(c, "groups")
			c["_claim_names"] = map[string]any{"groups": "src1"}
			c["_claim_sources"] = map[string]any{"src1": map[string]any{"endpoint": "https://graph.microsoft.com/v1.0/users/x/getMemberObjects"}}
		}, nil, identity.RuleGroupOverage, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newFixture(t, nil)
			f.op.Tamper, f.op.SignWith, f.op.Mangle = tc.tamper, tc.sign, tc.mangle
			_, _, err := f.rp.Finish(context.Background(), f.signIn(t))
			if got := identity.RuleOf(err); got != tc.rule {
				t.Fatalf("rule %q (%v), want %q", got, err, tc.rule)
			}
			noPersonalData(t, err)
		})
	}
}

func TestStateIsUsedOnce(t *testing.T) {
	f := newFixture(t, nil)
	callback := f.signIn(t)
	if _, _, err := f.rp.Finish(context.Background(), callback); err != nil {
		t.Fatal(err)
	}
	_, _, err := f.rp.Finish(context.Background(), callback)
	if identity.RuleOf(err) != identity.RuleState {
		t.Errorf("the same answer again: %v, want a refusal by state", err)
	}
	unknown := httptest.NewRequest(http.MethodGet, redirect+"?code=x&state=forged", nil)
	if _, _, err := f.rp.Finish(context.Background(), unknown); identity.RuleOf(err) != identity.RuleState {
		t.Errorf("an unknown state: %v, want a refusal by state", err)
	}
}

func TestProviderError(t *testing.T) {
	f := newFixture(t, nil)
	auth, err := f.rp.Begin(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	u, _ := url.Parse(auth)
	r := httptest.NewRequest(http.MethodGet, redirect+"?error=access_denied&error_description=Bo+Poulsen+cancelled&state="+u.Query().Get("state"), nil)
	_, _, err = f.rp.Finish(context.Background(), r)
	if identity.RuleOf(err) != identity.RuleStatus || !strings.Contains(err.Error(), "access_denied") {
		t.Errorf("err = %v", err)
	}
	noPersonalData(t, err)
}

// TestEntraSubject: at Entra ID the person is their object id, not the
// per-application sub.
func TestEntraSubject(t *testing.T) {
	f := newFixture(t, func(c *oidc.Config) { c.SubjectClaim = "oid" })
	f.op.Tamper = func(c map[string]any) {
		c["oid"], c["tid"] = "5d8f2a1c-0000-4000-8000-00000000b0b0", "0a1b2c3d-4e5f-6789-abcd-ef0123456789"
	}
	id, _, err := f.rp.Finish(context.Background(), f.signIn(t))
	if err != nil {
		t.Fatal(err)
	}
	if id.Subject != "5d8f2a1c-0000-4000-8000-00000000b0b0" {
		t.Errorf("subject = %q, want the oid", id.Subject)
	}
}

// TestADFSAuthTime: AD FS may give auth_time as a string.
func TestADFSAuthTime(t *testing.T) {
	f := newFixture(t, nil)
	f.op.Tamper = func(c map[string]any) { c["auth_time"] = "1796112000" }
	id, _, err := f.rp.Finish(context.Background(), f.signIn(t))
	if err != nil {
		t.Fatal(err)
	}
	if !id.AuthTime.Equal(time.Unix(1796112000, 0)) {
		t.Errorf("auth time %s", id.AuthTime)
	}
}

func TestLogoutURL(t *testing.T) {
	f := newFixture(t, nil)
	got := f.rp.LogoutURL("", "http://127.0.0.1:1/login")
	if !strings.HasPrefix(got, f.op.Issuer+"/logout?") || !strings.Contains(got, "post_logout_redirect_uri=http%3A%2F%2F127.0.0.1%3A1%2Flogin") {
		t.Errorf("logout URL %q", got)
	}
}

// noPersonalData fails when err names the person.
func noPersonalData(t *testing.T, err error) {
	t.Helper()
	for _, v := range []string{bo.Login, bo.Name, bo.Email} {
		if err != nil && strings.Contains(err.Error(), v) {
			t.Errorf("the refusal names the person (%q): %v", v, err)
		}
	}
}
