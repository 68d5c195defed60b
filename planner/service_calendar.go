package planner

import (
	"context"
	"slices"
	"time"
)

// CalendarItem is one item of the calendar view (§2): a meeting with its
// display state, an appointment from an advisor's own calendar (green), or
// an absence (yellow).
type CalendarItem struct {
	Kind             string       `json:"kind"` // "meeting", "external" or "absence"
	State            DisplayState `json:"state"`
	Reason           string       `json:"reason,omitempty"` // why an error item is red
	Start            time.Time    `json:"start"`
	End              time.Time    `json:"end"`                        // the talk's end for a meeting
	ReportingMinutes int          `json:"reportingMinutes,omitempty"` // blocks the time after End too
	Advisors         []AdvisorID  `json:"advisors"`
	RoomID           RoomID       `json:"roomId,omitempty"`
	MeetingID        MeetingID    `json:"meetingId,omitempty"`
	Title            string       `json:"title,omitempty"`
	Form             Form         `json:"form,omitempty"`
	Participants     int          `json:"participants,omitempty"`
	Seats            int          `json:"seats,omitempty"` // a group meeting's capacity
	// Conflict: an appointment of the advisor's own calendar overlaps the
	// meeting (§9, mail 4).
	Conflict bool `json:"conflict,omitempty"`
	// AbsenceClash: the meeting lies in an absence of one of its advisors.
	AbsenceClash bool      `json:"absenceClash,omitempty"`
	AbsenceID    AbsenceID `json:"absenceId,omitempty"`
	Note         string    `json:"note,omitempty"` // an absence's note
	// Targets is, for a meeting, the push to each of its advisors' own
	// calendars: waiting (grey), in the calendar (blue) or failed (red).
	Targets []CalendarTarget `json:"targets,omitempty"`
}

// CalendarTarget is the state of a meeting's push to one advisor's own
// calendar (§2, §9): the latest sync item for that advisor.
type CalendarTarget struct {
	AdvisorID AdvisorID `json:"advisorId"`
	State     SyncState `json:"state"`
	Error     string    `json:"error,omitempty"`
}

// CalendarView is the calendar of some advisors and rooms over a period,
// with the advisors who have the red bar (§3).
type CalendarView struct {
	Items  []CalendarItem `json:"items"`
	RedBar []AdvisorID    `json:"redBar"`
}

// Calendar returns the merged calendar view of advisors and rooms over an
// interval (§2): meetings with their display states, reporting time,
// conflict and absence flags; external appointments; absences.
func (s *Service) Calendar(ctx context.Context, jc JobcenterID, f MeetingFilter) (CalendarView, error) {
	j, err := s.Store.FindJobcenter(ctx, jc)
	if err != nil {
		return CalendarView{}, err
	}
	loc, err := j.Location()
	if err != nil {
		return CalendarView{}, err
	}
	details, err := s.Store.FindMeetings(ctx, jc, f)
	if err != nil {
		return CalendarView{}, err
	}
	busy, err := s.Store.FindBusy(ctx, jc, BusyQuery{Advisors: f.Advisors, Interval: f.Interval})
	if err != nil {
		return CalendarView{}, err
	}
	notes := map[AbsenceID]string{}
	if len(f.Advisors) > 0 {
		all, err := s.Store.FindAbsences(ctx, jc, f.Interval)
		if err != nil {
			return CalendarView{}, err
		}
		for _, a := range all {
			notes[a.ID] = a.Note
		}
	}
	var absences []Absence
	view := CalendarView{Items: []CalendarItem{}}
	for _, a := range f.Advisors {
		for _, b := range busy.Advisors[a] {
			switch b.Kind {
			case BusyExternal:
				// green, with the appointment's summary or "Private" (§2, §9)
				view.Items = append(view.Items, CalendarItem{Kind: "external", State: StateExternal, Start: b.Start, End: b.End, Advisors: []AdvisorID{a}, Title: b.Note})
			case BusyAbsence:
				absences = append(absences, Absence{ID: AbsenceID(b.Ref), AdvisorID: a, Interval: b.Interval})
				view.Items = append(view.Items, CalendarItem{Kind: "absence", State: StateAbsence, Start: b.Start, End: b.End, Advisors: []AdvisorID{a}, AbsenceID: AbsenceID(b.Ref), Note: notes[AbsenceID(b.Ref)]})
			}
		}
	}
	meetings := make([]Meeting, len(details))
	for i, d := range details {
		meetings[i] = d.Meeting
	}
	clashes := AbsenceClashes(absences, meetings, s.Now())
	for _, d := range details {
		view.Items = append(view.Items, meetingItem(d, busy, clashes, loc))
	}
	slices.SortStableFunc(view.Items, func(a, b CalendarItem) int { return a.Start.Compare(b.Start) })
	view.RedBar = orEmptyIDs(RedBar(clashes))
	return view, nil
}

