package saml_test

import (
	"context"
	"encoding/base64"
	"encoding/xml"
	"net/url"
	"strings"
	"testing"
	"time"

	crewsaml "github.com/crewjam/saml"
	dsig "github.com/russellhaering/goxmldsig"

	"github.com/planner-dk/planner/identity"
	"github.com/planner-dk/planner/identity/saml"
)

func TestMetadata(t *testing.T) {
	k := testKeys()
	f := newFixture(t, func(c *saml.Config) { c.Keys = []saml.KeyPair{k.sp, k.spOld} })
	var ed crewsaml.EntityDescriptor
	if err := xml.Unmarshal(f.sp.Metadata(), &ed); err != nil {
		t.Fatal(err)
	}
	if ed.EntityID != spEntityID {
		t.Errorf("EntityID = %q, want %q", ed.EntityID, spEntityID)
	}
	if !ed.ValidUntil.IsZero() {
		t.Errorf("validUntil = %v: metadata uploaded to an IdP must not expire", ed.ValidUntil)
	}
	d := ed.SPSSODescriptors[0]
	if d.AuthnRequestsSigned == nil || !*d.AuthnRequestsSigned || d.WantAssertionsSigned == nil || !*d.WantAssertionsSigned {
		t.Error("AuthnRequestsSigned and WantAssertionsSigned must be true")
	}
	var got []string
	for _, kd := range d.KeyDescriptors {
		der := kd.KeyInfo.X509Data.X509Certificates[0].Data
		switch der {
		case base64Cert(k.sp):
			got = append(got, kd.Use+" new")
		case base64Cert(k.spOld):
			got = append(got, kd.Use+" old")
		default:
			got = append(got, kd.Use+" unknown")
		}
	}
	// An IdP encrypts to the first encryption key: the current one.
	if want := "encryption new,encryption old,signing new,signing old"; strings.Join(got, ",") != want {
		t.Errorf("key descriptors = %v, want %s", got, want)
	}
	if acs := d.AssertionConsumerServices; len(acs) != 1 || acs[0].Binding != crewsaml.HTTPPostBinding || acs[0].Location != spACS {
		t.Errorf("assertion consumer services = %+v, want one, HTTP-POST at %s", acs, spACS)
	}
	if slo := d.SingleLogoutServices; len(slo) == 0 || slo[0].Location != spSLO {
		t.Errorf("single logout services = %+v, want %s", slo, spSLO)
	}
	if nf := d.NameIDFormats; len(nf) != 1 || nf[0] != crewsaml.PersistentNameIDFormat {
		t.Errorf("NameID formats = %v, want persistent", nf)
	}
}

func TestBegin(t *testing.T) {
	f := newFixture(t, nil)
	u := f.begin(t)
	q := mustParse(t, u).Query()
	if q.Get("SigAlg") != dsig.RSASHA256SignatureMethod || q.Get("Signature") == "" {
		t.Errorf("SigAlg = %q, want a signature with RSA-SHA256", q.Get("SigAlg"))
	}
	// The IdP verifies the signature with the key in our metadata.
	req := f.idp.request(t, u).Request
	if req.Destination != idpBase+"/sso" || req.AssertionConsumerServiceURL != spACS || req.ProtocolBinding != crewsaml.HTTPPostBinding {
		t.Errorf("request to %s for %s by %s, want to the IdP for the ACS by HTTP-POST", req.Destination, req.AssertionConsumerServiceURL, req.ProtocolBinding)
	}
	if p := req.NameIDPolicy; p == nil || p.Format == nil || *p.Format != string(crewsaml.PersistentNameIDFormat) {
		t.Errorf("NameIDPolicy = %+v, want persistent", p)
	}
	// OIOSAML 3 OIO-SP-06: the level is asked for as a minimum.
	if rac := req.RequestedAuthnContext; rac == nil || rac.Comparison != "minimum" ||
		strings.Join(rac.ClassRefs(), " ") != "https://data.gov.dk/concept/core/nsis/Substantial" {
		t.Errorf("RequestedAuthnContext = %+v, want minimum Substantial", rac)
	}
	data, err := f.once.TakeSignInOnce(context.Background(), "saml-request:"+req.ID)
	if err != nil || string(data) != "browser-1" {
		t.Errorf("the request's record = %q, %v; want the data given to Begin", data, err)
	}
}

