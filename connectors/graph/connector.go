package graph

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"golang.org/x/time/rate"

	calsync "github.com/planner-dk/planner/sync"
)

// DefaultGraphURL is the Graph v1.0 root of the global cloud.
const DefaultGraphURL = "https://graph.microsoft.com/v1.0"

// Config is one advisor's Exchange Online calendar.
type Config struct {
	// Apps is the process's shared Graph state; nil gives the connector a
	// private one (tests).
	Apps *Apps
	// App is the job centre's app registration; Jobcenter names the job
	// centre whose request budget the connector spends.
	App       App
	Jobcenter string
	// GraphURL is the Graph root; "" means DefaultGraphURL.
	GraphURL string
	// Mailbox is the advisor's mailbox: a user principal name or an id.
	Mailbox string
	// Back and Ahead are the engine's sync horizon around now (defaults one
	// week and 26 weeks); the delta window covers it with slack and is
	// re-based before the horizon reaches its end.
	Back, Ahead time.Duration
	// PageSize is asked of delta pages (Prefer: odata.maxpagesize); 0
	// means 100.
	PageSize int
	// Now is the clock of the window; nil means time.Now.
	Now func() time.Time
}

// Connector is one mailbox's primary calendar as a sync.Connector. Its
// hrefs are Graph's immutable event ids; a new event's href is a
// placeholder ("planner:new:<name>") until Graph names it, resolved by
// Planner's extended property.
type Connector struct {
	cfg     Config
	apps    *Apps
	mailbox *mailbox
	tokens  *tokenSource
	budget  *rate.Limiter
	base    string // GraphURL + "/users/" + mailbox

	mu     sync.Mutex
	pulled map[string]event // events of the last delta round (and a create's lookup), read by Fetch once
}

// New makes the connector of cfg.
func New(cfg Config) (*Connector, error) {
	switch {
	case cfg.Mailbox == "":
		return nil, errors.New("graph: no mailbox")
	case cfg.App.ClientID == "" || cfg.App.Secret == "":
		return nil, fmt.Errorf("graph: the job centre has no Graph app registration: %w", calsync.ErrAuth)
	case cfg.App.TenantID == "" && cfg.App.TokenURL == "":
		return nil, fmt.Errorf("graph: the job centre's Graph app registration names no tenant: %w", calsync.ErrAuth)
	}
	root := strings.TrimSuffix(cfg.GraphURL, "/")
	if root == "" {
		root = DefaultGraphURL
	}
	if u, err := url.Parse(root); err != nil || u.Host == "" || (u.Scheme != "https" && u.Scheme != "http") {
		return nil, fmt.Errorf("graph: root %q is not an http(s) URL", cfg.GraphURL)
	}
	cfg.GraphURL = root
	apps := cfg.Apps
	if apps == nil {
		apps = &Apps{}
	}
	budgetKey := cfg.Jobcenter
	if budgetKey == "" {
		budgetKey = cfg.App.key()
	}
	return &Connector{cfg: cfg, apps: apps, mailbox: apps.mailbox(root, cfg.Mailbox), tokens: apps.tokens(cfg.App),
		budget: apps.budget(budgetKey), base: root + "/users/" + url.PathEscape(cfg.Mailbox)}, nil
}

// placeholder is the prefix of the href of an event Graph has not named yet.
const placeholder = "planner:new:"

// Href implements sync.Connector: a placeholder; Create answers the id.
func (c *Connector) Href(name string) string { return placeholder + name }

// Fetch implements sync.Connector. Events of the last delta round are
// answered from it (the delta pages carry whole events); others are read one
// by one, a placeholder by Planner's marker.
func (c *Connector) Fetch(ctx context.Context, hrefs []string) ([]calsync.Object, map[string]error, error) {
	var objs []calsync.Object
	bad := map[string]error{}
	for _, h := range hrefs {
		ev, ok, err := c.read(ctx, h)
		switch {
		case errors.Is(err, calsync.ErrMalformed):
			bad[h] = err
			continue
		case err != nil:
			return nil, nil, err
		case !ok:
			continue
		}
		data, err := render(ev, c.cfg.Mailbox)
		if err != nil {
			bad[h] = err
			continue
		}
		objs = append(objs, calsync.Object{Ref: calsync.Ref{Href: ev.ID, ETag: ev.ETag}, Data: data})
	}
	return objs, bad, nil
}

// read returns the event at href: from the last round, by marker for a
// placeholder, else by id.
func (c *Connector) read(ctx context.Context, href string) (event, bool, error) {
	c.mu.Lock()
	ev, ok := c.pulled[href]
	delete(c.pulled, href)
	c.mu.Unlock()
	if ok {
		return ev, true, nil
	}
	if name, ok := strings.CutPrefix(href, placeholder); ok {
		return c.find(ctx, name)
	}
	resp, err := c.do(ctx, request{method: http.MethodGet, url: c.base + "/events/" + url.PathEscape(href)})
	if err != nil {
		return event{}, false, err
	}
	switch {
	case resp.status == http.StatusNotFound:
		return event{}, false, nil
	case resp.status != http.StatusOK:
		return event{}, false, statusErr("GET event", resp)
	}
	if err := json.Unmarshal(resp.body, &ev); err != nil || ev.ID == "" {
		return event{}, false, fmt.Errorf("graph: event %s: unreadable: %w", href, calsync.ErrMalformed)
	}
	return ev, true, nil
}

