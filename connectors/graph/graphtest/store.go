package graphtest

import (
	"fmt"
	"net/http"
	"sort"
	"strings"
	"time"
)

// mailbox is one user's primary calendar, its delta replica and its knobs.
type mailbox struct {
	tenant, upn string
	objects     map[string]*object
	txns        map[string]txn
	seq         uint64 // bumped by every change

	delta deltaState // replica, rounds and tokens (delta.go)
	knobs knobs      // faults and throttling (throttle.go)
	log   []Request
}

type txn struct {
	id string
	at time.Time
}

func newMailbox(tenantName, upn string, maxConcurrent int) *mailbox {
	m := &mailbox{tenant: strings.ToLower(tenantName), upn: upn, objects: map[string]*object{}, txns: map[string]txn{}}
	m.delta.init()
	m.knobs.maxConcurrent = maxConcurrent
	return m
}

func (m *mailbox) logRequest(r *http.Request, now time.Time) int {
	m.log = append(m.log, Request{
		Method: r.Method, URI: r.URL.RequestURI(), Time: now,
		Prefer: r.Header.Values("Prefer"), IfMatch: r.Header.Get("If-Match"),
		ClientRequestID: r.Header.Get("client-request-id"),
	})
	return len(m.log) - 1
}

// create stores e as a new object and returns it.
func (m *mailbox) create(e Event, now time.Time) *object {
	key := newKey()
	e.withDefaults()
	e.ID = objectID(key)
	e.ICalUID = newICalUID(key)
	e.Created = now.UTC()
	e.SeriesMasterID, e.OriginalStart = "", time.Time{}
	e.Type = "singleInstance"
	if e.Recurrence != nil {
		e.Type = "seriesMaster"
	}
	if e.OrganizerAddress == "" {
		e.OrganizerName, e.OrganizerAddress = m.upn, m.upn
	}
	o := &object{ev: e, exceptions: map[int64]*exception{}}
	m.objects[e.ID] = o
	m.touch(o, now)
	return o
}

// touch records a change to o: a new changeKey, a new lastModified, and a
// pending change for the delta replica.
func (m *mailbox) touch(o *object, now time.Time) {
	o.ev.ChangeKey = newChangeKey()
	o.ev.LastModified = now.UTC()
	m.changed(o)
}

// changed records o's current state (its exceptions included) for delta.
func (m *mailbox) changed(o *object) {
	m.seq++
	o.seq = m.seq
	m.delta.record(o.ev.ID, o.clone(), m.seq)
}

// remove deletes object id.
func (m *mailbox) remove(id string) {
	delete(m.objects, id)
	m.seq++
	m.delta.record(id, nil, m.seq)
}

// target is what an event id names: an object, or one slot of a series.
type target struct {
	obj  *object
	slot time.Time // non-zero for an occurrence or exception
}

// find resolves an id; ok is false for ErrorItemNotFound.
func (m *mailbox) find(id string) (target, bool) {
	if o := m.objects[id]; o != nil {
		return target{obj: o}, true
	}
	masterID, slot, ok := splitOccurrenceID(id)
	if !ok {
		return target{}, false
	}
	o := m.objects[masterID]
	if o == nil || o.ev.Recurrence == nil {
		return target{}, false
	}
	if x, ok := o.exceptions[slot.Unix()]; ok {
		return target{obj: o, slot: slot}, !x.deleted
	}
	return target{obj: o, slot: slot}, isSlot(&o.ev, slot)
}

// event returns the target's current event: the object, the exception or
// the computed occurrence.
func (t target) event() Event {
	if t.slot.IsZero() {
		return t.obj.ev.clone()
	}
	if x, ok := t.obj.exceptions[t.slot.Unix()]; ok {
		return x.ev.clone()
	}
	return occurrence(&t.obj.ev, t.slot, t.obj.ev.End.Sub(t.obj.ev.Start))
}

// update applies f to the target. An occurrence becomes an exception; a
// master whose timing changes loses its exceptions, as Outlook's do.
func (m *mailbox) update(t target, now time.Time, f func(*Event) error) (Event, error) {
	if t.slot.IsZero() {
		before := t.obj.ev.clone()
		e := t.obj.ev.clone()
		if err := f(&e); err != nil {
			return Event{}, err
		}
		keepIdentity(&e, &before)
		if e.Recurrence != nil {
			if err := validateRecurrence(e.Recurrence); err != nil {
				return Event{}, err
			}
		}
		if timingChanged(&before, &e) {
			t.obj.exceptions = map[int64]*exception{}
		}
		t.obj.ev = e
		m.touch(t.obj, now)
		return t.obj.ev.clone(), nil
	}
	before := t.event()
	e := before.clone()
	if err := f(&e); err != nil {
		return Event{}, err
	}
	keepIdentity(&e, &before)
	e.Recurrence = nil
	e.Type = "exception"
	e.ChangeKey = newChangeKey()
	e.LastModified = now.UTC()
	t.obj.exceptions[t.slot.Unix()] = &exception{ev: e}
	m.changed(t.obj)
	return e.clone(), nil
}

// keepIdentity restores the read-only fields f may not change.
func keepIdentity(e, before *Event) {
	e.ID, e.Type, e.SeriesMasterID, e.OriginalStart = before.ID, before.Type, before.SeriesMasterID, before.OriginalStart
	e.ChangeKey, e.ICalUID, e.Created, e.LastModified = before.ChangeKey, before.ICalUID, before.Created, before.LastModified
	e.TransactionID = before.TransactionID
	if before.Type == "seriesMaster" || before.Type == "singleInstance" {
		e.Type = "singleInstance"
		if e.Recurrence != nil {
			e.Type = "seriesMaster"
		}
	}
	e.withDefaults()
}

func timingChanged(a, b *Event) bool {
	if !a.Start.Equal(b.Start) || !a.End.Equal(b.End) || a.IsAllDay != b.IsAllDay || a.TimeZone != b.TimeZone {
		return true
	}
	if (a.Recurrence == nil) != (b.Recurrence == nil) {
		return true
	}
	return a.Recurrence != nil && fmt.Sprint(*a.Recurrence) != fmt.Sprint(*b.Recurrence)
}

// delete removes the target: an object with all its occurrences, or one
// occurrence (which is then cancelled: gone from the series).
func (m *mailbox) delete(t target) {
	if t.slot.IsZero() {
		m.remove(t.obj.ev.ID)
		return
	}
	m.delete1(t)
}

func (m *mailbox) delete1(t target) {
	e := t.event()
	t.obj.exceptions[t.slot.Unix()] = &exception{deleted: true, ev: e}
	m.changed(t.obj)
}

// sortedObjects returns the objects by creation time, then id.
func (m *mailbox) sortedObjects() []*object {
	out := make([]*object, 0, len(m.objects))
	for _, o := range m.objects {
		out = append(out, o)
	}
	sort.Slice(out, func(i, j int) bool {
		if !out[i].ev.Created.Equal(out[j].ev.Created) {
			return out[i].ev.Created.Before(out[j].ev.Created)
		}
		return out[i].ev.ID < out[j].ev.ID
	})
	return out
}
