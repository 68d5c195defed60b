package planner

import (
	"cmp"
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

// checkFree confirms ft against a search narrowed to its day. A time under
// a day ahead is refused for the notice rule, by its own code (issue 23:
// it was "the time is no longer free").
func checkFree(q Search, ft FreeTime) error {
	if ft.Start.Before(q.Now.Add(NoticePeriod)) {
		return refuse("notice", "a booking needs 1 day's notice")
	}
	day := DateOf(ft.Start, q.Zone)
	q.From, q.To = day, day
	for _, t := range FindFreeTimes(q).Times {
		if t.Start.Equal(ft.Start) && (t.Advisor == ft.Advisor || ft.Advisor == 0) &&
			t.SessionID == ft.SessionID {
			return nil
		}
	}
	if q.Offer.Form == Group {
		return conflict("seats_full", "the session has no free seat")
	}
	return conflict("time_taken", "the time is no longer free")
}

// FreeAdvisorsAt returns the advisors of an individual offer free at start,
// the least booked that day first, then by id: a citizen who may not choose
// the advisor books a time, and Planner spreads such bookings over the
// offer's advisors (§5; the balancing is inferred). Ties go in an order
// particular to the citizen (see spread). q is narrowed to the day.
func FreeAdvisorsAt(q Search, start time.Time) []AdvisorID {
	day := DateOf(start, q.Zone)
	q.From, q.To = day, day
	var free []AdvisorID
	for _, t := range FindFreeTimes(q).Times {
		if t.Start.Equal(start) && t.Advisor != 0 {
			free = append(free, t.Advisor)
		}
	}
	load := map[AdvisorID]int{}
	for _, c := range q.Calendars {
		for _, b := range c.Busy {
			if b.Kind == BusyMeeting && DateOf(b.Start, q.Zone) == day {
				load[c.Advisor]++
			}
		}
	}
	var citizen uint64
	if q.Citizen != nil {
		citizen = uint64(q.Citizen.ID)
	}
	slices.SortStableFunc(free, func(a, b AdvisorID) int {
		return cmp.Or(cmp.Compare(load[a], load[b]), cmp.Compare(spread(a, citizen), spread(b, citizen)), cmp.Compare(a, b))
	})
	return free
}

// spread orders equally loaded advisors differently for each citizen, so
// citizens booking the same start at once try different advisors first
// instead of all colliding on one; with no citizen (0) it keeps id order.
func spread(a AdvisorID, citizen uint64) uint64 {
	if citizen == 0 {
		return 0
	}
	x := (uint64(a) ^ citizen*0x9E3779B97F4A7C15) * 0xBF58476D1CE4E5B9
	return x ^ x>>31
}

// ForCitizen returns the free times as the citizen sees them (§5): when the
// offer lets the citizen pick the advisor, or for a group offer, as they
// are; otherwise one time per start, with no advisor, for booking with
// Advisor 0 ("any advisor").
func (r Result) ForCitizen(o Offer) Result {
	if o.Form != Individual || o.CitizenChoosesAdvisor || len(r.Times) == 0 {
		return r
	}
	times := make([]FreeTime, 0, len(r.Times))
	for _, t := range r.Times {
		if n := len(times); n > 0 && times[n-1].Start.Equal(t.Start) {
			continue
		}
		t.Advisor = 0
		times = append(times, t)
	}
	r.Times = times
	return r
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
