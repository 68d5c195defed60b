package llngtest

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/beevik/etree"
	"github.com/coreos/go-oidc/v3/oidc"
	"github.com/crewjam/saml"
	dsig "github.com/russellhaering/goxmldsig"
	"golang.org/x/oauth2"
)

// relyingParty is a throwaway relying party for both protocols: a SAML
// service provider (crewjam/saml) and an OAuth client, whose callbacks
// are on a loopback httptest server that only records what reaches it.
type relyingParty struct {
	srv      *httptest.Server
	sp       *saml.ServiceProvider
	clientID string
	secret   string
	redirect string
}

func newRelyingParty(t *testing.T) *relyingParty {
	t.Helper()
	rp := &relyingParty{clientID: "planner-test", secret: "s3cret-" + rand.Text()}
	rp.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("callback reached"))
	}))
	t.Cleanup(rp.srv.Close)
	rp.redirect = rp.srv.URL + "/oidc/callback"

	key, cert, err := newKey("planner test SP")
	if err != nil {
		t.Fatal(err)
	}
	base, _ := url.Parse(rp.srv.URL)
	rp.sp = &saml.ServiceProvider{
		EntityID:          rp.srv.URL + "/saml/metadata",
		Key:               key,
		Certificate:       cert,
		MetadataURL:       *base.JoinPath("saml", "metadata"),
		AcsURL:            *base.JoinPath("saml", "acs"),
		SloURL:            *base.JoinPath("saml", "slo"),
		SignatureMethod:   dsig.RSASHA256SignatureMethod,
		AuthnNameIDFormat: saml.PersistentNameIDFormat,
		LogoutBindings:    []string{saml.HTTPRedirectBinding, saml.HTTPPostBinding},
	}
	return rp
}

func (rp *relyingParty) options(t *testing.T) Options {
	t.Helper()
	md, err := xml.Marshal(rp.sp.Metadata())
	if err != nil {
		t.Fatal(err)
	}
	return Options{
		SAMLSPMetadata:             md,
		OIDCClientID:               rp.clientID,
		OIDCClientSecret:           rp.secret,
		OIDCRedirectURIs:           []string{rp.redirect},
		OIDCPostLogoutRedirectURIs: []string{rp.srv.URL + "/"},
	}
}

// browser is an HTTP client with a cookie jar that follows redirects.
func browser(t *testing.T) *http.Client {
	t.Helper()
	jar, err := cookiejar.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	return &http.Client{Jar: jar, Timeout: 30 * time.Second}
}

