package planner

import (
	"slices"
	"time"
)

// NoticePeriod is the least time between booking and meeting: every
// self-booking, a rebooking included, needs 1 day's notice (§4.1, §5).
const NoticePeriod = 24 * time.Hour

// DefaultHorizonDays bounds a search whose offer sets no end date.
const DefaultHorizonDays = 26 * 7

// BusyKind says what keeps an advisor or a room busy.
type BusyKind string

// Kinds of busy time (§5).
const (
	BusyMeeting  BusyKind = "meeting"  // a Planner meeting, its reporting time included
	BusyExternal BusyKind = "external" // an appointment from the advisor's own calendar (green)
	BusyAbsence  BusyKind = "absence"  // an absence (yellow)
	// BusyUnreadable blocks an advisor whose own calendar could not be
	// read for too long: with no fresh busy data, no time is offered (fail
	// closed, §9). Note says why.
	BusyUnreadable BusyKind = "calendar_unreadable"
)

// Busy is a busy interval of an advisor or a room. For meetings the interval
// includes the reporting time (Meeting.Busy).
type Busy struct {
	Interval
	Kind BusyKind `json:"kind"`
	Ref  int64    `json:"ref,omitempty"` // the meeting, absence or external item it comes from
	// Note is the summary of an external item ("Private" for a private
	// one, §9) or, for BusyUnreadable, the reason.
	Note string `json:"note,omitempty"`
}

// AdvisorCalendar is what the finder knows of one advisor: working hours in
// the job centre's zone and busy intervals in any order.
type AdvisorCalendar struct {
	Advisor AdvisorID
	Hours   WeeklyHours
	Busy    []Busy
}

// GroupSeats is one session of a group offer as it stands: its meeting, its
// seats and how many are booked.
type GroupSeats struct {
	MeetingID   MeetingID
	SessionID   SessionID
	Start, End  time.Time
	Advisors    []AdvisorID
	Capacity    int // seats in all
	RebookSeats int // of Capacity, kept for citizens who rebook
	Booked      int // summonses on the meeting
}

// freeFor returns the seats a citizen may take: rebook seats are free only
// to a rebooking citizen (§4.1).
func (g GroupSeats) freeFor(rebooking bool) int {
	free := g.Capacity - g.Booked
	if !rebooking {
		free -= g.RebookSeats
	}
	return free
}

// Search asks for the free times of one offer (§5). Only Offer, Zone and Now
// are required; the Service fills in the rest from the Store.
type Search struct {
	Offer     Offer
	Zone      *time.Location
	Now       time.Time
	Closures  Closures
	Calendars []AdvisorCalendar // the offer's advisors the citizen may book
	RoomBusy  []Busy            // busy time of the offer's room, if it has one
	Sessions  []GroupSeats      // group offers: their sessions
	// Citizen brings the booking deadline and the referral period; nil for
	// the free-times overview, which has no citizen.
	Citizen   *Citizen
	Rebooking bool      // the citizen rebooks: rebook seats are free to them
	Exclude   MeetingID // a meeting whose busy time is ignored (the one being rebooked or moved)
	// From and To narrow the window to whole days (a month the citizen
	// browses, the weeks of the overview). Zero means no narrowing.
	From, To    Date
	HorizonDays int // days searched when nothing else ends the window; 0 means DefaultHorizonDays
}

// FreeTime is one bookable time: an individual time of one advisor, or a
// group session with free seats.
type FreeTime struct {
	Start     time.Time `json:"start"`
	End       time.Time `json:"end"` // end of the talk; the reporting time follows
	Advisor   AdvisorID `json:"advisorId"`
	MeetingID MeetingID `json:"meetingId,omitempty"` // group: the session's meeting
	SessionID SessionID `json:"sessionId,omitempty"`
	FreeSeats int       `json:"freeSeats,omitempty"` // group: seats this citizen may take
}

// Bound names what ends a search window.
type Bound string

