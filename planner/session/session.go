// Package session keeps the browser sessions of Planner's UI: a sealed,
// HttpOnly, SameSite=Strict cookie that binds one API token (and, on the
// citizens' pages, one citizen) to the browser, with a CSRF token of its
// own, and the server's record of the session, without which the cookie
// is refused.
//
// The cookie holds no secret in clear: its content is sealed with the
// process's secret keyring (AES-256-GCM, the context "session"), so a
// browser can neither read the CPR number of a citizen session nor forge
// one. It names the API token by its hash, which the API looks up on every
// request, so revoking the token ends every session made with it; and it
// names its session by a random id, whose record (planner.WebSession, by
// the id's hash) the server deletes at sign-out and ignores past the idle
// timeout or the lifetime — so a copy of the cookie ends with the session,
// on every replica that shares the database.
package session

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/planner-dk/planner/planner"
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

// Errors a cookie can fail with; each is matched with errors.Is. ErrEnded
// is a session the server no longer has: signed out, timed out or never
// made.
var (
	ErrNone    = errors.New("no session")
	ErrInvalid = errors.New("session cookie not valid")
	ErrEnded   = errors.New("session ended")
	ErrCSRF    = errors.New("CSRF token missing or wrong")
)

// Kind tells an advisor's session from a citizen's.
type Kind string

// The kinds of session.
const (
	Staff   Kind = "staff"   // an API token of role admin, advisor or operator
	Citizen Kind = "citizen" // the portal's token acting for one citizen (the demo's Jobnet stand-in)
)

// Session is what the cookie carries, with what the server holds of it.
type Session struct {
	ID        string `json:"d"` // random; the server keeps its hash
	Kind      Kind   `json:"k"`
	TokenHash []byte `json:"t,omitempty"` // the API token's stored hash, for a session made with a token
	// Person is who signed in through an identity provider, for a staff
	// session made that way (instead of a token).
	Person planner.PersonID `json:"p,omitempty"`
	CPR    string           `json:"c,omitempty"` // Citizen sessions only
	CSRF   string           `json:"x"`
	// idleUntil and ends are the server's deadlines when it was read;
	// ssoHint is what the identity provider needs to end its session too.
	idleUntil, ends time.Time
	ssoHint         string
}

// Store keeps the server's record of the sessions (planner.Store does).
type Store interface {
	CreateWebSession(ctx context.Context, s planner.WebSession) error
	FindWebSession(ctx context.Context, hash []byte) (planner.WebSession, error)
	TouchWebSession(ctx context.Context, hash []byte, idleUntil time.Time) error
	DeleteWebSession(ctx context.Context, hash []byte) error
}

// Codec seals and opens sessions and keeps them in its store. Its zero
// value is not usable; make one with New.
type Codec struct {
	keys  *secret.Keyring
	store Store
	// Idle ends a session not used for this long; Max ends any session this
	// long after sign-in.
	Idle, Max time.Duration
	// Now is the clock (time.Now when nil).
	Now func() time.Time
}

// New returns a codec sealing with keys and keeping the sessions in store,
// with a 30-minute idle timeout and a 12-hour lifetime.
func New(keys *secret.Keyring, store Store) *Codec {
	return &Codec{keys: keys, store: store, Idle: 30 * time.Minute, Max: 12 * time.Hour}
}

func (c *Codec) now() time.Time {
	if c.Now != nil {
		return c.Now()
	}
	return time.Now()
}

// hash is the stored form of a session id.
func hash(id string) []byte {
	h := sha256.Sum256([]byte(id))
	return h[:]
}

// SignIn starts a session of kind for the token with hash tokenHash (and,
// for a citizen, the CPR number), stores it and sets its cookie on w.
func (c *Codec) SignIn(w http.ResponseWriter, r *http.Request, kind Kind, tokenHash []byte, cpr string) (Session, error) {
	return c.start(w, r, Session{Kind: kind, TokenHash: tokenHash, CPR: cpr})
}

// SignInPerson starts a staff session of a person who signed in through
// an identity provider, stores it (with ssoHint, what the provider needs
// to end its own session at sign-out, kept on the server only) and sets its
// cookie on w.
func (c *Codec) SignInPerson(w http.ResponseWriter, r *http.Request, person planner.PersonID, ssoHint string) (Session, error) {
	return c.start(w, r, Session{Kind: Staff, Person: person, ssoHint: ssoHint})
}

