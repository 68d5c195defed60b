package graphtest

import (
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"time"
)

// Options configure a Server. The zero value is Graph's defaults.
type Options struct {
	// Now is the clock for token expiry, rate windows, timestamps and the
	// transactionId retention. Nil means time.Now.
	Now func() time.Time
	// TokenLifetime is an access token's lifetime; 0 means 3599 s, what
	// Entra ID answers for client credentials.
	TokenLifetime time.Duration
	// TransactionRetention is how long a transactionId dedupes a repeated
	// POST; 0 means 24 h. Change it with SetTransactionRetention (where 0
	// means never dedupe).
	TransactionRetention time.Duration
	// PageSize is a delta page's size when the request sends no
	// Prefer: odata.maxpagesize; 0 means 10.
	PageSize int
	// Addr is the address to listen on; "" means 127.0.0.1:0. Only
	// loopback addresses belong here: the double has no authentication of
	// its own beyond its fake tokens.
	Addr string
	// MaxConcurrent is the per-mailbox limit of requests in flight; 0
	// means 4, Outlook's documented limit.
	MaxConcurrent int
}

// Server is the Graph double: a real HTTP server on 127.0.0.1 with its state
// in memory. All its methods are safe for concurrent use.
type Server struct {
	// URL is the server's base address, "http://127.0.0.1:port".
	URL string

	hs  *httptest.Server
	now func() time.Time

	mu            sync.Mutex
	tenants       map[string]*tenant  // by lower-case tenant
	mailboxes     map[string]*mailbox // by lower-case UPN
	tokens        map[string]*token
	tokenRequests int
	tokenLifetime time.Duration
	retention     time.Duration
	ifMatch       bool
	pageSize      int
	maxConcurrent int
}

type tenant struct {
	name string
	apps map[string]string // client id → secret
}

// New starts a Server on 127.0.0.1:0.
func New(opts Options) (*Server, error) {
	s := &Server{
		now: opts.Now, tenants: map[string]*tenant{}, mailboxes: map[string]*mailbox{},
		tokens: map[string]*token{}, tokenLifetime: opts.TokenLifetime, retention: opts.TransactionRetention,
		ifMatch: true, pageSize: opts.PageSize, maxConcurrent: opts.MaxConcurrent,
	}
	if s.now == nil {
		s.now = time.Now
	}
	if s.tokenLifetime <= 0 {
		s.tokenLifetime = 3599 * time.Second
	}
	if s.retention <= 0 {
		s.retention = 24 * time.Hour
	}
	if s.pageSize <= 0 {
		s.pageSize = 10
	}
	if s.maxConcurrent <= 0 {
		s.maxConcurrent = 4
	}
	s.hs = httptest.NewUnstartedServer(http.HandlerFunc(s.serveHTTP))
	if opts.Addr != "" {
		ln, err := net.Listen("tcp", opts.Addr)
		if err != nil {
			return nil, fmt.Errorf("graphtest: listen: %w", err)
		}
		s.hs.Listener.Close()
		s.hs.Listener = ln
	}
	s.hs.Start()
	s.URL = s.hs.URL
	return s, nil
}

// Close shuts the server down and closes its connections.
func (s *Server) Close() { s.hs.Close() }

// GraphURL returns the Graph base URL, URL + "/v1.0".
func (s *Server) GraphURL() string { return s.URL + "/v1.0" }

// TokenURL returns tenant's token endpoint,
// URL + "/{tenant}/oauth2/v2.0/token".
func (s *Server) TokenURL(tenant string) string {
	return s.URL + "/" + url.PathEscape(tenant) + "/oauth2/v2.0/token"
}

// AddApp registers an app (client id and secret) in tenant, creating the
// tenant if needed.
func (s *Server) AddApp(tenantName, clientID, secret string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.tenantLocked(tenantName).apps[clientID] = secret
}

// AddMailbox creates upn's mailbox (one primary calendar) in tenant. Adding
// an existing mailbox does nothing.
func (s *Server) AddMailbox(tenantName, upn string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	t := s.tenantLocked(tenantName)
	if s.mailboxes[strings.ToLower(upn)] == nil {
		s.mailboxes[strings.ToLower(upn)] = newMailbox(t.name, upn, s.maxConcurrent)
	}
}

func (s *Server) tenantLocked(name string) *tenant {
	t := s.tenants[strings.ToLower(name)]
	if t == nil {
		t = &tenant{name: name, apps: map[string]string{}}
		s.tenants[strings.ToLower(name)] = t
	}
	return t
}

// mailboxLocked finds upn's mailbox, case-insensitively as Exchange does.
func (s *Server) mailboxLocked(upn string) (*mailbox, error) {
	m := s.mailboxes[strings.ToLower(upn)]
	if m == nil {
		return nil, fmt.Errorf("graphtest: no mailbox %q", upn)
	}
	return m, nil
}

// serveHTTP routes by path. Graph's path segments are case-insensitive.
func (s *Server) serveHTTP(w http.ResponseWriter, r *http.Request) {
	segs := strings.Split(strings.Trim(r.URL.Path, "/"), "/")
	switch {
	case len(segs) == 4 && segs[1] == "oauth2" && segs[2] == "v2.0" && segs[3] == "token":
		s.serveToken(w, r, segs[0])
	case segs[0] == "_double":
		s.serveDouble(w, r, segs[1:])
	case len(segs) >= 4 && segs[0] == "v1.0" && strings.EqualFold(segs[1], "users"):
		s.serveGraph(w, r, segs[2], segs[3:])
	default:
		c := &call{s: s, w: w, r: r, requestID: s.newRequestID()}
		c.fail(http.StatusBadRequest, "BadRequest", fmt.Sprintf("Resource not found for the segment '%s'.", segs[len(segs)-1]))
	}
}

