package storetest

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/planner-dk/planner/planner"
)

func testJobcenter(t *testing.T, open Opener) {
	ctx := context.Background()
	w := newWorld(t, open)
	got, err := w.store.FindJobcenter(ctx, w.jc.ID)
	must(t, err)
	if got.Name != w.jc.Name || got.SummonsPrefix != 10100 || !got.Settings.ConflictMail || !got.Settings.DefaultHours.Equal(w.jc.Settings.DefaultHours) {
		t.Errorf("FindJobcenter = %+v, want %+v", got, w.jc)
	}
	got.Settings.ConflictMail = false
	got.SubCentres = []planner.SubCentre{{ID: 5, Name: "Glostrup Syd"}}
	must(t, w.store.UpdateJobcenter(ctx, got))
	again, err := w.store.FindJobcenter(ctx, w.jc.ID)
	must(t, err)
	if again.Settings.ConflictMail || len(again.SubCentres) != 1 {
		t.Errorf("§7 the mail-4 switch and sub-centres did not persist: %+v", again)
	}
	_, err = w.store.FindJobcenter(ctx, w.jc.ID+1000)
	wantKind(t, err, planner.ErrNotFound)
	second := planner.Jobcenter{Name: "Jobcenter Aarhus", Zone: "Europe/Copenhagen", SummonsPrefix: 75100, Settings: planner.DefaultSettings()}
	must(t, w.store.CreateJobcenter(ctx, &second))
	if ids, err := w.store.FindJobcenterIDs(ctx); err != nil || !slices.Equal(ids, []planner.JobcenterID{w.jc.ID, second.ID}) {
		t.Errorf("FindJobcenterIDs = %v, %v; want [%d %d]", ids, err, w.jc.ID, second.ID)
	}
	bad := planner.Jobcenter{Name: "x", Zone: "Nowhere/Town", SummonsPrefix: 10100}
	wantKind(t, w.store.CreateJobcenter(ctx, &bad), planner.ErrInvalid)
}

func testTeams(t *testing.T, open Opener) {
	ctx := context.Background()
	w := newWorld(t, open)
	sub := planner.Team{JobcenterID: w.jc.ID, ParentID: w.team.ID, Name: "Team Syd"}
	must(t, w.store.CreateTeam(ctx, &sub))
	subsub := planner.Team{JobcenterID: w.jc.ID, ParentID: sub.ID, Name: "Unge"}
	must(t, w.store.CreateTeam(ctx, &subsub))
	teams, err := w.store.FindTeams(ctx, w.jc.ID)
	must(t, err)
	tree, err := planner.NewTeamTree(teams)
	must(t, err)
	if addr, _, ok := tree.MailFor(subsub.ID); !ok || addr != "ydelse@glostrup.dk" {
		t.Errorf("§7 mail address two teams up = %q, %v", addr, ok)
	}
	if hours := teams[0].Hours; hours == nil || !hours.Equal(planner.StandardHours(9*60, 12*60)) {
		t.Errorf("team hours did not persist: %+v", hours)
	}
	// Making the top team a child of its grandchild closes a cycle.
	top := teams[0]
	top.ParentID = subsub.ID
	wantKind(t, w.store.UpdateTeam(ctx, top), planner.ErrInvalid)
	unchanged, err := w.store.FindTeams(ctx, w.jc.ID)
	must(t, err)
	if unchanged[0].ParentID != 0 {
		t.Error("a rejected team update was half-written")
	}
	orphan := planner.Team{JobcenterID: w.jc.ID, ParentID: 999999, Name: "Forældreløs"}
	wantKind(t, w.store.CreateTeam(ctx, &orphan), planner.ErrInvalid)
}

