package tasks

import (
	"context"
	"hash/fnv"
	"log/slog"
	"strconv"
	"time"

	"github.com/planner-dk/planner/planner"
	"github.com/planner-dk/planner/queue"
)

// Sweeper re-enqueues from the database whatever is due (DESIGN.md data
// flow, step 4): every pending outbox row whose next attempt has come, and
// every advisor calendar whose pull is due, and every retired calendar whose
// clean-up is. The tasks' IDs make a row
// already queued a no-op, so sweeping often costs queries, not work.
type Sweeper struct {
	Store planner.Store
	Queue queue.Queue
	Now   func() time.Time
	// PullEvery is the calendars' pull cadence (default 2 minutes); an
	// advisor's calendar may set its own (CalendarConnection.PullEvery).
	PullEvery time.Duration
	// Jobnet and Mail say whether this deployment pushes Jobnet items and
	// sends mail; when not, their rows wait (grey) and are not enqueued.
	Jobnet, Mail bool
	// Limit bounds the rows read per sweep and kind (default 5,000).
	Limit  int
	Logger *slog.Logger
}

// SweepStats says what one sweep found due and newly enqueued.
type SweepStats struct {
	Due    int // rows and calendars found due
	Queued int // tasks newly enqueued (the rest were queued already)
}

// Sweep enqueues the due outbox rows and, when pulls is set, the due
// calendar pulls.
func (s *Sweeper) Sweep(ctx context.Context, pulls bool) (SweepStats, error) {
	var st SweepStats
	now := s.now()
	limit := s.Limit
	if limit <= 0 {
		limit = 5000
	}
	enqueue := func(t queue.Task) error {
		st.Due++
		ok, err := s.Queue.Enqueue(ctx, t)
		if ok {
			st.Queued++
		}
		return err
	}
	// pulls first: a pull pushes the calendar's pending items too, and a
	// push queued under the same ID would make the pull wait a sweep
	if pulls {
		if err := s.duePulls(ctx, now, enqueue); err != nil {
			return st, err
		}
	}
	items, err := s.Store.FindDueSyncItems(ctx, now, limit)
	if err != nil {
		return st, err
	}
	seen := map[planner.AdvisorID]bool{}
	for _, it := range items {
		switch {
		case it.Kind == planner.TargetCalendar && !seen[it.AdvisorID]:
			seen[it.AdvisorID] = true
			err = enqueue(CalendarPush(it.JobcenterID, it.AdvisorID))
		case it.Kind == planner.TargetJobnet && s.Jobnet:
			err = enqueue(JobnetPush(it.ID))
		}
		if err != nil {
			return st, err
		}
	}
	retired, err := s.Store.FindDueRetiredCalendars(ctx, now, limit)
	if err != nil {
		return st, err
	}
	for _, rc := range retired {
		if err := enqueue(CalendarRetire(rc.ID)); err != nil {
			return st, err
		}
	}
	if s.Mail {
		ns, err := s.Store.FindDueNotifications(ctx, now, limit)
		if err != nil {
			return st, err
		}
		for _, n := range ns {
			if err := enqueue(MailSend(n.ID)); err != nil {
				return st, err
			}
		}
	}
	if st.Queued > 0 {
		s.logger().InfoContext(ctx, "Sweep enqueued due work", "due", st.Due, "queued", st.Queued, "pulls", pulls)
	}
	return st, nil
}

// duePulls enqueues the pull of every connected calendar whose slot has
// come since it was last tried.
func (s *Sweeper) duePulls(ctx context.Context, now time.Time, enqueue func(queue.Task) error) error {
	advisors, err := s.Store.FindCalendarAdvisors(ctx)
	if err != nil {
		return err
	}
	byJC := map[planner.JobcenterID][]planner.Advisor{}
	var order []planner.JobcenterID
	for _, a := range advisors {
		if _, ok := byJC[a.JobcenterID]; !ok {
			order = append(order, a.JobcenterID)
		}
		byJC[a.JobcenterID] = append(byJC[a.JobcenterID], a)
	}
	every := s.PullEvery
	if every <= 0 {
		every = 2 * time.Minute
	}
	for _, jc := range order {
		ids := make([]planner.AdvisorID, len(byJC[jc]))
		for i, a := range byJC[jc] {
			ids[i] = a.ID
		}
		states, err := s.Store.FindCalendarStates(ctx, jc, ids)
		if err != nil {
			return err
		}
		for _, a := range byJC[jc] {
			if !PullDue(a.ID, states[a.ID].LastAttempt, now, a.Calendar.PullEvery(every)) {
				continue
			}
			if err := enqueue(CalendarPull(a)); err != nil {
				return err
			}
		}
	}
	return nil
}

// PullDue reports whether advisor a's calendar, last tried at last (zero:
// never), is due at now with cadence every. Each advisor has a fixed phase
// within the cadence, from a hash of its id, and is due once its latest
// slot (a phase point at or before now) has passed since its last try —
// so 2,000 calendars spread evenly over the cadence instead of being
// pulled together, and a pull that ran late does not shift the advisor's
// slots.
func PullDue(a planner.AdvisorID, last, now time.Time, every time.Duration) bool {
	if last.IsZero() {
		return true
	}
	return last.Before(PullSlot(a, now, every))
}

// PullSlot is advisor a's latest pull slot at or before now.
func PullSlot(a planner.AdvisorID, now time.Time, every time.Duration) time.Time {
	h := fnv.New64a()
	h.Write([]byte(strconv.FormatInt(int64(a), 10)))
	phase := time.Duration(h.Sum64() % uint64(every))
	since := now.Sub(time.Unix(0, 0).Add(phase))
	return now.Add(-(since % every))
}

func (s *Sweeper) now() time.Time {
	if s.Now != nil {
		return s.Now()
	}
	return time.Now()
}

func (s *Sweeper) logger() *slog.Logger {
	if s.Logger != nil {
		return s.Logger
	}
	return slog.New(slog.DiscardHandler)
}

// RunSweeps enqueues a sweep each period until ctx ends: every process that
// runs handlers does, and the period's task ID, held for the period, makes
// one sweep per period run across all of them. A nudge (from an API write)
// enqueues an outbox sweep at once.
func RunSweeps(ctx context.Context, q queue.Queue, every time.Duration, logger *slog.Logger) {
	tick := time.NewTicker(every)
	defer tick.Stop()
	for {
		period := time.Now().UnixNano() / int64(every)
		t := Sweep(period)
		t.Hold = every
		if _, err := q.Enqueue(ctx, t); err != nil && ctx.Err() == nil {
			logger.WarnContext(ctx, "Enqueueing the sweep failed", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}
