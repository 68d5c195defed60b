package planner

import (
	"strings"
	"testing"
	"time"
)

// validOffer is an individual offer that passes steps 1 and 2: in person,
// 30 minutes, starts at :00 and :30, open from 2026-01-01.
func validOffer() Offer {
	return Offer{
		ID: 1, JobcenterID: 1, Name: "Jobsamtale", Description: "En personlig samtale med din sagsbehandler.",
		MeetingType: "Jobsamtale", Form: Individual, Channel: InPerson,
		DurationMinutes: 30, StartMinutes: []int{0, 30}, TeamID: 1, Advisors: []AdvisorID{1},
		FirstMeetingDate: NewDate(2026, 1, 1), OpensOn: NewDate(2026, 1, 1), Active: true,
	}
}

// withOffer returns validOffer changed by edit.
func withOffer(edit func(*Offer)) Offer {
	o := validOffer()
	edit(&o)
	return o
}

// groupOffer returns a valid group offer with one session, changed by edit.
func groupOffer(edit func(*Offer)) Offer {
	o := validOffer()
	o.Form, o.StartMinutes, o.FirstMeetingDate = Group, nil, Date{}
	o.Sessions = []Session{{Start: time.Date(2026, 3, 10, 9, 0, 0, 0, time.UTC), Advisors: []AdvisorID{1}, Seats: 20, RebookSeats: 2}}
	if edit != nil {
		edit(&o)
	}
	return o
}

// TestOfferValidateStepType covers wizard step 1, "offer type" (§4.1).
func TestOfferValidateStepType(t *testing.T) {
	tests := []struct {
		name  string
		o     Offer
		field string
	}{
		{"§4.1 a valid individual offer", validOffer(), ""},
		{"§4.1 a 500-character description is accepted", withOffer(func(o *Offer) { o.Description = strings.Repeat("a", 500) }), ""},
		{"§4.1 æøå count as one character each: 500 accepted", withOffer(func(o *Offer) { o.Description = strings.Repeat("æøå", 166) + "ab" }), ""},
		{"§4.1 501-character description rejected", withOffer(func(o *Offer) { o.Description = strings.Repeat("a", 501) }), "description"},
		{"§4.1 501 characters of æøå rejected", withOffer(func(o *Offer) { o.Description = strings.Repeat("æøå", 167) }), "description"},
		{"§4.1 the description may hold line breaks", withOffer(func(o *Offer) { o.Description = "Linje 1\nLinje 2\r\n\tslut" }), ""},
		{"§4.1 the description is plain text", withOffer(func(o *Offer) { o.Description = "tekst\x00" }), "description"},
		{"§4.1 an empty description is accepted", withOffer(func(o *Offer) { o.Description = "" }), ""},
		{"§4.1 a name is required", withOffer(func(o *Offer) { o.Name = " " }), "name"},
		{"§4.1 a name of 201 characters is rejected", withOffer(func(o *Offer) { o.Name = strings.Repeat("ø", 201) }), "name"},
		{"§4.1 a meeting type is required", withOffer(func(o *Offer) { o.MeetingType = "" }), "meetingType"},
		{"§4.1 meeting form is individual or group", withOffer(func(o *Offer) { o.Form = "workshop" }), "form"},
		{"§4.1 channel is digital, in person or phone", withOffer(func(o *Offer) { o.Channel = "fax" }), "channel"},
		{"§4.1 a digital offer", withOffer(func(o *Offer) { o.Channel = Digital }), ""},
		{"§4.1 an individual phone meeting says who calls", withOffer(func(o *Offer) { o.Channel = Phone }), "caller"},
		{"§4.1 who calls is advisor or citizen", withOffer(func(o *Offer) { o.Channel, o.Caller = Phone, "robot" }), "caller"},
		{"§4.1 the advisor calls the citizen", withOffer(func(o *Offer) { o.Channel, o.Caller = Phone, AdvisorCalls }), ""},
		{"§4.1 the citizen calls the advisor", withOffer(func(o *Offer) { o.Channel, o.Caller = Phone, CitizenCalls }), ""},
		{"§4.1 who calls is for phone meetings only", withOffer(func(o *Offer) { o.Caller = CitizenCalls }), "caller"},
		{"§4.1 who calls is for individual meetings only", groupOffer(func(o *Offer) { o.Channel, o.Caller = Phone, AdvisorCalls }), "caller"},
		{"§4.1 a group phone meeting needs no caller", groupOffer(func(o *Offer) { o.Channel = Phone }), ""},
		{"§4.1 the overriding phone number must be a number", withOffer(func(o *Offer) { o.Phone = "ring til mig" }), "phone"},
		{"§4.1 the overriding phone number", withOffer(func(o *Offer) { o.Channel, o.Caller, o.Phone = Phone, CitizenCalls, "+45 70 10 20 30" }), ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assertField(t, tc.o.ValidateStep(StepType, RuleContext{}), tc.field)
		})
	}
}