// find looks an event up by Planner's marker (PlannerTarget = name): the
// recovery of a create whose answer was lost (PROTOCOLS.md §1.3 "Crash
// recovery"). Of several (a copy an earlier crash left), the first is
// answered.
func (c *Connector) find(ctx context.Context, name string) (event, bool, error) {
	filter := fmt.Sprintf("singleValueExtendedProperties/Any(ep: ep/id eq '%s' and ep/value eq '%s')", propTarget, quote(name))
	q := url.Values{"$filter": {filter}, "$top": {"5"}}
	resp, err := c.do(ctx, request{method: http.MethodGet, url: c.base + "/events?" + q.Encode()})
	if err != nil {
		return event{}, false, err
	}
	if resp.status != http.StatusOK {
		return event{}, false, statusErr("GET events by marker", resp)
	}
	var page struct {
		Value []event `json:"value"`
	}
	if err := json.Unmarshal(resp.body, &page); err != nil {
		return event{}, false, fmt.Errorf("graph: events by marker: unreadable: %w", calsync.ErrMalformed)
	}
	if len(page.Value) == 0 {
		return event{}, false, nil
	}
	return page.Value[0], true, nil
}

// quote escapes a string for an OData single-quoted literal.
func quote(s string) string { return strings.ReplaceAll(s, "'", "''") }

// Create implements sync.Connector: unless Planner's marker finds the event
// already (ErrPrecondition, as If-None-Match would), POST it with a
// transactionId and the marker, and answer the id Graph gave it.
func (c *Connector) Create(ctx context.Context, href string, data []byte) (calsync.Ref, error) {
	o, err := readOutgoing(data)
	if err != nil {
		return calsync.Ref{}, err
	}
	if name, ok := strings.CutPrefix(href, placeholder); ok {
		o.Name = name
	}
	if ev, ok, err := c.find(ctx, o.Name); err != nil {
		return calsync.Ref{}, err
	} else if ok {
		// the engine reads it next (Fetch of href) to adopt or overwrite
		// it: answered from here, not by a second lookup
		c.mu.Lock()
		if c.pulled == nil {
			c.pulled = map[string]event{}
		}
		c.pulled[href] = ev
		c.mu.Unlock()
		return calsync.Ref{Href: ev.ID, ETag: ev.ETag}, fmt.Errorf("graph: create %s: the mailbox holds it as %s: %w", o.Name, ev.ID, calsync.ErrPrecondition)
	}
	resp, err := c.do(ctx, request{method: http.MethodPost, url: c.base + "/events", body: o.graphBody(true)})
	if err != nil {
		return calsync.Ref{}, err
	}
	if resp.status != http.StatusCreated && resp.status != http.StatusOK {
		return calsync.Ref{}, statusErr("POST event", resp)
	}
	var ev event
	if err := json.Unmarshal(resp.body, &ev); err != nil || ev.ID == "" {
		return calsync.Ref{}, fmt.Errorf("graph: created event: unreadable answer: %w", calsync.ErrMalformed)
	}
	return calsync.Ref{Href: ev.ID, ETag: ev.ETag}, nil
}

// resolve turns a placeholder into the id Planner's marker finds.
func (c *Connector) resolve(ctx context.Context, href string) (string, error) {
	name, ok := strings.CutPrefix(href, placeholder)
	if !ok {
		return href, nil
	}
	ev, found, err := c.find(ctx, name)
	if err != nil {
		return "", err
	}
	if !found {
		return "", fmt.Errorf("graph: %s: %w", name, calsync.ErrNotFound)
	}
	return ev.ID, nil
}

// Update implements sync.Connector: PATCH the fields Planner owns with
// If-Match on the etag (Graph documents no If-Match for events, so this is
// best effort; the engine compares the owned fields on every pull too).
func (c *Connector) Update(ctx context.Context, href, etag string, data []byte) (string, error) {
	o, err := readOutgoing(data)
	if err != nil {
		return "", err
	}
	id, err := c.resolve(ctx, href)
	if err != nil {
		return "", err
	}
	h := map[string]string{}
	if etag != "" {
		h["If-Match"] = etag
	}
	resp, err := c.do(ctx, request{method: http.MethodPatch, url: c.base + "/events/" + url.PathEscape(id), body: o.graphBody(false), header: h})
	if err != nil {
		return "", err
	}
	if resp.status != http.StatusOK {
		return "", statusErr("PATCH event", resp)
	}
	var ev event
	if err := json.Unmarshal(resp.body, &ev); err != nil || ev.ETag == "" {
		return "", fmt.Errorf("graph: updated event: unreadable answer: %w", calsync.ErrMalformed)
	}
	return ev.ETag, nil
}

// Delete implements sync.Connector: DELETE with If-Match when etag is set.
func (c *Connector) Delete(ctx context.Context, href, etag string) error {
	id, err := c.resolve(ctx, href)
	if err != nil {
		return err
	}
	h := map[string]string{}
	if etag != "" {
		h["If-Match"] = etag
	}
	resp, err := c.do(ctx, request{method: http.MethodDelete, url: c.base + "/events/" + url.PathEscape(id), header: h})
	if err != nil {
		return err
	}
	if resp.status != http.StatusNoContent && resp.status != http.StatusOK {
		return statusErr("DELETE event", resp)
	}
	return nil
}
