package web

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/planner-dk/planner/identity"
	"github.com/planner-dk/planner/planner"
	"github.com/planner-dk/planner/planner/session"
)

// The refusals of a sign-in that are Planner's own decision, besides the
// rules of the provider's answer (identity.Rule…).
const (
	ruleNoRole   = "no-role"  // none of the person's groups or roles is mapped to a role of Planner
	ruleDisabled = "disabled" // an administrator has disabled the person
	ruleBrowser  = "browser"  // the answer reached another browser than the one that started the sign-in
)

// protocol is one identity provider's sign-in, whichever its protocol.
type protocol interface {
	// Begin starts a sign-in and returns where to send the browser.
	Begin(ctx context.Context, data []byte) (string, error)
	// Finish checks the provider's answer.
	Finish(ctx context.Context, r *http.Request) (identity.Identity, []byte, error)
	// LogoutURL is where to send the browser to sign out at the provider
	// too (single logout), or "".
	// hint is what Finish's identity gave for it (SessionIndex, IDToken).
	LogoutURL(ctx context.Context, p planner.Person, hint, after string) (string, error)
}

// protocols keeps each provider's protocol, made once per configuration
// (an OpenID provider's discovery, a SAML IdP's metadata) and again after
// an hour, so a provider's new keys or endpoints are picked up.
type protocols struct {
	mu sync.Mutex
	m  map[planner.IdentityProviderID]madeProtocol
}

type madeProtocol struct {
	key  string
	p    protocol
	made time.Time
}

const protocolTTL = time.Hour

// protocol returns the provider's protocol for the base URL Planner is
// reached at.
func (h *Handler) protocol(ctx context.Context, p planner.IdentityProvider, base string) (protocol, error) {
	b, _ := json.Marshal(struct {
		P    planner.IdentityProvider
		S    string
		Base string
	}{p, p.ClientSecret, base}) // any change of the configuration makes a new one
	key := string(b)
	h.sso.mu.Lock()
	m, ok := h.sso.m[p.ID]
	h.sso.mu.Unlock()
	if ok && m.key == key && time.Since(m.made) < protocolTTL {
		return m.p, nil
	}
	var made protocol
	var err error
	switch p.Kind {
	case planner.OIDC:
		made, err = h.newOIDC(ctx, p, base)
	case planner.SAML:
		made, err = h.newSAML(ctx, p, base)
	default:
		err = fmt.Errorf("provider %d: unknown kind %q", p.ID, p.Kind)
	}
	if err != nil {
		return nil, err
	}
	h.sso.mu.Lock()
	if h.sso.m == nil {
		h.sso.m = map[planner.IdentityProviderID]madeProtocol{}
	}
	h.sso.m[p.ID] = madeProtocol{key: key, p: made, made: time.Now()}
	h.sso.mu.Unlock()
	return made, nil
}

// base is the address Planner is reached at: PublicURL, or this request's
// scheme and host.
func (h *Handler) base(r *http.Request) string {
	if h.opt.PublicURL != "" {
		return h.opt.PublicURL
	}
	scheme := "http"
	if session.Secure(r) {
		scheme = "https"
	}
	return scheme + "://" + r.Host
}

// provider finds the enabled provider the request's path names.
func (h *Handler) provider(r *http.Request) (planner.IdentityProvider, bool) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		return planner.IdentityProvider{}, false
	}
	p, err := h.opt.Store.FindIdentityProvider(r.Context(), planner.IdentityProviderID(id))
	return p.Claims(), err == nil && !p.Disabled
}

// pendingData is what a sign-in carries through the provider.
type pendingData struct {
	Next string `json:"next"`
	// Binding is the hash of the value of the browser's bindCookie: the
	// answer is taken only in the browser that asked, so no one can sign
	// another person's browser in as themselves (login CSRF).
	Binding []byte `json:"binding"`
}

// bindCookie ties a sign-in to the browser that started it. A SAML answer
// is posted from the IdP's site, so over TLS the cookie is SameSite=None
// (and Secure); over plain http, on this machine, Lax.
const bindCookie = "planner_sso"

// bind sets a fresh bindCookie on w and returns its hash.
func bind(w http.ResponseWriter, r *http.Request) []byte {
	v := rand.Text()
	c := &http.Cookie{Name: bindCookie, Value: v, Path: "/sso/", MaxAge: 600, HttpOnly: true, SameSite: http.SameSiteLaxMode}
	if session.Secure(r) {
		c.Secure, c.SameSite = true, http.SameSiteNoneMode
	}
	http.SetCookie(w, c)
	h := sha256.Sum256([]byte(v))
	return h[:]
}

