package planner

import (
	"testing"
)

// TestRoleFor: a person's role comes from the provider's map only — the
// strongest mapped value wins, and a person with no mapped value gets no
// role at all (issue 20: refused, never given a default).
func TestRoleFor(t *testing.T) {
	p := IdentityProvider{RoleMap: map[string]Role{
		"planner-admins": RoleAdmin, "planner-advisors": RoleAdvisor, "drift": RoleOperator}}
	tests := []struct {
		name   string
		values []string
		want   Role
		ok     bool
	}{
		{"one mapped group gives its role", []string{"planner-advisors"}, RoleAdvisor, true},
		{"unmapped groups are ignored", []string{"all-staff", "drift"}, RoleOperator, true},
		{"admin is stronger than advisor, whatever the order", []string{"planner-advisors", "planner-admins"}, RoleAdmin, true},
		{"advisor is stronger than operator", []string{"drift", "planner-advisors"}, RoleAdvisor, true},
		{"no mapped value: no role", []string{"all-staff"}, "", false},
		{"no values: no role", nil, "", false},
		{"values are compared exactly", []string{"Planner-Admins"}, "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := p.RoleFor(tc.values)
			if got != tc.want || ok != tc.ok {
				t.Errorf("RoleFor(%q) = %q, %v; want %q, %v", tc.values, got, ok, tc.want, tc.ok)
			}
		})
	}
}

// TestIdentityProviderValidate: a provider's errors name the field.
func TestIdentityProviderValidate(t *testing.T) {
	ok := IdentityProvider{JobcenterID: 1, Name: "Glostrup Kommune", Kind: OIDC, Issuer: "https://adfs.glostrup.dk/adfs",
		ClientID: "planner", RoleMap: map[string]Role{"g": RoleAdvisor}}
	if err := ok.Validate(); err != nil {
		t.Fatalf("valid provider: %v", err)
	}
	tests := []struct {
		field  string
		change func(p *IdentityProvider)
	}{
		{"name", func(p *IdentityProvider) { p.Name = " " }},
		{"kind", func(p *IdentityProvider) { p.Kind = "ldap" }},
		{"issuer", func(p *IdentityProvider) { p.Issuer = "http://adfs.glostrup.dk/adfs" }}, // http only on this machine
		{"clientId", func(p *IdentityProvider) { p.ClientID = "" }},
		{"roleMap", func(p *IdentityProvider) { p.RoleMap = nil }},
		{"roleMap", func(p *IdentityProvider) { p.RoleMap = map[string]Role{"g": RolePortal} }},
		{"minAssurance", func(p *IdentityProvider) { p.MinAssurance = "substantial" }},
		{"metadataUrl", func(p *IdentityProvider) { p.Kind, p.Issuer = SAML, "" }},
		{"metadata", func(p *IdentityProvider) { p.Kind, p.Metadata = SAML, "<html/>" }},
	}
	for _, tc := range tests {
		t.Run(tc.field, func(t *testing.T) {
			p := ok
			tc.change(&p)
			assertField(t, p.Validate(), tc.field)
		})
	}
	local := ok
	local.Issuer = "http://127.0.0.1:9000/"
	if err := local.Validate(); err != nil {
		t.Errorf("a provider on this machine may use http: %v", err)
	}
}
