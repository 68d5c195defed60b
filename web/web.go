// Package web serves Planner's UI from the binary: the advisors' and
// administrators' screens under /, the citizens' self-booking pages (the
// demo's Jobnet stand-in) under /borger/, their sign-in pages and the
// built assets, with the API mounted under /api.
//
// The screens are a TypeScript application (src/, built into dist/ by
// build.mjs and committed) that reads and writes only through the JSON
// API, so the rules, the validation and their Danish messages exist once,
// in package planner and its API. What this package renders itself is
// the shell each screen starts from and the sign-in pages, which work
// without script. Every page is sent with a strict Content-Security-Policy:
// no inline script, styles only from the binary or with the page's nonce.
package web

import (
	"bytes"
	"crypto/rand"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"net/url"
	"path"
	"strings"

	"github.com/planner-dk/planner/identity/saml"
	"github.com/planner-dk/planner/planner"
	"github.com/planner-dk/planner/planner/session"
)

//go:embed dist templates
var files embed.FS

// DemoCitizen is a citizen the demo's Jobnet stand-in lets one act as.
type DemoCitizen struct {
	ID   planner.CitizenID
	Name string
	Note string // what makes the citizen worth picking, e.g. "28 år, dagpenge"
}

// Options configure the UI.
type Options struct {
	// API serves /api/ and the open routes (/healthz, /readyz, /metrics,
	// /openapi.json).
	API http.Handler
	// Store finds the token a sign-in names and the demo's citizens.
	Store planner.Store
	// Sessions seals the session cookies; the API must be given the same.
	Sessions *session.Codec
	Logger   *slog.Logger
	// PortalToken, with DemoCitizens, opens the citizens' pages: a visitor
	// picks a demo citizen and acts as the portal acting for them. A real
	// deployment leaves it empty; citizens then book on Jobnet itself.
	PortalToken  string
	DemoCitizens []DemoCitizen
	// PublicURL is the address Planner is reached at, e.g.
	// https://planner.glostrup.dk: the identity providers' callbacks are
	// under it. Empty: each request's own scheme and host.
	PublicURL string
	// TokenSignIn keeps the sign-in with an API token open although
	// identity providers are configured (without any, it is always open).
	TokenSignIn bool
	// SAMLKeys are the SAML service provider's keys and certificates: the
	// first signs and is encrypted to, all are published and decrypt (a
	// certificate rollover). Without them SAML providers cannot be used.
	SAMLKeys []saml.KeyPair
}

// Handler is the UI and the API as one http.Handler.
type Handler struct {
	opt    Options
	sso    protocols
	mux    *http.ServeMux
	pages  *template.Template
	assets map[string]asset
}

type asset struct {
	body []byte
	etag string
	kind string
}

// New returns the UI handler.
func New(opt Options) (*Handler, error) {
	if opt.Logger == nil {
		opt.Logger = slog.New(slog.DiscardHandler)
	}
	pages, err := template.New("").Funcs(template.FuncMap{"t": translate, "danishTime": danishTime}).ParseFS(files, "templates/*.html")
	if err != nil {
		return nil, err
	}
	h := &Handler{opt: opt, mux: http.NewServeMux(), pages: pages, assets: map[string]asset{}}
	if err := h.loadAssets(); err != nil {
		return nil, err
	}
	for _, m := range []string{"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"} {
		h.mux.Handle(m+" /api/", opt.API) // by method, so that GET / below is the less specific
	}
	for _, p := range []string{"GET /healthz", "GET /readyz", "GET /metrics", "GET /openapi.json"} {
		h.mux.Handle(p, opt.API)
	}
	h.mux.HandleFunc("GET /assets/{path...}", h.serveAsset)
	h.mux.HandleFunc("GET /login", h.signInPage)
	h.mux.HandleFunc("POST /login", h.signIn)
	h.mux.HandleFunc("POST /logout", h.signOut)
	h.mux.HandleFunc("GET /sso/{id}/start", h.ssoStart)
	h.mux.HandleFunc("GET /sso/{id}/callback", h.ssoFinish)
	h.mux.HandleFunc("POST /sso/{id}/acs", h.ssoFinish)
	h.mux.HandleFunc("GET /sso/{id}/metadata", h.samlMetadata)
	h.mux.HandleFunc("GET /sso/{id}/slo", h.samlLogout)
	h.mux.HandleFunc("POST /sso/{id}/slo", h.samlLogout)
	h.mux.HandleFunc("GET /borger/login", h.citizenSignInPage)
	h.mux.HandleFunc("POST /borger/login", h.citizenSignIn)
	h.mux.HandleFunc("POST /borger/logout", h.signOut)
	h.mux.HandleFunc("GET /borger/{path...}", h.citizenShell)
	h.mux.HandleFunc("GET /{path...}", h.staffShell)
	return h, nil
}

// ServeHTTP implements http.Handler.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) { h.mux.ServeHTTP(w, r) }

// loadAssets reads dist/ once, with a content hash per file as its ETag.
func (h *Handler) loadAssets() error {
	return fs.WalkDir(files, "dist", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := files.ReadFile(p)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(b)
		h.assets[strings.TrimPrefix(p, "dist/")] = asset{body: b, etag: `"` + hex.EncodeToString(sum[:8]) + `"`, kind: contentType(p)}
		return nil
	})
}

func contentType(p string) string {
	switch path.Ext(p) {
	case ".js":
		return "text/javascript; charset=utf-8"
	case ".css":
		return "text/css; charset=utf-8"
	case ".svg":
		return "image/svg+xml"
	case ".png":
		return "image/png"
	case ".woff2":
		return "font/woff2"
	case ".woff":
		return "font/woff"
	case ".map", ".json":
		return "application/json"
	}
	return "application/octet-stream"
}

