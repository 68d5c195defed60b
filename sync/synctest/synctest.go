// Package synctest is the contract every sync.Connector passes, run against
// real servers (Radicale and Xandikos for CalDAV): listing, incremental
// changes, conditional writes and the error kinds the engine decides by.
package synctest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	calsync "github.com/planner-dk/planner/sync"
)

// Harness makes connectors for the suite.
type Harness struct {
	// New returns a connector to a new, empty calendar of its own.
	New func(t *testing.T) calsync.Connector
	// Unauthorized returns a connector to a calendar of the same server
	// whose credentials the server refuses.
	Unauthorized func(t *testing.T) calsync.Connector
	// StaleCursor turns a cursor the connector returned into one of the
	// same form that the remote does not know (an expired sync token); nil
	// for a remote whose listing has no cursor that can expire.
	StaleCursor func(cursor string) string
	// ForeignUIDs reports a remote that keeps no iCalendar UID a client
	// sets (Microsoft Graph v1.0): two objects with one UID are then two
	// objects, and Planner's one-event-per-meeting rests on its own marker.
	ForeignUIDs bool
}

// Event returns a one-event VCALENDAR with the given UID, starting at start
// for 30 minutes.
func Event(uid string, start time.Time, summary string) []byte {
	const layout = "20060102T150405Z"
	return fmt.Appendf(nil, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Planner//synctest//EN\r\n"+
		"BEGIN:VEVENT\r\nUID:%s\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:%s\r\nDTEND:%s\r\nSUMMARY:%s\r\n"+
		"END:VEVENT\r\nEND:VCALENDAR\r\n",
		uid, start.UTC().Format(layout), start.Add(30*time.Minute).UTC().Format(layout), summary)
}

var t0 = time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)

