package httpapi_test

import (
	"context"
	"strings"
	"testing"
)

// TestGraphApp: issue 12 — an admin sets the job centre's Graph app
// registration; the secret is write-only, kept when left out and never
// shown again; errors name the field; another job centre's answers like a
// missing one, and only admins reach it.
func TestGraphApp(t *testing.T) {
	a := newAPI(t)
	path := "/api/jobcenters/" + itoa(int64(a.jc.ID)) + "/graph-app"
	const clientSecret = "Xy8Q~graph-client-secret"
	app := map[string]any{"tenantId": "glostrup.onmicrosoft.com", "clientId": "0a1b2c3d-4e5f-6789-abcd-ef0123456789", "secret": clientSecret}
	if code, body := a.do("admin", "GET", path, nil); code != 404 {
		t.Errorf("GET before any is set = %d %v, want 404", code, body)
	}
	code, body := a.do("admin", "PUT", path, app)
	if code != 200 || body["hasSecret"] != true || body["tenantId"] != "glostrup.onmicrosoft.com" {
		t.Fatalf("PUT = %d %v, want the registration with hasSecret", code, body)
	}
	if _, ok := body["secret"]; ok {
		t.Errorf("PUT answers the secret: %v", body)
	}
	code, body = a.do("admin", "PUT", path, map[string]any{"tenantId": "glostrup.onmicrosoft.com", "clientId": "0a1b2c3d-4e5f-6789-abcd-ef0123456789", "graphUrl": "http://127.0.0.1:9000/v1.0"})
	if code != 200 || body["hasSecret"] != true || body["graphUrl"] != "http://127.0.0.1:9000/v1.0" {
		t.Errorf("PUT without the secret = %d %v, want the change with the secret kept", code, body)
	}
	got, err := a.db.FindGraphApp(context.Background(), a.jc.ID)
	must(t, err)
	if got.Secret != clientSecret {
		t.Errorf("stored secret = %q, want the one first given", got.Secret)
	}
	foreign := "/api/jobcenters/" + itoa(int64(a.jc2.ID)) + "/graph-app"
	tests := []struct {
		name, who, method, path string
		body                    any
		want                    int
		field                   string
	}{
		{"GET answers without the secret", "admin", "GET", path, nil, 200, ""},
		{"the tenant is required", "admin", "PUT", path, map[string]any{"clientId": app["clientId"], "secret": "x"}, 422, "tenantId"},
		{"the client id is a GUID", "admin", "PUT", path, map[string]any{"tenantId": app["tenantId"], "clientId": "planner", "secret": "x"}, 422, "clientId"},
		{"the token URL is an http(s) URL", "admin", "PUT", path, map[string]any{"tenantId": app["tenantId"], "clientId": app["clientId"], "tokenUrl": "login"}, 422, "tokenUrl"},
		{"an unknown field is refused", "admin", "PUT", path, map[string]any{"tenantId": app["tenantId"], "clientId": app["clientId"], "clientSecret": "x"}, 422, "clientSecret"},
		{"another job centre's answers like a missing one", "admin", "GET", foreign, nil, 404, ""},
		{"another job centre's cannot be set", "admin", "PUT", foreign, app, 404, ""},
		{"another job centre's admin does not see it", "foreign", "GET", path, nil, 404, ""},
		{"only an admin reaches it", "portal", "GET", path, nil, 403, ""},
		{"a bad id names the field", "admin", "GET", "/api/jobcenters/x/graph-app", nil, 422, "id"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, body := a.do(tc.who, tc.method, tc.path, tc.body)
			if code != tc.want || (tc.field != "" && body["field"] != tc.field) {
				t.Fatalf("%s %s as %s = %d %v, want %d on %q", tc.method, tc.path, tc.who, code, body, tc.want, tc.field)
			}
			for k, v := range body {
				if s, ok := v.(string); ok && (strings.Contains(s, clientSecret) || k == "secret") {
					t.Errorf("the answer shows the secret: %v", body)
				}
			}
		})
	}
	// the PUT on job centre 2's path stored nothing there
	if _, err := a.db.FindGraphApp(context.Background(), a.jc2.ID); err == nil {
		t.Error("a PUT on another job centre's path stored a registration there")
	}
}

// TestGraphCalendarConnection: issue 12 — an advisor's calendar of kind
// graph names the mailbox (UPN) and carries no secret of its own.
func TestGraphCalendarConnection(t *testing.T) {
	a := newAPI(t)
	path := "/api/advisors/" + itoa(int64(a.advisors[0])) + "/calendar"
	if code, body := a.do("admin", "PUT", path, map[string]any{"kind": "caldav", "url": "https://dav.example.dk/bo/", "username": "bo", "secret": "pw"}); code != 200 {
		t.Fatalf("PUT caldav = %d %v", code, body)
	}
	if code, body := a.do("admin", "PUT", path, map[string]any{"kind": "graph"}); code != 422 || body["field"] != "username" {
		t.Errorf("graph without a mailbox = %d %v, want 422 on username", code, body)
	}
	if code, body := a.do("admin", "PUT", path, map[string]any{"kind": "graph", "username": "bo@glostrup.dk", "secret": "pw"}); code != 422 || body["field"] != "secret" {
		t.Errorf("graph with a secret = %d %v, want 422 on secret", code, body)
	}
	code, body := a.do("admin", "PUT", path, map[string]any{"kind": "graph", "username": "bo@glostrup.dk"})
	if code != 200 {
		t.Fatalf("PUT graph (the CalDAV password not carried over) = %d %v", code, body)
	}
	cal, _ := body["calendar"].(map[string]any)
	if cal["kind"] != "graph" || cal["username"] != "bo@glostrup.dk" {
		t.Errorf("calendar = %v, want the graph mailbox", cal)
	}
}
