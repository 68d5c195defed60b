// Package session keeps the browser sessions of Planner's UI: a sealed,
// HttpOnly, SameSite=Strict cookie that binds one API token (and, on the
// citizens' pages, one citizen) to the browser, with an idle timeout, an
// absolute lifetime and a CSRF token of its own.
//
// The cookie holds no secret in clear: its content is sealed with the
// process's secret keyring (AES-256-GCM, the context "session"), so a
// browser can neither read the CPR number of a citizen session nor forge
// or extend a session. It names the API token by its hash, which the API
// looks up on every request, so revoking the token ends every session made
// with it.
package session

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/planner-dk/planner/planner/secret"
)

// CookieName is the session cookie's name. The __Host- prefix is used only
// over TLS (browsers refuse it without Secure).
const (
	CookieName       = "planner_session"
	secureCookieName = "__Host-planner_session"
)

// CSRFHeader carries the session's CSRF token on every state-changing
// request the UI sends; a form sends it as the field CSRFField.
const (
	CSRFHeader = "X-CSRF-Token"
	CSRFField  = "_csrf"
)

// ActivityHeader marks a request the user's own input caused (the screens
// send it within a minute of a key press, click or touch). Only such
// requests renew the idle timeout: a screen that refreshes itself every few
// seconds does not keep an unattended session signed in.
const ActivityHeader = "X-Planner-Active"

// Errors a cookie can fail with; each is matched with errors.Is.
var (
	ErrNone    = errors.New("no session")
	ErrInvalid = errors.New("session cookie not valid")
	ErrExpired = errors.New("session expired")
	ErrCSRF    = errors.New("CSRF token missing or wrong")
)

// Kind tells an advisor's session from a citizen's.
type Kind string

// The kinds of session.
const (
	Staff   Kind = "staff"   // an API token of role admin, advisor or operator
	Citizen Kind = "citizen" // the portal's token acting for one citizen (the demo's Jobnet stand-in)
)

// Session is what the cookie carries.
type Session struct {
	Kind      Kind      `json:"k"`
	TokenHash []byte    `json:"t"`           // the API token's stored hash
	CPR       string    `json:"c,omitempty"` // Citizen sessions only
	CSRF      string    `json:"x"`
	Issued    time.Time `json:"i"`
	Seen      time.Time `json:"s"`
}

// Codec seals and opens sessions. Its zero value is not usable; make one
// with New.
type Codec struct {
	keys *secret.Keyring
	// Idle ends a session not used for this long; Max ends any session this
	// long after sign-in.
	Idle, Max time.Duration
	// Now is the clock (time.Now when nil).
	Now func() time.Time
}

// New returns a codec sealing with keys, with a 30-minute idle timeout
// and a 12-hour lifetime.
func New(keys *secret.Keyring) *Codec {
	return &Codec{keys: keys, Idle: 30 * time.Minute, Max: 12 * time.Hour}
}

func (c *Codec) now() time.Time {
	if c.Now != nil {
		return c.Now()
	}
	return time.Now()
}

// Start returns a new session of kind for the token with hash tokenHash.
func (c *Codec) Start(kind Kind, tokenHash []byte, cpr string) Session {
	now := c.now()
	return Session{Kind: kind, TokenHash: tokenHash, CPR: cpr, CSRF: rand.Text(), Issued: now, Seen: now}
}

const sealContext = "session"

// Write sets the cookie for s on w. secure marks it Secure (and __Host-),
// as it must be when the request came over TLS.
func (c *Codec) Write(w http.ResponseWriter, s Session, secure bool) {
	b, _ := json.Marshal(s) // plain fields: cannot fail
	http.SetCookie(w, c.cookie(c.keys.Seal(sealContext, string(b)), secure, int(c.Max.Seconds())))
}

// Clear removes the session cookie (sign-out).
func (c *Codec) Clear(w http.ResponseWriter, secure bool) {
	http.SetCookie(w, c.cookie("", secure, -1))
}

func (c *Codec) cookie(value string, secure bool, maxAge int) *http.Cookie {
	name := CookieName
	if secure {
		name = secureCookieName
	}
	return &http.Cookie{Name: name, Value: value, Path: "/", MaxAge: maxAge, HttpOnly: true, Secure: secure, SameSite: http.SameSiteStrictMode}
}

// Read opens the request's session cookie. ErrNone means there is none;
// ErrInvalid, one that does not open; ErrExpired, one past its idle
// timeout or lifetime.
func (c *Codec) Read(r *http.Request) (Session, error) {
	name := CookieName
	if Secure(r) {
		name = secureCookieName // over TLS only the __Host- cookie, which no sibling host can set
	}
	ck, err := r.Cookie(name)
	if err != nil || ck.Value == "" {
		return Session{}, ErrNone
	}
	plain, err := c.keys.Open(sealContext, ck.Value)
	if err != nil {
		return Session{}, fmt.Errorf("%w: %w", ErrInvalid, err)
	}
	var s Session
	if err := json.Unmarshal([]byte(plain), &s); err != nil || s.CSRF == "" || len(s.TokenHash) == 0 {
		return Session{}, ErrInvalid
	}
	now := c.now()
	if now.Sub(s.Seen) > c.Idle || now.Sub(s.Issued) > c.Max {
		return Session{}, ErrExpired
	}
	return s, nil
}

// Touch renews s's idle timeout on w when it was last renewed more than a
// minute ago (so a busy page does not set a cookie on every request).
func (c *Codec) Touch(w http.ResponseWriter, s Session, secure bool) {
	now := c.now()
	if now.Sub(s.Seen) < time.Minute {
		return
	}
	s.Seen = now
	c.Write(w, s, secure)
}

// CheckCSRF accepts a state-changing request only when it carries s's CSRF
// token (the header, or the form field for a plain form) and, when the
// browser says where it came from, comes from the same origin.
func CheckCSRF(r *http.Request, s Session) error {
	if site := r.Header.Get("Sec-Fetch-Site"); site != "" && site != "same-origin" {
		return fmt.Errorf("%w: request from %s", ErrCSRF, site)
	}
	got := r.Header.Get(CSRFHeader)
	if got == "" {
		got = r.PostFormValue(CSRFField)
	}
	if got == "" || subtle.ConstantTimeCompare([]byte(got), []byte(s.CSRF)) != 1 {
		return ErrCSRF
	}
	return nil
}

// Secure reports whether r came over TLS, directly or, as the proxy in
// front says, through X-Forwarded-Proto.
func Secure(r *http.Request) bool {
	return r.TLS != nil || r.Header.Get("X-Forwarded-Proto") == "https"
}
