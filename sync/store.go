package sync

import (
	"context"
	"time"

	"github.com/planner-dk/planner/planner"
)

// Store is the part of planner.Store the engine needs; both stores
// implement it.
type Store interface {
	FindJobcenter(ctx context.Context, id planner.JobcenterID) (planner.Jobcenter, error)
	FindAdvisors(ctx context.Context, jc planner.JobcenterID, f planner.AdvisorFilter) ([]planner.Advisor, error)
	FindRooms(ctx context.Context, jc planner.JobcenterID) ([]planner.Room, error)
	FindTeams(ctx context.Context, jc planner.JobcenterID) ([]planner.Team, error)
	FindMeeting(ctx context.Context, jc planner.JobcenterID, id planner.MeetingID) (planner.Meeting, []planner.Summons, error)
	FindMeetings(ctx context.Context, jc planner.JobcenterID, f planner.MeetingFilter) ([]planner.MeetingDetail, error)
	RecordNotification(ctx context.Context, n planner.Notification) (bool, error)

	FindCalendarAdvisors(ctx context.Context) ([]planner.Advisor, error)
	FindCalendarStates(ctx context.Context, jc planner.JobcenterID, advisors []planner.AdvisorID) (map[planner.AdvisorID]planner.CalendarState, error)
	FindCalendarSnapshot(ctx context.Context, advisor planner.AdvisorID) (planner.CalendarSnapshot, error)
	SavePull(ctx context.Context, advisor planner.AdvisorID, r planner.PullResult) error
	MarkPullFailed(ctx context.Context, advisor planner.AdvisorID, cal planner.CalendarID, reason string, auth bool, at time.Time) error
	SetCalendarWriteError(ctx context.Context, advisor planner.AdvisorID, cal planner.CalendarID, reason string) error
	FindCalendarPushes(ctx context.Context, advisor planner.AdvisorID) ([]planner.SyncItem, error)
	SaveCalendarEvent(ctx context.Context, e planner.CalendarEvent) error
	DeleteCalendarEvent(ctx context.Context, meeting planner.MeetingID, advisor planner.AdvisorID) error
	MarkSyncDone(ctx context.Context, id int64, href, etag string) error
	MarkSyncRetry(ctx context.Context, id int64, reason string, next time.Time) error
	MarkSyncFailed(ctx context.Context, id int64, reason string) error

	FindRetiredCalendar(ctx context.Context, id planner.CalendarID) (planner.RetiredCalendar, error)
	SaveRetireResult(ctx context.Context, id planner.CalendarID, r planner.RetireResult) error
}

var _ Store = planner.Store(nil)
