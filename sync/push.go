package sync

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/planner-dk/planner/planner"
)

// PushStats says what one push did.
type PushStats struct {
	Meetings int // meetings brought in line
	Done     int // sync items marked done
	Retried  int
	Failed   int
}

// Push brings advisor a's calendar in line with Planner for every meeting
// with a pending calendar sync item (DESIGN.md data flow, step 3). Each
// meeting's target converges on what Planner holds now — an event when the
// advisor is on the live meeting, none otherwise — so an item's op is only a
// hint, and a retry never creates a second event: the href and UID derive
// from meeting and advisor, a create is If-None-Match: *, and the push table
// records the href before the PUT and the etag right after it.
func (e *Engine) Push(ctx context.Context, a planner.Advisor) (PushStats, error) {
	st, err := e.push(ctx, a)
	e.Metrics.pushed(string(a.Calendar.Kind), st)
	return st, err
}

func (e *Engine) push(ctx context.Context, a planner.Advisor) (PushStats, error) {
	var st PushStats
	all, err := e.Store.FindCalendarPushes(ctx, a.ID)
	if err != nil {
		return st, err
	}
	// only the items whose backoff has passed: a task that runs for one
	// due item must not spend the retries of the others
	now := e.now()
	var items []planner.SyncItem
	for _, it := range all {
		if !it.NextAttempt.After(now) {
			items = append(items, it)
		}
	}
	if len(items) == 0 {
		return st, nil
	}
	jc, zone, err := e.jobcenter(ctx, a.JobcenterID)
	if err != nil {
		return st, err
	}
	conn, err := e.Connect(a)
	if err != nil {
		return st, err
	}
	snap, err := e.Store.FindCalendarSnapshot(ctx, a.ID)
	if err != nil {
		return st, err
	}
	events := map[planner.MeetingID]*planner.CalendarEvent{}
	for i := range snap.Events {
		events[snap.Events[i].MeetingID] = &snap.Events[i]
	}
	rooms, err := e.roomNames(ctx, jc.ID)
	if err != nil {
		return st, err
	}
	byMeeting := map[planner.MeetingID][]planner.SyncItem{}
	var order []planner.MeetingID
	for _, it := range items {
		if _, ok := byMeeting[it.MeetingID]; !ok {
			order = append(order, it.MeetingID)
		}
		byMeeting[it.MeetingID] = append(byMeeting[it.MeetingID], it)
	}
	writeErr := snap.State.WriteError
	for _, mid := range order {
		t := pushTarget{conn: conn, jc: jc, zone: zone, advisor: a, meeting: mid, event: events[mid], rooms: rooms}
		href, etag, err := e.converge(ctx, t, false)
		if errors.Is(err, planner.ErrConflict) {
			// the connection changed under the push: the new calendar's
			// items are pushed by its own task
			e.logger().Info("Calendar connection changed during a push; stopped", "advisor_id", a.ID)
			return st, nil
		}
		st.Meetings++
		if err := e.settle(ctx, byMeeting[mid], href, etag, err, &st); err != nil {
			return st, err
		}
		if errors.Is(err, ErrAuth) {
			// the rest would be refused too; the pull marks the calendar
			return st, e.pullFailed(ctx, a, jc, err)
		}
		if writeErr, err = e.noteWrite(ctx, a, writeErr, err); err != nil {
			return st, err
		}
	}
	return st, nil
}

// noteWrite keeps the calendar's write error in step with a write's
// outcome: a permanent refusal (a collection that does not exist, a write
// the server will never take) marks the calendar unhealthy with the reason,
// a write that succeeds clears it. It returns the calendar's write error
// now; a transient failure changes nothing.
func (e *Engine) noteWrite(ctx context.Context, a planner.Advisor, current string, cause error) (string, error) {
	next := current
	switch {
	case cause == nil:
		next = ""
	case !retryable(cause):
		next = redact(cause.Error())
	}
	if next == current {
		return current, nil
	}
	if err := e.Store.SetCalendarWriteError(ctx, a.ID, a.Calendar.ID, next); err != nil {
		return current, fmt.Errorf("calendar %d write error: %w", a.Calendar.ID, err)
	}
	if next != "" {
		e.logger().Error("Calendar refuses Planner's writes", "advisor_id", a.ID, "err", next)
	}
	return next, nil
}