// Window bounds, the binding one reported with every result.
const (
	BoundHorizon         Bound = "horizon"
	BoundQuery           Bound = "query"            // Search.To
	BoundFixedEnd        Bound = "fixed_end"        // the offer's fixed end date
	BoundRolling         Bound = "rolling_end"      // today + the offer's rolling weeks
	BoundBookingDeadline Bound = "booking_deadline" // the citizen's own deadline
	BoundReferral        Bound = "referral_end"     // other-actor offers: the referral period
)

// Window is the span a search covers: meetings starting at or after
// Earliest, on days First through Last (inclusive), in the job centre's zone.
type Window struct {
	Earliest time.Time `json:"earliest"`
	First    Date      `json:"first"`
	Last     Date      `json:"last"`
	Bound    Bound     `json:"bound"` // what ends the window
}

// Empty reports whether the window holds no day.
func (w Window) Empty() bool { return w.Last.Before(w.First) }

// Result is the answer of a search: the free times in start order (then
// advisor), the window searched and, when there are none, the §7.2 reason.
type Result struct {
	Times  []FreeTime  `json:"times"`
	Window Window      `json:"window"`
	Empty  EmptyReason `json:"empty,omitempty"`
}

// FindFreeTimes returns the free times of q.Offer (§5).
//
// An individual time is a start on the offer's minute grid such that the
// whole duration plus reporting time lies inside the advisor's working hours
// on a day the job centre is open, overlaps no meeting (with its reporting
// time), external busy item, absence or booking of the room, and lies in the
// window: at least NoticePeriod ahead, on or after the first meeting date,
// and on or before the earliest of the fixed end, today + rolling weeks, the
// citizen's booking deadline and, for other-actor offers, the end of the
// citizen's referral period. A group time is a session in the window with a
// seat free to the citizen.
//
// Grid minutes are wall-clock minutes in q.Zone: across a DST change no time
// is invented or lost; a local time that does not exist is skipped, and one
// that occurs twice is offered once, at its earlier instant.
func FindFreeTimes(q Search) Result {
	w, empty := q.window(false)
	res := Result{Window: w}
	if empty == "" && !w.Empty() {
		res.Times = q.find(w)
	}
	if len(res.Times) == 0 {
		res.Empty = empty
		if res.Empty == "" {
			res.Empty = q.emptyReason(w)
		}
	}
	return res
}

func (q Search) find(w Window) []FreeTime {
	if q.Offer.Form == Group {
		return q.onEligibleDays(q.groupTimes(w))
	}
	return q.onEligibleDays(q.individualTimes(w))
}

// onEligibleDays keeps the times on days the citizen meets the offer's
// rules (§4.2): a rule that depends on a date — age, registration weeks —
// is judged on the meeting's date, not today's, so a citizen turning 30
// gets an "age ≥ 30" offer's times from the birthday on. Without a citizen
// (staff summoning), or without rules to judge (validation lets no saved
// offer have none), every time stays.
func (q Search) onEligibleDays(times []FreeTime) []FreeTime {
	if q.Citizen == nil || len(q.Offer.Rules.Groups) == 0 {
		return times
	}
	rules, err := q.Offer.Rules.Compile()
	if err != nil {
		return nil // rules that do not compile admit no one, as Matches says
	}
	eligible := map[Date]bool{}
	return slices.DeleteFunc(times, func(t FreeTime) bool {
		day := DateOf(t.Start, q.Zone)
		ok, seen := eligible[day]
		if !seen {
			ok = rules.Matches(*q.Citizen, day)
			eligible[day] = ok
		}
		return !ok
	})
}

// eligible reports whether the search's citizen meets the offer's rules
// today or on some day of the offer's window for them (§4.2: the rules are
// judged on the meeting's date).
func (q Search) eligible() bool {
	today := DateOf(q.Now, q.Zone)
	if q.Offer.Rules.Matches(*q.Citizen, today) {
		return true
	}
	w, _ := q.window(false)
	return !w.Empty() && q.Offer.Rules.EligibleWithin(*q.Citizen, w.First, w.Last)
}

