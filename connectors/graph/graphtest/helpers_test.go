package graphtest

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"
)

const (
	tenantA = "contoso.onmicrosoft.com"
	tenantB = "fabrikam.onmicrosoft.com"
	appID   = "11111111-2222-3333-4444-555555555555"
	secret  = "s3cret"
	upnA    = "advisor@contoso.dk"
	upnB    = "other@fabrikam.dk"
)

// clock is a settable test clock.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// fixture is a started double with two tenants, an app and a mailbox each.
type fixture struct {
	*Server
	tb    testing.TB
	clock *clock
	token string
}

func mustStart(tb testing.TB, opts Options) *fixture {
	tb.Helper()
	clk := &clock{t: time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)}
	if opts.Now == nil {
		opts.Now = clk.Now
	}
	s, err := New(opts)
	if err != nil {
		tb.Fatalf("New: %v", err)
	}
	tb.Cleanup(s.Close)
	s.AddApp(tenantA, appID, secret)
	s.AddApp(tenantB, appID, secret)
	s.AddMailbox(tenantA, upnA)
	s.AddMailbox(tenantB, upnB)
	f := &fixture{Server: s, tb: tb, clock: clk}
	f.token = f.mustToken(tenantA)
	return f
}

func (f *fixture) mustToken(tenant string) string {
	f.tb.Helper()
	resp, err := http.PostForm(f.TokenURL(tenant), url.Values{
		"grant_type": {"client_credentials"}, "client_id": {appID}, "client_secret": {secret},
		"scope": {"https://graph.microsoft.com/.default"},
	})
	if err != nil {
		f.tb.Fatalf("token: %v", err)
	}
	defer resp.Body.Close()
	var body struct {
		AccessToken string `json:"access_token"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil || body.AccessToken == "" {
		f.tb.Fatalf("token: status %d, %v", resp.StatusCode, err)
	}
	return body.AccessToken
}

// response is a decoded answer.
type response struct {
	status int
	header http.Header
	body   map[string]any
	raw    []byte
}

// do sends a Graph request with f's token; target is a path or an
// absolute URL.
func (f *fixture) do(method, target string, body any, headers ...string) response {
	f.tb.Helper()
	if !strings.HasPrefix(target, "http") {
		target = f.URL + target
	}
	var rd io.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		rd = bytes.NewReader(b)
	}
	req, _ := http.NewRequest(method, target, rd)
	req.Header.Set("Authorization", "Bearer "+f.token)
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Add(headers[i], headers[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		f.tb.Fatalf("%s %s: %v", method, target, err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	r := response{status: resp.StatusCode, header: resp.Header, raw: raw}
	if len(raw) > 0 {
		if err := json.Unmarshal(raw, &r.body); err != nil {
			f.tb.Fatalf("%s %s: body %q: %v", method, target, raw, err)
		}
	}
	return r
}

// code returns the Graph error code of r.
func (r response) code() string {
	e, _ := r.body["error"].(map[string]any)
	c, _ := e["code"].(string)
	return c
}

func mustCreate(tb testing.TB, s *Server, upn string, e Event) string {
	tb.Helper()
	id, err := s.CreateEvent(upn, e)
	if err != nil {
		tb.Fatalf("CreateEvent: %v", err)
	}
	return id
}

// mirror is a minimal delta client: it follows a round and upserts or
// deletes by id, as the connector must.
type mirror struct {
	items    map[string]map[string]any
	link     string // the stored deltaLink
	requests int
	dups     int // items received again with an etag already held
}

func newMirror() *mirror { return &mirror{items: map[string]map[string]any{}} }

// sync runs one round from start (a first-round URL) or the stored link.
func (m *mirror) sync(f *fixture, start string, headers ...string) response {
	f.tb.Helper()
	next := m.link
	if next == "" {
		next = start
	}
	for {
		r := f.do(http.MethodGet, next, nil, headers...)
		m.requests++
		if r.status != http.StatusOK {
			return r
		}
		for _, v := range r.body["value"].([]any) {
			item := v.(map[string]any)
			id := item["id"].(string)
			if _, gone := item["@removed"]; gone {
				delete(m.items, id)
			} else {
				if old, ok := m.items[id]; ok && old["@odata.etag"] == item["@odata.etag"] {
					m.dups++
				}
				m.items[id] = item
			}
		}
		if dl, ok := r.body["@odata.deltaLink"].(string); ok {
			m.link = dl
			return r
		}
		next = r.body["@odata.nextLink"].(string)
	}
}

// ids returns the mirror's ids sorted like View (by start, then id).
func (m *mirror) ids() map[string]bool {
	out := map[string]bool{}
	for id := range m.items {
		out[id] = true
	}
	return out
}

func viewIDs(evs []Event) map[string]bool {
	out := map[string]bool{}
	for _, e := range evs {
		out[e.ID] = true
	}
	return out
}

func sameSet(a, b map[string]bool) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}

var (
	winFrom = time.Date(2026, 11, 16, 0, 0, 0, 0, time.UTC)
	winTo   = time.Date(2027, 1, 4, 0, 0, 0, 0, time.UTC)
)

func firstRound(upn string) string {
	return "/v1.0/users/" + upn + "/calendarView/delta?startDateTime=2026-11-16T00:00:00Z&endDateTime=2027-01-04T00:00:00Z"
}

func at(day, hour int) time.Time { return time.Date(2026, 12, day, hour, 0, 0, 0, time.UTC) }
