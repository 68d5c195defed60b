package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
)

// TestIdPPersonAndTokenCommands: issue 20 — the CLI adds a job centre's
// identity provider (the client secret from stdin, never shown), lists
// and removes it, disables a person and lists and revokes tokens.
func TestIdPPersonAndTokenCommands(t *testing.T) {
	env := map[string]string{"PLANNER_DATABASE_URL": filepath.Join(t.TempDir(), "planner.db")}
	if code, out, errs := run(t, env, "", "jobcenter", "-name", "Jobcenter Glostrup", "-prefix", "10100"); code != 0 {
		t.Fatalf("jobcenter = %d %s %s", code, out, errs)
	}
	const clientSecret = "Xy8Q~oidc-client-secret"
	add := []string{"idp", "add", "-jobcenter", "1", "-name", "Glostrup Kommune", "-issuer", "https://adfs.glostrup.dk/adfs", "-client", "planner",
		"-role", "planner-advisors=advisor", "-role", "planner-admins=admin", "-advisor-claim", "upn"}
	if code, _, errs := run(t, env, "\n", add...); code == 0 || !strings.Contains(errs, "clientSecret") {
		t.Errorf("an OpenID provider without a secret = %d %q, want an error naming clientSecret", code, errs)
	}
	if code, _, errs := run(t, env, clientSecret+"\n", append(add[:len(add):len(add)], "-role", "x=portal")...); code == 0 || !strings.Contains(errs, "roleMap") {
		t.Errorf("a role map to the portal role = %d %q, want an error naming roleMap", code, errs)
	}
	code, out, errs := run(t, env, clientSecret+"\n", add...)
	if code != 0 || !strings.Contains(out, "/sso/1/callback") || strings.Contains(out+errs, clientSecret) {
		t.Fatalf("idp add = %d %q %q", code, out, errs)
	}
	if code, out, _ := run(t, env, "", "idp", "list", "-jobcenter", "1"); code != 0 || !strings.Contains(out, "Glostrup Kommune") || !strings.Contains(out, "2 mapped values") {
		t.Errorf("idp list = %d %q", code, out)
	}

	db, err := openDatabase(context.Background(), ConfigFromEnv(func(k string) string { return env[k] }), discardLogger())
	must(t, err)
	p, err := db.FindIdentityProvider(context.Background(), 1)
	must(t, err)
	if p.ClientSecret != clientSecret || p.RoleMap["planner-admins"] != "admin" {
		t.Errorf("stored provider %+v", p)
	}
	db.close()

	if code, out, errs := run(t, env, "", "person", "disable", "-jobcenter", "1", "-id", "9"); code == 0 {
		t.Errorf("disabling nobody = %d %q %q", code, out, errs)
	}
	if code, out, errs := run(t, env, "", "token", "-jobcenter", "1", "-role", "admin", "-name", "drift"); code != 0 || len(strings.TrimSpace(out)) < 40 {
		t.Fatalf("token = %d %q %q", code, out, errs)
	}
	if code, out, _ := run(t, env, "", "token", "list", "-jobcenter", "1"); code != 0 || !strings.Contains(out, "1\tadmin\tdrift") {
		t.Errorf("token list = %d %q", code, out)
	}
	if code, out, _ := run(t, env, "", "token", "revoke", "-jobcenter", "1", "-id", "1"); code != 0 || !strings.Contains(out, "token 1 revoked") {
		t.Errorf("token revoke = %d %q", code, out)
	}
	if code, out, _ := run(t, env, "", "token", "list", "-jobcenter", "1"); code != 0 || strings.TrimSpace(out) != "" {
		t.Errorf("token list after revoking = %d %q", code, out)
	}
	if code, out, _ := run(t, env, "", "idp", "remove", "-jobcenter", "1", "-id", "1"); code != 0 || !strings.Contains(out, "removed") {
		t.Errorf("idp remove = %d %q", code, out)
	}
}