// EligibleWithin reports whether the citizen meets the offer's rules on
// some day from first to last (at most a year and a day apart): the offer
// is shown to them when a meeting in its window could be theirs.
func (rs RuleSet) EligibleWithin(c Citizen, first, last Date) bool {
	rules, err := rs.Compile()
	if err != nil {
		return false
	}
	for d, n := first, 0; !d.After(last) && n <= 366; d, n = d.AddDays(1), n+1 {
		if rules.Matches(c, d) {
			return true
		}
	}
	return false
}

// emptyReason explains an empty result (§7.2): if times exist once the
// binding bound is lifted, that bound is the reason; otherwise the advisors
// are unavailable or fully booked.
func (q Search) emptyReason(w Window) EmptyReason {
	reason := map[Bound]EmptyReason{
		BoundBookingDeadline: EmptyBookingDeadline,
		BoundFixedEnd:        EmptyOfferEnd,
		BoundRolling:         EmptyOfferEnd,
		BoundReferral:        EmptyReferralEnd,
	}[w.Bound]
	if w.Bound == BoundQuery {
		return "" // the caller's own narrowing, not a §7.2 situation
	}
	if reason == "" {
		return EmptyAdvisorsBusy
	}
	lifted, _ := q.window(true)
	if lifted.Empty() || len(q.find(lifted)) == 0 {
		return EmptyAdvisorsBusy
	}
	return reason
}

// window computes the search window. With lift set, the end bounds of the
// offer and the citizen are ignored (only the horizon counts), to tell why a
// window holds no time. A non-empty EmptyReason means no time can exist.
func (q Search) window(lift bool) (Window, EmptyReason) {
	today := DateOf(q.Now, q.Zone)
	w := Window{Earliest: q.Now.Add(NoticePeriod)}
	w.First = DateOf(w.Earliest, q.Zone)
	if q.Offer.Form == Individual && w.First.Before(q.Offer.FirstMeetingDate) {
		w.First = q.Offer.FirstMeetingDate
	}
	if q.From.After(w.First) {
		w.First = q.From
	}
	horizon := q.HorizonDays
	if horizon <= 0 {
		horizon = DefaultHorizonDays
	}
	w.Last, w.Bound = w.First.AddDays(horizon), BoundHorizon
	bound := func(d Date, b Bound) {
		if !d.IsZero() && d.Before(w.Last) {
			w.Last, w.Bound = d, b
		}
	}
	bound(q.To, BoundQuery)
	if lift {
		return w, ""
	}
	bound(q.Offer.FixedEnd, BoundFixedEnd)
	if q.Offer.RollingWeeks > 0 {
		bound(today.AddDays(7*q.Offer.RollingWeeks), BoundRolling)
	}
	if q.Citizen == nil {
		return w, ""
	}
	bound(q.Citizen.BookingDeadline, BoundBookingDeadline)
	if q.Offer.OtherActor {
		end, ok := q.Citizen.ReferralEnd(today)
		if !ok {
			w.Last, w.Bound = w.First.AddDays(-1), BoundReferral
			return w, EmptyReferralEnd
		}
		bound(end, BoundReferral)
	}
	return w, ""
}

func (q Search) groupTimes(w Window) []FreeTime {
	var out []FreeTime
	for _, s := range q.Sessions {
		d := DateOf(s.Start, q.Zone)
		if s.Start.Before(w.Earliest) || d.Before(w.First) || d.After(w.Last) {
			continue
		}
		if free := s.freeFor(q.Rebooking); free > 0 {
			out = append(out, FreeTime{
				Start: s.Start, End: s.End, Advisor: firstOr0(s.Advisors),
				MeetingID: s.MeetingID, SessionID: s.SessionID, FreeSeats: free,
			})
		}
	}
	slices.SortFunc(out, func(a, b FreeTime) int { return a.Start.Compare(b.Start) })
	return out
}

func firstOr0(ids []AdvisorID) AdvisorID {
	if len(ids) == 0 {
		return 0
	}
	return ids[0]
}