// settle marks a meeting's items after its push: done, retried later with
// exponential backoff and jitter, or failed (red) with the reason.
func (e *Engine) settle(ctx context.Context, items []planner.SyncItem, href, etag string, cause error, st *PushStats) error {
	maxAttempts := e.MaxAttempts
	if maxAttempts <= 0 {
		maxAttempts = 8
	}
	for _, it := range items {
		var err error
		switch {
		case cause == nil:
			err = e.Store.MarkSyncDone(ctx, it.ID, href, etag)
			st.Done++
		case retryable(cause) && it.Attempts+1 < maxAttempts:
			err = e.Store.MarkSyncRetry(ctx, it.ID, redact(cause.Error()), e.now().Add(planner.RetryDelay(it.Attempts)))
			st.Retried++
		default:
			err = e.Store.MarkSyncFailed(ctx, it.ID, redact(cause.Error()))
			st.Failed++
		}
		if err != nil {
			return fmt.Errorf("settle sync item %d: %w", it.ID, err)
		}
	}
	if cause != nil {
		e.logger().Warn("Calendar push failed", "sync_item_id", items[0].ID, "meeting_id", items[0].MeetingID, "err", redact(cause.Error()))
	}
	return nil
}

// retryable: a later attempt may succeed (the server was down, or a
// precondition race outlasted the re-reads).
func retryable(err error) bool {
	return errors.Is(err, ErrTransient) || errors.Is(err, ErrPrecondition) ||
		errors.Is(err, context.DeadlineExceeded) || errors.Is(err, ErrAuth)
}

// pushTarget is one meeting in one advisor's calendar.
type pushTarget struct {
	conn    Connector
	jc      planner.Jobcenter
	zone    *time.Location
	advisor planner.Advisor
	meeting planner.MeetingID
	event   *planner.CalendarEvent // the push-table row; nil when none
	rooms   map[planner.RoomID]string
	edited  []byte // a restore: the advisor's edited copy, merged rather than replaced
}

// converge makes the remote hold what Planner holds for t and returns the
// event's href and etag (empty after a delete). force writes even when the
// owned fields look unchanged (a restore).
func (e *Engine) converge(ctx context.Context, t pushTarget, force bool) (string, string, error) {
	m, _, err := e.Store.FindMeeting(ctx, t.jc.ID, t.meeting)
	if err != nil && !errors.Is(err, planner.ErrNotFound) {
		return "", "", err
	}
	if err != nil || !m.HasAdvisor(t.advisor.ID) {
		return "", "", e.remove(ctx, t)
	}
	gen := int64(1)
	if t.event != nil {
		gen = t.event.Generation + 1
	}
	ev := EventFor(m, t.advisor.ID, t.rooms[m.RoomID], fmt.Sprintf("jobcenter%d.planner", t.jc.ID), t.zone, gen)
	ev.Stamp = e.now()
	href := t.conn.Href(ev.Name())
	if t.event != nil && t.event.Href != "" {
		href = t.event.Href
	}
	owned := ev.OwnedHash()
	if !force && t.event != nil && t.event.ETag != "" && t.event.OwnedHash == owned {
		return href, t.event.ETag, nil // nothing Planner owns changed
	}
	data := ev.Encode()
	if t.edited != nil {
		data = ev.MergeInto(t.edited)
	}
	row := planner.CalendarEvent{Calendar: t.advisor.Calendar.ID, MeetingID: m.ID, AdvisorID: t.advisor.ID, Href: href, Generation: gen}
	var written Ref
	if t.event == nil || t.event.ETag == "" {
		// The href is recorded before the PUT, so after a crash between
		// PUT and commit the retry's 412 is recognised as our own create
		// (a remote that names objects itself is asked by Planner's
		// marker: the href is then a placeholder, see Connector.Create).
		if t.event != nil {
			row.OwnedHash = t.event.OwnedHash
		}
		if err := e.Store.SaveCalendarEvent(ctx, row); err != nil {
			return "", "", err
		}
		written, err = t.conn.Create(ctx, href, data)
		if errors.Is(err, ErrPrecondition) {
			written, err = e.overwrite(ctx, t.conn, href, data, owned)
		}
	} else {
		written = Ref{Href: href}
		written.ETag, err = t.conn.Update(ctx, href, t.event.ETag, data)
		switch {
		case errors.Is(err, ErrPrecondition):
			written, err = e.overwrite(ctx, t.conn, href, data, owned)
		case errors.Is(err, ErrNotFound):
			written, err = t.conn.Create(ctx, t.conn.Href(ev.Name()), data)
		}
	}
	if err != nil {
		return href, "", err
	}
	row.Href, row.ETag, row.OwnedHash = written.Href, written.ETag, owned
	return written.Href, written.ETag, e.Store.SaveCalendarEvent(ctx, row)
}

