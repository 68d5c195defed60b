package planner

import (
	"time"
	"unicode/utf8"
)

// SummonsList is one of the two lists of §6.
type SummonsList string

// The lists.
const (
	FollowUpList SummonsList = "follow_up" // sent summonses (opfølgningsliste)
	PendingList  SummonsList = "pending"   // summonses not yet sent (afventerliste)
)

// ListDateField is the date a list's from–to filter applies to (§6).
type ListDateField string

// Date fields of the lists.
const (
	DateMeeting         ListDateField = "meeting"          // the summons date
	DateHoldingDeadline ListDateField = "holding_deadline" // afholdelsesfrist
	DateSent            ListDateField = "sent"             // sent to Jobnet
)

// ListColumn is a sortable column of the lists (§6: every column sorts).
type ListColumn string

// Sortable columns.
const (
	ColNumber           ListColumn = "number"
	ColName             ListColumn = "name"
	ColCPR              ListColumn = "cpr"
	ColDate             ListColumn = "date"
	ColHoldingDeadline  ListColumn = "holding_deadline"
	ColDeadlineExceeded ListColumn = "deadline_exceeded"
	ColSeen             ListColumn = "seen"
	ColTeam             ListColumn = "team"
	ColAdvisor          ListColumn = "advisor"
	ColRoom             ListColumn = "room"
	ColSummoner         ListColumn = "summoner"
	ColType             ListColumn = "type"
	ColJobnetState      ListColumn = "jobnet_state"
	ColJobnetDate       ListColumn = "jobnet_date"
	ColInCalendar       ListColumn = "in_calendar" // transferred to calendar: every calendar push done
)

// ListQuery filters, searches, sorts and pages a summons list in the
// database (§6). Zero fields do not filter.
type ListQuery struct {
	List SummonsList
	// Search matches a summons number (listing every participant of its
	// meeting), a citizen's name (case-insensitive, part of it) or a CPR.
	Search           string
	DateField        ListDateField
	From, To         Date     // inclusive, on DateField
	Teams            []TeamID // the chosen team and its sub-teams (Service expands)
	Offer            OfferID  // only summonses of this offer's meetings (the offer page)
	Advisor          AdvisorID
	MeetingType      string
	Variant          string
	Channel          Channel
	DeadlineExceeded *bool
	Seen             *bool
	HideOld          bool // hide meetings before today
	Today            Date // the day HideOld compares with
	Sort             ListColumn
	Desc             bool
	Limit, Offset    int // Limit 0 means 50
}

// ListRow is one row of a list: one citizen's summons (§6).
type ListRow struct {
	SummonsID        SummonsID    `json:"summonsId"`
	Number           string       `json:"number"`
	MeetingID        MeetingID    `json:"meetingId"`
	Form             Form         `json:"form"`
	CitizenID        CitizenID    `json:"citizenId"`
	CitizenName      string       `json:"citizenName"`
	ContactGroup     string       `json:"contactGroup,omitempty"`
	CPR              CPR          `json:"cpr"`
	State            SummonsState `json:"state"`
	Start            time.Time    `json:"start"`
	HoldingDeadline  Date         `json:"holdingDeadline"`
	DeadlineExceeded bool         `json:"deadlineExceeded"`
	SeenAt           *time.Time   `json:"seenAt,omitempty"`
	TeamID           TeamID       `json:"teamId"`
	TeamName         string       `json:"teamName"`
	Advisors         []AdvisorID  `json:"advisors"` // responsible first
	AdvisorName      string       `json:"advisorName"`
	RoomName         string       `json:"roomName,omitempty"`
	Summoner         string       `json:"summoner"`
	MeetingType      string       `json:"meetingType"`
	Variant          string       `json:"variant,omitempty"`
	Channel          Channel      `json:"channel"`
	Jobnet           SyncState    `json:"jobnet"`
	JobnetAt         *time.Time   `json:"jobnetAt,omitempty"`
	InCalendar       bool         `json:"inCalendar"` // every calendar push done
	Terms            BookingTerms `json:"-"`
}

// ListPage is a page of a list and the number of rows in all.
type ListPage struct {
	Rows  []ListRow `json:"rows"`
	Total int       `json:"total"`
}

// MaxListLimit is the largest page a list returns.
const MaxListLimit = 500

// Validate checks the query; errors name the field.
func (q ListQuery) Validate() error {
	switch {
	case q.List != FollowUpList && q.List != PendingList:
		return fieldErr("list", "must be follow_up or pending", "skal være »follow_up« eller »pending«")
	case q.DateField != "" && q.DateField != DateMeeting && q.DateField != DateHoldingDeadline && q.DateField != DateSent:
		return fieldErr("dateField", "must be meeting, holding_deadline or sent", "skal være »meeting«, »holding_deadline« eller »sent«")
	case q.DateField == "" && (!q.From.IsZero() || !q.To.IsZero()):
		return fieldErr("dateField", "is required with from or to", "er påkrævet sammen med »from« eller »to«")
	case !q.From.IsZero() && !q.To.IsZero() && q.To.Before(q.From):
		return fieldErr("to", "must not be before from", "må ikke ligge før »from«")
	case q.Sort != "" && !validColumn(q.Sort):
		return fieldErr("sort", "is not a column of the list", "er ikke en kolonne i listen")
	case q.Limit < 0 || q.Limit > MaxListLimit:
		return fieldErr("limit", "must be between 1 and 500", "skal være mellem 1 og 500")
	case q.Offset < 0:
		return fieldErr("offset", "must not be negative", "må ikke være negativt")
	case q.HideOld && q.Today.IsZero():
		return fieldErr("today", "is required to hide old meetings", "er påkrævet for at skjule gamle møder")
	case utf8.RuneCountInString(q.Search) > MaxSearchLength:
		return fieldErr("search", "must be at most 100 characters", "må højst være på 100 tegn")
	}
	return nil
}

// MaxSearchLength bounds a list's search text, in characters: a name, a
// CPR or a summons number is far shorter, and a longer text would make
// the database's pattern too complex (issue 23).
const MaxSearchLength = 100

func validColumn(c ListColumn) bool {
	switch c {
	case ColNumber, ColName, ColCPR, ColDate, ColHoldingDeadline, ColDeadlineExceeded, ColSeen, ColTeam,
		ColAdvisor, ColRoom, ColSummoner, ColType, ColJobnetState, ColJobnetDate, ColInCalendar:
		return true
	}
	return false
}

// SearchKind tells what a list search text is: a summons number, a CPR, or
// (otherwise) a part of a name.
func SearchKind(s string) (number string, cpr CPR, name string) {
	if _, _, err := ParseSummonsNumber(s); err == nil {
		return s, CPR{}, ""
	}
	if c, err := ParseCPR(s); err == nil {
		return "", c, ""
	}
	return "", CPR{}, s
}
