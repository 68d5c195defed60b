// Package oidc signs staff in through an OpenID provider — Entra ID, AD FS
// or any certified one — by the authorization code flow with PKCE (S256)
// and a nonce, on github.com/coreos/go-oidc/v3 (discovery, the provider's
// keys, ID-token verification) and golang.org/x/oauth2 (the code exchange).
//
// Only the ID token is read, never the access token: at AD FS its audience
// is the userinfo endpoint's (urn:microsoft:userinfo), not Planner. The
// quirks of the two Microsoft providers are handled here:
//   - AD FS gives its claims (groups among them) in the ID token only when
//     asked for the scope allatclaims, which is added for an issuer whose
//     path ends in /adfs; its auth_time may be a string.
//   - Entra ID's sub differs per application; its object id oid is the
//     person (SubjectClaim "oid"). A person in more groups than a token
//     holds gets none, with a pointer (_claim_names) instead: that sign-in
//     is refused as identity.RuleGroupOverage, since the role map needs
//     the groups — use app roles (the roles claim) instead.
package oidc

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	gooidc "github.com/coreos/go-oidc/v3/oidc"
	"golang.org/x/oauth2"

	"github.com/planner-dk/planner/identity"
)

// Config is one OpenID provider as Planner's relying party sees it.
type Config struct {
	Issuer       string // the provider's issuer URL; discovery is under it
	ClientID     string
	ClientSecret string
	RedirectURL  string // Planner's callback, registered at the provider
	// SubjectClaim names the claim that identifies a person: "sub" when
	// empty, "oid" at Entra ID.
	SubjectClaim string
	// RoleClaim names the claim the role map reads ("groups" when empty);
	// it decides whether a groups overage refuses the sign-in.
	RoleClaim string
	// Once keeps the pending sign-ins (state, nonce, PKCE verifier).
	Once identity.OnceStore
	// HTTPClient makes the requests to the provider (discovery, keys, token);
	// nil: a client with a 10-second timeout.
	HTTPClient *http.Client
	// Now is the clock (time.Now when nil); MaxSkew the clock difference
	// allowed to the provider (2 minutes when 0).
	Now     func() time.Time
	MaxSkew time.Duration
}

// pendingTTL is how long a started sign-in waits for the provider's answer.
const pendingTTL = 10 * time.Minute

// RP is the relying party of one provider.
type RP struct {
	cfg        Config
	provider   *gooidc.Provider
	verifier   *gooidc.IDTokenVerifier
	oauth      oauth2.Config
	endSession string
}

