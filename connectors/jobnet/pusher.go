package jobnet

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/planner-dk/planner/planner"
)

// Store is what the Pusher reads and marks; both stores implement it.
type Store interface {
	FindDueSyncItems(ctx context.Context, due time.Time, limit int) ([]planner.SyncItem, error)
	FindSyncItem(ctx context.Context, id int64) (planner.SyncItem, error)
	FindJobcenter(ctx context.Context, id planner.JobcenterID) (planner.Jobcenter, error)
	FindSummons(ctx context.Context, jc planner.JobcenterID, id planner.SummonsID) (planner.Summons, error)
	FindMeeting(ctx context.Context, jc planner.JobcenterID, id planner.MeetingID) (planner.Meeting, []planner.Summons, error)
	FindCitizen(ctx context.Context, jc planner.JobcenterID, id planner.CitizenID) (planner.Citizen, error)
	FindRooms(ctx context.Context, jc planner.JobcenterID) ([]planner.Room, error)
	planner.CallReader // a phone meeting's caller and number
	MarkSyncDone(ctx context.Context, id int64, href, etag string) error
	MarkSyncRetry(ctx context.Context, id int64, reason string, next time.Time) error
	MarkSyncFailed(ctx context.Context, id int64, reason string) error
}

// Pusher pushes the due Jobnet sync items of the outbox (DESIGN.md data
// flow, step 3): accepted → done (blue), rejected → failed (red) with
// Jobnet's reason, transient → retried with backoff (grey), failed after
// MaxAttempts.
type Pusher struct {
	Store       Store
	Client      *Client
	Now         func() time.Time
	Logger      *slog.Logger
	MaxAttempts int // default 8
}

// Stats says what one round did.
type Stats struct{ Done, Retried, Failed int }

// PushDue pushes up to limit due Jobnet items.
func (p *Pusher) PushDue(ctx context.Context, limit int) (Stats, error) {
	var st Stats
	items, err := p.Store.FindDueSyncItems(ctx, p.now(), limit)
	if err != nil {
		return st, err
	}
	for _, it := range items {
		if it.Kind != planner.TargetJobnet {
			continue
		}
		if err := p.settle(ctx, it, p.push(ctx, it), &st); err != nil {
			return st, err
		}
	}
	return st, nil
}

// PushItem pushes Jobnet item id if it is pending and due, as the
// jobnet:push task asks. It returns an error only when the store fails;
// Jobnet's answer is recorded on the item.
func (p *Pusher) PushItem(ctx context.Context, id int64) (Stats, error) {
	var st Stats
	it, err := p.Store.FindSyncItem(ctx, id)
	if errors.Is(err, planner.ErrNotFound) {
		return st, nil
	}
	if err != nil {
		return st, err
	}
	if it.Kind != planner.TargetJobnet || it.State != planner.SyncPending || it.NextAttempt.After(p.now()) {
		return st, nil // done, failed or not due: a late or repeated task
	}
	return st, p.settle(ctx, it, p.push(ctx, it), &st)
}

// GiveUp marks item id failed with cause: its task failed its last retry.
func (p *Pusher) GiveUp(ctx context.Context, id int64, cause error) error {
	it, err := p.Store.FindSyncItem(ctx, id)
	if errors.Is(err, planner.ErrNotFound) {
		return nil
	}
	if err != nil || it.State != planner.SyncPending {
		return err
	}
	return p.Store.MarkSyncFailed(ctx, id, planner.RedactCPR(cause.Error()))
}

func (p *Pusher) now() time.Time {
	if p.Now != nil {
		return p.Now()
	}
	return time.Now()
}

// push sends one change. The idempotency key is the item's id, so a retry
// is never applied twice; the version is the item's id too, so Jobnet can
// drop a change that arrives after a later one.
func (p *Pusher) push(ctx context.Context, it planner.SyncItem) error {
	key := fmt.Sprintf("planner-%d", it.ID)
	if it.Op == planner.OpDelete {
		return p.Client.Cancel(ctx, key, it.RemoteHref)
	}
	s, err := p.Store.FindSummons(ctx, it.JobcenterID, it.SummonsID)
	if errors.Is(err, planner.ErrNotFound) {
		return p.Client.Cancel(ctx, key, it.RemoteHref) // cancelled since
	}
	if err != nil {
		return err
	}
	body, err := p.summons(ctx, it, s)
	if err != nil {
		return err
	}
	return p.Client.Put(ctx, key, body)
}

// summons builds the body of a PUT (docs/jobnet.md).
func (p *Pusher) summons(ctx context.Context, it planner.SyncItem, s planner.Summons) (Summons, error) {
	jc, err := p.Store.FindJobcenter(ctx, it.JobcenterID)
	if err != nil {
		return Summons{}, err
	}
	m, _, err := p.Store.FindMeeting(ctx, it.JobcenterID, s.MeetingID)
	if err != nil {
		return Summons{}, err
	}
	c, err := p.Store.FindCitizen(ctx, it.JobcenterID, s.CitizenID)
	if err != nil {
		return Summons{}, err
	}
	rooms, err := p.Store.FindRooms(ctx, it.JobcenterID)
	if err != nil {
		return Summons{}, err
	}
	location := ""
	for _, r := range rooms {
		if r.ID == m.RoomID {
			location = r.Name
		}
	}
	loc, _ := jc.Location()
	body := Summons{Number: s.Number, Jobcentre: Jobcentre{Prefix: jc.SummonsPrefix, Name: jc.Name},
		Citizen: Citizen{CPR: c.CPR.Digits()}, Version: it.ID,
		Meeting: Meeting{Start: m.Start.In(loc), End: m.End.In(loc), Title: m.Title, Type: m.MeetingType,
			Form: string(m.Form), Channel: string(m.Channel), Location: location}}
	if !s.HoldingDeadline.IsZero() {
		body.HoldingDeadline = s.HoldingDeadline.String()
	}
	call, ok, err := planner.CallOf(ctx, p.Store, m)
	if err != nil {
		return Summons{}, err
	}
	if ok {
		body.Meeting.Caller, body.Meeting.Phone = string(call.Caller), call.Phone
	}
	return body, nil
}

// settle marks an item after its push.
func (p *Pusher) settle(ctx context.Context, it planner.SyncItem, cause error, st *Stats) error {
	maxAttempts := p.MaxAttempts
	if maxAttempts <= 0 {
		maxAttempts = 8
	}
	var err error
	switch {
	case cause == nil:
		err = p.Store.MarkSyncDone(ctx, it.ID, it.RemoteHref, "")
		st.Done++
	case errors.Is(cause, ErrTransient) && it.Attempts+1 < maxAttempts:
		err = p.Store.MarkSyncRetry(ctx, it.ID, planner.RedactCPR(cause.Error()), p.now().Add(planner.RetryDelay(it.Attempts)))
		st.Retried++
	default:
		err = p.Store.MarkSyncFailed(ctx, it.ID, planner.RedactCPR(cause.Error()))
		st.Failed++
	}
	if cause != nil && p.Logger != nil {
		p.Logger.Warn("Jobnet push failed", "sync_item_id", it.ID, "err", planner.RedactCPR(cause.Error()))
	}
	return err
}
