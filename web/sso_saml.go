package web

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/planner-dk/planner/identity"
	"github.com/planner-dk/planner/identity/saml"
	"github.com/planner-dk/planner/planner"
	"github.com/planner-dk/planner/planner/session"
)

// samlProtocol is sign-in through a SAML IdP to the OIOSAML 3 profile.
type samlProtocol struct{ *saml.SP }

// newSAML makes the service provider of a SAML IdP: its entity ID is its
// metadata's URL, /sso/{id}/metadata; its ACS /sso/{id}/acs; its single
// logout /sso/{id}/slo. The IdP's metadata is the provider's, or fetched
// from its URL.
func (h *Handler) newSAML(ctx context.Context, p planner.IdentityProvider, base string) (protocol, error) {
	if len(h.opt.SAMLKeys) == 0 {
		return nil, errNoSAML
	}
	md := []byte(p.Metadata)
	if len(md) == 0 {
		var err error
		if md, err = fetchMetadata(ctx, p.MetadataURL); err != nil {
			return nil, err
		}
	}
	sp, err := saml.New(saml.Config{EntityID: base + p.SSOPath("metadata"), ACSURL: base + p.SSOPath("acs"),
		SLOURL: base + p.SSOPath("slo"), Keys: h.opt.SAMLKeys, IdPMetadata: md, MinAssurance: p.MinAssurance,
		RequireOIOSAML: true, Once: h.opt.Store})
	if err != nil {
		return nil, fmt.Errorf("provider %d: %w", p.ID, err)
	}
	return samlProtocol{sp}, nil
}

// fetchMetadata reads an IdP's metadata from its URL.
func fetchMetadata(ctx context.Context, url string) ([]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, fmt.Errorf("the IdP's metadata: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("the IdP's metadata at %s: HTTP %d", url, resp.StatusCode)
	}
	return io.ReadAll(io.LimitReader(resp.Body, 1<<20))
}

// LogoutURL sends a signed LogoutRequest for the person to the IdP.
func (s samlProtocol) LogoutURL(ctx context.Context, p planner.Person, sessionIndex, _ string) (string, error) {
	return s.SP.LogoutURL(ctx, p.Subject, sessionIndex)
}

// samlProviderOf is providerOf for a SAML provider's endpoints: another
// provider's answer 404.
func (h *Handler) samlProviderOf(w http.ResponseWriter, r *http.Request) (planner.IdentityProvider, samlProtocol, bool) {
	p, proto, ok := h.providerOf(w, r)
	if !ok {
		return p, samlProtocol{}, false
	}
	sp, isSAML := proto.(samlProtocol)
	if !isSAML {
		http.NotFound(w, r)
	}
	return p, sp, isSAML
}

// samlMetadata answers GET /sso/{id}/metadata: the service provider's
// metadata, for the IdP's administrator.
func (h *Handler) samlMetadata(w http.ResponseWriter, r *http.Request) {
	_, sp, ok := h.samlProviderOf(w, r)
	if !ok {
		return
	}
	w.Header().Set("Content-Type", "application/samlmetadata+xml")
	_, _ = w.Write(sp.Metadata())
}

// samlLogout answers the IdP at /sso/{id}/slo: its LogoutRequest ends the
// person's sessions here (every one of them) and goes back to the IdP
// with the answer; its answer to our LogoutRequest ends at the sign-in page.
func (h *Handler) samlLogout(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 1<<20)
	p, sp, ok := h.samlProviderOf(w, r)
	if !ok {
		return
	}
	ev, back, err := sp.HandleLogout(r.Context(), r)
	if err != nil {
		h.opt.Logger.WarnContext(r.Context(), "Single logout refused", "provider", p.ID, "rule", identity.RuleOf(err), "err", err)
		http.Error(w, "logout refused", http.StatusBadRequest)
		return
	}
	if ev.NameID != "" {
		n, err := h.opt.Store.EndPersonSessions(r.Context(), p.ID, ev.NameID)
		if err != nil {
			h.unavailable(w, r, err)
			return
		}
		h.opt.Logger.InfoContext(r.Context(), "Single logout", "provider", p.ID, "sessions", n)
		h.opt.Sessions.Clear(w, session.Secure(r))
	}
	if back == "" {
		back = "/login"
	}
	http.Redirect(w, r, back, http.StatusSeeOther)
}
