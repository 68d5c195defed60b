package planner

import (
	"strings"
	"testing"
)

// validOffer is an individual offer that passes steps 1 and 2.
func validOffer() Offer {
	o := testOffer()
	o.Description = "En personlig samtale med din sagsbehandler."
	return o
}

func TestOfferValidateSteps(t *testing.T) {
	session := Session{Start: at(2026, 3, 10, 10, 0), Advisors: []AdvisorID{1}, Seats: 20, RebookSeats: 2}
	group := func(edit func(*Offer)) Offer {
		o := validOffer()
		o.Form, o.StartMinutes, o.FirstMeetingDate = Group, nil, Date{}
		o.Sessions = []Session{session}
		if edit != nil {
			edit(&o)
		}
		return o
	}
	tests := []struct {
		name  string
		step  int
		o     Offer
		field string
	}{
		{"a valid individual offer", StepTime, validOffer(), ""},
		{"§4.1 a 500-character description is accepted", StepType, withOffer(func(o *Offer) { o.Description = strings.Repeat("æ", 500) }), ""},
		{"§4.1 501-character description rejected", StepType, withOffer(func(o *Offer) { o.Description = strings.Repeat("a", 501) }), "description"},
		{"§4.1 the description is plain text", StepType, withOffer(func(o *Offer) { o.Description = "tekst\x00" }), "description"},
		{"§4.1 a name is required", StepType, withOffer(func(o *Offer) { o.Name = " " }), "name"},
		{"§4.1 a meeting type is required", StepType, withOffer(func(o *Offer) { o.MeetingType = "" }), "meetingType"},
		{"§4.1 meeting form is individual or group", StepType, withOffer(func(o *Offer) { o.Form = "workshop" }), "form"},
		{"§4.1 channel is digital, in person or phone", StepType, withOffer(func(o *Offer) { o.Channel = "fax" }), "channel"},
		{"§4.1 an individual phone meeting says who calls", StepType, withOffer(func(o *Offer) { o.Channel = Phone }), "caller"},
		{"§4.1 the citizen calls the advisor", StepType, withOffer(func(o *Offer) { o.Channel, o.Caller = Phone, CitizenCalls }), ""},
		{"§4.1 who calls is for individual meetings only", StepType, group(func(o *Offer) { o.Channel, o.Caller = Phone, AdvisorCalls }), "caller"},
		{"§4.1 the overriding phone number must be a number", StepType, withOffer(func(o *Offer) { o.Phone = "ring til mig" }), "phone"},
		{"§4.1 duration is at least a minute", StepTime, withOffer(func(o *Offer) { o.DurationMinutes = 0 }), "durationMinutes"},
		{"§4.1 reporting time is not negative", StepTime, withOffer(func(o *Offer) { o.ReportingMinutes = -5 }), "reportingMinutes"},
		{"§4.1 start minutes are a subset of 00, 15, 20, 30, 40, 45", StepTime, withOffer(func(o *Offer) { o.StartMinutes = []int{15, 10} }), "startMinutes[1]"},
		{"§4.1 at least one start minute", StepTime, withOffer(func(o *Offer) { o.StartMinutes = nil }), "startMinutes"},
		{"§4.1 a start minute once", StepTime, withOffer(func(o *Offer) { o.StartMinutes = []int{15, 15} }), "startMinutes[1]"},
		{"§4.1 a first meeting date", StepTime, withOffer(func(o *Offer) { o.FirstMeetingDate = Date{} }), "firstMeetingDate"},
		{"§4.1 the fixed end is not before the first meeting date", StepTime, withOffer(func(o *Offer) { o.FixedEnd = NewDate(2025, 12, 31) }), "fixedEnd"},
		{"§4.1 rolling end in whole weeks, at most two years", StepTime, withOffer(func(o *Offer) { o.RollingWeeks = 105 }), "rollingWeeks"},
		{"§4.1 the opening date is required", StepTime, withOffer(func(o *Offer) { o.OpensOn = Date{} }), "opensOn"},
		{"§4.1 a team is required", StepTime, withOffer(func(o *Offer) { o.TeamID = 0 }), "teamId"},
		{"§4.1 one or more advisors", StepTime, withOffer(func(o *Offer) { o.Advisors = nil }), "advisors"},
		{"§4.1 an advisor once", StepTime, withOffer(func(o *Offer) { o.Advisors = []AdvisorID{1, 1} }), "advisors[1]"},
		{"§4.1 rebook days only when rebooking is accepted", StepTime, withOffer(func(o *Offer) { o.Terms.RebookDaysBefore = 3 }), "terms.rebookDaysBefore"},
		{"§4.1 rebooking until N days before", StepTime, withOffer(func(o *Offer) { o.Terms = BookingTerms{AcceptRebook: true, RebookDaysBefore: 8} }), ""},
		{"§4.1 a valid group offer", StepTime, group(nil), ""},
		{"§4.1 a group offer lists sessions", StepTime, group(func(o *Offer) { o.Sessions = nil }), "sessions"},
		{"§4.1 a session has advisors", StepTime, group(func(o *Offer) { o.Sessions[0].Advisors = nil }), "sessions[0].advisors"},
		{"§4.1 a session has seats", StepTime, group(func(o *Offer) { o.Sessions[0].Seats = 0 }), "sessions[0].seats"},
		{"§4.1 rebook seats leave a seat for booking", StepTime, group(func(o *Offer) { o.Sessions[0].RebookSeats = 20 }), "sessions[0].rebookSeats"},
		{"§4.1 seats from the room need a room", StepTime, group(func(o *Offer) { o.Sessions[0].SeatsFromRoom = true }), "sessions[0].roomId"},
		{"§4.1 seats from the offer's room", StepTime, group(func(o *Offer) { o.Sessions[0].SeatsFromRoom, o.RoomID = true, 4 }), ""},
		{"§4.1 group offers have no start-minute grid", StepTime, group(func(o *Offer) { o.StartMinutes = []int{0} }), "startMinutes"},
		{"§4.1 sessions belong to group offers", StepTime, withOffer(func(o *Offer) { o.Sessions = []Session{session} }), "sessions"},
		{"an unknown step", 4, validOffer(), "step"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assertField(t, tc.o.ValidateStep(tc.step, RuleContext{}), tc.field)
		})
	}
	t.Run("§4.2 Validate runs step 3 too", func(t *testing.T) {
		assertField(t, validOffer().Validate(ruleContext()), "rules.groups")
	})
}

