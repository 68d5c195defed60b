package web

import (
	"context"

	"github.com/planner-dk/planner/identity/oidc"
	"github.com/planner-dk/planner/planner"
)

// oidcProtocol is sign-in through an OpenID provider.
type oidcProtocol struct{ *oidc.RP }

// newOIDC discovers the provider; its callback is /sso/{id}/callback.
func (h *Handler) newOIDC(ctx context.Context, p planner.IdentityProvider, base string) (protocol, error) {
	rp, err := oidc.New(ctx, oidc.Config{Issuer: p.Issuer, ClientID: p.ClientID, ClientSecret: p.ClientSecret,
		RedirectURL: base + p.SSOPath("callback"), SubjectClaim: p.SubjectClaim, RoleClaim: p.RoleClaim, Once: h.opt.Store})
	if err != nil {
		return nil, err
	}
	return oidcProtocol{rp}, nil
}

// LogoutURL is the provider's end-session endpoint (RP-initiated logout).
func (o oidcProtocol) LogoutURL(_ context.Context, _ planner.Person, idToken, after string) (string, error) {
	return o.RP.LogoutURL(idToken, after), nil
}
