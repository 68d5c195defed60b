package storetest

import (
	"context"
	"errors"
	"sync"
	"testing"

	"github.com/planner-dk/planner/planner"
)

// freeTimes returns the free times of the world's offer for citizen c.
func (w *world) freeTimes(t *testing.T, c planner.Citizen) planner.Result {
	t.Helper()
	res, err := w.svc.FreeTimes(context.Background(), planner.FreeTimesRequest{Jobcenter: w.jc.ID, Citizen: c.ID, Offer: w.offer.ID})
	must(t, err)
	return res
}

func testBooking(t *testing.T, open Opener) {
	ctx := context.Background()
	w := newWorld(t, open)
	c := w.citizen(t, 1)
	res := w.freeTimes(t, c)
	if len(res.Times) == 0 {
		t.Fatalf("no free times: %q", res.Empty)
	}
	// Now is Monday 08:00: 1 day's notice makes Tuesday 09:00 the first time.
	first := res.Times[0]
	if !first.Start.Equal(at(3, 9, 0)) || first.Advisor != w.advisors[0].ID {
		t.Fatalf("first free time = %s with %d, want Tuesday 09:00 with %d", first.Start.In(cph), first.Advisor, w.advisors[0].ID)
	}
	m, s, err := w.svc.Book(ctx, planner.BookRequest{Jobcenter: w.jc.ID, Citizen: c.ID, Offer: w.offer.ID, Time: first, Actor: "jobnet"})
	must(t, err)
	if s.Number != "10100-000001" || s.State != planner.Sent || s.Jobnet != planner.SyncPending || s.HoldingDeadline != c.DropDate {
		t.Errorf("summons = %+v", s)
	}
	got, sums, err := w.store.FindMeeting(ctx, w.jc.ID, m.ID)
	must(t, err)
	if len(sums) != 1 || sums[0].CitizenID != c.ID || !got.Start.Equal(first.Start) || got.ReportingMinutes != 15 || got.Terms != w.offer.Terms {
		t.Errorf("FindMeeting = %+v, %+v", got, sums)
	}
	t.Run("§5 the outbox holds one row per target: the connected calendar and Jobnet", func(t *testing.T) {
		items, err := w.store.FindSyncItems(ctx, w.jc.ID, m.ID)
		must(t, err)
		if len(items) != 2 || items[0].Kind != planner.TargetCalendar || items[0].AdvisorID != w.advisors[0].ID ||
			items[1].Kind != planner.TargetJobnet || items[1].SummonsID != s.ID {
			t.Fatalf("sync items = %+v", items)
		}
		for _, it := range items {
			if it.State != planner.SyncPending || it.Op != planner.OpPut {
				t.Errorf("item %+v: want pending put", it)
			}
		}
	})
	t.Run("§2 the booked time and its reporting time are busy", func(t *testing.T) {
		busy, err := w.store.FindBusy(ctx, w.jc.ID, planner.BusyQuery{Advisors: []planner.AdvisorID{first.Advisor}, Interval: planner.Interval{Start: at(3, 0, 0), End: at(4, 0, 0)}})
		must(t, err)
		b := busy.Advisors[first.Advisor]
		if len(b) != 1 || !b[0].Start.Equal(at(3, 9, 0)) || !b[0].End.Equal(at(3, 9, 45)) {
			t.Errorf("busy = %+v, want 09:00–09:45", b)
		}
		for _, ft := range w.freeTimes(t, c).Times {
			if ft.Advisor == first.Advisor && ft.Start.Before(at(3, 9, 45)) && ft.End.After(at(3, 9, 0)) {
				t.Errorf("§5 %s is still offered", ft.Start.In(cph))
			}
		}
	})
	t.Run("§5 two citizens can never get the same individual time", func(t *testing.T) {
		other := w.citizen(t, 2)
		_, _, err := w.svc.Book(ctx, planner.BookRequest{Jobcenter: w.jc.ID, Citizen: other.ID, Offer: w.offer.ID, Time: first, Actor: "jobnet"})
		wantKind(t, err, planner.ErrConflict)
		// The store guards too: a booking that skips the service's check.
		b := planner.Booking{Meeting: m, Summons: planner.Summons{CitizenID: other.ID, State: planner.Pending}}
		b.Meeting.ID = 0
		wantKind(t, w.store.CreateBooking(ctx, &b), planner.ErrConflict)
	})
	t.Run("§4.2 a citizen the rules exclude cannot book", func(t *testing.T) {
		minor := planner.Citizen{JobcenterID: w.jc.ID, CPR: planner.MustParseCPR("010110-4000"), Name: "Ung"}
		must(t, w.store.CreateCitizen(ctx, &minor))
		_, _, err := w.svc.Book(ctx, planner.BookRequest{Jobcenter: w.jc.ID, Citizen: minor.ID, Offer: w.offer.ID, Time: res.Times[3], Actor: "jobnet"})
		wantKind(t, err, planner.ErrNotFound)
	})
}