func withOffer(edit func(*Offer)) Offer {
	o := validOffer()
	edit(&o)
	return o
}

func TestValidateEdit(t *testing.T) {
	ind, grp := validOffer(), validOffer()
	grp.Form = Group
	tests := []struct {
		name      string
		old       Offer
		edit      func(*Offer)
		wantField string
	}{
		{"§4.3 an individual offer may be renamed", ind, func(o *Offer) { o.Name = "Nyt navn" }, ""},
		{"§4.3 group offers keep their name", grp, func(o *Offer) { o.Name = "Nyt navn" }, "name"},
		{"§4.3 a group offer may change its end date", grp, func(o *Offer) { o.FixedEnd = NewDate(2026, 12, 31) }, ""},
		{"§4.3 the meeting form is fixed", ind, func(o *Offer) { o.Form = Group }, "form"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			o := tc.old
			tc.edit(&o)
			assertField(t, ValidateEdit(tc.old, o), tc.wantField)
		})
	}
}

func TestEntityValidate(t *testing.T) {
	h := StandardHours(clock(10, 0), clock(9, 0))
	jc := Jobcenter{Name: "Jobcenter Glostrup", Zone: "Europe/Copenhagen", SummonsPrefix: 10100, Settings: DefaultSettings()}
	tests := []struct {
		name  string
		err   error
		field string
	}{
		{"a valid job centre", jc.Validate(), ""},
		{"§1 a job centre needs a known zone", Jobcenter{Name: "x", Zone: "Mars/Olympus"}.Validate(), "zone"},
		{"§6 a job centre has a five-digit summons prefix", Jobcenter{Name: "x", Zone: "UTC", SummonsPrefix: 999}.Validate(), "summonsPrefix"},
		{"§1 a job centre's sub-centres have names", Jobcenter{Name: "x", Zone: "UTC", SummonsPrefix: 10100, SubCentres: []SubCentre{{ID: 1}}}.Validate(), "subCentres[0].name"},
		{"§1 a team's mail is an address", Team{Name: "Ydelse", Mail: "not an address"}.Validate(), "mail"},
		{"§1 a team's phone is a Danish number", Team{Name: "Ydelse", Phone: "+45 12 34 56 7"}.Validate(), "phone"},
		{"§1 a team with +45 and spaces", Team{Name: "Ydelse", Phone: "+45 12 34 56 78", Mail: "ydelse@jobcenter.dk"}.Validate(), ""},
		{"§1 an advisor belongs to a team", Advisor{Name: "Bo"}.Validate(), "teamId"},
		{"§1 an advisor's hours are checked", Advisor{Name: "Bo", TeamID: 1, Hours: &h}.Validate(), "hours.days[1][0]"},
		{"§1 a room has a capacity", Room{Name: "Lokale 1"}.Validate(), "capacity"},
		{"§1 a citizen has a CPR", Citizen{Name: "Test"}.Validate(), "cpr"},
		{"§1 a citizen's contact group is on the list", Citizen{Name: "Test", CPR: MustParseCPR("010190-1234"), ContactGroup: "Pensionist"}.Validate(), "contactGroup"},
		{"§1 a referral ends after it starts", Citizen{Name: "Test", CPR: MustParseCPR("010190-1234"),
			Referrals: []Referral{{Actor: 1, From: NewDate(2026, 3, 1), To: NewDate(2026, 2, 1)}}}.Validate(), "referrals[0].to"},
		{"§3 an absence ends after it starts", Absence{AdvisorID: 1, Interval: Interval{at(2026, 3, 2, 9, 0), at(2026, 3, 2, 9, 0)}}.Validate(), "end"},
		{"§3 an absence note of 501 characters", Absence{AdvisorID: 1, Interval: Interval{at(2026, 3, 2, 9, 0), at(2026, 3, 3, 9, 0)}, Note: strings.Repeat("x", 501)}.Validate(), "note"},
		{"§2 a meeting ends after it starts", Meeting{Start: at(2026, 3, 2, 9, 0), End: at(2026, 3, 2, 9, 0), Advisors: []AdvisorID{1}, Form: Individual}.Validate(), "end"},
		{"§5 a group meeting has seats", Meeting{Start: at(2026, 3, 2, 9, 0), End: at(2026, 3, 2, 10, 0), Advisors: []AdvisorID{1}, Form: Group}.Validate(), "seats"},
		{"a valid meeting", Meeting{Start: at(2026, 3, 2, 9, 0), End: at(2026, 3, 2, 9, 30), ReportingMinutes: 15, Advisors: []AdvisorID{1}, Form: Individual}.Validate(), ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { assertField(t, tc.err, tc.field) })
	}
}

