package sync

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/planner-dk/planner/planner"
)

var cph, _ = time.LoadLocation("Europe/Copenhagen")

// event wraps VEVENT lines (each VEVENT separated by "--") in a VCALENDAR.
func event(lines ...string) []byte {
	var b strings.Builder
	b.WriteString("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:ext-1\r\nDTSTAMP:20260101T000000Z\r\n")
	for i, l := range lines {
		if l == "--" {
			b.WriteString("END:VEVENT\r\nBEGIN:VEVENT\r\nDTSTAMP:20260101T000000Z\r\n")
			if i+1 == len(lines) || !strings.HasPrefix(lines[i+1], "UID:") {
				b.WriteString("UID:ext-1\r\n")
			}
			continue
		}
		b.WriteString(l + "\r\n")
	}
	b.WriteString("END:VEVENT\r\nEND:VCALENDAR\r\n")
	return []byte(b.String())
}

func utc(s string) time.Time {
	t, err := time.Parse("2006-01-02T15:04Z", s)
	if err != nil {
		panic(err)
	}
	return t
}

// spans renders items as "start-end" in UTC for comparison.
func spans(items []Item) string {
	var out []string
	for _, it := range items {
		out = append(out, it.Start.UTC().Format("01-02T15:04")+"/"+it.End.UTC().Format("01-02T15:04"))
	}
	return strings.Join(out, " ")
}

var horizon2026 = Options{From: utc("2026-01-01T00:00Z"), To: utc("2027-01-01T00:00Z"), Zone: cph}

