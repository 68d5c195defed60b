package saml

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	crewsaml "github.com/crewjam/saml"

	"github.com/planner-dk/planner/identity"
	"github.com/planner-dk/planner/planner"
)

// LogoutEvent is what the IdP's LogoutRequest asks: that the sessions of a
// person at this SP end.
type LogoutEvent struct {
	// Issuer and NameID are the person (identity.Identity's Issuer and
	// Subject); both are "" when there is nothing to end.
	Issuer, NameID string
	// SessionIndexes are the IdP sessions whose SP sessions end (the
	// SessionIndex of identity.Identity); none means all of the person's.
	SessionIndexes []string
}

// LogoutURL starts single logout at the IdP for a person's session, after
// the caller has ended its own: it returns the URL that sends a signed
// LogoutRequest to the IdP (HTTP-Redirect binding). The IdP's answer comes
// to HandleLogout.
func (sp *SP) LogoutURL(ctx context.Context, nameID, sessionIndex string) (string, error) {
	now := sp.cfg.Now()
	c := sp.client(now)
	dest := c.GetSLOBindingLocation(crewsaml.HTTPRedirectBinding)
	if dest == "" {
		return "", errors.New("start SAML logout: the IdP has no HTTP-Redirect SingleLogoutService")
	}
	req, err := c.MakeLogoutRequest(dest, nameID, crewsaml.WithSessionIndex(sessionIndex))
	if err != nil {
		return "", fmt.Errorf("start SAML logout: %w", err)
	}
	if err := sp.cfg.Once.PutSignInOnce(ctx, logoutKey+req.ID, nil, now.Add(requestLifetime)); err != nil {
		return "", fmt.Errorf("start SAML logout: keep the request: %w", err)
	}
	// The RelayState, which the IdP sends back, names the request, so that
	// its answer can be matched before it is verified.
	u, err := c.RedirectLogoutRequestURL(req, req.ID)
	if err != nil {
		return "", fmt.Errorf("start SAML logout: %w", err)
	}
	return u.String(), nil
}

// HandleLogout handles what the IdP sends to the SLO URL (HTTP-Redirect or
// HTTP-POST binding). For the IdP's signed LogoutRequest it returns the
// sessions to end and the URL of the signed LogoutResponse to redirect the
// browser to once they have ended. For the IdP's answer to LogoutURL it
// returns an empty event and no URL: the logout is done. A message that
// breaks a rule is refused with an *identity.Refusal.
func (sp *SP) HandleLogout(ctx context.Context, r *http.Request) (LogoutEvent, string, error) {
	now := sp.cfg.Now()
	if err := r.ParseForm(); err != nil {
		return LogoutEvent{}, "", identity.Refuse(identity.RuleProtocol, "the logout message cannot be read: %w", err)
	}
	switch {
	case r.Form.Get("SAMLRequest") != "":
		return sp.logoutRequested(ctx, r, now)
	case r.Form.Get("SAMLResponse") != "":
		return LogoutEvent{}, "", sp.logoutAnswered(ctx, r, now)
	}
	return LogoutEvent{}, "", identity.Refuse(identity.RuleProtocol, "neither a SAMLRequest nor a SAMLResponse")
}

// logoutRequested checks the IdP's LogoutRequest in r, and answers it.
func (sp *SP) logoutRequested(ctx context.Context, r *http.Request, now time.Time) (LogoutEvent, string, error) {
	c := sp.client(now)
	replay := &onceReplay{ctx: ctx, once: sp.cfg.Once, prefix: idpLogoutKey + sp.idp.EntityID + "|"}
	c.ReplayCache = replay
	req, err := c.ValidateLogoutRequest(r)
	if replay.err != nil {
		return LogoutEvent{}, "", fmt.Errorf("record the SAML logout request: %w", replay.err)
	}
	if err != nil {
		return LogoutEvent{}, "", refusal(err, identity.RuleSignature, "the logout request is unsigned, its signature does not verify, or it cannot be read")
	}
	if req.NameID == nil || req.NameID.Value == "" {
		return LogoutEvent{}, "", identity.Refuse(identity.RuleSubject, "the logout request names no NameID")
	}
	ev := LogoutEvent{Issuer: sp.idp.EntityID, NameID: req.NameID.Value}
	for _, si := range req.AllSessionIndexes() {
		ev.SessionIndexes = append(ev.SessionIndexes, si.Value)
	}
	u, err := c.MakeRedirectLogoutResponse(req.ID, r.Form.Get("RelayState"))
	if err != nil {
		return LogoutEvent{}, "", fmt.Errorf("answer the SAML logout request: %w", err)
	}
	return ev, u.String(), nil
}

// logoutAnswered checks the IdP's LogoutResponse in r to a LogoutRequest
// of LogoutURL, named by its RelayState.
func (sp *SP) logoutAnswered(ctx context.Context, r *http.Request, now time.Time) error {
	id := r.Form.Get("RelayState")
	if id == "" {
		return identity.Refuse(identity.RuleState, "the logout response names no request")
	}
	if _, err := sp.take(ctx, logoutKey, id); err != nil {
		return err
	}
	if _, err := sp.client(now).ParseLogoutResponse(r, []string{id}); err != nil {
		return refusal(err, identity.RuleSignature, "the logout response is unsigned, its signature does not verify, or it cannot be read")
	}
	return nil
}

// onceReplay is crewjam's replay cache over Once, for one call: crewjam's
// interface has no context, so the call's is kept here.
type onceReplay struct {
	ctx    context.Context
	once   identity.OnceStore
	prefix string
	err    error // the store's failure, which is no refusal
}

// Consume implements crewsaml.AssertionReplayCache.
func (o *onceReplay) Consume(id string, expires time.Time) error {
	err := o.once.PutSignInOnce(o.ctx, o.prefix+id, nil, expires)
	if errors.Is(err, planner.ErrConflict) {
		return crewsaml.ErrAssertionReplayed
	}
	o.err = err
	return err
}
