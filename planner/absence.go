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
		return fieldErr("advisorId", "is required", "er påkrævet")
	case a.Start.IsZero():
		return fieldErr("start", "is required", "er påkrævet")
	case !a.End.After(a.Start):
		return fieldErr("end", "must be after start", "skal ligge efter »start«")
	case utf8.RuneCountInString(a.Note) > MaxAbsenceNote:
		return fieldErr("note", "must be at most 500 characters", "må højst være på 500 tegn")
	case !plainText(a.Note):
		return fieldErr("note", "must be plain text without control characters", "skal være almindelig tekst uden kontroltegn")
	}
	return nil
}
