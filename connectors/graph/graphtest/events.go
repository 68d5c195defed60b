package graphtest

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
)

// query returns a query parameter, its name matched case-insensitively
// ($Filter and $filter are the same to Graph).
func query(q url.Values, name string) (string, bool) {
	for k, v := range q {
		if strings.EqualFold(k, name) && len(v) > 0 {
			return v[0], true
		}
	}
	return "", false
}

// failErr answers err: a requestError as itself, anything else as 500.
func (c *call) failErr(err error) {
	var re *requestError
	if errors.As(err, &re) {
		c.fail(re.status, re.code, re.message)
		return
	}
	c.fail(http.StatusInternalServerError, "generalException", err.Error())
}

func (c *call) notFound() {
	c.fail(http.StatusNotFound, "ErrorItemNotFound", "The specified object was not found in the store.")
}

// expandIDs reads $expand (nil when absent).
func (c *call) expandIDs() ([]string, bool) {
	raw, ok := query(c.r.URL.Query(), "$expand")
	if !ok {
		return nil, true
	}
	ids, err := parseExpand(raw)
	if err != nil {
		c.fail(http.StatusBadRequest, "BadRequest", "Parsing OData Select and Expand failed: "+err.Error())
		return nil, false
	}
	return ids, true
}

// wire renders e for this request, with the properties $expand asked for.
func (c *call) wire(e *Event, expand []string) wireEvent {
	name, loc := c.zone()
	var props []ExtendedProperty
	if expand != nil {
		props = selectProperties(e.ExtendedProperties, expand)
	}
	return render(e, renderZone{name, loc}, props)
}

// entity writes one event with its @odata.context.
func (c *call) entity(status int, w wireEvent) {
	b, _ := json.Marshal(w)
	var m map[string]json.RawMessage
	_ = json.Unmarshal(b, &m)
	ctx, _ := json.Marshal(c.s.URL + "/v1.0/$metadata#users('" + url.PathEscape(c.upn) + "')/events/$entity")
	m["@odata.context"] = ctx
	c.json(status, m)
}

// getEvent is GET /users/{upn}/events/{id}[?$expand=…].
func (c *call) getEvent(id string) {
	expand, ok := c.expandIDs()
	if !ok {
		return
	}
	c.s.mu.Lock()
	t, found := c.m.find(id)
	var e Event
	if found {
		e = t.event()
	}
	c.s.mu.Unlock()
	if !found {
		c.notFound()
		return
	}
	c.entity(http.StatusOK, c.wire(&e, expand))
}

// createEvent is POST /users/{upn}/events. A repeated transactionId within
// the retention returns the event the first POST made (201 again).
func (c *call) createEvent() {
	body, err := io.ReadAll(c.r.Body)
	if err != nil {
		return
	}
	var e Event
	e.withDefaults()
	if err := applyJSON(&e, body, true); err != nil {
		c.failErr(err)
		return
	}
	if e.Start.IsZero() || e.End.IsZero() {
		c.fail(http.StatusBadRequest, "ErrorInvalidRequest", "An event needs a start and an end.")
		return
	}
	c.s.mu.Lock()
	now := c.s.now()
	var o *object
	if e.TransactionID != "" && c.s.retention > 0 {
		if t, ok := c.m.txns[e.TransactionID]; ok && now.Sub(t.at) < c.s.retention {
			o = c.m.objects[t.id]
		}
	}
	if o == nil {
		o = c.m.create(e, now)
		if e.TransactionID != "" {
			c.m.txns[e.TransactionID] = txn{id: o.ev.ID, at: now}
		}
	}
	stored := o.ev.clone()
	c.s.mu.Unlock()
	if c.takeDrop() {
		c.drop()
		return
	}
	c.entity(http.StatusCreated, c.wire(&stored, nil))
}

// ifMatch checks If-Match against the target's etag (when enforcement is
// on). Weak and strong forms, and the bare changeKey, all compare by
// changeKey; "*" matches anything.
func (c *call) ifMatch(e *Event) bool {
	h := c.r.Header.Get("If-Match")
	c.s.mu.Lock()
	enforce := c.s.ifMatch
	c.s.mu.Unlock()
	if h == "" || !enforce || strings.TrimSpace(h) == "*" {
		return true
	}
	norm := func(s string) string {
		return strings.Trim(strings.TrimPrefix(strings.TrimSpace(s), "W/"), `"`)
	}
	if norm(h) == e.ChangeKey {
		return true
	}
	c.fail(http.StatusPreconditionFailed, "ErrorIrresolvableConflict",
		"The send or update operation could not be performed because the change key passed in the request does not match the current change key for the item.")
	return false
}

