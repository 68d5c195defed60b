package sqlstore

import (
	"context"
	"time"

	"github.com/planner-dk/planner/planner"
	"github.com/planner-dk/planner/planner/postgres"
	"github.com/planner-dk/planner/planner/sqlite"
)

// legacy is what the old per-engine stores still serve: the methods of
// planner.Store not yet moved into this package (issue 19 moves them one
// aggregate at a time, each commit green on both engines). It shrinks with
// every move and goes with the last.
type legacy interface {
	CreateToken(ctx context.Context, t *planner.Token) error
	FindTokenByHash(ctx context.Context, hash []byte) (planner.Token, error)
	DeleteTeam(ctx context.Context, jc planner.JobcenterID, id planner.TeamID) error
	CreateAdvisor(ctx context.Context, a *planner.Advisor) error
	UpdateAdvisor(ctx context.Context, a planner.Advisor) error
	DeleteAdvisor(ctx context.Context, jc planner.JobcenterID, id planner.AdvisorID) error
	FindAdvisors(ctx context.Context, jc planner.JobcenterID, f planner.AdvisorFilter) ([]planner.Advisor, error)
	CreateRoom(ctx context.Context, r *planner.Room) error
	UpdateRoom(ctx context.Context, r planner.Room) error
	DeleteRoom(ctx context.Context, jc planner.JobcenterID, id planner.RoomID) error
	FindRooms(ctx context.Context, jc planner.JobcenterID) ([]planner.Room, error)
	DeleteCitizen(ctx context.Context, jc planner.JobcenterID, id planner.CitizenID) error
	CreateMark(ctx context.Context, m *planner.Mark) error
	FindMarks(ctx context.Context, jc planner.JobcenterID) (map[planner.MarkID]planner.Mark, error)
	CreateOffer(ctx context.Context, o *planner.Offer) error
	UpdateOffer(ctx context.Context, o planner.Offer) error
	FindOffer(ctx context.Context, jc planner.JobcenterID, id planner.OfferID) (planner.Offer, error)
	FindOffers(ctx context.Context, jc planner.JobcenterID, f planner.OfferFilter) ([]planner.Offer, error)
	MarkSummonsSeen(ctx context.Context, jc planner.JobcenterID, number string, at time.Time) error
	FindSummons(ctx context.Context, jc planner.JobcenterID, id planner.SummonsID) (planner.Summons, error)
	FindMeeting(ctx context.Context, jc planner.JobcenterID, id planner.MeetingID) (planner.Meeting, []planner.Summons, error)
	FindMeetings(ctx context.Context, jc planner.JobcenterID, f planner.MeetingFilter) ([]planner.MeetingDetail, error)
	FindBusy(ctx context.Context, jc planner.JobcenterID, q planner.BusyQuery) (planner.BusyTimes, error)
	FindGroupSeats(ctx context.Context, jc planner.JobcenterID, offer planner.OfferID) ([]planner.GroupSeats, error)
	CreateBooking(ctx context.Context, b *planner.Booking) error
	CancelBooking(ctx context.Context, jc planner.JobcenterID, id planner.SummonsID, actor string) error
	MoveBooking(ctx context.Context, jc planner.JobcenterID, id planner.SummonsID, b *planner.Booking) error
	SendSummonses(ctx context.Context, jc planner.JobcenterID, ids []planner.SummonsID, actor string) error
	MoveMeeting(ctx context.Context, jc planner.JobcenterID, id planner.MeetingID, to planner.MeetingMove, actor string) error
	DeleteSummonses(ctx context.Context, jc planner.JobcenterID, ids []planner.SummonsID, actor string) error
	UpdateSeats(ctx context.Context, jc planner.JobcenterID, id planner.MeetingID, seats, rebookSeats int, actor string) error
	FrontPageCounts(ctx context.Context, jc planner.JobcenterID, now time.Time, today planner.Date) (planner.FrontPage, error)
	DeleteMeeting(ctx context.Context, jc planner.JobcenterID, id planner.MeetingID, actor string) error
	FindSummonsList(ctx context.Context, jc planner.JobcenterID, q planner.ListQuery) (planner.ListPage, error)
	CountPending(ctx context.Context, jc planner.JobcenterID, day planner.Date) (int, error)
	FindAudit(ctx context.Context, jc planner.JobcenterID, entity planner.AuditEntity, id int64) ([]planner.AuditEntry, error)
	FindSyncItems(ctx context.Context, jc planner.JobcenterID, meeting planner.MeetingID) ([]planner.SyncItem, error)
	FindSyncItem(ctx context.Context, id int64) (planner.SyncItem, error)
	FindDueSyncItems(ctx context.Context, due time.Time, limit int) ([]planner.SyncItem, error)
	MarkSyncDone(ctx context.Context, id int64, href, etag string) error
	MarkSyncRetry(ctx context.Context, id int64, reason string, next time.Time) error
	MarkSyncFailed(ctx context.Context, id int64, reason string) error
	FindCalendarAdvisors(ctx context.Context) ([]planner.Advisor, error)
	FindSyncHealth(ctx context.Context) (planner.SyncHealth, error)
	FindCalendarStates(ctx context.Context, jc planner.JobcenterID, advisors []planner.AdvisorID) (map[planner.AdvisorID]planner.CalendarState, error)
	FindCalendarSnapshot(ctx context.Context, advisor planner.AdvisorID) (planner.CalendarSnapshot, error)
	SavePull(ctx context.Context, advisor planner.AdvisorID, r planner.PullResult) error
	MarkPullFailed(ctx context.Context, advisor planner.AdvisorID, cal planner.CalendarID, reason string, auth bool, at time.Time) error
	SetCalendarWriteError(ctx context.Context, advisor planner.AdvisorID, cal planner.CalendarID, reason string) error
	FindCalendarPushes(ctx context.Context, advisor planner.AdvisorID) ([]planner.SyncItem, error)
	SaveCalendarEvent(ctx context.Context, e planner.CalendarEvent) error
	DeleteCalendarEvent(ctx context.Context, meeting planner.MeetingID, advisor planner.AdvisorID) error
	FindDueRetiredCalendars(ctx context.Context, due time.Time, limit int) ([]planner.RetiredCalendar, error)
	FindRetiredCalendar(ctx context.Context, id planner.CalendarID) (planner.RetiredCalendar, error)
	FindRetiredCalendars(ctx context.Context, jc planner.JobcenterID, advisor planner.AdvisorID) ([]planner.RetiredCalendar, error)
	SaveRetireResult(ctx context.Context, id planner.CalendarID, r planner.RetireResult) error
}

// fallback serves the legacy methods from the old store on the same
// connections.
type fallback struct{ legacy }

// withFallback sets db's fallback store, which keeps db's clock.
func (db *DB) withFallback() *DB {
	now := func() time.Time { return db.Now() }
	switch e := db.e.(type) {
	case pgEngine:
		db.fallback = fallback{postgres.New(e.pool, db.keys, now)}
	case sqliteEngine:
		db.fallback = fallback{sqlite.New(e.writer, e.reader, db.keys, now)}
	}
	return db
}
