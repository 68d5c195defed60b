package caldav

import (
	"bytes"
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"net/http"
	"net/http/httptrace"
	"net/url"
	"strings"
	"sync/atomic"
	"time"

	calsync "github.com/planner-dk/planner/sync"
)

// client is the small DAV client the sync needs (PROTOCOLS.md §2.2): it sends
// one request with the connection's credentials, counts it, and turns the
// answer's status into the sync package's error kinds.
type client struct {
	hc       *http.Client
	username string
	password string
	token    string
	requests atomic.Int64
	origin   string        // scheme://host, the key of the remembered flavour
	servers  *Servers      // what other connectors learnt; nil: nothing
	server   atomic.Uint32 // the flavour its answers showed
}

// flavour is the server implementation as the answers so far showed it,
// to this connector or (remembered per origin) to another.
func (c *client) flavour() flavour {
	if f := flavour(c.server.Load()); f != flavourUnknown {
		return f
	}
	f := c.servers.flavour(c.origin)
	c.server.CompareAndSwap(uint32(flavourUnknown), uint32(f))
	return f
}

// learn takes the flavour from an answer, when it tells. A mark of DAViCal
// or SOGo is kept; that the server is neither only a PROPFIND answer
// without any mark tells (SOGo leaves them off its REPORT answers), and
// only while nothing else is known.
func (c *client) learn(method string, resp *http.Response) {
	f, ok := flavourOf(resp.StatusCode, resp.Header)
	if !ok {
		return
	}
	cur := c.flavour()
	if f == flavourStandard && (cur != flavourUnknown || method != "PROPFIND") {
		return
	}
	if cur != f {
		c.server.Store(uint32(f))
		c.servers.remember(c.origin, f)
		if f.closesConnections() {
			c.hc.CloseIdleConnections() // any kept before it was known
		}
	}
}

// HTTPError is a DAV answer the client could not take as success. It
// unwraps to one of the sync package's error kinds; its text names the method,
// path and status, never the body (which may hold a citizen's meeting).
type HTTPError struct {
	Method    string
	Path      string
	Status    int
	Condition string // a DAV:error precondition, e.g. valid-sync-token
	kind      error
}

// Error implements error.
func (e *HTTPError) Error() string {
	s := fmt.Sprintf("caldav: %s %s: %d %s", e.Method, e.Path, e.Status, http.StatusText(e.Status))
	if e.Condition != "" {
		s += " (" + e.Condition + ")"
	}
	return s
}

// Unwrap returns the error's kind, for errors.Is.
func (e *HTTPError) Unwrap() error { return e.kind }

// kindOf maps an HTTP status and DAV precondition to an error kind
// (PROTOCOLS.md §2.3–§2.4).
func kindOf(status int, cond *davError) error {
	switch {
	case cond.has("valid-sync-token"):
		return calsync.ErrInvalidCursor
	case cond.has("no-uid-conflict"):
		return calsync.ErrUIDConflict
	case cond.has("supported-report"):
		return calsync.ErrMalformed // the server does not offer the report
	case status == http.StatusPreconditionFailed:
		return calsync.ErrPrecondition
	case status == http.StatusUnauthorized || status == http.StatusForbidden:
		return calsync.ErrAuth
	case status == http.StatusNotFound || status == http.StatusGone:
		return calsync.ErrNotFound
	case status == http.StatusTooManyRequests || status == http.StatusRequestTimeout || status >= 500:
		return calsync.ErrTransient
	default:
		return calsync.ErrMalformed
	}
}

// request is one DAV request.
type request struct {
	method  string
	path    string // decoded absolute path
	depth   string // "", "0", "1"
	body    []byte
	ctype   string
	header  map[string]string
	accept  func(status int) bool // success statuses; default 2xx
	baseURL *url.URL
}

