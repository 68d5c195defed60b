package planner

import (
	"context"
	"time"
)

// Store persists the domain. Every method is one transaction. Methods on a
// job centre's data take its id and answer ErrNotFound for rows of another
// job centre exactly as for rows that do not exist, so a caller cannot learn
// that they do. Errors match the package's kinds: ErrNotFound, ErrConflict
// (a time taken, a session full, a duplicate), ErrInvalid.
//
// The domain decides and the Store guards: Service runs the rules and the
// free-time finder first; the Store enforces the invariants that concurrent
// requests could break — no two meetings of an advisor or a room overlap,
// reporting time included, and a group meeting never holds more summonses
// than seats.
type Store interface {
	// CreateJobcenter stores jc and sets its ID.
	CreateJobcenter(ctx context.Context, jc *Jobcenter) error
	// FindJobcenter returns a job centre; ErrNotFound if there is none.
	FindJobcenter(ctx context.Context, id JobcenterID) (Jobcenter, error)
	// FindJobcenterIDs returns the ids of every job centre, in order: the
	// nightly work goes through them.
	FindJobcenterIDs(ctx context.Context) ([]JobcenterID, error)
	// UpdateJobcenter replaces a job centre's name, region, sub-centres and settings.
	UpdateJobcenter(ctx context.Context, jc Jobcenter) error

	// SetGraphApp stores the job centre's Graph app registration; an empty Secret keeps the stored one.
	// Errors: ErrNotFound for no such job centre, a *FieldError (ErrInvalid)
	// naming the field, "secret" when none would be stored.
	SetGraphApp(ctx context.Context, jc JobcenterID, app GraphApp) error
	// FindGraphApp returns the job centre's Graph app registration with its secret; ErrNotFound when none is set.
	FindGraphApp(ctx context.Context, jc JobcenterID) (GraphApp, error)

	// CreateToken stores an API token (its hash) and sets its ID.
	CreateToken(ctx context.Context, t *Token) error
	// FindTokenByHash returns the token whose secret hashes to hash;
	// ErrNotFound if none.
	FindTokenByHash(ctx context.Context, hash []byte) (Token, error)

	// FindTokens returns a job centre's API tokens, without their hashes.
	FindTokens(ctx context.Context, jc JobcenterID) ([]Token, error)
	// DeleteToken revokes a token: the API refuses it from then on, and
	// every UI session made with it.
	DeleteToken(ctx context.Context, jc JobcenterID, id TokenID) error

	// CreateIdentityProvider stores a job centre's identity provider and
	// sets its ID; an OpenID provider needs its client secret (sealed).
	CreateIdentityProvider(ctx context.Context, p *IdentityProvider) error
	// UpdateIdentityProvider replaces a provider; an empty ClientSecret
	// keeps the stored one.
	UpdateIdentityProvider(ctx context.Context, p IdentityProvider) error
	// DeleteIdentityProvider removes a provider, with its people and their
	// sessions.
	DeleteIdentityProvider(ctx context.Context, jc JobcenterID, id IdentityProviderID) error
	// FindIdentityProvider returns a provider with its client secret, of
	// whichever job centre (sign-in comes before a job centre is known).
	FindIdentityProvider(ctx context.Context, id IdentityProviderID) (IdentityProvider, error)
	// FindIdentityProviders returns a job centre's providers, or every
	// job centre's for jc 0 (the sign-in page), by name.
	FindIdentityProviders(ctx context.Context, jc JobcenterID) ([]IdentityProvider, error)
	// SignInPerson records a sign-in of the person (ProviderID, Subject) of
	// p's job centre: it stores them the first time, updates their name,
	// e-mail, role and advisor, and fills p with what is stored — Disabled
	// included, which the caller must refuse. ErrNotFound when the
	// provider is not the job centre's.
	SignInPerson(ctx context.Context, p *Person) error
	// FindPerson returns a person; ErrNotFound if none.
	FindPerson(ctx context.Context, id PersonID) (Person, error)
	// FindPeople returns a job centre's people, by name.
	FindPeople(ctx context.Context, jc JobcenterID) ([]Person, error)
	// SetPersonDisabled disables (or enables) a person; disabling ends
	// their browser sessions in the same transaction.
	SetPersonDisabled(ctx context.Context, jc JobcenterID, id PersonID, disabled bool) error
	// EndPersonSessions ends every browser session of the person a
	// provider knows by subject (single logout, a role taken away) and
	// returns how many there were.
	EndPersonSessions(ctx context.Context, provider IdentityProviderID, subject string) (int, error)
	// PutSignInOnce records a sign-in's one-time data under key until
	// expires (sealed); ErrConflict when key is recorded already.
	PutSignInOnce(ctx context.Context, key string, data []byte, expires time.Time) error
	// TakeSignInOnce returns and removes the data under key; ErrNotFound
	// when there is none or it has expired.
	TakeSignInOnce(ctx context.Context, key string) ([]byte, error)

	// LogAccess appends an entry to its job centre's access log, in a
	// transaction of its own (a read is logged before it is answered; a
	// change carries its entry in its context, planner.WithAccess, and is
	// logged in its own transaction).
	LogAccess(ctx context.Context, e AccessEntry) error
	// FindAccess returns a job centre's access-log entries that f selects,
	// newest first.
	FindAccess(ctx context.Context, jc JobcenterID, f AccessFilter) ([]AccessEntry, error)
	// VerifyAccessLog checks a job centre's access-log chain from its
	// anchor to its head and returns how many entries it checked and the
	// first break, if any.
	VerifyAccessLog(ctx context.Context, jc JobcenterID) (int, *AccessBreak, error)
	// DeleteAccessBefore deletes a job centre's access-log entries older
	// than before (retention), keeping the chain verifiable from the last
	// one deleted, and returns how many it deleted.
	DeleteAccessBefore(ctx context.Context, jc JobcenterID, before time.Time) (int, error)

	// CreateWebSession stores a browser session that has just signed in,
	// and removes those past their idle time.
	CreateWebSession(ctx context.Context, s WebSession) error
	// FindWebSession returns the browser session whose id hashes to hash;
	// ErrNotFound when there is none (never made, signed out or removed).
	FindWebSession(ctx context.Context, hash []byte) (WebSession, error)
	// TouchWebSession moves a browser session's idle deadline to
	// idleUntil (never past its end); ErrNotFound when it is gone.
	TouchWebSession(ctx context.Context, hash []byte, idleUntil time.Time) error
	// DeleteWebSession ends a browser session (sign-out); one already gone
	// is no error.
	DeleteWebSession(ctx context.Context, hash []byte) error

	// CreateTeam stores t and sets its ID; its parent must be in the same job centre.
	CreateTeam(ctx context.Context, t *Team) error
	// UpdateTeam replaces a team; ErrInvalid if the new parent makes a cycle.
	UpdateTeam(ctx context.Context, t Team) error
	// DeleteTeam removes a team; ErrConflict while it has sub-teams,
	// advisors or offers.
	DeleteTeam(ctx context.Context, jc JobcenterID, id TeamID) error
	// FindTeams returns every team of a job centre in id order.
	FindTeams(ctx context.Context, jc JobcenterID) ([]Team, error)

	// CreateAdvisor stores a and sets its ID (and its calendar's ID when
	// one is connected).
	CreateAdvisor(ctx context.Context, a *Advisor) error
	// UpdateAdvisor replaces an advisor. When the calendar's kind, URL or
	// user changes, or the calendar is removed, the old calendar is retired
	// in the same transaction (issue 14): its sync state, external objects
	// and busy items go, Planner's events of future meetings in it are kept
	// as a RetiredCalendar to delete, the advisor's calendar items of
	// future meetings are replaced by one pending item each for the new
	// calendar (none when removed), and the new calendar gets a new ID and
	// is read in full before the advisor is offered again.
	UpdateAdvisor(ctx context.Context, a Advisor) error
	// DeleteAdvisor removes an advisor; ErrConflict while meetings,
	// absences or offers refer to them.
	DeleteAdvisor(ctx context.Context, jc JobcenterID, id AdvisorID) error
	// FindAdvisors returns the advisors of a job centre that f selects, in id order.
	FindAdvisors(ctx context.Context, jc JobcenterID, f AdvisorFilter) ([]Advisor, error)

	// CreateRoom stores r and sets its ID.
	CreateRoom(ctx context.Context, r *Room) error
	// UpdateRoom replaces a room's name and capacity.
	UpdateRoom(ctx context.Context, r Room) error
	// DeleteRoom removes a room; ErrConflict while meetings or offers use it.
	DeleteRoom(ctx context.Context, jc JobcenterID, id RoomID) error
	// FindRooms returns the rooms of a job centre in id order.
	FindRooms(ctx context.Context, jc JobcenterID) ([]Room, error)

	// CreateCitizen stores c and sets its ID; ErrConflict if the job centre
	// already has a citizen with the same CPR.
	CreateCitizen(ctx context.Context, c *Citizen) error
	// UpdateCitizen replaces a citizen.
	UpdateCitizen(ctx context.Context, c Citizen) error
	// DeleteCitizen removes a citizen; ErrConflict while summonses refer to them.
	DeleteCitizen(ctx context.Context, jc JobcenterID, id CitizenID) error
	// FindCitizen returns one citizen of a job centre.
	FindCitizen(ctx context.Context, jc JobcenterID, id CitizenID) (Citizen, error)
	// FindCitizens returns those of ids that are the job centre's
	// citizens, in id order; unknown ids are left out.
	FindCitizens(ctx context.Context, jc JobcenterID, ids []CitizenID) ([]Citizen, error)
	// FindCitizenByCPR returns the job centre's citizen with that CPR.
	FindCitizenByCPR(ctx context.Context, jc JobcenterID, cpr CPR) (Citizen, error)

	// CreateTemplate stores a summons template and sets its ID.
	CreateTemplate(ctx context.Context, t *Template) error
	// UpdateTemplate replaces a template.
	UpdateTemplate(ctx context.Context, t Template) error
	// DeleteTemplate removes a template; offers made from it keep their fields.
	DeleteTemplate(ctx context.Context, jc JobcenterID, id TemplateID) error
	// FindTemplates returns a job centre's templates in name order.
	FindTemplates(ctx context.Context, jc JobcenterID) ([]Template, error)

	// CreateMark stores a person-group mark and sets its ID. Marks come
	// from the national data hub and are shared by all job centres.
	CreateMark(ctx context.Context, m *Mark) error
	// FindMarks returns the marks visible to job centre jc (§4.2).
	FindMarks(ctx context.Context, jc JobcenterID) (map[MarkID]Mark, error)
	// UpdateMark changes one of job centre m.JobcenterID's own marks;
	// ErrNotFound for a state or region mark, or another's.
	UpdateMark(ctx context.Context, m Mark) error
	// DeleteMark removes one of the job centre's own marks; ErrConflict
	// while a citizen, an advisor or an offer's rules use it.
	DeleteMark(ctx context.Context, jc JobcenterID, id MarkID) error
	// ImportMarks stores the state and region marks the national data
	// hub lists, each by its code: new ones are added, known ones
	// renamed or moved. A mark the hub no longer lists is kept (rules may
	// still name it). It reports how many were added and changed.
	ImportMarks(ctx context.Context, marks []Mark) (added, changed int, err error)

	// CreateOtherActor stores an other actor of the job centre and sets its ID.
	CreateOtherActor(ctx context.Context, a *OtherActor) error
	// UpdateOtherActor renames an other actor.
	UpdateOtherActor(ctx context.Context, a OtherActor) error
	// DeleteOtherActor removes an other actor; ErrConflict while an
	// offer's rules refer to it.
	DeleteOtherActor(ctx context.Context, jc JobcenterID, id OtherActorID) error
	// FindOtherActors returns the job centre's other actors in name order.
	FindOtherActors(ctx context.Context, jc JobcenterID) ([]OtherActor, error)
	// CreateVariant stores a variant of a meeting type and sets its ID;
	// ErrConflict when the job centre has one of that name for the type.
	CreateVariant(ctx context.Context, v *Variant) error
	// UpdateVariant renames a variant, and the offers of it with it.
	UpdateVariant(ctx context.Context, v Variant) error
	// DeleteVariant removes a variant; ErrConflict while an offer is of it.
	DeleteVariant(ctx context.Context, jc JobcenterID, id VariantID) error
	// FindVariants returns the job centre's variants by meeting type and name.
	FindVariants(ctx context.Context, jc JobcenterID) ([]Variant, error)
	// FindRuleContext returns what an offer's rules are validated and
	// described against: the job centre, the marks it sees, its other
	// actors and variants, and the fixed lists.
	FindRuleContext(ctx context.Context, jc JobcenterID) (RuleContext, error)

	// CreateOffer stores o and sets its ID. A group offer's sessions become
	// group meetings without participants, with sync items for their
	// advisors' calendars; each Session.ID is set.
	CreateOffer(ctx context.Context, o *Offer) error
	// UpdateOffer replaces an offer's fields (its sessions are not touched).
	UpdateOffer(ctx context.Context, o Offer) error
	// FindOffer returns one offer of a job centre with its sessions.
	FindOffer(ctx context.Context, jc JobcenterID, id OfferID) (Offer, error)
	// FindOffers returns the offers of a job centre that f selects, in id order.
	FindOffers(ctx context.Context, jc JobcenterID, f OfferFilter) ([]Offer, error)

	// MarkSummonsSeen records that the citizen saw a summons on Jobnet at
	// at (§2: blue with a green tick); the first receipt's time stays.
	// ErrNotFound for a number the job centre has no live summons for.
	MarkSummonsSeen(ctx context.Context, jc JobcenterID, number string, at time.Time) error
	// FindSummons returns one summons of a job centre (cancelled ones are gone).
	FindSummons(ctx context.Context, jc JobcenterID, id SummonsID) (Summons, error)
	// FindMeeting returns a meeting with its summonses.
	FindMeeting(ctx context.Context, jc JobcenterID, id MeetingID) (Meeting, []Summons, error)
	// FindMeetings returns the live meetings of the given advisors or rooms
	// that overlap iv (busy range, reporting time included), each with its
	// summonses and sync items, in start order.
	FindMeetings(ctx context.Context, jc JobcenterID, f MeetingFilter) ([]MeetingDetail, error)
	// FindBusy returns the busy time of advisors and a room over an interval:
	// meetings (reporting time included), external items and absences.
	FindBusy(ctx context.Context, jc JobcenterID, q BusyQuery) (BusyTimes, error)
	// FindGroupSeats returns the sessions of a group offer with their seats
	// and how many are booked.
	FindGroupSeats(ctx context.Context, jc JobcenterID, offer OfferID) ([]GroupSeats, error)

	// CreateBooking stores a booking: for an individual meeting the meeting
	// and its summons, for a group meeting a summons on the existing meeting;
	// plus one pending sync item per target. It sets the IDs and the summons
	// number. ErrConflict when the time is taken or the session is full.
	CreateBooking(ctx context.Context, b *Booking) error
	// CancelBooking removes a summons (and an individual meeting with it)
	// and writes the delete sync items.
	CancelBooking(ctx context.Context, jc JobcenterID, id SummonsID, actor string) error
	// MoveBooking replaces the booking of summons id by b in one transaction
	// (rebooking); ErrConflict when the new time is taken.
	MoveBooking(ctx context.Context, jc JobcenterID, id SummonsID, b *Booking) error

	// SendSummonses marks pending summonses sent (§6 "Indkald") and queues
	// their Jobnet push. ErrNotFound when any is not a pending summons of the
	// job centre; then nothing is written.
	SendSummonses(ctx context.Context, jc JobcenterID, ids []SummonsID, actor string) error
	// MoveMeeting moves a meeting to another time, advisors and room (§2),
	// queueing calendar deletes, puts and Jobnet updates. ErrConflict when
	// the new time is taken.
	MoveMeeting(ctx context.Context, jc JobcenterID, id MeetingID, to MeetingMove, actor string) error
	// SetMeetingSeats changes a group meeting's number of seats, never
	// below the citizens booked nor above its room's capacity (a
	// *FieldError on "seats"), and writes the change to the revision log.
	SetMeetingSeats(ctx context.Context, jc JobcenterID, id MeetingID, seats int, actor string) error
	// DeleteSummonses removes pending summonses in one transaction (an
	// individual meeting goes with its summons). ErrNotFound when any is not
	// a live summons of the job centre; then nothing is written.
	DeleteSummonses(ctx context.Context, jc JobcenterID, ids []SummonsID, actor string) error
	// UpdateSeats changes a group meeting's seats and seats kept for
	// rebooking (§4.1: seats can be changed after creation). ErrConflict
	// when fewer seats than booked summonses would remain.
	UpdateSeats(ctx context.Context, jc JobcenterID, id MeetingID, seats, rebookSeats int, actor string) error
	// FrontPageCounts computes the front page's status (§3) at now: who is
	// absent, summonses not sent, in an absent advisor's calendar, and with
	// the holding deadline exceeded (meetings from today on).
	FrontPageCounts(ctx context.Context, jc JobcenterID, now time.Time, today Date) (FrontPage, error)
	// DeleteMeeting cancels a meeting with every summons on it (§2).
	DeleteMeeting(ctx context.Context, jc JobcenterID, id MeetingID, actor string) error

	// FindSummonsList returns a page of the follow-up or pending list,
	// filtered, searched, sorted and paged by the database (§6).
	FindSummonsList(ctx context.Context, jc JobcenterID, q ListQuery) (ListPage, error)
	// CountPending counts the job centre's pending summonses on meetings from
	// day on, a group meeting counting once (§6, the pending tab's counter).
	CountPending(ctx context.Context, jc JobcenterID, day Date) (int, error)

	// FindAudit returns the revision log of an entity, oldest first; for a
	// meeting it includes the entries of its summonses.
	FindAudit(ctx context.Context, jc JobcenterID, entity AuditEntity, id int64) ([]AuditEntry, error)

	// CreateAbsence stores a and sets its ID.
	CreateAbsence(ctx context.Context, jc JobcenterID, a *Absence) error
	// UpdateAbsence changes an absence's period and note (§3).
	UpdateAbsence(ctx context.Context, jc JobcenterID, a Absence) error
	// DeleteAbsence removes an absence ("present" again).
	DeleteAbsence(ctx context.Context, jc JobcenterID, id AbsenceID) error
	// FindAbsences returns the absences of a job centre's advisors that
	// overlap iv, in start order.
	FindAbsences(ctx context.Context, jc JobcenterID, iv Interval) ([]Absence, error)

	// RecordNotification stores a pending notification in the outbox
	// unless one with the same DedupKey is there already (§7: at most one
	// mail per situation, address and day); it reports whether it stored it.
	RecordNotification(ctx context.Context, n Notification) (bool, error)
	// FindNotifications returns a job centre's recorded notifications of
	// day since and later, newest first.
	FindNotifications(ctx context.Context, jc JobcenterID, since Date) ([]NotificationRecord, error)
	// FindMeetingNotifications returns the notifications recorded about
	// one meeting of a job centre, newest first (the meeting dialog's
	// Korrespondance).
	FindMeetingNotifications(ctx context.Context, jc JobcenterID, meeting MeetingID) ([]NotificationRecord, error)
	// FindNotification returns one recorded notification of any job
	// centre: the mail worker's task names it by id.
	FindNotification(ctx context.Context, id int64) (NotificationRecord, error)
	// FindDueNotifications returns up to limit pending notifications of
	// every job centre whose next attempt is at or before due, oldest first.
	FindDueNotifications(ctx context.Context, due time.Time, limit int) ([]NotificationRecord, error)
	// MarkNotificationSent marks a pending notification sent at at.
	MarkNotificationSent(ctx context.Context, id int64, at time.Time) error
	// MarkNotificationRetry records a failed attempt of a notification that
	// stays pending until next.
	MarkNotificationRetry(ctx context.Context, id int64, reason string, next time.Time) error
	// MarkNotificationFailed marks a notification failed with the reason.
	MarkNotificationFailed(ctx context.Context, id int64, reason string) error

	// FindSyncItems returns the sync items of a meeting, in id order.
	FindSyncItems(ctx context.Context, jc JobcenterID, meeting MeetingID) ([]SyncItem, error)
	// FindSyncItem returns one sync item of any job centre: a worker's
	// task names it by id.
	FindSyncItem(ctx context.Context, id int64) (SyncItem, error)
	// FindDueSyncItems returns up to limit pending items of every job centre
	// whose next attempt is at or before due, oldest first: the work the
	// sweeper re-enqueues (DESIGN.md data flow, step 4).
	FindDueSyncItems(ctx context.Context, due time.Time, limit int) ([]SyncItem, error)
	// MarkSyncDone marks an item done (blue) with the remote href and etag;
	// a Jobnet item marks its summons synced too.
	MarkSyncDone(ctx context.Context, id int64, href, etag string) error
	// MarkSyncRetry records a failed attempt of an item that stays pending
	// (grey) until next.
	MarkSyncRetry(ctx context.Context, id int64, reason string, next time.Time) error
	// MarkSyncFailed marks an item failed (red) with the reason; a Jobnet
	// item marks its summons failed too. The reason must hold no CPR.
	MarkSyncFailed(ctx context.Context, id int64, reason string) error

	// FindCalendarAdvisors returns the advisors of every job centre whose
	// own calendar is connected, in id order: the calendars to sync.
	FindCalendarAdvisors(ctx context.Context) ([]Advisor, error)
	// FindSyncHealth counts the sync items by kind and state and the
	// connected calendars by health, over every job centre (for metrics).
	FindSyncHealth(ctx context.Context) (SyncHealth, error)
	// FindCalendarStates returns the sync states of those of the given
	// advisors whose calendar was ever pulled or tried.
	FindCalendarStates(ctx context.Context, jc JobcenterID, advisors []AdvisorID) (map[AdvisorID]CalendarState, error)
	// FindCalendarSnapshot returns what is stored of an advisor's calendar;
	// a calendar never pulled has a zero state, healthy.
	FindCalendarSnapshot(ctx context.Context, advisor AdvisorID) (CalendarSnapshot, error)
	// SavePull writes a pull's objects, busy items and adopted etags with
	// its cursor in one transaction and marks the calendar healthy;
	// ErrConflict when r.Calendar is no longer the advisor's calendar.
	SavePull(ctx context.Context, advisor AdvisorID, r PullResult) error
	// MarkPullFailed records a failed or stopped pull of calendar cal: the
	// calendar turns unhealthy with the reason (no CPR); auth records
	// refused credentials. A calendar no longer the advisor's is left alone.
	MarkPullFailed(ctx context.Context, advisor AdvisorID, cal CalendarID, reason string, auth bool, at time.Time) error
	// SetCalendarWriteError records that calendar cal refused a push or a
	// restore for good (reason, no CPR), or clears it (""); a calendar no
	// longer the advisor's is left alone.
	SetCalendarWriteError(ctx context.Context, advisor AdvisorID, cal CalendarID, reason string) error
	// FindCalendarPushes returns the pending calendar sync items of an
	// advisor, in id order.
	FindCalendarPushes(ctx context.Context, advisor AdvisorID) ([]SyncItem, error)
	// SaveCalendarEvent creates or replaces a row of the push table.
	// ErrConflict when e.Calendar is no longer the advisor's calendar; the
	// event is then kept with that retired calendar's, to be deleted.
	SaveCalendarEvent(ctx context.Context, e CalendarEvent) error
	// DeleteCalendarEvent removes a row of the push table, if there is one.
	DeleteCalendarEvent(ctx context.Context, meeting MeetingID, advisor AdvisorID) error

	// FindDueRetiredCalendars returns up to limit retired calendars of
	// every job centre still cleaning whose next attempt is at or before
	// due, oldest first, without their events: the sweeper's work.
	FindDueRetiredCalendars(ctx context.Context, due time.Time, limit int) ([]RetiredCalendar, error)
	// FindRetiredCalendar returns one retired calendar of any job centre
	// with its events and, while cleaning, its secret.
	FindRetiredCalendar(ctx context.Context, id CalendarID) (RetiredCalendar, error)
	// FindRetiredCalendars returns an advisor's retired calendars, newest
	// first, with their events and without secrets (the status route).
	FindRetiredCalendars(ctx context.Context, jc JobcenterID, advisor AdvisorID) ([]RetiredCalendar, error)
	// SaveRetireResult records a clean-up attempt of a retired calendar.
	SaveRetireResult(ctx context.Context, id CalendarID, r RetireResult) error
}

