package planner

import (
	"math/rand/v2"
	"slices"
	"testing"
	"time"
)

func codes(obs []Obstacle) []ObstacleCode {
	var out []ObstacleCode
	for _, o := range obs {
		out = append(out, o.Code)
	}
	return out
}

func TestExplain(t *testing.T) {
	now := at(2026, 3, 2, 9, 0) // Monday
	o := testOffer()
	o.ReportingMinutes = 15
	o.FixedEnd = NewDate(2026, 6, 30)
	o.RoomID = 4
	q := search(o, now, StandardHours(clock(9, 0), clock(15, 0)),
		busyAt(BusyMeeting, 70, at(2026, 3, 10, 9, 0), at(2026, 3, 10, 9, 45)),
		busyAt(BusyExternal, 71, at(2026, 3, 10, 11, 0), at(2026, 3, 10, 11, 20)),
		busyAt(BusyAbsence, 72, at(2026, 3, 11, 0, 0), at(2026, 3, 12, 0, 0)),
	)
	q.RoomBusy = []Busy{busyAt(BusyMeeting, 80, at(2026, 3, 10, 13, 0), at(2026, 3, 10, 14, 0))}
	q.Citizen = &Citizen{BookingDeadline: NewDate(2026, 5, 1)}
	tests := []struct {
		name    string
		advisor AdvisorID
		start   time.Time
		want    []ObstacleCode
	}{
		{"a free time has no obstacle", 1, at(2026, 3, 10, 10, 0), nil},
		{"§2 a meeting with its reporting time (09:00-09:30 +15) blocks 09:30", 1, at(2026, 3, 10, 9, 30), []ObstacleCode{ObstacleMeeting}},
		{"§5 an external busy item blocks", 1, at(2026, 3, 10, 10, 30), []ObstacleCode{ObstacleExternal}},
		{"§5 an absence blocks", 1, at(2026, 3, 11, 10, 0), []ObstacleCode{ObstacleAbsence}},
		{"§5 the room is booked", 1, at(2026, 3, 10, 13, 0), []ObstacleCode{ObstacleRoom}},
		{"§5 meeting plus reporting time past the end of the working day", 1, at(2026, 3, 10, 14, 30), []ObstacleCode{ObstacleOutsideHours}},
		{"§4.1 off the start-minute grid", 1, at(2026, 3, 10, 10, 15), []ObstacleCode{ObstacleOffGrid}},
		{"§5 a public holiday", 1, at(2026, 4, 6, 10, 0), []ObstacleCode{ObstacleHoliday}},
		{"§5 1 day's notice", 1, at(2026, 3, 2, 13, 0), []ObstacleCode{ObstacleNotice}},
		{"§5 after the citizen's booking deadline", 1, at(2026, 5, 4, 10, 0), []ObstacleCode{ObstacleWindow}},
		{"§5 after the fixed end and the booking deadline", 1, at(2026, 7, 1, 10, 0), []ObstacleCode{ObstacleWindow, ObstacleWindow}},
		{"an advisor not on the offer", 2, at(2026, 3, 10, 10, 0), []ObstacleCode{ObstacleNotOnOffer}},
		{
			"every reason at once: too soon, off grid, after hours",
			1, at(2026, 3, 2, 18, 20),
			[]ObstacleCode{ObstacleNotice, ObstacleOffGrid, ObstacleOutsideHours},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			obs := q.Explain(tc.advisor, tc.start)
			if got := codes(obs); !slices.Equal(got, tc.want) {
				t.Errorf("Explain = %v, want %v (%+v)", got, tc.want, obs)
			}
			inDanish(t, obs)
			// Explain and FindFreeTimes must agree.
			offered := slices.ContainsFunc(FindFreeTimes(q).Times, func(ft FreeTime) bool {
				return ft.Start.Equal(tc.start) && ft.Advisor == tc.advisor
			})
			if offered != (len(obs) == 0) {
				t.Errorf("offered = %v but Explain = %v", offered, codes(obs))
			}
		})
	}
}

func TestExplainOffer(t *testing.T) {
	o := testOffer()
	o.Active = false
	o.OpensOn = NewDate(2026, 4, 1)
	q := search(o, at(2026, 3, 2, 9, 0), StandardHours(clock(9, 0), clock(15, 0)))
	explained := q.Explain(1, at(2026, 3, 10, 10, 0))
	inDanish(t, explained)
	got := codes(explained)
	if want := []ObstacleCode{ObstacleOfferInactive, ObstacleOfferNotOpen}; !slices.Equal(got, want) {
		t.Errorf("Explain = %v, want %v", got, want)
	}
}