// SSOHint is what the identity provider needs to end its session of the
// person too (single logout), or "".
func (s Session) SSOHint() string { return s.ssoHint }

// start gives s its id, CSRF token and deadlines, stores it and sets its
// cookie.
func (c *Codec) start(w http.ResponseWriter, r *http.Request, s Session) (Session, error) {
	now := c.now()
	s.ID, s.CSRF, s.idleUntil, s.ends = rand.Text(), rand.Text(), now.Add(c.Idle), now.Add(c.Max)
	err := c.store.CreateWebSession(r.Context(), planner.WebSession{Hash: hash(s.ID), Kind: string(s.Kind), PersonID: s.Person, SSOHint: s.ssoHint,
		Started: now, IdleUntil: s.idleUntil, Ends: s.ends})
	if err != nil {
		return Session{}, fmt.Errorf("store the session: %w", err)
	}
	b, _ := json.Marshal(s) // plain fields: cannot fail
	http.SetCookie(w, c.cookie(c.keys.Seal(sealContext, string(b)), Secure(r), int(c.Max.Seconds())))
	return s, nil
}

const sealContext = "session"

// SignOut ends s on the server, so that no copy of its cookie opens it
// again, and removes the cookie from w.
func (c *Codec) SignOut(w http.ResponseWriter, r *http.Request, s Session) error {
	c.Clear(w, Secure(r))
	if err := c.store.DeleteWebSession(r.Context(), hash(s.ID)); err != nil {
		return fmt.Errorf("end the session: %w", err)
	}
	return nil
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

// Read opens the request's session cookie and finds the session on the
// server. ErrNone means there is no cookie; ErrInvalid, one that does not
// open; ErrEnded, one whose session the server no longer has, or has past
// its idle timeout or lifetime. Any other error is the store's.
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
	if err := json.Unmarshal([]byte(plain), &s); err != nil || s.ID == "" || s.CSRF == "" || (len(s.TokenHash) == 0) == (s.Person == 0) {
		return Session{}, ErrInvalid
	}
	rec, err := c.store.FindWebSession(r.Context(), hash(s.ID))
	if errors.Is(err, planner.ErrNotFound) || (err == nil && !rec.Live(c.now())) {
		return Session{}, ErrEnded
	}
	if err != nil {
		return Session{}, fmt.Errorf("find the session: %w", err)
	}
	s.idleUntil, s.ends, s.ssoHint = rec.IdleUntil, rec.Ends, rec.SSOHint
	return s, nil
}

// Touch renews s's idle timeout on the server, within its lifetime, when
// that moves it by a minute or more (so a busy page does not write on
// every request, nor every request of a session's last half hour).
func (c *Codec) Touch(ctx context.Context, s Session) error {
	next := c.now().Add(c.Idle)
	if next.After(s.ends) {
		next = s.ends
	}
	if next.Sub(s.idleUntil) < time.Minute {
		return nil
	}
	if err := c.store.TouchWebSession(ctx, hash(s.ID), next); err != nil && !errors.Is(err, planner.ErrNotFound) {
		return fmt.Errorf("renew the session: %w", err)
	}
	return nil
}

// CheckCSRF accepts a state-changing request only when it comes from
// this site's own pages (SameOrigin) and carries s's CSRF token (the
// header, or the form field for a plain form).
func CheckCSRF(r *http.Request, s Session) error {
	if !SameOrigin(r) {
		return fmt.Errorf("%w: the request is not from this site's pages", ErrCSRF)
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

// SameOrigin reports whether a state-changing request comes from this
// site's own pages: by Fetch Metadata (Sec-Fetch-Site: same-origin) or,
// from a browser without it, by an Origin of this host (over http or
// https: a proxy in front may end TLS). A request with neither, or with
// Origin "null", is not from a page of ours.
func SameOrigin(r *http.Request) bool {
	if site := r.Header.Get("Sec-Fetch-Site"); site != "" {
		return site == "same-origin"
	}
	origin := r.Header.Get("Origin")
	host, ok := strings.CutPrefix(origin, "https://")
	if !ok {
		host, ok = strings.CutPrefix(origin, "http://")
	}
	return ok && host != "" && strings.EqualFold(host, r.Host)
}