// TestLemonLDAP starts one IdP for both protocols and signs each demo user
// in with each.
func TestLemonLDAP(t *testing.T) {
	t.Parallel()
	rp := newRelyingParty(t)
	start := time.Now()
	s := Start(t, rp.options(t))
	t.Logf("LemonLDAP::NG ready at %s in %v", s.URL, time.Since(start).Round(time.Millisecond))

	t.Run("OIDC", func(t *testing.T) {
		op := discover(t, s)
		for _, u := range demoUsers {
			t.Run(u.login, func(t *testing.T) { checkOIDCUser(t, op, rp, u.login, u.groups) })
		}
		t.Run("logout", func(t *testing.T) {
			client := browser(t)
			_, raw := oidcSignInWith(t, op, rp, client, Admin)
			after := rp.srv.URL + "/"
			resp, err := client.Get(op.endSession + "?" + url.Values{
				"id_token_hint":            {raw},
				"post_logout_redirect_uri": {after},
				"state":                    {"bye"},
			}.Encode())
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if got := resp.Request.URL; !strings.HasPrefix(got.String(), after) || got.Query().Get("state") != "bye" {
				t.Fatalf("after logout at %s, want %s with the state", got, after)
			}
			// signed out: the next authorization request asks for the password again
			conf := op.oauth2(rp)
			page, err := client.Get(conf.AuthCodeURL(rand.Text(), oauth2.S256ChallengeOption(oauth2.GenerateVerifier())))
			if err != nil {
				t.Fatal(err)
			}
			if _, err := ReadForm(page, "password"); err != nil {
				t.Fatalf("after logout, no login form: %v", err)
			}
		})
		t.Run("PKCE required", func(t *testing.T) {
			conf := op.oauth2(rp)
			client := browser(t)
			page, err := client.Get(conf.AuthCodeURL(rand.Text()))
			if err != nil {
				t.Fatal(err)
			}
			resp, err := Login(client, page, Advisor)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if code := resp.Request.URL.Query().Get("code"); code != "" {
				t.Fatalf("an authorization request without a code challenge got a code: %s", resp.Request.URL)
			}
			// with a challenge, but the token request without the verifier
			page, err = client.Get(conf.AuthCodeURL(rand.Text(), oauth2.S256ChallengeOption(oauth2.GenerateVerifier())))
			if err != nil {
				t.Fatal(err)
			}
			page.Body.Close() // signed in already: straight to the redirect URI
			code := page.Request.URL.Query().Get("code")
			if code == "" {
				t.Fatalf("no code: %s", page.Request.URL)
			}
			if _, err := conf.Exchange(context.Background(), code); err == nil {
				t.Fatal("the token endpoint took a code without its PKCE verifier")
			}
		})
	})

	t.Run("SAML", func(t *testing.T) {
		var idp saml.EntityDescriptor
		if err := xml.Unmarshal(s.SAMLMetadata, &idp); err != nil {
			t.Fatal(err)
		}
		if idp.EntityID != s.SAMLEntityID {
			t.Fatalf("IdP entity ID %q, want %q", idp.EntityID, s.SAMLEntityID)
		}
		rp.sp.IDPMetadata = &idp
		for _, u := range demoUsers {
			t.Run(u.login, func(t *testing.T) { checkSAMLUser(t, rp.sp, u.login, u.privileges) })
		}
		t.Run("HTTP-POST binding", func(t *testing.T) {
			a := samlSignIn(t, rp.sp, browser(t), Advisor, saml.HTTPPostBinding)
			if a.Subject.NameID.Value != Advisor {
				t.Errorf("NameID %q", a.Subject.NameID.Value)
			}
		})
		t.Run("single logout", func(t *testing.T) {
			client := browser(t)
			a := samlSignIn(t, rp.sp, client, Advisor, saml.HTTPRedirectBinding)
			if len(a.AuthnStatements) != 1 || a.AuthnStatements[0].SessionIndex == "" {
				t.Fatalf("no session index: %+v", a.AuthnStatements)
			}
			req, err := rp.sp.MakeLogoutRequest(rp.sp.GetSLOBindingLocation(saml.HTTPRedirectBinding), a.Subject.NameID.Value,
				saml.WithSessionIndex(a.AuthnStatements[0].SessionIndex))
			if err != nil {
				t.Fatal(err)
			}
			req.NameID.Format = a.Subject.NameID.Format
			u, err := rp.sp.RedirectLogoutRequestURL(req, "bye")
			if err != nil {
				t.Fatal(err)
			}
			resp, err := client.Get(u.String())
			if err != nil {
				t.Fatal(err)
			}
			// the LogoutResponse comes back with the redirect binding, or
			// in a form that posts it
			answer := httptest.NewRequest(http.MethodGet, resp.Request.URL.String(), nil)
			if resp.Request.URL.Query().Get("SAMLResponse") == "" {
				f, err := ReadForm(resp, "SAMLResponse")
				if err != nil {
					t.Fatal(err)
				}
				answer = httptest.NewRequest(http.MethodPost, f.Action, strings.NewReader(f.Values.Encode()))
				answer.Header.Set("Content-Type", "application/x-www-form-urlencoded")
				answer.ParseForm()
			} else {
				resp.Body.Close()
			}
			if !strings.HasPrefix(answer.URL.String(), rp.sp.SloURL.String()) {
				t.Fatalf("the LogoutResponse goes to %s, want the SP's %s", answer.URL, rp.sp.SloURL.String())
			}
			lr, err := rp.sp.ParseLogoutResponse(answer, []string{req.ID})
			if err != nil {
				var ire *saml.InvalidResponseError
				if errors.As(err, &ire) {
					err = ire.PrivateErr
				}
				t.Fatalf("the SP refuses the LogoutResponse: %v", err)
			}
			if lr.Status.StatusCode.Value != saml.StatusSuccess {
				t.Fatalf("LogoutResponse status %q", lr.Status.StatusCode.Value)
			}
			// signed out at the IdP: the next AuthnRequest asks for the password again
			next, err := rp.sp.MakeRedirectAuthenticationRequest("")
			if err != nil {
				t.Fatal(err)
			}
			page, err := client.Get(next.String())
			if err != nil {
				t.Fatal(err)
			}
			if _, err := ReadForm(page, "password"); err != nil {
				t.Fatalf("after single logout, no login form: %v", err)
			}
		})
		t.Run("unsigned AuthnRequest", func(t *testing.T) {
			unsigned := *rp.sp
			unsigned.SignatureMethod = ""
			req, err := unsigned.MakeAuthenticationRequest(unsigned.GetSSOBindingLocation(saml.HTTPRedirectBinding), saml.HTTPRedirectBinding, saml.HTTPPostBinding)
			if err != nil {
				t.Fatal(err)
			}
			u, err := req.Redirect("", &unsigned)
			if err != nil {
				t.Fatal(err)
			}
			if samlAnswered(t, u.String()) {
				t.Fatal("an unsigned AuthnRequest was answered with a SAML response")
			}
		})
	})
}