// TestParseTimes covers PROTOCOLS.md §3.2–§3.3's pitfalls, each in
// Europe/Copenhagen: DST on 2026-03-29 (02:00→03:00) and 2026-10-25
// (03:00→02:00).
func TestParseTimes(t *testing.T) {
	tests := []struct {
		name string
		ics  []byte
		from string // horizon start (UTC), default 2026-01-01
		to   string
		want string
	}{
		{"§9 weekly 09:00 keeps its wall clock across both transitions",
			event("DTSTART;TZID=Europe/Copenhagen:20260322T090000", "DTEND;TZID=Europe/Copenhagen:20260322T093000",
				"RRULE:FREQ=WEEKLY;COUNT=3", "--", "UID:ext-2", "DTSTART;TZID=Europe/Copenhagen:20261018T090000",
				"DTEND;TZID=Europe/Copenhagen:20261018T093000", "RRULE:FREQ=WEEKLY;COUNT=2"),
			"", "", "03-22T08:00/03-22T08:30 03-29T07:00/03-29T07:30 04-05T07:00/04-05T07:30 10-18T07:00/10-18T07:30 10-25T08:00/10-25T08:30"},
		{"RFC 5545 §3.3.5 the repeated hour is its first occurrence (CEST)",
			event("DTSTART;TZID=Europe/Copenhagen:20261025T023000", "DURATION:PT30M"), "", "", "10-25T00:30/10-25T01:00"},
		{"RFC 5545 §3.3.5 the skipped hour takes the offset before the gap",
			event("DTSTART;TZID=Europe/Copenhagen:20260329T023000", "DURATION:PT30M"), "", "", "03-29T01:30/03-29T02:00"},
		{"§9 an all-day item on the spring transition blocks the 23-hour local day",
			event("DTSTART;VALUE=DATE:20260329"), "", "", "03-28T23:00/03-29T22:00"},
		{"§9 an all-day item on the autumn transition blocks the 25-hour local day",
			event("DTSTART;VALUE=DATE:20261025", "DTEND;VALUE=DATE:20261026"), "", "", "10-24T22:00/10-25T23:00"},
		{"a UTC-anchored series keeps its instant, its local time shifts",
			event("DTSTART:20260322T080000Z", "DTEND:20260322T083000Z", "RRULE:FREQ=WEEKLY;COUNT=2"), "", "",
			"03-22T08:00/03-22T08:30 03-29T08:00/03-29T08:30"},
		{"DURATION:P1D is a nominal day across the transition",
			event("DTSTART;TZID=Europe/Copenhagen:20260328T120000", "DURATION:P1D"), "", "", "03-28T11:00/03-29T10:00"},
		{"DURATION:PT24H is exact across the transition",
			event("DTSTART;TZID=Europe/Copenhagen:20260328T120000", "DURATION:PT24H"), "", "", "03-28T11:00/03-29T11:00"},
		{"an EXDATE in UTC removes the same instant of a TZID series",
			event("DTSTART;TZID=Europe/Copenhagen:20260105T090000", "DURATION:PT1H", "RRULE:FREQ=DAILY;COUNT=3",
				"EXDATE:20260106T080000Z"), "", "", "01-05T08:00/01-05T09:00 01-07T08:00/01-07T09:00"},
		{"an EXDATE list with a TZID (go-ical reads only one value)",
			event("DTSTART;TZID=Europe/Copenhagen:20260105T090000", "DURATION:PT1H", "RRULE:FREQ=DAILY;COUNT=4",
				"EXDATE;TZID=Europe/Copenhagen:20260106T090000,20260107T090000"), "", "", "01-05T08:00/01-05T09:00 01-08T08:00/01-08T09:00"},
		{"UNTIL equal to the last instance is inclusive",
			event("DTSTART:20260105T080000Z", "DURATION:PT1H", "RRULE:FREQ=DAILY;UNTIL=20260107T080000Z"), "", "",
			"01-05T08:00/01-05T09:00 01-06T08:00/01-06T09:00 01-07T08:00/01-07T09:00"},
		{"a floating UNTIL is read in DTSTART's zone, not as UTC",
			event("DTSTART;TZID=Europe/Copenhagen:20260324T093000", "DURATION:PT1H", "RRULE:FREQ=DAILY;UNTIL=20260326T083000"), "", "",
			"03-24T08:30/03-24T09:30 03-25T08:30/03-25T09:30"},
		{"a DATE UNTIL includes that whole local day",
			event("DTSTART;TZID=Europe/Copenhagen:20260324T093000", "DURATION:PT1H", "RRULE:FREQ=DAILY;UNTIL=20260326"), "", "",
			"03-24T08:30/03-24T09:30 03-25T08:30/03-25T09:30 03-26T08:30/03-26T09:30"},
		{"RDATE without RRULE, as a list",
			event("DTSTART:20260105T080000Z", "DURATION:PT1H", "RDATE:20260110T080000Z,20260112T100000Z"), "", "",
			"01-05T08:00/01-05T09:00 01-10T08:00/01-10T09:00 01-12T10:00/01-12T11:00"},
		{"an RDATE PERIOD keeps its own length",
			event("DTSTART:20260105T080000Z", "DURATION:PT1H", "RDATE;VALUE=PERIOD:20260110T080000Z/PT3H"), "", "",
			"01-05T08:00/01-05T09:00 01-10T08:00/01-10T11:00"},
		{"a RECURRENCE-ID override replaces its occurrence",
			event("DTSTART:20260105T080000Z", "DURATION:PT1H", "RRULE:FREQ=DAILY;COUNT=3", "--",
				"RECURRENCE-ID:20260106T080000Z", "DTSTART:20260106T130000Z", "DURATION:PT1H"), "", "",
			"01-05T08:00/01-05T09:00 01-06T13:00/01-06T14:00 01-07T08:00/01-07T09:00"},
		{"an override moved into the horizon from outside it counts",
			event("DTSTART:20251201T080000Z", "DURATION:PT1H", "RRULE:FREQ=WEEKLY;COUNT=3", "--",
				"RECURRENCE-ID:20251201T080000Z", "DTSTART:20260102T080000Z", "DURATION:PT1H"), "", "",
			"01-02T08:00/01-02T09:00"},
		{"a cancelled override frees only its occurrence",
			event("DTSTART:20260105T080000Z", "DURATION:PT1H", "RRULE:FREQ=DAILY;COUNT=3", "--",
				"RECURRENCE-ID:20260106T080000Z", "DTSTART:20260106T080000Z", "DURATION:PT1H", "STATUS:CANCELLED"), "", "",
			"01-05T08:00/01-05T09:00 01-07T08:00/01-07T09:00"},
		{"a cancelled master frees the whole series",
			event("DTSTART:20260105T080000Z", "DURATION:PT1H", "RRULE:FREQ=DAILY;COUNT=3", "STATUS:CANCELLED", "--",
				"RECURRENCE-ID:20260106T080000Z", "DTSTART:20260106T130000Z", "DURATION:PT1H"), "", "", ""},
		{"Outlook's Windows zone name resolves through CLDR",
			event("DTSTART;TZID=Romance Standard Time:20260706T090000", "DTEND;TZID=Romance Standard Time:20260706T100000"), "", "",
			"07-06T07:00/07-06T08:00"},
		{"an unknown TZID is matched by its VTIMEZONE's offsets",
			[]byte("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VTIMEZONE\r\nTZID:Custom CET\r\nBEGIN:STANDARD\r\nDTSTART:19701025T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\nBEGIN:DAYLIGHT\r\nDTSTART:19700329T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;TZID=Custom CET:20260706T090000\r\nDURATION:PT1H\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"),
			"", "", "07-06T07:00/07-06T08:00"},
		{"only occurrences overlapping the horizon are returned",
			event("DTSTART:20260105T080000Z", "DURATION:PT1H", "RRULE:FREQ=DAILY"), "2026-03-10T08:30Z", "2026-03-12T08:00Z",
			"03-10T08:00/03-10T09:00 03-11T08:00/03-11T09:00"},
		{"a DATE EXDATE removes that day of a DATE-TIME series",
			event("DTSTART;TZID=Europe/Copenhagen:20260105T090000", "DURATION:PT1H", "RRULE:FREQ=DAILY;COUNT=3",
				"EXDATE;VALUE=DATE:20260106"), "", "", "01-05T08:00/01-05T09:00 01-07T08:00/01-07T09:00"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			o := horizon2026
			if tc.from != "" {
				o.From, o.To = utc(tc.from), utc(tc.to)
			}
			p, err := Parse(tc.ics, o)
			if err != nil {
				t.Fatal(err)
			}
			if got := spans(p.Items); got != tc.want {
				t.Errorf("items = %s\n          want %s (notes %v)", got, tc.want, p.Notes)
			}
		})
	}
}

