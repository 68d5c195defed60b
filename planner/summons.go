package planner

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// SummonsState is a summons' life-cycle state (§6).
type SummonsState string

// Summons states.
const (
	// Pending: created in Planner only (internt oprettet); orange, on the
	// pending list.
	Pending SummonsState = "pending"
	// Sent: sent to Jobnet/DFDG (eksternt kommunikeret); on the follow-up list.
	Sent SummonsState = "sent"
)

// Summons is one citizen's summons to a meeting (indkaldelse).
type Summons struct {
	ID        SummonsID    `json:"id"`
	Number    string       `json:"number"` // e.g. "10100-819387"
	MeetingID MeetingID    `json:"meetingId"`
	CitizenID CitizenID    `json:"citizenId"`
	State     SummonsState `json:"state"`
	// HoldingDeadline is the latest date the meeting may be held
	// (afholdelsesfrist), derived from the citizen's drop date.
	HoldingDeadline Date `json:"holdingDeadline"`
	// Rebooked: the citizen came by rebooking, so may use rebook seats.
	Rebooked bool `json:"rebooked"`
	// Jobnet is the state of the push to Jobnet/DFDG (grey/blue/red).
	Jobnet     SyncState  `json:"jobnet"`
	JobnetAt   *time.Time `json:"jobnetAt,omitempty"`
	JobnetErr  string     `json:"jobnetError,omitempty"`
	SeenAt     *time.Time `json:"seenAt,omitempty"` // seen by the citizen on Jobnet
	SentAt     *time.Time `json:"sentAt,omitempty"`
	CreatedAt  time.Time  `json:"createdAt"`
	CreatedBy  string     `json:"createdBy,omitempty"` // the summoner (indkalder)
	InCalendar bool       `json:"inCalendar"`          // transferred to the advisors' calendars
}

// FormatSummonsNumber returns a summons number "PPPPP-NNNNNN": the job
// centre's five-digit prefix and a sequence number of at least six digits.
func FormatSummonsNumber(prefix int, seq int64) string {
	return fmt.Sprintf("%05d-%06d", prefix, seq)
}

// ParseSummonsNumber checks a summons number's form; it is how a search
// box tells a summons number from a CPR number or a name (§2, §6).
func ParseSummonsNumber(s string) (prefix int, seq int64, err error) {
	p, q, ok := strings.Cut(s, "-")
	if !ok || len(p) != 5 || len(q) < 6 || !allDigits(p) || !allDigits(q) {
		return 0, 0, fieldErr("number", "must be a summons number like 10100-819387", "skal være et indkaldelsesnummer som 10100-819387")
	}
	pn, _ := strconv.Atoi(p)
	qn, err := strconv.ParseInt(q, 10, 64)
	if err != nil {
		return 0, 0, fieldErr("number", "is out of range", "ligger uden for det gyldige interval")
	}
	return pn, qn, nil
}

// HoldingDeadlineFor returns the holding deadline of a summons for a citizen:
// the drop date, the date by which the meeting must have been held.
func HoldingDeadlineFor(c Citizen) Date { return c.DropDate }

// DeadlineExceeded reports whether a summons' holding deadline is exceeded:
// its meeting day lies after the deadline (§3, §6 deadline icon).
func DeadlineExceeded(s Summons, meetingDay Date) bool {
	return !s.HoldingDeadline.IsZero() && meetingDay.After(s.HoldingDeadline)
}

func allDigits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}
