package planner

import (
	"math/rand/v2"
	"time"
)

// SyncState is the state of one sync target of a meeting or summons: a push
// to one advisor's calendar, or to Jobnet (§2, §9).
type SyncState string

// Sync states and their colours.
const (
	SyncPending SyncState = "pending" // grey: waiting for the synchronisation
	SyncDone    SyncState = "done"    // blue: synced
	SyncFailed  SyncState = "failed"  // red: failed, with a reason
)

// TargetKind is where a sync item goes.
type TargetKind string

// Sync targets (DESIGN.md data flow, step 1).
const (
	TargetCalendar TargetKind = "calendar" // an advisor's own calendar (CalDAV, Graph)
	TargetJobnet   TargetKind = "jobnet"   // Jobnet/DFDG
)

// SyncOp is what a sync item asks the target to do.
type SyncOp string

// Sync operations.
const (
	OpPut    SyncOp = "put"    // create or update
	OpDelete SyncOp = "delete" // remove
)

// SyncItem is one row of the outbox: a change of a meeting or summons to be
// pushed to one target. It is written in the same transaction as the change
// (DESIGN.md), so no change is lost when the queue is; workers move it from
// pending to done or failed.
type SyncItem struct {
	ID          int64       `json:"id"`
	JobcenterID JobcenterID `json:"jobcenterId"`
	Kind        TargetKind  `json:"kind"`
	AdvisorID   AdvisorID   `json:"advisorId,omitempty"` // calendar targets
	MeetingID   MeetingID   `json:"meetingId"`
	SummonsID   SummonsID   `json:"summonsId,omitempty"` // Jobnet targets
	Op          SyncOp      `json:"op"`
	State       SyncState   `json:"state"`
	Attempts    int         `json:"attempts"`
	NextAttempt time.Time   `json:"nextAttempt"`
	LastError   string      `json:"lastError,omitempty"`
	RemoteHref  string      `json:"remoteHref,omitempty"`
	ETag        string      `json:"etag,omitempty"`
	CreatedAt   time.Time   `json:"createdAt"`
	UpdatedAt   time.Time   `json:"updatedAt"`
}

// RetryDelay is how long a sync item waits after its attempts-th failed
// attempt: 30 s doubled per attempt, at most an hour, with ±20 % jitter so
// items that failed together do not retry together.
func RetryDelay(attempts int) time.Duration {
	d := min(30*time.Second<<min(max(attempts, 0), 7), time.Hour)
	return time.Duration(float64(d) * (0.8 + 0.4*rand.Float64()))
}
