package planner

import (
	"errors"
	"strings"
	"testing"
	"time"
)

// day9 is 2 March 2026 09:00 UTC, a start for intervals in these tests.
var day9 = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)

// TestEntityValidate covers the Validate methods of the entities besides
// offers and teams (offer_test.go, team_test.go). Every failure must be a
// *FieldError matching ErrInvalid and naming the field.
func TestEntityValidate(t *testing.T) {
	badHours := StandardHours(Clock(10*60), Clock(9*60))
	cpr := MustParseCPR("010190-1234")
	jc := Jobcenter{Name: "Jobcenter Glostrup", Zone: "Europe/Copenhagen", SummonsPrefix: 10100, Settings: DefaultSettings()}
	absence := func(edit func(*Absence)) Absence {
		a := Absence{AdvisorID: 1, Interval: Interval{day9, day9.Add(24 * time.Hour)}, Note: "Kursus"}
		edit(&a)
		return a
	}
	tests := []struct {
		name  string
		err   error
		field string
	}{
		{"§1 a valid job centre", jc.Validate(), ""},
		{"§1 a job centre needs a known zone", Jobcenter{Name: "x", Zone: "Mars/Olympus"}.Validate(), "zone"},
		{"§6 a job centre has a five-digit summons prefix", Jobcenter{Name: "x", Zone: "UTC", SummonsPrefix: 999}.Validate(), "summonsPrefix"},
		{"§1 a job centre's sub-centres have names", Jobcenter{Name: "x", Zone: "UTC", SummonsPrefix: 10100, SubCentres: []SubCentre{{ID: 1}}}.Validate(), "subCentres[0].name"},

		{"§1 a valid advisor", Advisor{Name: "Bo", TeamID: 1, Mail: "bo@jobcenter.dk", Phone: "22 33 44 55"}.Validate(), ""},
		{"§1 an advisor has a name", Advisor{TeamID: 1}.Validate(), "name"},
		{"§1 an advisor belongs to a team", Advisor{Name: "Bo"}.Validate(), "teamId"},
		{"§7 an advisor's mail is an address", Advisor{Name: "Bo", TeamID: 1, Mail: "bo@"}.Validate(), "mail"},
		{"§4.1 an advisor's phone is a Danish number", Advisor{Name: "Bo", TeamID: 1, Phone: "123"}.Validate(), "phone"},
		{"§5 an advisor's hours are checked", Advisor{Name: "Bo", TeamID: 1, Hours: &badHours}.Validate(), "hours.days[1][0]"},
		{"§9 an advisor's calendar kind is caldav or graph", Advisor{Name: "Bo", TeamID: 1, Calendar: CalendarConnection{Kind: "exchange2003"}}.Validate(), "calendar.kind"},
		{"§9 a CalDAV calendar has an http(s) URL", Advisor{Name: "Bo", TeamID: 1, Calendar: CalendarConnection{Kind: CalDAV, URL: "ftp://x"}}.Validate(), "calendar.url"},
		{"issue 12 a Graph calendar names the mailbox (UPN)", Advisor{Name: "Bo", TeamID: 1, Calendar: CalendarConnection{Kind: Graph, Username: "bo@glostrup.dk"}}.Validate(), ""},
		{"issue 12 a Graph calendar may override the Graph root", Advisor{Name: "Bo", TeamID: 1, Calendar: CalendarConnection{Kind: Graph, Username: "bo@glostrup.dk", URL: "http://127.0.0.1:8081/v1.0"}}.Validate(), ""},
		{"issue 12 a Graph calendar requires the mailbox", Advisor{Name: "Bo", TeamID: 1, Calendar: CalendarConnection{Kind: Graph}}.Validate(), "calendar.username"},
		{"issue 12 a Graph mailbox is a mail address", Advisor{Name: "Bo", TeamID: 1, Calendar: CalendarConnection{Kind: Graph, Username: "Bo Poulsen"}}.Validate(), "calendar.username"},
		{"issue 12 a Graph root, when set, is an http(s) URL", Advisor{Name: "Bo", TeamID: 1, Calendar: CalendarConnection{Kind: Graph, Username: "bo@glostrup.dk", URL: "graph.microsoft.com"}}.Validate(), "calendar.url"},
		{"issue 12 a Graph calendar has no secret of its own: the job centre's app holds it", Advisor{Name: "Bo", TeamID: 1, Calendar: CalendarConnection{Kind: Graph, Username: "bo@glostrup.dk", Secret: "hunter2"}}.Validate(), "calendar.secret"},

		{"§1 a valid room", Room{Name: "Lokale 1", Capacity: 12}.Validate(), ""},
		{"§1 a room has a name", Room{Capacity: 12}.Validate(), "name"},
		{"§1 a room has a capacity", Room{Name: "Lokale 1"}.Validate(), "capacity"},
		{"§1 a room's capacity is positive", Room{Name: "Lokale 1", Capacity: -3}.Validate(), "capacity"},

		{"§1 a valid citizen", Citizen{Name: "Test", CPR: cpr, ContactGroup: "Dagpengemodtager", Assessment: "Jobparat"}.Validate(), ""},
		{"§1 a citizen has a CPR", Citizen{Name: "Test"}.Validate(), "cpr"},
		{"§1 a citizen has a name", Citizen{CPR: cpr}.Validate(), "name"},
		{"§4.2 a citizen's contact group is on the list", Citizen{Name: "Test", CPR: cpr, ContactGroup: "Pensionist"}.Validate(), "contactGroup"},
		{"§4.2 a citizen's assessment group is on the list", Citizen{Name: "Test", CPR: cpr, Assessment: "Klar"}.Validate(), "assessment"},
		{"§4.2 a referral names the other actor", Citizen{Name: "Test", CPR: cpr,
			Referrals: []Referral{{From: NewDate(2026, 2, 1), To: NewDate(2026, 3, 1)}}}.Validate(), "referrals[0].otherActorId"},
		{"§4.2 a referral ends after it starts", Citizen{Name: "Test", CPR: cpr,
			Referrals: []Referral{{Actor: 1, From: NewDate(2026, 3, 1), To: NewDate(2026, 2, 1)}}}.Validate(), "referrals[0].to"},

		{"§3 a valid absence", absence(func(*Absence) {}).Validate(), ""},
		{"§3 an absence belongs to an advisor", absence(func(a *Absence) { a.AdvisorID = 0 }).Validate(), "advisorId"},
		{"§3 an absence has a start", absence(func(a *Absence) { a.Start = time.Time{} }).Validate(), "start"},
		{"§3 an absence ends after it starts", absence(func(a *Absence) { a.End = a.Start }).Validate(), "end"},
		{"§3 an absence does not end before it starts", absence(func(a *Absence) { a.End = a.Start.Add(-time.Hour) }).Validate(), "end"},
		{"§3 the note is optional", absence(func(a *Absence) { a.Note = "" }).Validate(), ""},
		{"§3 an absence note of 500 characters (æøå count as one)", absence(func(a *Absence) { a.Note = strings.Repeat("æ", 500) }).Validate(), ""},
		{"§3 an absence note of 501 characters", absence(func(a *Absence) { a.Note = strings.Repeat("x", 501) }).Validate(), "note"},
		{"§3 an absence note is plain text", absence(func(a *Absence) { a.Note = "syg\x07" }).Validate(), "note"},

		{"§2 a valid meeting", Meeting{Start: day9, End: day9.Add(30 * time.Minute), ReportingMinutes: 15, Advisors: []AdvisorID{1}, Form: Individual}.Validate(), ""},
		{"§2 a meeting ends after it starts", Meeting{Start: day9, End: day9, Advisors: []AdvisorID{1}, Form: Individual}.Validate(), "end"},
		{"§5 a group meeting has seats", Meeting{Start: day9, End: day9.Add(time.Hour), Advisors: []AdvisorID{1}, Form: Group}.Validate(), "seats"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { assertField(t, tc.err, tc.field) })
	}
}