// New discovers the provider and returns its relying party.
func New(ctx context.Context, cfg Config) (*RP, error) {
	if cfg.SubjectClaim == "" {
		cfg.SubjectClaim = "sub"
	}
	if cfg.RoleClaim == "" {
		cfg.RoleClaim = "groups"
	}
	if cfg.MaxSkew == 0 {
		cfg.MaxSkew = 2 * time.Minute
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.HTTPClient == nil {
		cfg.HTTPClient = &http.Client{Timeout: 10 * time.Second}
	}
	ctx = gooidc.ClientContext(context.WithoutCancel(ctx), cfg.HTTPClient) // the key set outlives this call
	p, err := gooidc.NewProvider(ctx, cfg.Issuer)
	if err != nil {
		return nil, fmt.Errorf("oidc: discovery of %s: %w", cfg.Issuer, err)
	}
	var extra struct {
		EndSession string `json:"end_session_endpoint"`
	}
	if err := p.Claims(&extra); err != nil {
		return nil, fmt.Errorf("oidc: discovery of %s: %w", cfg.Issuer, err)
	}
	scopes := []string{gooidc.ScopeOpenID, "profile", "email"}
	if u, err := url.Parse(cfg.Issuer); err == nil && strings.HasSuffix(strings.TrimSuffix(u.Path, "/"), "/adfs") {
		scopes = append(scopes, "allatclaims")
	}
	rp := &RP{cfg: cfg, provider: p, endSession: extra.EndSession,
		oauth: oauth2.Config{ClientID: cfg.ClientID, ClientSecret: cfg.ClientSecret, Endpoint: p.Endpoint(), RedirectURL: cfg.RedirectURL, Scopes: scopes}}
	rp.verifier = p.VerifierContext(ctx, &gooidc.Config{ClientID: cfg.ClientID,
		Now: func() time.Time { return cfg.Now().Add(-cfg.MaxSkew) }}) // an expiry up to MaxSkew ago still counts
	return rp, nil
}

// pending is what a started sign-in keeps on the server until the answer.
type pending struct {
	Nonce    string `json:"n"`
	Verifier string `json:"v"`
	Data     []byte `json:"d"`
}

// Begin starts a sign-in and returns the provider's authorization URL to
// send the browser to; data comes back from Finish with the answer.
func (rp *RP) Begin(ctx context.Context, data []byte) (string, error) {
	state, p := rand.Text(), pending{Nonce: rand.Text(), Verifier: oauth2.GenerateVerifier(), Data: data}
	b, _ := json.Marshal(p) // plain fields: cannot fail
	if err := rp.cfg.Once.PutSignInOnce(ctx, stateKey(state), b, rp.cfg.Now().Add(pendingTTL)); err != nil {
		return "", fmt.Errorf("oidc: keep the pending sign-in: %w", err)
	}
	return rp.oauth.AuthCodeURL(state, gooidc.Nonce(p.Nonce), oauth2.S256ChallengeOption(p.Verifier)), nil
}

func stateKey(state string) string { return "oidc-state:" + state }

// Finish checks the provider's answer to the callback request r and
// returns who signed in, with the data given to Begin. Every refusal is an
// *identity.Refusal naming its rule; none holds the person's data.
func (rp *RP) Finish(ctx context.Context, r *http.Request) (identity.Identity, []byte, error) {
	q := r.URL.Query()
	state := q.Get("state")
	if state == "" {
		return identity.Identity{}, nil, identity.Refuse(identity.RuleState, "the answer has no state")
	}
	b, err := rp.cfg.Once.TakeSignInOnce(ctx, stateKey(state))
	if err != nil {
		return identity.Identity{}, nil, identity.Refuse(identity.RuleState, "no pending sign-in has this state (unknown, used or expired): %w", err)
	}
	var p pending
	if err := json.Unmarshal(b, &p); err != nil {
		return identity.Identity{}, nil, fmt.Errorf("oidc: the pending sign-in: %w", err)
	}
	if code := q.Get("error"); code != "" {
		return identity.Identity{}, p.Data, identity.Refuse(identity.RuleStatus, "the provider answered %s", safeCode(code))
	}
	tok, err := rp.oauth.Exchange(gooidc.ClientContext(ctx, rp.cfg.HTTPClient), q.Get("code"), oauth2.VerifierOption(p.Verifier))
	if err != nil {
		return identity.Identity{}, p.Data, identity.Refuse(identity.RuleProtocol, "the code exchange failed: %s", exchangeError(err))
	}
	raw, _ := tok.Extra("id_token").(string)
	if raw == "" {
		return identity.Identity{}, p.Data, identity.Refuse(identity.RuleProtocol, "the token answer has no ID token")
	}
	id, err := rp.verify(ctx, raw, p.Nonce)
	return id, p.Data, err
}

// verify checks the ID token and reads the identity from it.
func (rp *RP) verify(ctx context.Context, raw, nonce string) (identity.Identity, error) {
	tok, err := rp.verifier.Verify(ctx, raw)
	if err != nil {
		return identity.Identity{}, identity.Refuse(verifyRule(err), "the ID token: %w", err)
	}
	if tok.Nonce != nonce {
		return identity.Identity{}, identity.Refuse(identity.RuleNonce, "the ID token's nonce is not the request's")
	}
	var claims map[string]any
	if err := tok.Claims(&claims); err != nil {
		return identity.Identity{}, identity.Refuse(identity.RuleProtocol, "the ID token's claims: %w", err)
	}
	id := identity.Identity{Issuer: tok.Issuer, Claims: flatten(claims), IDToken: raw}
	id.Subject = id.First(rp.cfg.SubjectClaim)
	if id.Subject == "" {
		return identity.Identity{}, identity.Refuse(identity.RuleSubject, "the ID token has no %s claim", rp.cfg.SubjectClaim)
	}
	if names, _ := claims["_claim_names"].(map[string]any); names[rp.cfg.RoleClaim] != nil && len(id.Claims[rp.cfg.RoleClaim]) == 0 {
		return identity.Identity{}, identity.Refuse(identity.RuleGroupOverage,
			"the person is in more groups than the ID token holds, so it lists none; map app roles (the roles claim) instead")
	}
	id.Name = id.First("name")
	if id.Name == "" {
		id.Name = strings.TrimSpace(id.First("given_name") + " " + id.First("family_name"))
	}
	id.Email = id.First("email")
	if at, err := strconv.ParseFloat(id.First("auth_time"), 64); err == nil { // a number, or AD FS's string
		id.AuthTime = time.Unix(int64(at), 0).UTC()
	}
	return id, nil
}

// verifyRule classifies go-oidc's verification errors.
func verifyRule(err error) string {
	var expired *gooidc.TokenExpiredError
	msg := err.Error()
	switch {
	case errors.As(err, &expired), strings.Contains(msg, "nbf"):
		return identity.RuleTime
	case strings.Contains(msg, "different provider"):
		return identity.RuleIssuer
	case strings.Contains(msg, "audience"):
		return identity.RuleAudience
	case strings.Contains(msg, "signature"), strings.Contains(msg, "not signed"):
		return identity.RuleSignature
	}
	return identity.RuleProtocol
}

// flatten turns JSON claims into strings: a string, number or boolean is
// one value, an array of them is many; objects are left out.
func flatten(claims map[string]any) map[string][]string {
	out := make(map[string][]string, len(claims))
	for k, v := range claims {
		switch v := v.(type) {
		case []any:
			for _, e := range v {
				if s, ok := scalar(e); ok {
					out[k] = append(out[k], s)
				}
			}
		default:
			if s, ok := scalar(v); ok {
				out[k] = []string{s}
			}
		}
	}
	return out
}

func scalar(v any) (string, bool) {
	switch v := v.(type) {
	case string:
		return v, true
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64), true
	case bool:
		return strconv.FormatBool(v), true
	}
	return "", false
}