// demoUsers are the Demo backend's accounts with their OIDC groups and
// SAML privileges.
var demoUsers = []struct {
	login              string
	groups, privileges []string
}{
	{Advisor, []string{GroupAdvisors}, []string{PrivilegeAdvisor}},
	{Admin, []string{GroupAdmins}, []string{PrivilegeAdmin}},
	{NoRole, nil, nil},
}

// checkOIDCUser signs user in at op for rp and checks the ID token's
// claims: groups are the user's groups.
func checkOIDCUser(t *testing.T, op *provider, rp *relyingParty, user string, groups []string) {
	t.Helper()
	claims := oidcSignIn(t, op, rp, user)
	if claims.Subject != user || claims.UPN != user+"@badwolf.org" ||
		claims.Email != user+"@badwolf.org" || claims.Name == "" {
		t.Errorf("claims: %+v", claims)
	}
	if !slices.Equal(claims.Groups, groups) {
		t.Errorf("groups = %q, want %q", claims.Groups, groups)
	}
	if groups == nil && claims.HasGroups {
		t.Errorf("a user without a role has a groups claim: %q", claims.Groups)
	}
}

// checkSAMLUser signs user in for sp with the HTTP-Redirect binding and
// checks the assertion's NameID and attributes: want are the user's
// privileges.
func checkSAMLUser(t *testing.T, sp *saml.ServiceProvider, user string, want []string) {
	t.Helper()
	a := samlSignIn(t, sp, browser(t), user, saml.HTTPRedirectBinding)
	if id := a.Subject.NameID; id == nil || id.Format != string(saml.PersistentNameIDFormat) || id.Value != user {
		t.Errorf("NameID %+v, want persistent %q", id, user)
	}
	attrs := map[string][]string{}
	for _, st := range a.AttributeStatements {
		for _, at := range st.Attributes {
			if at.NameFormat != attrNameFormatURI {
				t.Errorf("attribute %s: name format %q", at.Name, at.NameFormat)
			}
			for _, v := range at.Values {
				attrs[at.Name] = append(attrs[at.Name], v.Value)
			}
		}
	}
	for name, want := range map[string]string{
		attrSpecVersion: "OIO-SAML-3.0",
		attrLoA:         "Substantial",
		attrEmail:       user + "@badwolf.org",
		attrCVR:         CVR,
		attrOrgName:     orgName,
	} {
		if got := attrs[name]; len(got) != 1 || got[0] != want {
			t.Errorf("%s = %q, want %q", name, got, want)
		}
	}
	if len(attrs[attrFullName]) != 1 || attrs[attrFullName][0] == "" {
		t.Errorf("%s = %q", attrFullName, attrs[attrFullName])
	}
	if got := privileges(t, attrs[attrPrivileges]); !slices.Equal(got, want) {
		t.Errorf("privileges %q, want %q", got, want)
	}
}

