package sync

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/planner-dk/planner/planner"
)

// MaxRetireAttempts is how often the clean-up of a retired calendar is
// tried while the old calendar cannot be reached, before Planner's events
// in it are recorded as left behind (about eight minutes with the backoff).
const MaxRetireAttempts = 5

// RetireStats says what one clean-up attempt of a retired calendar did.
type RetireStats struct {
	Deleted int  // Planner's events no longer in the old calendar
	Left    int  // events that stay there (edited by the advisor, refused)
	Retry   bool // the old calendar could not be reached; tried again later
}

// errEdited: the advisor changed what Planner owns in an event of the old
// calendar; it is theirs now and is left there.
var errEdited = errors.New("edited in the old calendar since Planner wrote it; left for the advisor")

// Retire deletes Planner's events from calendar id, a connection its advisor
// no longer uses (issue 14), with the old credentials: each delete is
// conditional on the etag Planner last saw, and an event the advisor has
// edited since is left alone. When the old calendar cannot be reached the
// attempt is repeated with backoff, at most MaxRetireAttempts times; refused
// credentials end it at once. When it ends, what remains is recorded as left
// behind (shown on the calendar status route) and the old secret is wiped.
func (e *Engine) Retire(ctx context.Context, id planner.CalendarID) (RetireStats, error) {
	var st RetireStats
	rc, err := e.Store.FindRetiredCalendar(ctx, id)
	if errors.Is(err, planner.ErrNotFound) {
		return st, nil // the advisor was deleted since
	}
	if err != nil {
		return st, fmt.Errorf("retired calendar %d: %w", id, err)
	}
	if rc.State != planner.RetiredCleaning {
		return st, nil // a late or repeated task
	}
	var res planner.RetireResult
	var unreachable error
	conn, err := e.Connect(planner.Advisor{ID: rc.AdvisorID, JobcenterID: rc.JobcenterID, Calendar: rc.Connection()})
	events := rc.Events
	if err != nil {
		res.Reason, events = redact(err.Error()), nil
	}
	for _, ev := range events {
		err := e.retireEvent(ctx, conn, ev)
		switch {
		case err == nil:
			res.Deleted = append(res.Deleted, ev.Href)
		case retryable(err):
			unreachable = err
		default:
			res.Reason = redact(err.Error())
		}
		if unreachable != nil {
			break
		}
	}
	switch {
	case unreachable != nil && !errors.Is(unreachable, ErrAuth) && rc.Attempts+1 < MaxRetireAttempts:
		res.Retry, res.Reason = e.now().Add(planner.RetryDelay(rc.Attempts)), redact(unreachable.Error())
		st.Retry = true
	case unreachable != nil:
		res.Reason = "the old calendar could not be reached: " + redact(unreachable.Error())
	}
	if err := e.Store.SaveRetireResult(ctx, id, res); err != nil {
		return st, fmt.Errorf("retired calendar %d: %w", id, err)
	}
	st.Deleted, st.Left = len(res.Deleted), len(rc.Events)-len(res.Deleted)
	switch {
	case st.Retry:
		e.logger().Warn("Old calendar not reached; its clean-up is tried again", "advisor_id", rc.AdvisorID, "calendar_id", id, "err", res.Reason)
	case st.Left > 0 || res.Reason != "":
		e.logger().Error("Planner events left behind in an advisor's old calendar", "advisor_id", rc.AdvisorID, "calendar_id", id, "left", st.Left, "err", res.Reason)
	default:
		e.logger().Info("Old calendar cleaned up", "advisor_id", rc.AdvisorID, "calendar_id", id, "deleted", st.Deleted)
	}
	return st, nil
}

// retireEvent deletes one of Planner's events from a retired calendar: If-Match
// on the etag Planner last saw; after a 412, only if what Planner owns is
// unchanged (the server or a client rewrote it, an alarm was added).
func (e *Engine) retireEvent(ctx context.Context, conn Connector, ev planner.CalendarEvent) error {
	err := conn.Delete(ctx, ev.Href, ev.ETag)
	if errors.Is(err, ErrPrecondition) {
		objs, bad, ferr := conn.Fetch(ctx, []string{ev.Href})
		switch {
		case ferr != nil:
			return ferr
		case bad[ev.Href] != nil:
			return errEdited
		case len(objs) == 0:
			return nil
		}
		p, perr := Parse(objs[0].Data, Options{Zone: time.UTC, To: time.Unix(0, 0)})
		if perr != nil || !p.Marker.Planner() || p.Marker.Owned != ev.OwnedHash {
			return errEdited
		}
		err = conn.Delete(ctx, ev.Href, objs[0].ETag)
	}
	if errors.Is(err, ErrNotFound) {
		return nil
	}
	return err
}
