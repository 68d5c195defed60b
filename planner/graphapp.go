package planner

import (
	"net/url"
	"strings"
)

// GraphApp is a job centre's app registration in Microsoft Entra ID, through which Planner reads and writes its advisors' Exchange Online calendars (application permission Calendars.ReadWrite).
type GraphApp struct {
	TenantID string `json:"tenantId"` // a GUID or a verified domain
	ClientID string `json:"clientId"` // the application (client) id, a GUID
	Secret   string `json:"-"`        // the client secret: sealed at rest, never shown again
	// TokenURL overrides https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token (a national cloud, or a test double)
	TokenURL string `json:"tokenUrl,omitempty"`
	// GraphURL overrides https://graph.microsoft.com/v1.0
	GraphURL  string `json:"graphUrl,omitempty"`
	HasSecret bool   `json:"hasSecret"` // set by the store on read: a secret is stored
}

// Validate checks the registration; errors name the field. The secret is
// not checked here: SetGraphApp keeps the stored one when it is empty, and
// the store refuses a registration that would be left without one.
func (g GraphApp) Validate() error {
	switch {
	case g.TenantID == "":
		return fieldErr("tenantId", "is required", "er påkrævet")
	case !isGUID(g.TenantID) && !isDomain(g.TenantID):
		return fieldErr("tenantId", "must be a directory (tenant) id or a verified domain such as glostrup.onmicrosoft.com",
			"skal være et mappe-id (tenant-id) eller et bekræftet domæne som glostrup.onmicrosoft.com")
	case g.ClientID == "":
		return fieldErr("clientId", "is required", "er påkrævet")
	case !isGUID(g.ClientID):
		return fieldErr("clientId", "must be the application (client) id, a GUID", "skal være programmets klient-id, et GUID")
	case len(g.Secret) > 1024 || strings.ContainsAny(g.Secret, "\r\n"):
		return fieldErr("secret", "must be the client secret's value, on one line", "skal være klienthemmelighedens værdi på én linje")
	case g.TokenURL != "" && !httpURL(g.TokenURL):
		return fieldErr("tokenUrl", "must be an http or https URL", "skal være en http- eller https-URL")
	case g.GraphURL != "" && !httpURL(g.GraphURL):
		return fieldErr("graphUrl", "must be an http or https URL", "skal være en http- eller https-URL")
	}
	return nil
}

// isGUID reports whether s is a GUID in its 8-4-4-4-12 hex form.
func isGUID(s string) bool {
	if len(s) != 36 {
		return false
	}
	for i, r := range s {
		switch {
		case i == 8 || i == 13 || i == 18 || i == 23:
			if r != '-' {
				return false
			}
		case !strings.ContainsRune("0123456789abcdefABCDEF", r):
			return false
		}
	}
	return true
}

// isDomain reports whether s looks like a DNS name with at least two labels.
func isDomain(s string) bool {
	labels := strings.Split(s, ".")
	if len(labels) < 2 || len(s) > 253 {
		return false
	}
	for _, l := range labels {
		if l == "" || len(l) > 63 || l[0] == '-' || l[len(l)-1] == '-' {
			return false
		}
		for _, r := range l {
			if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-') {
				return false
			}
		}
	}
	return true
}

// httpURL reports whether s is an absolute http or https URL with a host.
func httpURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}
