// Package tasks is Planner's background work as queue tasks: the kinds,
// their handlers (the sync engine, the Jobnet pusher, the mail outbox) and
// the sweeper that re-enqueues from the database whatever is due, so the
// database, not the queue, is the record of work (DESIGN.md data flow).
package tasks

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"

	"github.com/planner-dk/planner/connectors/jobnet"
	"github.com/planner-dk/planner/connectors/mail"
	"github.com/planner-dk/planner/planner"
	"github.com/planner-dk/planner/queue"
	calsync "github.com/planner-dk/planner/sync"
)

// The task kinds.
const (
	// KindCalendarPull pushes an advisor's pending calendar items, then
	// pulls the calendar.
	KindCalendarPull = "calendar:pull"
	// KindCalendarPush pushes an advisor's pending calendar items.
	KindCalendarPush = "calendar:push"
	// KindCalendarRetire deletes Planner's events from a calendar
	// connection an advisor no longer uses.
	KindCalendarRetire = "calendar:retire"
	// KindJobnetPush pushes one Jobnet item.
	KindJobnetPush = "jobnet:push"
	// KindMailSend sends one recorded notification.
	KindMailSend = "mail:send"
	// KindFreeTimesReport logs and counts the coming free times of every
	// active offer (nightly).
	KindFreeTimesReport = "report:free-times"
	// KindSweep re-enqueues the due outbox rows and the due pulls.
	KindSweep = "sweep"
	// KindSweepOutbox re-enqueues the due outbox rows only: the nudge
	// after an API write.
	KindSweepOutbox = "sweep:outbox"
)

// calendarArgs is the payload of the calendar tasks.
type calendarArgs struct {
	Jobcenter planner.JobcenterID `json:"jobcenter"`
	Advisor   planner.AdvisorID   `json:"advisor"`
}

// rowArgs is the payload of a task about one outbox row.
type rowArgs struct {
	ID int64 `json:"id"`
}

func payload(v any) []byte {
	b, _ := json.Marshal(v) // plain structs of numbers
	return b
}

// calendarID is the ID of both calendar kinds: an advisor's calendar is
// worked on by one task at a time, on one worker, pull or push.
func calendarID(a planner.AdvisorID) string { return fmt.Sprintf("calendar:%d", a) }

// CalendarPull is the task that pushes and then pulls advisor a's calendar.
func CalendarPull(a planner.Advisor) queue.Task {
	return queue.Task{Kind: KindCalendarPull, ID: calendarID(a.ID), Payload: payload(calendarArgs{a.JobcenterID, a.ID})}
}

// CalendarPush is the task that pushes advisor a's pending calendar items.
func CalendarPush(jc planner.JobcenterID, a planner.AdvisorID) queue.Task {
	return queue.Task{Kind: KindCalendarPush, ID: calendarID(a), Payload: payload(calendarArgs{jc, a})}
}

// retireArgs is the payload of a retired calendar's clean-up.
type retireArgs struct {
	Calendar planner.CalendarID `json:"calendar"`
}

// CalendarRetire is the task that cleans up retired calendar id. It has an
// ID of its own: the old calendar is another server than the advisor's
// current one, so its clean-up need not wait for their pulls.
func CalendarRetire(id planner.CalendarID) queue.Task {
	return queue.Task{Kind: KindCalendarRetire, ID: fmt.Sprintf("calendar-retired:%d", id), Payload: payload(retireArgs{id})}
}

// JobnetPush is the task that pushes Jobnet item id.
func JobnetPush(id int64) queue.Task {
	return queue.Task{Kind: KindJobnetPush, ID: fmt.Sprintf("jobnet:%d", id), Payload: payload(rowArgs{id})}
}

// MailSend is the task that sends notification id.
func MailSend(id int64) queue.Task {
	return queue.Task{Kind: KindMailSend, ID: fmt.Sprintf("mail:%d", id), Payload: payload(rowArgs{id})}
}