// TestOfferValidateStepTime covers wizard step 2, "time" (§4.1).
func TestOfferValidateStepTime(t *testing.T) {
	tests := []struct {
		name  string
		o     Offer
		field string
	}{
		{"§4.1 a valid individual offer", validOffer(), ""},
		{"§4.1 every allowed start minute", withOffer(func(o *Offer) { o.StartMinutes = []int{0, 15, 20, 30, 40, 45} }), ""},
		{"§4.1 start minutes 15 and 45", withOffer(func(o *Offer) { o.StartMinutes = []int{15, 45} }), ""},
		{"§4.1 start minute 10 rejected", withOffer(func(o *Offer) { o.StartMinutes = []int{15, 10} }), "startMinutes[1]"},
		{"§4.1 start minute 60 rejected", withOffer(func(o *Offer) { o.StartMinutes = []int{60} }), "startMinutes[0]"},
		{"§4.1 start minute -15 rejected", withOffer(func(o *Offer) { o.StartMinutes = []int{0, 30, -15} }), "startMinutes[2]"},
		{"§4.1 start minute 5 rejected", withOffer(func(o *Offer) { o.StartMinutes = []int{5} }), "startMinutes[0]"},
		{"§4.1 at least one start minute", withOffer(func(o *Offer) { o.StartMinutes = nil }), "startMinutes"},
		{"§4.1 a start minute once", withOffer(func(o *Offer) { o.StartMinutes = []int{15, 15} }), "startMinutes[1]"},
		{"§4.1 duration is at least a minute", withOffer(func(o *Offer) { o.DurationMinutes = 0 }), "durationMinutes"},
		{"§4.1 duration is at most a working day", withOffer(func(o *Offer) { o.DurationMinutes = 481 }), "durationMinutes"},
		{"§4.1 reporting time is not negative", withOffer(func(o *Offer) { o.ReportingMinutes = -5 }), "reportingMinutes"},
		{"§4.1 reporting time of 15 minutes", withOffer(func(o *Offer) { o.ReportingMinutes = 15 }), ""},
		{"§4.1 a first meeting date", withOffer(func(o *Offer) { o.FirstMeetingDate = Date{} }), "firstMeetingDate"},
		{"§4.1 the fixed end is not before the opening date", withOffer(func(o *Offer) { o.FixedEnd = NewDate(2025, 12, 31) }), "fixedEnd"},
		{"§4.1 the fixed end is not before the first meeting date", withOffer(func(o *Offer) {
			o.FirstMeetingDate, o.FixedEnd = NewDate(2026, 2, 1), NewDate(2026, 1, 31)
		}), "fixedEnd"},
		{"§4.1 rolling and fixed end together", withOffer(func(o *Offer) { o.RollingWeeks, o.FixedEnd = 8, NewDate(2027, 1, 1) }), ""},
		{"§4.1 rolling end in whole weeks, at most two years", withOffer(func(o *Offer) { o.RollingWeeks = 105 }), "rollingWeeks"},
		{"§4.1 rolling end is not negative", withOffer(func(o *Offer) { o.RollingWeeks = -1 }), "rollingWeeks"},
		{"§4.1 the opening date is required", withOffer(func(o *Offer) { o.OpensOn = Date{} }), "opensOn"},
		{"§4.1 a team is required", withOffer(func(o *Offer) { o.TeamID = 0 }), "teamId"},
		{"§4.1 one or more advisors", withOffer(func(o *Offer) { o.Advisors = nil }), "advisors"},
		{"§4.1 an advisor once", withOffer(func(o *Offer) { o.Advisors = []AdvisorID{1, 1} }), "advisors[1]"},
		{"§4.1 rebook days only when rebooking is accepted", withOffer(func(o *Offer) { o.Terms.RebookDaysBefore = 3 }), "terms.rebookDaysBefore"},
		{"§4.1 rebooking until N days before", withOffer(func(o *Offer) { o.Terms = BookingTerms{AcceptRebook: true, RebookDaysBefore: 8} }), ""},
		{"§4.1 rebook days are not negative", withOffer(func(o *Offer) { o.Terms = BookingTerms{AcceptRebook: true, RebookDaysBefore: -1} }), "terms.rebookDaysBefore"},
		{"§4.1 sessions belong to group offers", withOffer(func(o *Offer) { o.Sessions = groupOffer(nil).Sessions }), "sessions"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assertField(t, tc.o.ValidateStep(StepTime, RuleContext{}), tc.field)
		})
	}
}