// serveAsset answers an embedded file, revalidated by its ETag.
func (h *Handler) serveAsset(w http.ResponseWriter, r *http.Request) {
	a, ok := h.assets[r.PathValue("path")]
	if !ok {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", a.kind)
	w.Header().Set("ETag", a.etag)
	w.Header().Set("Cache-Control", "no-cache")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	if r.Header.Get("If-None-Match") == a.etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	_, _ = w.Write(a.body)
}

// page is what every rendered page's template gets.
type page struct {
	Lang   string
	Nonce  string
	Title  string
	Error  string
	Next   string
	Script string // the screen bundle, e.g. "app.js"
	Style  string // the DKFDS theme, e.g. "dkfds-virkdk.min.css"
	Portal bool   // the citizens' pages are open
	Switch string // the language switch's address
	People []DemoCitizen
	// Providers are the identity providers to sign in with; TokenForm
	// shows the sign-in with an API token.
	Providers  []planner.IdentityProvider
	TokenForm  bool
	TokenError string   // the token form's error, shown at its field
	Refusal    *refusal // a refused sign-in
}

// render writes a page with the security headers and a fresh nonce.
func (h *Handler) render(w http.ResponseWriter, r *http.Request, status int, name string, p page) {
	p.Lang = lang(r)
	p.Nonce = nonce()
	p.Portal = h.citizensOpen()
	q := r.URL.Query() // the language switch keeps the rest of the address (next, above all)
	q.Set("lang", translate(p.Lang, "lang.otherCode"))
	p.Switch = "?" + q.Encode()
	var buf bytes.Buffer
	if err := h.pages.ExecuteTemplate(&buf, name, p); err != nil {
		h.opt.Logger.ErrorContext(r.Context(), "Page not rendered", "page", name, "error", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	secure(w, p.Nonce)
	if q := r.URL.Query().Get("lang"); q == "da" || q == "en" { // the language switch of a page without script
		http.SetCookie(w, &http.Cookie{Name: LangCookie, Value: q, Path: "/", MaxAge: 365 * 24 * 3600, SameSite: http.SameSiteStrictMode})
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_, _ = w.Write(buf.Bytes())
}

// secure sets the headers every page carries: the CSP (script only from
// the binary; styles from it or with the page's nonce, which FullCalendar
// reads from <meta name="csp-nonce">), no framing, no referrer, no sniffing.
func secure(w http.ResponseWriter, nonce string) {
	h := w.Header()
	h.Set("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self' 'nonce-"+nonce+"'; "+
		"img-src 'self' data:; font-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
	h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
}

func nonce() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b) // hex: nothing html/template would escape

}

// staffShell answers every screen's address with the application shell,
// or sends a visitor without a session to the sign-in page.
func (h *Handler) staffShell(w http.ResponseWriter, r *http.Request) {
	sess, err := h.opt.Sessions.Read(r)
	if err == nil {
		_, err = h.actor(r, sess)
	}
	if err != nil || sess.Kind != session.Staff {
		http.Redirect(w, r, "/login?next="+url.QueryEscape(safeNext(r.URL.RequestURI())), http.StatusSeeOther)
		return
	}
	if err := h.opt.Sessions.Touch(r.Context(), sess); err != nil { // opening a screen is the user's doing
		h.opt.Logger.WarnContext(r.Context(), "Session not renewed", "err", err)
	}
	h.render(w, r, http.StatusOK, "shell.html", page{Title: "Planner", Script: "app.js", Style: "dkfds-virkdk.min.css"})
}

// citizenShell answers the citizens' pages with their shell.
func (h *Handler) citizenShell(w http.ResponseWriter, r *http.Request) {
	if !h.citizensOpen() {
		h.render(w, r, http.StatusNotFound, "citizen-closed.html", page{Title: "Planner"})
		return
	}
	sess, err := h.opt.Sessions.Read(r)
	if err == nil {
		_, err = h.actor(r, sess)
	}
	if err != nil || sess.Kind != session.Citizen {
		http.Redirect(w, r, "/borger/login", http.StatusSeeOther)
		return
	}
	if err := h.opt.Sessions.Touch(r.Context(), sess); err != nil {
		h.opt.Logger.WarnContext(r.Context(), "Session not renewed", "err", err)
	}
	h.render(w, r, http.StatusOK, "shell.html", page{Title: "Mine møder", Script: "citizen.js", Style: "dkfds-borgerdk.min.css"})
}

func (h *Handler) citizensOpen() bool { return h.opt.PortalToken != "" && len(h.opt.DemoCitizens) > 0 }

// safeNext keeps a return address on this site: a path, never a host.
// It is parsed, not matched: a control character or a backslash (which
// browsers drop or read as a slash, making "/\t/evil.example" a host) is
// refused outright.
func safeNext(next string) string {
	odd := func(r rune) bool { return r < 0x20 || r == 0x7f || r == '\\' }
	if strings.ContainsFunc(next, odd) {
		return "/"
	}
	u, err := url.Parse(next)
	if err != nil || strings.ContainsFunc(u.Path, odd) || u.Scheme != "" || u.Host != "" || u.Opaque != "" || !strings.HasPrefix(u.Path, "/") ||
		strings.HasPrefix(u.Path, "//") || strings.HasPrefix(u.Path, "/login") || strings.HasPrefix(next, "//") {
		return "/"
	}
	return next
}
