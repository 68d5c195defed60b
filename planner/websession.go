package planner

import "time"

// WebSession is the server's record of a browser session of the UI (see
// planner/session): the cookie names it by a random id, of which only the
// SHA-256 hash is stored, like an API token's. Without its record a cookie
// is refused, so a session ends on the server — at sign-out, or once past
// its idle timeout or its lifetime — for every replica sharing the
// database, and a copy of the cookie ends with it.
type WebSession struct {
	Hash     []byte   // SHA-256 of the id the cookie carries
	Kind     string   // "staff" or "citizen"
	PersonID PersonID // the person signed in through an identity provider (0: a token's session)
	// SSOHint is what the provider needs to end the person's session there
	// too: the SAML SessionIndex or the OIDC ID token. Sealed at rest.
	SSOHint   string
	Started   time.Time // sign-in
	IdleUntil time.Time // the session ends unless used again by this time
	Ends      time.Time // and after this time in any case
}

// Live reports whether the session is still on at now.
func (s WebSession) Live(now time.Time) bool {
	return !now.After(s.IdleUntil) && !now.After(s.Ends)
}