// TestOfferValidateSessions covers a group offer's sessions and seats (§4.1).
func TestOfferValidateSessions(t *testing.T) {
	tests := []struct {
		name  string
		o     Offer
		field string
	}{
		{"§4.1 a valid group offer", groupOffer(nil), ""},
		{"§4.1 a group offer lists sessions", groupOffer(func(o *Offer) { o.Sessions = nil }), "sessions"},
		{"§4.1 a session has a start", groupOffer(func(o *Offer) { o.Sessions[0].Start = time.Time{} }), "sessions[0].start"},
		{"§4.1 a session has advisors", groupOffer(func(o *Offer) { o.Sessions[0].Advisors = nil }), "sessions[0].advisors"},
		{"§4.1 a session names an advisor once", groupOffer(func(o *Offer) { o.Sessions[0].Advisors = []AdvisorID{1, 1} }), "sessions[0].advisors"},
		{"§4.1 a session has seats", groupOffer(func(o *Offer) { o.Sessions[0].Seats = 0 }), "sessions[0].seats"},
		{"§4.1 a second session is checked too", groupOffer(func(o *Offer) {
			o.Sessions = append(o.Sessions, Session{Start: o.Sessions[0].Start.Add(time.Hour), Advisors: []AdvisorID{1}})
		}), "sessions[1].seats"},
		{"§4.1 rebook seats are not negative", groupOffer(func(o *Offer) { o.Sessions[0].RebookSeats = -1 }), "sessions[0].rebookSeats"},
		{"§4.1 rebook seats leave a seat for booking", groupOffer(func(o *Offer) { o.Sessions[0].RebookSeats = 20 }), "sessions[0].rebookSeats"},
		{"§4.1 rebook seats may leave one seat", groupOffer(func(o *Offer) { o.Sessions[0].RebookSeats = 19 }), ""},
		{"§4.1 seats from the room need a room", groupOffer(func(o *Offer) { o.Sessions[0].SeatsFromRoom = true }), "sessions[0].roomId"},
		{"§4.1 seats from the offer's room", groupOffer(func(o *Offer) { o.Sessions[0].SeatsFromRoom, o.RoomID = true, 4 }), ""},
		{"§4.1 seats from the session's room", groupOffer(func(o *Offer) { o.Sessions[0].SeatsFromRoom, o.Sessions[0].RoomID = true, 4 }), ""},
		{"§4.1 group offers have no start-minute grid", groupOffer(func(o *Offer) { o.StartMinutes = []int{0} }), "startMinutes"},
		{"§4.1 the citizen chooses the advisor in individual offers only", groupOffer(func(o *Offer) { o.CitizenChoosesAdvisor = true }), "citizenChoosesAdvisor"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assertField(t, tc.o.ValidateStep(StepTime, RuleContext{}), tc.field)
		})
	}
}

func TestSessionCapacity(t *testing.T) {
	room := &Room{Name: "Lokale 1", Capacity: 12}
	tests := []struct {
		name string
		s    Session
		room *Room
		want int
	}{
		{"§4.1 seats as a given number", Session{Seats: 20}, room, 20},
		{"§4.1 seats from the room's capacity", Session{SeatsFromRoom: true, Seats: 20}, room, 12},
		{"§4.1 seats from a missing room", Session{SeatsFromRoom: true}, nil, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.s.Capacity(tc.room); got != tc.want {
				t.Errorf("Capacity = %d, want %d", got, tc.want)
			}
		})
	}
	o := Offer{RoomID: 4}
	if got := o.SessionRoom(Session{}); got != 4 {
		t.Errorf("SessionRoom(no room) = %d, want the offer's room 4", got)
	}
	if got := o.SessionRoom(Session{RoomID: 5}); got != 5 {
		t.Errorf("SessionRoom(room 5) = %d, want 5", got)
	}
}

