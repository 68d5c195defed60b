package sync

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/planner-dk/planner/planner"
)

// ownEvent is Planner's event of meeting 41 in advisor 7's calendar.
var ownEvent = Event{MeetingID: 41, AdvisorID: 7, Domain: "glostrup.dk", Version: 1,
	Start: time.Date(2026, 3, 2, 9, 0, 0, 0, cph), End: time.Date(2026, 3, 2, 9, 45, 0, 0, cph),
	Summary: "Samtale", Zone: cph, Stamp: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}

const ownHref = "/advisor/cal/planner-41-7.ics"

func ownTarget(etag string) *Target {
	return &Target{MeetingID: 41, AdvisorID: 7, Href: ownHref, ETag: etag, OwnedHash: ownEvent.OwnedHash()}
}

func externals(n int) map[string]Known {
	known := map[string]Known{}
	for i := range n {
		h := fmt.Sprintf("/advisor/cal/ext-%d.ics", i)
		known[h] = Known{Ref: Ref{Href: h, ETag: "e1"}, Hash: "h"}
	}
	return known
}

// TestPlanPull: the pull's decisions (SPEC §9, PROTOCOLS.md §4.2–§4.3, issue
// 5 §4), each as a rule.
func TestPlanPull(t *testing.T) {
	ext := Object{Ref: Ref{Href: "/advisor/cal/ext-new.ics", ETag: "n1"}, Data: event("DTSTART:20260302T080000Z", "DURATION:PT1H", "SUMMARY:Tandlæge")}
	edited := ownEvent
	edited.Start = edited.Start.Add(time.Hour)
	edited.End = edited.End.Add(time.Hour)
	withAlarm := []byte(string(ownEvent.Encode()[:len(ownEvent.Encode())-len("END:VEVENT\r\nEND:VCALENDAR\r\n")]) +
		"BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT15M\r\nDESCRIPTION:x\r\nEND:VALARM\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
	o := Options{From: utc("2026-01-01T00:00Z"), To: utc("2026-12-31T00:00Z"), Zone: cph}

	t.Run("§9 an external appointment is stored with its busy items", func(t *testing.T) {
		plan := mustPlan(t, map[string]Known{}, Changes{Cursor: "c2", Changed: []Ref{ext.Ref}}, []Object{ext}, o)
		if len(plan.Upsert) != 1 || len(plan.Upsert[0].Items) != 1 || plan.Upsert[0].Items[0].Summary != "Tandlæge" || plan.Cursor != "c2" {
			t.Fatalf("plan = %+v", plan)
		}
	})
	t.Run("§3.3 a new etag with the same meaning is stored but is not a change", func(t *testing.T) {
		p, err := Parse(ext.Data, o)
		if err != nil {
			t.Fatal(err)
		}
		known := map[string]Known{ext.Href: {Ref: Ref{Href: ext.Href, ETag: "n0"}, Hash: p.Hash}}
		rewritten := Object{Ref: ext.Ref, Data: []byte(strings.Replace(string(ext.Data), "DTSTAMP:20260101T000000Z", "DTSTAMP:20260301T101010Z", 1))}
		plan := mustPlan(t, known, Changes{Changed: []Ref{ext.Ref}}, []Object{rewritten}, o)
		if len(plan.Upsert) != 1 || plan.Upsert[0].Changed || plan.Upsert[0].ETag != "n1" {
			t.Fatalf("plan = %+v; want the new etag stored, not marked changed", plan.Upsert)
		}
		plan = mustPlan(t, map[string]Known{}, Changes{Changed: []Ref{ext.Ref}}, []Object{ext}, o)
		if !plan.Upsert[0].Changed {
			t.Fatal("a new object is not marked changed")
		}
	})
	t.Run("a poll with no change reads nothing", func(t *testing.T) {
		known := externals(3)
		known[ownHref] = Known{Ref: Ref{Href: ownHref, ETag: "o1"}, Target: ownTarget("o1")}
		var refs []Ref
		for _, k := range known {
			refs = append(refs, k.Ref)
		}
		if got := ToFetch(known, Changes{Full: true, Changed: refs}); len(got) != 0 {
			t.Fatalf("ToFetch = %v, want nothing", got)
		}
	})
	t.Run("an external delete removes the object", func(t *testing.T) {
		plan := mustPlan(t, externals(3), Changes{Deleted: []string{"/advisor/cal/ext-1.ics"}}, nil, o)
		if fmt.Sprint(plan.Remove) != "[/advisor/cal/ext-1.ics]" {
			t.Fatalf("remove = %v", plan.Remove)
		}
	})
	t.Run("a full listing deletes what it no longer lists", func(t *testing.T) {
		known := externals(3)
		plan := mustPlan(t, known, Changes{Full: true, Changed: []Ref{known["/advisor/cal/ext-0.ics"].Ref, known["/advisor/cal/ext-2.ics"].Ref}}, nil, o)
		if fmt.Sprint(plan.Remove) != "[/advisor/cal/ext-1.ics]" {
			t.Fatalf("remove = %v", plan.Remove)
		}
	})
	t.Run("issue 5 §4 an empty listing of a full calendar is not believed", func(t *testing.T) {
		_, err := PlanPull(externals(40), Changes{Full: true}, nil, nil, o, Guard{})
		if !errors.Is(err, ErrMassDeletion) {
			t.Fatalf("err = %v, want ErrMassDeletion", err)
		}
	})
	t.Run("issue 5 §4 a small calendar may be emptied", func(t *testing.T) {
		plan := mustPlan(t, externals(3), Changes{Full: true}, nil, o)
		if len(plan.Remove) != 3 {
			t.Fatalf("remove = %v", plan.Remove)
		}
	})
	t.Run("§4.3 a Planner event with an alarm added is adopted, not restored", func(t *testing.T) {
		known := map[string]Known{ownHref: {Ref: Ref{Href: ownHref, ETag: "o1"}, Target: ownTarget("o1")}}
		obj := Object{Ref: Ref{Href: ownHref, ETag: "o2"}, Data: withAlarm}
		plan := mustPlan(t, known, Changes{Changed: []Ref{obj.Ref}}, []Object{obj}, o)
		if len(plan.Adopt) != 1 || len(plan.Restore)+len(plan.Upsert) != 0 {
			t.Fatalf("plan = %+v", plan)
		}
	})
	t.Run("§2 a Planner event moved in the mail calendar is restored", func(t *testing.T) {
		known := map[string]Known{ownHref: {Ref: Ref{Href: ownHref, ETag: "o1"}, Target: ownTarget("o1")}}
		obj := Object{Ref: Ref{Href: ownHref, ETag: "o2"}, Data: edited.Encode()}
		plan := mustPlan(t, known, Changes{Changed: []Ref{obj.Ref}}, []Object{obj}, o)
		if len(plan.Restore) != 1 || plan.Restore[0].Deleted || plan.Restore[0].ETag != "o2" || len(plan.Upsert) != 0 {
			t.Fatalf("plan = %+v; want one restore and no busy item", plan)
		}
	})
	t.Run("§2 a Planner event deleted in the mail calendar is recreated", func(t *testing.T) {
		known := map[string]Known{ownHref: {Ref: Ref{Href: ownHref, ETag: "o1"}, Target: ownTarget("o1")}}
		plan := mustPlan(t, known, Changes{Deleted: []string{ownHref}}, nil, o)
		if len(plan.Restore) != 1 || !plan.Restore[0].Deleted || len(plan.Remove) != 0 {
			t.Fatalf("plan = %+v", plan)
		}
	})
	t.Run("§4.3 no restore while Planner's own write is pending", func(t *testing.T) {
		tg := ownTarget("o1")
		tg.Pending = true
		known := map[string]Known{ownHref: {Ref: Ref{Href: ownHref, ETag: "o1"}, Target: tg}}
		obj := Object{Ref: Ref{Href: ownHref, ETag: "o2"}, Data: edited.Encode()}
		plan := mustPlan(t, known, Changes{Changed: []Ref{obj.Ref}, Deleted: nil}, []Object{obj}, o)
		if len(plan.Restore) != 0 {
			t.Fatalf("plan = %+v", plan)
		}
	})
	t.Run("§4.2 a create confirmed after a crash between PUT and commit is adopted", func(t *testing.T) {
		known := map[string]Known{ownHref: {Ref: Ref{Href: ownHref}, Target: ownTarget("")}}
		obj := Object{Ref: Ref{Href: ownHref, ETag: "o1"}, Data: ownEvent.Encode()}
		if got := ToFetch(known, Changes{Changed: []Ref{obj.Ref}}); len(got) != 1 {
			t.Fatalf("ToFetch = %v", got)
		}
		plan := mustPlan(t, known, Changes{Changed: []Ref{obj.Ref}}, []Object{obj}, o)
		if len(plan.Adopt) != 1 || plan.Adopt[0].ETag != "o1" {
			t.Fatalf("plan = %+v", plan)
		}
	})
	t.Run("§4.2 a copy of a Planner event is not imported as busy time", func(t *testing.T) {
		obj := Object{Ref: Ref{Href: "/advisor/cal/copy.ics", ETag: "c1"}, Data: ownEvent.Encode()}
		plan := mustPlan(t, map[string]Known{}, Changes{Changed: []Ref{obj.Ref}}, []Object{obj}, o)
		if len(plan.Stray) != 1 || len(plan.Upsert) != 0 {
			t.Fatalf("plan = %+v", plan)
		}
	})
	t.Run("an unreadable object is quarantined and its old version kept", func(t *testing.T) {
		known := externals(2)
		bad := Object{Ref: Ref{Href: "/advisor/cal/ext-0.ics", ETag: "e2"}, Data: []byte("BEGIN:VCALENDAR\r\nnonsense")}
		plan := mustPlan(t, known, Changes{Changed: []Ref{bad.Ref}}, []Object{bad}, o)
		if _, ok := plan.Quarantined[bad.Href]; !ok || len(plan.Remove)+len(plan.Upsert) != 0 {
			t.Fatalf("plan = %+v", plan)
		}
	})
}

func mustPlan(t *testing.T, known map[string]Known, ch Changes, objs []Object, o Options) PullPlan {
	t.Helper()
	plan, err := PlanPull(known, ch, objs, nil, o, Guard{})
	if err != nil {
		t.Fatal(err)
	}
	return plan
}

func TestConflicts(t *testing.T) {
	m := planner.Meeting{ID: 41, Advisors: []planner.AdvisorID{7}, Start: utc("2026-03-02T08:00Z"), End: utc("2026-03-02T08:30Z"), ReportingMinutes: 15}
	items := map[string][]Item{
		"/a.ics": {{Start: utc("2026-03-02T08:40Z"), End: utc("2026-03-02T09:00Z")}}, // over the reporting time
		"/b.ics": {{Start: utc("2026-03-02T08:45Z"), End: utc("2026-03-02T09:00Z")}}, // just after
	}
	got := Conflicts(7, items, []planner.Meeting{m})
	if len(got) != 1 || got[0].Href != "/a.ics" || got[0].MeetingID != 41 {
		t.Fatalf("conflicts = %+v; want /a.ics only (§2: reporting time blocks)", got)
	}
	if got := Conflicts(8, items, []planner.Meeting{m}); len(got) != 0 {
		t.Fatalf("another advisor's meeting gave %+v", got)
	}
}

// TestRestoreLimit: PROTOCOLS.md §4.3 — an event restored MaxRestores times
// within an hour is not restored again until the hour has passed, so an
// advisor and Planner cannot ping-pong.
func TestRestoreLimit(t *testing.T) {
	clock := utc("2026-03-02T08:00Z")
	e := &Engine{Now: func() time.Time { return clock }, MaxRestores: 2}
	k := restoreKey{41, 7}
	if !e.mayRestore(k) || !e.mayRestore(k) {
		t.Fatal("the first two restores were refused")
	}
	if e.mayRestore(k) {
		t.Fatal("a third restore within the hour was allowed")
	}
	if !e.mayRestore(restoreKey{42, 7}) {
		t.Fatal("another event's restore was refused")
	}
	clock = clock.Add(61 * time.Minute)
	if !e.mayRestore(k) {
		t.Fatal("a restore after the hour was refused")
	}
}
