package planner

import (
	"errors"
	"slices"
	"testing"
	"time"
)

func TestCheckBook(t *testing.T) {
	now := at(2026, 3, 2, 9, 0)
	h := StandardHours(clock(9, 0), clock(10, 0))
	free := FreeTime{Start: at(2026, 3, 10, 9, 0), End: at(2026, 3, 10, 9, 30), Advisor: 1}
	tests := []struct {
		name     string
		edit     func(*Search)
		ft       FreeTime
		wantCode string
		wantKind error
	}{
		{"§5 a free time can be booked", nil, free, "", nil},
		{"§4.1 an inactive offer cannot be booked", func(q *Search) { q.Offer.Active = false }, free, "offer_inactive", ErrForbidden},
		{"§4.1 an offer not yet open cannot be booked", func(q *Search) { q.Offer.OpensOn = NewDate(2026, 3, 5) }, free, "offer_not_open", ErrForbidden},
		{"§5 two citizens can never get the same individual time", func(q *Search) {
			q.Calendars[0].Busy = []Busy{busyAt(BusyMeeting, 9, free.Start, free.End)}
		}, free, "time_taken", ErrConflict},
		{"§5 another advisor's time is not this one's", nil, FreeTime{Start: free.Start, End: free.End, Advisor: 2}, "time_taken", ErrConflict},
		{"§5 a time off the grid cannot be booked", nil, FreeTime{Start: free.Start.Add(10 * time.Minute), Advisor: 1}, "time_taken", ErrConflict},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q := search(testOffer(), now, h)
			if tc.edit != nil {
				tc.edit(&q)
			}
			assertPolicy(t, CheckBook(q, tc.ft), tc.wantCode, tc.wantKind)
		})
	}
}

func assertPolicy(t *testing.T, err error, code string, kind error) {
	t.Helper()
	if code == "" {
		if err != nil {
			t.Fatalf("err = %v, want nil", err)
		}
		return
	}
	var pe *PolicyError
	if !errors.As(err, &pe) || pe.Code != code {
		t.Fatalf("err = %v, want policy error %q", err, code)
	}
	if !errors.Is(err, kind) {
		t.Errorf("errors.Is(%v, %v) = false", err, kind)
	}
}

func TestCheckCancel(t *testing.T) {
	m := Meeting{ID: 1, Start: at(2026, 3, 10, 9, 0), End: at(2026, 3, 10, 9, 30), Terms: BookingTerms{AcceptCancel: true}}
	assertPolicy(t, CheckCancel(m, at(2026, 3, 10, 8, 59)), "", nil)
	assertPolicy(t, CheckCancel(m, at(2026, 3, 10, 9, 0)), "meeting_started", ErrForbidden)
	m.Terms.AcceptCancel = false
	assertPolicy(t, CheckCancel(m, at(2026, 3, 2, 9, 0)), "cancel_not_accepted", ErrForbidden)
}

