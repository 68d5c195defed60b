package storetest

import (
	"context"
	"testing"
	"time"

	"github.com/planner-dk/planner/planner"
)

// testAccessLog: the access log of citizens' personal data (issue 21) —
// entries found by CPR and by actor, a change logged in its own
// transaction or not at all, the chain verified, retention.
func testAccessLog(t *testing.T, open Opener) {
	ctx := context.Background()
	w := newWorld(t, open)
	c1, c2 := w.citizen(t, 1), w.citizen(t, 2)
	actor := planner.Actor{JobcenterID: w.jc.ID, Role: planner.RoleAdvisor, Name: "Bo Poulsen", PersonID: 7}
	actx := planner.NewContextWithActor(ctx, actor)
	of := func(cs ...planner.Citizen) []planner.AccessCitizen {
		var out []planner.AccessCitizen
		for _, c := range cs {
			out = append(out, planner.AccessCitizen{ID: c.ID, CPR: c.CPR})
		}
		return out
	}
	day := planner.AccessFilter{From: now.Add(-time.Hour), To: now.Add(time.Hour)}
	t.Run("citizens are read many at once, unknown ids left out", func(t *testing.T) {
		got, err := w.store.FindCitizens(ctx, w.jc.ID, []planner.CitizenID{c2.ID, 999999, c1.ID, c1.ID})
		must(t, err)
		if len(got) != 2 || got[0].ID != c1.ID || got[1].ID != c2.ID || got[1].CPR != c2.CPR {
			t.Errorf("FindCitizens = %+v", got)
		}
	})

	must(t, w.store.LogAccess(ctx, planner.NewAccess(actx, planner.AccessCitizenRead, "GET /api/citizens/{id}", of(c1)...)))
	list := planner.NewAccess(actx, planner.AccessListRead, "POST /api/summonses/query", of(c1, c2)...)
	list.Criterion = "Jensen"
	must(t, w.store.LogAccess(ctx, list))

	t.Run("a citizen's entries are found by their CPR number", func(t *testing.T) {
		f := day
		f.CPR = c1.CPR
		got, err := w.store.FindAccess(ctx, w.jc.ID, f)
		must(t, err)
		if len(got) != 2 || got[0].Action != planner.AccessListRead || got[1].Action != planner.AccessCitizenRead {
			t.Fatalf("entries of citizen 1 = %+v", got)
		}
		if got[0].Criterion != "Jensen" || got[0].Actor != "Bo Poulsen" || got[0].PersonID != 7 || len(got[0].Citizens) != 2 || got[0].Citizens[1].CPR != c2.CPR {
			t.Errorf("the list's entry = %+v", got[0])
		}
		f.CPR = c2.CPR
		if got, _ := w.store.FindAccess(ctx, w.jc.ID, f); len(got) != 1 {
			t.Errorf("entries of citizen 2 = %d, want 1", len(got))
		}
	})
	t.Run("and by the person who used them, within the dates", func(t *testing.T) {
		f := day
		f.PersonID = 7
		if got, _ := w.store.FindAccess(ctx, w.jc.ID, f); len(got) != 2 {
			t.Errorf("entries of person 7 = %d, want 2", len(got))
		}
		f.From = now.Add(time.Minute)
		if got, _ := w.store.FindAccess(ctx, w.jc.ID, f); len(got) != 0 {
			t.Errorf("entries after they were made = %d", len(got))
		}
	})
	t.Run("a change is logged in its own transaction, and a failed one not at all", func(t *testing.T) {
		changed := c1
		changed.Name = "Anna Omdøbt"
		e := planner.NewAccess(actx, planner.AccessCitizenUpdate, "PUT /api/citizens/{id}", of(c1)...)
		must(t, w.store.UpdateCitizen(planner.WithAccess(ctx, e), changed))
		missing := changed
		missing.ID = 999999
		wantKind(t, w.store.UpdateCitizen(planner.WithAccess(ctx, e), missing), planner.ErrNotFound)
		f := day
		f.CPR = c1.CPR
		got, _ := w.store.FindAccess(ctx, w.jc.ID, f)
		if len(got) != 3 || got[0].Action != planner.AccessCitizenUpdate {
			t.Errorf("after one change and one failed: %d entries, want 3, the newest the change", len(got))
		}
	})
	t.Run("another job centre's log is apart", func(t *testing.T) {
		other := planner.Jobcenter{Name: "Albertslund", Zone: "Europe/Copenhagen", SummonsPrefix: 10200, Settings: planner.DefaultSettings()}
		must(t, w.store.CreateJobcenter(ctx, &other))
		f := day
		f.CPR = c1.CPR
		if got, _ := w.store.FindAccess(ctx, other.ID, f); len(got) != 0 {
			t.Errorf("another job centre finds %d entries", len(got))
		}
	})
	t.Run("the chain verifies", func(t *testing.T) {
		n, brk, err := w.store.VerifyAccessLog(ctx, w.jc.ID)
		must(t, err)
		if n != 3 || brk != nil {
			t.Errorf("verify = %d, %+v", n, brk)
		}
	})
	t.Run("retention deletes what is older and the chain still verifies", func(t *testing.T) {
		n, err := w.store.DeleteAccessBefore(ctx, w.jc.ID, now.Add(time.Second))
		must(t, err)
		if n != 3 {
			t.Errorf("deleted %d, want 3", n)
		}
		must(t, w.store.LogAccess(ctx, planner.NewAccess(actx, planner.AccessCitizenRead, "GET /api/citizens/{id}", of(c2)...)))
		checked, brk, err := w.store.VerifyAccessLog(ctx, w.jc.ID)
		must(t, err)
		if checked != 1 || brk != nil {
			t.Errorf("verify after retention = %d, %+v", checked, brk)
		}
	})
}