// AdvisorFilter selects advisors; nil fields select all.
type AdvisorFilter struct {
	IDs    []AdvisorID
	TeamID *TeamID
}

// OfferFilter selects offers; nil fields select all.
type OfferFilter struct {
	Active *bool
	TeamID *TeamID
	Form   *Form
}

// MeetingFilter selects meetings for the calendar (§2).
type MeetingFilter struct {
	Advisors []AdvisorID
	Rooms    []RoomID
	Interval Interval
}

// MeetingDetail is a meeting with its summonses and its sync items.
type MeetingDetail struct {
	Meeting   Meeting
	Summonses []Summons
	Sync      []SyncItem
}

// BusyQuery asks for the busy time of advisors and at most one room.
type BusyQuery struct {
	Advisors []AdvisorID
	RoomID   RoomID // 0: no room
	Interval Interval
}

// BusyTimes is the answer to a BusyQuery.
type BusyTimes struct {
	Advisors map[AdvisorID][]Busy
	Room     []Busy
}

// MeetingMove is where a meeting moves to: its new start and end, advisors
// (responsible first) and room (0 for none). Its JSON names are those of
// Meeting.
type MeetingMove struct {
	Start    time.Time   `json:"start"`
	End      time.Time   `json:"end"`
	Advisors []AdvisorID `json:"advisors"`
	RoomID   RoomID      `json:"roomId,omitempty"`
}

// Booking is a booking for the Store to write: the meeting (new for an
// individual offer; an existing group meeting by ID) and the citizen's summons.
type Booking struct {
	Meeting   Meeting
	Summons   Summons
	Rebooking bool // a group booking may use the seats kept for rebooking
	// Exception is staff's reason for a booking the offer's rules do not
	// admit (guide B: citizens added to a group meeting by hand); the
	// revision log keeps it.
	Exception string
	Actor     string
	At        time.Time
}
