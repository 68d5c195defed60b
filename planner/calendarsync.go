package planner

import "time"

// CalendarState is the sync state of one advisor's own calendar (§9): where
// the last listing ended, when it last succeeded, and what went wrong.
type CalendarState struct {
	AdvisorID   AdvisorID `json:"advisorId"`
	Cursor      string    `json:"-"` // the connector's opaque listing cursor
	LastAttempt time.Time `json:"lastAttempt"`
	LastSuccess time.Time `json:"lastSuccess"`
	LastFull    time.Time `json:"lastFull"` // the last full reconciliation
	// Healthy is false after a failed pull or a pull stopped by the
	// mass-deletion guard, until a pull succeeds.
	Healthy bool `json:"healthy"`
	// AuthFailed reports that the server refused the credentials.
	AuthFailed bool   `json:"authFailed"`
	LastError  string `json:"lastError,omitempty"`
	// Zone is the calendar's own time zone (CalDAV calendar-timezone), in
	// which its floating times are read; "" when it names none.
	Zone string `json:"zone,omitempty"`
	// WriteError is the reason the calendar last refused a push or a
	// restore for good (a collection that does not exist, a write
	// forbidden); "" once a write succeeds. The calendar is unhealthy
	// while it is set, though it may still be read.
	WriteError string `json:"writeError,omitempty"`
}

// Working reports whether the calendar is both read and written without
// error: what the status route and the health metrics call healthy.
func (s CalendarState) Working() bool { return s.Healthy && s.WriteError == "" }

// Lag is how old the calendar's busy data is at now; the whole age of the
// system when it was never pulled.
func (s CalendarState) Lag(now time.Time) time.Duration {
	if s.LastSuccess.IsZero() {
		return now.Sub(time.Time{})
	}
	return now.Sub(s.LastSuccess)
}

// CalendarObject is one external object of an advisor's calendar as last
// pulled: its version, content hash, raw iCalendar and the busy items it
// expands to inside the sync horizon.
type CalendarObject struct {
	Href  string         `json:"href"`
	ETag  string         `json:"etag"`
	Hash  string         `json:"hash"`
	Data  []byte         `json:"-"`
	Items []ExternalItem `json:"items,omitempty"`
}

// ExternalItem is one busy span from an advisor's own calendar (green, §2).
type ExternalItem struct {
	Start   time.Time `json:"start"`
	End     time.Time `json:"end"`
	Summary string    `json:"summary,omitempty"` // "" when private
	Private bool      `json:"private,omitempty"` // shown as "Private"
	AllDay  bool      `json:"allDay,omitempty"`
}

// CalendarEvent is one Planner meeting written into one advisor's calendar:
// a row of the push table. Its href in the table is what makes the remote
// object Planner's.
type CalendarEvent struct {
	// Calendar is the connection the event was written to: a row of
	// another connection never names an event of this one.
	Calendar   CalendarID `json:"calendarId"`
	MeetingID  MeetingID  `json:"meetingId"`
	AdvisorID  AdvisorID  `json:"advisorId"`
	Href       string     `json:"href"`
	ETag       string     `json:"etag"`      // "" until the create is confirmed
	OwnedHash  string     `json:"ownedHash"` // the owned fields as last written
	Generation int64      `json:"generation"`
	// Pending reports a pending calendar sync item of this meeting and
	// advisor: a push is on its way (read only).
	Pending bool `json:"pending,omitempty"`
}

// CalendarSnapshot is what the store holds of one advisor's calendar: its
// state, its external objects (without data and items) and Planner's events.
type CalendarSnapshot struct {
	State   CalendarState
	Objects []CalendarObject
	Events  []CalendarEvent
}

// PullResult is what one pull writes, with the cursor, in one transaction
// (DESIGN.md data flow, step 5): a crash repeats a pull, never skips one.
type PullResult struct {
	// Calendar is the connection that was read; the store refuses the
	// result (ErrConflict) when the advisor's calendar changed meanwhile.
	Calendar CalendarID
	Cursor   string
	Full     bool             // the listing was a full reconciliation
	Upsert   []CalendarObject // new or changed external objects, with items
	Remove   []string         // hrefs of external objects gone
	Adopt    []CalendarEvent  // Planner events whose new etag is taken as is (href, etag)
	Zone     string           // the calendar's time zone, when this pull read it
	At       time.Time
}

// DefaultStaleAfter is how long an unhealthy calendar's busy data is
// trusted before the advisor's times stop being offered.
const DefaultStaleAfter = 30 * time.Minute

// Unreadable reports whether an advisor's calendar cannot be trusted for
// busy time at now, and why (§9: fail closed): one never read in full yet —
// a new connection is read before its advisor is offered (issue 14) — or
// one failing for longer than staleAfter since its last good read.
func (s CalendarState) Unreadable(now time.Time, staleAfter time.Duration) (bool, string) {
	if s.LastSuccess.IsZero() {
		if s.LastAttempt.IsZero() {
			return true, "the calendar has not been read yet"
		}
		return true, s.failure() + " (it was never read)"
	}
	if s.Healthy || now.Sub(s.LastSuccess) <= staleAfter {
		return false, ""
	}
	return true, s.failure() + " (last read " + s.LastSuccess.UTC().Format("2006-01-02 15:04 UTC") + ")"
}

func (s CalendarState) failure() string {
	if s.AuthFailed {
		return "the calendar server refuses Planner's credentials"
	}
	return s.LastError
}

// SyncHealth is what operators watch (issue 6 §5): the outbox by target and
// state (grey/blue/red), and the connected calendars' health and lag.
type SyncHealth struct {
	// Items counts sync items by target kind and state.
	Items map[TargetKind]map[SyncState]int
	// Calendars is how many connected calendars there are, Unhealthy how
	// many of them failed their last pull, Never how many were never tried.
	Calendars, Unhealthy, Never int
	// OldestSuccess is the oldest last successful pull of a connected
	// calendar that was read at all: now minus it is the maximum lag.
	OldestSuccess time.Time
}
