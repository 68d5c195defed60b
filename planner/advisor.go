package planner

import (
	"slices"
	"strings"
)

// Advisor is a caseworker (vejleder). Advisors belong to one team, have a
// phone number and a personal mail calendar, and weekly working hours that
// default to the team's or the job centre's (§1, §5).
type Advisor struct {
	ID          AdvisorID    `json:"id"`
	JobcenterID JobcenterID  `json:"jobcenterId"`
	TeamID      TeamID       `json:"teamId"`
	Name        string       `json:"name"`
	Mail        string       `json:"mail,omitempty"`
	Phone       string       `json:"phone,omitempty"`
	Hours       *WeeklyHours `json:"hours,omitempty"` // nil: the team's or job centre's default
	// Marks are person-group marks the advisor carries; a mark that binds
	// advisors lets a marked citizen book only advisors with the same mark.
	Marks []MarkID `json:"marks,omitempty"`
}

// Validate checks the advisor's fields; errors name the field.
func (a Advisor) Validate() error {
	switch {
	case strings.TrimSpace(a.Name) == "":
		return fieldErr("name", "is required")
	case a.TeamID == 0:
		return fieldErr("teamId", "is required")
	case a.Mail != "" && !validMail(a.Mail):
		return fieldErr("mail", "is not a mail address")
	case a.Phone != "" && !validPhone(a.Phone):
		return fieldErr("phone", "must be 8 digits, optionally with +45 and spaces")
	}
	if a.Hours != nil {
		return prefixed("hours", a.Hours.Validate())
	}
	return nil
}

// HasMark reports whether the advisor carries mark m.
func (a Advisor) HasMark(m MarkID) bool { return slices.Contains(a.Marks, m) }
