package storetest

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/planner-dk/planner/planner"
)

// testLists: the follow-up and pending lists of §6 filter, search, sort and
// page in the store.
func testLists(t *testing.T, open Opener) {
	ctx := context.Background()
	w := newWorld(t, open)
	sub := planner.Team{JobcenterID: w.jc.ID, ParentID: w.team.ID, Name: "Team Syd"}
	must(t, w.store.CreateTeam(ctx, &sub))
	subOffer := w.offer
	subOffer.ID, subOffer.TeamID, subOffer.Name = 0, sub.ID, "Opfølgning Syd"
	must(t, w.store.CreateOffer(ctx, &subOffer))

	var sent []planner.Summons
	names := []string{"Anders And", "Bente Bøg", "Carl Clausen", "Dorthe Dam"}
	for i, name := range names {
		c := w.citizen(t, i+1)
		c.Name = name
		if i == 3 {
			c.DropDate = planner.NewDate(2026, 3, 2) // before any meeting: deadline exceeded
		}
		must(t, w.store.UpdateCitizen(ctx, c))
		offer := w.offer.ID
		if i%2 == 1 {
			offer = subOffer.ID
		}
		res, err := w.svc.FreeTimes(ctx, planner.FreeTimesRequest{Jobcenter: w.jc.ID, Citizen: c.ID, Offer: offer})
		must(t, err)
		_, s, err := w.svc.Book(ctx, planner.BookRequest{Jobcenter: w.jc.ID, Citizen: c.ID, Offer: offer, Time: res.Times[i], Actor: "jobnet"})
		must(t, err)
		sent = append(sent, s)
	}
	// A group meeting with three pending participants, and one pending individual summons.
	g := groupOffer(w, 10, 0)
	must(t, w.store.CreateOffer(ctx, &g))
	seats, err := w.store.FindGroupSeats(ctx, w.jc.ID, g.ID)
	must(t, err)
	session := planner.FreeTime{Start: seats[0].Start, End: seats[0].End, Advisor: seats[0].Advisors[0], MeetingID: seats[0].MeetingID, SessionID: seats[0].SessionID}
	var groupNumbers []string
	for i := 5; i <= 7; i++ {
		c := w.citizen(t, i)
		_, s, err := w.svc.Summon(ctx, planner.BookRequest{Jobcenter: w.jc.ID, Citizen: c.ID, Offer: g.ID, Time: session, Actor: "Bo Poulsen"})
		must(t, err)
		groupNumbers = append(groupNumbers, s.Number)
	}
	lone := w.citizen(t, 8)
	_, _, err = w.svc.Summon(ctx, planner.BookRequest{Jobcenter: w.jc.ID, Citizen: lone.ID, Offer: w.offer.ID, Time: w.freeTimes(t, lone).Times[10], Actor: "Bo Poulsen"})
	must(t, err)

	list := func(q planner.ListQuery) planner.ListPage {
		t.Helper()
		page, err := w.svc.SummonsList(ctx, w.jc.ID, q)
		must(t, err)
		return page
	}
	rowNames := func(p planner.ListPage) []string {
		var out []string
		for _, r := range p.Rows {
			out = append(out, r.CitizenName)
		}
		return out
	}
	yes := true
	tests := []struct {
		name  string
		q     planner.ListQuery
		want  []string
		total int
	}{
		{"§6 the follow-up list holds the sent summonses, by meeting date", planner.ListQuery{List: planner.FollowUpList}, names, 4},
		{"§6 sort on a column, descending", planner.ListQuery{List: planner.FollowUpList, Sort: planner.ColName, Desc: true}, []string{"Dorthe Dam", "Carl Clausen", "Bente Bøg", "Anders And"}, 4},
		{"§6 paging", planner.ListQuery{List: planner.FollowUpList, Sort: planner.ColName, Limit: 2, Offset: 2}, []string{"Carl Clausen", "Dorthe Dam"}, 4},
		{"§6 search on a part of the name, any case", planner.ListQuery{List: planner.FollowUpList, Search: "CLAUS"}, []string{"Carl Clausen"}, 1},
		{"§6 search on CPR", planner.ListQuery{List: planner.FollowUpList, Search: "010196-0002"}, []string{"Bente Bøg"}, 1},
		{"§6 search on summons number", planner.ListQuery{List: planner.FollowUpList, Search: sent[2].Number}, []string{"Carl Clausen"}, 1},
		{"§6 a team filter includes sub-teams", planner.ListQuery{List: planner.FollowUpList, Teams: []planner.TeamID{w.team.ID}}, names, 4},
		{"§6 a sub-team filter", planner.ListQuery{List: planner.FollowUpList, Teams: []planner.TeamID{sub.ID}}, []string{"Bente Bøg", "Dorthe Dam"}, 2},
		{"§6 the deadline icon filter", planner.ListQuery{List: planner.FollowUpList, DeadlineExceeded: &yes}, []string{"Dorthe Dam"}, 1},
		{"§6 the seen icon filter", planner.ListQuery{List: planner.FollowUpList, Seen: &yes}, nil, 0},
		{"§6 a date filter on the holding deadline", planner.ListQuery{List: planner.FollowUpList, DateField: planner.DateHoldingDeadline, To: planner.NewDate(2026, 3, 31)}, []string{"Dorthe Dam"}, 1},
		{"§6 a date filter on the day sent, in the job centre's zone", planner.ListQuery{List: planner.FollowUpList, DateField: planner.DateSent, From: planner.NewDate(2026, 3, 2), To: planner.NewDate(2026, 3, 2)}, names, 4},
		{"§6 nothing was sent the day after", planner.ListQuery{List: planner.FollowUpList, DateField: planner.DateSent, From: planner.NewDate(2026, 3, 3)}, nil, 0},
		{"§6 hide old meetings", planner.ListQuery{List: planner.FollowUpList, HideOld: true, Today: planner.NewDate(2026, 4, 30)}, nil, 0},
		{"§6 the pending list: one row per participant", planner.ListQuery{List: planner.PendingList, Sort: planner.ColNumber}, []string{"Borger 5", "Borger 6", "Borger 7", "Borger 8"}, 4},
		{"§6 searching a group meeting's number lists all its participants", planner.ListQuery{List: planner.PendingList, Search: groupNumbers[1], Sort: planner.ColNumber}, []string{"Borger 5", "Borger 6", "Borger 7"}, 3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := list(tc.q)
			if got := rowNames(p); !slices.Equal(got, tc.want) || p.Total != tc.total {
				t.Errorf("rows = %v (total %d), want %v (total %d)", got, p.Total, tc.want, tc.total)
			}
		})
	}
	t.Run("§6 a row shows its columns", func(t *testing.T) {
		r := list(planner.ListQuery{List: planner.FollowUpList, Search: "Bente"}).Rows[0]
		if r.TeamName != "Team Syd" || r.AdvisorName == "" || r.MeetingType != "Jobsamtale" || r.Jobnet != planner.SyncPending ||
			r.CPR.Digits() != "0101960002" || r.Summoner != "jobnet" || len(r.Advisors) != 1 || r.State != planner.Sent {
			t.Errorf("row = %+v", r)
		}
		if fmt.Sprint(r.CPR) != "010196-xxxx" {
			t.Errorf("a row's CPR prints as %v", r.CPR)
		}
	})
	t.Run("§6 the pending counter counts a group meeting once, from today on", func(t *testing.T) {
		n, err := w.store.CountPending(ctx, w.jc.ID, planner.NewDate(2026, 3, 2))
		must(t, err)
		if n != 2 {
			t.Errorf("pending counter = %d, want 2 (one group meeting, one individual)", n)
		}
		n, err = w.store.CountPending(ctx, w.jc.ID, planner.NewDate(2026, 6, 1))
		must(t, err)
		if n != 0 {
			t.Errorf("pending counter from June = %d, want 0", n)
		}
	})
	t.Run("§6 sort on transferred to calendar", func(t *testing.T) {
		// the first sent summons whose meeting has calendar pushes: all done
		var done planner.Summons
		for _, s := range sent {
			items, err := w.store.FindSyncItems(ctx, w.jc.ID, s.MeetingID)
			must(t, err)
			pushes := 0
			for _, it := range items {
				if it.Kind == planner.TargetCalendar {
					must(t, w.store.MarkSyncDone(ctx, it.ID, "", ""))
					pushes++
				}
			}
			if pushes > 0 {
				done = s
				break
			}
		}
		if done.ID == 0 {
			t.Fatal("no sent summons has a calendar push")
		}
		desc := list(planner.ListQuery{List: planner.FollowUpList, Sort: planner.ColInCalendar, Desc: true})
		if len(desc.Rows) != 4 || desc.Rows[0].SummonsID != done.ID || !desc.Rows[0].InCalendar || desc.Rows[1].InCalendar {
			t.Errorf("descending = %+v, want %s first and alone in the calendar", desc.Rows, done.Number)
		}
		asc := list(planner.ListQuery{List: planner.FollowUpList, Sort: planner.ColInCalendar})
		if len(asc.Rows) != 4 || asc.Rows[3].SummonsID != done.ID {
			t.Errorf("ascending = %+v, want %s last", asc.Rows, done.Number)
		}
	})
	t.Run("a bad sort column is rejected", func(t *testing.T) {
		_, err := w.svc.SummonsList(ctx, w.jc.ID, planner.ListQuery{List: planner.FollowUpList, Sort: "cpr; DROP TABLE summonses"})
		wantKind(t, err, planner.ErrInvalid)
	})
}