// meetingItem draws one meeting: its §2 state from its summonses and the
// latest state of each calendar target, its conflict and absence flags.
func meetingItem(d MeetingDetail, busy BusyTimes, clashes []AbsenceClash, loc *time.Location) CalendarItem {
	m := d.Meeting
	latest := map[AdvisorID]TargetState{}
	for _, it := range d.Sync {
		if it.Kind == TargetCalendar {
			latest[it.AdvisorID] = TargetState{State: it.State, Error: it.LastError}
		}
	}
	var targets []TargetState
	var pushes []CalendarTarget
	for _, a := range m.Advisors {
		if t, ok := latest[a]; ok {
			targets = append(targets, t)
			pushes = append(pushes, CalendarTarget{AdvisorID: a, State: t.State, Error: t.Error})
		}
	}
	ps := make([]Participant, len(d.Summonses))
	for i, sm := range d.Summonses {
		// the summons keeps the citizen's drop date as its holding deadline
		ps[i] = Participant{Summons: sm, DropDate: sm.HoldingDeadline}
	}
	state, reason := MeetingDisplay(m, ps, targets, loc)
	item := CalendarItem{
		Kind: "meeting", State: state, Reason: reason, Start: m.Start, End: m.End, ReportingMinutes: m.ReportingMinutes,
		Advisors: m.Advisors, RoomID: m.RoomID, MeetingID: m.ID, Title: m.Title, Form: m.Form, Participants: len(d.Summonses), Seats: m.Seats,
		Targets: pushes,
	}
	for _, a := range m.Advisors {
		for _, b := range busy.Advisors[a] {
			if b.Kind == BusyExternal && b.Overlaps(m.Busy()) {
				item.Conflict = true
			}
		}
	}
	item.AbsenceClash = slices.ContainsFunc(clashes, func(c AbsenceClash) bool { return c.Meeting == m.ID })
	return item
}

func orEmptyIDs(ids []AdvisorID) []AdvisorID {
	if ids == nil {
		return []AdvisorID{}
	}
	return ids
}

// OfferWeeks is one offer's line of the free-times overview (§8).
type OfferWeeks struct {
	Offer OfferID     `json:"offerId"`
	Name  string      `json:"name"`
	Form  Form        `json:"form"`
	Weeks []WeekCount `json:"weeks"` // per advisor per ISO week; weeks without a free place are absent ("-")
}

// FreeTimesOverview counts, for every active offer of the job centre, the
// free places per advisor per ISO week over the coming weeks (§8). The
// nightly report stores this; the offer page shows it live.
func (s *Service) FreeTimesOverview(ctx context.Context, jc JobcenterID, weeks int) ([]OfferWeeks, error) {
	if weeks < 1 || weeks > 52 {
		return nil, fieldErr("weeks", "must be between 1 and 52", "skal være mellem 1 og 52")
	}
	j, err := s.Store.FindJobcenter(ctx, jc)
	if err != nil {
		return nil, err
	}
	loc, err := j.Location()
	if err != nil {
		return nil, err
	}
	active := true
	offers, err := s.Store.FindOffers(ctx, jc, OfferFilter{Active: &active})
	if err != nil {
		return nil, err
	}
	today := DateOf(s.Now(), loc)
	out := []OfferWeeks{}
	for _, o := range offers {
		res, err := s.FreeTimes(ctx, FreeTimesRequest{Jobcenter: jc, Offer: o.ID, To: today.AddDays(7 * weeks)})
		if err != nil {
			return nil, err
		}
		counts := WeeklyCounts(res.Times, loc)
		if counts == nil {
			counts = []WeekCount{}
		}
		out = append(out, OfferWeeks{Offer: o.ID, Name: o.Name, Form: o.Form, Weeks: counts})
	}
	return out, nil
}