func TestOfferValidateStepOther(t *testing.T) {
	t.Run("§4.2 step 3 wants at least one rule", func(t *testing.T) {
		err := validOffer().ValidateStep(StepParticipants, RuleContext{})
		assertFieldPrefix(t, err, "rules")
	})
	t.Run("§4.2 Validate runs step 3 too", func(t *testing.T) {
		assertFieldPrefix(t, validOffer().Validate(RuleContext{}), "rules")
	})
	t.Run("§4.1 Validate stops at the first failing step", func(t *testing.T) {
		assertField(t, withOffer(func(o *Offer) { o.Name, o.DurationMinutes = "", 0 }).Validate(RuleContext{}), "name")
	})
	t.Run("an unknown step", func(t *testing.T) {
		assertField(t, validOffer().ValidateStep(4, RuleContext{}), "step")
	})
}

// assertFieldPrefix checks err is a FieldError whose field is prefix or
// starts with prefix and a dot.
func assertFieldPrefix(t *testing.T, err error, prefix string) {
	t.Helper()
	fe := asFieldError(t, err)
	if fe.Field != prefix && !strings.HasPrefix(fe.Field, prefix+".") {
		t.Errorf("Field = %q, want %q or %q…", fe.Field, prefix, prefix+".")
	}
}

func TestValidateEdit(t *testing.T) {
	ind, grp := validOffer(), groupOffer(nil)
	tests := []struct {
		name  string
		old   Offer
		edit  func(*Offer)
		field string
	}{
		{"§4.3 an individual offer may be renamed", ind, func(o *Offer) { o.Name = "Nyt navn" }, ""},
		{"§4.3 group offers keep their name", grp, func(o *Offer) { o.Name = "Nyt navn" }, "name"},
		{"§4.3 a group offer may change its description", grp, func(o *Offer) { o.Description = "Ny tekst" }, ""},
		{"§4.3 a group offer may change its end date", grp, func(o *Offer) { o.FixedEnd = NewDate(2026, 12, 31) }, ""},
		{"§4.3 a group offer may change seats", grp, func(o *Offer) { o.Sessions[0].Seats = 30 }, ""},
		{"§4.3 an offer may be deactivated", ind, func(o *Offer) { o.Active = false }, ""},
		{"§4.3 the meeting form is fixed", ind, func(o *Offer) { o.Form = Group }, "form"},
		{"§4.3 the id is fixed", ind, func(o *Offer) { o.ID = 2 }, "id"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			o := tc.old
			o.Sessions = append([]Session(nil), tc.old.Sessions...)
			tc.edit(&o)
			assertField(t, ValidateEdit(tc.old, o), tc.field)
		})
	}
}

func TestOfferVisibleOn(t *testing.T) {
	o := validOffer()
	o.OpensOn = NewDate(2026, 3, 5)
	tests := []struct {
		name   string
		active bool
		day    Date
		want   bool
	}{
		{"§4.1 not visible the day before it opens", true, NewDate(2026, 3, 4), false},
		{"§4.1 visible on the day it opens for booking", true, NewDate(2026, 3, 5), true},
		{"§4.1 visible after it opens", true, NewDate(2026, 4, 1), true},
		{"§4.3 an inactive offer is not visible", false, NewDate(2026, 4, 1), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			o.Active = tc.active
			if got := o.VisibleOn(tc.day); got != tc.want {
				t.Errorf("VisibleOn(%s) = %v, want %v", tc.day, got, tc.want)
			}
		})
	}
}

func TestAllowedStartMinutes(t *testing.T) {
	got := AllowedStartMinutes()
	want := []int{0, 15, 20, 30, 40, 45}
	if len(got) != len(want) {
		t.Fatalf("AllowedStartMinutes() = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("AllowedStartMinutes() = %v, want %v", got, want)
		}
	}
	got[0] = 5 // a caller's change must not reach the next call
	if AllowedStartMinutes()[0] != 0 {
		t.Errorf("AllowedStartMinutes()[0] = %d after a caller's change, want 0", AllowedStartMinutes()[0])
	}
}
