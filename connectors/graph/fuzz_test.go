package graph

import (
	"errors"
	"testing"

	calsync "github.com/planner-dk/planner/sync"
)

// FuzzDeltaPage: no delta page, however broken, panics the decoder or the
// rendering of its events; what cannot be read is ErrMalformed, and the work
// is bounded by the page's size (go test -fuzz FuzzDeltaPage ./connectors/graph).
func FuzzDeltaPage(f *testing.F) {
	f.Add([]byte(`{"@odata.nextLink":"https://graph.microsoft.com/v1.0/users/a/calendarView/delta?$skiptoken=x","value":[]}`))
	f.Add([]byte(`{"@odata.deltaLink":"https://graph.microsoft.com/v1.0/users/a/calendarView/delta?$deltatoken=y","value":[{"id":"AAMk=","@removed":{"reason":"deleted"}}]}`))
	f.Add([]byte(`{"value":[{"id":"AAMk=","@odata.etag":"W/\"1\"","type":"occurrence","seriesMasterId":"AAMm=","subject":"x","isAllDay":true,"start":{"dateTime":"2026-12-07T00:00:00.0000000","timeZone":"UTC"},"end":{"dateTime":"2026-12-08T00:00:00.0000000","timeZone":"UTC"},"showAs":"oof","sensitivity":"private","responseStatus":{"response":"declined"}}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := decodePage(b)
		if err != nil {
			if !errors.Is(err, calsync.ErrMalformed) {
				t.Fatalf("decodePage error %v is not ErrMalformed", err)
			}
			return
		}
		for _, ev := range p.Value {
			data, err := render(ev, self)
			if err != nil {
				if !errors.Is(err, calsync.ErrMalformed) {
					t.Fatalf("render error %v is not ErrMalformed", err)
				}
				continue
			}
			// what render writes, the engine must read
			if _, err := calsync.Parse(data, horizon); err != nil {
				t.Fatalf("rendered object does not parse: %v\n%s", err, data)
			}
		}
	})
}

// FuzzEvent: an event to write that Planner's engine did not make (an
// advisor's edited copy merged in) never panics the reading of what Planner
// writes through Graph.
func FuzzEvent(f *testing.F) {
	f.Add([]byte("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:planner-1-2@x\r\nDTSTART:20261207T090000Z\r\nDTEND:20261207T100000Z\r\nSUMMARY:a\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"))
	f.Add([]byte("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART;VALUE=DATE:20261207\r\nDTEND;TZID=Romance Standard Time:20261208T000000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		o, err := readOutgoing(b)
		if err != nil {
			if !errors.Is(err, calsync.ErrMalformed) {
				t.Fatalf("readOutgoing error %v is not ErrMalformed", err)
			}
			return
		}
		_ = o.graphBody(true)
	})
}
