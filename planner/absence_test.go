package planner

import (
	"fmt"
	"slices"
	"testing"
	"time"
)

func meetingAt(id int64, start time.Time, minutes, reporting int, advisors ...AdvisorID) Meeting {
	return Meeting{
		ID: MeetingID(id), Form: Individual, Start: start, End: start.Add(time.Duration(minutes) * time.Minute),
		ReportingMinutes: reporting, Advisors: advisors,
	}
}

func TestAbsenceClashes(t *testing.T) {
	now := at(2026, 3, 2, 9, 0)
	absences := []Absence{
		{ID: 1, AdvisorID: 1, Interval: Interval{at(2026, 3, 9, 0, 0), at(2026, 3, 11, 0, 0)}},
		{ID: 2, AdvisorID: 2, Interval: Interval{at(2026, 3, 1, 0, 0), at(2026, 3, 3, 0, 0)}},
	}
	meetings := []Meeting{
		meetingAt(10, at(2026, 3, 10, 9, 0), 30, 0, 1),    // inside advisor 1's absence
		meetingAt(11, at(2026, 3, 8, 23, 30), 15, 20, 1),  // only its reporting time reaches the absence
		meetingAt(12, at(2026, 3, 11, 9, 0), 30, 0, 1),    // after the absence
		meetingAt(13, at(2026, 3, 1, 10, 0), 30, 0, 2),    // in the past: no red bar
		meetingAt(14, at(2026, 3, 2, 10, 0), 60, 0, 3, 2), // group with advisor 2 absent
	}
	got := AbsenceClashes(absences, meetings, now)
	want := []AbsenceClash{{2, 14, 2}, {1, 11, 1}, {1, 10, 1}}
	if !slices.Equal(got, want) {
		t.Errorf("§3 clashes = %v, want %v", got, want)
	}
	if got := RedBar(got); !slices.Equal(got, []AdvisorID{1, 2}) {
		t.Errorf("§3 red bar = %v, want [1 2]", got)
	}
	if got := AbsentAt(absences, now); !slices.Equal(got, []AdvisorID{2}) {
		t.Errorf("§3 absent now = %v, want [2]", got)
	}
}

