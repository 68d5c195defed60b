package graph

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	calsync "github.com/planner-dk/planner/sync"
)

// Bounds of one delta round, so no answer makes it run away: pages, items
// and restarts of a first round whose skip token expired.
const (
	maxPages    = 5_000
	maxItems    = 200_000
	maxRestarts = 2
)

// cursor is what the engine keeps between pulls: the delta window (baked
// into Graph's token) and the deltaLink. Its text form is
// "graph1 <start unix> <end unix> <deltaLink>".
type cursor struct {
	start, end time.Time
	link       string
}

func (c cursor) String() string {
	return fmt.Sprintf("graph1 %d %d %s", c.start.Unix(), c.end.Unix(), c.link)
}

func parseCursor(s string) (cursor, bool) {
	f := strings.SplitN(s, " ", 4)
	if len(f) != 4 || f[0] != "graph1" {
		return cursor{}, false
	}
	a, err1 := strconv.ParseInt(f[1], 10, 64)
	b, err2 := strconv.ParseInt(f[2], 10, 64)
	if err1 != nil || err2 != nil || f[3] == "" {
		return cursor{}, false
	}
	return cursor{start: time.Unix(a, 0).UTC(), end: time.Unix(b, 0).UTC(), link: f[3]}, true
}

func (c *Connector) now() time.Time {
	if c.cfg.Now != nil {
		return c.cfg.Now().UTC()
	}
	return time.Now().UTC()
}

func (c *Connector) horizon() (back, ahead time.Duration) {
	back, ahead = c.cfg.Back, c.cfg.Ahead
	if back <= 0 {
		back = 7 * 24 * time.Hour
	}
	if ahead <= 0 {
		ahead = 26 * 7 * 24 * time.Hour
	}
	return back, ahead
}

// window is a first round's window: the horizon with a week's slack behind
// and four ahead, on Monday midnights UTC (PROTOCOLS.md §1.3 pitfall 1).
func (c *Connector) window() (time.Time, time.Time) {
	back, ahead := c.horizon()
	now := c.now()
	return monday(now.Add(-back - 7*24*time.Hour)), monday(now.Add(ahead + 5*7*24*time.Hour))
}

func monday(t time.Time) time.Time {
	d := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	return d.AddDate(0, 0, -((int(d.Weekday()) + 6) % 7))
}

// stale reports a window the horizon has outgrown: its end within a week of
// the horizon's end, or its start after the horizon's. The pull then runs a
// fresh round, which the engine stores whole with its new cursor.
func (c *Connector) stale(cur cursor) bool {
	back, ahead := c.horizon()
	now := c.now()
	return cur.end.Before(now.Add(ahead+7*24*time.Hour)) || cur.start.After(now.Add(-back))
}

// Changes implements sync.Connector over calendarView/delta: the empty
// cursor runs a first round over a new window (Full), a stored one the next
// round from its deltaLink. An expired token (410, syncStateNotFound) and an
// outgrown window are ErrInvalidCursor, so the engine runs a first round —
// never "everything deleted". Replays are folded: the last state of an id
// wins, a removal of an unknown id is harmless.
func (c *Connector) Changes(ctx context.Context, cur string) (calsync.Changes, error) {
	if cur == "" {
		return c.firstRound(ctx)
	}
	pc, ok := parseCursor(cur)
	if !ok || c.stale(pc) {
		return calsync.Changes{}, fmt.Errorf("graph: delta window to be re-based: %w", calsync.ErrInvalidCursor)
	}
	r, err := c.round(ctx, pc.link)
	if err != nil {
		return calsync.Changes{}, err
	}
	ch := calsync.Changes{Cursor: cursor{pc.start, pc.end, r.deltaLink}.String()}
	ch.Changed, ch.Deleted = c.keep(r)
	return ch, nil
}

func (c *Connector) firstRound(ctx context.Context) (calsync.Changes, error) {
	start, end := c.window()
	q := url.Values{"startDateTime": {start.Format(time.RFC3339)}, "endDateTime": {end.Format(time.RFC3339)}}
	first := c.base + "/calendarView/delta?" + q.Encode()
	for restart := 0; ; restart++ {
		r, err := c.round(ctx, first)
		if errors.Is(err, calsync.ErrInvalidCursor) && restart < maxRestarts {
			continue // the skip token of this very round expired: again
		}
		if err != nil {
			return calsync.Changes{}, err
		}
		ch := calsync.Changes{Full: true, Cursor: cursor{start, end, r.deltaLink}.String()}
		ch.Changed, _ = c.keep(r)
		return ch, nil
	}
}

