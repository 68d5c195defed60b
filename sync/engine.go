package sync

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	"github.com/planner-dk/planner/planner"
)

// Engine pulls advisors' own calendars into Planner and pushes Planner's
// meetings out to them (SPEC §9, DESIGN.md data flow steps 3–5). It knows no
// protocol: Connect gives it a Connector per calendar.
type Engine struct {
	Store Store
	// Connect opens the connector of an advisor's calendar.
	Connect func(a planner.Advisor) (Connector, error)
	Now     func() time.Time
	Logger  *slog.Logger
	// Back and Ahead bound the sync horizon around now; defaults one week
	// back and 26 weeks ahead.
	Back, Ahead time.Duration
	// Guard is the mass-deletion stop.
	Guard Guard
	// FullEvery is how often a pull lists everything instead of the
	// changes since the cursor (the periodic reconciliation); default 24 h.
	FullEvery time.Duration
	// MaxAttempts is how often a push is tried before its item turns
	// failed (red); default 8.
	MaxAttempts int
	// Metrics, when set, count pulls, pushes, lag, conflicts and restores.
	Metrics *Metrics
	// MaxRestores is how often one event is restored within an hour before
	// the engine stops fighting the advisor's edits and alerts instead
	// (PROTOCOLS.md §4.3); default 3.
	MaxRestores int

	mu       sync.Mutex
	restores map[restoreKey][]time.Time
}

type restoreKey struct {
	meeting planner.MeetingID
	advisor planner.AdvisorID
}

