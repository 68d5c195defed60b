package planner

import (
	"cmp"
	"fmt"
	"strconv"
	"time"
)

// Identifier types. Each entity has its own so that a MeetingID cannot be
// passed where an AdvisorID is wanted. Zero means "none" or "not yet stored".
type (
	// JobcenterID identifies a job centre (the tenant).
	JobcenterID int64
	// TeamID identifies a team.
	TeamID int64
	// AdvisorID identifies an advisor (vejleder).
	AdvisorID int64
	// RoomID identifies a meeting room.
	RoomID int64
	// CitizenID identifies a citizen record of a job centre.
	CitizenID int64
	// OfferID identifies an online offer.
	OfferID int64
	// SessionID identifies one concrete session of a group offer.
	SessionID int64
	// MeetingID identifies a meeting (a calendar slot).
	MeetingID int64
	// SummonsID identifies one citizen's summons to a meeting.
	SummonsID int64
	// AbsenceID identifies an advisor's absence period.
	AbsenceID int64
	// TemplateID identifies a saved summons template.
	TemplateID int64
	// MarkID identifies a person-group mark (persongruppemarkering).
	MarkID int64
	// OtherActorID identifies a registered other actor (anden aktør).
	OtherActorID int64
	// VariantID identifies a job centre's variant of a meeting type.
	VariantID int64
	// SubCentreID identifies a sub job centre (subjobcenter).
	SubCentreID int64
	// CalendarID identifies one connection of an advisor's own calendar:
	// the store gives a new one whenever the calendar's kind, URL or user
	// changes, so what Planner knows of one calendar is never taken for
	// another's.
	CalendarID int64
)

// Interval is the half-open time range [Start, End). Both ends are instants;
// stores keep them in UTC.
type Interval struct {
	Start time.Time `json:"start"`
	End   time.Time `json:"end"`
}

// Overlaps reports whether i and j share any instant. Touching intervals
// (one ends when the other starts) do not overlap.
func (i Interval) Overlaps(j Interval) bool {
	return i.Start.Before(j.End) && j.Start.Before(i.End)
}

// Contains reports whether t lies in [Start, End).
func (i Interval) Contains(t time.Time) bool {
	return !t.Before(i.Start) && t.Before(i.End)
}

// Empty reports whether the interval holds no instant.
func (i Interval) Empty() bool { return !i.Start.Before(i.End) }

// Duration is End - Start.
func (i Interval) Duration() time.Duration { return i.End.Sub(i.Start) }

// Date is a civil date without a time of day or zone: a first meeting date,
// a deadline, a holiday. It becomes an instant only together with a zone.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// DateOf returns the civil date of t in loc.
func DateOf(t time.Time, loc *time.Location) Date {
	y, m, d := t.In(loc).Date()
	return Date{y, m, d}
}

// NewDate returns the date y-m-d, normalised as time.Date does (so 31 April
// becomes 1 May). Use ParseDate to reject impossible dates.
func NewDate(y int, m time.Month, d int) Date {
	return DateOf(time.Date(y, m, d, 12, 0, 0, 0, time.UTC), time.UTC)
}

// The years a date given to Planner may lie in (issue 23: a year typed
// "0000" or "0030" is a slip, never a meeting or a deadline).
const (
	MinYear = 1800
	MaxYear = 2199
)

// ParseDate parses an ISO date "2006-01-02". Impossible dates are an error.
func ParseDate(s string) (Date, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return Date{}, fmt.Errorf("parse date %q: %w", s, err)
	}
	if y := t.Year(); y < MinYear || y > MaxYear {
		return Date{}, fmt.Errorf("parse date %q: the year is outside %d–%d: %w", s, MinYear, MaxYear, ErrInvalid)
	}
	return DateOf(t, time.UTC), nil
}

// IsZero reports whether d is the zero Date, used for "not set".
func (d Date) IsZero() bool { return d == Date{} }

// In returns the instant of local midnight at the start of d in loc. On a day
// that starts in a DST gap, it is the first instant of the day.
func (d Date) In(loc *time.Location) time.Time {
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, loc)
}

// AddDays returns d moved n days (n may be negative).
func (d Date) AddDays(n int) Date {
	return NewDate(d.Year, d.Month, d.Day+n)
}

// Weekday returns the day of the week of d.
func (d Date) Weekday() time.Weekday {
	return time.Date(d.Year, d.Month, d.Day, 12, 0, 0, 0, time.UTC).Weekday()
}

// ISOWeek returns the ISO 8601 year and week number of d.
func (d Date) ISOWeek() (year, week int) {
	return time.Date(d.Year, d.Month, d.Day, 12, 0, 0, 0, time.UTC).ISOWeek()
}

// Compare returns -1, 0 or +1 as d is before, equal to or after e.
func (d Date) Compare(e Date) int {
	switch {
	case d.Year != e.Year:
		return cmp.Compare(d.Year, e.Year)
	case d.Month != e.Month:
		return cmp.Compare(int(d.Month), int(e.Month))
	default:
		return cmp.Compare(d.Day, e.Day)
	}
}

// Before reports whether d is strictly before e.
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

// After reports whether d is strictly after e.
func (d Date) After(e Date) bool { return d.Compare(e) > 0 }

// DaysUntil returns the number of calendar days from d to e (negative when e
// is earlier).
func (d Date) DaysUntil(e Date) int {
	a := time.Date(d.Year, d.Month, d.Day, 12, 0, 0, 0, time.UTC)
	b := time.Date(e.Year, e.Month, e.Day, 12, 0, 0, 0, time.UTC)
	return int(b.Sub(a).Hours() / 24)
}

// String formats d as "2006-01-02"; the zero Date formats as "".
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// MarshalText implements encoding.TextMarshaler (JSON uses it).
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler; "" is the zero Date.
// A bad date is a *FieldError without a field: the decoder knows the field.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(b))
	if err != nil {
		return fieldErr("", "must be a date YYYY-MM-DD between 1800 and 2199", "skal være en dato på formen ÅÅÅÅ-MM-DD mellem 1800 og 2199")
	}
	*d = v
	return nil
}

// minDate returns the earlier of a and b, ignoring zero dates.
func minDate(a, b Date) Date {
	switch {
	case a.IsZero():
		return b
	case b.IsZero():
		return a
	case b.Before(a):
		return b
	}
	return a
}

// LoadZone loads an IANA zone name such as "Europe/Copenhagen". The error
// names the field "zone".
func LoadZone(name string) (*time.Location, error) {
	if name == "" {
		return nil, &FieldError{Field: "zone", Reason: "is required", ReasonDA: "er påkrævet"}
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil, &FieldError{Field: "zone", Reason: "is not a known time zone: " + strconv.Quote(name),
			ReasonDA: "er ikke en kendt tidszone: " + strconv.Quote(name)}
	}
	return loc, nil
}

// Lang is a language of texts shown to people: Danish (the default) or English.
type Lang string

// The languages.
const (
	Danish  Lang = "da"
	English Lang = "en"
)

// EmptyReason says why a search for free times found none (§7.2 a–d). It is
// part of an empty result and the reason of notification mail 2.
type EmptyReason string

// The reasons of §7.2.
const (
	EmptyBookingDeadline EmptyReason = "booking_deadline"     // (a) none before the citizen's booking deadline
	EmptyAdvisorsBusy    EmptyReason = "advisors_unavailable" // (b) the offer's advisors are unavailable or fully booked
	EmptyOfferEnd        EmptyReason = "offer_end"            // (c) none before the offer's end date
	EmptyReferralEnd     EmptyReason = "referral_end"         // (d) other actor: none before the referral period ends
)
