package planner

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Form is the meeting form (mødeform).
type Form string

// Meeting forms.
const (
	Individual Form = "individual"
	Group      Form = "group"
)

// Channel is how a meeting is held (afholdelsesform).
type Channel string

// Channels.
const (
	Digital  Channel = "digital"
	InPerson Channel = "in_person"
	Phone    Channel = "phone"
)

// Caller says who calls on a phone meeting (§4.1).
type Caller string

// Callers.
const (
	AdvisorCalls Caller = "advisor_calls"
	CitizenCalls Caller = "citizen_calls"
)

// BookingTerms are the citizen's rights on a booking. A booking copies the
// offer's terms when it is made, so a later edit of the offer reaches future
// bookings only (§4.3).
type BookingTerms struct {
	AcceptCancel bool `json:"acceptCancel"`
	AcceptRebook bool `json:"acceptRebook"`
	// RebookDaysBefore: rebooking is allowed until this many days before the
	// meeting date ("yes, until N days before").
	RebookDaysBefore int `json:"rebookDaysBefore"`
}

// Offer is an online offer (onlinetilbud): a self-booking meeting offer
// shown on Jobnet to the citizens matching its rules (§4).
type Offer struct {
	ID          OfferID     `json:"id"`
	JobcenterID JobcenterID `json:"jobcenterId"`

	// Step 1: offer type.
	Name        string     `json:"name"`
	Description string     `json:"description"`
	TemplateID  TemplateID `json:"templateId,omitempty"`
	MeetingType string     `json:"meetingType"`
	Variant     string     `json:"variant,omitempty"`
	Form        Form       `json:"form"`
	Channel     Channel    `json:"channel"`
	Caller      Caller     `json:"caller,omitempty"` // phone + individual only
	Phone       string     `json:"phone,omitempty"`  // overrides the advisor's number when the citizen calls

	// Step 2: time.
	DurationMinutes  int   `json:"durationMinutes"`
	ReportingMinutes int   `json:"reportingMinutes"`
	StartMinutes     []int `json:"startMinutes,omitempty"` // individual: subset of AllowedStartMinutes
	FirstMeetingDate Date  `json:"firstMeetingDate"`       // individual: first date a meeting may be held
	FixedEnd         Date  `json:"fixedEnd"`               // optional: last date a meeting may be held
	RollingWeeks     int   `json:"rollingWeeks,omitempty"` // optional: book at most this many weeks ahead
	OpensOn          Date  `json:"opensOn"`                // the day the offer becomes visible on Jobnet

	TeamID                TeamID      `json:"teamId"`
	RoomID                RoomID      `json:"roomId,omitempty"`
	Advisors              []AdvisorID `json:"advisors"`
	CitizenChoosesAdvisor bool        `json:"citizenChoosesAdvisor"`
	// OtherActor marks an offer for citizens referred to an other actor: its
	// times end with the citizen's referral period (§5, §7.2 d).
	OtherActor bool         `json:"otherActor"`
	Terms      BookingTerms `json:"terms"`
	Sessions   []Session    `json:"sessions,omitempty"` // group offers

	// Step 3: participants.
	Rules RuleSet `json:"rules"`

	Active    bool      `json:"active"`
	ChangedAt time.Time `json:"changedAt"`
	ChangedBy string    `json:"changedBy,omitempty"`
}

// Session is one concrete meeting of a group offer: a date and time, its
// advisors, a room and its seats (§4.1).
type Session struct {
	ID       SessionID   `json:"id"`
	Start    time.Time   `json:"start"`
	Advisors []AdvisorID `json:"advisors"`
	RoomID   RoomID      `json:"roomId,omitempty"`
	// SeatsFromRoom: the room's capacity gives the seats; else Seats does.
	SeatsFromRoom bool `json:"seatsFromRoom"`
	Seats         int  `json:"seats,omitempty"`
	// RebookSeats are kept for citizens who rebook into this session.
	RebookSeats int `json:"rebookSeats"`
}

// Capacity returns the session's seats; room is the session's room, needed
// when SeatsFromRoom is set (nil otherwise).
func (s Session) Capacity(room *Room) int {
	if s.SeatsFromRoom {
		if room == nil {
			return 0
		}
		return room.Capacity
	}
	return s.Seats
}

// AllowedStartMinutes are the minutes within the hour an individual offer may
// start on (§4.1).
func AllowedStartMinutes() []int { return []int{0, 15, 20, 30, 40, 45} }

// The limits of an offer's fields.
const (
	MaxNameLength        = 200
	MaxDescriptionLength = 500 // §4.1: "at most 500 characters"
	MaxDurationMinutes   = 8 * 60
	MaxReportingMinutes  = 4 * 60
	MaxRollingWeeks      = DefaultHorizonDays / 7 // the free times' horizon: a longer one would promise times never searched (issue 23)
	MaxRebookDaysBefore  = 365
)

// Offer wizard steps (§4.1–§4.3). ValidateStep checks one step, so a UI can
// check the wizard step by step; Validate checks them all.
const (
	StepType         = 1
	StepTime         = 2
	StepParticipants = 3
)

