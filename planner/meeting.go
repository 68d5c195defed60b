package planner

import (
	"slices"
	"time"
)

// Meeting is a calendar slot of one or more advisors and maybe a room. An
// individual meeting holds one summons; a group meeting (one session of a
// group offer) holds one per participant.
type Meeting struct {
	ID          MeetingID   `json:"id"`
	JobcenterID JobcenterID `json:"jobcenterId"`
	OfferID     OfferID     `json:"offerId,omitempty"`   // 0 for a meeting not made from an offer
	SessionID   SessionID   `json:"sessionId,omitempty"` // group offers
	TeamID      TeamID      `json:"teamId,omitempty"`    // the offer's team: the lists' team column
	Title       string      `json:"title"`
	MeetingType string      `json:"meetingType"`
	Variant     string      `json:"variant,omitempty"`
	Form        Form        `json:"form"`
	Channel     Channel     `json:"channel"`
	Start       time.Time   `json:"start"`
	End         time.Time   `json:"end"` // end of the talk, without reporting time
	// ReportingMinutes follow the meeting and block the advisor too (§2:
	// "09:00 - 09:30 (+15 min afrapporteringstid)" occupies 09:00–09:45).
	ReportingMinutes int `json:"reportingMinutes"`
	// Advisors, responsible advisor first.
	Advisors []AdvisorID `json:"advisors"`
	RoomID   RoomID      `json:"roomId,omitempty"`
	// Seats and RebookSeats bound a group meeting's summonses.
	Seats       int          `json:"seats,omitempty"`
	RebookSeats int          `json:"rebookSeats,omitempty"`
	Terms       BookingTerms `json:"terms"` // copied from the offer at booking (§4.3)
}

// Busy returns the time the meeting blocks: from its start to its end plus
// the reporting time.
func (m Meeting) Busy() Interval {
	return Interval{m.Start, m.End.Add(time.Duration(m.ReportingMinutes) * time.Minute)}
}

// Responsible returns the responsible advisor (the first), 0 if none.
func (m Meeting) Responsible() AdvisorID {
	if len(m.Advisors) == 0 {
		return 0
	}
	return m.Advisors[0]
}

// HasAdvisor reports whether a takes part in the meeting.
func (m Meeting) HasAdvisor(a AdvisorID) bool { return slices.Contains(m.Advisors, a) }

// Validate checks the meeting's own fields; errors name the field.
func (m Meeting) Validate() error {
	switch {
	case m.Start.IsZero():
		return fieldErr("start", "is required", "er påkrævet")
	case !m.End.After(m.Start):
		return fieldErr("end", "must be after start", "skal ligge efter »start«")
	case m.ReportingMinutes < 0 || m.ReportingMinutes > MaxReportingMinutes:
		return fieldErr("reportingMinutes", "must be between 0 and 240", "skal være mellem 0 og 240")
	case len(m.Advisors) == 0:
		return fieldErr("advisors", "must name at least one advisor", "skal indeholde mindst én vejleder")
	case firstDuplicate(m.Advisors) >= 0:
		return fieldErr("advisors", "lists an advisor twice", "indeholder den samme vejleder to gange")
	case m.Form != Individual && m.Form != Group:
		return fieldErr("form", "must be individual or group", "skal være »individual« eller »group«")
	case m.Form == Group && m.Seats < 1:
		return fieldErr("seats", "must be at least 1 for a group meeting", "skal være mindst 1 for et gruppemøde")
	case m.RebookSeats < 0 || (m.Form == Group && m.RebookSeats >= m.Seats):
		return fieldErr("rebookSeats", "must be between 0 and seats-1", "skal være mellem 0 og »seats« minus 1")
	}
	return nil
}