// Sweep is the periodic sweep; its ID is the period's number, and the ID
// is held for the period, so every process may enqueue it each period and
// it runs once.
func Sweep(period int64) queue.Task {
	return queue.Task{Kind: KindSweep, ID: fmt.Sprintf("sweep:%d", period)}
}

// SweepOutbox is the nudge after a write: one at a time.
func SweepOutbox() queue.Task {
	return queue.Task{Kind: KindSweepOutbox, ID: "sweep:outbox"}
}

// Handlers runs the tasks. Jobnet and Mail may be nil: their rows then
// wait (grey) until a worker with them configured runs.
type Handlers struct {
	Store   planner.Store
	Engine  *calsync.Engine
	Jobnet  *jobnet.Pusher
	Mail    *mail.Outbox
	Sweeper *Sweeper
	Report  *FreeTimesReport
	// Retention deletes the access log's entries past their retention.
	Retention *AccessRetention
	// Marks imports the hub's person-group marks (nil: no endpoint).
	Marks  *jobnet.MarkImporter
	Logger *slog.Logger
}

// Register routes every kind this worker can run to its handler.
func (h *Handlers) Register(mux *queue.Mux) {
	mux.Handle(KindCalendarPull, h.calendarPull, nil)
	mux.Handle(KindCalendarPush, h.calendarPush, h.calendarGiveUp)
	mux.Handle(KindCalendarRetire, h.calendarRetire, nil)
	if h.Jobnet != nil {
		mux.Handle(KindJobnetPush, h.jobnetPush, h.jobnetGiveUp)
	}
	if h.Mail != nil {
		mux.Handle(KindMailSend, h.mailSend, h.mailGiveUp)
	}
	if h.Sweeper != nil {
		mux.Handle(KindSweep, func(ctx context.Context, _ queue.Task) error {
			_, err := h.Sweeper.Sweep(ctx, true)
			return err
		}, nil)
		mux.Handle(KindSweepOutbox, func(ctx context.Context, _ queue.Task) error {
			_, err := h.Sweeper.Sweep(ctx, false)
			return err
		}, nil)
	}
	if h.Report != nil {
		mux.Handle(KindFreeTimesReport, func(ctx context.Context, _ queue.Task) error { return h.Report.Run(ctx) }, nil)
	}
	if h.Retention != nil {
		mux.Handle(KindAccessRetention, func(ctx context.Context, _ queue.Task) error { return h.Retention.Run(ctx) }, nil)
	}
	if h.Marks != nil {
		mux.Handle(KindMarksImport, func(ctx context.Context, _ queue.Task) error {
			_, _, err := h.Marks.Run(ctx)
			return err
		}, nil)
	}
}

func (h *Handlers) logger() *slog.Logger {
	if h.Logger != nil {
		return h.Logger
	}
	return slog.New(slog.DiscardHandler)
}

// advisor reads the advisor a calendar task names; ok false when it is
// gone or no longer connected.
func (h *Handlers) advisor(ctx context.Context, t queue.Task) (planner.Advisor, bool, error) {
	var args calendarArgs
	if err := json.Unmarshal(t.Payload, &args); err != nil {
		return planner.Advisor{}, false, fmt.Errorf("task %s: payload: %w", t.ID, err)
	}
	as, err := h.Store.FindAdvisors(ctx, args.Jobcenter, planner.AdvisorFilter{IDs: []planner.AdvisorID{args.Advisor}})
	if err != nil {
		return planner.Advisor{}, false, err
	}
	if len(as) == 0 || !as[0].Calendar.Connected() {
		return planner.Advisor{}, false, nil
	}
	return as[0], true, nil
}