// Run runs the contract against h.
func Run(t *testing.T, h Harness) {
	t.Run("Create then create again is ErrPrecondition", func(t *testing.T) {
		ctx, c := context.Background(), h.New(t)
		href := c.Href("planner-1-1")
		if _, err := c.Create(ctx, href, Event("planner-1-1@test", t0, "Samtale")); err != nil {
			t.Fatalf("Create: %v", err)
		}
		// a retry after a crash between PUT and commit never makes a second event
		_, err := c.Create(ctx, href, Event("planner-1-1@test", t0, "Samtale"))
		if !errors.Is(err, calsync.ErrPrecondition) {
			t.Fatalf("second Create = %v, want ErrPrecondition", err)
		}
		ch := mustChanges(t, c, "")
		if len(ch.Changed) != 1 {
			t.Fatalf("listing holds %d objects, want 1", len(ch.Changed))
		}
	})
	t.Run("Update needs the current etag", func(t *testing.T) {
		ctx, c := context.Background(), h.New(t)
		ref := mustCreate(t, c, c.Href("planner-2-1"), Event("planner-2-1@test", t0, "Samtale"))
		href, etag := ref.Href, ref.ETag
		if _, err := c.Update(ctx, href, `"stale"`, Event("planner-2-1@test", t0, "Flyttet")); !errors.Is(err, calsync.ErrPrecondition) {
			t.Fatalf("Update with a stale etag = %v, want ErrPrecondition", err)
		}
		etag2, err := c.Update(ctx, href, etag, Event("planner-2-1@test", t0.Add(time.Hour), "Flyttet"))
		if err != nil || etag2 == "" || etag2 == etag {
			t.Fatalf("Update = %q, %v; want a new etag", etag2, err)
		}
		objs := mustFetch(t, c, href)
		if len(objs) != 1 || objs[0].ETag != etag2 || !containsLine(objs[0].Data, "SUMMARY:Flyttet") {
			t.Fatalf("Fetch after Update = %+v, want the new version", objs)
		}
	})
	t.Run("Delete needs the current etag", func(t *testing.T) {
		ctx, c := context.Background(), h.New(t)
		ref := mustCreate(t, c, c.Href("planner-3-1"), Event("planner-3-1@test", t0, "Samtale"))
		href, etag := ref.Href, ref.ETag
		if err := c.Delete(ctx, href, `"stale"`); !errors.Is(err, calsync.ErrPrecondition) {
			t.Fatalf("Delete with a stale etag = %v, want ErrPrecondition", err)
		}
		if err := c.Delete(ctx, href, etag); err != nil {
			t.Fatalf("Delete: %v", err)
		}
		if err := c.Delete(ctx, href, ""); !errors.Is(err, calsync.ErrNotFound) {
			t.Fatalf("Delete of a deleted object = %v, want ErrNotFound", err)
		}
	})
	t.Run("Same UID at another href is ErrUIDConflict", func(t *testing.T) {
		ctx, c := context.Background(), h.New(t)
		a := mustCreate(t, c, c.Href("copy-a"), Event("planner-4-1@test", t0, "Samtale"))
		b, err := c.Create(ctx, c.Href("copy-b"), Event("planner-4-1@test", t0, "Samtale"))
		if h.ForeignUIDs {
			// no UID to conflict: two names are two objects, never one
			// overwritten by the other
			if err != nil || b.Href == a.Href || len(mustChanges(t, c, "").Changed) != 2 {
				t.Fatalf("second Create under another name = %+v, %v; want a second object", b, err)
			}
			return
		}
		if !errors.Is(err, calsync.ErrUIDConflict) {
			t.Fatalf("Create of a second object with the same UID = %v, want ErrUIDConflict", err)
		}
	})
	t.Run("Listing is full at first, then incremental", func(t *testing.T) { incremental(t, h) })
	t.Run("Fetch leaves out missing objects", func(t *testing.T) {
		c := h.New(t)
		a := mustCreate(t, c, c.Href("ext-a"), Event("ext-a@test", t0, "Tandlæge")).Href
		objs := mustFetch(t, c, a, c.Href("never-there"))
		if len(objs) != 1 || objs[0].Href != a || !containsLine(objs[0].Data, "UID:ext-a@test") {
			t.Fatalf("Fetch = %+v, want only %s", objs, a)
		}
	})
	t.Run("A stale cursor is ErrInvalidCursor or a full listing", func(t *testing.T) {
		if h.StaleCursor == nil {
			return // nothing can expire: every listing is full
		}
		c := h.New(t)
		a := mustCreate(t, c, c.Href("ext-a"), Event("ext-a@test", t0, "Tandlæge")).Href
		rb := mustCreate(t, c, c.Href("ext-b"), Event("ext-b@test", t0, "Frisør"))
		b, etag := rb.Href, rb.ETag
		ch := mustChanges(t, c, "")
		if err := c.Delete(context.Background(), b, etag); err != nil {
			t.Fatalf("Delete: %v", err)
		}
		// either the remote refuses the cursor, or (DAViCal, SOGo answer an
		// unknown token with every member) the connector says the listing
		// is full, so the engine finds the deletion by absence
		got, err := c.Changes(context.Background(), h.StaleCursor(ch.Cursor))
		switch {
		case errors.Is(err, calsync.ErrInvalidCursor):
		case err != nil:
			t.Fatalf("Changes(stale cursor) = %v, want ErrInvalidCursor or a full listing", err)
		case !got.Full || len(got.Changed) != 1 || got.Changed[0].Href != a:
			t.Fatalf("Changes(stale cursor) = %+v, want ErrInvalidCursor or a full listing of %s", got, a)
		}
	})
	t.Run("Refused credentials are ErrAuth", func(t *testing.T) {
		c := h.Unauthorized(t)
		_, err := c.Changes(context.Background(), "")
		if !errors.Is(err, calsync.ErrAuth) {
			t.Fatalf("Changes with refused credentials = %v, want ErrAuth", err)
		}
		_, err = c.Create(context.Background(), c.Href("x"), Event("x@test", t0, "x"))
		if !errors.Is(err, calsync.ErrAuth) {
			t.Fatalf("Create with refused credentials = %v, want ErrAuth", err)
		}
	})
}

