package storetest

import (
	"context"
	"errors"
	"testing"

	"github.com/planner-dk/planner/planner"
)

// testAbsenceRebooking: an absence over a booked meeting raises the red bar
// on the front page and gets a rebooking proposal that can be applied (§3).
func testAbsenceRebooking(t *testing.T, open Opener) {
	ctx := context.Background()
	w := newWorld(t, open)
	c := w.citizen(t, 1)
	ft := w.freeTimes(t, c).Times[0] // Tuesday 3 March 09:00, advisor 0
	m, _, err := w.svc.Book(ctx, planner.BookRequest{Jobcenter: w.jc.ID, Citizen: c.ID, Offer: w.offer.ID, Time: ft, Actor: "jobnet"})
	must(t, err)
	day := planner.DateOf(ft.Start, cph)
	abs := planner.Absence{AdvisorID: ft.Advisor, Interval: planner.Interval{Start: day.In(cph), End: day.AddDays(1).In(cph)}, Note: "Syg"}
	must(t, w.store.CreateAbsence(ctx, w.jc.ID, &abs))

	ps, err := w.svc.AbsenceRebooking(ctx, w.jc.ID, abs)
	must(t, err)
	if len(ps) != 1 || ps[0].Meeting != m.ID || !ps[0].SameAdvisor || !ps[0].Start.After(abs.End) {
		t.Fatalf("§3 proposals = %+v, want the same advisor after the absence", ps)
	}
	inform, err := w.svc.ApplyRebooking(ctx, w.jc.ID, abs.AdvisorID, ps, "Sarah Jensen")
	must(t, err)
	if !inform[m.ID] {
		t.Error("§2 the meeting was within 7 days: the advisor must inform the citizen")
	}
	got, _, err := w.store.FindMeeting(ctx, w.jc.ID, m.ID)
	must(t, err)
	if !got.Start.Equal(ps[0].Start) {
		t.Errorf("moved to %s, want %s", got.Start, ps[0].Start)
	}
	fp, err := w.store.FrontPageCounts(ctx, w.jc.ID, now, planner.DateOf(now, cph))
	must(t, err)
	if fp.WithAbsentAdvisor != 0 {
		t.Errorf("§3 the red bar stays after the rebooking: %+v", fp)
	}
}

// testDeleteSummonses: pending summonses are deleted, a group selection
// takes all its pending participants, a sent summons is refused (§6).
func testDeleteSummonses(t *testing.T, open Opener) {
	ctx := context.Background()
	w := newWorld(t, open)
	g := groupOffer(w, 10, 0)
	must(t, w.store.CreateOffer(ctx, &g))
	session := planner.FreeTime{Start: g.Sessions[0].Start, MeetingID: planner.MeetingID(g.Sessions[0].ID), SessionID: g.Sessions[0].ID, Advisor: w.advisors[0].ID}
	var ids []planner.SummonsID
	for i := 1; i <= 3; i++ {
		c := w.citizen(t, i)
		_, s, err := w.svc.Summon(ctx, planner.BookRequest{Jobcenter: w.jc.ID, Citizen: c.ID, Offer: g.ID, Time: session, Actor: "Bo"})
		must(t, err)
		ids = append(ids, s.ID)
	}
	c := w.citizen(t, 4)
	_, sent, err := w.svc.Book(ctx, planner.BookRequest{Jobcenter: w.jc.ID, Citizen: c.ID, Offer: w.offer.ID, Time: w.freeTimes(t, c).Times[0], Actor: "jobnet"})
	must(t, err)
	assertFieldErr(t, w.svc.DeleteSummonses(ctx, w.jc.ID, []planner.SummonsID{ids[0], sent.ID}, "Bo"), "summonses[1]")
	must(t, w.svc.DeleteSummonses(ctx, w.jc.ID, []planner.SummonsID{ids[1]}, "Bo"))
	seats, err := w.store.FindGroupSeats(ctx, w.jc.ID, g.ID)
	must(t, err)
	if seats[0].Booked != 0 {
		t.Errorf("§6 deleting a group-meeting summons takes all its participants: %d left", seats[0].Booked)
	}
}

func assertFieldErr(t *testing.T, err error, field string) {
	t.Helper()
	var fe *planner.FieldError
	if !errors.As(err, &fe) || fe.Field != field {
		t.Fatalf("err = %v, want a FieldError on %s", err, field)
	}
}

// testCalendar: the calendar view of §2 — a meeting grey until synced, then
// blue; an absence yellow over it with the red bar.
func testCalendar(t *testing.T, open Opener) {
	ctx := context.Background()
	w := newWorld(t, open)
	c := w.citizen(t, 1)
	ft := w.freeTimes(t, c).Times[0]
	m, _, err := w.svc.Book(ctx, planner.BookRequest{Jobcenter: w.jc.ID, Citizen: c.ID, Offer: w.offer.ID, Time: ft, Actor: "jobnet"})
	must(t, err)
	f := planner.MeetingFilter{Advisors: []planner.AdvisorID{w.advisors[0].ID, w.advisors[1].ID}, Interval: planner.Interval{Start: at(2, 0, 0), End: at(9, 0, 0)}}
	view, err := w.svc.Calendar(ctx, w.jc.ID, f)
	must(t, err)
	if len(view.Items) != 1 || view.Items[0].MeetingID != m.ID || view.Items[0].State != planner.StateAwaitingSync || view.Items[0].ReportingMinutes != 15 {
		t.Fatalf("§2 calendar = %+v, want the booked meeting, grey, with its reporting time", view.Items)
	}
	items, err := w.store.FindSyncItems(ctx, w.jc.ID, m.ID)
	must(t, err)
	for _, it := range items {
		must(t, w.store.MarkSyncDone(ctx, it.ID, "", ""))
	}
	abs := planner.Absence{AdvisorID: ft.Advisor, Interval: planner.Interval{Start: at(3, 0, 0), End: at(4, 0, 0)}, Note: "Kursus"}
	must(t, w.store.CreateAbsence(ctx, w.jc.ID, &abs))
	view, err = w.svc.Calendar(ctx, w.jc.ID, f)
	must(t, err)
	var kinds []string
	for _, it := range view.Items {
		kinds = append(kinds, it.Kind+":"+string(it.State))
	}
	if len(view.Items) != 2 || kinds[0] != "absence:absence" || kinds[1] != "meeting:synced" || !view.Items[1].AbsenceClash {
		t.Errorf("§2 calendar = %v (%+v), want the absence and the blue meeting flagged", kinds, view.Items)
	}
	if len(view.RedBar) != 1 || view.RedBar[0] != ft.Advisor {
		t.Errorf("§3 red bar = %v, want [%d]", view.RedBar, ft.Advisor)
	}
}