// safeCode keeps an OAuth error code to its defined alphabet (RFC 6749
// §4.1.2.1), so a crafted one cannot put text into the log.
func safeCode(code string) string {
	if len(code) > 64 || strings.ContainsFunc(code, func(r rune) bool { return !(r == '_' || r >= 'a' && r <= 'z') }) {
		return "an error"
	}
	return code
}

// exchangeError says why the token endpoint refused, by its error code only.
func exchangeError(err error) string {
	var re *oauth2.RetrieveError
	if errors.As(err, &re) {
		if re.ErrorCode != "" {
			return safeCode(re.ErrorCode)
		}
		return "HTTP " + strconv.Itoa(re.Response.StatusCode)
	}
	return "the token endpoint did not answer"
}

// LogoutURL returns the provider's end-session URL (RP-initiated logout)
// with the session's ID token as its hint, bringing the browser back to
// after; "" when the provider has none.
func (rp *RP) LogoutURL(idTokenHint, after string) string {
	if rp.endSession == "" {
		return ""
	}
	v := url.Values{"client_id": {rp.cfg.ClientID}}
	if idTokenHint != "" {
		v.Set("id_token_hint", idTokenHint)
	}
	if after != "" {
		v.Set("post_logout_redirect_uri", after)
	}
	sep := "?"
	if strings.Contains(rp.endSession, "?") {
		sep = "&"
	}
	return rp.endSession + sep + v.Encode()
}