// Validate checks every step of the offer; rc gives what the rules may refer
// to. Errors name the field.
func (o Offer) Validate(rc RuleContext) error {
	for step := StepType; step <= StepParticipants; step++ {
		if err := o.ValidateStep(step, rc); err != nil {
			return err
		}
	}
	return nil
}

// ValidateStep checks the fields of one wizard step.
func (o Offer) ValidateStep(step int, rc RuleContext) error {
	switch step {
	case StepType:
		return o.validateType(rc)
	case StepTime:
		return o.validateTime()
	case StepParticipants:
		return prefixed("rules", o.Rules.Validate(rc))
	}
	return fieldErr("step", "must be 1, 2 or 3", "skal være 1, 2 eller 3")
}

func (o Offer) validateType(rc RuleContext) error {
	switch {
	case strings.TrimSpace(o.Name) == "":
		return fieldErr("name", "is required", "er påkrævet")
	case utf8.RuneCountInString(o.Name) > MaxNameLength:
		return fieldErr("name", "must be at most 200 characters", "må højst være på 200 tegn")
	case utf8.RuneCountInString(o.Description) > MaxDescriptionLength:
		return fieldErr("description", "must be at most 500 characters", "må højst være på 500 tegn")
	case !plainText(o.Description):
		return fieldErr("description", "must be plain text without control characters", "skal være almindelig tekst uden kontroltegn")
	case strings.TrimSpace(o.MeetingType) == "":
		return fieldErr("meetingType", "is required", "er påkrævet")
	case !slices.Contains(MeetingTypes(), o.MeetingType):
		return fieldErr("meetingType", "is not a meeting type", "er ikke en samtaletype")
	case o.Variant != "" && !slices.Contains(rc.Variants[o.MeetingType], o.Variant):
		return fieldErr("variant", "is not a variant of the meeting type kept by the job centre", "er ikke en variant af samtaletypen, som jobcentret har oprettet")
	case o.Form != Individual && o.Form != Group:
		return fieldErr("form", "must be individual or group", "skal være »individual« eller »group«")
	case o.Channel != Digital && o.Channel != InPerson && o.Channel != Phone:
		return fieldErr("channel", "must be digital, in_person or phone", "skal være »digital«, »in_person« eller »phone«")
	case o.Caller != "" && (o.Channel != Phone || o.Form != Individual):
		return fieldErr("caller", "applies only to individual phone meetings", "gælder kun individuelle telefonmøder")
	case o.Form == Individual && o.Channel == Phone && o.Caller != AdvisorCalls && o.Caller != CitizenCalls:
		return fieldErr("caller", "must be advisor_calls or citizen_calls", "skal være »advisor_calls« eller »citizen_calls«")
	case o.Phone != "" && !validPhone(o.Phone):
		return fieldErr("phone", "must be 8 digits, optionally with +45 and spaces", "skal være 8 cifre, eventuelt med +45 og mellemrum")
	}
	return nil
}

func (o Offer) validateTime() error {
	switch {
	case o.DurationMinutes < 1 || o.DurationMinutes > MaxDurationMinutes:
		return fieldErr("durationMinutes", "must be between 1 and 480", "skal være mellem 1 og 480")
	case o.ReportingMinutes < 0 || o.ReportingMinutes > MaxReportingMinutes:
		return fieldErr("reportingMinutes", "must be between 0 and 240", "skal være mellem 0 og 240")
	case o.RollingWeeks < 0 || o.RollingWeeks > MaxRollingWeeks:
		return fieldErr("rollingWeeks", "must be between 0 and 26 weeks, the free times' horizon", "skal være mellem 0 og 26 uger, som de ledige tider rækker")
	case o.OpensOn.IsZero():
		return fieldErr("opensOn", "is required", "er påkrævet")
	case !o.FixedEnd.IsZero() && o.FixedEnd.Before(o.OpensOn):
		return fieldErr("fixedEnd", "must not be before opensOn", "må ikke ligge før »opensOn«")
	case o.TeamID == 0:
		return fieldErr("teamId", "is required", "er påkrævet")
	case o.Terms.RebookDaysBefore < 0 || o.Terms.RebookDaysBefore > MaxRebookDaysBefore:
		return fieldErr("terms.rebookDaysBefore", "must be between 0 and 365", "skal være mellem 0 og 365")
	case !o.Terms.AcceptRebook && o.Terms.RebookDaysBefore != 0:
		return fieldErr("terms.rebookDaysBefore", "applies only when rebooking is accepted", "gælder kun, når tilbuddet tillader ombooking")
	}
	if i := firstDuplicate(o.Advisors); i >= 0 {
		return fieldErr(indexed("advisors", i), "is listed twice", "står på listen to gange")
	}
	if o.Form == Group {
		return o.validateSessions()
	}
	return o.validateIndividualTime()
}