// samlAnswered follows the SAML request URL u in a new browser, signing
// Advisor in when the portal asks, and reports whether the portal answers
// with a form that posts a SAML response.
func samlAnswered(t *testing.T, u string) bool {
	t.Helper()
	client := browser(t)
	page, err := client.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := Login(client, page, Advisor)
	if err != nil {
		return false
	}
	_, err = ReadForm(resp, "SAMLResponse")
	return err == nil
}

// TestRegister starts the IdP with no relying party and registers one
// afterwards, in the order of real life and of Planner's end-to-end tests:
// the IdP first; the relying party reads its metadata and discovery
// document, and only then has its SP metadata and redirect URI, which the
// IdP registers while it runs.
func TestRegister(t *testing.T) {
	t.Parallel()
	start := time.Now()
	s := Start(t, Options{})
	t.Logf("LemonLDAP::NG without relying party ready in %v", time.Since(start).Round(time.Millisecond))

	rp := newRelyingParty(t)
	var idp saml.EntityDescriptor
	if err := xml.Unmarshal(get(t, s.SAMLMetadataURL), &idp); err != nil {
		t.Fatal(err)
	}
	rp.sp.IDPMetadata = &idp
	op := discover(t, s)
	var d struct {
		JWKS string `json:"jwks_uri"`
	}
	if err := op.Claims(&d); err != nil || d.JWKS == "" {
		t.Fatalf("no jwks_uri: %v", err)
	}
	jwksURI := d.JWKS
	jwks := get(t, jwksURI)

	authnRequest := func() string {
		u, err := rp.sp.MakeRedirectAuthenticationRequest("")
		if err != nil {
			t.Fatal(err)
		}
		return u.String()
	}
	if samlAnswered(t, authnRequest()) {
		t.Fatal("an unregistered SP's AuthnRequest was answered")
	}
	if oidcAnswered(t, browser(t), op, rp, Advisor) {
		t.Fatal("an unregistered client got a code")
	}

	opt := rp.options(t)
	reg := time.Now()
	s.Register(t, opt)
	t.Logf("registered in %v", time.Since(reg).Round(time.Millisecond))
	// the same IdP: the same metadata and keys (compared parsed: each
	// worker orders the JSON objects' members its own way)
	var again saml.EntityDescriptor
	if err := xml.Unmarshal(get(t, s.SAMLMetadataURL), &again); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(again, idp) {
		t.Errorf("the SAML metadata changed:\n%+v\nwas\n%+v", again, idp)
	}
	if got := get(t, jwksURI); !jsonEqual(t, got, jwks) {
		t.Errorf("the JWKS changed: %s, was %s", got, jwks)
	}
	for _, u := range demoUsers {
		t.Run("SAML/"+u.login, func(t *testing.T) { checkSAMLUser(t, rp.sp, u.login, u.privileges) })
		t.Run("OIDC/"+u.login, func(t *testing.T) { checkOIDCUser(t, op, rp, u.login, u.groups) })
	}
	if !samlAnswered(t, authnRequest()) {
		t.Fatal("samlAnswered misses the answer to a registered SP")
	}

	// Register replaces: the OIDC RP only now. A session survives it.
	client := browser(t)
	if c, _ := oidcSignInWith(t, op, rp, client, Admin); c.Subject != Admin {
		t.Fatalf("claims: %+v", c)
	}
	opt.SAMLSPMetadata = nil
	s.Register(t, opt)
	if samlAnswered(t, authnRequest()) {
		t.Error("the SP's AuthnRequest was answered after Register without it")
	}
	if !oidcAnswered(t, client, op, rp, "") {
		t.Error("the session did not survive Register: the RP got no code without a login")
	}
	checkOIDCUser(t, op, rp, Advisor, []string{GroupAdvisors})

	// metadata that the IdP cannot use fails the test at Register
	bad := &fatalTB{TB: t}
	done := make(chan struct{})
	go func() {
		defer close(done)
		s.Register(bad, Options{SAMLSPMetadata: []byte(`<md:EntityDescriptor entityID="broken"`)})
	}()
	<-done
	if !strings.Contains(bad.msg, "Fail to use SP "+spConfKey) {
		t.Errorf("Register with broken SP metadata: %q, want it to fail with LemonLDAP::NG's error", bad.msg)
	}
}

