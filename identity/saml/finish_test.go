package saml_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/beevik/etree"
	crewsaml "github.com/crewjam/saml"

	"github.com/planner-dk/planner/identity"
	"github.com/planner-dk/planner/identity/saml"
)

func TestFinish(t *testing.T) {
	f := newFixture(t, nil)
	id, data, err := f.sp.Finish(context.Background(), f.signIn(t, answer{}))
	if err != nil {
		t.Fatal(err)
	}
	if string(data) != "browser-1" {
		t.Errorf("data = %q, want the data given to Begin", data)
	}
	want := identity.Identity{
		Issuer:         idpBase + "/metadata",
		Subject:        userNameID,
		Name:           userName,
		Email:          userEmail,
		AssuranceLevel: "Substantial",
		SessionIndex:   "session-index-1",
		AuthTime:       t0.Add(-time.Minute),
	}
	got := id
	got.Claims = nil
	if !got.AuthTime.Equal(want.AuthTime) {
		t.Errorf("AuthTime = %v, want %v", got.AuthTime, want.AuthTime)
	}
	got.AuthTime = want.AuthTime
	if !reflect.DeepEqual(got, want) {
		t.Errorf("identity = %+v, want %+v", got, want)
	}
	if p := id.Claims[saml.AttrPrivileges]; !slices.Equal(p, []string{privAdvise, privAdmin}) {
		t.Errorf("privileges = %q, want the two decoded", p)
	}
	if cvr := id.First("https://data.gov.dk/model/core/eid/professional/cvr"); cvr != userCVR {
		t.Errorf("cvr claim = %q, want %q", cvr, userCVR)
	}
}

