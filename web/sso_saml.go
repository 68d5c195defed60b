package web

import (
	"context"

	"github.com/planner-dk/planner/planner"
)

// newSAML makes the service provider of a SAML IdP.
func (h *Handler) newSAML(ctx context.Context, p planner.IdentityProvider, base string) (protocol, error) {
	return nil, errNoSAML
}
