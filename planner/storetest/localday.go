package storetest

import (
	"context"
	"testing"
	"time"

	"github.com/planner-dk/planner/planner"
)

// testLocalDay: a meeting is listed under its date in the job centre's zone
// (§6, the lists' meeting date), which the store computes from the start
// instant in the same statement that writes the meeting — around midnight,
// and on both sides of the DST changes in Europe/Copenhagen.
func testLocalDay(t *testing.T, open Opener) {
	ctx := context.Background()
	w := newWorld(t, open)
	c := w.citizen(t, 1)
	utc := func(mo time.Month, d, hh, mm int) time.Time { return time.Date(2026, mo, d, hh, mm, 0, 0, time.UTC) }
	tests := []struct {
		name  string
		start time.Time
		day   planner.Date
		moved time.Time // where MoveMeeting takes it; its day is day+1
	}{
		{"§6 00:30 CET the night DST starts is that Sunday", utc(3, 28, 23, 30), planner.NewDate(2026, 3, 29), utc(3, 29, 22, 30)},
		{"§6 23:30 CET is still the same day", utc(2, 10, 22, 30), planner.NewDate(2026, 2, 10), utc(2, 11, 22, 30)},
		{"§6 00:15 CEST in summer is the next UTC day's date", utc(6, 30, 22, 15), planner.NewDate(2026, 7, 1), utc(7, 1, 22, 15)},
		{"§6 00:30 CET the night DST ends", utc(10, 24, 22, 30), planner.NewDate(2026, 10, 25), utc(10, 25, 23, 30)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := planner.Meeting{JobcenterID: w.jc.ID, TeamID: w.team.ID, Title: "Jobsamtale", Form: planner.Individual,
				Channel: planner.Phone, Start: tc.start, End: tc.start.Add(20 * time.Minute), Advisors: []planner.AdvisorID{w.advisors[1].ID}}
			b := planner.Booking{Meeting: m, Summons: planner.Summons{CitizenID: c.ID, State: planner.Pending}, Actor: "test"}
			must(t, w.store.CreateBooking(ctx, &b))
			wantListedOn(t, w, b.Summons.ID, tc.day)
			to := planner.MeetingMove{Start: tc.moved, End: tc.moved.Add(20 * time.Minute), Advisors: m.Advisors}
			must(t, w.store.MoveMeeting(ctx, w.jc.ID, b.Meeting.ID, to, "test"))
			wantListedOn(t, w, b.Summons.ID, tc.day.AddDays(1))
		})
	}
}

// wantListedOn checks that the pending list dated day holds summons id,
// and the day before does not.
func wantListedOn(t *testing.T, w *world, id planner.SummonsID, day planner.Date) {
	t.Helper()
	for _, d := range []planner.Date{day, day.AddDays(-1)} {
		page, err := w.store.FindSummonsList(context.Background(), w.jc.ID, planner.ListQuery{
			List: planner.PendingList, DateField: planner.DateMeeting, From: d, To: d})
		must(t, err)
		found := false
		for _, r := range page.Rows {
			found = found || r.SummonsID == id
		}
		if found != (d == day) {
			t.Errorf("summons %d listed on %s = %v, want %v", id, d, found, d == day)
		}
	}
}
