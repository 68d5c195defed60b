package saml_test

import (
	"context"
	"encoding/base64"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/beevik/etree"
	crewsaml "github.com/crewjam/saml"
	dsig "github.com/russellhaering/goxmldsig"

	"github.com/planner-dk/planner/identity"
	"github.com/planner-dk/planner/identity/saml"
)

func TestLogoutURL(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t, nil)
	u, err := f.sp.LogoutURL(ctx, userNameID, "session-index-1")
	if err != nil {
		t.Fatal(err)
	}
	req, ok := f.idp.answerLogout(t, u, crewsaml.StatusSuccess)
	if req.NameID.Value != userNameID || req.SessionIndex.Value != "session-index-1" {
		t.Errorf("the request ends %q session %q, want the test user's", req.NameID.Value, req.SessionIndex.Value)
	}

	t.Run("OK: the IdP's answer", func(t *testing.T) {
		ev, redirect, err := f.sp.HandleLogout(ctx, ok)
		if err != nil {
			t.Fatal(err)
		}
		if ev.NameID != "" || redirect != "" {
			t.Errorf("HandleLogout = %+v, %q; want nothing more to do", ev, redirect)
		}
	})
	t.Run("RuleState: the same answer again", func(t *testing.T) {
		_, _, err := f.sp.HandleLogout(ctx, httptest.NewRequest(http.MethodGet, ok.URL.String(), nil))
		if rule := identity.RuleOf(err); rule != identity.RuleState {
			t.Errorf("RuleOf(%v) = %q, want %q", err, rule, identity.RuleState)
		}
	})
	t.Run("RuleStatus: the IdP could not log out", func(t *testing.T) {
		u, err := f.sp.LogoutURL(ctx, userNameID, "session-index-1")
		if err != nil {
			t.Fatal(err)
		}
		_, failed := f.idp.answerLogout(t, u, crewsaml.StatusResponder)
		_, _, err = f.sp.HandleLogout(ctx, failed)
		if rule := identity.RuleOf(err); rule != identity.RuleStatus {
			t.Errorf("RuleOf(%v) = %q, want %q", err, rule, identity.RuleStatus)
		}
	})
}

// answerLogout has the IdP check the SP's LogoutRequest that redirectURL
// carries (our signature with the key in our metadata, the destination)
// and answer it with status. It returns the request and the browser's
// request to the SP with the answer.
func (i *testIdP) answerLogout(tb testing.TB, redirectURL, status string) (crewsaml.LogoutRequest, *http.Request) {
	tb.Helper()
	i.idp.Clock = dsig.NewFakeClockAt(i.clk.now())
	req, err := crewsaml.NewIdpLogoutRequest(i.idp, httptest.NewRequest(http.MethodGet, redirectURL, nil))
	if err != nil {
		tb.Fatal(err)
	}
	if err := req.Validate(); err != nil {
		tb.Fatalf("the IdP refuses the logout request: %v", err)
	}
	w := httptest.NewRecorder()
	if err := req.WriteLogoutResponse(w, req.MakeLogoutResponse(status)); err != nil {
		tb.Fatal(err)
	}
	return req.Request, httptest.NewRequest(http.MethodGet, w.Header().Get("Location"), nil)
}