func testCancelAndRebook(t *testing.T, open Opener) {
	ctx := context.Background()
	w := newWorld(t, open)
	c := w.citizen(t, 1)
	times := w.freeTimes(t, c).Times
	// The last time of the advisor with a calendar: far enough ahead for
	// the rebook deadline, and its meeting goes to a calendar.
	var booked planner.FreeTime
	for _, ft := range times {
		if ft.Advisor == w.advisors[0].ID {
			booked = ft
		}
	}
	m, s, err := w.svc.Book(ctx, planner.BookRequest{Jobcenter: w.jc.ID, Citizen: c.ID, Offer: w.offer.ID, Time: booked, Actor: "jobnet"})
	must(t, err)

	t.Run("§5 another citizen cannot touch the booking", func(t *testing.T) {
		other := w.citizen(t, 2)
		wantKind(t, w.svc.Cancel(ctx, w.jc.ID, other.ID, s.ID, "jobnet"), planner.ErrNotFound)
	})
	var moved planner.Meeting
	t.Run("§4.1 rebooking moves the booking and frees the old time", func(t *testing.T) {
		to := times[0]
		nm, ns, err := w.svc.Rebook(ctx, planner.RebookRequest{Jobcenter: w.jc.ID, Citizen: c.ID, Summons: s.ID, Time: to, Actor: "jobnet"})
		must(t, err)
		if !nm.Start.Equal(to.Start) || !ns.Rebooked || nm.Terms != m.Terms {
			t.Errorf("rebooked meeting %+v, summons %+v", nm, ns)
		}
		if _, err := w.store.FindSummons(ctx, w.jc.ID, s.ID); !errors.Is(err, planner.ErrNotFound) {
			t.Errorf("the old summons is still live: %v", err)
		}
		items, err := w.store.FindSyncItems(ctx, w.jc.ID, m.ID)
		must(t, err)
		if n := countOps(items, planner.OpDelete); n != 2 {
			t.Errorf("§9 the old meeting needs a calendar and a Jobnet delete: %+v", items)
		}
		free := w.freeTimes(t, c).Times
		if !containsTime(free, booked) {
			t.Error("the old time is not free again")
		}
		moved, s = nm, ns
	})
	t.Run("§5 cancelling frees the time", func(t *testing.T) {
		must(t, w.svc.Cancel(ctx, w.jc.ID, c.ID, s.ID, "jobnet"))
		if _, _, err := w.store.FindMeeting(ctx, w.jc.ID, moved.ID); !errors.Is(err, planner.ErrNotFound) {
			t.Errorf("the cancelled meeting is still live: %v", err)
		}
		if !containsTime(w.freeTimes(t, c).Times, times[0]) {
			t.Error("the cancelled time is not free again")
		}
		wantKind(t, w.store.CancelBooking(ctx, w.jc.ID, s.ID, "jobnet"), planner.ErrNotFound)
	})
	t.Run("§4.1 a booking without cancellation cannot be cancelled", func(t *testing.T) {
		o := w.offer
		o.Terms.AcceptCancel = false
		must(t, w.store.UpdateOffer(ctx, o))
		_, s2, err := w.svc.Book(ctx, planner.BookRequest{Jobcenter: w.jc.ID, Citizen: c.ID, Offer: w.offer.ID, Time: times[5], Actor: "jobnet"})
		must(t, err)
		wantKind(t, w.svc.Cancel(ctx, w.jc.ID, c.ID, s2.ID, "jobnet"), planner.ErrForbidden)
	})
}