// call is one Graph request in progress.
type call struct {
	s         *Server
	w         http.ResponseWriter
	r         *http.Request
	m         *mailbox
	upn       string // as the request spelled it
	requestID string
	prefer    prefer
	status    int
}

func (s *Server) newRequestID() string { return newUUID() }

// newUUID returns a random version-4 UUID, the shape of Graph's request ids.
func newUUID() string {
	k := newKey()
	k[6] = k[6]&0x0f | 0x40
	k[8] = k[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", k[0:4], k[4:6], k[6:8], k[8:10], k[10:16])
}

// header sets the headers every Graph answer carries.
func (c *call) header() {
	h := c.w.Header()
	h.Set("request-id", c.requestID)
	if id := c.r.Header.Get("client-request-id"); id != "" {
		h.Set("client-request-id", id)
	}
}

// json writes a JSON answer.
func (c *call) json(status int, v any) {
	c.header()
	c.w.Header().Set("Content-Type", "application/json; odata.metadata=minimal; odata.streaming=true; IEEE754Compatible=false; charset=utf-8")
	c.status = status
	c.w.WriteHeader(status)
	_ = json.NewEncoder(c.w).Encode(v)
}

// noContent writes a 204.
func (c *call) noContent() {
	c.header()
	c.status = http.StatusNoContent
	c.w.WriteHeader(http.StatusNoContent)
}

type graphError struct {
	Error graphErrorBody `json:"error"`
}

type graphErrorBody struct {
	Code       string         `json:"code"`
	Message    string         `json:"message"`
	InnerError map[string]any `json:"innerError"`
}

// fail writes Graph's error envelope.
func (c *call) fail(status int, code, message string) {
	inner := map[string]any{"date": c.s.now().UTC().Format("2006-01-02T15:04:05"), "request-id": c.requestID}
	if id := c.r.Header.Get("client-request-id"); id != "" {
		inner["client-request-id"] = id
	}
	c.json(status, graphError{Error: graphErrorBody{Code: code, Message: message, InnerError: inner}})
}

// serveGraph authenticates, throttles, logs and dispatches a /v1.0/users
// request.
func (s *Server) serveGraph(w http.ResponseWriter, r *http.Request, upn string, rest []string) {
	c := &call{s: s, w: w, r: r, upn: upn, requestID: s.newRequestID(), prefer: parsePrefer(r.Header.Values("Prefer"))}
	s.mu.Lock()
	m := s.mailboxes[strings.ToLower(upn)]
	var entry int
	if m != nil {
		entry = m.logRequest(r, s.now())
	}
	s.mu.Unlock()
	if m != nil {
		defer func() {
			s.mu.Lock()
			m.log[entry].Status = c.status
			s.mu.Unlock()
		}()
	}
	if !c.authenticate(m) {
		return
	}
	c.m = m
	release, ok := c.admit()
	if !ok {
		return
	}
	defer release()
	c.route(rest)
}

// route dispatches on the path below /users/{upn}.
func (c *call) route(rest []string) {
	method := c.r.Method
	lower := strings.ToLower(strings.Join(rest, "/"))
	switch {
	case lower == "calendarview/delta" && method == http.MethodGet:
		c.delta()
	case lower == "events" && method == http.MethodGet:
		c.listEvents()
	case lower == "events" && method == http.MethodPost:
		c.createEvent()
	case len(rest) == 2 && strings.EqualFold(rest[0], "events"):
		switch method {
		case http.MethodGet:
			c.getEvent(rest[1])
		case http.MethodPatch:
			c.patchEvent(rest[1])
		case http.MethodDelete:
			c.deleteEvent(rest[1])
		default:
			c.fail(http.StatusMethodNotAllowed, "ErrorInvalidRequest", "The OData request is not supported.")
		}
	default:
		c.fail(http.StatusBadRequest, "BadRequest", fmt.Sprintf("Resource not found for the segment '%s'.", rest[len(rest)-1]))
	}
}

// prefer holds the Prefer preferences the double honours.
type prefer struct {
	maxPageSize int
	timeZone    string // "" when absent
}

// parsePrefer reads Prefer headers: comma-separated preferences, values
// optionally quoted.
func parsePrefer(values []string) prefer {
	var p prefer
	for _, v := range values {
		for _, item := range splitOutsideQuotes(v, ',') {
			name, val, _ := strings.Cut(strings.TrimSpace(item), "=")
			val = strings.Trim(strings.TrimSpace(val), `"`)
			switch strings.ToLower(strings.TrimSpace(name)) {
			case "odata.maxpagesize":
				fmt.Sscanf(val, "%d", &p.maxPageSize)
			case "outlook.timezone":
				p.timeZone = val
			}
		}
	}
	return p
}

func splitOutsideQuotes(s string, sep byte) []string {
	var out []string
	quoted, start := false, 0
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '"':
			quoted = !quoted
		case s[i] == sep && !quoted:
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

// zone returns the zone answers are rendered in: the Prefer
// outlook.timezone if the double knows it, else UTC.
func (c *call) zone() (string, *time.Location) {
	if c.prefer.timeZone != "" {
		if loc, ok := loadZone(c.prefer.timeZone); ok {
			return c.prefer.timeZone, loc
		}
	}
	return "UTC", time.UTC
}

// base returns the absolute URL of this mailbox's Graph root, as the
// request spelled the UPN.
func (c *call) base() string {
	return c.s.URL + "/v1.0/users/" + url.PathEscape(c.upn)
}
