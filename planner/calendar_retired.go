package planner

import "time"

// RetiredState is where the clean-up of a calendar connection an advisor no
// longer uses stands (issue 14).
type RetiredState string

// The states of a retired calendar.
const (
	// RetiredCleaning: Planner's events of future meetings are still to be
	// deleted from the old calendar, with the old credentials.
	RetiredCleaning RetiredState = "cleaning"
	// RetiredCleaned: nothing of Planner's is left in the old calendar.
	RetiredCleaned RetiredState = "cleaned"
	// RetiredLeftBehind: some of Planner's events could not be deleted
	// (the old calendar could not be reached, refused the credentials, or
	// the advisor had edited them); Events lists them.
	RetiredLeftBehind RetiredState = "left_behind"
)

// RetiredCalendar is a calendar connection an advisor had before the
// current one (or before it was removed). When a connection changes, the
// old calendar's sync state is dropped in the same transaction and Planner's
// events of future meetings in it are kept here, to be deleted from the old
// calendar with its credentials — kept only until then.
type RetiredCalendar struct {
	ID          CalendarID   `json:"id"`
	AdvisorID   AdvisorID    `json:"advisorId"`
	JobcenterID JobcenterID  `json:"jobcenterId"`
	Kind        CalendarKind `json:"kind"`
	URL         string       `json:"url"`
	Username    string       `json:"username,omitempty"`
	// Secret is the old connection's password or token, "" once the
	// clean-up ended; never shown.
	Secret      string       `json:"-"`
	RetiredAt   time.Time    `json:"retiredAt"`
	State       RetiredState `json:"state"`
	Attempts    int          `json:"attempts"`
	NextAttempt time.Time    `json:"nextAttempt"`
	LastError   string       `json:"lastError,omitempty"`
	// Events are Planner's events still in the old calendar: to delete
	// while cleaning, left behind after.
	Events []CalendarEvent `json:"events"`
}

// Connection is the old connection, for a connector to reach the old
// calendar with.
func (r RetiredCalendar) Connection() CalendarConnection {
	return CalendarConnection{ID: r.ID, Kind: r.Kind, URL: r.URL, Username: r.Username, Secret: r.Secret}
}

// RetireResult is what one clean-up attempt of a retired calendar did.
type RetireResult struct {
	// Deleted are the hrefs no longer in the old calendar.
	Deleted []string
	// Retry, when not zero, keeps the calendar cleaning until then (the old
	// calendar could not be reached); otherwise the clean-up ends: cleaned,
	// or left behind when events remain, and the secret is wiped.
	Retry time.Time
	// Reason is why events remain; it must hold no CPR.
	Reason string
}
