package planner

import (
	"fmt"
	"slices"
	"testing"
	"time"
)

// In Europe/Copenhagen, 2026 changes to summer time on Sunday 29 March
// (02:00 → 03:00) and back on Sunday 25 October (03:00 → 02:00).

func TestFindFreeTimesDST(t *testing.T) {
	office := everyDay(clock(8, 0), clock(16, 0))
	tests := []struct {
		name       string
		day, plain Date // the DST Sunday and an ordinary Sunday to compare with
	}{
		{"§5 DST spring forward: the last Sunday of March keeps every office slot", NewDate(2026, 3, 29), NewDate(2026, 3, 22)},
		{"§5 DST fall back: the last Sunday of October keeps every office slot", NewDate(2026, 10, 25), NewDate(2026, 10, 18)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q := search(testOffer(), at(2026, 3, 1, 8, 0), office)
			q.HorizonDays = 300
			ts := FindFreeTimes(q).Times
			got, want := starts(ts, tc.day), starts(ts, tc.plain)
			if len(want) != 16 || !slices.Equal(got, want) {
				t.Errorf("starts on %s = %v, want %v (as on %s)", tc.day, got, want, tc.plain)
			}
			for _, ft := range ts {
				if ft.Start.Location() != time.UTC {
					t.Fatalf("start %s is not in UTC: every time is kept in UTC (DESIGN.md)", ft.Start)
				}
				if d := DateOf(ft.Start, cph); d == tc.day && ft.End.Sub(ft.Start) != 30*time.Minute {
					t.Errorf("slot %s lasts %s, want 30m", ft.Start, ft.End.Sub(ft.Start))
				}
			}
		})
	}
}

func TestFindFreeTimesDSTAroundTheClock(t *testing.T) {
	allDay := everyDay(0, 1440)
	tests := []struct {
		name    string
		day     Date
		want    int
		missing []string
	}{
		{"§5 spring forward: 02:00 and 02:30 do not exist and are not invented", NewDate(2026, 3, 29), 46, []string{"02:00", "02:30"}},
		{"§5 fall back: the repeated hour is offered once, at its earlier instant", NewDate(2026, 10, 25), 48, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q := search(testOffer(), at(2026, 3, 1, 0, 0), allDay)
			q.Closures = Closures{}
			q.From, q.To = tc.day, tc.day
			ts := FindFreeTimes(q).Times
			got := starts(ts, tc.day)
			if len(got) != tc.want {
				t.Errorf("%d starts on %s, want %d: %v", len(got), tc.day, tc.want, got)
			}
			if dup := firstDuplicate(got); dup >= 0 {
				t.Errorf("start %s offered twice", got[dup])
			}
			for _, m := range tc.missing {
				if slices.Contains(got, m) {
					t.Errorf("start %s offered but does not exist", m)
				}
			}
			for i := 1; i < len(ts); i++ {
				if !ts[i].Start.After(ts[i-1].Start) {
					t.Errorf("starts out of order: %s then %s", ts[i-1].Start, ts[i].Start)
				}
			}
		})
	}
	t.Run("§5 fall back: 02:00 is the summer-time instant", func(t *testing.T) {
		q := search(testOffer(), at(2026, 3, 1, 0, 0), allDay)
		q.From, q.To = NewDate(2026, 10, 25), NewDate(2026, 10, 25)
		for _, ft := range FindFreeTimes(q).Times {
			if ft.Start.In(cph).Format("15:04") == "02:00" {
				if want := time.Date(2026, 10, 25, 0, 0, 0, 0, time.UTC); !ft.Start.Equal(want) {
					t.Errorf("02:00 = %s, want %s", ft.Start, want)
				}
				return
			}
		}
		t.Error("no 02:00 start")
	})
}

func TestFindFreeTimesDSTWeekAfter(t *testing.T) {
	// The Monday after each change has the same wall-clock times as the
	// Monday before it, at instants one hour apart in UTC.
	q := search(testOffer(), at(2026, 3, 1, 8, 0), StandardHours(clock(9, 0), clock(11, 0)))
	q.HorizonDays = 300
	ts := FindFreeTimes(q).Times
	for _, pair := range [][2]Date{{NewDate(2026, 3, 23), NewDate(2026, 3, 30)}, {NewDate(2026, 10, 19), NewDate(2026, 10, 26)}} {
		before, after := starts(ts, pair[0]), starts(ts, pair[1])
		if len(before) != 4 || !slices.Equal(before, after) {
			t.Errorf("%s: %v, %s: %v; want the same four times", pair[0], before, pair[1], after)
		}
	}
}

