package caldav

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	calsync "github.com/planner-dk/planner/sync"
)

// The cursor says how the calendar was last read, so a poll needs no probe
// (PROTOCOLS.md §2.1):
//
//	sync:<token>  RFC 6578 sync-collection from that token
//	ctag:<ctag>   no sync-collection; list everything when getctag changed
//	list:         neither; list everything every time (go-webdav's server)
const (
	cursorSync = "sync"
	cursorCTag = "ctag"
	cursorList = "list"
)

// Changes implements sync.Connector. A no-change poll costs one request in
// the sync and ctag modes; a change costs one request plus the listing.
func (c *Connector) Changes(ctx context.Context, cursor string) (calsync.Changes, error) {
	mode, val, _ := strings.Cut(cursor, ":")
	switch mode {
	case cursorSync:
		return c.syncChanges(ctx, val)
	case cursorCTag:
		caps, err := c.Probe(ctx)
		if err != nil {
			return calsync.Changes{}, err
		}
		if caps.CTag != "" && caps.CTag == val {
			return calsync.Changes{Cursor: cursor}, nil
		}
		return c.listAll(ctx, caps)
	case cursorList:
		return c.listAll(ctx, Capabilities{})
	case "":
		// Try sync-collection first: a probe costs as much as the initial
		// listing on Radicale (both hash the whole collection). A server
		// without the report refuses it; then probe for getctag.
		ch, err := c.syncChanges(ctx, "")
		if err == nil || !unsupported(err) {
			return ch, err
		}
		caps, err := c.Probe(ctx)
		if err != nil {
			return calsync.Changes{}, err
		}
		return c.listAll(ctx, caps)
	default:
		return calsync.Changes{}, fmt.Errorf("caldav: cursor of unknown mode %q: %w", mode, calsync.ErrInvalidCursor)
	}
}

// syncChanges runs sync-collection from token ("" = initial, a full
// listing), following truncation (507) until the server has said all.
//
// Two servers need more than RFC 6578 (servers.go, INTEROP.md):
//   - An answer whose token is older than the one sent (both numbers:
//     DAViCal's server-wide "data:,N", SOGo's seconds) was not an answer
//     from that token: DAViCal lists every member without the deletions when
//     it does not know a token, SOGo lists every member and every tombstone.
//     It is taken as a full listing, so the engine diffs it against its own
//     state. (A DAViCal token that is unknown but lower is not caught here;
//     the engine's daily full listing is.)
//   - SOGo's token is capped at the second before its answer; what changed
//     in that second is listed by this read and, again, by the next. When a
//     token is capped (capped), the connector waits until that second is
//     over and reads on from the token, merging the answers, so the cursor
//     it returns lists nothing twice.
func (c *Connector) syncChanges(ctx context.Context, token string) (calsync.Changes, error) {
	ch := calsync.Changes{Full: token == ""}
	changed := map[string]string{}
	deleted := map[string]bool{}
	settles := 0
	for range 1000 { // a server that truncates forever is not followed forever
		ms, err := c.syncReport(ctx, token)
		if err != nil {
			return calsync.Changes{}, err
		}
		truncated, err := c.collect(ms, changed, deleted)
		if err != nil {
			return calsync.Changes{}, err
		}
		if ms.SyncToken == "" {
			return calsync.Changes{}, fmt.Errorf("caldav: sync-collection %s: answer without a sync-token: %w", c.coll, calsync.ErrMalformed)
		}
		if tokenRegressed(token, ms.SyncToken) {
			ch.Full = true
		}
		token = ms.SyncToken
		if !truncated && settles < 3 {
			capped, date, err := c.capped(ctx, token)
			if err != nil {
				return calsync.Changes{}, err
			}
			if capped {
				settles++
				if err := sleepPast(ctx, date); err != nil {
					return calsync.Changes{}, err
				}
				continue
			}
		}
		if !truncated {
			ch.Cursor = cursorSync + ":" + token
			untrusted := !ch.Full && c.c.flavour().untrustedVersions()
			for h, e := range changed {
				if untrusted {
					e = "" // read it: an equal version may be other content
				}
				ch.Changed = append(ch.Changed, calsync.Ref{Href: h, ETag: e})
			}
			if !ch.Full {
				for h := range deleted {
					ch.Deleted = append(ch.Deleted, h)
				}
			}
			sortChanges(&ch)
			return ch, nil
		}
	}
	return calsync.Changes{}, fmt.Errorf("caldav: sync-collection %s: truncated 1000 times: %w", c.coll, calsync.ErrMalformed)
}

