package planner

import (
	"testing"
	"time"
)

func TestMeetingDisplay(t *testing.T) {
	day := at(2026, 3, 10, 9, 0)
	seenOn := func(tm time.Time) *time.Time { return &tm }
	sent := func(seen *time.Time) Participant {
		return Participant{Summons: Summons{State: Sent, Jobnet: SyncDone, SeenAt: seen}}
	}
	individual := meetingAt(1, day, 30, 15, 1)
	group := meetingAt(2, day, 60, 0, 1)
	group.Form, group.Seats = Group, 20
	done := []TargetState{{State: SyncDone}}
	tests := []struct {
		name    string
		m       Meeting
		ps      []Participant
		targets []TargetState
		want    DisplayState
		reason  string
	}{
		{"§2 a failed calendar push is red with its reason", individual, []Participant{sent(nil)}, []TargetState{{State: SyncFailed, Error: "412 precondition failed"}}, StateError, "412 precondition failed"},
		{"§2 a summons rejected by Jobnet is red", individual, []Participant{{Summons: Summons{State: Sent, Jobnet: SyncFailed, JobnetErr: "422 unknown meeting type"}}}, done, StateError, "422 unknown meeting type"},
		{"§2 waiting for the synchronisation is grey", individual, []Participant{sent(nil)}, []TargetState{{State: SyncPending}}, StateAwaitingSync, ""},
		{"§2 a sent summons not yet on Jobnet is grey", individual, []Participant{{Summons: Summons{State: Sent, Jobnet: SyncPending}}}, done, StateAwaitingSync, ""},
		{"§2 a meeting with no one booked is orange", group, nil, done, StateNoParticipants, ""},
		{"§2 a pending (internal) summons is orange", individual, []Participant{{Summons: Summons{State: Pending}}}, done, StateNoParticipants, ""},
		{"§2 synced, not yet seen, is blue", individual, []Participant{sent(nil)}, done, StateSynced, ""},
		{"§2 synced and seen before the meeting date", individual, []Participant{sent(seenOn(day.AddDate(0, 0, -2)))}, done, StateSyncedSeen, ""},
		{"§2 an individual meeting seen only on its date is overdue", individual, []Participant{sent(seenOn(day.Add(-time.Hour)))}, done, StateSyncedSeenOverdue, ""},
		{"§2 a group meeting with a participant past the drop date is overdue", group, []Participant{
			sent(seenOn(day.AddDate(0, 0, -3))),
			{Summons: Summons{State: Sent, Jobnet: SyncDone, SeenAt: seenOn(day.AddDate(0, 0, -3))}, DropDate: NewDate(2026, 3, 9)},
		}, done, StateSyncedSeenOverdue, ""},
		{"§2 a group meeting is seen only when every participant saw it", group, []Participant{sent(seenOn(day.AddDate(0, 0, -3))), sent(nil)}, done, StateSynced, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, reason := MeetingDisplay(tc.m, tc.ps, tc.targets, cph)
			if got != tc.want || reason != tc.reason {
				t.Errorf("MeetingDisplay = %q, %q; want %q, %q", got, reason, tc.want, tc.reason)
			}
		})
	}
}

// TestCalendarItemOfAGroupMeetingPastADropDate: §2 and issue 22 point 6 —
// the calendar's item of a group meeting where a participant's drop date
// is passed shows the red dot (seen, overdue): the calendar passes the
// participants' drop dates on.
func TestCalendarItemOfAGroupMeetingPastADropDate(t *testing.T) {
	day := at(2026, 3, 10, 9, 0)
	seen := day.AddDate(0, 0, -3)
	group := meetingAt(2, day, 60, 0, 1)
	group.Form, group.Seats = Group, 20
	d := MeetingDetail{Meeting: group, Summonses: []Summons{
		{ID: 1, State: Sent, Jobnet: SyncDone, SeenAt: &seen, HoldingDeadline: NewDate(2026, 4, 1)},
		{ID: 2, State: Sent, Jobnet: SyncDone, SeenAt: &seen, HoldingDeadline: NewDate(2026, 3, 9)},
	}, Sync: []SyncItem{{Kind: TargetCalendar, AdvisorID: group.Advisors[0], State: SyncDone}}}
	if got := meetingItem(d, BusyTimes{}, nil, cph); got.State != StateSyncedSeenOverdue {
		t.Errorf("state = %q, want %q", got.State, StateSyncedSeenOverdue)
	}
	d.Summonses[1].HoldingDeadline = NewDate(2026, 3, 10)
	if got := meetingItem(d, BusyTimes{}, nil, cph); got.State != StateSyncedSeen {
		t.Errorf("a drop date on the meeting's day: state = %q, want %q", got.State, StateSyncedSeen)
	}
}
