package storetest

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/planner-dk/planner/planner"
)

// BenchmarkBusy measures the busy-time read behind a free-time search
// (Store.FindBusy): 20 advisors and a room over 8 weeks. The store holds 12
// weeks of each advisor's days (2 before the window, 2 after): four
// meetings a working day with 15 minutes of reporting time (the first
// advisor's in the room), two appointments a day from their own calendar
// and a day's absence in the window — 3,200 meetings, 1,600 appointments
// and 20 absences in the window. store must be fresh and migrated.
func BenchmarkBusy(b *testing.B, store planner.Store) {
	ctx := context.Background()
	w := newWorldOn(b, store)
	c := w.citizen(b, 7000)
	first := time.Date(2026, 2, 16, 0, 0, 0, 0, cph) // Monday, two weeks before the window
	var ids []planner.AdvisorID
	for i := range 20 {
		a := planner.Advisor{JobcenterID: w.jc.ID, TeamID: w.team.ID, Name: fmt.Sprintf("Vejleder %02d", i),
			Calendar: planner.CalendarConnection{Kind: planner.CalDAV, URL: fmt.Sprintf("http://127.0.0.1:5232/v%d/", i)}}
		must(b, store.CreateAdvisor(ctx, &a))
		ids = append(ids, a.ID)
		pull := planner.PullResult{Calendar: a.Calendar.ID, Full: true, At: now}
		for d := range 12 * 7 {
			day := first.AddDate(0, 0, d)
			if day.Weekday() == time.Saturday || day.Weekday() == time.Sunday {
				continue
			}
			for _, h := range []int{8, 9, 11, 13} {
				m := planner.Meeting{JobcenterID: w.jc.ID, OfferID: w.offer.ID, TeamID: w.team.ID, Title: "Jobsamtale",
					Form: planner.Individual, Channel: planner.InPerson, Start: day.Add(time.Duration(h) * time.Hour),
					ReportingMinutes: 15, Advisors: []planner.AdvisorID{a.ID}}
				m.End = m.Start.Add(30 * time.Minute)
				if i == 0 {
					m.RoomID = w.room.ID
				}
				must(b, store.CreateBooking(ctx, &planner.Booking{Meeting: m,
					Summons: planner.Summons{CitizenID: c.ID, State: planner.Pending}, Actor: "bench", At: now}))
			}
			pull.Upsert = append(pull.Upsert, planner.CalendarObject{
				Href: fmt.Sprintf("/v%d/%d.ics", i, d), ETag: "1", Hash: "h", Data: []byte("BEGIN:VCALENDAR"),
				Items: []planner.ExternalItem{
					{Start: day.Add(10 * time.Hour), End: day.Add(11 * time.Hour), Summary: "Teammøde"},
					{Start: day.Add(14 * time.Hour), End: day.Add(15 * time.Hour), Private: true},
				},
			})
		}
		must(b, store.SavePull(ctx, a.ID, pull))
		off := first.AddDate(0, 0, 14+7+i%5) // a weekday in the window
		must(b, store.CreateAbsence(ctx, w.jc.ID, &planner.Absence{AdvisorID: a.ID,
			Interval: planner.Interval{Start: off.Add(8 * time.Hour), End: off.Add(16 * time.Hour)}, Note: "Kursus"}))
	}
	q := planner.BusyQuery{Advisors: ids, RoomID: w.room.ID,
		Interval: planner.Interval{Start: first.AddDate(0, 0, 14), End: first.AddDate(0, 0, 14+8*7)}}
	busy, err := store.FindBusy(ctx, w.jc.ID, q)
	must(b, err)
	n := len(busy.Room)
	for _, bs := range busy.Advisors {
		n += len(bs)
	}
	if want := 20*(8*5*6+1) + 8*5*4; n != want {
		b.Fatalf("read %d busy intervals, want %d", n, want)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := store.FindBusy(ctx, w.jc.ID, q); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n), "intervals")
}