// TestBusyTable is PROTOCOLS.md §3.3 step 3's table, SPEC §9: what blocks.
func TestBusyTable(t *testing.T) {
	const at = "DTSTART:20260105T080000Z"
	tests := []struct {
		name    string
		lines   []string
		blocks  bool
		private bool
	}{
		{"an ordinary appointment blocks", []string{at, "DURATION:PT1H", "SUMMARY:Tandlæge"}, true, false},
		{"TRANSP:TRANSPARENT does not block", []string{at, "DURATION:PT1H", "TRANSP:TRANSPARENT"}, false, false},
		{"STATUS:CANCELLED does not block", []string{at, "DURATION:PT1H", "STATUS:CANCELLED"}, false, false},
		{"STATUS:TENTATIVE blocks", []string{at, "DURATION:PT1H", "STATUS:TENTATIVE"}, true, false},
		{"Outlook FREE beats TRANSP:OPAQUE", []string{at, "DURATION:PT1H", "TRANSP:OPAQUE", "X-MICROSOFT-CDO-BUSYSTATUS:FREE"}, false, false},
		{"Outlook OOF beats TRANSP:TRANSPARENT", []string{at, "DURATION:PT1H", "TRANSP:TRANSPARENT", "X-MICROSOFT-CDO-BUSYSTATUS:OOF"}, true, false},
		{"Outlook TENTATIVE blocks", []string{at, "DURATION:PT1H", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE"}, true, false},
		{"the advisor declined: does not block", []string{at, "DURATION:PT1H", "ATTENDEE;PARTSTAT=DECLINED:mailto:Anne@Glostrup.dk"}, false, false},
		{"someone else declined: blocks", []string{at, "DURATION:PT1H", "ATTENDEE;PARTSTAT=DECLINED:mailto:bo@glostrup.dk"}, true, false},
		{"the advisor has not answered: blocks", []string{at, "DURATION:PT1H", "ATTENDEE:mailto:anne@glostrup.dk"}, true, false},
		{"CLASS:PRIVATE blocks as Private", []string{at, "DURATION:PT1H", "CLASS:PRIVATE", "SUMMARY:Lægebesøg"}, true, true},
		{"CLASS:CONFIDENTIAL blocks as Private", []string{at, "DURATION:PT1H", "CLASS:CONFIDENTIAL"}, true, true},
		{"a zero-length event does not block", []string{at, "DTEND:20260105T080000Z"}, false, false},
		{"a DATE-TIME start without end does not block", []string{at}, false, false},
	}
	o := horizon2026
	o.Self = []string{"mailto:anne@glostrup.dk"}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, err := Parse(event(tc.lines...), o)
			if err != nil {
				t.Fatal(err)
			}
			if got := len(p.Items) == 1; got != tc.blocks {
				t.Fatalf("blocks = %v, want %v (%d items)", got, tc.blocks, len(p.Items))
			}
			if tc.blocks && (p.Items[0].Private != tc.private || (tc.private && p.Items[0].Summary != "")) {
				t.Fatalf("item = %+v, want private %v without summary", p.Items[0], tc.private)
			}
		})
	}
}