func testAdvisorsAndRooms(t *testing.T, open Opener) {
	ctx := context.Background()
	w := newWorld(t, open)
	got, err := w.store.FindAdvisors(ctx, w.jc.ID, planner.AdvisorFilter{IDs: []planner.AdvisorID{w.advisors[0].ID}})
	must(t, err)
	if len(got) != 1 || got[0].Name != "Bo Poulsen" || got[0].Calendar.URL == "" || got[0].Calendar.Secret != "s3cret" {
		t.Fatalf("FindAdvisors = %+v", got)
	}
	a := got[0]
	own := planner.StandardHours(8*60, 10*60)
	a.Hours, a.Phone, a.Marks = &own, "22 33 44 55", []planner.MarkID{7}
	must(t, w.store.UpdateAdvisor(ctx, a))
	got, err = w.store.FindAdvisors(ctx, w.jc.ID, planner.AdvisorFilter{TeamID: &w.team.ID})
	must(t, err)
	if len(got) != 2 || got[0].Hours == nil || !got[0].Hours.Equal(own) || got[0].Phone != "22 33 44 55" || !slices.Equal(got[0].Marks, []planner.MarkID{7}) {
		t.Errorf("advisor update did not persist: %+v", got)
	}
	bad := planner.Advisor{JobcenterID: w.jc.ID, TeamID: w.team.ID, Name: "x", Mail: "not-a-mail"}
	wantKind(t, w.store.CreateAdvisor(ctx, &bad), planner.ErrInvalid)
	rooms, err := w.store.FindRooms(ctx, w.jc.ID)
	must(t, err)
	if len(rooms) != 1 || rooms[0].Capacity != 20 {
		t.Errorf("FindRooms = %+v", rooms)
	}
}

func testCitizens(t *testing.T, open Opener) {
	ctx := context.Background()
	w := newWorld(t, open)
	c := w.citizen(t, 1)
	c.Referrals = []planner.Referral{{Actor: 3, From: planner.NewDate(2026, 1, 1), To: planner.NewDate(2026, 6, 30)}}
	c.BookingDeadline, c.Marks, c.InActivation = planner.NewDate(2026, 4, 1), []planner.MarkID{2}, true
	must(t, w.store.UpdateCitizen(ctx, c))
	got, err := w.store.FindCitizenByCPR(ctx, w.jc.ID, c.CPR)
	must(t, err)
	if got.ID != c.ID || got.CPR != c.CPR || got.BookingDeadline != c.BookingDeadline || got.DropDate != c.DropDate ||
		len(got.Referrals) != 1 || !got.InActivation || !got.HasMark(2) || !got.RegisteredSince.IsZero() {
		t.Errorf("FindCitizenByCPR = %+v, want %+v", got, c)
	}
	dup := planner.Citizen{JobcenterID: w.jc.ID, CPR: c.CPR, Name: "Igen"}
	wantKind(t, w.store.CreateCitizen(ctx, &dup), planner.ErrConflict)
}

// testTenancy: one job centre can neither read nor change another's data,
// and a foreign row answers exactly like a missing one.
func testTenancy(t *testing.T, open Opener) {
	ctx := context.Background()
	w := newWorld(t, open)
	other := planner.Jobcenter{Name: "Jobcenter Albertslund", Zone: "Europe/Copenhagen", SummonsPrefix: 10200, Settings: planner.DefaultSettings()}
	must(t, w.store.CreateJobcenter(ctx, &other))
	c := w.citizen(t, 1)
	_, errForeign := w.store.FindCitizen(ctx, other.ID, c.ID)
	_, errMissing := w.store.FindCitizen(ctx, other.ID, c.ID+100000)
	wantKind(t, errForeign, planner.ErrNotFound)
	wantKind(t, errMissing, planner.ErrNotFound)
	if _, err := w.store.FindCitizenByCPR(ctx, other.ID, c.CPR); err == nil {
		t.Error("another job centre found the citizen by CPR")
	}
	if _, err := w.store.FindOffer(ctx, other.ID, w.offer.ID); err == nil {
		t.Error("another job centre read the offer")
	}
	foreign := w.offer
	foreign.JobcenterID = other.ID
	if err := w.store.UpdateOffer(ctx, foreign); err == nil {
		t.Error("another job centre changed the offer")
	}
	adv, err := w.store.FindAdvisors(ctx, other.ID, planner.AdvisorFilter{IDs: []planner.AdvisorID{w.advisors[0].ID}})
	if err != nil || len(adv) != 0 {
		t.Errorf("another job centre listed the advisor: %v, %v", adv, err)
	}
	stolen := planner.Advisor{JobcenterID: other.ID, TeamID: w.team.ID, Name: "x"}
	wantKind(t, w.store.CreateAdvisor(ctx, &stolen), planner.ErrInvalid)
	abs := planner.Absence{AdvisorID: w.advisors[0].ID, Interval: planner.Interval{Start: at(3, 9, 0), End: at(3, 10, 0)}}
	wantKind(t, w.store.CreateAbsence(ctx, other.ID, &abs), planner.ErrInvalid)
}