func TestHandleLogoutRequest(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t, nil)
	r := f.idp.logoutRequest(t, "id-idp-logout-1", nil)
	ev, redirect, err := f.sp.HandleLogout(ctx, r)
	if err != nil {
		t.Fatal(err)
	}
	want := saml.LogoutEvent{Issuer: idpBase + "/metadata", NameID: userNameID, SessionIndexes: []string{"session-index-1"}}
	if ev.Issuer != want.Issuer || ev.NameID != want.NameID || !slices.Equal(ev.SessionIndexes, want.SessionIndexes) {
		t.Errorf("event = %+v, want %+v", ev, want)
	}
	u := mustParse(t, redirect)
	if got := u.Scheme + "://" + u.Host + u.Path; got != idpBase+"/slo" {
		t.Errorf("the answer goes to %s, want the IdP's SLO service", got)
	}
	q := u.Query()
	if q.Get("RelayState") != "idp-state" || q.Get("SigAlg") != dsig.RSASHA256SignatureMethod || q.Get("Signature") == "" {
		t.Errorf("the answer's query = %v, want the IdP's RelayState and an RSA-SHA256 signature", q)
	}

	t.Run("RuleReplay: the same request again", func(t *testing.T) {
		_, _, err := f.sp.HandleLogout(ctx, f.idp.logoutRequest(t, "id-idp-logout-1", nil))
		if rule := identity.RuleOf(err); rule != identity.RuleReplay {
			t.Errorf("RuleOf(%v) = %q, want %q", err, rule, identity.RuleReplay)
		}
	})
	for _, tc := range []struct {
		name, rule string
		edit       func(*crewsaml.LogoutRequest, *saml.KeyPair)
	}{
		{"signature: unsigned", identity.RuleSignature, func(_ *crewsaml.LogoutRequest, kp *saml.KeyPair) { *kp = saml.KeyPair{} }},
		{"signature: signed with a key not in the IdP's metadata", identity.RuleSignature,
			func(_ *crewsaml.LogoutRequest, kp *saml.KeyPair) { *kp = testKeys().other }},
		{"recipient: for another SP's SLO service", identity.RuleRecipient,
			func(r *crewsaml.LogoutRequest, _ *saml.KeyPair) { r.Destination = "https://other-sp.example/slo" }},
		{"time: issued 10 minutes ago", identity.RuleTime,
			func(r *crewsaml.LogoutRequest, _ *saml.KeyPair) {
				r.IssueInstant = r.IssueInstant.Add(-10 * time.Minute)
			}},
		{"protocol: no NameID", identity.RuleProtocol, func(r *crewsaml.LogoutRequest, _ *saml.KeyPair) { r.NameID = nil }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := f.sp.HandleLogout(ctx, f.idp.logoutRequest(t, "id-"+tc.name, tc.edit))
			t.Log(err)
			if rule := identity.RuleOf(err); rule != tc.rule {
				t.Errorf("RuleOf(%v) = %q, want %q", err, rule, tc.rule)
			}
			if err != nil && strings.Contains(err.Error(), userNameID) {
				t.Errorf("error %q holds the NameID", err)
			}
		})
	}
}

func TestHandleLogoutProtocol(t *testing.T) {
	f := newFixture(t, nil)
	_, _, err := f.sp.HandleLogout(context.Background(), httptest.NewRequest(http.MethodGet, spSLO, nil))
	if rule := identity.RuleOf(err); rule != identity.RuleProtocol {
		t.Errorf("RuleOf(%v) = %q, want %q", err, rule, identity.RuleProtocol)
	}
}

// logoutRequest is the IdP's LogoutRequest for the test user's session,
// signed, edited by edit (which may change the key it is signed with; no
// key leaves it unsigned), as the browser posts it to the SP.
func (i *testIdP) logoutRequest(tb testing.TB, id string, edit func(*crewsaml.LogoutRequest, *saml.KeyPair)) *http.Request {
	tb.Helper()
	req := crewsaml.LogoutRequest{
		ID:           id,
		Version:      "2.0",
		IssueInstant: i.clk.now(),
		Destination:  spSLO,
		Issuer:       &crewsaml.Issuer{Format: "urn:oasis:names:tc:SAML:2.0:nameid-format:entity", Value: i.idp.MetadataURL.String()},
		NameID:       &crewsaml.NameID{Format: string(crewsaml.PersistentNameIDFormat), Value: userNameID},
		SessionIndex: &crewsaml.SessionIndex{Value: "session-index-1"},
	}
	kp := i.kp
	if edit != nil {
		edit(&req, &kp)
	}
	if kp.Key != nil {
		req.Signature = signature(tb, kp, req.Element())
	}
	doc := etree.NewDocument()
	doc.SetRoot(req.Element())
	b, err := doc.WriteToBytes()
	if err != nil {
		tb.Fatal(err)
	}
	return postForm(spSLO, url.Values{"SAMLRequest": {base64.StdEncoding.EncodeToString(b)}, "RelayState": {"idp-state"}})
}