// fatalTB is t whose Fatalf ends the goroutine and records the message,
// failing nothing.
type fatalTB struct {
	testing.TB
	msg string
}

func (f *fatalTB) Helper() {}

func (f *fatalTB) Fatalf(format string, args ...any) {
	f.msg = fmt.Sprintf(format, args...)
	runtime.Goexit()
}

// jsonEqual reports whether a and b are the same JSON value.
func jsonEqual(t *testing.T, a, b []byte) bool {
	t.Helper()
	var va, vb any
	if err := json.Unmarshal(a, &va); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &vb); err != nil {
		t.Fatal(err)
	}
	return reflect.DeepEqual(va, vb)
}

// get is the body of a GET of u, which must answer 200 OK.
func get(t *testing.T, u string) []byte {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %s", u, resp.Status)
	}
	return b
}

// oidcAnswered sends an authorization request (with PKCE) for rp with
// client, signing user in when the portal asks (none when user is ""), and
// reports whether the portal ends at rp's redirect URI with a code.
func oidcAnswered(t *testing.T, client *http.Client, op *provider, rp *relyingParty, user string) bool {
	t.Helper()
	conf := op.oauth2(rp)
	resp, err := client.Get(conf.AuthCodeURL(rand.Text(), oauth2.S256ChallengeOption(oauth2.GenerateVerifier())))
	if err != nil {
		t.Fatal(err)
	}
	if user != "" && !strings.HasPrefix(resp.Request.URL.String(), rp.redirect+"?") {
		page := resp
		if resp, err = Login(client, page, user); err != nil {
			return false
		}
	}
	resp.Body.Close()
	return strings.HasPrefix(resp.Request.URL.String(), rp.redirect+"?") && resp.Request.URL.Query().Get("code") != ""
}