// collect merges one sync-collection answer into changed and deleted and
// reports whether the server truncated it.
func (c *Connector) collect(ms *multistatus, changed map[string]string, deleted map[string]bool) (truncated bool, err error) {
	for _, r := range ms.Responses {
		for _, h := range r.Hrefs {
			href, err := normHref(h)
			if err != nil {
				return false, fmt.Errorf("caldav: sync-collection %s: %w: %w", c.coll, calsync.ErrMalformed, err)
			}
			if href == c.coll || href+"/" == c.coll {
				// RFC 6578 §3.6: 507 on the request-URI means truncated
				truncated = truncated || r.status() == http.StatusInsufficientStorage
				continue
			}
			p := r.found()
			switch {
			case r.status() == http.StatusNotFound:
				deleted[href] = true
				delete(changed, href)
			case p.ResourceType != nil && p.ResourceType.Collection != nil:
			default:
				etag := ""
				if p.ETag != nil {
					etag = *p.ETag
				}
				changed[href] = etag
				delete(deleted, href)
			}
		}
	}
	return truncated, nil
}

// tokenNumber reads a token that is a number: DAViCal's "data:,N" or
// SOGo's bare seconds. ok is false for any other form (Radicale's and
// Xandikos's are opaque).
func tokenNumber(tok string) (n int64, ok bool) {
	tok = strings.TrimSpace(tok)
	tok = strings.TrimPrefix(tok, "data:,")
	n, err := strconv.ParseInt(tok, 10, 64)
	return n, err == nil
}

// tokenRegressed reports whether the server answered a token older than
// the one it was sent, both numbers of the same form.
func tokenRegressed(sent, got string) bool {
	if strings.HasPrefix(sent, "data:,") != strings.HasPrefix(got, "data:,") {
		return false
	}
	s, ok1 := tokenNumber(sent)
	g, ok2 := tokenNumber(got)
	return ok1 && ok2 && g < s
}

// capped reports whether token is a SOGo token capped at the second before
// its answer, with changes in that second (they would be listed again from
// it), and the server's time then. SOGo's getctag is the time of the last
// change, uncapped, so a getctag later than the token says so; it is asked
// only for a token of the last few seconds. A bare-number token from a
// server not known yet makes the connector identify it first.
func (c *Connector) capped(ctx context.Context, token string) (bool, time.Time, error) {
	t, ok := tokenNumber(token)
	if !ok || strings.HasPrefix(token, "data:,") || t < time.Now().Unix()-5 {
		return false, time.Time{}, nil
	}
	if c.c.flavour() == flavourUnknown {
		if err := c.identify(ctx); err != nil {
			return false, time.Time{}, err
		}
	}
	if !c.c.flavour().secondsTokens() {
		return false, time.Time{}, nil
	}
	ms, err := c.propfind(ctx, c.coll, "0", `<CS:getctag/>`)
	if err != nil {
		return false, time.Time{}, err
	}
	for _, r := range ms.Responses {
		if p := r.found(); p.CTag != nil {
			ctag, ok := tokenNumber(*p.CTag)
			return ok && ctag > t, ms.Date, nil
		}
	}
	return false, time.Time{}, nil
}

