package saml_test

import (
	"context"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/base64"
	"encoding/xml"
	"math/big"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/beevik/etree"
	crewsaml "github.com/crewjam/saml"
	"github.com/crewjam/saml/xmlenc"
	dsig "github.com/russellhaering/goxmldsig"

	"github.com/planner-dk/planner/identity"
	"github.com/planner-dk/planner/identity/saml"
)

// t0 is when the tests sign in: the night Denmark goes to summer time.
var t0 = time.Date(2026, 3, 29, 1, 30, 0, 0, time.UTC)

// The SP under test.
const (
	spEntityID = "https://planner.example/saml/metadata"
	spACS      = "https://planner.example/saml/acs"
	spSLO      = "https://planner.example/saml/slo"
	idpBase    = "https://idp.example"
)

// The test user. None of these may appear in an error message.
const (
	userNameID = "https://data.gov.dk/model/core/eid/professional/uuid/7c0a4c2e-2f6b-4d7e-9a55-1b8e2f0c9d31"
	userName   = "Karen Testesen Blixen"
	userEmail  = "karen.blixen@glostrup.example"
	userCVR    = "12345678"
	privAdvise = "http://planner.example/roles/advisor"
	privAdmin  = "http://planner.example/roles/admin"
)

// privilegeList is the test user's OIOBPP privileges, as an IdP sends them.
var privilegeList = base64.StdEncoding.EncodeToString([]byte(`<bpp:PrivilegeList xmlns:bpp="http://digst.dk/oiosaml/basic_privilege_profile">` +
	`<PrivilegeGroup Scope="urn:dk:gov:saml:cvrNumberIdentifier:` + userCVR + `">` +
	`<Privilege>` + privAdvise + `</Privilege><Privilege>` + privAdmin + `</Privilege>` +
	`</PrivilegeGroup></bpp:PrivilegeList>`))

// testKeys are the RSA keys of the tests, made once: two of the SP's (the
// current one and the old one of a rollover), the IdP's and an impostor's.
var testKeys = sync.OnceValue(func() (k struct{ sp, spOld, idp, other saml.KeyPair }) {
	k.sp, k.spOld = newKeyPair("planner sp"), newKeyPair("planner sp (old)")
	k.idp, k.other = newKeyPair("idp"), newKeyPair("impostor")
	return k
})

// newKeyPair makes an RSA key and a self-signed certificate for it, valid
// around t0.
func newKeyPair(cn string) saml.KeyPair {
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		panic(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1),
		Subject:      pkix.Name{CommonName: cn},
		NotBefore:    t0.AddDate(-1, 0, 0),
		NotAfter:     t0.AddDate(10, 0, 0),
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		panic(err)
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		panic(err)
	}
	return saml.KeyPair{Key: key, Cert: cert}
}

// clock is a settable time, shared by the SP, the IdP and the store.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// testIdP is crewjam's IdentityProvider, answering the SP's requests with
// assertions made to measure.
type testIdP struct {
	mu  sync.Mutex // respond holds it: the IdP's clock is set for each answer
	idp *crewsaml.IdentityProvider
	kp  saml.KeyPair
	clk *clock
	sp  *crewsaml.EntityDescriptor // the SP's metadata, as the IdP has it
}

// newIdP returns an IdP whose entity ID is entityID, with its single
// sign-on and logout services under idpBase, signing with kp.
func newIdP(entityID string, kp saml.KeyPair, clk *clock) *testIdP {
	i := &testIdP{kp: kp, clk: clk}
	i.idp = &crewsaml.IdentityProvider{
		Key:                     kp.Key,
		Certificate:             kp.Cert,
		MetadataURL:             mustURL(entityID),
		SSOURL:                  mustURL(idpBase + "/sso"),
		LogoutURL:               mustURL(idpBase + "/slo"),
		LogoutBindings:          []string{crewsaml.HTTPRedirectBinding, crewsaml.HTTPPostBinding},
		NameIDFormats:           []crewsaml.NameIDFormat{crewsaml.PersistentNameIDFormat},
		SignatureMethod:         dsig.RSASHA256SignatureMethod,
		ServiceProviderProvider: i,
		EnforceNameIDPolicy:     true,
		WantAuthnRequestsSigned: true,
	}
	return i
}

// GetServiceProvider implements crewsaml.ServiceProviderProvider.
func (i *testIdP) GetServiceProvider(_ *http.Request, id string) (*crewsaml.EntityDescriptor, error) {
	if i.sp == nil || i.sp.EntityID != id {
		return nil, os.ErrNotExist
	}
	return i.sp, nil
}

