package storetest

import (
	"context"
	"errors"
	"strconv"
	"testing"
	"time"

	"github.com/planner-dk/planner/planner"
)

// testRegisters: the registers the rules need (issue 22 point 3, guide B):
// the job centre's other actors, its own person-group marks next to the
// state and region marks imported from the national data hub, and the
// fixed sickness-benefit categories — so that rules naming them can be
// saved, and nothing a rule names can be deleted under it.
func testRegisters(t *testing.T, open Opener) {
	ctx := context.Background()
	w := newWorld(t, open)

	t.Run("an other actor is registered, renamed and offered to referral rules", func(t *testing.T) {
		a := planner.OtherActor{JobcenterID: w.jc.ID, Name: "Jobhuset", CVR: "12345678"}
		must(t, w.store.CreateOtherActor(ctx, &a))
		a.Name = "Jobhuset ApS"
		must(t, w.store.UpdateOtherActor(ctx, a))
		rc, err := w.store.FindRuleContext(ctx, w.jc.ID)
		must(t, err)
		if rc.OtherActors[a.ID] != "Jobhuset ApS" || len(rc.SicknessCategories) != 3 {
			t.Fatalf("rule context = %+v, want the actor and the sickness categories", rc)
		}
		o := w.offer
		o.ID, o.Name = 0, "Henviste borgere"
		o.Rules = planner.RuleSet{Groups: []planner.RuleGroup{{Match: planner.MatchAll, Rules: []planner.Rule{
			{Type: planner.RuleReferral, Cond: planner.CondHas, Value: strconv.FormatInt(int64(a.ID), 10)},
			{Type: planner.RuleSicknessCategory, Cond: planner.CondEq, Value: "Kategori 2"},
		}}}}
		must(t, w.store.CreateOffer(ctx, &o))
		if err := w.store.DeleteOtherActor(ctx, w.jc.ID, a.ID); !errors.Is(err, planner.ErrConflict) {
			t.Errorf("deleting an actor a rule names = %v, want ErrConflict", err)
		}
		o.Rules.Groups[0].Rules = o.Rules.Groups[0].Rules[1:]
		must(t, w.store.UpdateOffer(ctx, o))
		must(t, w.store.DeleteOtherActor(ctx, w.jc.ID, a.ID))
		if err := w.store.UpdateOtherActor(ctx, a); !errors.Is(err, planner.ErrNotFound) {
			t.Errorf("renaming a deleted actor = %v, want ErrNotFound", err)
		}
	})

	t.Run("variants of the fixed meeting types: offers choose from them, a rename follows, one in use stays", func(t *testing.T) {
		v := planner.Variant{JobcenterID: w.jc.ID, MeetingType: "Jobsamtale", Name: "Ledige akademikere"}
		must(t, w.store.CreateVariant(ctx, &v))
		if err := w.store.CreateVariant(ctx, &planner.Variant{JobcenterID: w.jc.ID, MeetingType: "Jobsamtale", Name: "Ledige akademikere"}); !errors.Is(err, planner.ErrConflict) {
			t.Errorf("a second variant of the same name = %v, want ErrConflict", err)
		}
		var fe *planner.FieldError
		if err := w.store.CreateVariant(ctx, &planner.Variant{JobcenterID: w.jc.ID, MeetingType: "Kaffemøde", Name: "x"}); !errors.As(err, &fe) || fe.Field != "meetingType" {
			t.Errorf("a variant of no meeting type = %v, want a field error on meetingType", err)
		}
		o := w.offer
		o.ID, o.Name, o.Variant = 0, "Akademikersamtale", "Ledige akademikere"
		must(t, w.store.CreateOffer(ctx, &o))
		bad := o
		bad.ID, bad.Variant = 0, "Findes ikke"
		if err := w.store.CreateOffer(ctx, &bad); !errors.As(err, &fe) || fe.Field != "variant" {
			t.Errorf("an offer of an unknown variant = %v, want a field error on variant", err)
		}
		bad.Variant, bad.MeetingType = "", "Kaffemøde"
		if err := w.store.CreateOffer(ctx, &bad); !errors.As(err, &fe) || fe.Field != "meetingType" {
			t.Errorf("an offer of no meeting type = %v, want a field error on meetingType", err)
		}
		v.Name = "Nyuddannede akademikere"
		must(t, w.store.UpdateVariant(ctx, v))
		got, err := w.store.FindOffer(ctx, w.jc.ID, o.ID)
		must(t, err)
		if got.Variant != "Nyuddannede akademikere" {
			t.Errorf("the offer's variant after the rename = %q", got.Variant)
		}
		if err := w.store.DeleteVariant(ctx, w.jc.ID, v.ID); !errors.Is(err, planner.ErrConflict) {
			t.Errorf("deleting a variant an offer is of = %v, want ErrConflict", err)
		}
		if err := w.store.UpdateVariant(ctx, planner.Variant{ID: v.ID + 1000, JobcenterID: w.jc.ID, Name: "x"}); !errors.Is(err, planner.ErrNotFound) {
			t.Errorf("renaming an unknown variant = %v, want ErrNotFound", err)
		}
		got.Variant = ""
		must(t, w.store.UpdateOffer(ctx, got))
		must(t, w.store.DeleteVariant(ctx, w.jc.ID, v.ID))
	})

	t.Run("a rule naming an unknown sickness category is refused", func(t *testing.T) {
		o := w.offer
		o.ID = 0
		o.Rules = planner.RuleSet{Groups: []planner.RuleGroup{{Match: planner.MatchAll, Rules: []planner.Rule{{Type: planner.RuleSicknessCategory, Cond: planner.CondEq, Value: "Kategori 9"}}}}}
		var fe *planner.FieldError
		if err := w.store.CreateOffer(ctx, &o); !errors.As(err, &fe) {
			t.Errorf("= %v, want a field error", err)
		}
	})

	t.Run("another job centre's actor is not found", func(t *testing.T) {
		other := planner.Jobcenter{Name: "Albertslund", Zone: "Europe/Copenhagen", SummonsPrefix: 10200, Settings: planner.DefaultSettings()}
		must(t, w.store.CreateJobcenter(ctx, &other))
		a := planner.OtherActor{JobcenterID: other.ID, Name: "Fremmed aktør"}
		must(t, w.store.CreateOtherActor(ctx, &a))
		if err := w.store.DeleteOtherActor(ctx, w.jc.ID, a.ID); !errors.Is(err, planner.ErrNotFound) {
			t.Errorf("= %v, want ErrNotFound", err)
		}
		mine, err := w.store.FindOtherActors(ctx, w.jc.ID)
		must(t, err)
		for _, x := range mine {
			if x.ID == a.ID {
				t.Errorf("another job centre's actor listed: %+v", x)
			}
		}
	})

	t.Run("own marks are kept by the job centre; a mark in use stays", func(t *testing.T) {
		m := planner.Mark{Name: "Ungeindsats", Level: planner.MarkJobcenter, JobcenterID: w.jc.ID, BindsAdvisor: true}
		must(t, w.store.CreateMark(ctx, &m))
		m.Name = "Ungeindsatsen"
		must(t, w.store.UpdateMark(ctx, m))
		marks, err := w.store.FindMarks(ctx, w.jc.ID)
		must(t, err)
		if marks[m.ID].Name != "Ungeindsatsen" || !marks[m.ID].BindsAdvisor {
			t.Errorf("marks = %+v", marks)
		}
		c := w.citizen(t, 41)
		c.Marks = []planner.MarkID{m.ID}
		must(t, w.store.UpdateCitizen(ctx, c))
		if err := w.store.DeleteMark(ctx, w.jc.ID, m.ID); !errors.Is(err, planner.ErrConflict) {
			t.Errorf("deleting a mark a citizen carries = %v, want ErrConflict", err)
		}
		c.Marks = nil
		must(t, w.store.UpdateCitizen(ctx, c))
		must(t, w.store.DeleteMark(ctx, w.jc.ID, m.ID))
	})

	t.Run("the hub's marks are imported by code: added once, then changed", func(t *testing.T) {
		hub := []planner.Mark{
			{Code: "STAT-1", Name: "Seniorjob", Level: planner.MarkState},
			{Code: "REG-H-7", Name: "Hovedstadens projekt", Level: planner.MarkRegion, Region: "Hovedstaden"},
			{Code: "REG-S-2", Name: "Syddanmarks projekt", Level: planner.MarkRegion, Region: "Syddanmark"},
		}
		added, changed, err := w.store.ImportMarks(ctx, hub)
		must(t, err)
		if added != 3 || changed != 0 {
			t.Errorf("first import = %d added, %d changed, want 3, 0", added, changed)
		}
		hub[0].Name = "Seniorjob (ny)"
		added, changed, err = w.store.ImportMarks(ctx, hub)
		must(t, err)
		if added != 0 || changed != 1 {
			t.Errorf("second import = %d added, %d changed, want 0, 1", added, changed)
		}
		marks, err := w.store.FindMarks(ctx, w.jc.ID)
		must(t, err)
		names := map[string]bool{}
		for _, m := range marks {
			names[m.Name] = true
			if m.Level != planner.MarkJobcenter {
				if err := w.store.UpdateMark(ctx, planner.Mark{ID: m.ID, JobcenterID: w.jc.ID, Name: "Overtaget"}); !errors.Is(err, planner.ErrNotFound) {
					t.Errorf("a job centre changing the hub's mark %q = %v, want ErrNotFound", m.Name, err)
				}
			}
		}
		// §4.2: Glostrup (region Hovedstaden) sees the state mark and its region's, not Syddanmark's
		if !names["Seniorjob (ny)"] || !names["Hovedstadens projekt"] || names["Syddanmarks projekt"] {
			t.Errorf("visible marks = %v", names)
		}
		if _, _, err := w.store.ImportMarks(ctx, []planner.Mark{{Name: "Uden kode", Level: planner.MarkState}}); err == nil {
			t.Error("a hub mark without a code was imported")
		}
	})

	t.Run("a mark that binds an advisor books the citizen with that advisor only", func(t *testing.T) {
		m := planner.Mark{Name: "Fast vejleder", Level: planner.MarkJobcenter, JobcenterID: w.jc.ID, BindsAdvisor: true}
		must(t, w.store.CreateMark(ctx, &m))
		sarah := w.advisors[1]
		sarah.Marks = []planner.MarkID{m.ID}
		must(t, w.store.UpdateAdvisor(ctx, sarah))
		c := w.citizen(t, 42)
		c.Marks = []planner.MarkID{m.ID}
		must(t, w.store.UpdateCitizen(ctx, c))
		o := w.offer
		o.ID, o.Name = 0, "Fast vejleder-samtale"
		o.Rules = planner.RuleSet{Groups: []planner.RuleGroup{{Match: planner.MatchAll, Rules: []planner.Rule{
			{Type: planner.RuleMark, Cond: planner.CondHas, Value: strconv.FormatInt(int64(m.ID), 10)},
		}}}}
		must(t, w.store.CreateOffer(ctx, &o))
		res, err := w.svc.FreeTimes(ctx, planner.FreeTimesRequest{Jobcenter: w.jc.ID, Citizen: c.ID, Offer: o.ID})
		must(t, err)
		if len(res.Times) == 0 {
			t.Fatal("no free times for the marked citizen")
		}
		for _, ft := range res.Times {
			if ft.Advisor != 0 && ft.Advisor != sarah.ID {
				t.Fatalf("free time with advisor %d, want only %d (the mark binds)", ft.Advisor, sarah.ID)
			}
		}
		ft := res.Times[0]
		m1, _, err := w.svc.Book(ctx, planner.BookRequest{Jobcenter: w.jc.ID, Citizen: c.ID, Offer: o.ID, Time: ft, Actor: "jobnet"})
		must(t, err)
		if m1.Responsible() != sarah.ID || !m1.Start.After(now.Add(-time.Hour)) {
			t.Errorf("booked with %d, want %d", m1.Responsible(), sarah.ID)
		}
	})
}