func (o Offer) validateIndividualTime() error {
	switch {
	case len(o.StartMinutes) == 0:
		return fieldErr("startMinutes", "must hold at least one of 00, 15, 20, 30, 40, 45", "skal indeholde mindst ét af minuttallene 00, 15, 20, 30, 40 og 45")
	case o.FirstMeetingDate.IsZero():
		return fieldErr("firstMeetingDate", "is required", "er påkrævet")
	case !o.FixedEnd.IsZero() && o.FixedEnd.Before(o.FirstMeetingDate):
		return fieldErr("fixedEnd", "must not be before firstMeetingDate", "må ikke ligge før »firstMeetingDate«")
	case len(o.Advisors) == 0:
		return fieldErr("advisors", "must name at least one advisor", "skal indeholde mindst én vejleder")
	case len(o.Sessions) > 0:
		return fieldErr("sessions", "apply only to group offers", "gælder kun gruppetilbud")
	}
	for i, m := range o.StartMinutes {
		if !slices.Contains(AllowedStartMinutes(), m) {
			return fieldErr(indexed("startMinutes", i), "must be one of 00, 15, 20, 30, 40, 45", "skal være et af minuttallene 00, 15, 20, 30, 40 og 45")
		}
	}
	if i := firstDuplicate(o.StartMinutes); i >= 0 {
		return fieldErr(indexed("startMinutes", i), "is listed twice", "står på listen to gange")
	}
	return nil
}

func (o Offer) validateSessions() error {
	switch {
	case len(o.StartMinutes) > 0:
		return fieldErr("startMinutes", "apply only to individual offers", "gælder kun individuelle tilbud")
	case o.CitizenChoosesAdvisor:
		return fieldErr("citizenChoosesAdvisor", "applies only to individual offers", "gælder kun individuelle tilbud")
	case len(o.Sessions) == 0:
		return fieldErr("sessions", "must list at least one session", "skal indeholde mindst ét gruppemøde")
	}
	for i, s := range o.Sessions {
		f := indexed("sessions", i)
		switch {
		case s.Start.IsZero():
			return fieldErr(f+".start", "is required", "er påkrævet")
		case len(s.Advisors) == 0:
			return fieldErr(f+".advisors", "must name at least one advisor", "skal indeholde mindst én vejleder")
		case firstDuplicate(s.Advisors) >= 0:
			return fieldErr(f+".advisors", "lists an advisor twice", "indeholder den samme vejleder to gange")
		case s.SeatsFromRoom && s.RoomID == 0 && o.RoomID == 0:
			return fieldErr(f+".roomId", "is required when the room's capacity gives the seats", "er påkrævet, når lokalets kapacitet bestemmer antallet af pladser")
		case !s.SeatsFromRoom && s.Seats < 1:
			return fieldErr(f+".seats", "must be at least 1", "skal være mindst 1")
		case s.RebookSeats < 0:
			return fieldErr(f+".rebookSeats", "must not be negative", "må ikke være negativt")
		case !s.SeatsFromRoom && s.RebookSeats >= s.Seats:
			return fieldErr(f+".rebookSeats", "must leave at least one seat for booking", "skal efterlade mindst én plads til booking")
		}
	}
	return nil
}

// SessionRoom returns the room of session s: its own, else the offer's.
func (o Offer) SessionRoom(s Session) RoomID {
	if s.RoomID != 0 {
		return s.RoomID
	}
	return o.RoomID
}

// VisibleOn reports whether the offer is shown to citizens on day: active and
// opened for booking (§4.1 "the date the offer opens for booking").
func (o Offer) VisibleOn(day Date) bool {
	return o.Active && !day.Before(o.OpensOn)
}

// PhoneFor returns the number a citizen calls for a phone meeting with a:
// the offer's override, else the advisor's phone, else the offer team's
// (or its nearest ancestor's) phone (§4.1).
func (o Offer) PhoneFor(a Advisor, teams TeamTree) string {
	switch {
	case o.Phone != "":
		return o.Phone
	case a.Phone != "":
		return a.Phone
	}
	return teams.PhoneFor(o.TeamID)
}

// ValidateEdit checks an edit of an offer against §4.3: a group offer keeps
// its name, and no offer changes its form (its booked meetings have one).
// Everything else may change at any time; the change reaches future bookings
// only, because each booking keeps its own copy of the terms.
func ValidateEdit(old, updated Offer) error {
	switch {
	case updated.ID != old.ID:
		return fieldErr("id", "cannot change", "kan ikke ændres")
	case updated.Form != old.Form:
		return fieldErr("form", "cannot change once the offer exists", "kan ikke ændres, når tilbuddet først er oprettet")
	case old.Form == Group && updated.Name != old.Name:
		return fieldErr("name", "of a group offer cannot change", "kan ikke ændres på et gruppetilbud")
	}
	return nil
}

// plainText rejects control characters other than line breaks and tabs.
func plainText(s string) bool {
	for _, r := range s {
		if unicode.IsControl(r) && r != '\n' && r != '\r' && r != '\t' {
			return false
		}
	}
	return true
}

// firstDuplicate returns the index of the first element seen before, or -1.
func firstDuplicate[T comparable](xs []T) int {
	seen := make(map[T]bool, len(xs))
	for i, x := range xs {
		if seen[x] {
			return i
		}
		seen[x] = true
	}
	return -1
}
