package planner

import (
	"unicode/utf8"
)

// Absence is a period an advisor is away (fravær), with an optional note (§3).
type Absence struct {
	ID        AbsenceID `json:"id"`
	AdvisorID AdvisorID `json:"advisorId"`
	Interval
	Note string `json:"note,omitempty"`
}

// MaxAbsenceNote is the longest absence note.
const MaxAbsenceNote = 500

// Validate checks the absence's fields; errors name the field.
func (a Absence) Validate() error {
	switch {
	case a.AdvisorID == 0:
		return fieldErr("advisorId", "is required")
	case a.Start.IsZero():
		return fieldErr("start", "is required")
	case !a.End.After(a.Start):
		return fieldErr("end", "must be after start")
	case utf8.RuneCountInString(a.Note) > MaxAbsenceNote:
		return fieldErr("note", "must be at most 500 characters")
	case !plainText(a.Note):
		return fieldErr("note", "must be plain text without control characters")
	}
	return nil
}