func countOps(items []planner.SyncItem, op planner.SyncOp) int {
	n := 0
	for _, it := range items {
		if it.Op == op {
			n++
		}
	}
	return n
}

func containsTime(ts []planner.FreeTime, ft planner.FreeTime) bool {
	for _, t := range ts {
		if t.Start.Equal(ft.Start) && t.Advisor == ft.Advisor {
			return true
		}
	}
	return false
}

// testConcurrentIndividual: 200 citizens book the same individual time at
// once; exactly one wins and 199 get a clear conflict (§5, DESIGN.md).
func testConcurrentIndividual(t *testing.T, open Opener) {
	for _, tc := range []struct {
		name    string
		chooses bool // the citizen names the advisor
		want    int  // bookings that succeed: one per free advisor
	}{
		{"§5 a time of one advisor goes to one citizen", true, 1},
		{"§5 a start booked without an advisor goes to each free advisor once", false, 2},
	} {
		t.Run(tc.name, func(t *testing.T) { concurrentIndividual(t, open, tc.chooses, tc.want) })
	}
}

func concurrentIndividual(t *testing.T, open Opener, chooses bool, want int) {
	ctx := context.Background()
	w := newWorld(t, open)
	const n = 200
	citizens := make([]planner.Citizen, n)
	for i := range citizens {
		citizens[i] = w.citizen(t, i+1)
	}
	slot := w.freeTimes(t, citizens[0]).Times[0]
	if !chooses {
		slot.Advisor = 0
	}
	errs := make([]error, n)
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := range citizens {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			_, _, errs[i] = w.svc.Book(ctx, planner.BookRequest{Jobcenter: w.jc.ID, Citizen: citizens[i].ID, Offer: w.offer.ID, Time: slot, Actor: "jobnet"})
		}()
	}
	close(start)
	wg.Wait()
	ok, conflicts := 0, 0
	for _, err := range errs {
		switch {
		case err == nil:
			ok++
		case errors.Is(err, planner.ErrConflict):
			conflicts++
		default:
			t.Errorf("unexpected error: %v", err)
		}
	}
	if ok != want || conflicts != n-want {
		t.Errorf("%d bookings succeeded and %d conflicted, want %d and %d", ok, conflicts, want, n-want)
	}
	ids := []planner.AdvisorID{w.advisors[0].ID, w.advisors[1].ID}
	busy, err := w.store.FindBusy(ctx, w.jc.ID, planner.BusyQuery{Advisors: ids, Interval: planner.Interval{Start: slot.Start, End: slot.End}})
	must(t, err)
	held := 0
	for _, id := range ids {
		if n := len(busy.Advisors[id]); n > 1 {
			t.Errorf("advisor %d holds %d meetings at the time: a double booking", id, n)
		}
		held += len(busy.Advisors[id])
	}
	if held != want {
		t.Errorf("the advisors hold %d meetings at the time, want %d", held, want)
	}
}