// samlSignIn signs user in with a signed AuthnRequest sent with binding
// (HTTP-Redirect or HTTP-POST), checks that the Response that the portal's
// page posts to the SP is signed with RSA-SHA256 and holds an encrypted
// assertion only, encrypted with AES-256 and its key wrapped with RSA-OAEP,
// and returns the assertion as sp accepts it.
func samlSignIn(t *testing.T, sp *saml.ServiceProvider, client *http.Client, user, binding string) *saml.Assertion {
	t.Helper()
	req, err := sp.MakeAuthenticationRequest(sp.GetSSOBindingLocation(binding), binding, saml.HTTPPostBinding)
	if err != nil {
		t.Fatal(err)
	}
	relay := "relay-" + user
	var page *http.Response
	if binding == saml.HTTPRedirectBinding {
		u, err := req.Redirect(relay, sp)
		if err != nil {
			t.Fatal(err)
		}
		if u.Query().Get("Signature") == "" || u.Query().Get("SigAlg") != dsig.RSASHA256SignatureMethod {
			t.Fatalf("the AuthnRequest is not signed with RSA-SHA256: %s", u)
		}
		page, err = client.Get(u.String())
	} else {
		if req.Signature == nil {
			t.Fatal("the AuthnRequest is not signed")
		}
		doc := etree.NewDocument()
		doc.SetRoot(req.Element())
		b, err := doc.WriteToBytes()
		if err != nil {
			t.Fatal(err)
		}
		page, err = client.PostForm(req.Destination, url.Values{
			"SAMLRequest": {base64.StdEncoding.EncodeToString(b)},
			"RelayState":  {relay},
		})
	}
	if err != nil {
		t.Fatal(err)
	}
	resp, err := Login(client, page, user)
	if err != nil {
		t.Fatal(err)
	}
	form, err := ReadForm(resp, "SAMLResponse")
	if err != nil {
		t.Fatal(err)
	}
	if form.Action != sp.AcsURL.String() || form.Method != http.MethodPost || form.Values.Get("RelayState") != relay {
		t.Fatalf("the SAML response goes to %s %s with RelayState %q, want POST %s with %q",
			form.Method, form.Action, form.Values.Get("RelayState"), sp.AcsURL.String(), relay)
	}
	raw, err := base64.StdEncoding.DecodeString(form.Values.Get("SAMLResponse"))
	if err != nil {
		t.Fatal(err)
	}
	type encryptionMethod struct {
		Algorithm string `xml:"Algorithm,attr"`
	}
	type encryptedKey struct {
		EncryptionMethod encryptionMethod `xml:"http://www.w3.org/2001/04/xmlenc# EncryptionMethod"`
	}
	var shape struct {
		Assertions          []struct{} `xml:"urn:oasis:names:tc:SAML:2.0:assertion Assertion"`
		EncryptedAssertions []struct {
			EncryptedData struct {
				EncryptionMethod encryptionMethod `xml:"http://www.w3.org/2001/04/xmlenc# EncryptionMethod"`
				KeyInfo          struct {
					EncryptedKeys []encryptedKey `xml:"http://www.w3.org/2001/04/xmlenc# EncryptedKey"`
				} `xml:"http://www.w3.org/2000/09/xmldsig# KeyInfo"`
			} `xml:"http://www.w3.org/2001/04/xmlenc# EncryptedData"`
			// the EncryptedKey may be the EncryptedData's sibling too
			EncryptedKeys []encryptedKey `xml:"http://www.w3.org/2001/04/xmlenc# EncryptedKey"`
		} `xml:"urn:oasis:names:tc:SAML:2.0:assertion EncryptedAssertion"`
		Signature struct {
			SignedInfo struct {
				SignatureMethod struct {
					Algorithm string `xml:",attr"`
				} `xml:"http://www.w3.org/2000/09/xmldsig# SignatureMethod"`
			} `xml:"http://www.w3.org/2000/09/xmldsig# SignedInfo"`
		} `xml:"http://www.w3.org/2000/09/xmldsig# Signature"`
	}
	if err := xml.Unmarshal(raw, &shape); err != nil {
		t.Fatal(err)
	}
	if len(shape.Assertions) != 0 || len(shape.EncryptedAssertions) != 1 {
		t.Fatalf("the Response holds %d plain and %d encrypted assertions, want 0 and 1:\n%s",
			len(shape.Assertions), len(shape.EncryptedAssertions), raw)
	}
	if alg := shape.Signature.SignedInfo.SignatureMethod.Algorithm; alg != dsig.RSASHA256SignatureMethod {
		t.Errorf("the Response's signature method is %q, want RSA-SHA256", alg)
	}
	// OIOSAML 3: the assertion encrypted with AES-256 (CBC or GCM), its
	// key wrapped with RSA-OAEP
	ea := shape.EncryptedAssertions[0]
	if alg := ea.EncryptedData.EncryptionMethod.Algorithm; alg != "http://www.w3.org/2001/04/xmlenc#aes256-cbc" &&
		alg != "http://www.w3.org/2009/xmlenc11#aes256-gcm" {
		t.Errorf("the assertion is encrypted with %q, want AES-256 (CBC or GCM)", alg)
	}
	if keys := append(ea.EncryptedData.KeyInfo.EncryptedKeys, ea.EncryptedKeys...); len(keys) != 1 {
		t.Errorf("the EncryptedAssertion has %d EncryptedKeys, want 1:\n%s", len(keys), raw)
	} else if alg := keys[0].EncryptionMethod.Algorithm; alg != "http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p" &&
		alg != "http://www.w3.org/2009/xmlenc11#rsa-oaep" {
		t.Errorf("the assertion's key is wrapped with %q, want RSA-OAEP", alg)
	}
	post := httptest.NewRequest(http.MethodPost, sp.AcsURL.String(), strings.NewReader(form.Values.Encode()))
	post.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	if err := post.ParseForm(); err != nil {
		t.Fatal(err)
	}
	a, err := sp.ParseResponse(post, []string{req.ID})
	if err != nil {
		var ire *saml.InvalidResponseError
		if errors.As(err, &ire) {
			err = ire.PrivateErr
		}
		t.Fatalf("the SP refuses the response: %v", err)
	}
	return a
}

