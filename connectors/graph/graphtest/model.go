package graphtest

import (
	"encoding/json"
	"time"
)

// Event is one stored Graph event (a singleInstance or a seriesMaster), or,
// in what View returns, one expanded instance (singleInstance, occurrence or
// exception). The fixture builder (CreateEvent, UpdateEvent, EditOccurrence)
// takes it; Events and View return it. Fields marked read-only are set by
// the double and ignored on input.
type Event struct {
	ID             string    // read-only: the immutable id
	Type           string    // read-only: singleInstance, seriesMaster, occurrence or exception
	SeriesMasterID string    // read-only: set on occurrences and exceptions
	OriginalStart  time.Time // read-only: an occurrence's or exception's slot in its series
	ChangeKey      string    // read-only: changes on every modification
	ICalUID        string    // read-only
	Created        time.Time // read-only
	LastModified   time.Time // read-only

	Subject  string
	Body     string
	BodyType string // "text" (default) or "html"
	Location string

	// Start and End are instants. For an all-day event only their
	// calendar dates (in UTC) count: the event covers [Start's date,
	// End's date) as floating dates.
	Start, End time.Time
	IsAllDay   bool
	// TimeZone is the Windows zone name reported as
	// originalStartTimeZone/originalEndTimeZone, and the zone a recurrence
	// is expanded in ("" means "UTC"). IANA names are accepted too.
	TimeZone string

	ShowAs       string // free, tentative, busy (default), oof, workingElsewhere, unknown
	Sensitivity  string // normal (default), personal, private, confidential
	IsCancelled  bool
	Response     string // responseStatus.response: none (default), organizer, tentativelyAccepted, accepted, declined, notResponded
	IsReminderOn bool

	OrganizerName, OrganizerAddress string

	// Recurrence makes the event a seriesMaster (nil: singleInstance).
	Recurrence *Recurrence

	// TransactionID is the client's transactionId ("" = none).
	TransactionID string
	// ExtendedProperties are the singleValueExtendedProperties, in order.
	ExtendedProperties []ExtendedProperty
	// Attendees is the attendees JSON array as a client sent it (stored,
	// echoed, never acted on: the double sends no invitations).
	Attendees json.RawMessage
}

// ExtendedProperty is one singleValueLegacyExtendedProperty: an id such as
// "String {66f5a359-4659-4830-9070-00047ec6ac6e} Name Color" and its value.
type ExtendedProperty struct {
	ID    string `json:"id"`
	Value string `json:"value"`
}

// Recurrence is Graph's patternedRecurrence, with the same JSON shape.
type Recurrence struct {
	Pattern RecurrencePattern `json:"pattern"`
	Range   RecurrenceRange   `json:"range"`
}

// RecurrencePattern is Graph's recurrencePattern. The double expands the
// types daily and weekly; others are refused.
type RecurrencePattern struct {
	Type           string   `json:"type"`
	Interval       int      `json:"interval"`
	Month          int      `json:"month"`
	DayOfMonth     int      `json:"dayOfMonth"`
	DaysOfWeek     []string `json:"daysOfWeek,omitempty"`
	FirstDayOfWeek string   `json:"firstDayOfWeek"`
	Index          string   `json:"index"`
}

// RecurrenceRange is Graph's recurrenceRange: type endDate, noEnd or
// numbered; dates as "2006-01-02".
type RecurrenceRange struct {
	Type                string `json:"type"`
	StartDate           string `json:"startDate"`
	EndDate             string `json:"endDate"`
	RecurrenceTimeZone  string `json:"recurrenceTimeZone,omitempty"`
	NumberOfOccurrences int    `json:"numberOfOccurrences"`
}

// Request is one logged request to a mailbox's Graph routes.
type Request struct {
	Method          string
	URI             string // path and query, as sent
	Status          int    // 0 when the connection was dropped
	Time            time.Time
	Prefer          []string // every Prefer header value
	IfMatch         string
	ClientRequestID string
}

// object is a stored event (single or series master) with its exceptions.
type object struct {
	ev         Event
	exceptions map[int64]*exception // by original start, Unix seconds
	seq        uint64               // mailbox sequence of its last change
}

// exception is a modified or deleted occurrence of a series.
type exception struct {
	deleted bool
	ev      Event // full copy, Type "exception"
}

func (o *object) clone() *object {
	c := &object{ev: o.ev.clone(), seq: o.seq, exceptions: map[int64]*exception{}}
	for k, x := range o.exceptions {
		c.exceptions[k] = &exception{deleted: x.deleted, ev: x.ev.clone()}
	}
	return c
}

func (e Event) clone() Event {
	c := e
	c.ExtendedProperties = append([]ExtendedProperty(nil), e.ExtendedProperties...)
	c.Attendees = append(json.RawMessage(nil), e.Attendees...)
	if e.Recurrence != nil {
		r := *e.Recurrence
		r.Pattern.DaysOfWeek = append([]string(nil), e.Recurrence.Pattern.DaysOfWeek...)
		c.Recurrence = &r
	}
	return c
}

// withDefaults fills Graph's defaults for enumerations left empty.
func (e *Event) withDefaults() {
	def := func(p *string, v string) {
		if *p == "" {
			*p = v
		}
	}
	def(&e.BodyType, "text")
	def(&e.ShowAs, "busy")
	def(&e.Sensitivity, "normal")
	def(&e.Response, "none")
	def(&e.TimeZone, "UTC")
}