func TestProposeRebookings(t *testing.T) {
	now := at(2026, 3, 2, 9, 0)
	h := StandardHours(clock(9, 0), clock(11, 0))
	absence := Absence{ID: 1, AdvisorID: 1, Interval: Interval{at(2026, 3, 9, 0, 0), at(2026, 3, 14, 0, 0)}}
	absenceBusy := busyAt(BusyAbsence, 1, absence.Start, absence.End)
	m1 := meetingAt(10, at(2026, 3, 10, 9, 0), 30, 0, 1)
	m2 := meetingAt(11, at(2026, 3, 10, 10, 0), 30, 0, 1)
	base := Rebooking{
		Absence: absence, Zone: cph, Now: now, Closures: NewClosures(DefaultSettings(), 2026, 2026),
		StartMinutes: []int{0, 30},
	}
	t.Run("§3 same advisor after the absence first, without collisions", func(t *testing.T) {
		r := base
		r.Meetings = []Affected{{Meeting: m2}, {Meeting: m1}}
		r.Absent = AdvisorCalendar{Advisor: 1, Hours: h, Busy: []Busy{absenceBusy,
			busyAt(BusyMeeting, int64(m1.ID), m1.Start, m1.End), busyAt(BusyMeeting, int64(m2.ID), m2.Start, m2.End)}}
		r.Colleagues = []AdvisorCalendar{{Advisor: 2, Hours: h}}
		got := proposals(ProposeRebookings(r))
		want := []string{"10→1 16 09:00 same", "11→1 16 09:30 same"}
		if !slices.Equal(got, want) {
			t.Errorf("proposals = %v, want %v", got, want)
		}
	})
	t.Run("§3 else a colleague of the team, nearest the original time", func(t *testing.T) {
		r := base
		r.Meetings = []Affected{{Meeting: m1, Deadline: NewDate(2026, 3, 13)}, {Meeting: m2, Deadline: NewDate(2026, 3, 13)}}
		r.Absent = AdvisorCalendar{Advisor: 1, Hours: h, Busy: []Busy{absenceBusy}}
		r.Colleagues = []AdvisorCalendar{
			{Advisor: 2, Hours: h, Busy: []Busy{busyAt(BusyExternal, 5, at(2026, 3, 10, 9, 0), at(2026, 3, 10, 9, 30))}},
			{Advisor: 3, Hours: h},
		}
		got := proposals(ProposeRebookings(r))
		want := []string{"10→3 10 09:00", "11→2 10 10:00"}
		if !slices.Equal(got, want) {
			t.Errorf("proposals = %v, want %v", got, want)
		}
	})
	t.Run("§3 a group meeting keeps its time and gets a free colleague", func(t *testing.T) {
		g := meetingAt(20, at(2026, 3, 10, 9, 0), 60, 0, 1)
		g.Form = Group
		r := base
		r.Meetings = []Affected{{Meeting: g}}
		r.Absent = AdvisorCalendar{Advisor: 1, Hours: h, Busy: []Busy{absenceBusy}}
		r.Colleagues = []AdvisorCalendar{
			{Advisor: 2, Hours: h, Busy: []Busy{busyAt(BusyMeeting, 6, at(2026, 3, 10, 9, 30), at(2026, 3, 10, 10, 0))}},
			{Advisor: 3, Hours: h},
		}
		if got, want := proposals(ProposeRebookings(r)), []string{"20→3 10 09:00"}; !slices.Equal(got, want) {
			t.Errorf("proposals = %v, want %v", got, want)
		}
	})
	t.Run("§3 no free time gives no proposal", func(t *testing.T) {
		r := base
		r.Meetings = []Affected{{Meeting: m1, Deadline: NewDate(2026, 3, 13)}}
		r.Absent = AdvisorCalendar{Advisor: 1, Hours: h, Busy: []Busy{absenceBusy}}
		if got, want := proposals(ProposeRebookings(r)), []string{"10→none"}; !slices.Equal(got, want) {
			t.Errorf("proposals = %v, want %v", got, want)
		}
	})
}

func proposals(ps []Proposal) []string {
	var out []string
	for _, p := range ps {
		if p.Advisor == 0 {
			out = append(out, fmt.Sprintf("%d→none", p.Meeting))
			continue
		}
		s := fmt.Sprintf("%d→%d %s", p.Meeting, p.Advisor, p.Start.In(cph).Format("02 15:04"))
		if p.SameAdvisor {
			s += " same"
		}
		out = append(out, s)
	}
	return out
}

func TestFrontPageCounts(t *testing.T) {
	now := at(2026, 3, 2, 9, 0)
	absences := []Absence{{ID: 1, AdvisorID: 1, Interval: Interval{at(2026, 3, 2, 0, 0), at(2026, 3, 4, 0, 0)}}}
	item := func(id int64, state SummonsState, start time.Time, deadline Date, adv AdvisorID) SummonsInCalendar {
		return SummonsInCalendar{
			Summons: Summons{ID: SummonsID(id), State: state, HoldingDeadline: deadline},
			Meeting: meetingAt(id, start, 30, 0, adv),
		}
	}
	items := []SummonsInCalendar{
		item(1, Pending, at(2026, 3, 3, 9, 0), Date{}, 1),               // pending, with absent advisor
		item(2, Pending, at(2026, 2, 27, 9, 0), Date{}, 2),              // pending but in the past
		item(3, Sent, at(2026, 3, 10, 9, 0), NewDate(2026, 3, 6), 2),    // deadline exceeded
		item(4, Sent, at(2026, 3, 5, 9, 0), NewDate(2026, 3, 6), 2),     // in time
		item(5, Pending, at(2026, 3, 2, 15, 0), NewDate(2026, 3, 1), 1), // today, absent advisor, exceeded
	}
	got := FrontPageCounts(now, cph, absences, items)
	want := FrontPage{AbsentNow: []AdvisorID{1}, NotSent: 2, WithAbsentAdvisor: 2, DeadlineExceeded: 2}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("§3 front page = %+v, want %+v", got, want)
	}
}
