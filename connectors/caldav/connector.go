// Package caldav is the sync.Connector over CalDAV (RFC 4791): one advisor
// calendar collection, read incrementally with RFC 6578 sync-collection (or a
// getctag + getetag listing where the server has none) and written with
// conditional PUT and DELETE. It owns a small DAV client rather than going
// through go-webdav's, which hides statuses, has no preconditions and fails a
// whole report on one bad object (PROTOCOLS.md §2.2).
package caldav

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"

	calsync "github.com/planner-dk/planner/sync"
)

// Config is where and as whom a Connector reaches one calendar collection.
type Config struct {
	// URL is the calendar collection's URL.
	URL string
	// Username and Password give Basic authentication; Token, when set,
	// gives bearer authentication instead.
	Username, Password, Token string
	// HTTPClient sends the requests; nil uses one that verifies TLS and
	// bounds each request to 60 s.
	HTTPClient *http.Client
	// Batch is how many objects one calendar-multiget asks for; 0 means 100.
	Batch int
	// Servers, when set, is what the process has learnt of which server
	// answers where (DAViCal, SOGo, another); nil: the connector finds out
	// from its own answers alone.
	Servers *Servers
}

// Connector reads and writes one CalDAV calendar collection. It is safe for
// concurrent use.
type Connector struct {
	c     client
	base  *url.URL // scheme and host
	coll  string   // decoded collection path, with trailing slash
	batch int
}

// New returns a Connector for the collection cfg names; it sends nothing yet.
func New(cfg Config) (*Connector, error) {
	u, err := url.Parse(cfg.URL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("caldav: calendar url %q is not an http(s) URL", cfg.URL)
	}
	hc := cfg.HTTPClient
	if hc == nil {
		hc = defaultHTTPClient()
	}
	batch := cfg.Batch
	if batch <= 0 {
		batch = 100
	}
	coll := u.Path
	if !strings.HasSuffix(coll, "/") {
		coll += "/"
	}
	conn := &Connector{
		c:     client{hc: hc, username: cfg.Username, password: cfg.Password, token: cfg.Token, origin: u.Scheme + "://" + u.Host, servers: cfg.Servers},
		base:  &url.URL{Scheme: u.Scheme, Host: u.Host},
		coll:  coll,
		batch: batch,
	}
	conn.c.server.Store(uint32(cfg.Servers.flavour(conn.c.origin)))
	return conn, nil
}

// Requests counts the HTTP requests the connector has sent.
func (c *Connector) Requests() int64 { return c.c.requests.Load() }

// Href implements sync.Connector: name.ics inside the collection.
func (c *Connector) Href(name string) string { return c.coll + name + ".ics" }

func (c *Connector) do(ctx context.Context, r request) (*http.Response, error) {
	r.baseURL = c.base
	return c.c.do(ctx, r)
}

// Capabilities is what a calendar collection offers for incremental reads.
type Capabilities struct {
	SyncToken string // the current RFC 6578 sync-token; "" when unsupported
	CTag      string // the current getctag; "" when unsupported
	Calendar  bool   // the collection is a calendar
}

// Probe reads the collection's sync-token and getctag (PROPFIND Depth 0).
// Errors: sync.ErrNotFound, ErrAuth, ErrTransient, ErrMalformed.
func (c *Connector) Probe(ctx context.Context) (Capabilities, error) {
	ms, err := c.propfind(ctx, c.coll, "0", `<D:resourcetype/><D:sync-token/><CS:getctag/>`)
	if err != nil {
		return Capabilities{}, err
	}
	for _, r := range ms.Responses {
		p := r.found()
		var caps Capabilities
		if p.SyncToken != nil {
			caps.SyncToken = strings.TrimSpace(*p.SyncToken)
		}
		if p.CTag != nil {
			caps.CTag = strings.TrimSpace(*p.CTag)
		}
		caps.Calendar = p.ResourceType != nil && p.ResourceType.Calendar != nil
		if !caps.Calendar {
			return caps, fmt.Errorf("caldav: %s is not a calendar collection: %w", c.coll, calsync.ErrNotFound)
		}
		return caps, nil
	}
	return Capabilities{}, fmt.Errorf("caldav: PROPFIND %s: empty multistatus: %w", c.coll, calsync.ErrMalformed)
}