// refusalCases are answers that break one rule each. A fresh fixture with
// the same config accepts the answer without the defect (checked by
// TestFinishRefuses), so each case fails if its check is removed.
var refusalCases = []struct {
	name   string
	rule   string
	config func(*saml.Config)
	ans    answer
	after  func(*fixture) // the defect, when it is in the SP's state after the IdP answered
}{
	{
		name: "state: the response answers a request the SP never made",
		rule: identity.RuleState,
		ans: answer{
			edit:     func(a *crewsaml.Assertion) { confirmation(a).InResponseTo = "id-never-made" },
			response: func(el *etree.Element) { el.CreateAttr("InResponseTo", "id-never-made") },
		},
	},
	{
		name:  "state: the request expired before the answer came",
		rule:  identity.RuleState,
		after: func(f *fixture) { f.clk.add(11 * time.Minute) },
	},
	{
		name: "state: the assertion answers another request than the response",
		rule: identity.RuleState,
		ans:  answer{edit: func(a *crewsaml.Assertion) { confirmation(a).InResponseTo = "id-other" }},
	},
	{
		name: "status: the IdP answers with an error",
		rule: identity.RuleStatus,
		ans: answer{response: func(el *etree.Element) {
			el.FindElement("./Status/StatusCode").CreateAttr("Value", crewsaml.StatusResponder)
			el.RemoveChild(el.FindElement("./EncryptedAssertion"))
		}},
	},
	{
		name: "issuer: another IdP, with its own key and entity ID, answers",
		rule: identity.RuleIssuer,
		ans:  answer{impostor: true},
	},
	{
		// crewjam checks a signed Response's signature before its issuer.
		name: "issuer: another IdP answers, signing the response",
		rule: identity.RuleIssuer,
		ans:  answer{impostor: true, signResponse: true},
	},
	{
		name: "issuer: the signed assertion names another issuer",
		rule: identity.RuleIssuer,
		ans:  answer{edit: func(a *crewsaml.Assertion) { a.Issuer.Value = "https://other-idp.example/metadata" }},
	},
	{
		name: "encryption: a plain assertion, signed",
		rule: identity.RuleEncryption,
		ans:  answer{plain: true},
	},
	{
		name: "encryption: encrypted to a key the SP does not have",
		rule: identity.RuleEncryption,
		ans:  answer{encryptTo: testKeys().other.Cert},
	},
	{
		name: "signature: neither the assertion nor the response is signed",
		rule: identity.RuleSignature,
		ans:  answer{unsigned: true},
	},
	{
		name: "signature: only the response is signed, not the assertion",
		rule: identity.RuleSignature,
		ans:  answer{unsigned: true, signResponse: true},
	},
	{
		name: "signature: an attribute changed after signing",
		rule: identity.RuleSignature,
		ans: answer{tamper: func(el *etree.Element) {
			attributeValue(el, saml.AttrPrivileges).SetText(privAdmin)
		}},
	},
	{
		name: "signature: signed with a key that is not in the IdP's metadata",
		rule: identity.RuleSignature,
		ans:  answer{signWith: testKeys().other},
	},
	{
		name: "audience: the assertion is for another SP",
		rule: identity.RuleAudience,
		ans: answer{edit: func(a *crewsaml.Assertion) {
			a.Conditions.AudienceRestrictions[0].Audience.Value = "https://other-sp.example/metadata"
		}},
	},
	{
		name: "recipient: the subject confirmation is for another ACS",
		rule: identity.RuleRecipient,
		ans:  answer{edit: func(a *crewsaml.Assertion) { confirmation(a).Recipient = "https://other-sp.example/acs" }},
	},
	{
		name: "recipient: the response's destination is another ACS",
		rule: identity.RuleRecipient,
		ans:  answer{response: func(el *etree.Element) { el.CreateAttr("Destination", "https://other-sp.example/acs") }},
	},
	{
		name:  "time: the SP receives the answer 5 minutes late",
		rule:  identity.RuleTime,
		after: func(f *fixture) { f.clk.add(5 * time.Minute) },
	},
	{
		name: "time: the IdP's clock is 10 minutes behind",
		rule: identity.RuleTime,
		ans:  answer{edit: func(a *crewsaml.Assertion) { shift(a, -10*time.Minute) }},
	},
	{
		// crewjam allows 3 minutes; MaxSkew (2 minutes) is ours.
		name: "time: the IdP's clock is 150 seconds ahead, more than MaxSkew",
		rule: identity.RuleTime,
		ans:  answer{edit: func(a *crewsaml.Assertion) { shift(a, 150*time.Second) }},
	},
	{
		// A 30 s window, received 60 s after it opened: crewjam's skew of
		// 3 minutes accepts it, a MaxSkew of 10 s does not.
		name:   "time: past NotOnOrAfter by more than MaxSkew",
		rule:   identity.RuleTime,
		config: func(c *saml.Config) { c.MaxSkew = 10 * time.Second },
		ans: answer{edit: func(a *crewsaml.Assertion) {
			shift(a, -60*time.Second)
			a.Conditions.NotOnOrAfter = a.IssueInstant.Add(30 * time.Second)
		}},
	},
	{
		name: "subject: a transient NameID",
		rule: identity.RuleSubject,
		ans:  answer{edit: func(a *crewsaml.Assertion) { a.Subject.NameID.Format = string(crewsaml.TransientNameIDFormat) }},
	},
	{
		name: "subject: an empty NameID",
		rule: identity.RuleSubject,
		ans:  answer{edit: func(a *crewsaml.Assertion) { a.Subject.NameID.Value = "" }},
	},
	{
		name: "assurance: Low, below MinAssurance Substantial",
		rule: identity.RuleAssurance,
		ans:  answer{edit: func(a *crewsaml.Assertion) { setAttribute(a, saml.AttrAssurance, "Low") }},
	},
	{
		name: "assurance: no level, with MinAssurance Substantial",
		rule: identity.RuleAssurance,
		ans:  answer{edit: func(a *crewsaml.Assertion) { dropAttribute(a, saml.AttrAssurance) }},
	},
	{
		name: "profile: no spec version, with RequireOIOSAML",
		rule: identity.RuleProfile,
		ans:  answer{edit: func(a *crewsaml.Assertion) { dropAttribute(a, saml.AttrSpecVersion) }},
	},
	{
		name: "profile: OIOSAML 2's spec version, with RequireOIOSAML",
		rule: identity.RuleProfile,
		ans:  answer{edit: func(a *crewsaml.Assertion) { setAttribute(a, saml.AttrSpecVersion, "DK-SAML-2.0") }},
	},
	{
		name: "profile: two AttributeStatements, with RequireOIOSAML",
		rule: identity.RuleProfile,
		ans: answer{edit: func(a *crewsaml.Assertion) {
			a.AttributeStatements = append(a.AttributeStatements, crewsaml.AttributeStatement{
				Attributes: []crewsaml.Attribute{{Name: "urn:extra", Values: []crewsaml.AttributeValue{{Value: "x"}}}}})
		}},
	},
	{
		name: "protocol: two encrypted assertions",
		rule: identity.RuleProtocol,
		ans: answer{response: func(el *etree.Element) {
			el.AddChild(el.FindElement("./EncryptedAssertion").Copy())
		}},
	},
}