func testOffers(t *testing.T, open Opener) {
	ctx := context.Background()
	w := newWorld(t, open)
	got, err := w.store.FindOffer(ctx, w.jc.ID, w.offer.ID)
	must(t, err)
	if got.Name != "Jobsamtale" || !slices.Equal(got.StartMinutes, []int{0, 30}) || got.FirstMeetingDate != w.offer.FirstMeetingDate ||
		got.RollingWeeks != 4 || got.Rules.Len() != 1 || !got.Terms.AcceptRebook || len(got.Advisors) != 2 || got.ChangedAt.IsZero() {
		t.Errorf("FindOffer = %+v", got)
	}
	got.Name, got.Active = "Jobsamtale for unge", false
	must(t, w.store.UpdateOffer(ctx, got))
	active := true
	list, err := w.store.FindOffers(ctx, w.jc.ID, planner.OfferFilter{Active: &active})
	must(t, err)
	if len(list) != 0 {
		t.Errorf("active offers = %d, want 0 after deactivation", len(list))
	}
	t.Run("§4.1 a 501-character description is rejected and nothing is written", func(t *testing.T) {
		o := w.offer
		o.ID, o.Description = 0, strings.Repeat("a", 501)
		wantKind(t, w.store.CreateOffer(ctx, &o), planner.ErrInvalid)
		all, err := w.store.FindOffers(ctx, w.jc.ID, planner.OfferFilter{})
		must(t, err)
		if len(all) != 1 {
			t.Errorf("offers = %d, want 1", len(all))
		}
	})
	t.Run("§4.2 an offer without rules is rejected", func(t *testing.T) {
		o := w.offer
		o.ID, o.Rules = 0, planner.RuleSet{}
		wantKind(t, w.store.CreateOffer(ctx, &o), planner.ErrInvalid)
	})
}

