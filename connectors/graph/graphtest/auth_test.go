package graphtest

import (
	"encoding/json"
	"net/http"
	"net/url"
	"testing"
	"time"
)

func TestTokenEndpoint(t *testing.T) {
	f := mustStart(t, Options{})
	tests := []struct {
		name   string
		tenant string
		form   url.Values
		status int
		code   string
		aadsts float64
	}{
		{"§1.3 client credentials get a bearer token", tenantA, url.Values{"client_secret": {secret}}, 200, "", 0},
		{"a wrong secret is 401 invalid_client AADSTS7000215", tenantA, url.Values{"client_secret": {"nope"}}, 401, "invalid_client", 7000215},
		{"an unknown tenant is 400 invalid_request AADSTS90002", "nowhere.example", url.Values{"client_secret": {secret}}, 400, "invalid_request", 90002},
		{"an unknown client is 400 unauthorized_client", tenantA, url.Values{"client_secret": {secret}, "client_id": {"x"}}, 400, "unauthorized_client", 700016},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			form := url.Values{"grant_type": {"client_credentials"}, "client_id": {appID}, "scope": {"https://graph.microsoft.com/.default"}}
			for k, v := range tc.form {
				form[k] = v
			}
			resp, err := http.PostForm(f.TokenURL(tc.tenant), form)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			var body map[string]any
			_ = json.NewDecoder(resp.Body).Decode(&body)
			if resp.StatusCode != tc.status {
				t.Fatalf("status = %d, want %d (%v)", resp.StatusCode, tc.status, body)
			}
			if tc.status == 200 {
				if body["token_type"] != "Bearer" || body["expires_in"] != 3599.0 || body["access_token"] == "" {
					t.Fatalf("body = %v", body)
				}
				return
			}
			codes, _ := body["error_codes"].([]any)
			if body["error"] != tc.code || len(codes) != 1 || codes[0] != tc.aadsts {
				t.Fatalf("body = %v", body)
			}
		})
	}
	if got := f.TokenRequests(); got != 1+len(tests) {
		t.Errorf("TokenRequests = %d, want %d", got, 1+len(tests))
	}
}

func TestGraphAuth(t *testing.T) {
	f := mustStart(t, Options{})
	path := "/v1.0/users/" + upnA + "/events"
	t.Run("§1.6 an unknown token is 401 InvalidAuthenticationToken with WWW-Authenticate", func(t *testing.T) {
		good := f.token
		f.token = "garbage"
		defer func() { f.token = good }()
		r := f.do("GET", path, nil)
		if r.status != 401 || r.code() != "InvalidAuthenticationToken" || r.header.Get("WWW-Authenticate") == "" {
			t.Fatalf("status %d, code %s, WWW-Authenticate %q", r.status, r.code(), r.header.Get("WWW-Authenticate"))
		}
	})
	t.Run("§1.6 an expired token is 401", func(t *testing.T) {
		f.clock.Advance(time.Hour)
		defer func() { f.token = f.mustToken(tenantA) }()
		if r := f.do("GET", path, nil); r.status != 401 {
			t.Fatalf("status = %d", r.status)
		}
	})
	t.Run("a revoked token is 401", func(t *testing.T) {
		f.RevokeTokens(tenantA)
		defer func() { f.token = f.mustToken(tenantA) }()
		if r := f.do("GET", path, nil); r.status != 401 {
			t.Fatalf("status = %d", r.status)
		}
	})
	t.Run("another tenant's mailbox is 403 ErrorAccessDenied", func(t *testing.T) {
		if r := f.do("GET", "/v1.0/users/"+upnB+"/events", nil); r.status != 403 || r.code() != "ErrorAccessDenied" {
			t.Fatalf("status %d, code %s", r.status, r.code())
		}
	})
	t.Run("an unknown mailbox is 404 ErrorInvalidUser", func(t *testing.T) {
		if r := f.do("GET", "/v1.0/users/nobody@contoso.dk/events", nil); r.status != 404 || r.code() != "ErrorInvalidUser" {
			t.Fatalf("status %d, code %s", r.status, r.code())
		}
	})
	t.Run("the UPN matches case-insensitively", func(t *testing.T) {
		if r := f.do("GET", "/v1.0/users/Advisor@CONTOSO.dk/events", nil); r.status != 200 {
			t.Fatalf("status = %d", r.status)
		}
	})
	t.Run("a shorter token lifetime shows in expires_in", func(t *testing.T) {
		f.SetTokenLifetime(time.Minute)
		resp, err := http.PostForm(f.TokenURL(tenantA), url.Values{"grant_type": {"client_credentials"}, "client_id": {appID}, "client_secret": {secret}, "scope": {"https://graph.microsoft.com/.default"}})
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var body map[string]any
		_ = json.NewDecoder(resp.Body).Decode(&body)
		if body["expires_in"] != 60.0 {
			t.Fatalf("expires_in = %v", body["expires_in"])
		}
	})
}

func TestDoubleAPI(t *testing.T) {
	f := mustStart(t, Options{})
	f.do(http.MethodPost, "/v1.0/users/"+upnA+"/events", plannerBody("t"))
	resp, err := http.Get(f.URL + "/_double/mailboxes/" + upnA + "/events")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var body struct {
		Value []map[string]any `json:"value"`
	}
	_ = json.NewDecoder(resp.Body).Decode(&body)
	if resp.StatusCode != 200 || len(body.Value) != 1 || body.Value[0]["singleValueExtendedProperties"] == nil {
		t.Fatalf("status %d, body %+v", resp.StatusCode, body)
	}
	resp2, err := http.Get(f.URL + "/_double/mailboxes")
	if err != nil {
		t.Fatal(err)
	}
	defer resp2.Body.Close()
	var boxes []map[string]any
	_ = json.NewDecoder(resp2.Body).Decode(&boxes)
	if len(boxes) != 2 {
		t.Fatalf("mailboxes = %v", boxes)
	}
}