func TestTeamTree(t *testing.T) {
	t.Run("§1 a cycle is rejected", func(t *testing.T) {
		_, err := NewTeamTree([]Team{{ID: 1, JobcenterID: 1, ParentID: 2, Name: "a"}, {ID: 2, JobcenterID: 1, ParentID: 1, Name: "b"}})
		assertField(t, err, "parentId")
	})
	t.Run("§1 a missing parent is rejected", func(t *testing.T) {
		_, err := NewTeamTree([]Team{{ID: 1, JobcenterID: 1, ParentID: 9, Name: "a"}})
		assertField(t, err, "parentId")
	})
	t.Run("§1 a parent in another job centre is rejected", func(t *testing.T) {
		_, err := NewTeamTree([]Team{{ID: 1, JobcenterID: 2, Name: "a"}, {ID: 2, JobcenterID: 1, ParentID: 1, Name: "b"}})
		assertField(t, err, "parentId")
	})
	tr := notifyTree(t, "")
	t.Run("§6 team filters include sub-teams", func(t *testing.T) {
		if got := tr.Subtree(1); len(got) != 3 || got[0] != 1 || got[1] != 2 || got[2] != 3 {
			t.Errorf("Subtree(1) = %v, want [1 2 3]", got)
		}
		if got := tr.Subtree(99); got != nil {
			t.Errorf("Subtree(unknown) = %v, want nil", got)
		}
	})
	t.Run("§4.1 the phone falls back up the tree", func(t *testing.T) {
		tr, _ := NewTeamTree([]Team{{ID: 1, JobcenterID: 1, Name: "a", Phone: "43 21 00 00"}, {ID: 2, JobcenterID: 1, ParentID: 1, Name: "b"}})
		if got := tr.PhoneFor(2); got != "43 21 00 00" {
			t.Errorf("PhoneFor = %q", got)
		}
		o := Offer{TeamID: 2}
		if got := o.PhoneFor(Advisor{Phone: "22 33 44 55"}, tr); got != "22 33 44 55" {
			t.Errorf("§4.1 the number defaults to the advisor's phone: %q", got)
		}
		if got := o.PhoneFor(Advisor{}, tr); got != "43 21 00 00" {
			t.Errorf("§4.1 then the offer team's phone: %q", got)
		}
		o.Phone = "70 10 20 30"
		if got := o.PhoneFor(Advisor{Phone: "22 33 44 55"}, tr); got != "70 10 20 30" {
			t.Errorf("§4.1 an override wins: %q", got)
		}
	})
}

func TestOfferVisibleOn(t *testing.T) {
	o := validOffer()
	o.OpensOn = NewDate(2026, 3, 5)
	if o.VisibleOn(NewDate(2026, 3, 4)) || !o.VisibleOn(NewDate(2026, 3, 5)) {
		t.Error("§4.1 the offer becomes visible on the day it opens for booking")
	}
	o.Active = false
	if o.VisibleOn(NewDate(2026, 4, 1)) {
		t.Error("§4.3 an inactive offer is not visible")
	}
}