func TestParseBounds(t *testing.T) {
	t.Run("an open-ended MINUTELY rule is capped", func(t *testing.T) {
		p, err := Parse(event("DTSTART:20260105T080000Z", "DURATION:PT1M", "RRULE:FREQ=MINUTELY"), horizon2026)
		if err != nil {
			t.Fatal(err)
		}
		if len(p.Items) != 5000 || len(p.Notes) == 0 {
			t.Fatalf("%d items, notes %v; want 5000 and a note", len(p.Items), p.Notes)
		}
	})
	t.Run("an unknown TZID falls back to the advisor's zone, noted", func(t *testing.T) {
		p, err := Parse(event("DTSTART;TZID=Nowhere/Special:20260706T090000", "DURATION:PT1H"), horizon2026)
		if err != nil {
			t.Fatal(err)
		}
		if spans(p.Items) != "07-06T07:00/07-06T08:00" || len(p.Notes) != 1 {
			t.Fatalf("items %s notes %v", spans(p.Items), p.Notes)
		}
	})
	t.Run("an object without VEVENT is ErrNoEvent", func(t *testing.T) {
		_, err := Parse([]byte("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VTODO\r\nUID:x\r\nDTSTAMP:20260101T000000Z\r\nEND:VTODO\r\nEND:VCALENDAR\r\n"), horizon2026)
		if err != ErrNoEvent {
			t.Fatalf("err = %v, want ErrNoEvent", err)
		}
	})
}

// TestContentHash: PROTOCOLS.md §3.3 step 6 — volatile properties and a
// server's reordering do not change the hash; a moved time does.
func TestContentHash(t *testing.T) {
	base := []string{"DTSTART;TZID=Europe/Copenhagen:20260105T090000", "DURATION:PT1H", "RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=5", "SUMMARY:Møde"}
	hash := func(ics []byte) string {
		p, err := Parse(ics, horizon2026)
		if err != nil {
			t.Fatal(err)
		}
		return p.Hash
	}
	h0 := hash(event(base...))
	same := map[string][]byte{
		"another DTSTAMP and SEQUENCE": []byte(strings.Replace(string(event(append(base, "SEQUENCE:4", "LAST-MODIFIED:20260301T000000Z")...)), "DTSTAMP:20260101T000000Z", "DTSTAMP:20260301T101010Z", 1)),
		"RRULE parts reordered":        event(base[0], base[1], "RRULE:COUNT=5;BYDAY=MO;FREQ=WEEKLY", base[3]),
		"properties reordered":         event(base[3], base[2], base[1], base[0]),
		"another PRODID":               []byte(strings.Replace(string(event(base...)), "PRODID:-//test//EN", "PRODID:-//Radicale//NONSGML//EN", 1)),
	}
	for name, ics := range same {
		if h := hash(ics); h != h0 {
			t.Errorf("%s changed the hash", name)
		}
	}
	if h := hash(event("DTSTART;TZID=Europe/Copenhagen:20260105T100000", base[1], base[2], base[3])); h == h0 {
		t.Error("a moved start left the hash unchanged")
	}
}