func testGroupOffer(t *testing.T, open Opener) {
	ctx := context.Background()
	w := newWorld(t, open)
	o := groupOffer(w, 20, 2)
	must(t, w.store.CreateOffer(ctx, &o))
	seats, err := w.store.FindGroupSeats(ctx, w.jc.ID, o.ID)
	must(t, err)
	if len(seats) != 1 || seats[0].Capacity != 20 || seats[0].RebookSeats != 2 || seats[0].Booked != 0 || !seats[0].Start.Equal(at(10, 10, 0)) {
		t.Fatalf("FindGroupSeats = %+v", seats)
	}
	m, sums, err := w.store.FindMeeting(ctx, w.jc.ID, seats[0].MeetingID)
	must(t, err)
	if m.Form != planner.Group || len(sums) != 0 || m.Advisors[0] != w.advisors[0].ID {
		t.Errorf("the session's meeting = %+v, %d summonses", m, len(sums))
	}
	items, err := w.store.FindSyncItems(ctx, w.jc.ID, m.ID)
	must(t, err)
	if len(items) != 1 || items[0].Kind != planner.TargetCalendar || items[0].State != planner.SyncPending {
		t.Errorf("§9 a group session is one calendar event: sync items = %+v", items)
	}
	found, err := w.store.FindOffer(ctx, w.jc.ID, o.ID)
	must(t, err)
	renamed := found
	renamed.Name = "Nyt navn"
	wantKind(t, w.store.UpdateOffer(ctx, renamed), planner.ErrInvalid)
	t.Run("§4.1 new sessions can be added to a group offer", func(t *testing.T) {
		more := found
		more.Sessions = append(more.Sessions, planner.Session{Start: at(17, 10, 0), Advisors: []planner.AdvisorID{w.advisors[1].ID}, Seats: 8})
		must(t, w.store.UpdateOffer(ctx, more))
		seats, err := w.store.FindGroupSeats(ctx, w.jc.ID, o.ID)
		must(t, err)
		if len(seats) != 2 || seats[1].Capacity != 8 || !seats[1].Start.Equal(at(17, 10, 0)) {
			t.Errorf("sessions after the edit = %+v", seats)
		}
	})
	t.Run("§4.1 seats from the room's capacity", func(t *testing.T) {
		o := groupOffer(w, 0, 0)
		o.RoomID, o.Sessions[0].SeatsFromRoom, o.Sessions[0].Start = w.room.ID, true, at(11, 10, 0)
		must(t, w.store.CreateOffer(ctx, &o))
		seats, err := w.store.FindGroupSeats(ctx, w.jc.ID, o.ID)
		must(t, err)
		if len(seats) != 1 || seats[0].Capacity != w.room.Capacity {
			t.Errorf("seats = %+v, want the room's %d", seats, w.room.Capacity)
		}
	})
}

// groupOffer is a group offer with one session on Tuesday 10 March 10:00–11:00.
func groupOffer(w *world, seats, kept int) planner.Offer {
	o := w.offer
	o.ID, o.Name, o.Form, o.StartMinutes, o.FirstMeetingDate = 0, "Workshop: jobsøgning", planner.Group, nil, planner.Date{}
	o.DurationMinutes, o.ReportingMinutes = 60, 0
	o.Sessions = []planner.Session{{Start: at(10, 10, 0), Advisors: []planner.AdvisorID{w.advisors[0].ID}, Seats: seats, RebookSeats: kept}}
	return o
}

func testAbsences(t *testing.T, open Opener) {
	ctx := context.Background()
	w := newWorld(t, open)
	a := planner.Absence{AdvisorID: w.advisors[1].ID, Interval: planner.Interval{Start: at(3, 0, 0), End: at(4, 0, 0)}, Note: "Kursus"}
	must(t, w.store.CreateAbsence(ctx, w.jc.ID, &a))
	got, err := w.store.FindAbsences(ctx, w.jc.ID, planner.Interval{Start: at(2, 0, 0), End: at(9, 0, 0)})
	must(t, err)
	if len(got) != 1 || got[0].Note != "Kursus" || !got[0].Start.Equal(a.Start) {
		t.Fatalf("FindAbsences = %+v", got)
	}
	busy, err := w.store.FindBusy(ctx, w.jc.ID, planner.BusyQuery{Advisors: []planner.AdvisorID{a.AdvisorID}, Interval: planner.Interval{Start: at(2, 0, 0), End: at(9, 0, 0)}})
	must(t, err)
	if b := busy.Advisors[a.AdvisorID]; len(b) != 1 || b[0].Kind != planner.BusyAbsence {
		t.Errorf("§5 an absence is busy time: %+v", b)
	}
	a.End, a.Note = at(5, 0, 0), "Kursus, forlænget"
	must(t, w.store.UpdateAbsence(ctx, w.jc.ID, a))
	got, err = w.store.FindAbsences(ctx, w.jc.ID, planner.Interval{Start: at(4, 12, 0), End: at(4, 13, 0)})
	must(t, err)
	if len(got) != 1 || got[0].Note != "Kursus, forlænget" {
		t.Errorf("§3 a changed absence = %+v", got)
	}
	must(t, w.store.DeleteAbsence(ctx, w.jc.ID, a.ID))
	wantKind(t, w.store.DeleteAbsence(ctx, w.jc.ID, a.ID), planner.ErrNotFound)
}