func TestFinishRefuses(t *testing.T) {
	for _, tc := range refusalCases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			control := newFixture(t, tc.config)
			if _, _, err := control.sp.Finish(context.Background(), control.signIn(t, answer{})); err != nil {
				t.Fatalf("without the defect: %v", err)
			}
			err := refuse(t, tc.config, tc.ans, tc.after)
			t.Log(err)
			if rule := identity.RuleOf(err); rule != tc.rule {
				t.Errorf("RuleOf(%v) = %q, want %q", err, rule, tc.rule)
			}
		})
	}
}

// TestRefusalsHoldNoPersonalData checks that no refusal's message holds
// the test user's NameID, name, e-mail address, CVR number or privileges.
func TestRefusalsHoldNoPersonalData(t *testing.T) {
	for _, tc := range refusalCases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			err := refuse(t, tc.config, tc.ans, tc.after)
			if err == nil {
				t.Fatal("accepted")
			}
			for _, v := range []string{userNameID, "7c0a4c2e", userName, "Karen", userEmail, userCVR, privAdvise, privilegeList[:20]} {
				if strings.Contains(err.Error(), v) {
					t.Errorf("error %q holds %q", err, v)
				}
			}
		})
	}
}

// refuse signs in with ans on an SP configured by config, applies after,
// and returns Finish's error.
func refuse(t *testing.T, config func(*saml.Config), ans answer, after func(*fixture)) error {
	t.Helper()
	f := newFixture(t, config)
	r := f.signIn(t, ans)
	if after != nil {
		after(f)
	}
	_, _, err := f.sp.Finish(context.Background(), r)
	return err
}

func TestFinishOnce(t *testing.T) {
	ctx := context.Background()
	t.Run("OK: the first use", func(t *testing.T) {
		f := newFixture(t, nil)
		if _, _, err := f.sp.Finish(ctx, f.signIn(t, answer{})); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("RuleState: the same response again, its request already answered", func(t *testing.T) {
		f := newFixture(t, nil)
		form := f.signIn(t, answer{})
		body := formOf(t, form)
		if _, _, err := f.sp.Finish(ctx, form); err != nil {
			t.Fatal(err)
		}
		_, _, err := f.sp.Finish(ctx, postForm(spACS, body))
		if rule := identity.RuleOf(err); rule != identity.RuleState {
			t.Errorf("RuleOf(%v) = %q, want %q", err, rule, identity.RuleState)
		}
	})
	t.Run("RuleReplay: the same assertion again, its request pending once more", func(t *testing.T) {
		f := newFixture(t, nil)
		u := f.begin(t)
		form := f.idp.respond(t, u, answer{})
		body := formOf(t, form)
		if _, _, err := f.sp.Finish(ctx, form); err != nil {
			t.Fatal(err)
		}
		// As if the request were pending again: only the assertion's
		// record can refuse it now.
		id := requestID(t, f, u)
		if err := f.once.PutSignInOnce(ctx, "saml-request:"+id, nil, t0.Add(time.Minute)); err != nil {
			t.Fatal(err)
		}
		_, _, err := f.sp.Finish(ctx, postForm(spACS, body))
		if rule := identity.RuleOf(err); rule != identity.RuleReplay {
			t.Errorf("RuleOf(%v) = %q, want %q", err, rule, identity.RuleReplay)
		}
	})
}

func TestFinishProtocol(t *testing.T) {
	for _, tc := range []struct {
		name string
		r    *http.Request
	}{
		{"the answer is not posted", httptest.NewRequest(http.MethodGet, spACS+"?SAMLResponse=x", nil)},
		{"no SAMLResponse", postForm(spACS, url.Values{"SAMLart": {"AAQAA"}})},
		{"not base64", postForm(spACS, url.Values{"SAMLResponse": {"not base64!"}})},
		{"not XML", postForm(spACS, url.Values{"SAMLResponse": {"bm90IFhNTA=="}})},
		{"not a Response", postForm(spACS, url.Values{"SAMLResponse": {"PGE+PC9hPg=="}})},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := newFixture(t, nil)
			_, _, err := f.sp.Finish(context.Background(), tc.r)
			if rule := identity.RuleOf(err); rule != identity.RuleProtocol {
				t.Errorf("RuleOf(%v) = %q, want %q", err, rule, identity.RuleProtocol)
			}
		})
	}
}