// TestFieldErrorNamesNoValue checks that a validation error names the field
// and not the value that failed (STYLE §6).
func TestFieldErrorNamesNoValue(t *testing.T) {
	tests := []struct {
		name  string
		err   error
		value string
	}{
		{"§7 a bad team mail is not repeated", Team{Name: "Ydelse", Mail: "hemmelig-adresse"}.Validate(), "hemmelig-adresse"},
		{"§4.1 a bad phone is not repeated", withOffer(func(o *Offer) { o.Phone = "ring 99887766x" }).ValidateStep(StepType, RuleContext{}), "99887766"},
		{"§1 a bad contact group is not repeated", Citizen{Name: "Test", CPR: MustParseCPR("010190-1234"), ContactGroup: "Hemmelig gruppe"}.Validate(), "Hemmelig gruppe"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			asFieldError(t, tc.err)
			if strings.Contains(tc.err.Error(), tc.value) {
				t.Errorf("err = %q, want it without %q", tc.err, tc.value)
			}
		})
	}
}

// asFieldError returns err as a *FieldError, failing t unless it is one and
// matches ErrInvalid.
func asFieldError(t *testing.T, err error) *FieldError {
	t.Helper()
	var fe *FieldError
	if !errors.As(err, &fe) || !errors.Is(err, ErrInvalid) {
		t.Fatalf("err = %v, want a *FieldError matching ErrInvalid", err)
	}
	return fe
}