// patchEvent is PATCH /users/{upn}/events/{id}: 200 with the event.
func (c *call) patchEvent(id string) {
	body, err := io.ReadAll(c.r.Body)
	if err != nil {
		return
	}
	c.s.mu.Lock()
	t, found := c.m.find(id)
	if !found {
		c.s.mu.Unlock()
		c.notFound()
		return
	}
	cur := t.event()
	c.s.mu.Unlock()
	// The check and the write are not one critical section, as on the
	// real service; the double's own lock keeps its state consistent.
	if !c.ifMatch(&cur) {
		return
	}
	c.s.mu.Lock()
	t, found = c.m.find(id)
	var e Event
	if found {
		e, err = c.m.update(t, c.s.now(), func(e *Event) error { return applyJSON(e, body, false) })
	}
	c.s.mu.Unlock()
	switch {
	case !found:
		c.notFound()
	case err != nil:
		c.failErr(err)
	default:
		c.entity(http.StatusOK, c.wire(&e, nil))
	}
}

// deleteEvent is DELETE /users/{upn}/events/{id}: 204.
func (c *call) deleteEvent(id string) {
	c.s.mu.Lock()
	t, found := c.m.find(id)
	var cur Event
	if found {
		cur = t.event()
	}
	c.s.mu.Unlock()
	if !found {
		c.notFound()
		return
	}
	if !c.ifMatch(&cur) {
		return
	}
	c.s.mu.Lock()
	if t, found = c.m.find(id); found {
		c.m.delete(t)
	}
	c.s.mu.Unlock()
	if !found {
		c.notFound()
		return
	}
	c.noContent()
}

// listEvents is GET /users/{upn}/events with optional $filter (the
// extended-property form), $select, $top, $skip and $expand. It lists
// stored objects (singles and series masters), never occurrences, as
// Graph's /events does; pages of $top (default 10) chain by
// @odata.nextLink.
func (c *call) listEvents() {
	q := c.r.URL.Query()
	var filter *propertyFilter
	if raw, ok := query(q, "$filter"); ok {
		f, err := parsePropertyFilter(raw)
		if err != nil {
			c.fail(http.StatusBadRequest, "ErrorInvalidUrlQueryFilter", "The query filter contains one or more invalid nodes.")
			return
		}
		filter = &f
	}
	expand, ok := c.expandIDs()
	if !ok {
		return
	}
	top, skip := 10, 0
	if raw, ok := query(q, "$top"); ok {
		if n, err := strconv.Atoi(raw); err == nil && n > 0 {
			top = min(n, 1000)
		} else {
			c.fail(http.StatusBadRequest, "BadRequest", "Invalid $top value.")
			return
		}
	}
	if raw, ok := query(q, "$skip"); ok {
		skip, _ = strconv.Atoi(raw)
	}
	c.s.mu.Lock()
	var events []Event
	for _, o := range c.m.sortedObjects() {
		if filter == nil || filter.matches(o.ev.ExtendedProperties) {
			events = append(events, o.ev.clone())
		}
	}
	c.s.mu.Unlock()
	sel, _ := query(q, "$select")
	value := []map[string]json.RawMessage{}
	for i := skip; i < len(events) && i < skip+top; i++ {
		value = append(value, selectFields(c.wire(&events[i], expand), sel))
	}
	page := map[string]any{
		"@odata.context": c.s.URL + "/v1.0/$metadata#users('" + url.PathEscape(c.upn) + "')/events",
		"value":          value,
	}
	if skip+top < len(events) {
		q.Set("$skip", strconv.Itoa(skip+top))
		page["@odata.nextLink"] = c.base() + "/events?" + q.Encode()
	}
	c.json(http.StatusOK, page)
}

// selectFields keeps the $select'ed properties (plus @odata.etag and id,
// which Graph always returns) and any expanded extended properties.
func selectFields(w wireEvent, sel string) map[string]json.RawMessage {
	b, _ := json.Marshal(w)
	var m map[string]json.RawMessage
	_ = json.Unmarshal(b, &m)
	if sel == "" {
		return m
	}
	keep := map[string]bool{"@odata.etag": true, "id": true, "singleValueExtendedProperties": true}
	for _, f := range strings.Split(sel, ",") {
		keep[strings.ToLower(strings.TrimSpace(f))] = true
	}
	for k := range m {
		if !keep[k] && !keep[strings.ToLower(k)] {
			delete(m, k)
		}
	}
	return m
}