// incremental checks that after the first full listing, a listing from its
// cursor reports exactly the creates, edits and deletes made since, and that
// a poll with no change reports nothing.
func incremental(t *testing.T, h Harness) {
	c := h.New(t)
	hrefs := make([]string, 5)
	etags := make([]string, 5)
	for i := range hrefs {
		ref := mustCreate(t, c, c.Href(fmt.Sprintf("ext-%d", i)), Event(fmt.Sprintf("ext-%d@test", i), t0.Add(time.Duration(i)*time.Hour), "Privat"))
		hrefs[i], etags[i] = ref.Href, ref.ETag
	}
	first := mustChanges(t, c, "")
	if !first.Full || len(first.Changed) != 5 || first.Cursor == "" {
		t.Fatalf("first listing: full %v, %d objects, cursor %q; want full, 5, a cursor", first.Full, len(first.Changed), first.Cursor)
	}
	for _, r := range first.Changed {
		if i := slices.Index(hrefs, r.Href); i < 0 || r.ETag != etags[i] {
			t.Fatalf("listed %+v, want one of %v with the etag Create returned", r, hrefs)
		}
	}
	idle := mustChanges(t, c, first.Cursor)
	// a no-change poll reports nothing, or (a connector that can only list
	// everything) the same objects at the same versions
	if idle.Full && !slices.Equal(idle.Changed, first.Changed) || !idle.Full && len(idle.Changed)+len(idle.Deleted) != 0 {
		t.Fatalf("no-change poll reported %+v, want nothing new", idle)
	}

	ctx := context.Background()
	created := mustCreate(t, c, c.Href("ext-new"), Event("ext-new@test", t0, "Ny")).Href
	edited, err := c.Update(ctx, hrefs[1], etags[1], Event("ext-1@test", t0.Add(3*time.Hour), "Flyttet"))
	if err != nil {
		t.Fatalf("Update: %v", err)
	}
	if err := c.Delete(ctx, hrefs[2], etags[2]); err != nil {
		t.Fatalf("Delete: %v", err)
	}
	next := mustChanges(t, c, idle.Cursor)
	got := map[string]string{}
	for _, r := range next.Changed {
		got[r.Href] = r.ETag
	}
	if next.Full {
		// a connector without change listing reports everything: then the
		// delete is an absence
		if _, ok := got[hrefs[2]]; ok || got[hrefs[1]] != edited || len(got) != 5 {
			t.Fatalf("full listing after changes = %+v", next)
		}
		return
	}
	// The two changes, each at its new version or at none (a connector
	// whose remote's versions can repeat leaves them empty: the engine then
	// reads the object). An object unchanged since the first listing may be
	// listed again at the version listed then (DAViCal lists what changed at
	// the very time of the old token once more): the engine reads nothing
	// for it, as the version is the one it holds.
	_, createdListed := got[created]
	if e := got[hrefs[1]]; !createdListed || e != edited && e != "" {
		t.Fatalf("changed = %+v, want %s (etag %s) and %s", next.Changed, hrefs[1], edited, created)
	}
	for h, e := range got {
		if i := slices.Index(hrefs, h); h != created && h != hrefs[1] && (i < 0 || i == 2 || e != etags[i]) {
			t.Fatalf("changed = %+v: %s (etag %q) did not change", next.Changed, h, e)
		}
	}
	if !slices.Equal(next.Deleted, []string{hrefs[2]}) {
		t.Fatalf("deleted = %v, want [%s]", next.Deleted, hrefs[2])
	}
}

func mustCreate(t *testing.T, c calsync.Connector, href string, data []byte) calsync.Ref {
	t.Helper()
	ref, err := c.Create(context.Background(), href, data)
	if err != nil {
		t.Fatalf("Create %s: %v", href, err)
	}
	if ref.ETag == "" || ref.Href == "" {
		t.Fatalf("Create %s returned %+v, want an href and an etag", href, ref)
	}
	return ref
}

func mustChanges(t *testing.T, c calsync.Connector, cursor string) calsync.Changes {
	t.Helper()
	ch, err := c.Changes(context.Background(), cursor)
	if err != nil {
		t.Fatalf("Changes(%q): %v", cursor, err)
	}
	return ch
}

func mustFetch(t *testing.T, c calsync.Connector, hrefs ...string) []calsync.Object {
	t.Helper()
	objs, bad, err := c.Fetch(context.Background(), hrefs)
	if err != nil || len(bad) != 0 {
		t.Fatalf("Fetch: %v %v", err, bad)
	}
	return objs
}

func containsLine(data []byte, line string) bool {
	for _, l := range strings.Split(string(data), "\n") {
		if strings.TrimRight(l, "\r") == line {
			return true
		}
	}
	return false
}