// metadata returns the IdP's metadata XML.
func (i *testIdP) metadata(tb testing.TB) []byte {
	tb.Helper()
	i.idp.Clock = dsig.NewFakeClockAt(i.clk.now())
	b, err := xml.Marshal(i.idp.Metadata())
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// knowSP gives the IdP the SP's metadata, as its administrator would.
func (i *testIdP) knowSP(tb testing.TB, metadata []byte) {
	tb.Helper()
	var ed crewsaml.EntityDescriptor
	if err := xml.Unmarshal(metadata, &ed); err != nil {
		tb.Fatalf("the SP's metadata does not parse: %v", err)
	}
	i.sp = &ed
}

// answer says how the IdP answers a request; the zero answer is what an
// OIOSAML 3 IdP sends: a signed assertion, encrypted to the SP's current
// key, in an unsigned Response.
type answer struct {
	edit         func(*crewsaml.Assertion) // before the assertion is signed
	tamper       func(*etree.Element)      // after it is signed, before it is encrypted
	response     func(*etree.Element)      // the Response, after it is signed (or not)
	unsigned     bool                      // the assertion is not signed
	signResponse bool                      // the Response is signed too
	plain        bool                      // the assertion is not encrypted
	encryptTo    *x509.Certificate         // instead of the SP's current key
	signWith     saml.KeyPair              // the assertion's key, instead of the IdP's
	impostor     bool                      // another IdP, with its own key and entity ID, answers
}

// request validates the AuthnRequest the SP's redirect URL carries, as the
// IdP does (our signature, the destination, the NameID policy).
func (i *testIdP) request(tb testing.TB, redirectURL string) *crewsaml.IdpAuthnRequest {
	tb.Helper()
	i.idp.Clock = dsig.NewFakeClockAt(i.clk.now())
	req, err := crewsaml.NewIdpAuthnRequest(i.idp, httptest.NewRequest(http.MethodGet, redirectURL, nil))
	if err != nil {
		tb.Fatalf("the IdP cannot read the request: %v", err)
	}
	if err := req.Validate(); err != nil {
		tb.Fatalf("the IdP refuses the request: %v", err)
	}
	return req
}

// respond answers the AuthnRequest in redirectURL for the test user, and
// returns the browser's post of the answer to the ACS.
func (i *testIdP) respond(tb testing.TB, redirectURL string, ans answer) *http.Request {
	tb.Helper()
	i.mu.Lock()
	defer i.mu.Unlock()
	req := i.request(tb, redirectURL)
	if err := (crewsaml.DefaultAssertionMaker{}).MakeAssertion(req, testSession(i.idp.Clock.Now())); err != nil {
		tb.Fatal(err)
	}
	if ans.edit != nil {
		ans.edit(req.Assertion)
	}
	req.AssertionEl = i.seal(tb, req.Assertion, ans)
	if err := req.MakeResponse(); err != nil {
		tb.Fatal(err)
	}
	if !ans.signResponse {
		for _, el := range req.ResponseEl.ChildElements() {
			if el.Tag == "Signature" {
				req.ResponseEl.RemoveChild(el)
			}
		}
	}
	if ans.response != nil {
		ans.response(req.ResponseEl)
	}
	return postResponse(tb, req.ResponseEl)
}

// testSession is the test user's session at the IdP, with the OIOSAML 3
// professional attributes.
func testSession(now time.Time) *crewsaml.Session {
	attr := func(name, value string) crewsaml.Attribute {
		return crewsaml.Attribute{Name: name, NameFormat: "urn:oasis:names:tc:SAML:2.0:attrname-format:uri",
			Values: []crewsaml.AttributeValue{{Type: "xs:string", Value: value}}}
	}
	return &crewsaml.Session{
		ID:           "idp-session",
		CreateTime:   now.Add(-time.Minute),
		Index:        "session-index-1",
		NameID:       userNameID,
		NameIDFormat: string(crewsaml.PersistentNameIDFormat),
		CustomAttributes: []crewsaml.Attribute{
			attr(saml.AttrSpecVersion, saml.SpecVersion),
			attr(saml.AttrAssurance, "Substantial"),
			attr(saml.AttrFullName, userName),
			attr(saml.AttrEmail, userEmail),
			attr("https://data.gov.dk/model/core/eid/professional/cvr", userCVR),
			attr(saml.AttrPrivileges, privilegeList),
		},
	}
}

// seal signs, tampers with and encrypts the assertion as ans says.
func (i *testIdP) seal(tb testing.TB, a *crewsaml.Assertion, ans answer) *etree.Element {
	tb.Helper()
	if !ans.unsigned {
		kp := i.kp
		if ans.signWith.Key != nil {
			kp = ans.signWith
		}
		a.Signature = signature(tb, kp, a.Element())
	}
	el := a.Element()
	if ans.tamper != nil {
		ans.tamper(el)
	}
	if ans.plain {
		return el
	}
	to := ans.encryptTo
	if to == nil {
		to = testKeys().sp.Cert
	}
	doc := etree.NewDocument()
	doc.SetRoot(el)
	plaintext, err := doc.WriteToBytes()
	if err != nil {
		tb.Fatal(err)
	}
	enc := xmlenc.OAEP()
	enc.BlockCipher = xmlenc.AES256GCM
	data, err := enc.Encrypt(to, plaintext, nil)
	if err != nil {
		tb.Fatal(err)
	}
	data.CreateAttr("Type", "http://www.w3.org/2001/04/xmlenc#Element")
	wrapped := etree.NewElement("saml:EncryptedAssertion")
	wrapped.AddChild(data)
	return wrapped
}

// signature returns the enveloped signature (RSA-SHA256, exclusive
// canonicalization) of el made with kp, for the caller to put in el's
// place for it.
func signature(tb testing.TB, kp saml.KeyPair, el *etree.Element) *etree.Element {
	tb.Helper()
	ctx, err := dsig.NewSigningContext(kp.Key, [][]byte{kp.Cert.Raw})
	if err != nil {
		tb.Fatal(err)
	}
	ctx.Canonicalizer = dsig.MakeC14N10ExclusiveCanonicalizerWithPrefixList("")
	if err := ctx.SetSignatureMethod(dsig.RSASHA256SignatureMethod); err != nil {
		tb.Fatal(err)
	}
	signed, err := ctx.SignEnveloped(el)
	if err != nil {
		tb.Fatal(err)
	}
	return signed.ChildElements()[len(signed.ChildElements())-1]
}

// postResponse is the browser posting the Response to the ACS.
func postResponse(tb testing.TB, resp *etree.Element) *http.Request {
	tb.Helper()
	doc := etree.NewDocument()
	doc.SetRoot(resp)
	b, err := doc.WriteToBytes()
	if err != nil {
		tb.Fatal(err)
	}
	return postForm(spACS, url.Values{"SAMLResponse": {base64.StdEncoding.EncodeToString(b)}})
}

// postForm is a browser posting form to target.
func postForm(target string, form url.Values) *http.Request {
	r := httptest.NewRequest(http.MethodPost, target, strings.NewReader(form.Encode()))
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return r
}

// fixture is an SP and its IdP on one clock.
type fixture struct {
	sp   *saml.SP
	idp  *testIdP
	once identity.OnceStore
	clk  *clock
	cfg  saml.Config
}

// newFixture returns an SP for a fresh IdP, with its config edited by edit.
func newFixture(tb testing.TB, edit func(*saml.Config)) *fixture {
	tb.Helper()
	f := &fixture{clk: &clock{t: t0}}
	f.once = newOnceStore(tb, f.clk.now)
	f.idp = newIdP(idpBase+"/metadata", testKeys().idp, f.clk)
	f.cfg = saml.Config{
		EntityID:       spEntityID,
		ACSURL:         spACS,
		SLOURL:         spSLO,
		Keys:           []saml.KeyPair{testKeys().sp},
		IdPMetadata:    f.idp.metadata(tb),
		MinAssurance:   "Substantial",
		RequireOIOSAML: true,
		Once:           f.once,
		Now:            f.clk.now,
	}
	if edit != nil {
		edit(&f.cfg)
	}
	sp, err := saml.New(f.cfg)
	if err != nil {
		tb.Fatal(err)
	}
	f.sp = sp
	f.idp.knowSP(tb, sp.Metadata())
	return f
}

// begin starts a sign-in and returns the URL to the IdP.
func (f *fixture) begin(tb testing.TB) string {
	tb.Helper()
	u, err := f.sp.Begin(context.Background(), []byte("browser-1"))
	if err != nil {
		tb.Fatal(err)
	}
	return u
}

// signIn starts a sign-in and returns the browser's post of the IdP's answer.
func (f *fixture) signIn(tb testing.TB, ans answer) *http.Request {
	tb.Helper()
	idp := f.idp
	if ans.impostor {
		idp = newIdP("https://other-idp.example/metadata", testKeys().other, f.clk)
		idp.knowSP(tb, f.sp.Metadata())
	}
	return idp.respond(tb, f.begin(tb), ans)
}

// formOf returns the form r posts, leaving r as it was.
func formOf(tb testing.TB, r *http.Request) url.Values {
	tb.Helper()
	if err := r.ParseForm(); err != nil {
		tb.Fatal(err)
	}
	return r.PostForm
}

// mustURL parses s.
func mustURL(s string) url.URL {
	u, err := url.Parse(s)
	if err != nil {
		panic(err)
	}
	return *u
}
