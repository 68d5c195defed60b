package planner

// SyncState is the state of one sync target of a meeting or summons: a push
// to one advisor's calendar, or to Jobnet (§2, §9).
type SyncState string

// Sync states and their colours.
const (
	SyncPending SyncState = "pending" // grey: waiting for the synchronisation
	SyncDone    SyncState = "done"    // blue: synced
	SyncFailed  SyncState = "failed"  // red: failed, with a reason
)
