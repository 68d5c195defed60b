package web

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/planner-dk/planner/planner"
	"github.com/planner-dk/planner/planner/httpapi"
	"github.com/planner-dk/planner/planner/session"
)

// actor is the session's actor, as the API finds it.
func (h *Handler) actor(r *http.Request, sess session.Session) (planner.Actor, error) {
	return httpapi.SessionActor(r.Context(), h.opt.Store, sess)
}

// signInPage offers the identity providers to sign in with and, unless
// they make it off, the sign-in with an API token (the demo prints one per
// role).
func (h *Handler) signInPage(w http.ResponseWriter, r *http.Request) {
	h.render(w, r, http.StatusOK, "login.html", h.loginPage(r, ""))
}

// loginPage is the sign-in page with the error message msg ("" for none).
func (h *Handler) loginPage(r *http.Request, msg string) page {
	p := page{Title: translate(lang(r), "signin.title"), Next: safeNext(r.URL.Query().Get("next")), Error: msg, TokenForm: true}
	if r.Method == http.MethodPost {
		p.Next = safeNext(r.PostFormValue("next"))
	}
	providers, err := h.opt.Store.FindIdentityProviders(r.Context(), 0)
	if err != nil {
		h.opt.Logger.ErrorContext(r.Context(), "Identity providers not read", "err", err)
	}
	for _, ip := range providers {
		if !ip.Disabled {
			p.Providers = append(p.Providers, ip)
		}
	}
	p.TokenForm = len(p.Providers) == 0 || h.opt.TokenSignIn
	return p
}

// tokenPage is the sign-in page with msg at the token field.
func (h *Handler) tokenPage(r *http.Request, msg string) page {
	p := h.loginPage(r, "")
	p.TokenError = msg
	return p
}

// signIn checks the token and starts a session bound to it: its job
// centre and role, exactly as the API would bind a request carrying it.
func (h *Handler) signIn(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 64<<10)
	l := lang(r)
	next := safeNext(r.PostFormValue("next"))
	if !session.SameOrigin(r) {
		h.render(w, r, http.StatusForbidden, "login.html", h.loginPage(r, translate(l, "signin.foreign")))
		return
	}
	if lp := h.loginPage(r, translate(l, "signin.tokenOff")); !lp.TokenForm {
		h.opt.Logger.WarnContext(r.Context(), "Sign-in refused", "reason", "token sign-in is off")
		h.render(w, r, http.StatusForbidden, "login.html", lp)
		return
	}
	secret := strings.TrimSpace(r.PostFormValue("token"))
	tok, err := h.opt.Store.FindTokenByHash(r.Context(), httpapi.HashToken(secret))
	switch {
	case secret == "" || err != nil:
		h.opt.Logger.WarnContext(r.Context(), "Sign-in refused", "reason", "unknown token")
		h.render(w, r, http.StatusUnauthorized, "login.html", h.tokenPage(r, translate(l, "signin.unknown")))
		return
	case tok.Role == planner.RolePortal:
		h.opt.Logger.WarnContext(r.Context(), "Sign-in refused", "reason", "portal token", "token", tok.Name)
		h.render(w, r, http.StatusUnauthorized, "login.html", h.tokenPage(r, translate(l, "signin.portal")))
		return
	}
	if _, err := h.opt.Sessions.SignIn(w, r, session.Staff, httpapi.HashToken(secret), ""); err != nil {
		h.opt.Logger.ErrorContext(r.Context(), "Sign-in failed", "err", err)
		h.render(w, r, http.StatusServiceUnavailable, "login.html", h.loginPage(r, translate(l, "signin.unavailable")))
		return
	}
	h.opt.Logger.InfoContext(r.Context(), "Signed in", "token", tok.Name, "role", tok.Role, "jobcenter", tok.JobcenterID)
	http.Redirect(w, r, next, http.StatusSeeOther)
}

// signOut ends the session on the server, so no copy of its cookie opens
// it again; it needs the session's CSRF token, so another site cannot sign
// a user out either.
func (h *Handler) signOut(w http.ResponseWriter, r *http.Request) {
	to := "/login"
	if strings.HasPrefix(r.URL.Path, "/borger/") {
		to = "/borger/login"
	}
	sess, err := h.opt.Sessions.Read(r)
	if err != nil {
		h.opt.Sessions.Clear(w, session.Secure(r)) // nothing on the server to end
		http.Redirect(w, r, to, http.StatusSeeOther)
		return
	}
	if err := session.CheckCSRF(r, sess); err != nil {
		http.Error(w, "CSRF", http.StatusForbidden)
		return
	}
	if err := h.opt.Sessions.SignOut(w, r, sess); err != nil {
		h.opt.Logger.ErrorContext(r.Context(), "Sign-out failed", "err", err)
		http.Error(w, http.StatusText(http.StatusServiceUnavailable), http.StatusServiceUnavailable)
		return
	}
	if sess.Person != 0 {
		if slo := h.ssoLogoutURL(r, sess.Person, sess.SSOHint()); slo != "" {
			// On to the provider, by a page of ours: the shell's
			// form-action 'self' does not let the form's answer redirect
			// to another site.
			h.onward(w, r, "sso.signedOut", slo)
			return
		}
	}
	http.Redirect(w, r, to, http.StatusSeeOther)
}

// citizenSignInPage is the demo's stand-in for MitID on Jobnet: pick one of
// the demo citizens.
func (h *Handler) citizenSignInPage(w http.ResponseWriter, r *http.Request) {
	if !h.citizensOpen() {
		h.render(w, r, http.StatusNotFound, "citizen-closed.html", page{Title: "Planner"})
		return
	}
	h.render(w, r, http.StatusOK, "citizen-login.html", page{Title: translate(lang(r), "citizen.title"), People: h.opt.DemoCitizens})
}

// citizenSignIn starts a citizen session: the portal's token acting for
// the chosen citizen, whose CPR number the sealed cookie keeps (it is never
// in a URL or a form).
func (h *Handler) citizenSignIn(w http.ResponseWriter, r *http.Request) {
	if !h.citizensOpen() {
		http.NotFound(w, r)
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, 64<<10)
	l := lang(r)
	fail := func(status int, key string) {
		h.render(w, r, status, "citizen-login.html", page{Title: translate(l, "citizen.title"), People: h.opt.DemoCitizens, Error: translate(l, key)})
	}
	if !session.SameOrigin(r) {
		fail(http.StatusForbidden, "signin.foreign")
		return
	}
	id, err := strconv.ParseInt(r.PostFormValue("citizen"), 10, 64)
	known := false
	for _, c := range h.opt.DemoCitizens {
		known = known || int64(c.ID) == id
	}
	if err != nil || !known {
		fail(http.StatusBadRequest, "citizen.choose")
		return
	}
	hash := httpapi.HashToken(h.opt.PortalToken)
	tok, err := h.opt.Store.FindTokenByHash(r.Context(), hash)
	if err != nil {
		fail(http.StatusServiceUnavailable, "citizen.closed")
		return
	}
	c, err := h.opt.Store.FindCitizen(r.Context(), tok.JobcenterID, planner.CitizenID(id))
	if err != nil {
		fail(http.StatusBadRequest, "citizen.choose")
		return
	}
	if _, err := h.opt.Sessions.SignIn(w, r, session.Citizen, hash, c.CPR.Digits()); err != nil {
		h.opt.Logger.ErrorContext(r.Context(), "Sign-in failed", "err", err)
		fail(http.StatusServiceUnavailable, "citizen.closed")
		return
	}
	http.Redirect(w, r, "/borger/", http.StatusSeeOther)
}