// testConcurrentGroup: 100 citizens book a session of 20 seats at once;
// exactly 20 get a seat.
func testConcurrentGroup(t *testing.T, open Opener) {
	ctx := context.Background()
	w := newWorld(t, open)
	o := groupOffer(w, 20, 0)
	must(t, w.store.CreateOffer(ctx, &o))
	const n = 100
	citizens := make([]planner.Citizen, n)
	for i := range citizens {
		citizens[i] = w.citizen(t, i+1)
	}
	res, err := w.svc.FreeTimes(ctx, planner.FreeTimesRequest{Jobcenter: w.jc.ID, Citizen: citizens[0].ID, Offer: o.ID})
	must(t, err)
	if len(res.Times) != 1 {
		t.Fatalf("free sessions = %+v", res)
	}
	session := res.Times[0]
	errs := make([]error, n)
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := range citizens {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			_, _, errs[i] = w.svc.Book(ctx, planner.BookRequest{Jobcenter: w.jc.ID, Citizen: citizens[i].ID, Offer: o.ID, Time: session, Actor: "jobnet"})
		}()
	}
	close(start)
	wg.Wait()
	ok := 0
	for _, err := range errs {
		switch {
		case err == nil:
			ok++
		case !errors.Is(err, planner.ErrConflict):
			t.Errorf("unexpected error: %v", err)
		}
	}
	seats, err := w.store.FindGroupSeats(ctx, w.jc.ID, o.ID)
	must(t, err)
	if ok != 20 || seats[0].Booked != 20 {
		t.Errorf("§5 %d bookings succeeded, %d seats booked; want 20 and 20", ok, seats[0].Booked)
	}
}

// testInstantBooking: straks-booking takes the first free time of the
// offers open to the citizen (§5), and finds none for a citizen no rule
// admits (§7 mail 3).
func testInstantBooking(t *testing.T, open Opener) {
	ctx := context.Background()
	w := newWorld(t, open)
	c := w.citizen(t, 1)
	first := w.freeTimes(t, c).Times[0]
	m, s, err := w.svc.InstantBook(ctx, w.jc.ID, c.ID, "jobnet")
	must(t, err)
	if !m.Start.Equal(first.Start) || m.Advisors[0] != first.Advisor || s.CitizenID != c.ID {
		t.Errorf("instant booking = %s with %v, want %s with %d", m.Start, m.Advisors, first.Start, first.Advisor)
	}
	minor := planner.Citizen{JobcenterID: w.jc.ID, CPR: planner.MustParseCPR("010110-4000"), Name: "Ung"}
	must(t, w.store.CreateCitizen(ctx, &minor))
	_, _, err = w.svc.InstantBook(ctx, w.jc.ID, minor.ID, "jobnet")
	wantKind(t, err, planner.ErrNotFound)
}

// testEmptyReasons: a search with no free time says why (§7.2), judged on
// the busy time beyond the window too.
func testEmptyReasons(t *testing.T, open Opener) {
	ctx := context.Background()
	w := newWorld(t, open)
	reason := func(c planner.Citizen) planner.EmptyReason {
		t.Helper()
		res, err := w.svc.FreeTimes(ctx, planner.FreeTimesRequest{Jobcenter: w.jc.ID, Citizen: c.ID, Offer: w.offer.ID})
		must(t, err)
		if len(res.Times) > 0 {
			t.Fatalf("%d free times, want none", len(res.Times))
		}
		return res.Empty
	}
	c := w.citizen(t, 1)
	c.BookingDeadline = planner.NewDate(2026, 3, 2) // today: nothing a day ahead
	must(t, w.store.UpdateCitizen(ctx, c))
	if got := reason(c); got != planner.EmptyBookingDeadline {
		t.Errorf("§7.2 a: reason = %q, want %q", got, planner.EmptyBookingDeadline)
	}
	// Both advisors absent for the whole rolling window and beyond: the
	// deadline binds, but lifting it would not help either.
	for _, a := range w.advisors {
		abs := planner.Absence{AdvisorID: a.ID, Interval: planner.Interval{Start: at(2, 0, 0), End: at(2, 0, 0).AddDate(1, 0, 0)}}
		must(t, w.store.CreateAbsence(ctx, w.jc.ID, &abs))
	}
	if got := reason(c); got != planner.EmptyAdvisorsBusy {
		t.Errorf("§7.2 b: reason = %q, want %q", got, planner.EmptyAdvisorsBusy)
	}
}
