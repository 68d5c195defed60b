package planner

import (
	"context"
	"time"
)

// NotificationState is where a recorded notification is on its way to a
// mail: pending until the mail worker sends it, then sent or failed.
type NotificationState string

// The states of a recorded notification.
const (
	NotificationPending NotificationState = "pending"
	NotificationSent    NotificationState = "sent"
	NotificationFailed  NotificationState = "failed"
)

// NotificationRecord is a notification in the outbox, as the Store keeps
// it for the mail worker.
type NotificationRecord struct {
	ID int64 `json:"id"`
	Notification
	State    NotificationState `json:"state"`
	Attempts int               `json:"attempts"`
	// NextAttempt is when the mail worker may try a pending one again.
	NextAttempt time.Time  `json:"nextAttempt"`
	LastError   string     `json:"lastError,omitempty"`
	CreatedAt   time.Time  `json:"createdAt"`
	SentAt      *time.Time `json:"sentAt,omitempty"`
}

// notify records a decided notification in the outbox. ok false means the
// decision found no address (or the job centre switched the mail off): the
// situation is logged and nothing is recorded. A failure to record never
// fails the citizen's request that raised it; it is logged, without any
// citizen data, since a Notification holds none.
func (s *Service) notify(ctx context.Context, n Notification, ok bool) {
	log := s.Logger.With("trigger", n.Trigger.String(), "jobcenter", n.JobcenterID, "offer", n.OfferID)
	if !ok {
		log.InfoContext(ctx, "notification situation without a mail address")
		return
	}
	created, err := s.Store.RecordNotification(ctx, n)
	switch {
	case err != nil:
		log.ErrorContext(ctx, "recording notification", "err", err)
	case created:
		log.InfoContext(ctx, "notification recorded", "reason", string(n.Reason), "team", n.TeamID)
	default:
		log.DebugContext(ctx, "notification already recorded today")
	}
}

// notifyEmpty decides and records mail 1, 2 or 3 for job centre jc.
// offer is nil where no offer is concerned (mails 1 and 3 without an offer).
func (s *Service) notifyEmpty(ctx context.Context, jc JobcenterID, trigger Trigger, offer *Offer, reason EmptyReason) {
	j, err := s.Store.FindJobcenter(ctx, jc)
	if err != nil {
		s.Logger.ErrorContext(ctx, "notification: reading job centre", "jobcenter", jc, "err", err)
		return
	}
	loc, err := j.Location()
	if err != nil {
		s.Logger.ErrorContext(ctx, "notification: job centre zone", "jobcenter", jc, "err", err)
		return
	}
	teams, err := s.Store.FindTeams(ctx, jc)
	if err != nil {
		s.Logger.ErrorContext(ctx, "notification: reading teams", "jobcenter", jc, "err", err)
		return
	}
	tree, err := NewTeamTree(teams)
	if err != nil {
		s.Logger.ErrorContext(ctx, "notification: team tree", "jobcenter", jc, "err", err)
		return
	}
	today := DateOf(s.Now(), loc)
	var n Notification
	var ok bool
	switch trigger {
	case NoOffer:
		n, ok = NotifyNoOffer(j, tree, today)
	case NoFreeTime:
		n, ok = NotifyNoFreeTime(*offer, reason, tree, today)
	case InstantNoTime:
		n, ok = NotifyInstantNoTime(j, offer, reason, tree, today)
	default:
		return
	}
	s.notify(ctx, n, ok)
}

// PortalOffers is OffersFor as the citizen portal asks it: an empty answer
// records mail 1 (§7.1) for the top of the team tree.
func (s *Service) PortalOffers(ctx context.Context, jc JobcenterID, citizen CitizenID) ([]Offer, error) {
	offers, err := s.OffersFor(ctx, jc, citizen)
	if err == nil && len(offers) == 0 {
		s.notifyEmpty(ctx, jc, NoOffer, nil, "")
	}
	return offers, err
}

// PortalFreeTimes is FreeTimes as the citizen portal asks it: the times as
// the citizen sees them (Result.ForCitizen), and a search of an offer open
// to the citizen that finds no free time records mail 2 (§7.2) with its
// reason for the offer's team.
func (s *Service) PortalFreeTimes(ctx context.Context, r FreeTimesRequest) (Result, error) {
	res, err := s.FreeTimes(ctx, r)
	if err != nil {
		return res, err
	}
	o, err := s.Store.FindOffer(ctx, r.Jobcenter, r.Offer)
	if err != nil {
		return res, err
	}
	if len(res.Times) == 0 {
		s.notifyEmpty(ctx, r.Jobcenter, NoFreeTime, &o, res.Empty)
	}
	return res.ForCitizen(o), nil
}
