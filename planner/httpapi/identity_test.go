package httpapi_test

import (
	"context"
	"strings"
	"testing"

	"github.com/planner-dk/planner/planner"
)

// TestIdentityProviderAdministration: issue 20 point 3 — an administrator
// configures the job centre's identity providers; the client secret is
// write-only and kept when left out; another job centre sees none of it.
func TestIdentityProviderAdministration(t *testing.T) {
	a := newAPI(t)
	body := map[string]any{"name": "Glostrup Kommune", "kind": "oidc", "issuer": "https://login.microsoftonline.com/0a1b2c3d-4e5f-6789-abcd-ef0123456789/v2.0",
		"clientId": "7c1e…planner", "clientSecret": "Xy8Q~never-shown", "subjectClaim": "oid", "roleClaim": "roles",
		"roleMap": map[string]string{"Planner.Advisor": "advisor", "Planner.Admin": "admin"}, "advisorClaim": "upn"}
	code, p := a.do("admin", "POST", "/api/identity-providers", body)
	if code != 201 || p["hasSecret"] != true || p["clientSecret"] != nil {
		t.Fatalf("POST = %d %v", code, p)
	}
	id := itoa(int64(p["id"].(float64)))
	if ep, _ := p["endpoints"].(map[string]any); ep["redirect"] != "/sso/"+id+"/callback" || ep["start"] != "/sso/"+id+"/start" {
		t.Errorf("endpoints = %v", p["endpoints"])
	}
	t.Run("the secret is never answered", func(t *testing.T) {
		code, list := a.do("admin", "GET", "/api/identity-providers", nil)
		if code != 200 || strings.Contains(jsonString(list), "Xy8Q") || len(list["providers"].([]any)) != 1 {
			t.Errorf("GET = %d %v", code, list)
		}
	})
	t.Run("a change without the secret keeps it", func(t *testing.T) {
		body["clientSecret"], body["name"] = nil, "Glostrup (Entra ID)"
		code, p := a.do("admin", "PUT", "/api/identity-providers/"+id, body)
		if code != 200 || p["hasSecret"] != true || p["name"] != "Glostrup (Entra ID)" {
			t.Errorf("PUT = %d %v", code, p)
		}
		stored, err := a.db.FindIdentityProvider(context.Background(), planner.IdentityProviderID(p["id"].(float64)))
		must(t, err)
		if stored.ClientSecret != "Xy8Q~never-shown" {
			t.Error("the secret was not kept")
		}
	})
	t.Run("bad input names the field", func(t *testing.T) {
		for field, change := range map[string]func(map[string]any){
			"roleMap":      func(b map[string]any) { b["roleMap"] = map[string]string{"x": "portal"} },
			"issuer":       func(b map[string]any) { b["issuer"] = "http://adfs.glostrup.dk/adfs" },
			"kind":         func(b map[string]any) { b["kind"] = "ldap" },
			"minAssurance": func(b map[string]any) { b["minAssurance"] = "medium" },
		} {
			bad := map[string]any{}
			for k, v := range body {
				bad[k] = v
			}
			change(bad)
			if code, p := a.do("admin", "POST", "/api/identity-providers", bad); code != 422 || p["field"] != field {
				t.Errorf("%s: %d %v", field, code, p)
			}
		}
	})
	t.Run("another job centre sees and changes none of it", func(t *testing.T) {
		if _, list := a.do("foreign", "GET", "/api/identity-providers", nil); len(list["providers"].([]any)) != 0 {
			t.Errorf("foreign list = %v", list)
		}
		if code, _ := a.do("foreign", "PUT", "/api/identity-providers/"+id, body); code != 404 {
			t.Errorf("foreign PUT = %d", code)
		}
		if code, _ := a.do("foreign", "DELETE", "/api/identity-providers/"+id, nil); code != 404 {
			t.Errorf("foreign DELETE = %d", code)
		}
	})
	t.Run("only an administrator", func(t *testing.T) {
		if code, _ := a.do("portal", "GET", "/api/identity-providers", nil); code != 403 {
			t.Errorf("portal GET = %d", code)
		}
	})
	if code, _ := a.do("admin", "DELETE", "/api/identity-providers/"+id, nil); code != 204 {
		t.Errorf("DELETE = %d", code)
	}
}

// TestPeopleAndTokens: an administrator sees who signed in and disables a
// person; lists the tokens without secrets and revokes one, which the API
// refuses from then on.
func TestPeopleAndTokens(t *testing.T) {
	a := newAPI(t)
	ctx := context.Background()
	p := planner.IdentityProvider{JobcenterID: a.jc.ID, Name: "Glostrup", Kind: planner.OIDC, Issuer: "https://idp.glostrup.dk",
		ClientID: "planner", ClientSecret: "s", RoleMap: map[string]planner.Role{"g": planner.RoleAdvisor}}
	must(t, a.db.CreateIdentityProvider(ctx, &p))
	person := planner.Person{JobcenterID: a.jc.ID, ProviderID: p.ID, Subject: "bo", Name: "Bo Poulsen", Role: planner.RoleAdvisor}
	must(t, a.db.SignInPerson(ctx, &person))
	path := "/api/people/" + itoa(int64(person.ID))
	if code, list := a.do("admin", "GET", "/api/people", nil); code != 200 || len(list["people"].([]any)) != 1 {
		t.Errorf("GET people = %d %v", code, list)
	}
	if code, got := a.do("admin", "PUT", path, map[string]any{"disabled": true}); code != 200 || got["disabled"] != true {
		t.Errorf("disable = %d %v", code, got)
	}
	if code, _ := a.do("foreign", "PUT", path, map[string]any{"disabled": false}); code != 404 {
		t.Errorf("foreign enable = %d", code)
	}

	code, list := a.do("admin", "GET", "/api/tokens", nil)
	if code != 200 || strings.Contains(jsonString(list), a.tokens["portal"]) || strings.Contains(jsonString(list), "hash") {
		t.Fatalf("GET tokens = %d %v", code, list)
	}
	var portal string
	for _, tok := range list["tokens"].([]any) {
		if tok.(map[string]any)["name"] == "portal" {
			portal = itoa(int64(tok.(map[string]any)["id"].(float64)))
		}
	}
	if code, _ := a.do("portal", "GET", "/api/session", nil); code != 200 {
		t.Fatalf("the portal's token before: %d", code)
	}
	if code, _ := a.do("admin", "DELETE", "/api/tokens/"+portal, nil); code != 204 {
		t.Errorf("revoke = %d", code)
	}
	if code, _ := a.do("portal", "GET", "/api/session", nil); code != 401 {
		t.Errorf("a revoked token = %d, want 401", code)
	}
}