func TestFinishAssurance(t *testing.T) {
	for _, tc := range []struct {
		name, min, loa, want string
	}{
		{"no minimum: Low is accepted", "", "Low", "Low"},
		{"no minimum: no level is accepted", "", "", ""},
		{"no minimum: an unknown level is no level", "", "Medium", ""},
		{"High meets Substantial", "Substantial", "High", "High"},
		{"High meets High", "High", "High", "High"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := newFixture(t, func(c *saml.Config) { c.MinAssurance = tc.min })
			id, _, err := f.sp.Finish(context.Background(), f.signIn(t, answer{edit: func(a *crewsaml.Assertion) {
				if tc.loa == "" {
					dropAttribute(a, saml.AttrAssurance)
					return
				}
				setAttribute(a, saml.AttrAssurance, tc.loa)
			}}))
			if err != nil {
				t.Fatal(err)
			}
			if id.AssuranceLevel != tc.want {
				t.Errorf("AssuranceLevel = %q, want %q", id.AssuranceLevel, tc.want)
			}
		})
	}
}

func TestFinishAccepts(t *testing.T) {
	for _, tc := range []struct {
		name   string
		config func(*saml.Config)
		ans    answer
	}{
		{name: "the response is signed too", ans: answer{signResponse: true}},
		{name: "no spec version without RequireOIOSAML", config: func(c *saml.Config) { c.RequireOIOSAML = false },
			ans: answer{edit: func(a *crewsaml.Assertion) { dropAttribute(a, saml.AttrSpecVersion) }}},
		{name: "the IdP's clock is 100 seconds ahead, within MaxSkew",
			ans: answer{edit: func(a *crewsaml.Assertion) { shift(a, 100*time.Second) }}},
		{name: "rollover: encrypted to the old key, listed second",
			config: func(c *saml.Config) { c.Keys = []saml.KeyPair{testKeys().sp, testKeys().spOld} },
			ans:    answer{encryptTo: testKeys().spOld.Cert}},
		{name: "rollover: encrypted to the new key, listed first",
			config: func(c *saml.Config) { c.Keys = []saml.KeyPair{testKeys().sp, testKeys().spOld} }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := newFixture(t, tc.config)
			if _, _, err := f.sp.Finish(context.Background(), f.signIn(t, tc.ans)); err != nil {
				t.Fatal(err)
			}
		})
	}
}

// confirmation returns the bearer subject confirmation data of a.
func confirmation(a *crewsaml.Assertion) *crewsaml.SubjectConfirmationData {
	return a.Subject.SubjectConfirmations[0].SubjectConfirmationData
}

// shift moves every time of a by d, as if the IdP's clock were off by d.
func shift(a *crewsaml.Assertion, d time.Duration) {
	a.IssueInstant = a.IssueInstant.Add(d)
	a.Conditions.NotBefore = a.Conditions.NotBefore.Add(d)
	a.Conditions.NotOnOrAfter = a.Conditions.NotOnOrAfter.Add(d)
	c := confirmation(a)
	c.NotOnOrAfter = c.NotOnOrAfter.Add(d)
}

// setAttribute sets the value of the attribute name of a.
func setAttribute(a *crewsaml.Assertion, name, value string) {
	attrs := a.AttributeStatements[0].Attributes
	for i := range attrs {
		if attrs[i].Name == name {
			attrs[i].Values[0].Value = value
		}
	}
}

// dropAttribute removes the attribute name from a.
func dropAttribute(a *crewsaml.Assertion, name string) {
	st := &a.AttributeStatements[0]
	st.Attributes = slices.DeleteFunc(st.Attributes, func(at crewsaml.Attribute) bool { return at.Name == name })
}

// attributeValue returns the value element of the attribute name in the
// assertion element el.
func attributeValue(el *etree.Element, name string) *etree.Element {
	for _, v := range el.FindElements(".//AttributeValue") {
		if v.Parent().SelectAttrValue("Name", "") == name {
			return v
		}
	}
	panic("no attribute " + name)
}

// requestID returns the ID of the AuthnRequest in the redirect URL u.
func requestID(t *testing.T, f *fixture, u string) string {
	t.Helper()
	return f.idp.request(t, u).Request.ID
}