func TestCheckRebook(t *testing.T) {
	h := StandardHours(clock(9, 0), clock(12, 0))
	// The booked meeting: Friday 20 March 09:00, rebooking until 3 days before.
	booked := Meeting{
		ID: 5, Start: at(2026, 3, 20, 9, 0), End: at(2026, 3, 20, 9, 30), ReportingMinutes: 15, Advisors: []AdvisorID{1},
		Terms: BookingTerms{AcceptRebook: true, RebookDaysBefore: 3},
	}
	ownBusy := busyAt(BusyMeeting, 5, booked.Busy().Start, booked.Busy().End) // 09:00–09:45
	to := func(d, hh, mm int) FreeTime {
		return FreeTime{Start: at(2026, 3, d, hh, mm), End: at(2026, 3, d, hh, mm+30), Advisor: 1}
	}
	tests := []struct {
		name     string
		now      time.Time
		edit     func(*Offer, *Meeting)
		ft       FreeTime
		wantCode string
	}{
		{"§4.1 rebooking until N days before the meeting: on the last day", at(2026, 3, 17, 15, 0), nil, to(19, 10, 0), ""},
		{"§4.1 rebooking until N days before the meeting: a day too late", at(2026, 3, 18, 8, 0), nil, to(23, 10, 0), "rebook_deadline_passed"},
		{"§4.1 a rebooked meeting needs 1 day's notice, said by its own code (issue 23)", at(2026, 3, 12, 10, 0), nil, to(13, 9, 30), "notice"},
		{"§4.1 a rebooked meeting may be booked with 1 day's notice", at(2026, 3, 12, 9, 30), nil, to(13, 9, 30), ""},
		{"§4.1 the citizen's own meeting does not block their new time", at(2026, 3, 12, 9, 0), nil, to(20, 9, 0).withStart(at(2026, 3, 20, 9, 30)), ""},
		{"§4.3 offer edits do not reach booked meetings: the booking keeps its terms", at(2026, 3, 12, 9, 0), func(o *Offer, m *Meeting) {
			o.Terms = BookingTerms{} // the offer no longer accepts rebooking
		}, to(19, 10, 0), ""},
		{"§4.1 a booking made without rebooking cannot be rebooked", at(2026, 3, 12, 9, 0), func(o *Offer, m *Meeting) {
			m.Terms.AcceptRebook = false
		}, to(19, 10, 0), "rebook_not_accepted"},
		{"§4.3 the end date also bounds rebooking of existing bookings", at(2026, 3, 12, 9, 0), func(o *Offer, m *Meeting) {
			o.FixedEnd = NewDate(2026, 3, 18)
		}, to(19, 10, 0), "after_offer_end"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			o, m := testOffer(), booked
			o.Terms = m.Terms
			if tc.edit != nil {
				tc.edit(&o, &m)
			}
			q := search(o, tc.now, h, ownBusy)
			err := CheckRebook(q, m, tc.ft)
			kind := ErrForbidden
			if tc.wantCode == "time_taken" {
				kind = ErrConflict
			}
			assertPolicy(t, err, tc.wantCode, kind)
		})
	}
}

func (ft FreeTime) withStart(s time.Time) FreeTime {
	d := ft.End.Sub(ft.Start)
	ft.Start, ft.End = s, s.Add(d)
	return ft
}

func TestCheckSeat(t *testing.T) {
	g := GroupSeats{Capacity: 20, RebookSeats: 2, Booked: 18}
	assertPolicy(t, CheckSeat(g, false), "seats_full", ErrConflict)
	assertPolicy(t, CheckSeat(g, true), "", nil)
	g.Booked = 20
	assertPolicy(t, CheckSeat(g, true), "seats_full", ErrConflict)
}

func TestRebookDeadline(t *testing.T) {
	m := Meeting{Start: at(2026, 3, 20, 9, 0), Terms: BookingTerms{AcceptRebook: true, RebookDaysBefore: 8}}
	if got, ok := RebookDeadline(m, cph); !ok || got != NewDate(2026, 3, 12) {
		t.Errorf("RebookDeadline = %s, %v; want 2026-03-12, true", got, ok)
	}
}

func TestChooseInstant(t *testing.T) {
	ft := func(d, a int) FreeTime { return FreeTime{Start: at(2026, 3, d, 9, 0), Advisor: AdvisorID(a)} }
	got, ok := ChooseInstant(map[OfferID]Result{
		3: {Times: []FreeTime{ft(12, 1)}},
		2: {Times: []FreeTime{ft(11, 4), ft(11, 5)}},
		1: {Times: []FreeTime{ft(11, 7)}},
		4: {Empty: EmptyAdvisorsBusy},
	})
	if !ok || got.Offer != 1 || got.Time.Advisor != 7 {
		t.Errorf("§5 instant booking takes the first free time = %+v, %v; want offer 1 advisor 7", got, ok)
	}
	if _, ok := ChooseInstant(map[OfferID]Result{1: {}}); ok {
		t.Error("§7 mail 3: no free time must report none")
	}
}

func TestMustInformCitizen(t *testing.T) {
	now := at(2026, 3, 2, 9, 0)
	tests := []struct {
		name     string
		old, new time.Time
		want     bool
	}{
		{"§2 old time within 7 days", at(2026, 3, 8, 9, 0), at(2026, 4, 1, 9, 0), true},
		{"§2 new time within 7 days", at(2026, 4, 1, 9, 0), at(2026, 3, 3, 9, 0), true},
		{"§2 both beyond 7 days", at(2026, 3, 9, 9, 0), at(2026, 4, 1, 9, 0), false},
		{"§2 deleting a meeting within 7 days", at(2026, 3, 5, 9, 0), time.Time{}, true},
		{"§2 deleting a meeting beyond 7 days", at(2026, 3, 20, 9, 0), time.Time{}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := MustInformCitizen(now, tc.old, tc.new); got != tc.want {
				t.Errorf("MustInformCitizen = %v, want %v", got, tc.want)
			}
		})
	}
}