// roundResult is one delta round folded: the last state of every id.
type roundResult struct {
	events    map[string]event
	removed   map[string]bool
	deltaLink string
}

// keep stores a round's events for the Fetch that follows and lists them.
func (c *Connector) keep(r roundResult) ([]calsync.Ref, []string) {
	changed := make([]calsync.Ref, 0, len(r.events))
	for id, ev := range r.events {
		changed = append(changed, calsync.Ref{Href: id, ETag: ev.ETag})
	}
	slices.SortFunc(changed, func(a, b calsync.Ref) int { return strings.Compare(a.Href, b.Href) })
	var deleted []string
	for id := range r.removed {
		deleted = append(deleted, id)
	}
	slices.Sort(deleted)
	c.mu.Lock()
	c.pulled = r.events
	c.mu.Unlock()
	return changed, deleted
}

// round follows a delta round from link through every nextLink (an empty
// page with one included) to the deltaLink.
func (c *Connector) round(ctx context.Context, link string) (roundResult, error) {
	r := roundResult{events: map[string]event{}, removed: map[string]bool{}}
	size := c.cfg.PageSize
	if size <= 0 {
		size = 100
	}
	items := 0
	for range maxPages {
		if err := sameOrigin(c.cfg.GraphURL, link); err != nil {
			return roundResult{}, err
		}
		resp, err := c.do(ctx, request{method: http.MethodGet, url: link, pageSize: size})
		if err != nil {
			return roundResult{}, err
		}
		if resp.status != http.StatusOK {
			return roundResult{}, statusErr("GET calendarView/delta", resp)
		}
		page, err := decodePage(resp.body)
		if err != nil {
			return roundResult{}, err
		}
		items += len(page.Value)
		if items > maxItems {
			return roundResult{}, fmt.Errorf("graph: delta round of more than %d items: %w", maxItems, calsync.ErrMalformed)
		}
		for _, ev := range page.Value {
			switch {
			case ev.Removed != nil:
				delete(r.events, ev.ID)
				r.removed[ev.ID] = true
			case ev.Type == "seriesMaster":
				// a master is no time of its own; its instances are listed
			default:
				delete(r.removed, ev.ID)
				r.events[ev.ID] = ev
			}
		}
		switch {
		case page.DeltaLink != "":
			r.deltaLink = page.DeltaLink
			return r, nil
		case page.NextLink == "":
			return roundResult{}, fmt.Errorf("graph: delta page with neither nextLink nor deltaLink: %w", calsync.ErrMalformed)
		}
		link = page.NextLink
	}
	return roundResult{}, fmt.Errorf("graph: delta round of more than %d pages: %w", maxPages, calsync.ErrMalformed)
}

// page is one delta page.
type page struct {
	NextLink  string  `json:"@odata.nextLink"`
	DeltaLink string  `json:"@odata.deltaLink"`
	Value     []event `json:"value"`
}

// decodePage reads a delta page; an item without an id is malformed.
func decodePage(b []byte) (page, error) {
	var p page
	if err := json.Unmarshal(b, &p); err != nil {
		return page{}, fmt.Errorf("graph: delta page: %v: %w", err, calsync.ErrMalformed)
	}
	for _, ev := range p.Value {
		if ev.ID == "" {
			return page{}, fmt.Errorf("graph: delta page: an item without an id: %w", calsync.ErrMalformed)
		}
	}
	return p, nil
}

// sameOrigin refuses a nextLink or deltaLink that leaves the Graph root's
// host: the bearer token goes only where it belongs.
func sameOrigin(root, link string) error {
	r, err1 := url.Parse(root)
	l, err2 := url.Parse(link)
	if err1 != nil || err2 != nil || !strings.EqualFold(r.Host, l.Host) || r.Scheme != l.Scheme {
		return fmt.Errorf("graph: delta link outside %s: %w", root, calsync.ErrMalformed)
	}
	return nil
}
