package planner

import (
	"slices"
	"time"
)

// PolicyError is a refusal by a booking rule: the request is well formed
// but the offer's terms or the calendar do not allow it. Code is stable for
// programs; Reason is for people. It matches ErrForbidden, or ErrConflict
// when the time or the seat was taken.
type PolicyError struct {
	Code   string
	Reason string
	kind   error
}

// Error implements error.
func (e *PolicyError) Error() string { return e.Code + ": " + e.Reason }

// Is matches the error's kind (ErrForbidden or ErrConflict).
func (e *PolicyError) Is(target error) bool { return target == e.kind }

func refuse(code, reason string) *PolicyError {
	return &PolicyError{Code: code, Reason: reason, kind: ErrForbidden}
}

func conflict(code, reason string) *PolicyError {
	return &PolicyError{Code: code, Reason: reason, kind: ErrConflict}
}

// InformCitizenWithin is the horizon of §2: moving or deleting a meeting
// whose old or new time lies within it obliges the advisor to tell the
// citizen personally, besides the message through Jobnet.
const InformCitizenWithin = 7 * 24 * time.Hour

// CheckBook checks that a citizen may book time ft on offer o now (§5): the
// offer is active and open, and ft is among the free times a fresh search
// finds — which covers notice, window, working hours, busy time and seats.
// The Store still guards the time against a concurrent booking.
func CheckBook(q Search, ft FreeTime) error {
	today := DateOf(q.Now, q.Zone)
	switch {
	case !q.Offer.Active:
		return refuse("offer_inactive", "the offer is not active")
	case today.Before(q.Offer.OpensOn):
		return refuse("offer_not_open", "the offer is not yet open for booking")
	}
	return checkFree(q, ft)
}

// checkFree confirms ft against a search narrowed to its day.
func checkFree(q Search, ft FreeTime) error {
	day := DateOf(ft.Start, q.Zone)
	q.From, q.To = day, day
	for _, t := range FindFreeTimes(q).Times {
		if t.Start.Equal(ft.Start) && (t.Advisor == ft.Advisor || q.Offer.Form == Group && ft.Advisor == 0) &&
			t.SessionID == ft.SessionID {
			return nil
		}
	}
	if q.Offer.Form == Group {
		return conflict("seats_full", "the session has no free seat")
	}
	return conflict("time_taken", "the time is no longer free")
}

// RebookDeadline returns the last day a citizen may rebook meeting m:
// RebookDaysBefore days before the meeting date (§4.1). ok is false when
// the booking does not accept rebooking.
func RebookDeadline(m Meeting, loc *time.Location) (last Date, ok bool) {
	if !m.Terms.AcceptRebook {
		return Date{}, false
	}
	return DateOf(m.Start, loc).AddDays(-m.Terms.RebookDaysBefore), true
}

// CheckCancel checks that the citizen may cancel their booking of m now: the
// booking's terms accept cancellation and the meeting has not begun.
func CheckCancel(m Meeting, now time.Time) error {
	switch {
	case !m.Terms.AcceptCancel:
		return refuse("cancel_not_accepted", "the offer does not accept cancellation")
	case !now.Before(m.Start):
		return refuse("meeting_started", "the meeting has already begun")
	}
	return nil
}

// CheckRebook checks that the citizen may move their booking of m to ft
// (§4.1, §4.3): the booking's own terms accept rebooking and today is on or
// before the rebook deadline; the new time is free to a rebooking citizen,
// which brings 1 day's notice; and it lies on or before the offer's current
// end date — the one edit of an offer that reaches existing bookings. q is
// the search for the offer as it is now, with Rebooking and Exclude set by
// this function.
func CheckRebook(q Search, m Meeting, ft FreeTime) error {
	last, ok := RebookDeadline(m, q.Zone)
	switch {
	case !ok:
		return refuse("rebook_not_accepted", "the booking does not accept rebooking")
	case DateOf(q.Now, q.Zone).After(last):
		return refuse("rebook_deadline_passed", "the last day to rebook was "+last.String())
	case !q.Offer.FixedEnd.IsZero() && DateOf(ft.Start, q.Zone).After(q.Offer.FixedEnd):
		return refuse("after_offer_end", "the new time is after the offer's end date "+q.Offer.FixedEnd.String())
	}
	q.Rebooking, q.Exclude = true, m.ID
	return checkFree(q, ft)
}

// CheckSeat checks that a group session can take one more citizen: seats
// kept for rebooking are free only to a rebooking citizen.
func CheckSeat(g GroupSeats, rebooking bool) error {
	if g.freeFor(rebooking) <= 0 {
		return conflict("seats_full", "the session has no free seat")
	}
	return nil
}

// Instant is the choice of an instant booking (straks-booking, §5): the
// first free time of any matching offer.
type Instant struct {
	Offer OfferID
	Time  FreeTime
}

// ChooseInstant picks the earliest free time over the results of the
// matching offers, ties going to the lower offer id, then the lower advisor
// id. ok is false when no offer has a free time; that is mail 3 (§7).
func ChooseInstant(results map[OfferID]Result) (Instant, bool) {
	var best Instant
	found := false
	ids := make([]OfferID, 0, len(results))
	for id := range results {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		if ts := results[id].Times; len(ts) > 0 && (!found || ts[0].Start.Before(best.Time.Start)) {
			best, found = Instant{Offer: id, Time: ts[0]}, true
		}
	}
	return best, found
}

// MustInformCitizen reports whether moving or deleting a meeting obliges the
// advisor to inform the citizen personally: the old or the new start lies
// within the next 7 days (§2). Pass the zero time for a deletion's new time.
func MustInformCitizen(now, oldStart, newStart time.Time) bool {
	within := func(t time.Time) bool {
		return !t.IsZero() && !t.Before(now) && t.Before(now.Add(InformCitizenWithin))
	}
	return within(oldStart) || within(newStart)
}
