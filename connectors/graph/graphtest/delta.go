package graphtest

import (
	"encoding/base64"
	"fmt"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"time"
)

// deltaState is a mailbox's side of calendarView/delta: the replica that
// delta reads (lagging the store by the replication delay), the pending
// changes, and the cursors behind the opaque tokens.
type deltaState struct {
	replica    map[string]*object
	tombs      map[string]uint64 // deleted object id → replica seq of the deletion
	appliedSeq uint64
	pending    []pendingChange
	requests   int // delta requests so far
	delay      int

	cursors map[string]*cursor

	shortPages []int
	replays    int
}

type pendingChange struct {
	visibleAt int
	id        string
	obj       *object // nil: deleted
	seq       uint64
}

// cursor is what a $skiptoken or $deltatoken stands for.
type cursor struct {
	from, to time.Time
	invalid  Invalidation
	// A $deltatoken: what the client was told by the rounds so far.
	known map[string]known
	seq   uint64
	// A $skiptoken: a round in progress and the position in it.
	round *round
	pos   int
}

type known struct{ version, objID string }

// round is one delta round, fixed when it starts: the items to send and
// the knowledge its deltaLink will carry.
type round struct {
	items  []deltaItem
	known  map[string]known
	seq    uint64
	replay *deltaItem // an unchanged instance a replay may resend
}

type deltaItem struct {
	removed bool
	id      string
	ev      Event
}

func (d *deltaState) init() {
	d.replica, d.tombs, d.cursors = map[string]*object{}, map[string]uint64{}, map[string]*cursor{}
}

// record queues a change; it becomes visible to delta after d.delay more
// delta requests.
func (d *deltaState) record(id string, obj *object, seq uint64) {
	d.pending = append(d.pending, pendingChange{visibleAt: d.requests + d.delay, id: id, obj: obj, seq: seq})
}

// apply moves the changes now due into the replica, in order.
func (d *deltaState) apply() {
	n := 0
	for _, p := range d.pending {
		if p.visibleAt >= d.requests {
			break
		}
		if p.obj == nil {
			delete(d.replica, p.id)
			d.tombs[p.id] = p.seq
		} else {
			d.replica[p.id] = p.obj
			delete(d.tombs, p.id)
		}
		d.appliedSeq = p.seq
		n++
	}
	d.pending = d.pending[n:]
}

// newRound computes a round over [from, to) against what the client
// knows. Incremental rounds also report, as @removed, objects changed or
// deleted since the last round that have no instance in the window and
// none the client knows: Graph's documented quirk for changes outside the
// window.
func (d *deltaState) newRound(from, to time.Time, prev map[string]known, prevSeq uint64, incremental bool) *round {
	r := &round{known: map[string]known{}, seq: d.appliedSeq}
	var present []Event
	inWindow := map[string]bool{}
	for _, o := range d.replica {
		for _, inst := range instances(o, from, to) {
			r.known[inst.ID] = known{version: inst.ChangeKey, objID: o.ev.ID}
			inWindow[o.ev.ID] = true
			present = append(present, inst)
		}
	}
	sort.Slice(present, func(i, j int) bool {
		if !present[i].Start.Equal(present[j].Start) {
			return present[i].Start.Before(present[j].Start)
		}
		return present[i].ID < present[j].ID
	})
	knownObj := map[string]bool{}
	for _, k := range prev {
		knownObj[k.objID] = true
	}
	for _, inst := range present {
		if prev[inst.ID].version != inst.ChangeKey {
			r.items = append(r.items, deltaItem{id: inst.ID, ev: inst})
		} else if r.replay == nil {
			r.replay = &deltaItem{id: inst.ID, ev: inst}
		}
	}
	var gone []string
	for id := range prev {
		if _, ok := r.known[id]; !ok {
			gone = append(gone, id)
		}
	}
	if incremental {
		for id, o := range d.replica {
			if o.seq > prevSeq && !inWindow[id] && !knownObj[id] {
				gone = append(gone, id)
			}
		}
		for id, seq := range d.tombs {
			if seq > prevSeq && !knownObj[id] {
				gone = append(gone, id)
			}
		}
	}
	sort.Strings(gone)
	for _, id := range gone {
		r.items = append(r.items, deltaItem{removed: true, id: id})
	}
	return r
}

// deltaPage is one page of a delta round.
type deltaPage struct {
	Context   string `json:"@odata.context"`
	NextLink  string `json:"@odata.nextLink,omitempty"`
	DeltaLink string `json:"@odata.deltaLink,omitempty"`
	Value     []any  `json:"value"`
}

// notWithDelta are the query options calendarView/delta refuses.
var notWithDelta = []string{"$select", "$expand", "$filter", "$orderby", "$top", "$search", "$count"}

