package caldav

import (
	"context"
	"errors"
	"fmt"
	"strings"

	calsync "github.com/planner-dk/planner/sync"
)

// The reads a write makes first on a server that does not keep the
// preconditions it is sent (servers.go). They leave a window of one round
// trip in which a foreign write can still slip between the read and the
// write; a server that keeps its preconditions leaves none, and the
// connector then sends the write alone.

// identify makes sure the server's flavour is known before a write: when
// no answer has told it yet, one PROPFIND of the collection does.
func (c *Connector) identify(ctx context.Context) error {
	if c.c.flavour() != flavourUnknown {
		return nil
	}
	_, err := c.propfind(ctx, c.coll, "0", `<D:resourcetype/>`)
	return err
}

// writeGuard is what a conditional write needs to know before it is sent.
type writeGuard struct {
	exists bool   // something is at the href
	etag   string // its version, when it exists
}

// guard reads the object at href when the server may ignore the
// preconditions of a write to it (or the server is not known yet: the read
// tells it). ok is false when no read was needed.
func (c *Connector) guard(ctx context.Context, href string) (g writeGuard, ok bool, err error) {
	if err := c.identify(ctx); err != nil {
		return writeGuard{}, false, err
	}
	if !c.c.flavour().ignoresPreconditions() {
		return writeGuard{}, false, nil
	}
	etag, exists, err := c.stat(ctx, href)
	return writeGuard{exists: exists, etag: etag}, true, err
}

// stat reads an object's version (PROPFIND Depth 0 getetag); exists is
// false when the server answers 404.
func (c *Connector) stat(ctx context.Context, href string) (etag string, exists bool, err error) {
	ms, err := c.propfind(ctx, href, "0", `<D:getetag/>`)
	if errors.Is(err, calsync.ErrNotFound) {
		return "", false, nil
	}
	if err != nil {
		return "", false, err
	}
	for _, r := range ms.Responses {
		if r.status() == 404 {
			return "", false, nil
		}
		if p := r.found(); p.ETag != nil {
			return *p.ETag, true, nil
		}
	}
	return "", true, nil
}

// checkCreate refuses a create that the server would carry out although it
// must not: an object already at href (SOGo ignores If-None-Match: *), or
// the UID held by an object at another href (DAViCal accepts it).
func (c *Connector) checkCreate(ctx context.Context, href string, data []byte) error {
	g, read, err := c.guard(ctx, href)
	if err != nil {
		return err
	}
	if read && g.exists {
		return fmt.Errorf("caldav: create %s: an object is there already (read before the PUT): %w", href, calsync.ErrPrecondition)
	}
	if !c.c.flavour().acceptsDuplicateUID() {
		return nil
	}
	uid := icalUID(data)
	if uid == "" {
		return nil
	}
	holders, err := c.uidHolders(ctx, uid)
	if err != nil {
		return err
	}
	for _, h := range holders {
		if h != href {
			return fmt.Errorf("caldav: create %s: the UID is held by %s (looked up before the PUT): %w", href, h, calsync.ErrUIDConflict)
		}
	}
	return nil
}

// checkExisting refuses an update or conditional delete that the server
// would carry out although it must not: nothing at href (SOGo creates on
// PUT If-Match) or another version there (SOGo ignores If-Match on DELETE).
// An equal version is taken as the same object; on SOGo it may be an object
// deleted and created again since (its counter restarts), which only
// Planner writes at its own hrefs.
func (c *Connector) checkExisting(ctx context.Context, op, href, etag string) error {
	g, read, err := c.guard(ctx, href)
	switch {
	case err != nil:
		return err
	case !read:
		return nil
	case !g.exists:
		return fmt.Errorf("caldav: %s %s: no object there (read before): %w", op, href, calsync.ErrNotFound)
	case g.etag != etag:
		return fmt.Errorf("caldav: %s %s: the version is %s, not %s (read before): %w", op, href, g.etag, etag, calsync.ErrPrecondition)
	}
	return nil
}

// uidHolders lists the hrefs of the calendar's events whose UID is uid
// (RFC 4791 §7.8 calendar-query; text-match is a substring match, so the
// UIDs are compared again here).
func (c *Connector) uidHolders(ctx context.Context, uid string) ([]string, error) {
	body := davBody(`<C:calendar-query xmlns:D="DAV:" xmlns:C="` + nsCalDAV + `"><D:prop><D:getetag/><C:calendar-data/></D:prop>` +
		`<C:filter><C:comp-filter name="VCALENDAR"><C:comp-filter name="VEVENT"><C:prop-filter name="UID">` +
		`<C:text-match collation="i;octet">` + xmlText(uid) + `</C:text-match></C:prop-filter></C:comp-filter></C:comp-filter></C:filter></C:calendar-query>`)
	ms, err := c.report(ctx, "REPORT", c.coll, "1", body)
	if err != nil {
		return nil, err
	}
	var hrefs []string
	for _, r := range ms.Responses {
		p := r.found()
		if p.CalendarData == nil || icalUID([]byte(*p.CalendarData)) != uid {
			continue
		}
		for _, h := range r.Hrefs {
			if href, err := normHref(h); err == nil {
				hrefs = append(hrefs, href)
			}
		}
	}
	return hrefs, nil
}

// icalUID is the first UID property of an iCalendar object, unfolded
// (RFC 5545 §3.1); "" when there is none.
func icalUID(data []byte) string {
	lines := strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n")
	for i, l := range lines {
		name, value, ok := strings.Cut(l, ":")
		if !ok || !strings.EqualFold(strings.SplitN(name, ";", 2)[0], "UID") {
			continue
		}
		for _, next := range lines[i+1:] {
			if next == "" || (next[0] != ' ' && next[0] != '\t') {
				break
			}
			value += next[1:]
		}
		return strings.TrimSpace(value)
	}
	return ""
}
