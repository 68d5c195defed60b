package sync

import (
	"testing"
	"time"
)

// FuzzParse feeds arbitrary calendar objects to the VEVENT → busy-item
// conversion (issue 5 §7): it never panics, every item lies inside the
// horizon with its end after its start, and the work is bounded by the caps.
func FuzzParse(f *testing.F) {
	seeds := [][]byte{
		event("DTSTART;TZID=Europe/Copenhagen:20260322T090000", "DTEND;TZID=Europe/Copenhagen:20260322T093000", "RRULE:FREQ=WEEKLY;COUNT=3"),
		event("DTSTART;VALUE=DATE:20260329"),
		event("DTSTART:20260105T080000Z", "DURATION:PT1H", "RRULE:FREQ=DAILY;COUNT=3", "--", "RECURRENCE-ID:20260106T080000Z", "DTSTART:20260106T130000Z", "DURATION:PT1H"),
		event("DTSTART;TZID=Romance Standard Time:20260706T090000", "DTEND;TZID=Romance Standard Time:20260706T100000"),
		event("DTSTART;TZID=Europe/Copenhagen:20260105T090000", "DURATION:PT1H", "RRULE:FREQ=DAILY;COUNT=4", "EXDATE;TZID=Europe/Copenhagen:20260106T090000,20260107T090000"),
		event("DTSTART:20260105T080000Z", "DURATION:PT1H", "RDATE;VALUE=PERIOD:20260110T080000Z/PT3H,20260111T080000Z/20260111T100000Z"),
		event("DTSTART;TZID=Europe/Copenhagen:20260324T093000", "DURATION:PT1H", "RRULE:FREQ=DAILY;UNTIL=20260326"),
		event("DTSTART:20260105T080000Z", "DURATION:PT1M", "RRULE:FREQ=MINUTELY"),
		event("DTSTART:19000105T080000Z", "DURATION:PT1S", "RRULE:FREQ=SECONDLY"),
		event("DTSTART:20260105T080000Z", "DURATION:-P1D"),
		event("DTSTART:20260105T080000Z", "DURATION:PT1H", "RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30"),
		event("DTSTART;TZID=(UTC+01:00) Brussels\\, Copenhagen\\, Madrid\\, Paris:20260706T090000", "DURATION:PT1H"),
		event("DTSTART:20260105T080000Z", "DURATION:PT1H", "ATTENDEE;PARTSTAT=DECLINED:mailto:a@b.dk", "X-MICROSOFT-CDO-BUSYSTATUS:OOF", "CLASS:PRIVATE"),
		Event{MeetingID: 1, AdvisorID: 2, Start: time.Date(2026, 3, 29, 1, 0, 0, 0, time.UTC), End: time.Date(2026, 3, 29, 2, 0, 0, 0, time.UTC), Zone: cph, Summary: "Samtale"}.Encode(),
	}
	for _, s := range seeds {
		f.Add(s)
	}
	o := Options{From: utc("2026-01-01T00:00Z"), To: utc("2026-07-01T00:00Z"), Zone: cph, MaxOccurrences: 500}
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Parse(data, o)
		if err != nil {
			return
		}
		if len(p.Items) > 10*o.MaxOccurrences+10_000 {
			t.Fatalf("%d items: the caps did not hold", len(p.Items))
		}
		for _, it := range p.Items {
			if !it.End.After(it.Start) || !it.End.After(o.From) || !it.Start.Before(o.To) {
				t.Fatalf("item %+v outside the horizon or empty", it)
			}
		}
	})
}