// bound reports whether r comes from the browser whose cookie hashes to
// want, and removes the cookie.
func bound(w http.ResponseWriter, r *http.Request, want []byte) bool {
	http.SetCookie(w, &http.Cookie{Name: bindCookie, Path: "/sso/", MaxAge: -1, HttpOnly: true})
	c, err := r.Cookie(bindCookie)
	if err != nil {
		return false
	}
	h := sha256.Sum256([]byte(c.Value))
	return subtle.ConstantTimeCompare(h[:], want) == 1
}

// providerOf finds the enabled provider the path names and its protocol;
// when it cannot, it answers the request itself and returns false.
func (h *Handler) providerOf(w http.ResponseWriter, r *http.Request) (planner.IdentityProvider, protocol, bool) {
	p, ok := h.provider(r)
	if !ok {
		h.render(w, r, http.StatusNotFound, "login.html", h.loginPage(r, translate(lang(r), "sso.unknown")))
		return p, nil, false
	}
	proto, err := h.protocol(r.Context(), p, h.base(r))
	if err != nil {
		h.opt.Logger.ErrorContext(r.Context(), "Identity provider not usable", "provider", p.ID, "err", err)
		h.render(w, r, http.StatusServiceUnavailable, "login.html", h.loginPage(r, translate(lang(r), "sso.unreachable")))
		return p, nil, false
	}
	return p, proto, true
}

// ssoStart sends the browser to the provider to sign in.
func (h *Handler) ssoStart(w http.ResponseWriter, r *http.Request) {
	p, proto, ok := h.providerOf(w, r)
	if !ok {
		return
	}
	data, _ := json.Marshal(pendingData{Next: safeNext(r.URL.Query().Get("next")), Binding: bind(w, r)})
	to, err := proto.Begin(r.Context(), data)
	if err != nil {
		h.opt.Logger.ErrorContext(r.Context(), "Sign-in not started", "provider", p.ID, "err", err)
		h.render(w, r, http.StatusServiceUnavailable, "login.html", h.loginPage(r, translate(lang(r), "signin.unavailable")))
		return
	}
	http.Redirect(w, r, to, http.StatusSeeOther)
}

// ssoFinish takes the provider's answer (the OIDC callback, the SAML ACS).
func (h *Handler) ssoFinish(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 1<<20)
	p, proto, ok := h.providerOf(w, r)
	if !ok {
		return
	}
	id, data, err := proto.Finish(r.Context(), r)
	if rule := identity.RuleOf(err); rule != "" {
		h.refuse(w, r, p, rule, err)
		return
	}
	if err != nil {
		h.unavailable(w, r, err)
		return
	}
	var pd pendingData
	_ = json.Unmarshal(data, &pd) // Begin wrote it
	if !bound(w, r, pd.Binding) {
		h.refuse(w, r, p, ruleBrowser, errors.New("the answer came to a browser that did not start this sign-in"))
		return
	}
	h.admit(w, r, p, id, safeNext(pd.Next))
}