// mayRestore counts a restore of one event and reports whether it is within
// the limit of MaxRestores an hour.
func (e *Engine) mayRestore(k restoreKey) bool {
	limit := e.MaxRestores
	if limit <= 0 {
		limit = 3
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.restores == nil {
		e.restores = map[restoreKey][]time.Time{}
	}
	now := e.now()
	recent := e.restores[k][:0]
	for _, t := range e.restores[k] {
		if now.Sub(t) < time.Hour {
			recent = append(recent, t)
		}
	}
	if len(recent) >= limit {
		e.restores[k] = recent
		return false
	}
	e.restores[k] = append(recent, now)
	return true
}

func (e *Engine) now() time.Time {
	if e.Now != nil {
		return e.Now().UTC()
	}
	return time.Now().UTC()
}

func (e *Engine) logger() *slog.Logger {
	if e.Logger != nil {
		return e.Logger
	}
	return slog.New(slog.DiscardHandler)
}

// PullStats says what one pull did.
type PullStats struct {
	Full        bool
	Listed      int // objects the listing named
	Fetched     int // objects read
	Upserted    int // new or changed in meaning (a mere new etag is not counted)
	Removed     int
	Adopted     int
	Restored    int
	Stray       int
	Quarantined int
	Conflicts   int
}

// options are the reading options for advisor a's calendar.
func (e *Engine) options(a planner.Advisor, zone *time.Location) Options {
	now := e.now()
	back, ahead := e.Back, e.Ahead
	if back <= 0 {
		back = 7 * 24 * time.Hour
	}
	if ahead <= 0 {
		ahead = 26 * 7 * 24 * time.Hour
	}
	o := Options{From: now.Add(-back), To: now.Add(ahead), Zone: zone}
	if a.Mail != "" {
		o.Self = append(o.Self, a.Mail)
	}
	// a mailbox named by its address (Graph's UPN) is the advisor too, so
	// a meeting they declined there does not block
	if u := a.Calendar.Username; strings.Contains(u, "@") && !strings.EqualFold(u, a.Mail) {
		o.Self = append(o.Self, u)
	}
	return o
}

// Pull reads advisor a's calendar from the stored cursor and stores what
// changed with the new cursor in one transaction. An invalid cursor falls
// back to a full listing; a listing that would delete too much is not
// believed (ErrMassDeletion); refused credentials mark the calendar
// unhealthy and tell the advisor. A failed pull changes nothing but the
// calendar's state.
func (e *Engine) Pull(ctx context.Context, a planner.Advisor) (PullStats, error) {
	start, at := time.Now(), e.now()
	st, lastSuccess, err := e.pull(ctx, a)
	e.Metrics.pulled(string(a.Calendar.Kind), start, at, lastSuccess, st, err)
	return st, err
}

func (e *Engine) pull(ctx context.Context, a planner.Advisor) (st PullStats, lastSuccess time.Time, err error) {
	jc, zone, err := e.jobcenter(ctx, a.JobcenterID)
	if err != nil {
		return st, lastSuccess, err
	}
	conn, err := e.Connect(a)
	if err != nil {
		return st, lastSuccess, e.pullFailed(ctx, a, jc, err)
	}
	states, err := e.Store.FindCalendarStates(ctx, jc.ID, []planner.AdvisorID{a.ID})
	if err != nil {
		return st, lastSuccess, fmt.Errorf("pull advisor %d: %w", a.ID, err)
	}
	state := states[a.ID]
	lastSuccess = state.LastSuccess
	cursor := state.Cursor
	full := e.FullEvery
	if full <= 0 {
		full = 24 * time.Hour
	}
	if e.now().Sub(state.LastFull) >= full {
		cursor = "" // the periodic reconciliation
	}
	ch, err := conn.Changes(ctx, cursor)
	if errors.Is(err, ErrInvalidCursor) && cursor != "" {
		e.logger().Info("Sync token no longer valid; listing everything", "advisor_id", a.ID)
		ch, err = conn.Changes(ctx, "")
	}
	if err != nil {
		return st, lastSuccess, e.pullFailed(ctx, a, jc, err)
	}
	// the calendar's own zone reads its floating times; asked on full
	// listings, remembered between them
	calZone := state.Zone
	readZone := ""
	if zr, ok := conn.(ZoneReader); ok && cursor == "" {
		if tz, err := zr.CalendarZone(ctx); err == nil && tz != "" {
			calZone, readZone = tz, tz
		}
	}
	if !ch.Full && len(ch.Changed)+len(ch.Deleted) == 0 {
		// nothing changed: record the fresh read, load nothing
		return st, lastSuccess, e.savePull(ctx, a, planner.PullResult{Cursor: ch.Cursor, At: e.now()})
	}
	snap, err := e.Store.FindCalendarSnapshot(ctx, a.ID)
	if err != nil {
		return st, lastSuccess, fmt.Errorf("pull advisor %d: %w", a.ID, err)
	}
	known := knownOf(snap)
	hrefs := ToFetch(known, ch)
	objs, bad, err := conn.Fetch(ctx, hrefs)
	if err != nil {
		return st, lastSuccess, e.pullFailed(ctx, a, jc, err)
	}
	readIn := zone
	if loc := ResolveTZID(calZone); loc != nil {
		readIn = loc
	}
	opts := e.options(a, readIn)
	plan, err := PlanPull(known, ch, objs, bad, opts, e.Guard)
	if err != nil {
		return st, lastSuccess, e.pullFailed(ctx, a, jc, err)
	}
	upserted := 0
	for _, s := range plan.Upsert {
		if s.Changed {
			upserted++
		}
	}
	st = PullStats{Full: ch.Full, Listed: len(ch.Changed), Fetched: len(objs), Upserted: upserted,
		Removed: len(plan.Remove), Adopted: len(plan.Adopt), Stray: len(plan.Stray), Quarantined: len(plan.Quarantined)}
	result := resultOf(plan, ch.Full, e.now())
	result.Zone = readZone
	if err := e.savePull(ctx, a, result); err != nil {
		return st, lastSuccess, err
	}
	for href, qerr := range plan.Quarantined {
		e.logger().Warn("Calendar object quarantined", "advisor_id", a.ID, "href", href, "err", redact(qerr.Error()))
	}
	for _, r := range plan.Stray {
		e.logger().Warn("Copy of a Planner event not imported as busy time", "advisor_id", a.ID, "href", r.Href)
	}
	st.Restored = e.restore(ctx, conn, jc, zone, a, plan.Restore, snap.State.WriteError)
	st.Conflicts, err = e.conflicts(ctx, jc, a, plan.Upsert, opts)
	return st, lastSuccess, err
}

// savePull stores a pull of a's calendar. A connection changed while the
// pull ran is refused by the store: what was read belongs to a calendar the
// advisor no longer has, and the new one is read by its own next pull.
func (e *Engine) savePull(ctx context.Context, a planner.Advisor, r planner.PullResult) error {
	r.Calendar = a.Calendar.ID
	err := e.Store.SavePull(ctx, a.ID, r)
	if errors.Is(err, planner.ErrConflict) {
		e.logger().Info("Calendar connection changed during a pull; its result is dropped", "advisor_id", a.ID)
	}
	if err != nil {
		return fmt.Errorf("pull advisor %d: save: %w", a.ID, err)
	}
	return nil
}

// knownOf indexes a snapshot by href.
func knownOf(snap planner.CalendarSnapshot) map[string]Known {
	known := make(map[string]Known, len(snap.Objects)+len(snap.Events))
	for _, o := range snap.Objects {
		known[o.Href] = Known{Ref: Ref{Href: o.Href, ETag: o.ETag}, Hash: o.Hash}
	}
	for _, ev := range snap.Events {
		t := Target{MeetingID: ev.MeetingID, AdvisorID: ev.AdvisorID, Href: ev.Href, ETag: ev.ETag, OwnedHash: ev.OwnedHash, Pending: ev.Pending}
		known[ev.Href] = Known{Ref: Ref{Href: ev.Href, ETag: ev.ETag}, Target: &t}
	}
	return known
}

func resultOf(plan PullPlan, full bool, at time.Time) planner.PullResult {
	r := planner.PullResult{Cursor: plan.Cursor, Full: full, Remove: plan.Remove, At: at}
	for _, s := range plan.Upsert {
		o := planner.CalendarObject{Href: s.Href, ETag: s.ETag, Hash: s.Hash, Data: s.Data}
		for _, it := range s.Items {
			o.Items = append(o.Items, planner.ExternalItem{Start: it.Start, End: it.End, Summary: it.Summary, Private: it.Private, AllDay: it.AllDay})
		}
		r.Upsert = append(r.Upsert, o)
	}
	for _, ref := range plan.Adopt {
		r.Adopt = append(r.Adopt, planner.CalendarEvent{Href: ref.Href, ETag: ref.ETag})
	}
	return r
}

// pullFailed records a failed pull; refused credentials also tell the
// advisor (once a day).
func (e *Engine) pullFailed(ctx context.Context, a planner.Advisor, jc planner.Jobcenter, cause error) error {
	auth := errors.Is(cause, ErrAuth)
	reason := redact(cause.Error())
	if err := e.Store.MarkPullFailed(ctx, a.ID, a.Calendar.ID, reason, auth, e.now()); err != nil {
		return errors.Join(cause, err)
	}
	if auth {
		// the advisor, and the administrators at the top of the team tree
		if a.Mail != "" {
			e.notify(ctx, jc, planner.Notification{Trigger: planner.CalendarRefused, To: a.Mail, AdvisorID: a.ID})
		}
		if teams, err := e.Store.FindTeams(ctx, jc.ID); err == nil {
			if tree, err := planner.NewTeamTree(teams); err == nil {
				if addr, team, ok := tree.TopMail(); ok {
					e.notify(ctx, jc, planner.Notification{Trigger: planner.CalendarRefused, To: addr, TeamID: team, AdvisorID: a.ID})
				}
			}
		}
	}
	if errors.Is(cause, ErrMassDeletion) {
		// an operator must look: the calendar's old items are kept
		e.logger().Error("Pull stopped by the mass-deletion guard; old items kept", "advisor_id", a.ID, "err", reason)
	} else {
		e.logger().Warn("Calendar pull failed", "advisor_id", a.ID, "auth", auth, "err", reason)
	}
	return fmt.Errorf("pull advisor %d: %w", a.ID, cause)
}

// notify records a notification in the outbox; a failure is logged, never
// fatal to the sync.
func (e *Engine) notify(ctx context.Context, jc planner.Jobcenter, n planner.Notification) {
	n.JobcenterID = jc.ID
	if loc, err := jc.Location(); err == nil {
		n.Day = planner.DateOf(e.now(), loc)
	}
	if _, err := e.Store.RecordNotification(ctx, n); err != nil {
		e.logger().Error("Recording a notification failed", "trigger", n.Trigger.String(), "err", err)
	}
}

func (e *Engine) jobcenter(ctx context.Context, id planner.JobcenterID) (planner.Jobcenter, *time.Location, error) {
	jc, err := e.Store.FindJobcenter(ctx, id)
	if err != nil {
		return jc, nil, fmt.Errorf("job centre %d: %w", id, err)
	}
	loc, err := jc.Location()
	return jc, loc, err
}

// conflicts records mail 4 for every changed external item over a Planner
// meeting of the advisor (§7, §9); the outbox sends each at most once a day.
func (e *Engine) conflicts(ctx context.Context, jc planner.Jobcenter, a planner.Advisor, changed []Stored, o Options) (int, error) {
	items := map[string][]Item{}
	for _, s := range changed {
		if s.Changed && len(s.Items) > 0 {
			items[s.Href] = s.Items
		}
	}
	if len(items) == 0 {
		return 0, nil
	}
	details, err := e.Store.FindMeetings(ctx, jc.ID, planner.MeetingFilter{Advisors: []planner.AdvisorID{a.ID}, Interval: planner.Interval{Start: o.From, End: o.To}})
	if err != nil {
		return 0, fmt.Errorf("conflicts of advisor %d: %w", a.ID, err)
	}
	meetings := make([]planner.Meeting, len(details))
	byID := map[planner.MeetingID]planner.Meeting{}
	for i, d := range details {
		meetings[i], byID[d.Meeting.ID] = d.Meeting, d.Meeting
	}
	found := Conflicts(a.ID, items, meetings)
	seen := map[planner.MeetingID]bool{}
	for _, c := range found {
		if seen[c.MeetingID] {
			continue
		}
		seen[c.MeetingID] = true
		m := byID[c.MeetingID]
		e.logger().Info("External appointment over a Planner meeting", "advisor_id", a.ID, "meeting_id", m.ID)
		advisors, err := e.Store.FindAdvisors(ctx, jc.ID, planner.AdvisorFilter{IDs: m.Advisors})
		if err != nil {
			return len(found), err
		}
		for _, n := range planner.NotifyConflict(jc, m, advisors, planner.Date{}) {
			e.notify(ctx, jc, n)
		}
	}
	return len(found), nil
}

// redact removes anything shaped like a CPR number from text that may come
// from another system (an error quoting a calendar line), before it is
// logged or stored.
func redact(s string) string {
	if len(s) > 500 {
		s = s[:500]
	}
	return planner.RedactCPR(s)
}