func testTemplates(t *testing.T, open Opener) {
	ctx := context.Background()
	w := newWorld(t, open)
	tpl := planner.Template{JobcenterID: w.jc.ID, Name: "Jobsamtale 30 min", Fields: planner.Offer{MeetingType: "Jobsamtale", DurationMinutes: 30, StartMinutes: []int{0, 30}}}
	must(t, w.store.CreateTemplate(ctx, &tpl))
	tpl.Fields.ReportingMinutes = 15
	must(t, w.store.UpdateTemplate(ctx, tpl))
	got, err := w.store.FindTemplates(ctx, w.jc.ID)
	must(t, err)
	if len(got) != 1 || got[0].Fields.ReportingMinutes != 15 || got[0].Fields.DurationMinutes != 30 {
		t.Fatalf("FindTemplates = %+v", got)
	}
	o := got[0].Apply(planner.Offer{Name: "Nyt tilbud"})
	if o.MeetingType != "Jobsamtale" || o.TemplateID != tpl.ID {
		t.Errorf("§4.1 the template pre-fills the offer: %+v", o)
	}
	wantKind(t, w.store.CreateTemplate(ctx, &planner.Template{JobcenterID: w.jc.ID}), planner.ErrInvalid)
	must(t, w.store.DeleteTemplate(ctx, w.jc.ID, tpl.ID))
	wantKind(t, w.store.DeleteTemplate(ctx, w.jc.ID, tpl.ID), planner.ErrNotFound)
}

func testTokens(t *testing.T, open Opener) {
	ctx := context.Background()
	w := newWorld(t, open)
	hash := make([]byte, 32)
	hash[0] = 7
	tok := planner.Token{JobcenterID: w.jc.ID, Role: planner.RolePortal, Name: "Jobnet", Hash: hash}
	must(t, w.store.CreateToken(ctx, &tok))
	got, err := w.store.FindTokenByHash(ctx, hash)
	must(t, err)
	if got.ID != tok.ID || got.Role != planner.RolePortal || got.JobcenterID != w.jc.ID || got.Name != "Jobnet" {
		t.Errorf("FindTokenByHash = %+v", got)
	}
	other := make([]byte, 32)
	_, err = w.store.FindTokenByHash(ctx, other)
	wantKind(t, err, planner.ErrNotFound)
	dup := planner.Token{JobcenterID: w.jc.ID, Role: planner.RoleAdmin, Name: "x", Hash: hash}
	wantKind(t, w.store.CreateToken(ctx, &dup), planner.ErrConflict)
	wantKind(t, w.store.CreateToken(ctx, &planner.Token{JobcenterID: w.jc.ID, Role: "root", Name: "x", Hash: other}), planner.ErrInvalid)
	t.Run("a job centre's tokens are listed without their hashes", func(t *testing.T) {
		list, err := w.store.FindTokens(ctx, w.jc.ID)
		must(t, err)
		if len(list) != 1 || list[0].ID != tok.ID || list[0].Name != "Jobnet" || list[0].Hash != nil {
			t.Errorf("FindTokens = %+v", list)
		}
	})
	t.Run("a revoked token is not found again", func(t *testing.T) {
		wantKind(t, w.store.DeleteToken(ctx, w.jc.ID+1, tok.ID), planner.ErrNotFound)
		must(t, w.store.DeleteToken(ctx, w.jc.ID, tok.ID))
		_, err := w.store.FindTokenByHash(ctx, hash)
		wantKind(t, err, planner.ErrNotFound)
		wantKind(t, w.store.DeleteToken(ctx, w.jc.ID, tok.ID), planner.ErrNotFound)
	})
}
