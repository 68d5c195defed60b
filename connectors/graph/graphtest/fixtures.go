package graphtest

import (
	"fmt"
	"sort"
	"time"
)

// CreateEvent stores e in upn's calendar as if the advisor had made it in
// Outlook, and returns its id. A non-nil Recurrence makes a series master
// (daily or weekly). For an all-day event the dates of Start and End (in
// their own locations) count.
func (s *Server) CreateEvent(upn string, e Event) (string, error) {
	if err := fixtureCheck(&e); err != nil {
		return "", fmt.Errorf("create event in %s: %w", upn, err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	m, err := s.mailboxLocked(upn)
	if err != nil {
		return "", err
	}
	return m.create(e, s.now()).ev.ID, nil
}

// fixtureCheck validates and normalises a fixture event.
func fixtureCheck(e *Event) error {
	e.withDefaults()
	if _, ok := loadZone(e.TimeZone); !ok {
		return fmt.Errorf("unknown time zone %q", e.TimeZone)
	}
	if e.IsAllDay {
		e.Start = floating(e.Start, e.Start.Location())
		e.End = floating(e.End, e.End.Location())
		if !isMidnight(e.Start) || !isMidnight(e.End) {
			return fmt.Errorf("all-day event must start and end at midnight")
		}
	}
	if e.End.Before(e.Start) {
		return fmt.Errorf("event ends before it starts")
	}
	if e.Recurrence != nil {
		return validateRecurrence(e.Recurrence)
	}
	return nil
}

// UpdateEvent changes event id (an object, an occurrence or an exception)
// of upn with f, as an edit in Outlook would: a new changeKey, and an
// occurrence becomes an exception.
func (s *Server) UpdateEvent(upn, id string, f func(*Event)) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	m, err := s.mailboxLocked(upn)
	if err != nil {
		return err
	}
	t, ok := m.find(id)
	if !ok {
		return fmt.Errorf("graphtest: update %s: no event %s", upn, id)
	}
	_, err = m.update(t, s.now(), func(e *Event) error {
		f(e)
		return fixtureCheck(e)
	})
	return err
}

// DeleteEvent deletes event id of upn: an object with all its occurrences,
// or one occurrence.
func (s *Server) DeleteEvent(upn, id string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	m, err := s.mailboxLocked(upn)
	if err != nil {
		return err
	}
	t, ok := m.find(id)
	if !ok {
		return fmt.Errorf("graphtest: delete %s: no event %s", upn, id)
	}
	m.delete(t)
	return nil
}

// OccurrenceID returns the id of the occurrence of series masterID that
// originally starts at originalStart.
func (s *Server) OccurrenceID(masterID string, originalStart time.Time) string {
	return occurrenceID(masterID, originalStart.UTC())
}

// EditOccurrence turns one occurrence of a series into an exception
// changed by f, and returns its id.
func (s *Server) EditOccurrence(upn, masterID string, originalStart time.Time, f func(*Event)) (string, error) {
	id := s.OccurrenceID(masterID, originalStart)
	return id, s.UpdateEvent(upn, id, f)
}

// DeleteOccurrence cancels one occurrence of a series.
func (s *Server) DeleteOccurrence(upn, masterID string, originalStart time.Time) error {
	return s.DeleteEvent(upn, s.OccurrenceID(masterID, originalStart))
}

// Events returns upn's stored objects (singles and series masters, not
// occurrences) with their extended properties and transactionId, oldest
// first. It returns nil for an unknown mailbox.
func (s *Server) Events(upn string) []Event {
	s.mu.Lock()
	defer s.mu.Unlock()
	m, err := s.mailboxLocked(upn)
	if err != nil {
		return nil
	}
	var out []Event
	for _, o := range m.sortedObjects() {
		out = append(out, o.ev.clone())
	}
	return out
}

// View returns the double's own expansion of upn's calendar over
// [from, to): singles, occurrences and exceptions (never masters) by start,
// what a correct client of calendarView/delta ends up holding.
func (s *Server) View(upn string, from, to time.Time) []Event {
	s.mu.Lock()
	defer s.mu.Unlock()
	m, err := s.mailboxLocked(upn)
	if err != nil {
		return nil
	}
	var out []Event
	for _, o := range m.objects {
		out = append(out, instances(o, from, to)...)
	}
	sort.Slice(out, func(i, j int) bool {
		if !out[i].Start.Equal(out[j].Start) {
			return out[i].Start.Before(out[j].Start)
		}
		return out[i].ID < out[j].ID
	})
	return out
}