func TestFindFreeTimesGroup(t *testing.T) {
	o := testOffer()
	o.Form, o.StartMinutes = Group, nil
	now := at(2026, 3, 2, 9, 0)
	session := func(id int64, start time.Time, capacity, kept, booked int) GroupSeats {
		return GroupSeats{
			MeetingID: MeetingID(id), SessionID: SessionID(id), Start: start, End: start.Add(time.Hour),
			Advisors: []AdvisorID{1}, Capacity: capacity, RebookSeats: kept, Booked: booked,
		}
	}
	sessions := []GroupSeats{
		session(3, at(2026, 3, 12, 10, 0), 20, 0, 20), // full
		session(1, at(2026, 3, 10, 10, 0), 20, 2, 5),  // 13 free to booking, 15 to rebooking
		session(2, at(2026, 3, 11, 10, 0), 20, 2, 18), // only kept seats left
		session(4, at(2026, 3, 2, 20, 0), 20, 0, 0),   // too soon
	}
	tests := []struct {
		name      string
		rebooking bool
		want      map[SessionID]int
	}{
		{"§5 a group session is offered while it has seats; kept seats are not free to a new booking", false, map[SessionID]int{1: 13}},
		{"§4.1 seats kept for rebooking are free to a rebooking citizen", true, map[SessionID]int{1: 15, 2: 2}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q := Search{Offer: o, Zone: cph, Now: now, Sessions: sessions, Rebooking: tc.rebooking}
			got := map[SessionID]int{}
			for _, ft := range FindFreeTimes(q).Times {
				got[ft.SessionID] = ft.FreeSeats
			}
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("free seats = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestMergeOverAdvisors(t *testing.T) {
	q := search(testOffer(), at(2026, 3, 2, 9, 0), StandardHours(clock(9, 0), clock(10, 0)),
		busyAt(BusyMeeting, 1, at(2026, 3, 3, 9, 0), at(2026, 3, 3, 9, 30)))
	q.Calendars = append(q.Calendars, AdvisorCalendar{Advisor: 2, Hours: StandardHours(clock(9, 0), clock(10, 0)),
		Busy: []Busy{busyAt(BusyMeeting, 2, at(2026, 3, 3, 9, 30), at(2026, 3, 3, 10, 0))}})
	q.From, q.To = NewDate(2026, 3, 3), NewDate(2026, 3, 4)
	got := Merge(FindFreeTimes(q).Times)
	want := []string{"03 09:00 [2]", "03 09:30 [1]", "04 09:00 [1 2]", "04 09:30 [1 2]"}
	var gs []string
	for _, m := range got {
		gs = append(gs, fmt.Sprintf("%s %v", m.Start.In(cph).Format("02 15:04"), m.Advisors))
	}
	if !slices.Equal(gs, want) {
		t.Errorf("§5 merged over the offer's advisors = %v, want %v", gs, want)
	}
}

func TestWeeklyCounts(t *testing.T) {
	// Two advisors, Mon–Fri 09:00–10:00 (two 30-minute times a day), over
	// the turn of 2026, whose ISO year has 53 weeks.
	q := search(testOffer(), at(2026, 12, 20, 9, 0), StandardHours(clock(9, 0), clock(10, 0)))
	q.Calendars = append(q.Calendars, AdvisorCalendar{Advisor: 2, Hours: StandardHours(clock(9, 0), clock(9, 30))})
	q.From, q.To = NewDate(2026, 12, 21), NewDate(2027, 1, 10)
	got := fmt.Sprint(WeeklyCounts(FindFreeTimes(q).Times, cph))
	// Week 52: 21–23 Dec (24 closed, 25–26 holidays); week 53 runs 28 Dec
	// to 3 Jan: 28–30 Dec (31 closed, 1 Jan a holiday); week 1 of 2027: 4–8 Jan.
	want := fmt.Sprint([]WeekCount{
		{Week{2026, 52}, 1, 6}, {Week{2026, 53}, 1, 6}, {Week{2027, 1}, 1, 10},
		{Week{2026, 52}, 2, 3}, {Week{2026, 53}, 2, 3}, {Week{2027, 1}, 2, 5},
	})
	if got != want {
		t.Errorf("§8 weekly counts = %s, want %s", got, want)
	}
	totals := fmt.Sprint(WeeklyTotals(WeeklyCounts(FindFreeTimes(q).Times, cph)))
	if want := fmt.Sprint([]WeekCount{{Week{2026, 52}, 0, 9}, {Week{2026, 53}, 0, 9}, {Week{2027, 1}, 0, 15}}); totals != want {
		t.Errorf("§4.3 weekly totals = %s, want %s", totals, want)
	}
}