// threeAdvisors is a search of an offer with advisors 1, 2 and 3 working
// 9–10; advisor 1 has two meetings on 10 March, advisor 3 one, advisor 2 none.
func threeAdvisors() Search {
	h := StandardHours(clock(9, 0), clock(10, 0))
	o := testOffer()
	o.Advisors = []AdvisorID{1, 2, 3}
	q := search(o, at(2026, 3, 2, 9, 0), h)
	q.Calendars = []AdvisorCalendar{
		{Advisor: 1, Hours: h, Busy: []Busy{busyAt(BusyMeeting, 1, at(2026, 3, 10, 9, 30), at(2026, 3, 10, 10, 0)), busyAt(BusyMeeting, 2, at(2026, 3, 10, 8, 0), at(2026, 3, 10, 8, 30))}},
		{Advisor: 2, Hours: h, Busy: []Busy{busyAt(BusyExternal, 3, at(2026, 3, 10, 9, 30), at(2026, 3, 10, 10, 0))}},
		{Advisor: 3, Hours: h, Busy: []Busy{busyAt(BusyMeeting, 4, at(2026, 3, 10, 9, 30), at(2026, 3, 10, 10, 0))}},
	}
	return q
}

func TestFreeAdvisorsAt(t *testing.T) {
	tests := []struct {
		name  string
		start time.Time
		want  []AdvisorID
	}{
		{"§5 the least booked advisor that day comes first; an external item is not a booking", at(2026, 3, 10, 9, 0), []AdvisorID{2, 3, 1}},
		{"§5 only advisors free at the start are candidates", at(2026, 3, 10, 9, 30), nil},
		{"§5 on another day, equal load goes by id", at(2026, 3, 11, 9, 0), []AdvisorID{1, 2, 3}},
		{"§5 a start off the grid has no candidate", at(2026, 3, 10, 9, 10), nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := FreeAdvisorsAt(threeAdvisors(), tc.start); !slices.Equal(got, tc.want) {
				t.Errorf("FreeAdvisorsAt(%s) = %v, want %v", tc.start, got, tc.want)
			}
		})
	}
}

func TestResultForCitizen(t *testing.T) {
	q := threeAdvisors()
	res := FindFreeTimes(q)
	t.Run("§5 without advisor choice the citizen sees each start once, with no advisor", func(t *testing.T) {
		seen := res.ForCitizen(q.Offer)
		if len(seen.Times) >= len(res.Times) {
			t.Fatalf("%d times seen of %d, want fewer", len(seen.Times), len(res.Times))
		}
		for i, ft := range seen.Times {
			if ft.Advisor != 0 || i > 0 && !seen.Times[i-1].Start.Before(ft.Start) {
				t.Fatalf("time %d = %+v after %+v: want distinct increasing starts without an advisor", i, ft, seen.Times[max(i-1, 0)])
			}
		}
		if !res.Times[0].Start.Equal(seen.Times[0].Start) || res.Times[0].Advisor == 0 {
			t.Errorf("the finder's own answer changed: %+v", res.Times[0])
		}
	})
	t.Run("§5 with advisor choice the citizen sees every advisor's times", func(t *testing.T) {
		o := q.Offer
		o.CitizenChoosesAdvisor = true
		if seen := res.ForCitizen(o); len(seen.Times) != len(res.Times) {
			t.Errorf("%d times seen, want all %d", len(seen.Times), len(res.Times))
		}
	})
	t.Run("§5 a booking without an advisor passes the policy check", func(t *testing.T) {
		assertPolicy(t, CheckBook(q, FreeTime{Start: at(2026, 3, 10, 9, 0)}), "", nil)
		assertPolicy(t, CheckBook(q, FreeTime{Start: at(2026, 3, 10, 9, 30)}), "time_taken", ErrConflict)
	})
}
