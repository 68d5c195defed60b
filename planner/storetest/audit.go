package storetest

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/planner-dk/planner/planner"
)

// testAudit: every change to a meeting, summons or offer is in the revision
// log with who, when and the entity before and after, readable per meeting.
func testAudit(t *testing.T, open Opener) {
	ctx := context.Background()
	w := newWorld(t, open)
	c := w.citizen(t, 1)
	m, s, err := w.svc.Book(ctx, planner.BookRequest{Jobcenter: w.jc.ID, Citizen: c.ID, Offer: w.offer.ID, Time: w.freeTimes(t, c).Times[0], Actor: "jobnet"})
	must(t, err)
	to := planner.MeetingMove{Start: at(20, 10, 0), End: at(20, 10, 30), Advisors: m.Advisors}
	_, err = w.svc.MoveMeeting(ctx, w.jc.ID, m.ID, to, "Bo Poulsen")
	must(t, err)
	must(t, w.svc.Cancel(ctx, w.jc.ID, c.ID, s.ID, "jobnet"))

	log, err := w.store.FindAudit(ctx, w.jc.ID, planner.AuditMeeting, int64(m.ID))
	must(t, err)
	var got []string
	for _, e := range log {
		got = append(got, string(e.Entity)+":"+e.Action+":"+e.Actor)
		if e.At.IsZero() {
			t.Errorf("entry %d has no time", e.ID)
		}
		if strings.Contains(string(e.Before)+string(e.After), c.CPR.Digits()) {
			t.Errorf("entry %d holds the CPR number", e.ID)
		}
	}
	want := []string{"meeting:create:jobnet", "summons:create:jobnet", "meeting:move:Bo Poulsen", "summons:cancel:jobnet", "meeting:cancel:jobnet"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Fatalf("revision log = %v, want %v", got, want)
	}
	var before, after planner.Meeting
	must(t, json.Unmarshal(log[2].Before, &before))
	must(t, json.Unmarshal(log[2].After, &after))
	if !before.Start.Equal(m.Start) || !after.Start.Equal(to.Start) {
		t.Errorf("the move's before/after = %s → %s, want %s → %s", before.Start, after.Start, m.Start, to.Start)
	}
	if log[0].Before != nil || log[4].After != nil {
		t.Error("a creation has no before and a cancellation no after")
	}

	t.Run("offer edits are logged", func(t *testing.T) {
		o := w.offer
		o.Name, o.ChangedBy = "Jobsamtale (ny)", "Maria Skifter"
		must(t, w.store.UpdateOffer(ctx, o))
		log, err := w.store.FindAudit(ctx, w.jc.ID, planner.AuditOffer, int64(o.ID))
		must(t, err)
		if len(log) != 2 || log[1].Action != "update" || log[1].Actor != "Maria Skifter" ||
			!strings.Contains(string(log[1].Before), `"Jobsamtale"`) || !strings.Contains(string(log[1].After), "Jobsamtale (ny)") {
			t.Errorf("offer log = %+v", log)
		}
	})
}
