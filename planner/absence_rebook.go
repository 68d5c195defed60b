package planner

import (
	"slices"
	"time"
)

// AbsenceClash is a future meeting of an advisor that overlaps one of the
// advisor's absences: the cause of the red bar over the advisor's name (§3).
type AbsenceClash struct {
	Advisor AdvisorID `json:"advisorId"`
	Meeting MeetingID `json:"meetingId"`
	Absence AbsenceID `json:"absenceId"`
}

// AbsenceClashes returns every meeting not yet ended at now that overlaps an
// absence of one of its advisors, ordered by meeting start.
func AbsenceClashes(absences []Absence, meetings []Meeting, now time.Time) []AbsenceClash {
	byAdvisor := map[AdvisorID][]Absence{}
	for _, a := range absences {
		byAdvisor[a.AdvisorID] = append(byAdvisor[a.AdvisorID], a)
	}
	ms := slices.Clone(meetings)
	slices.SortFunc(ms, func(a, b Meeting) int { return a.Start.Compare(b.Start) })
	var out []AbsenceClash
	for _, m := range ms {
		if !m.Busy().End.After(now) {
			continue
		}
		for _, adv := range m.Advisors {
			for _, a := range byAdvisor[adv] {
				if a.Overlaps(m.Busy()) {
					out = append(out, AbsenceClash{Advisor: adv, Meeting: m.ID, Absence: a.ID})
				}
			}
		}
	}
	return out
}