func TestBeginWithoutMinAssurance(t *testing.T) {
	f := newFixture(t, func(c *saml.Config) { c.MinAssurance = "" })
	if rac := f.idp.request(t, f.begin(t)).Request.RequestedAuthnContext; rac != nil {
		t.Errorf("RequestedAuthnContext = %+v, want none", rac)
	}
}

func TestNew(t *testing.T) {
	k := testKeys()
	idpMetadata := newIdP(idpBase+"/metadata", k.idp, &clock{t: t0}).metadata(t)
	for _, tc := range []struct {
		name, want string
		edit       func(*saml.Config)
	}{
		{"no entity ID", "EntityID", func(c *saml.Config) { c.EntityID = "" }},
		{"a relative ACS URL", "ACSURL", func(c *saml.Config) { c.ACSURL = "/saml/acs" }},
		{"no SLO URL", "SLOURL", func(c *saml.Config) { c.SLOURL = "" }},
		{"no keys", "Keys", func(c *saml.Config) { c.Keys = nil }},
		{"a key of another certificate", "Keys[1]", func(c *saml.Config) {
			c.Keys = []saml.KeyPair{k.sp, {Key: k.spOld.Key, Cert: k.sp.Cert}}
		}},
		{"no IdP metadata", "IdPMetadata", func(c *saml.Config) { c.IdPMetadata = nil }},
		{"SP metadata for the IdP's", "IdPMetadata", func(c *saml.Config) {
			c.IdPMetadata = []byte(`<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" entityID="x"><SPSSODescriptor/></EntityDescriptor>`)
		}},
		{"an unknown level", "MinAssurance", func(c *saml.Config) { c.MinAssurance = "Medium" }},
		{"a skew wider than crewjam's", "MaxSkew", func(c *saml.Config) { c.MaxSkew = time.Hour }},
		{"no store", "Once", func(c *saml.Config) { c.Once = nil }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := saml.Config{EntityID: spEntityID, ACSURL: spACS, SLOURL: spSLO, Keys: []saml.KeyPair{k.sp},
				IdPMetadata: idpMetadata, Once: newOnceStore(t, time.Now)}
			tc.edit(&cfg)
			if _, err := saml.New(cfg); err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("New = %v, want an error naming %s", err, tc.want)
			}
		})
	}
}

// TestNewEntitiesDescriptor reads an IdP from a federation's metadata.
func TestNewEntitiesDescriptor(t *testing.T) {
	idpMetadata := newIdP(idpBase+"/metadata", testKeys().idp, &clock{t: t0}).metadata(t)
	f := newFixture(t, func(c *saml.Config) {
		c.IdPMetadata = []byte(`<EntitiesDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata">` +
			string(idpMetadata) + `</EntitiesDescriptor>`)
	})
	id, _, err := f.sp.Finish(context.Background(), f.signIn(t, answer{}))
	if err != nil {
		t.Fatal(err)
	}
	if id.Issuer != idpBase+"/metadata" {
		t.Errorf("Issuer = %q, want the IdP's entity ID", id.Issuer)
	}
}

// TestConcurrentSignIns runs sign-ins side by side on one SP.
func TestConcurrentSignIns(t *testing.T) {
	f := newFixture(t, nil)
	for i := range 4 {
		t.Run(string(rune('a'+i)), func(t *testing.T) {
			t.Parallel()
			if _, _, err := f.sp.Finish(context.Background(), f.signIn(t, answer{})); err != nil {
				t.Errorf("%v (rule %q)", err, identity.RuleOf(err))
			}
		})
	}
}

// base64Cert is kp's certificate as metadata holds it.
func base64Cert(kp saml.KeyPair) string {
	return base64.StdEncoding.EncodeToString(kp.Cert.Raw)
}

// mustParse parses the URL s.
func mustParse(t *testing.T, s string) *url.URL {
	t.Helper()
	u, err := url.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return u
}
