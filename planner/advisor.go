package planner

import (
	"slices"
	"strings"
	"time"
	"unicode/utf8"
)

// Advisor is a caseworker (vejleder). Advisors belong to one team, have a
// phone number and a personal mail calendar, and weekly working hours that
// default to the team's or the job centre's (§1, §5).
type Advisor struct {
	ID          AdvisorID    `json:"id"`
	JobcenterID JobcenterID  `json:"jobcenterId"`
	TeamID      TeamID       `json:"teamId"`
	Name        string       `json:"name"`
	Mail        string       `json:"mail,omitempty"`
	Phone       string       `json:"phone,omitempty"`
	Hours       *WeeklyHours `json:"hours,omitempty"` // nil: the team's or job centre's default
	// Marks are person-group marks the advisor carries; a mark that binds
	// advisors lets a marked citizen book only advisors with the same mark.
	Marks []MarkID `json:"marks,omitempty"`
	// Calendar is the connection to the advisor's own mail calendar; its
	// Kind is empty when the advisor has none (then nothing is synced).
	Calendar CalendarConnection `json:"calendar"`
}

// CalendarKind is the protocol of an advisor's calendar.
type CalendarKind string

// Calendar kinds (§9).
const (
	CalDAV CalendarKind = "caldav"
	Graph  CalendarKind = "graph" // Exchange/Outlook through Microsoft Graph
)

// CalendarConnection is where and as whom Planner reads and writes an
// advisor's calendar. The secret is stored but never shown.
type CalendarConnection struct {
	// ID is the connection's identity, set by the store: a new one for
	// every change of kind, URL or user (0: not connected).
	ID       CalendarID   `json:"id,omitempty"`
	Kind     CalendarKind `json:"kind,omitempty"`
	URL      string       `json:"url,omitempty"`
	Username string       `json:"username,omitempty"`
	Secret   string       `json:"-"` // password or token
	// PullEveryMinutes is how often this calendar is read; 0 means the
	// deployment's cadence (PLANNER_SYNC_INTERVAL, default 2 minutes). A
	// calendar that rarely changes, or a slow server, may be read less
	// often; an advisor who books much, more often.
	PullEveryMinutes int `json:"pullEveryMinutes,omitempty"`
}

// PullEvery is the calendar's pull cadence, def when it names none.
func (c CalendarConnection) PullEvery(def time.Duration) time.Duration {
	if c.PullEveryMinutes > 0 {
		return time.Duration(c.PullEveryMinutes) * time.Minute
	}
	return def
}

// SameCalendar reports whether c and d name the same calendar: the same
// kind, URL (a trailing slash aside) and user. A new secret or cadence is
// the same calendar; anything else is another one (issue 14).
func (c CalendarConnection) SameCalendar(d CalendarConnection) bool {
	return c.Kind == d.Kind && c.Username == d.Username &&
		strings.TrimSuffix(c.URL, "/") == strings.TrimSuffix(d.URL, "/")
}

// Connected reports whether the advisor's calendar is connected.
func (c CalendarConnection) Connected() bool { return c.Kind != "" }

// Validate checks the connection; errors name the field under "calendar".
func (c CalendarConnection) Validate() error {
	switch {
	case c.Kind == "":
		if c.URL != "" {
			return fieldErr("calendar.kind", "is required with a URL", "er påkrævet, når der er angivet en URL")
		}
		return nil
	case c.Kind != CalDAV && c.Kind != Graph:
		return fieldErr("calendar.kind", "must be caldav or graph", "skal være »caldav« eller »graph«")
	case c.Kind == CalDAV && !strings.HasPrefix(c.URL, "https://") && !strings.HasPrefix(c.URL, "http://"):
		return fieldErr("calendar.url", "must be an http or https URL", "skal være en http- eller https-URL")
	case c.Kind == Graph:
		if err := c.validateGraph(); err != nil {
			return err
		}
	case c.PullEveryMinutes < 0 || c.PullEveryMinutes > 1440:
		return fieldErr("calendar.pullEveryMinutes", "must be between 1 and 1440, or 0 for the default", "skal være mellem 1 og 1440, eller 0 for standardværdien")
	}
	return nil
}

// validateGraph checks a connection of kind graph (issue 12): the mailbox
// is the user's UPN; the URL, normally empty, overrides the Graph root; the
// secret is the job centre's (GraphApp), so the advisor's has none.
func (c CalendarConnection) validateGraph() error {
	switch {
	case c.Username == "":
		return fieldErr("calendar.username", "is required for graph: the mailbox (UPN) such as bo@glostrup.dk", "er påkrævet for »graph«: postkassen (UPN), fx bo@glostrup.dk")
	case !validMail(c.Username):
		return fieldErr("calendar.username", "must be the mailbox (UPN), a mail address", "skal være postkassen (UPN), en mailadresse")
	case c.URL != "" && !httpURL(c.URL):
		return fieldErr("calendar.url", "must be an http or https URL", "skal være en http- eller https-URL")
	case c.Secret != "":
		return fieldErr("calendar.secret", "must be empty for graph: the job centre's Graph app holds the secret", "skal være tom for »graph«: jobcentrets Graph-app har hemmeligheden")
	}
	return nil
}

// Validate checks the advisor's fields; errors name the field.
func (a Advisor) Validate() error {
	switch {
	case strings.TrimSpace(a.Name) == "":
		return fieldErr("name", "is required", "er påkrævet")
	case utf8.RuneCountInString(a.Name) > MaxNameLength:
		return fieldErr("name", "must be at most 200 characters", "må højst være på 200 tegn")
	case a.TeamID == 0:
		return fieldErr("teamId", "is required", "er påkrævet")
	case a.Mail != "" && !validMail(a.Mail):
		return fieldErr("mail", "is not a mail address", "er ikke en gyldig mailadresse")
	case a.Phone != "" && !validPhone(a.Phone):
		return fieldErr("phone", "must be 8 digits, optionally with +45 and spaces", "skal være 8 cifre, eventuelt med +45 og mellemrum")
	}
	if a.Hours != nil {
		if err := a.Hours.Validate(); err != nil {
			return prefixed("hours", err)
		}
	}
	return a.Calendar.Validate()
}

// HasMark reports whether the advisor carries mark m.
func (a Advisor) HasMark(m MarkID) bool { return slices.Contains(a.Marks, m) }