func (c *Connector) propfind(ctx context.Context, path, depth, props string) (*multistatus, error) {
	body := davBody(`<D:propfind xmlns:D="DAV:" xmlns:CS="` + nsCS + `" xmlns:C="` + nsCalDAV + `"><D:prop>` +
		props + `</D:prop></D:propfind>`)
	return c.report(ctx, "PROPFIND", path, depth, body)
}

// report sends a PROPFIND or REPORT and reads its 207 answer.
func (c *Connector) report(ctx context.Context, method, path, depth string, body []byte) (*multistatus, error) {
	resp, err := c.do(ctx, request{method: method, path: path, depth: depth, body: body,
		ctype: `application/xml; charset="utf-8"`, accept: func(s int) bool { return s == http.StatusMultiStatus }})
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	ms, err := decodeMultistatus(resp.Body)
	if err != nil {
		return nil, fmt.Errorf("caldav: %s %s: %w: %w", method, path, calsync.ErrMalformed, err)
	}
	ms.Date, _ = http.ParseTime(resp.Header.Get("Date"))
	return ms, nil
}

// Fetch implements sync.Connector with calendar-multiget in batches.
func (c *Connector) Fetch(ctx context.Context, hrefs []string) ([]calsync.Object, map[string]error, error) {
	var objs []calsync.Object
	bad := map[string]error{}
	for i := 0; i < len(hrefs); i += c.batch {
		part := hrefs[i:min(i+c.batch, len(hrefs))]
		got, err := c.multiget(ctx, part, bad)
		if err != nil {
			return nil, nil, err
		}
		objs = append(objs, got...)
	}
	return objs, bad, nil
}

func (c *Connector) multiget(ctx context.Context, hrefs []string, bad map[string]error) ([]calsync.Object, error) {
	var b strings.Builder
	b.WriteString(`<C:calendar-multiget xmlns:D="DAV:" xmlns:C="` + nsCalDAV + `"><D:prop><D:getetag/><C:calendar-data/></D:prop>`)
	for _, h := range hrefs {
		b.WriteString("<D:href>" + xmlText(escapePath(h)) + "</D:href>")
	}
	b.WriteString(`</C:calendar-multiget>`)
	ms, err := c.report(ctx, "REPORT", c.coll, "1", davBody(b.String()))
	if err != nil {
		return nil, err
	}
	objs := make([]calsync.Object, 0, len(hrefs))
	for _, r := range ms.Responses {
		for _, h := range r.Hrefs {
			href, err := normHref(h)
			if err != nil {
				continue // not one we asked for
			}
			switch p := r.found(); {
			case r.status() == http.StatusNotFound:
				// deleted since it was listed: left out
			case p.CalendarData != nil && p.ETag != nil:
				objs = append(objs, calsync.Object{Ref: calsync.Ref{Href: href, ETag: *p.ETag}, Data: []byte(*p.CalendarData)})
			case r.status() >= 300:
				bad[href] = &HTTPError{Method: "REPORT", Path: href, Status: r.status(), kind: kindOf(r.status(), r.Error)}
			case statusOfProp(r) == http.StatusNotFound:
				// the server lists the href but has no data: gone
			default:
				bad[href] = fmt.Errorf("caldav: multiget %s: no calendar-data or etag: %w", href, calsync.ErrMalformed)
			}
		}
	}
	return objs, nil
}

// statusOfProp is the status of the response's first propstat.
func statusOfProp(r response) int {
	if len(r.Propstats) == 0 {
		return 0
	}
	return statusCode(r.Propstats[0].Status)
}