// privileges decodes OIOSAML 3's privilegesIntermediate attribute: the
// privileges of its PrivilegeGroup for the CVR number.
func privileges(t *testing.T, values []string) []string {
	t.Helper()
	if len(values) == 0 {
		return nil
	}
	if len(values) != 1 {
		t.Fatalf("privileges attribute with %d values", len(values))
	}
	b, err := base64.StdEncoding.DecodeString(values[0])
	if err != nil {
		t.Fatalf("privileges attribute is not base64: %v", err)
	}
	var list struct {
		XMLName xml.Name
		Groups  []struct {
			Scope      string   `xml:",attr"`
			Privileges []string `xml:"Privilege"`
		} `xml:"PrivilegeGroup"`
	}
	if err := xml.Unmarshal(b, &list); err != nil {
		t.Fatalf("privileges %s: %v", b, err)
	}
	if list.XMLName != (xml.Name{Space: "http://digst.dk/oiosaml/basic_privilege_profile", Local: "PrivilegeList"}) ||
		len(list.Groups) != 1 || list.Groups[0].Scope != "urn:dk:gov:saml:cvrNumberIdentifier:"+CVR {
		t.Fatalf("privileges: %s", b)
	}
	return list.Groups[0].Privileges
}

// provider is the OpenID provider as go-oidc discovers it, with what the
// tests read of its discovery document.
type provider struct {
	*oidc.Provider
	endSession string
}

// discover reads the provider's discovery document with go-oidc and checks
// what Planner's relying party relies on.
func discover(t *testing.T, s *Server) *provider {
	t.Helper()
	p, err := oidc.NewProvider(context.Background(), s.Issuer)
	if err != nil {
		t.Fatalf("discovery: %v", err)
	}
	var d struct {
		Authorization        string   `json:"authorization_endpoint"`
		Token                string   `json:"token_endpoint"`
		EndSession           string   `json:"end_session_endpoint"`
		CodeChallengeMethods []string `json:"code_challenge_methods_supported"`
		IDTokenSigningAlgs   []string `json:"id_token_signing_alg_values_supported"`
	}
	if err := p.Claims(&d); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(d.Authorization, s.URL) || !strings.HasPrefix(d.Token, s.URL) || !strings.HasPrefix(d.EndSession, s.URL) ||
		!slices.Contains(d.IDTokenSigningAlgs, "RS256") || !slices.Contains(d.CodeChallengeMethods, "S256") {
		t.Fatalf("discovery document: %+v", d)
	}
	return &provider{Provider: p, endSession: d.EndSession}
}

func (op *provider) oauth2(rp *relyingParty) oauth2.Config {
	e := op.Endpoint()
	e.AuthStyle = oauth2.AuthStyleInHeader
	return oauth2.Config{
		ClientID:     rp.clientID,
		ClientSecret: rp.secret,
		Endpoint:     e,
		RedirectURL:  rp.redirect,
		Scopes:       []string{oidc.ScopeOpenID, "profile", "email"},
	}
}

