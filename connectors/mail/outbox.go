package mail

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/planner-dk/planner/planner"
)

// Store is what the Outbox reads and marks; both stores implement it.
type Store interface {
	FindNotification(ctx context.Context, id int64) (planner.NotificationRecord, error)
	FindOffer(ctx context.Context, jc planner.JobcenterID, id planner.OfferID) (planner.Offer, error)
	MarkNotificationSent(ctx context.Context, id int64, at time.Time) error
	MarkNotificationRetry(ctx context.Context, id int64, reason string, next time.Time) error
	MarkNotificationFailed(ctx context.Context, id int64, reason string) error
}

// Outbox sends the recorded notifications (§7) one at a time, as the
// mail:send task asks: sent, retried with backoff (grey) or failed with the
// server's reason.
type Outbox struct {
	Store  Store
	Sender *Sender
	Lang   planner.Lang // "" means Danish
	// UIURL, when set, is the address staff reach Planner at: a mail about
	// an offer links to the offer's page there, UIURL/tilbud/{id}.
	UIURL       string
	Now         func() time.Time
	Logger      *slog.Logger
	MaxAttempts int // default 8
	Metrics     *Metrics
}

// Send sends notification id if it is pending and due. It returns an
// error only when the store fails; a mail server's failure is recorded on
// the notification.
func (o *Outbox) Send(ctx context.Context, id int64) error {
	r, err := o.Store.FindNotification(ctx, id)
	if errors.Is(err, planner.ErrNotFound) {
		return nil
	}
	if err != nil {
		return err
	}
	if r.State != planner.NotificationPending || r.NextAttempt.After(o.now()) {
		return nil // sent, failed, or not due yet: a late or repeated task
	}
	offerName, offerURL := "", ""
	if r.OfferID != 0 {
		if offer, err := o.Store.FindOffer(ctx, r.JobcenterID, r.OfferID); err == nil {
			offerName = offer.Name
		} else if !errors.Is(err, planner.ErrNotFound) {
			return err
		}
		if o.UIURL != "" {
			offerURL = fmt.Sprintf("%s/tilbud/%d", strings.TrimSuffix(o.UIURL, "/"), r.OfferID)
		}
	}
	lang := o.Lang
	if lang == "" {
		lang = planner.Danish
	}
	cause := o.Sender.Send(ctx, r.Notification, lang, offerName, offerURL)
	return o.settle(ctx, r, cause)
}

// GiveUp marks notification id failed with cause: its task failed its
// last retry.
func (o *Outbox) GiveUp(ctx context.Context, id int64, cause error) error {
	err := o.Store.MarkNotificationFailed(ctx, id, planner.RedactCPR(cause.Error()))
	if errors.Is(err, planner.ErrNotFound) {
		return nil // no longer pending
	}
	return err
}

// settle records the outcome of one attempt.
func (o *Outbox) settle(ctx context.Context, r planner.NotificationRecord, cause error) error {
	maxAttempts := o.MaxAttempts
	if maxAttempts <= 0 {
		maxAttempts = 8
	}
	log := o.logger().With("notification", r.ID, "trigger", r.Trigger.String(), "jobcenter", r.JobcenterID)
	var err error
	result := "sent"
	switch {
	case cause == nil:
		err = o.Store.MarkNotificationSent(ctx, r.ID, o.now())
		log.InfoContext(ctx, "notification mail sent")
	case !errors.Is(cause, ErrRefused) && r.Attempts+1 < maxAttempts:
		result = "retry"
		next := o.now().Add(planner.RetryDelay(r.Attempts))
		err = o.Store.MarkNotificationRetry(ctx, r.ID, planner.RedactCPR(cause.Error()), next)
		log.WarnContext(ctx, "notification mail not sent, retrying", "err", planner.RedactCPR(cause.Error()), "next", next)
	default:
		result = "failed"
		err = o.Store.MarkNotificationFailed(ctx, r.ID, planner.RedactCPR(cause.Error()))
		log.ErrorContext(ctx, "notification mail failed", "err", planner.RedactCPR(cause.Error()), "attempts", r.Attempts+1)
	}
	if errors.Is(err, planner.ErrNotFound) {
		err = nil // settled meanwhile by another worker
	}
	o.Metrics.observe(r.Trigger, result)
	return err
}

func (o *Outbox) now() time.Time {
	if o.Now != nil {
		return o.Now()
	}
	return time.Now()
}

func (o *Outbox) logger() *slog.Logger {
	if o.Logger != nil {
		return o.Logger
	}
	return slog.New(slog.DiscardHandler)
}

// Metrics counts notification mails.
type Metrics struct{ mails *prometheus.CounterVec }

// NewMetrics registers planner_mails_total{trigger,result} (sent, retry,
// failed) on reg.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{mails: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "planner_mails_total",
		Help: "Notification mail attempts by trigger and result (sent, retry, failed)."}, []string{"trigger", "result"})}
	reg.MustRegister(m.mails)
	return m
}

func (m *Metrics) observe(t planner.Trigger, result string) {
	if m != nil {
		m.mails.WithLabelValues(t.String(), result).Inc()
	}
}