func TestEventRoundTrip(t *testing.T) {
	e := Event{MeetingID: 41, AdvisorID: 7, Domain: "glostrup.dk", Version: 3,
		Start: time.Date(2026, 10, 26, 9, 0, 0, 0, cph), End: time.Date(2026, 10, 26, 9, 45, 0, 0, cph),
		Summary: "Samtale (+15 min afrapporteringstid)", Location: "Mødelokale 2, Glostrup", Description: "x", Zone: cph,
		Stamp: time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC)}
	data := e.Encode()
	for _, want := range []string{"UID:planner-41-7@glostrup.dk", "DTSTART;TZID=Europe/Copenhagen:20261026T090000", "BEGIN:VTIMEZONE", "X-PLANNER-MEETING-ID:41"} {
		if !strings.Contains(string(data), want) {
			t.Errorf("encoded event lacks %q:\n%s", want, data)
		}
	}
	if strings.Contains(string(data), "ATTENDEE") || strings.Contains(string(data), "ORGANIZER") {
		t.Error("a pushed event must carry no attendees (PROTOCOLS.md §2.4)")
	}
	p, err := Parse(data, horizon2026)
	if err != nil {
		t.Fatal(err)
	}
	m := p.Marker
	if m.MeetingID != 41 || m.AdvisorID != 7 || m.Version != 3 || m.Stripped || m.Owned != e.OwnedHash() || m.Hash != e.OwnedHash() {
		t.Fatalf("marker = %+v, want meeting 41, advisor 7, owned hash %s", m, e.OwnedHash())
	}
	if got := spans(p.Items); got != "10-26T08:00/10-26T08:45" {
		t.Fatalf("items = %s", got)
	}
	// an external client strips the X- properties and moves the event
	edited := strings.ReplaceAll(string(data), "20261026T090000", "20261026T100000")
	edited = strings.ReplaceAll(edited, fmt.Sprintf("X-PLANNER-MEETING-ID:%d\r\n", 41), "")
	p, err = Parse([]byte(edited), horizon2026)
	if err != nil {
		t.Fatal(err)
	}
	if !p.Marker.Planner() || !p.Marker.Stripped || p.Marker.Owned == e.OwnedHash() {
		t.Fatalf("edited marker = %+v; want Planner's, stripped, owned hash changed", p.Marker)
	}
}

// TestMergeInto: PROTOCOLS.md §4.3 — a restore writes Planner's owned fields
// over the advisor's edited copy and keeps what the advisor's client added.
func TestMergeInto(t *testing.T) {
	e := Event{MeetingID: 41, AdvisorID: 7, Domain: "glostrup.dk", Version: 2,
		Start: time.Date(2026, 3, 3, 9, 0, 0, 0, cph), End: time.Date(2026, 3, 3, 9, 45, 0, 0, cph),
		Summary: "Samtale (+15 min afrapporteringstid)", Location: "Lokale 1", Zone: cph, Stamp: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)}
	edited := strings.ReplaceAll(string(e.Encode()), "20260303T090000", "20260303T130000")
	edited = strings.ReplaceAll(edited, "X-PLANNER-MEETING-ID:41\r\n", "")
	edited = strings.Replace(edited, "END:VEVENT", "CATEGORIES:Vigtigt\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT15M\r\nDESCRIPTION:Påmindelse\r\nEND:VALARM\r\nEND:VEVENT", 1)
	merged := e.MergeInto([]byte(edited))
	for _, want := range []string{"DTSTART;TZID=Europe/Copenhagen:20260303T090000", "X-PLANNER-MEETING-ID:41", "CATEGORIES:Vigtigt", "BEGIN:VALARM", "BEGIN:VTIMEZONE"} {
		if !strings.Contains(string(merged), want) {
			t.Errorf("merged copy lacks %q:\n%s", want, merged)
		}
	}
	p, err := Parse(merged, horizon2026)
	if err != nil {
		t.Fatal(err)
	}
	if p.Marker.Owned != e.OwnedHash() || p.Marker.Stripped {
		t.Fatalf("merged marker = %+v, want Planner's owned fields back", p.Marker)
	}
	if got := e.MergeInto([]byte("not a calendar")); !strings.Contains(string(got), "UID:planner-41-7@glostrup.dk") {
		t.Fatalf("an unreadable copy was not replaced whole: %s", got)
	}
}

// TestEventForCleansText: control characters in an administrator's text
// cannot break the event; the event reads back with its meeting's span.
func TestEventForCleansText(t *testing.T) {
	m := planner.Meeting{ID: 5, Title: "Samtale\r\x00\x1b[31m om job", Start: time.Date(2026, 3, 3, 9, 0, 0, 0, cph),
		End: time.Date(2026, 3, 3, 9, 30, 0, 0, cph), ReportingMinutes: 15, Form: planner.Individual, Channel: planner.InPerson}
	ev := EventFor(m, 7, "Lokale\r1", "glostrup.dk", cph, 1)
	if ev.Summary != "Samtale[31m om job (+15 min afrapporteringstid)" || ev.Location != "Lokale1" {
		t.Fatalf("summary %q, location %q", ev.Summary, ev.Location)
	}
	p, err := Parse(ev.Encode(), horizon2026)
	if err != nil {
		t.Fatal(err)
	}
	if spans(p.Items) != "03-03T08:00/03-03T08:45" {
		t.Fatalf("items = %s, want the meeting plus its reporting time", spans(p.Items))
	}
}