// admit makes the person a provider vouched for a session: the role the
// provider's map gives their groups (none: refused), the advisor their
// link claim names, then the person as stored — a disabled one refused.
func (h *Handler) admit(w http.ResponseWriter, r *http.Request, p planner.IdentityProvider, id identity.Identity, next string) {
	ctx := r.Context()
	role, ok := p.RoleFor(id.Claims[p.RoleClaim])
	if !ok {
		// The provider no longer gives them a role: whatever sessions they
		// still have end too.
		n, err := h.opt.Store.EndPersonSessions(ctx, p.ID, id.Subject)
		if err != nil {
			h.unavailable(w, r, err)
			return
		}
		h.refuse(w, r, p, ruleNoRole, fmt.Errorf("none of the %d values of %s is mapped to a role (%d sessions ended)", len(id.Claims[p.RoleClaim]), p.RoleClaim, n))
		return
	}
	person := planner.Person{JobcenterID: p.JobcenterID, ProviderID: p.ID, Subject: id.Subject, Name: id.Name, Email: id.Email, Role: role}
	if link := id.First(p.AdvisorClaim); p.AdvisorClaim != "" && link != "" {
		advisors, err := h.opt.Store.FindAdvisors(ctx, p.JobcenterID, planner.AdvisorFilter{})
		if err != nil {
			h.unavailable(w, r, err)
			return
		}
		for _, a := range advisors {
			if planner.AdvisorMatches(a, link) {
				person.AdvisorID = a.ID
				break
			}
		}
	}
	if err := h.opt.Store.SignInPerson(ctx, &person); err != nil {
		h.unavailable(w, r, err)
		return
	}
	if person.Disabled {
		h.refuse(w, r, p, ruleDisabled, fmt.Errorf("person %d is disabled", person.ID))
		return
	}
	hint := id.SessionIndex
	if p.Kind == planner.OIDC {
		hint = id.IDToken
	}
	if _, err := h.opt.Sessions.SignInPerson(w, r, person.ID, hint); err != nil {
		h.unavailable(w, r, err)
		return
	}
	h.opt.Logger.InfoContext(ctx, "Signed in", "provider", p.ID, "person", person.ID, "role", role,
		"advisor", person.AdvisorID, "jobcenter", p.JobcenterID, "assurance", id.AssuranceLevel)
	// The answer came from the provider's site: a redirect from here would
	// be that site's navigation, which does not carry the SameSite=Strict
	// cookie just set. A page of ours that moves on carries it.
	h.onward(w, r, "sso.continue", next)
}

// onward answers with a page of ours that moves on to next at once (the
// Refresh header, which needs no script), with a link for the rest.
func (h *Handler) onward(w http.ResponseWriter, r *http.Request, title, next string) {
	w.Header().Set("Refresh", "0; url="+next)
	h.render(w, r, http.StatusOK, "sso-continue.html", page{Title: translate(lang(r), title), Next: next})
}

func (h *Handler) unavailable(w http.ResponseWriter, r *http.Request, err error) {
	h.opt.Logger.ErrorContext(r.Context(), "Sign-in failed", "err", err)
	h.render(w, r, http.StatusServiceUnavailable, "login.html", h.loginPage(r, translate(lang(r), "signin.unavailable")))
}

// refuse logs a refused sign-in with the rule it broke — never the
// answer's personal data — and shows the person what to tell IT, with a
// reference that finds the log line.
func (h *Handler) refuse(w http.ResponseWriter, r *http.Request, p planner.IdentityProvider, rule string, err error) {
	ref := rand.Text()[:10]
	h.opt.Logger.WarnContext(r.Context(), "Sign-in refused", "provider", p.ID, "kind", p.Kind, "rule", rule, "reference", ref, "err", err)
	status, key := http.StatusUnauthorized, "sso.refused"
	switch rule {
	case ruleNoRole:
		status, key = http.StatusForbidden, "sso.noRole"
	case ruleDisabled:
		status, key = http.StatusForbidden, "sso.disabled"
	}
	h.render(w, r, status, "sso-refused.html", page{Title: translate(lang(r), "sso.refusedTitle"),
		Error: translate(lang(r), key), Refusal: &refusal{Provider: p.Name, Rule: rule, Reference: ref, At: time.Now()}})
}

// refusal is what the refusal page tells the person to pass on to IT.
type refusal struct {
	Provider, Rule, Reference string
	At                        time.Time
}

// ssoLogoutURL is where to send the browser after a person's session
// ended here, to end their session at the provider too; "" when there is
// nowhere.
func (h *Handler) ssoLogoutURL(r *http.Request, personID planner.PersonID, hint string) string {
	person, err := h.opt.Store.FindPerson(r.Context(), personID)
	if err != nil {
		return ""
	}
	p, err := h.opt.Store.FindIdentityProvider(r.Context(), person.ProviderID)
	if err != nil || p.Disabled {
		return ""
	}
	base := h.base(r)
	proto, err := h.protocol(r.Context(), p.Claims(), base)
	if err != nil {
		return ""
	}
	to, err := proto.LogoutURL(r.Context(), person, hint, base+"/login")
	if err != nil {
		h.opt.Logger.WarnContext(r.Context(), "No single logout", "provider", p.ID, "err", err)
		return ""
	}
	return to
}

// errNoSAML is a SAML provider on a Planner without a SAML certificate.
var errNoSAML = errors.New("no SAML service provider certificate is configured (PLANNER_SAML_CERT, PLANNER_SAML_KEY)")
