package planner

import "time"

// DisplayState is the one state a calendar item is drawn in (§2).
type DisplayState string

// The display states of §2 and their colours.
const (
	StateSyncedSeen        DisplayState = "synced_seen"         // blue, green tick
	StateSyncedSeenOverdue DisplayState = "synced_seen_overdue" // blue, green tick and red dot
	StateSynced            DisplayState = "synced"              // blue
	StateAwaitingSync      DisplayState = "awaiting_sync"       // grey
	StateExternal          DisplayState = "external"            // green: from the advisor's own calendar
	StateNoParticipants    DisplayState = "no_participants"     // orange
	StateError             DisplayState = "error"               // red, with the reason
	StateAbsence           DisplayState = "absence"             // yellow
)

// TargetState is the sync state of one target of a meeting: an advisor's
// calendar or Jobnet, with the error text of a failure.
type TargetState struct {
	State SyncState
	Error string
}

// Participant is one summons of a meeting with the citizen's drop date.
type Participant struct {
	Summons  Summons
	DropDate Date
}

// MeetingDisplay derives a meeting's display state (§2) from its
// participants and the sync states of its targets, in this order:
//
//  1. error: a target failed (the reason is returned too);
//  2. awaiting_sync: a target or a sent summons still waits;
//  3. no_participants: no one booked, or a summons is still pending (internal);
//  4. synced_seen_overdue: every participant saw it, but an individual
//     meeting was seen only on or after its date, or a participant's drop
//     date of a group meeting lies before the meeting;
//  5. synced_seen: every participant saw it;
//  6. synced.
func MeetingDisplay(m Meeting, participants []Participant, targets []TargetState, loc *time.Location) (DisplayState, string) {
	for _, t := range targets {
		if t.State == SyncFailed {
			return StateError, t.Error
		}
	}
	for _, p := range participants {
		if p.Summons.State == Sent && p.Summons.Jobnet == SyncFailed {
			return StateError, p.Summons.JobnetErr
		}
	}
	for _, t := range targets {
		if t.State == SyncPending {
			return StateAwaitingSync, ""
		}
	}
	for _, p := range participants {
		if p.Summons.State == Sent && p.Summons.Jobnet != SyncDone {
			return StateAwaitingSync, ""
		}
	}
	if len(participants) == 0 {
		return StateNoParticipants, ""
	}
	seen, overdue := true, false
	day := DateOf(m.Start, loc)
	for _, p := range participants {
		if p.Summons.State == Pending {
			return StateNoParticipants, ""
		}
		if p.Summons.SeenAt == nil {
			seen = false
			continue
		}
		if m.Form == Individual && !DateOf(*p.Summons.SeenAt, loc).Before(day) {
			overdue = true
		}
		if m.Form == Group && !p.DropDate.IsZero() && p.DropDate.Before(day) {
			overdue = true
		}
	}
	switch {
	case seen && overdue:
		return StateSyncedSeenOverdue, ""
	case seen:
		return StateSyncedSeen, ""
	}
	return StateSynced, ""
}