// calendarPull pushes, then pulls. A calendar server's failure is recorded
// by the engine (items retried with backoff, the calendar's state), so it
// is not the queue's to retry; a store failure is.
func (h *Handlers) calendarPull(ctx context.Context, t queue.Task) error {
	a, ok, err := h.advisor(ctx, t)
	if err != nil || !ok {
		return err
	}
	if _, err := h.Engine.Push(ctx, a); err != nil {
		h.logger().WarnContext(ctx, "Calendar push failed", "advisor_id", a.ID, "err", planner.RedactCPR(err.Error()))
	}
	if _, err := h.Engine.Pull(ctx, a); err != nil {
		h.logger().DebugContext(ctx, "Calendar pull failed (recorded on the calendar)", "advisor_id", a.ID)
	}
	return nil
}

// calendarPush pushes the advisor's pending items; the engine settles each
// item (done, retried with backoff, failed after its last attempt); an
// error here is the store's, retried by the queue.
func (h *Handlers) calendarPush(ctx context.Context, t queue.Task) error {
	a, ok, err := h.advisor(ctx, t)
	if err != nil {
		return err
	}
	if !ok {
		// deleted or disconnected since: its items can never be pushed
		h.calendarGiveUp(ctx, t, errCalendarGone)
		return nil
	}
	_, err = h.Engine.Push(ctx, a)
	return err
}

// calendarRetire cleans up a retired calendar; the engine records the
// outcome (retried with backoff, cleaned, left behind), so an error here is
// the store's.
func (h *Handlers) calendarRetire(ctx context.Context, t queue.Task) error {
	var args retireArgs
	if err := json.Unmarshal(t.Payload, &args); err != nil {
		return fmt.Errorf("task %s: payload: %w", t.ID, err)
	}
	_, err := h.Engine.Retire(ctx, args.Calendar)
	return err
}

// calendarGiveUp turns the advisor's pending calendar items red with the
// error of the push's last retry.
func (h *Handlers) calendarGiveUp(ctx context.Context, t queue.Task, cause error) {
	var args calendarArgs
	if json.Unmarshal(t.Payload, &args) != nil {
		return
	}
	items, err := h.Store.FindCalendarPushes(ctx, args.Advisor)
	if err != nil {
		h.logger().ErrorContext(ctx, "Giving up a calendar push: reading its items", "advisor_id", args.Advisor, "err", err)
		return
	}
	for _, it := range items {
		if err := h.Store.MarkSyncFailed(ctx, it.ID, planner.RedactCPR(cause.Error())); err != nil {
			h.logger().ErrorContext(ctx, "Giving up a calendar push", "sync_item_id", it.ID, "err", err)
		}
	}
}

// errCalendarGone is the reason of an item whose advisor was deleted or
// disconnected before it was pushed.
var errCalendarGone = errors.New("the advisor's calendar is no longer connected")

func rowID(t queue.Task) (int64, error) {
	var args rowArgs
	if err := json.Unmarshal(t.Payload, &args); err != nil {
		return 0, fmt.Errorf("task %s: payload: %w", t.ID, err)
	}
	return args.ID, nil
}

func (h *Handlers) jobnetPush(ctx context.Context, t queue.Task) error {
	id, err := rowID(t)
	if err != nil {
		return err
	}
	_, err = h.Jobnet.PushItem(ctx, id)
	return err
}

func (h *Handlers) jobnetGiveUp(ctx context.Context, t queue.Task, cause error) {
	if id, err := rowID(t); err == nil {
		if err := h.Jobnet.GiveUp(ctx, id, cause); err != nil {
			h.logger().ErrorContext(ctx, "Giving up a Jobnet push", "sync_item_id", id, "err", err)
		}
	}
}

func (h *Handlers) mailSend(ctx context.Context, t queue.Task) error {
	id, err := rowID(t)
	if err != nil {
		return err
	}
	return h.Mail.Send(ctx, id)
}

func (h *Handlers) mailGiveUp(ctx context.Context, t queue.Task, cause error) {
	if id, err := rowID(t); err == nil {
		if err := h.Mail.GiveUp(ctx, id, cause); err != nil {
			h.logger().ErrorContext(ctx, "Giving up a notification mail", "notification", id, "err", err)
		}
	}
}
