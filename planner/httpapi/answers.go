package httpapi

import (
	"time"

	"github.com/planner-dk/planner/planner"
)

// The answers of the routes that do not answer a domain type as it is.
// They are named types, not maps, so that a test can hold their JSON names
// and the OpenAPI document together.

// statusAnswer is the answer of /healthz and /readyz.
type statusAnswer struct {
	Status string `json:"status"` // "ok" or "ready"
}

// teamList answers GET /api/teams.
type teamList struct {
	Teams []planner.Team `json:"teams"`
}

// advisorList answers GET /api/advisors.
type advisorList struct {
	Advisors []planner.Advisor `json:"advisors"`
}

// roomList answers GET /api/rooms.
type roomList struct {
	Rooms []planner.Room `json:"rooms"`
}

// templateList answers GET /api/templates.
type templateList struct {
	Templates []planner.Template `json:"templates"`
}

// offerList answers GET /api/offers.
type offerList struct {
	Offers []planner.Offer `json:"offers"`
}

// notificationList answers GET /api/notifications.
type notificationList struct {
	Notifications []planner.NotificationRecord `json:"notifications"`
}

// overviewAnswer answers GET /api/free-times-overview (§8).
type overviewAnswer struct {
	Offers []planner.OfferWeeks `json:"offers"`
}

// offerActive answers the activation and deactivation of an offer.
type offerActive struct {
	ID     planner.OfferID `json:"id"`
	Active bool            `json:"active"`
}

// texts is a text in Danish and English.
type texts struct {
	DA string `json:"da"`
	EN string `json:"en"`
}

// stepAnswer answers POST /api/offers/validate: the step is valid; step 3
// adds the rules' description, contradictions and whether they never match.
type stepAnswer struct {
	Valid          bool                     `json:"valid"`
	Description    *texts                   `json:"description,omitempty"`
	Contradictions *[]planner.Contradiction `json:"contradictions,omitempty"`
	NeverMatches   *bool                    `json:"neverMatches,omitempty"`
}

// bookingAnswer is the meeting and the citizen's summons of a booking.
type bookingAnswer struct {
	Meeting planner.Meeting `json:"meeting"`
	Summons planner.Summons `json:"summons"`
}

// informAnswer says whether the advisor must also tell the citizen
// personally (a change within 7 days, §2).
type informAnswer struct {
	InformCitizen bool `json:"informCitizen"`
}

// rebookingAnswer says, per moved meeting, whether the advisor must also
// tell the citizen personally (§3).
type rebookingAnswer struct {
	InformCitizen map[planner.MeetingID]bool `json:"informCitizen"`
}

// rebookingRequest is the body of POST /api/absences/rebooking: the absent
// advisor and the proposals chosen.
type rebookingRequest struct {
	Advisor   planner.AdvisorID  `json:"advisorId"`
	Proposals []planner.Proposal `json:"proposals"`
}

// absenceAnswer is a new absence with the rebooking proposals for the
// meetings it hits (§3).
type absenceAnswer struct {
	Absence   planner.Absence    `json:"absence"`
	Proposals []planner.Proposal `json:"proposals"`
}

// frontPageAnswer is the front page's status (§3) and the pending tab's
// counter (§6) at a time.
type frontPageAnswer struct {
	FrontPage      planner.FrontPage `json:"frontPage"`
	PendingCounter int               `json:"pendingCounter"`
	At             string            `json:"at"` // RFC 3339, UTC
}

// searchRequest is the body of POST /api/search.
type searchRequest struct {
	Q string `json:"q"` // a CPR number or a summons number
	// Citizen opens a citizen's card by id, as a CPR shown elsewhere does
	// (the offer page's participants); q is then empty.
	Citizen planner.CitizenID `json:"citizenId,omitempty"`
}

// searchAnswer is the citizen card (for a CPR) and the summonses found.
type searchAnswer struct {
	Citizen *planner.Citizen `json:"citizen,omitempty"`
	// CPR is the citizen's CPR in full (DDMMYY-SSSS) for a card opened by
	// id, whose user did not type it.
	CPR       string            `json:"cpr,omitempty"`
	Summonses []planner.ListRow `json:"summonses"`
}

// bulkRequest is the body of POST /api/summonses/bulk.
type bulkRequest struct {
	Offer    planner.OfferID     `json:"offerId"`
	Citizens []planner.CitizenID `json:"citizens"`
}

// explainAnswer says whether a time is free and, if not, every obstacle.
type explainAnswer struct {
	Free      bool               `json:"free"`
	Obstacles []planner.Obstacle `json:"obstacles"`
}

// offerPageAnswer is the offer page (§4.3).
type offerPageAnswer struct {
	Offer        planner.Offer       `json:"offer"`
	Weeks        []planner.WeekCount `json:"weeks"`
	Participants []participant       `json:"participants"`
}

// receipt is the body of POST /api/jobnet/receipts (docs/jobnet.md).
type receipt struct {
	Number string    `json:"number"`
	SeenAt time.Time `json:"seenAt"`
}

// portalOffer is an offer as the citizen portal shows it.
type portalOffer struct {
	ID          planner.OfferID `json:"id"`
	Name        string          `json:"name"`
	Description string          `json:"description"`
	Form        planner.Form    `json:"form"`
	Channel     planner.Channel `json:"channel"`
	Duration    int             `json:"durationMinutes"`
	ChooseAdv   bool            `json:"citizenChoosesAdvisor"`
	// Booked: the citizen holds a coming booking of the offer, which is
	// moved by rebooking, not booked again (issue 23).
	Booked bool `json:"booked"`
}

// portalOfferList answers GET /api/portal/offers.
type portalOfferList struct {
	Offers []portalOffer `json:"offers"`
}

// portalTimes answers GET /api/portal/offers/{id}/free-times: the free
// times, the §7.2 reason when there are none, and the month the calendar
// opens on (that of the first free time).
type portalTimes struct {
	Times     []planner.FreeTime  `json:"times"`
	Empty     planner.EmptyReason `json:"empty"`
	OpenMonth string              `json:"openMonth,omitempty"` // "2006-01"
	// Advisors name the advisors of the times, for the citizen to choose
	// among where the offer allows it.
	Advisors []portalAdvisor `json:"advisors,omitempty"`
}

// portalAdvisor is an advisor as the citizen sees them: a name.
type portalAdvisor struct {
	ID   planner.AdvisorID `json:"id"`
	Name string            `json:"name"`
}