// Create implements sync.Connector: PUT with If-None-Match: *. On a
// server that ignores it (SOGo) the href is read first, on one that takes a
// second object with the same UID (DAViCal) the UID is looked up first
// (guards.go).
func (c *Connector) Create(ctx context.Context, href string, data []byte) (calsync.Ref, error) {
	if err := c.checkCreate(ctx, href, data); err != nil {
		return calsync.Ref{}, err
	}
	etag, err := c.put(ctx, href, data, map[string]string{"If-None-Match": "*"})
	return calsync.Ref{Href: href, ETag: etag}, err
}

// Update implements sync.Connector: PUT with If-Match. On a server that
// creates on If-Match to a missing href (SOGo) the href is read first.
func (c *Connector) Update(ctx context.Context, href, etag string, data []byte) (string, error) {
	if etag == "" {
		return "", fmt.Errorf("caldav: update %s without an etag: %w", href, calsync.ErrPrecondition)
	}
	if err := c.checkExisting(ctx, "update", href, etag); err != nil {
		return "", err
	}
	return c.put(ctx, href, data, map[string]string{"If-Match": etag})
}

func (c *Connector) put(ctx context.Context, href string, data []byte, cond map[string]string) (string, error) {
	resp, err := c.do(ctx, request{method: http.MethodPut, path: href, body: data,
		ctype: "text/calendar; charset=utf-8", header: cond})
	var he *HTTPError
	if errors.As(err, &he) && he.Status == http.StatusConflict && he.Condition == "" && c.c.flavour() == flavourSOGo {
		// SOGo refuses a second object with the UID as a 409 whose body
		// names no precondition ("Event UID already in use")
		he.kind = calsync.ErrUIDConflict
	}
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusMultiStatus {
		// Xandikos reports a refused PUT as a 207 holding a 412 with
		// no-uid-conflict (PROTOCOLS.md §2.3).
		ms, err := decodeMultistatus(resp.Body)
		if err != nil {
			return "", fmt.Errorf("caldav: PUT %s: %w: %w", href, calsync.ErrMalformed, err)
		}
		if err := multistatusError(http.MethodPut, href, ms); err != nil {
			return "", err
		}
	}
	io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<20))
	if etag := resp.Header.Get("ETag"); etag != "" {
		return etag, nil
	}
	// RFC 4791 §5.3.4: a server that changed the data sends no strong
	// ETag; read the version so the object's state is known.
	return c.etag(ctx, href)
}

// etag reads one object's current version (PROPFIND Depth 0 getetag).
func (c *Connector) etag(ctx context.Context, href string) (string, error) {
	ms, err := c.propfind(ctx, href, "0", `<D:getetag/>`)
	if err != nil {
		return "", err
	}
	for _, r := range ms.Responses {
		if p := r.found(); p.ETag != nil {
			return *p.ETag, nil
		}
	}
	return "", nil
}

// Delete implements sync.Connector: DELETE, with If-Match unless etag is
// empty. On a server that ignores If-Match on DELETE (SOGo) the version is
// read first.
func (c *Connector) Delete(ctx context.Context, href, etag string) error {
	var cond map[string]string
	if etag != "" {
		if err := c.checkExisting(ctx, "delete", href, etag); err != nil {
			return err
		}
		cond = map[string]string{"If-Match": etag}
	}
	resp, err := c.do(ctx, request{method: http.MethodDelete, path: href, header: cond})
	if err != nil {
		return err
	}
	resp.Body.Close()
	return nil
}

// CalendarZone implements sync.ZoneReader: the TZID of the collection's
// CALDAV:calendar-timezone (RFC 4791 §5.2.2), a VCALENDAR holding one
// VTIMEZONE; "" when the calendar names none.
func (c *Connector) CalendarZone(ctx context.Context) (string, error) {
	ms, err := c.propfind(ctx, c.coll, "0", `<C:calendar-timezone/>`)
	if err != nil {
		return "", err
	}
	for _, r := range ms.Responses {
		if p := r.found(); p.CalendarZone != nil {
			for _, line := range strings.Split(*p.CalendarZone, "\n") {
				if tz, ok := strings.CutPrefix(strings.TrimRight(line, "\r"), "TZID:"); ok {
					return strings.TrimSpace(tz), nil
				}
			}
		}
	}
	return "", nil
}