// RedBar returns the advisors with at least one clash, in id order (§3).
func RedBar(clashes []AbsenceClash) []AdvisorID {
	var out []AdvisorID
	for _, c := range clashes {
		out = append(out, c.Advisor)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// AbsentAt returns the advisors absent at t, in id order (§3 front page).
func AbsentAt(absences []Absence, t time.Time) []AdvisorID {
	var out []AdvisorID
	for _, a := range absences {
		if a.Contains(t) {
			out = append(out, a.AdvisorID)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// Affected is a meeting to move away from an absence, with the summons'
// holding deadline (zero if none) that a new time should keep.
type Affected struct {
	Meeting  Meeting
	Deadline Date
}

// Rebooking asks for proposals to move meetings away from an absence (§3):
// the absent advisor's calendar (its busy time includes the absence) and
// those of the other advisors of the team.
type Rebooking struct {
	Absence      Absence
	Meetings     []Affected
	Absent       AdvisorCalendar
	Colleagues   []AdvisorCalendar
	RoomBusy     map[RoomID][]Busy
	Zone         *time.Location
	Now          time.Time
	Closures     Closures
	StartMinutes []int // the grid of proposed starts; nil means every allowed minute
	HorizonDays  int   // 0 means DefaultHorizonDays
}

// Proposal is a proposed new time and advisor for one meeting. Advisor is 0
// when no time was found.
type Proposal struct {
	Meeting     MeetingID `json:"meetingId"`
	Advisor     AdvisorID `json:"advisorId"`
	Start       time.Time `json:"start"`
	End         time.Time `json:"end"`
	SameAdvisor bool      `json:"sameAdvisor"`
}

// ProposeRebookings proposes a new time for each meeting, in start order: an
// individual meeting goes to the absent advisor's first free time after the
// absence if there is one before the deadline, else to the colleague's free
// time nearest the original start; a group meeting keeps its time and gets a
// colleague free then in place of the absent advisor. Proposals never
// collide with each other: each one is booked into the calendars before the
// next is sought.
func ProposeRebookings(r Rebooking) []Proposal {
	absent := r.Absent
	absent.Busy = slices.Clone(absent.Busy)
	colleagues := make([]AdvisorCalendar, len(r.Colleagues))
	for i, c := range r.Colleagues {
		colleagues[i] = AdvisorCalendar{Advisor: c.Advisor, Hours: c.Hours, Busy: slices.Clone(c.Busy)}
	}
	rooms := map[RoomID][]Busy{}
	for id, b := range r.RoomBusy {
		rooms[id] = slices.Clone(b)
	}
	ms := slices.Clone(r.Meetings)
	slices.SortFunc(ms, func(a, b Affected) int { return a.Meeting.Start.Compare(b.Meeting.Start) })

	out := make([]Proposal, 0, len(ms))
	for _, a := range ms {
		p := r.propose(a, &absent, colleagues, rooms[a.Meeting.RoomID])
		if p.Advisor != 0 {
			b := Busy{Interval: Interval{p.Start, p.End.Add(time.Duration(a.Meeting.ReportingMinutes) * time.Minute)}, Kind: BusyMeeting, Ref: int64(a.Meeting.ID)}
			if p.SameAdvisor {
				absent.Busy = append(absent.Busy, b)
			} else {
				i := slices.IndexFunc(colleagues, func(c AdvisorCalendar) bool { return c.Advisor == p.Advisor })
				colleagues[i].Busy = append(colleagues[i].Busy, b)
			}
			if a.Meeting.RoomID != 0 {
				rooms[a.Meeting.RoomID] = append(rooms[a.Meeting.RoomID], b)
			}
		}
		out = append(out, p)
	}
	return out
}

func (r Rebooking) propose(a Affected, absent *AdvisorCalendar, colleagues []AdvisorCalendar, room []Busy) Proposal {
	m := a.Meeting
	grid := r.StartMinutes
	if len(grid) == 0 {
		grid = AllowedStartMinutes()
	}
	q := Search{
		Offer: Offer{
			Form: Individual, Active: true, StartMinutes: grid, FixedEnd: a.Deadline,
			DurationMinutes: int(m.End.Sub(m.Start) / time.Minute), ReportingMinutes: m.ReportingMinutes,
		},
		Zone: r.Zone, Now: r.Now, Closures: r.Closures, RoomBusy: room, Exclude: m.ID, HorizonDays: r.HorizonDays,
	}
	p := Proposal{Meeting: m.ID}
	if m.Form == Group {
		// Keep the time; find a colleague free for the whole meeting then.
		q.Offer.StartMinutes = []int{m.Start.In(r.Zone).Minute()}
		day := DateOf(m.Start, r.Zone)
		q.From, q.To, q.Now = day, day, m.Start.Add(-NoticePeriod)
		q.RoomBusy = nil
		for _, c := range colleagues {
			if m.HasAdvisor(c.Advisor) {
				continue
			}
			q.Calendars = []AdvisorCalendar{c}
			if slices.ContainsFunc(FindFreeTimes(q).Times, func(t FreeTime) bool { return t.Start.Equal(m.Start) }) {
				return Proposal{Meeting: m.ID, Advisor: c.Advisor, Start: m.Start, End: m.End}
			}
		}
		return p
	}
	q.Calendars = []AdvisorCalendar{*absent}
	q.From = DateOf(r.Absence.End, r.Zone)
	for _, t := range FindFreeTimes(q).Times {
		if !t.Start.Before(r.Absence.End) {
			return Proposal{Meeting: m.ID, Advisor: t.Advisor, Start: t.Start, End: t.End, SameAdvisor: true}
		}
	}
	q.Calendars, q.From = colleagues, Date{}
	best := time.Duration(-1)
	for _, t := range FindFreeTimes(q).Times {
		if d := absDuration(t.Start.Sub(m.Start)); best < 0 || d < best {
			best, p = d, Proposal{Meeting: m.ID, Advisor: t.Advisor, Start: t.Start, End: t.End}
		}
	}
	return p
}

func absDuration(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// SummonsInCalendar is a summons with its meeting, the unit of the front
// page's counts.
type SummonsInCalendar struct {
	Summons Summons
	Meeting Meeting
}

// FrontPage holds the front page's status (§3).
type FrontPage struct {
	AbsentNow         []AdvisorID `json:"absentNow"`
	NotSent           int         `json:"notSent"`           // pending summonses from today on
	WithAbsentAdvisor int         `json:"withAbsentAdvisor"` // summonses in the calendar of an absent advisor
	DeadlineExceeded  int         `json:"deadlineExceeded"`  // summonses whose holding deadline is exceeded
}

// FrontPageCounts computes the front page's status at now in loc.
func FrontPageCounts(now time.Time, loc *time.Location, absences []Absence, items []SummonsInCalendar) FrontPage {
	fp := FrontPage{AbsentNow: AbsentAt(absences, now)}
	today := DateOf(now, loc)
	meetings := make([]Meeting, 0, len(items))
	for _, it := range items {
		meetings = append(meetings, it.Meeting)
	}
	clashing := map[MeetingID]bool{}
	for _, c := range AbsenceClashes(absences, meetings, now) {
		clashing[c.Meeting] = true
	}
	for _, it := range items {
		day := DateOf(it.Meeting.Start, loc)
		if it.Summons.State == Pending && !day.Before(today) {
			fp.NotSent++
		}
		if clashing[it.Meeting.ID] {
			fp.WithAbsentAdvisor++
		}
		if DeadlineExceeded(it.Summons, day) {
			fp.DeadlineExceeded++
		}
	}
	return fp
}