// TestServersApart runs two IdPs beside each other and beside
// TestLemonLDAP's, as tests of several packages would, and uses them with
// one cookie jar: each keeps its own sessions.
func TestServersApart(t *testing.T) {
	t.Parallel()
	rp := newRelyingParty(t)
	opt := rp.options(t)
	opt.SAMLSPMetadata = nil // OIDC only
	a, b := Start(t, opt), Start(t, opt)
	if a.URL == b.URL || a.Dir() == b.Dir() {
		t.Fatalf("two servers share %s or %s", a.URL, a.Dir())
	}
	opA, opB := discover(t, a), discover(t, b)
	client := browser(t)
	if c, _ := oidcSignInWith(t, opA, rp, client, Advisor); c.Subject != Advisor {
		t.Fatalf("at A: %+v", c)
	}
	// B does not take A's session: it asks for the password
	if c, _ := oidcSignInWith(t, opB, rp, client, Admin); c.Subject != Admin {
		t.Fatalf("at B: %+v", c)
	}
	// and A still has its own: the authorization goes straight to the
	// redirect URI
	if !oidcAnswered(t, client, opA, rp, "") {
		t.Fatal("A lost its session: no code without a login")
	}
}

// idClaims are the ID token's claims the tests look at.
type idClaims struct {
	Subject   string   `json:"sub"`
	Name      string   `json:"name"`
	Email     string   `json:"email"`
	UPN       string   `json:"upn"`
	Groups    []string `json:"groups"`
	HasGroups bool     `json:"-"`
}

// oidcSignIn signs user in through the authorization code flow with PKCE
// and a nonce, checks the ID token and returns its claims.
func oidcSignIn(t *testing.T, op *provider, rp *relyingParty, user string) idClaims {
	t.Helper()
	c, _ := oidcSignInWith(t, op, rp, browser(t), user)
	return c
}

// oidcSignInWith is oidcSignIn with client, and returns the raw ID token
// too.
func oidcSignInWith(t *testing.T, op *provider, rp *relyingParty, client *http.Client, user string) (idClaims, string) {
	t.Helper()
	conf := op.oauth2(rp)
	state, nonce, verifier := rand.Text(), rand.Text(), oauth2.GenerateVerifier()
	page, err := client.Get(conf.AuthCodeURL(state, oauth2.S256ChallengeOption(verifier), oauth2.SetAuthURLParam("nonce", nonce)))
	if err != nil {
		t.Fatal(err)
	}
	resp, err := Login(client, page, user)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	got := resp.Request.URL
	if resp.StatusCode != http.StatusOK || !strings.HasPrefix(got.String(), rp.redirect+"?") {
		t.Fatalf("after login: %s at %s, want the redirect URI", resp.Status, got)
	}
	if got.Query().Get("state") != state || got.Query().Get("code") == "" {
		t.Fatalf("redirect: %s", got)
	}
	tok, err := conf.Exchange(context.Background(), got.Query().Get("code"), oauth2.VerifierOption(verifier))
	if err != nil {
		t.Fatalf("token: %v", err)
	}
	raw, _ := tok.Extra("id_token").(string)
	idt, err := op.Verifier(&oidc.Config{ClientID: rp.clientID}).Verify(context.Background(), raw)
	if err != nil {
		t.Fatalf("ID token: %v", err)
	}
	if idt.Nonce != nonce {
		t.Errorf("nonce = %q, want %q", idt.Nonce, nonce)
	}
	var all map[string]any
	if err := idt.Claims(&all); err != nil {
		t.Fatal(err)
	}
	if alg := jwsAlg(t, raw); alg != "RS256" {
		t.Errorf("ID token signed with %s, want RS256", alg)
	}
	if g, ok := all["groups"]; ok {
		if _, isArray := g.([]any); !isArray {
			t.Errorf("groups is not a JSON array: %#v", g)
		}
	}
	b, _ := json.Marshal(all)
	var c idClaims
	if err := json.Unmarshal(b, &c); err != nil {
		t.Fatal(err)
	}
	_, c.HasGroups = all["groups"]
	return c, raw
}

// jwsAlg is the alg of a JWS's protected header.
func jwsAlg(t *testing.T, raw string) string {
	t.Helper()
	header, _, _ := strings.Cut(raw, ".")
	b, err := base64.RawURLEncoding.DecodeString(header)
	var h struct{ Alg string }
	if err == nil {
		err = json.Unmarshal(b, &h)
	}
	if err != nil {
		t.Fatalf("JWS header: %v", err)
	}
	return h.Alg
}