func TestExplainGroup(t *testing.T) {
	o := testOffer()
	o.Form, o.StartMinutes = Group, nil
	start := at(2026, 3, 10, 10, 0)
	q := Search{Offer: o, Zone: cph, Now: at(2026, 3, 2, 9, 0)}
	seats := func(capacity, kept, booked int) []GroupSeats {
		return []GroupSeats{{MeetingID: 1, SessionID: 1, Start: start, End: start.Add(time.Hour), Advisors: []AdvisorID{1}, Capacity: capacity, RebookSeats: kept, Booked: booked}}
	}
	tests := []struct {
		name      string
		sessions  []GroupSeats
		rebooking bool
		start     time.Time
		want      []ObstacleCode
	}{
		{"§5 a seat is free", seats(20, 0, 19), false, start, nil},
		{"§5 a group session never exceeds its seats", seats(20, 0, 20), false, start, []ObstacleCode{ObstacleSeatsFull}},
		{"§4.1 only seats kept for rebooking are left", seats(20, 2, 18), false, start, []ObstacleCode{ObstacleSeatsKept}},
		{"§4.1 kept seats are free to a rebooking citizen", seats(20, 2, 18), true, start, nil},
		{"no session then", seats(20, 0, 0), false, start.Add(time.Hour), []ObstacleCode{ObstacleNoSession}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q.Sessions, q.Rebooking = tc.sessions, tc.rebooking
			obs := q.Explain(0, tc.start)
			if got := codes(obs); !slices.Equal(got, tc.want) {
				t.Errorf("Explain = %v, want %v", got, tc.want)
			}
			inDanish(t, obs)
		})
	}
}

// TestExplainAgreesWithFinder checks, over random calendars and random
// candidate times (DST Sundays included), that a time is offered exactly
// when Explain finds no obstacle: the finder's fast path and Explain's
// direct checks are two implementations of §5 that must agree.
func TestExplainAgreesWithFinder(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 5))
	for round := 0; round < 40; round++ {
		o := testOffer()
		o.StartMinutes = []int{0, 20, 40}
		o.DurationMinutes = 20 + rng.IntN(40)
		o.ReportingMinutes = rng.IntN(3) * 10
		o.FixedEnd = NewDate(2026, 11, 1)
		now := at(2026, 3, 20+rng.IntN(5), rng.IntN(24), 0)
		if round%2 == 1 {
			now = at(2026, 10, 18+rng.IntN(5), rng.IntN(24), 0)
		}
		hours := everyDay(clock(rng.IntN(4), 0), clock(20+rng.IntN(5), 0))
		var busy []Busy
		for i := 0; i < 30; i++ {
			s := now.Add(time.Duration(rng.IntN(14*24*60)) * time.Minute)
			busy = append(busy, busyAt([]BusyKind{BusyMeeting, BusyExternal, BusyAbsence}[i%3], int64(i), s, s.Add(time.Duration(10+rng.IntN(120))*time.Minute)))
		}
		q := search(o, now, hours, busy...)
		q.To = DateOf(now, cph).AddDays(14)
		offered := map[int64]bool{}
		for _, ft := range FindFreeTimes(q).Times {
			offered[ft.Start.Unix()] = true
		}
		for i := 0; i < 300; i++ {
			c := now.Truncate(time.Hour).Add(time.Duration(rng.IntN(15*24*6)) * 10 * time.Minute)
			if DateOf(c, cph).After(q.To) {
				continue // beyond the query's own narrowing, which Explain does not judge
			}
			obs := q.Explain(1, c)
			if offered[c.Unix()] != (len(obs) == 0) {
				t.Fatalf("round %d, %s: offered = %v, Explain = %+v", round, c.In(cph), offered[c.Unix()], obs)
			}
		}
	}
}

// inDanish checks that every obstacle says itself in Danish too, and not
// in the English words.
func inDanish(t *testing.T, obs []Obstacle) {
	t.Helper()
	for _, o := range obs {
		if o.DetailDA == "" || o.DetailDA == o.Detail {
			t.Errorf("obstacle %s has no Danish detail: %+v", o.Code, o)
		}
	}
}
