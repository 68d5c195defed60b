package graph

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	calsync "github.com/planner-dk/planner/sync"
)

// App is a job centre's app registration in Microsoft Entra ID: the client
// credentials Planner signs in with (app-only, application permission
// Calendars.ReadWrite).
type App struct {
	TenantID, ClientID, Secret string
	// TokenURL overrides the token endpoint
	// https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token.
	TokenURL string
}

// tokenURL is the app's token endpoint.
func (a App) tokenURL() string {
	if a.TokenURL != "" {
		return a.TokenURL
	}
	return "https://login.microsoftonline.com/" + url.PathEscape(a.TenantID) + "/oauth2/v2.0/token"
}

// key names the app and its secret without holding the secret: a new
// secret is a new token source.
func (a App) key() string {
	h := sha256.Sum256([]byte(a.tokenURL() + "\x00" + a.ClientID + "\x00" + a.Secret))
	return hex.EncodeToString(h[:12])
}

// refusedFor is how long a refused secret is not tried again, so a job
// centre's many calendars do not hammer the token endpoint with it.
const refusedFor = time.Minute

// tokenSource caches one app's access token until shortly before it
// expires (PROTOCOLS.md §1.3).
type tokenSource struct {
	app  App
	apps *Apps

	mu       sync.Mutex
	token    string
	expires  time.Time
	refused  error // the endpoint refused the credentials …
	retryAt  time.Time
	inflight chan struct{} // closed when the running fetch ends
}

// tokens returns the token source of app.
func (a *Apps) tokens(app App) *tokenSource {
	k := app.key()
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.tokensBy == nil {
		a.tokensBy = map[string]*tokenSource{}
	}
	ts := a.tokensBy[k]
	if ts == nil {
		ts = &tokenSource{app: app, apps: a}
		a.tokensBy[k] = ts
	}
	return ts
}

// get returns a valid token, fetching one when none is cached or it expires
// within five minutes. Concurrent callers share one fetch.
func (ts *tokenSource) get(ctx context.Context) (string, error) {
	for {
		ts.mu.Lock()
		now := ts.apps.now()
		switch {
		case ts.token != "" && now.Before(ts.expires.Add(-5*time.Minute)):
			tok := ts.token
			ts.mu.Unlock()
			return tok, nil
		case ts.refused != nil && now.Before(ts.retryAt):
			err := ts.refused
			ts.mu.Unlock()
			return "", err
		case ts.inflight != nil:
			ch := ts.inflight
			ts.mu.Unlock()
			select {
			case <-ch:
				continue
			case <-ctx.Done():
				return "", ctx.Err()
			}
		}
		ch := make(chan struct{})
		ts.inflight = ch
		ts.mu.Unlock()
		tok, ttl, err := ts.fetch(ctx)
		ts.mu.Lock()
		ts.inflight = nil
		close(ch)
		if err != nil {
			if errors.Is(err, calsync.ErrAuth) {
				ts.refused, ts.retryAt = err, ts.apps.now().Add(refusedFor)
			}
			ts.mu.Unlock()
			return "", err
		}
		ts.token, ts.expires, ts.refused = tok, ts.apps.now().Add(ttl), nil
		ts.mu.Unlock()
		return tok, nil
	}
}

// invalidate drops tok after Graph refused it (401
// InvalidAuthenticationToken), so the next get fetches a new one.
func (ts *tokenSource) invalidate(tok string) {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	if ts.token == tok {
		ts.token = ""
	}
}

// fetch asks the token endpoint (client credentials grant). A refusal of
// the credentials is ErrAuth with Entra ID's description, never the secret.
func (ts *tokenSource) fetch(ctx context.Context) (string, time.Duration, error) {
	form := url.Values{
		"grant_type":    {"client_credentials"},
		"client_id":     {ts.app.ClientID},
		"client_secret": {ts.app.Secret},
		"scope":         {"https://graph.microsoft.com/.default"},
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, ts.app.tokenURL(), strings.NewReader(form.Encode()))
	if err != nil {
		return "", 0, fmt.Errorf("graph: token request: %w", err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := ts.apps.client().Do(req)
	if err != nil {
		ts.apps.Metrics.token("error")
		return "", 0, fmt.Errorf("graph: token endpoint: %v: %w", redactURL(err), calsync.ErrTransient)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	if err != nil {
		ts.apps.Metrics.token("error")
		return "", 0, fmt.Errorf("graph: token endpoint: %v: %w", err, calsync.ErrTransient)
	}
	var ans struct {
		AccessToken string `json:"access_token"`
		ExpiresIn   int64  `json:"expires_in"`
		Error       string `json:"error"`
		Description string `json:"error_description"`
	}
	_ = json.Unmarshal(body, &ans)
	switch {
	case resp.StatusCode == http.StatusOK && ans.AccessToken != "":
		ts.apps.Metrics.token("ok")
		ttl := time.Duration(ans.ExpiresIn) * time.Second
		if ttl <= 0 {
			ttl = time.Hour
		}
		return ans.AccessToken, ttl, nil
	case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500:
		ts.apps.Metrics.token("error")
		return "", 0, fmt.Errorf("graph: token endpoint: HTTP %d: %w", resp.StatusCode, calsync.ErrTransient)
	}
	ts.apps.Metrics.token("refused")
	reason := firstLine(ans.Description)
	if reason == "" {
		reason = ans.Error
	}
	return "", 0, fmt.Errorf("graph: the app registration (client %s) was refused: HTTP %d %s: %w",
		ts.app.ClientID, resp.StatusCode, reason, calsync.ErrAuth)
}

// firstLine is the first line of Entra ID's description ("AADSTS7000215:
// Invalid client secret provided. …"), without its trace and correlation
// ids.
func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\r")
	s, _, _ = strings.Cut(s, "\n")
	if len(s) > 200 {
		s = s[:200]
	}
	return strings.TrimSpace(s)
}

// redactURL drops a URL's query from an error, where a delta token or a
// filter value would otherwise be logged.
func redactURL(err error) string {
	var ue *url.Error
	if errors.As(err, &ue) {
		u, perr := url.Parse(ue.URL)
		if perr == nil {
			u.RawQuery = ""
			return ue.Op + " " + u.String() + ": " + ue.Err.Error()
		}
	}
	return err.Error()
}