// overwrite handles a write that met another version at href: our own
// earlier create (same owned fields: adopt it), or someone's edit (write
// Planner's version over it with If-Match on what was just read). It re-reads
// and tries again a few times before giving up with ErrPrecondition.
func (e *Engine) overwrite(ctx context.Context, conn Connector, href string, data []byte, owned string) (Ref, error) {
	for range 3 {
		objs, bad, err := conn.Fetch(ctx, []string{href})
		if err != nil {
			return Ref{}, err
		}
		if err := bad[href]; err != nil {
			return Ref{}, err
		}
		if len(objs) == 0 {
			ref, err := conn.Create(ctx, href, data)
			if errors.Is(err, ErrPrecondition) {
				continue
			}
			return ref, err
		}
		cur := objs[0]
		if p, err := Parse(cur.Data, Options{Zone: time.UTC, To: time.Unix(0, 0)}); err == nil && p.Marker.Owned == owned {
			return cur.Ref, nil
		}
		etag, err := conn.Update(ctx, cur.Href, cur.ETag, data)
		if errors.Is(err, ErrPrecondition) {
			continue
		}
		return Ref{Href: cur.Href, ETag: etag}, err
	}
	return Ref{}, fmt.Errorf("write %s: changed under every re-read: %w", href, ErrPrecondition)
}

// remove deletes t's event, if Planner wrote one, and its push-table row.
func (e *Engine) remove(ctx context.Context, t pushTarget) error {
	if t.event == nil {
		return nil
	}
	err := t.conn.Delete(ctx, t.event.Href, t.event.ETag)
	for i := 0; errors.Is(err, ErrPrecondition) && i < 3; i++ {
		objs, _, ferr := t.conn.Fetch(ctx, []string{t.event.Href})
		if ferr != nil {
			return ferr
		}
		if len(objs) == 0 {
			err = nil
			break
		}
		err = t.conn.Delete(ctx, t.event.Href, objs[0].ETag)
	}
	if err != nil && !errors.Is(err, ErrNotFound) {
		return err
	}
	return e.Store.DeleteCalendarEvent(ctx, t.meeting, t.advisor.ID)
}

// restore writes Planner's version back over events edited or deleted in
// the advisor's calendar and tells the advisor (SPEC §2 ownership rule). A
// restore that fails is counted and logged as an error, and a permanent
// refusal marks the calendar's write error (writeErr is the one stored).
func (e *Engine) restore(ctx context.Context, conn Connector, jc planner.Jobcenter, zone *time.Location, a planner.Advisor, rs []Restoration, writeErr string) int {
	if len(rs) == 0 {
		return 0
	}
	rooms, err := e.roomNames(ctx, jc.ID)
	if err != nil {
		e.logger().Error("Restore: rooms", "err", err)
		return 0
	}
	n := 0
	for _, r := range rs {
		if !e.mayRestore(restoreKey{r.Target.MeetingID, a.ID}) {
			e.Metrics.restoreFailed()
			e.logger().Error("Planner event changed in the mail calendar again and again; not restored any more this hour",
				"advisor_id", a.ID, "meeting_id", r.Target.MeetingID)
			continue
		}
		ev := planner.CalendarEvent{Calendar: a.Calendar.ID, MeetingID: r.Target.MeetingID, AdvisorID: a.ID, Href: r.Target.Href, ETag: r.ETag, OwnedHash: r.Target.OwnedHash}
		t := pushTarget{conn: conn, jc: jc, zone: zone, advisor: a, meeting: r.Target.MeetingID, event: &ev, rooms: rooms, edited: r.Data}
		_, _, err := e.converge(ctx, t, true)
		if errors.Is(err, planner.ErrConflict) {
			return n // the connection changed under the restore
		}
		var werr error
		if writeErr, werr = e.noteWrite(ctx, a, writeErr, err); werr != nil {
			e.logger().Error("Restore: recording the outcome", "advisor_id", a.ID, "err", werr)
		}
		if err != nil {
			e.Metrics.restoreFailed()
			e.logger().Error("Restoring a Planner event failed", "advisor_id", a.ID, "meeting_id", r.Target.MeetingID, "err", redact(err.Error()))
			continue
		}
		n++
		e.logger().Info("Planner event restored", "advisor_id", a.ID, "meeting_id", r.Target.MeetingID, "deleted", r.Deleted)
		if a.Mail != "" {
			e.notify(ctx, jc, planner.Notification{Trigger: planner.Restored, To: a.Mail, AdvisorID: a.ID, MeetingID: r.Target.MeetingID})
		}
	}
	return n
}

func (e *Engine) roomNames(ctx context.Context, jc planner.JobcenterID) (map[planner.RoomID]string, error) {
	rooms, err := e.Store.FindRooms(ctx, jc)
	if err != nil {
		return nil, err
	}
	names := make(map[planner.RoomID]string, len(rooms))
	for _, r := range rooms {
		names[r.ID] = r.Name
	}
	return names, nil
}