// sleepPast waits until the second after date (the server's clock) has
// begun here: at least a little, at most a little over a second, as the
// clocks may differ.
func sleepPast(ctx context.Context, date time.Time) error {
	if date.IsZero() {
		date = time.Now()
	}
	d := min(max(time.Until(date.Truncate(time.Second).Add(time.Second+50*time.Millisecond)), 50*time.Millisecond), 1100*time.Millisecond)
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(d):
		return nil
	}
}

// syncReport sends one sync-collection REPORT asking for getetag only
// (PROPTOCOLS.md §2.3: inline calendar-data is unreliable) and no limit. An
// invalid token is answered 403/409 valid-sync-token (Radicale) or 500
// (Xandikos, whose store cannot find the old tree): a 5xx for a non-empty
// token is retried once and then taken as an invalid token, so the engine
// falls back to a full listing, which a genuinely failing server fails too.
func (c *Connector) syncReport(ctx context.Context, token string) (*multistatus, error) {
	body := davBody(`<D:sync-collection xmlns:D="DAV:"><D:sync-token>` + xmlText(token) +
		`</D:sync-token><D:sync-level>1</D:sync-level><D:prop><D:getetag/></D:prop></D:sync-collection>`)
	ms, err := c.report(ctx, "REPORT", c.coll, "0", body)
	var he *HTTPError
	if token == "" || !errors.As(err, &he) || he.Status < 500 {
		return ms, err
	}
	select {
	case <-ctx.Done():
		return nil, ctx.Err()
	case <-time.After(200 * time.Millisecond):
	}
	ms, err = c.report(ctx, "REPORT", c.coll, "0", body)
	if errors.As(err, &he) && he.Status >= 500 {
		return nil, fmt.Errorf("%w (taken as %w)", err, calsync.ErrInvalidCursor)
	}
	return ms, err
}

// listAll lists every object's href and etag (PROPFIND Depth 1): the
// fallback without sync-collection, and the periodic reconciliation.
func (c *Connector) listAll(ctx context.Context, caps Capabilities) (calsync.Changes, error) {
	ms, err := c.propfind(ctx, c.coll, "1", `<D:resourcetype/><D:getetag/>`)
	if err != nil {
		return calsync.Changes{}, err
	}
	ch := calsync.Changes{Full: true, Cursor: cursorList + ":"}
	if caps.CTag != "" {
		ch.Cursor = cursorCTag + ":" + caps.CTag
	}
	for _, r := range ms.Responses {
		for _, h := range r.Hrefs {
			href, err := normHref(h)
			if err != nil {
				return calsync.Changes{}, fmt.Errorf("caldav: PROPFIND %s: %w: %w", c.coll, calsync.ErrMalformed, err)
			}
			p := r.found()
			if href == c.coll || href+"/" == c.coll || (p.ResourceType != nil && p.ResourceType.Collection != nil) {
				continue
			}
			etag := ""
			if p.ETag != nil {
				etag = *p.ETag
			}
			ch.Changed = append(ch.Changed, calsync.Ref{Href: href, ETag: etag})
		}
	}
	sortChanges(&ch)
	return ch, nil
}

// sortChanges orders a listing by href, so answers are deterministic.
func sortChanges(ch *calsync.Changes) {
	slices.SortFunc(ch.Changed, func(a, b calsync.Ref) int { return strings.Compare(a.Href, b.Href) })
	slices.Sort(ch.Deleted)
}

// unsupported reports whether a REPORT was refused because the server does
// not offer it (RFC 3253 supported-report, or a 400/403/405/415/501 without
// an error the sync decides by), rather than because of credentials, load or
// a missing calendar.
func unsupported(err error) bool {
	var he *HTTPError
	if !errors.As(err, &he) {
		return false
	}
	switch {
	case he.Condition == "supported-report":
		return true
	case he.Status == http.StatusForbidden && he.Condition == "":
		return false // refused credentials or rights
	}
	switch he.Status {
	case http.StatusBadRequest, http.StatusMethodNotAllowed, http.StatusUnsupportedMediaType, http.StatusNotImplemented, http.StatusForbidden:
		return true
	}
	return false
}