// do sends r and returns the answer when its status is accepted; the
// caller closes the body. Any other status is an *HTTPError.
func (c *client) do(ctx context.Context, r request) (*http.Response, error) {
	u := *r.baseURL
	u.Path, u.RawPath = r.path, ""
	req, err := http.NewRequestWithContext(ctx, r.method, u.String(), bytes.NewReader(r.body))
	if err != nil {
		return nil, fmt.Errorf("caldav: %s %s: %w", r.method, r.path, err)
	}
	if r.body != nil {
		req.Header.Set("Content-Type", r.ctype)
	}
	if r.depth != "" {
		req.Header.Set("Depth", r.depth)
	}
	for k, v := range r.header {
		req.Header.Set(k, v)
	}
	switch {
	case c.token != "":
		req.Header.Set("Authorization", "Bearer "+c.token)
	case c.username != "":
		req.SetBasicAuth(c.username, c.password)
	}
	req.Close = c.flavour().closesConnections()
	c.requests.Add(1)
	resp, err := c.send(req, r)
	if err != nil {
		if ctx.Err() != nil {
			return nil, fmt.Errorf("caldav: %s %s: %w", r.method, r.path, ctx.Err())
		}
		return nil, fmt.Errorf("caldav: %s %s: %w: %w", r.method, r.path, calsync.ErrTransient, err)
	}
	c.learn(r.method, resp)
	accept := r.accept
	if accept == nil {
		accept = func(s int) bool { return s >= 200 && s < 300 }
	}
	if accept(resp.StatusCode) {
		return resp, nil
	}
	defer resp.Body.Close()
	return nil, statusError(r.method, r.path, resp)
}

// send sends req. A read (PROPFIND, REPORT) that failed on a kept-alive
// connection the server had already closed — SOGo closes them without
// always saying so — is sent once more on a new one; a write is not, as the
// server may have carried it out.
func (c *client) send(req *http.Request, r request) (*http.Response, error) {
	var reused bool
	trace := &httptrace.ClientTrace{GotConn: func(info httptrace.GotConnInfo) { reused = info.Reused }}
	resp, err := c.hc.Do(req.WithContext(httptrace.WithClientTrace(req.Context(), trace)))
	if err == nil || !reused || req.Context().Err() != nil || (r.method != "PROPFIND" && r.method != "REPORT") {
		return resp, err
	}
	retry := req.Clone(req.Context())
	retry.Body = io.NopCloser(bytes.NewReader(r.body))
	retry.Close = true
	return c.hc.Do(retry)
}

// statusError reads an error answer's DAV:error body, if any.
func statusError(method, path string, resp *http.Response) error {
	var cond *davError
	b, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	if bytes.Contains(b, []byte("error")) {
		var e davError
		if xml.Unmarshal(b, &e) == nil {
			cond = &e
		}
	}
	he := &HTTPError{Method: method, Path: path, Status: resp.StatusCode, kind: kindOf(resp.StatusCode, cond)}
	if cond != nil && len(cond.Conditions) > 0 {
		he.Condition = cond.Conditions[0].XMLName.Local
	}
	return he
}

// multistatusError turns a 207 answer to a single-resource request (a
// Xandikos PUT refused for no-uid-conflict) into an error, or nil when
// every response in it succeeded.
func multistatusError(method, path string, ms *multistatus) error {
	for _, r := range ms.Responses {
		if s := r.status(); s >= 300 {
			he := &HTTPError{Method: method, Path: path, Status: s, kind: kindOf(s, r.Error)}
			if r.Error != nil && len(r.Error.Conditions) > 0 {
				he.Condition = r.Error.Conditions[0].XMLName.Local
			}
			return he
		}
	}
	return nil
}

// defaultHTTPClient verifies TLS (the default transport's behaviour) and
// bounds each request.
func defaultHTTPClient() *http.Client {
	return &http.Client{Timeout: 60 * time.Second}
}

// davBody wraps a DAV request body in the XML declaration.
func davBody(s string) []byte {
	return []byte(`<?xml version="1.0" encoding="utf-8"?>` + "\n" + strings.TrimSpace(s))
}
