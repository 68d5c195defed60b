// Package identity holds what Planner's sign-in through an identity
// provider shares between its protocols: the checked identity a provider
// asserted (Identity), the refusal of an answer that broke a rule
// (Refusal, which names the rule and never the answer's personal data),
// and the one-time records a sign-in keeps on the server (OnceStore): the
// pending request a provider's answer must match, and the assertion ids
// already used.
//
// The protocols live in identity/oidc (OpenID Connect, the authorization
// code flow with PKCE and a nonce) and identity/saml (SAML 2.0 to the
// OIOSAML 3 profile). Which person and role an Identity is, is the
// domain's decision (planner.IdentityProvider).
package identity

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// Identity is what a provider asserted about the person signing in, after
// every check of its answer passed.
type Identity struct {
	// Issuer is the provider: an OpenID provider's issuer URL or a SAML
	// IdP's entity ID.
	Issuer string
	// Subject identifies the person at the issuer: the ID token's sub (or,
	// at Entra ID, the object id oid), or the SAML persistent NameID. A
	// person is (Issuer, Subject), never an e-mail address.
	Subject string
	// Name and Email are for display and the revision log; either may be "".
	Name, Email string
	// Claims holds every claim or attribute as strings, by name, for the
	// role mapping and the advisor link. SAML's OIOSAML privileges
	// attribute holds the privileges it lists, decoded.
	Claims map[string][]string
	// AssuranceLevel is the OIOSAML/NSIS level of assurance ("Low",
	// "Substantial", "High"), or "" where the protocol gives none.
	AssuranceLevel string
	// SessionIndex is the SAML session index, for single logout.
	SessionIndex string
	// IDToken is the raw OIDC ID token, the id_token_hint of RP-initiated
	// logout.
	IDToken string
	// AuthTime is when the person authenticated at the provider, if told.
	AuthTime time.Time
}

// First returns the first value of the claim name, or "".
func (id Identity) First(name string) string {
	if v := id.Claims[name]; len(v) > 0 {
		return v[0]
	}
	return ""
}

// The rules a provider's answer can break. A Refusal names one; the log
// line of a refused sign-in carries it, so IT can tell what to fix.
const (
	RuleState        = "state"          // no pending sign-in matches the answer (OIDC state, SAML InResponseTo)
	RuleIssuer       = "issuer"         // the answer is from another issuer than the one configured
	RuleSignature    = "signature"      // unsigned, or the signature does not verify
	RuleEncryption   = "encryption"     // a SAML assertion that is not encrypted
	RuleAudience     = "audience"       // meant for another relying party or service provider
	RuleRecipient    = "recipient"      // SAML SubjectConfirmation for another address
	RuleTime         = "time"           // outside its validity window (with the allowed skew)
	RuleReplay       = "replay"         // an assertion already used once
	RuleNonce        = "nonce"          // the ID token's nonce is not the request's
	RuleSubject      = "subject"        // no usable subject (e.g. a transient NameID)
	RuleAssurance    = "assurance"      // the level of assurance is below the configured minimum
	RuleProfile      = "profile"        // not the OIOSAML 3 profile's spec version
	RuleStatus       = "status"         // the provider answered with an error status
	RuleProtocol     = "protocol"       // a malformed or unexpected answer
	RuleGroupOverage = "groups-overage" // Entra ID left the groups out (too many): use app roles
)

// Refusal is a provider's answer that failed a check. Its message names
// the rule and what was wrong with the answer in general terms; it never
// holds a name, an e-mail address, a NameID or any other value the answer
// carried about the person.
type Refusal struct {
	Rule string
	Err  error
}

// Error implements error.
func (r *Refusal) Error() string { return "sign-in refused (" + r.Rule + "): " + r.Err.Error() }

// Unwrap returns the underlying error.
func (r *Refusal) Unwrap() error { return r.Err }

// Refuse returns a *Refusal for rule with a formatted reason.
func Refuse(rule, format string, args ...any) error {
	return &Refusal{Rule: rule, Err: fmt.Errorf(format, args...)}
}

// RuleOf returns the rule err broke, or "" when err is not a Refusal.
func RuleOf(err error) string {
	var r *Refusal
	if errors.As(err, &r) {
		return r.Rule
	}
	return ""
}

// OnceStore keeps a sign-in's one-time records on the server, shared by
// every replica (planner.Store has it): the data of a pending request,
// taken once by the answer, and the ids of assertions already used.
type OnceStore interface {
	// PutSignInOnce records data under key until expires; it fails with an
	// error matching planner.ErrConflict when key is already recorded.
	PutSignInOnce(ctx context.Context, key string, data []byte, expires time.Time) error
	// TakeSignInOnce returns the data recorded under key and removes it; it
	// fails with an error matching planner.ErrNotFound when there is none
	// or it has expired.
	TakeSignInOnce(ctx context.Context, key string) ([]byte, error)
}
