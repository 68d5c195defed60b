package graphtest

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"time"
)

// token is an issued access token: opaque, bound to its tenant.
type token struct {
	tenant  string // lower case
	expires time.Time
}

// SetTokenLifetime sets the lifetime of tokens issued from now on.
func (s *Server) SetTokenLifetime(d time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.tokenLifetime = d
}

// RevokeTokens invalidates every token issued for tenant: Graph answers
// them 401 InvalidAuthenticationToken.
func (s *Server) RevokeTokens(tenantName string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for k, t := range s.tokens {
		if t.tenant == strings.ToLower(tenantName) {
			delete(s.tokens, k)
		}
	}
}

// TokenRequests returns how many requests the token endpoints received.
func (s *Server) TokenRequests() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.tokenRequests
}

// serveToken is Entra ID's client-credentials token endpoint. Its errors
// use the OAuth shape (error, error_description, error_codes, timestamp,
// trace_id, correlation_id, error_uri), not Graph's envelope.
func (s *Server) serveToken(w http.ResponseWriter, r *http.Request, tenantName string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.tokenRequests++
	if r.Method != http.MethodPost {
		oauthError(w, s.now(), http.StatusMethodNotAllowed, "invalid_request", 900561, "AADSTS900561: The endpoint only accepts POST requests.")
		return
	}
	if err := r.ParseForm(); err != nil {
		oauthError(w, s.now(), http.StatusBadRequest, "invalid_request", 900144, "AADSTS900144: The request body must contain the following parameter: 'grant_type'.")
		return
	}
	t := s.tenants[strings.ToLower(tenantName)]
	clientID, secret := r.PostForm.Get("client_id"), r.PostForm.Get("client_secret")
	switch {
	case t == nil:
		oauthError(w, s.now(), http.StatusBadRequest, "invalid_request", 90002,
			fmt.Sprintf("AADSTS90002: Tenant '%s' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.", tenantName))
	case r.PostForm.Get("grant_type") != "client_credentials":
		oauthError(w, s.now(), http.StatusBadRequest, "unsupported_grant_type", 70003,
			"AADSTS70003: The app requested an unsupported grant type.")
	case t.apps[clientID] == "":
		oauthError(w, s.now(), http.StatusBadRequest, "unauthorized_client", 700016,
			fmt.Sprintf("AADSTS700016: Application with identifier '%s' was not found in the directory '%s'.", clientID, tenantName))
	case secret == "":
		oauthError(w, s.now(), http.StatusBadRequest, "invalid_client", 7000218,
			"AADSTS7000218: The request body must contain the following parameter: 'client_assertion' or 'client_secret'.")
	case secret != t.apps[clientID]:
		// Entra ID answers 401 here (seen in many reports), though RFC 6749
		// §5.2 would also allow 400.
		oauthError(w, s.now(), http.StatusUnauthorized, "invalid_client", 7000215,
			fmt.Sprintf("AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '%s'.", clientID))
	case !strings.EqualFold(r.PostForm.Get("scope"), "https://graph.microsoft.com/.default"):
		oauthError(w, s.now(), http.StatusBadRequest, "invalid_scope", 1002012,
			fmt.Sprintf("AADSTS1002012: The provided value for scope %s is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).", r.PostForm.Get("scope")))
	default:
		access := "eyJ0eXAiOiJKV1QiLCJkb3VibGUiOiJncmFwaHRlc3QifQ." + base64.RawURLEncoding.EncodeToString(append(newKey(), newKey()...))
		s.tokens[access] = &token{tenant: strings.ToLower(tenantName), expires: s.now().Add(s.tokenLifetime)}
		secs := int(s.tokenLifetime / time.Second)
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store, no-cache")
		_ = json.NewEncoder(w).Encode(map[string]any{
			"token_type": "Bearer", "expires_in": secs, "ext_expires_in": secs, "access_token": access,
		})
	}
}

func oauthError(w http.ResponseWriter, now time.Time, status int, code string, aadsts int, description string) {
	trace, corr := newUUID(), newUUID()
	stamp := now.UTC().Format("2006-01-02 15:04:05Z")
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{
		"error":             code,
		"error_description": fmt.Sprintf("%s Trace ID: %s Correlation ID: %s Timestamp: %s", description, trace, corr, stamp),
		"error_codes":       []int{aadsts},
		"timestamp":         stamp,
		"trace_id":          trace,
		"correlation_id":    corr,
		"error_uri":         fmt.Sprintf("https://login.microsoftonline.com/error?code=%d", aadsts),
	})
}

// authenticate checks the bearer token and that it may reach m. It answers
// 401 InvalidAuthenticationToken (with WWW-Authenticate) for a missing,
// unknown, expired or revoked token; 404 ErrorInvalidUser for an unknown
// mailbox (what Exchange Online answers; MailboxNotEnabledForRESTAPI is for
// a user without an Exchange Online mailbox, which the double does not
// model); 403 ErrorAccessDenied for another tenant's mailbox.
func (c *call) authenticate(m *mailbox) bool {
	raw, ok := strings.CutPrefix(c.r.Header.Get("Authorization"), "Bearer ")
	c.s.mu.Lock()
	t := c.s.tokens[strings.TrimSpace(raw)]
	now := c.s.now()
	c.s.mu.Unlock()
	switch {
	case !ok || raw == "":
		c.unauthorized("Access token is empty.")
	case t == nil:
		c.unauthorized("IDX14100: JWT is not well formed, there are no dots (.).")
	case !now.Before(t.expires):
		c.unauthorized("Lifetime validation failed, the token is expired.")
	case m == nil:
		c.fail(http.StatusNotFound, "ErrorInvalidUser", fmt.Sprintf("The requested user '%s' is invalid.", c.upn))
	case m.tenant != t.tenant:
		c.fail(http.StatusForbidden, "ErrorAccessDenied", "Access is denied. Check credentials and try again.")
	default:
		return true
	}
	return false
}

func (c *call) unauthorized(message string) {
	c.w.Header().Set("WWW-Authenticate",
		`Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"`)
	c.fail(http.StatusUnauthorized, "InvalidAuthenticationToken", message)
}