// delta is GET /users/{upn}/calendarView/delta.
func (c *call) delta() {
	q := c.r.URL.Query()
	for _, opt := range notWithDelta {
		if _, ok := query(q, opt); ok {
			c.fail(http.StatusBadRequest, "ErrorInvalidUrlQuery",
				fmt.Sprintf("The following parameters are not supported with change tracking over the 'CalendarView' resource: '%s'.", opt))
			return
		}
	}
	skipTok, hasSkip := query(q, "$skiptoken")
	deltaTok, hasDelta := query(q, "$deltatoken")
	var from, to time.Time
	if !hasSkip && !hasDelta {
		var ok bool
		if from, to, ok = c.window(q); !ok {
			return
		}
	}
	c.s.mu.Lock()
	d := &c.m.delta
	d.requests++
	d.apply()
	var cur *cursor
	if hasSkip || hasDelta {
		tok := skipTok
		if !hasSkip {
			tok = deltaTok
		}
		cur = d.cursors[tok]
		if cur == nil || (cur.round != nil) != hasSkip {
			c.s.mu.Unlock()
			c.fail(http.StatusBadRequest, "syncStateNotFound", "The sync state generation is not found. The delta token is expired and data must be synchronized again.")
			return
		}
		if cur.invalid != 0 {
			how, cf, ct := cur.invalid, cur.from, cur.to
			c.s.mu.Unlock()
			c.invalidToken(how, cf, ct)
			return
		}
		from, to = cur.from, cur.to
	}
	r, pos := d.roundFor(cur, from, to)
	page, next := c.page(d, r, pos)
	var link string
	tok := newToken()
	if next < len(r.items) {
		d.cursors[tok] = &cursor{from: from, to: to, round: r, pos: next}
		link = c.base() + "/calendarView/delta?$skiptoken=" + tok
	} else {
		d.cursors[tok] = &cursor{from: from, to: to, known: r.known, seq: r.seq}
		link = c.base() + "/calendarView/delta?$deltatoken=" + tok
	}
	c.s.mu.Unlock()
	out := deltaPage{Context: c.s.URL + "/v1.0/$metadata#Collection(event)", Value: c.renderItems(page)}
	if next < len(r.items) {
		out.NextLink = link
	} else {
		out.DeltaLink = link
	}
	applied := "odata.track-changes"
	if c.prefer.maxPageSize > 0 {
		applied += ", odata.maxpagesize=" + strconv.Itoa(c.prefer.maxPageSize)
	}
	c.w.Header().Set("Preference-Applied", applied)
	c.json(http.StatusOK, out)
}

// window reads startDateTime and endDateTime for a first round.
func (c *call) window(q url.Values) (time.Time, time.Time, bool) {
	rawFrom, ok1 := query(q, "startDateTime")
	rawTo, ok2 := query(q, "endDateTime")
	if !ok1 || !ok2 {
		c.fail(http.StatusBadRequest, "ErrorInvalidParameter", "This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.")
		return time.Time{}, time.Time{}, false
	}
	from, err1 := parseWindowBound(rawFrom)
	to, err2 := parseWindowBound(rawTo)
	if err1 != nil || err2 != nil || !to.After(from) {
		c.fail(http.StatusBadRequest, "ErrorInvalidParameter", "The parameters StartDateTime and EndDateTime must be valid ISO 8601 date-times, the end after the start.")
		return time.Time{}, time.Time{}, false
	}
	return from, to, true
}

// roundFor continues the round of a skiptoken, or starts one (fresh with
// no cursor, incremental from a deltatoken).
func (d *deltaState) roundFor(cur *cursor, from, to time.Time) (*round, int) {
	switch {
	case cur == nil:
		return d.newRound(from, to, nil, 0, false), 0
	case cur.round != nil:
		return cur.round, cur.pos
	default:
		return d.newRound(from, to, cur.known, cur.seq, true), 0
	}
}

// page picks the items of the page at pos; next is where the next page
// starts. Short-page and replay knobs apply here.
func (c *call) page(d *deltaState, r *round, pos int) ([]deltaItem, int) {
	size := c.prefer.maxPageSize
	if size <= 0 {
		size = c.s.pageSize
	}
	size = min(size, 1000)
	if len(d.shortPages) > 0 {
		size = min(size, d.shortPages[0])
		d.shortPages = d.shortPages[1:]
	}
	next := min(pos+size, len(r.items))
	page := append([]deltaItem(nil), r.items[pos:next]...)
	if d.replays > 0 {
		switch {
		case pos > 0:
			page = append([]deltaItem{r.items[pos-1]}, page...)
			d.replays--
		case r.replay != nil:
			page = append([]deltaItem{*r.replay}, page...)
			d.replays--
		}
	}
	return page, next
}

func (c *call) renderItems(items []deltaItem) []any {
	name, loc := c.zone()
	out := make([]any, 0, len(items))
	for i := range items {
		if items[i].removed {
			out = append(out, removal(items[i].id))
			continue
		}
		w := render(&items[i].ev, renderZone{name, loc}, nil)
		w.ODataType = "#microsoft.graph.event"
		out = append(out, w)
	}
	return out
}

// invalidToken answers a token InvalidateDelta invalidated.
func (c *call) invalidToken(how Invalidation, from, to time.Time) {
	fresh := url.Values{}
	fresh.Set("startDateTime", from.UTC().Format(time.RFC3339))
	fresh.Set("endDateTime", to.UTC().Format(time.RFC3339))
	location := c.base() + "/calendarView/delta?" + fresh.Encode()
	switch how {
	case Gone:
		c.w.Header().Set("Location", location)
		c.fail(http.StatusGone, "SyncStateNotFound", "The sync state generation is not found; generation=1;[highest=2][2].")
	case GoneResyncRequired:
		c.w.Header().Set("Location", location)
		c.fail(http.StatusGone, "resyncRequired", "Resync required. Replace any local cached copy with the data returned by a full sync.")
	default:
		c.fail(http.StatusBadRequest, "syncStateNotFound", "The sync state generation is not found. The delta token is expired and data must be synchronized again.")
	}
}

func newToken() string {
	return base64.RawURLEncoding.EncodeToString(append(newKey(), newKey()[:8]...))
}
