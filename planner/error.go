package planner

import (
	"errors"
	"fmt"
	"strings"
)

// The error kinds. Every error the domain or a Store returns matches exactly
// one of them with errors.Is (ErrInUse is the one refinement: an
// ErrConflict too); the HTTP layer maps kinds to status codes.
var (
	// ErrNotFound: the thing does not exist, or the caller may not know it does.
	ErrNotFound = errors.New("planner: not found")
	// ErrConflict: the change collides with the current state (a time just
	// taken, a full session, a stale version).
	ErrConflict = errors.New("planner: conflict")
	// ErrInvalid: the input breaks a rule; usually a *FieldError names the field.
	ErrInvalid = errors.New("planner: invalid input")
	// ErrForbidden: the caller is known but may not do this.
	ErrForbidden = errors.New("planner: forbidden")
	// ErrUnauthenticated: the caller is not known.
	ErrUnauthenticated = errors.New("planner: unauthenticated")
	// ErrInUse: a deletion of something still used (an advisor on an
	// offer, a mark a citizen carries); it is an ErrConflict.
	ErrInUse = fmt.Errorf("planner: in use: %w", ErrConflict)
)

// FieldError is a validation error that names the offending field, such as
// "description" or "rules[3].criterion", and says what is wrong in English
// and in Danish. Neither reason contains a CPR number or another personal
// value: they say what is wrong, not what was given.
//
// Both reasons are lower-case predicates of the field: Error reads
// "end: must be after start", and the HTTP API makes the Danish sentence
// `Feltet »end« skal ligge efter »start«.` from ReasonDA. Field names inside
// a Danish reason are the API's names in »«. A test reads every FieldError
// the code constructs and fails on one without a Danish reason.
type FieldError struct {
	Field    string // dotted path of the field, e.g. "sessions[0].seats"
	Reason   string // lower-case English reason, e.g. "must be at most 500 characters"
	ReasonDA string // the same in Danish, e.g. "må højst være på 500 tegn"
}

// Error implements error.
func (e *FieldError) Error() string { return e.Field + ": " + e.Reason }

// Is makes every FieldError match ErrInvalid.
func (e *FieldError) Is(target error) bool { return target == ErrInvalid }

// fieldErr is a short constructor used throughout the package: the field,
// the English reason and the Danish one.
func fieldErr(field, reason, reasonDA string) *FieldError {
	return &FieldError{Field: field, Reason: reason, ReasonDA: reasonDA}
}

// prefixed returns err with each FieldError's field prefixed by prefix, so a
// nested validation reports "sessions[2].seats" rather than "seats".
func prefixed(prefix string, err error) error {
	if err == nil {
		return nil
	}
	var fe *FieldError
	if errors.As(err, &fe) {
		return &FieldError{Field: joinField(prefix, fe.Field), Reason: fe.Reason, ReasonDA: fe.ReasonDA}
	}
	return err
}

func joinField(prefix, field string) string {
	if prefix == "" {
		return field
	}
	if field == "" || strings.HasPrefix(field, "[") {
		return prefix + field
	}
	return prefix + "." + field
}

// FieldErrors returns every *FieldError inside err (also inside errors.Join).
func FieldErrors(err error) []*FieldError {
	var out []*FieldError
	var walk func(error)
	walk = func(e error) {
		if e == nil {
			return
		}
		if fe, ok := e.(*FieldError); ok {
			out = append(out, fe)
			return
		}
		switch u := e.(type) {
		case interface{ Unwrap() []error }:
			for _, x := range u.Unwrap() {
				walk(x)
			}
		case interface{ Unwrap() error }:
			walk(u.Unwrap())
		}
	}
	walk(err)
	return out
}
