package graphtest

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// requestError is a 4xx the handlers turn into Graph's envelope.
type requestError struct {
	status  int
	code    string
	message string
}

func (e *requestError) Error() string { return e.code + ": " + e.message }

func badBody(format string, args ...any) error {
	return &requestError{400, "RequestBodyRead", fmt.Sprintf(format, args...)}
}

// readOnly are event properties a client may send back but cannot set;
// Graph ignores them on write.
var readOnly = map[string]bool{
	"id": true, "@odata.etag": true, "@odata.type": true, "@odata.context": true, "changeKey": true,
	"createdDateTime": true, "lastModifiedDateTime": true, "iCalUId": true, "type": true, "seriesMasterId": true,
	"originalStart": true, "originalStartTimeZone": true, "originalEndTimeZone": true, "responseStatus": true,
	"isOrganizer": true, "webLink": true, "bodyPreview": true, "organizer": true, "isCancelled": true,
	"hasAttachments": true, "onlineMeetingUrl": true, "onlineMeeting": true, "isDraft": true,
	"categories": true, "importance": true, "reminderMinutesBeforeStart": true, "responseRequested": true,
	"allowNewTimeProposals": true, "isOnlineMeeting": true, "onlineMeetingProvider": true, "hideAttendees": true,
	"locations": true,
}

var enums = map[string][]string{
	"showAs":      {"free", "tentative", "busy", "oof", "workingElsewhere", "unknown"},
	"sensitivity": {"normal", "personal", "private", "confidential"},
}

// applyJSON applies a POST or PATCH body to e. Only the properties present
// change (PATCH is partial). transactionId is taken on create only: Graph
// says it cannot change later.
func applyJSON(e *Event, body []byte, create bool) error {
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(body, &fields); err != nil {
		return badBody("Invalid JSON. %s", err)
	}
	wasAllDay := e.IsAllDay
	for name, raw := range fields {
		if err := applyField(e, name, raw, create); err != nil {
			return err
		}
	}
	_, startSet := fields["start"]
	_, endSet := fields["end"]
	loc, _ := loadZone(e.TimeZone)
	switch {
	case e.IsAllDay:
		if startSet || !wasAllDay {
			e.Start = floating(e.Start, loc)
		}
		if endSet || !wasAllDay {
			e.End = floating(e.End, loc)
		}
	case wasAllDay:
		if !startSet {
			e.Start = unfloating(e.Start, loc)
		}
		if !endSet {
			e.End = unfloating(e.End, loc)
		}
	}
	if !e.End.After(e.Start) && !(e.End.Equal(e.Start) && !e.IsAllDay) {
		return &requestError{400, "ErrorInvalidRequest", "The end of the event must be after its start."}
	}
	if e.IsAllDay && (!isMidnight(e.Start) || !isMidnight(e.End)) {
		return &requestError{400, "ErrorInvalidRequest", "An all-day event must start and end at midnight."}
	}
	if e.Recurrence != nil {
		if err := validateRecurrence(e.Recurrence); err != nil {
			return &requestError{400, "ErrorInvalidRequest", err.Error()}
		}
	}
	return nil
}

func isMidnight(t time.Time) bool {
	t = t.UTC()
	return t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && t.Nanosecond() == 0
}

func applyField(e *Event, name string, raw json.RawMessage, create bool) error {
	str := func(p *string) error {
		if err := json.Unmarshal(raw, p); err != nil {
			return badBody("Cannot read property '%s' as a string.", name)
		}
		return nil
	}
	boolean := func(p *bool) error {
		if err := json.Unmarshal(raw, p); err != nil {
			return badBody("Cannot read property '%s' as a boolean.", name)
		}
		return nil
	}
	switch name {
	case "subject":
		return str(&e.Subject)
	case "body":
		var b wireBody
		if err := json.Unmarshal(raw, &b); err != nil {
			return badBody("Cannot read property 'body'.")
		}
		e.Body, e.BodyType = b.Content, strings.ToLower(b.ContentType)
		if e.BodyType == "" {
			e.BodyType = "text"
		}
	case "start", "end":
		return applyTime(e, name, raw)
	case "location":
		var l wireLocation
		if err := json.Unmarshal(raw, &l); err != nil {
			return badBody("Cannot read property 'location'.")
		}
		e.Location = l.DisplayName
	case "showAs", "sensitivity":
		var v string
		if err := str(&v); err != nil {
			return err
		}
		for _, ok := range enums[name] {
			if ok == v {
				if name == "showAs" {
					e.ShowAs = v
				} else {
					e.Sensitivity = v
				}
				return nil
			}
		}
		return badBody("Cannot convert the literal '%s' to the expected type of property '%s'.", v, name)
	case "isAllDay":
		return boolean(&e.IsAllDay)
	case "isReminderOn":
		return boolean(&e.IsReminderOn)
	case "recurrence":
		if string(raw) == "null" {
			e.Recurrence = nil
			return nil
		}
		var r Recurrence
		if err := json.Unmarshal(raw, &r); err != nil {
			return badBody("Cannot read property 'recurrence'.")
		}
		e.Recurrence = &r
	case "transactionId":
		if create {
			return str(&e.TransactionID)
		}
	case "attendees":
		e.Attendees = append(json.RawMessage(nil), raw...)
	case "singleValueExtendedProperties":
		var props []ExtendedProperty
		if err := json.Unmarshal(raw, &props); err != nil {
			return badBody("Cannot read property 'singleValueExtendedProperties'.")
		}
		e.ExtendedProperties = mergeProperties(e.ExtendedProperties, props)
	default:
		if !readOnly[name] {
			return badBody("The property '%s' does not exist on type 'microsoft.graph.event'. Make sure to only use property names that are defined by the type or mark the type as open type.", name)
		}
	}
	return nil
}

// applyTime reads a dateTimeTimeZone into e.Start or e.End. An all-day
// event keeps only the local date.
func applyTime(e *Event, name string, raw json.RawMessage) error {
	var dt wireDateTime
	if err := json.Unmarshal(raw, &dt); err != nil {
		return badBody("Cannot read property '%s'.", name)
	}
	loc, ok := loadZone(dt.TimeZone)
	if !ok {
		return &requestError{400, "TimeZoneNotSupportedException", fmt.Sprintf("A valid TimeZone value must be specified. The following TimeZone value is not supported: '%s'.", dt.TimeZone)}
	}
	t, err := parseLocalDateTime(dt.DateTime, loc)
	if err != nil {
		return badBody("Cannot read property '%s': %s.", name, err)
	}
	if name == "start" {
		e.Start = t
		e.TimeZone = dt.TimeZone
	} else {
		e.End = t
	}
	if dt.TimeZone == "" {
		e.TimeZone = "UTC"
	}
	return nil
}

// floating returns t's wall clock in loc as the same wall clock in UTC:
// how the double stores an all-day event's dates.
func floating(t time.Time, loc *time.Location) time.Time {
	l := t.In(loc)
	return time.Date(l.Year(), l.Month(), l.Day(), l.Hour(), l.Minute(), l.Second(), l.Nanosecond(), time.UTC)
}

// unfloating is floating's inverse.
func unfloating(t time.Time, loc *time.Location) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), loc)
}

// mergeProperties sets each of add in props, by id (a PATCH adds or
// replaces; it never removes the others).
func mergeProperties(props, add []ExtendedProperty) []ExtendedProperty {
	out := append([]ExtendedProperty(nil), props...)
next:
	for _, p := range add {
		for i := range out {
			if propertyIDEqual(out[i].ID, p.ID) {
				out[i].Value = p.Value
				continue next
			}
		}
		out = append(out, p)
	}
	return out
}
