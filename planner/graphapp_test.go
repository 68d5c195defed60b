package planner

import (
	"errors"
	"strings"
	"testing"
)

// TestGraphAppValidate: a job centre's Graph app registration names its
// tenant and client; errors name the field, never the secret (issue 12).
func TestGraphAppValidate(t *testing.T) {
	const tenant, client = "6f1d3a52-2c4e-4b8a-9d0f-1e2b3c4d5e6f", "0a1b2c3d-4e5f-6789-abcd-ef0123456789"
	app := func(edit func(*GraphApp)) GraphApp {
		g := GraphApp{TenantID: tenant, ClientID: client, Secret: "Xy8Q~hemmelig"}
		edit(&g)
		return g
	}
	tests := []struct {
		name  string
		app   GraphApp
		field string
	}{
		{"issue 12 a valid registration", app(func(*GraphApp) {}), ""},
		{"issue 12 the tenant may be a verified domain", app(func(g *GraphApp) { g.TenantID = "glostrup.onmicrosoft.com" }), ""},
		{"issue 12 a national cloud or test double overrides the URLs", app(func(g *GraphApp) {
			g.TokenURL, g.GraphURL = "http://127.0.0.1:9000/token", "http://127.0.0.1:9000/v1.0"
		}), ""},
		{"issue 12 the secret may be left out to keep the stored one", app(func(g *GraphApp) { g.Secret = "" }), ""},
		{"issue 12 the tenant is required", app(func(g *GraphApp) { g.TenantID = "" }), "tenantId"},
		{"issue 12 the tenant is a GUID or a domain", app(func(g *GraphApp) { g.TenantID = "glostrup kommune" }), "tenantId"},
		{"issue 12 the client id is required", app(func(g *GraphApp) { g.ClientID = "" }), "clientId"},
		{"issue 12 the client id is a GUID", app(func(g *GraphApp) { g.ClientID = "planner" }), "clientId"},
		{"issue 12 the secret is one line", app(func(g *GraphApp) { g.Secret = "Xy8Q~\nhemmelig" }), "secret"},
		{"issue 12 the token URL is an http(s) URL", app(func(g *GraphApp) { g.TokenURL = "login.microsoftonline.com" }), "tokenUrl"},
		{"issue 12 the Graph URL is an http(s) URL", app(func(g *GraphApp) { g.GraphURL = "ftp://graph" }), "graphUrl"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.app.Validate()
			if tc.field == "" {
				if err != nil {
					t.Fatalf("Validate = %v, want nil", err)
				}
				return
			}
			var fe *FieldError
			if !errors.As(err, &fe) || fe.Field != tc.field || !errors.Is(err, ErrInvalid) {
				t.Fatalf("Validate = %v, want a FieldError on %s", err, tc.field)
			}
			if strings.Contains(err.Error(), "hemmelig") {
				t.Errorf("error %q shows the secret", err)
			}
		})
	}
}
