package httpapi

import (
	"net/http"
	"strings"
	"time"

	"github.com/planner-dk/planner/planner"
)

// participantSearch is the body of POST /api/offers/{id}/participants: the
// search text (a name or a CPR number) travels in the body, so a CPR never
// lands in a URL or an access log.
type participantSearch struct {
	Search string `json:"search"`
}

// participantRow is a booked citizen as the offer page lists them (§4.3),
// with the CPR number in full: the guide's list shows it, for staff to act on.
type participantRow struct {
	SummonsID       planner.SummonsID `json:"summonsId"`
	CitizenID       planner.CitizenID `json:"citizenId"`
	CPR             string            `json:"cpr"` // in full, DDMMYY-SSSS
	Name            string            `json:"name"`
	ContactGroup    string            `json:"contactGroup,omitempty"`
	Age             int               `json:"age"`
	HoldingDeadline planner.Date      `json:"holdingDeadline"`
	Start           time.Time         `json:"start"`
}

// participantList answers POST /api/offers/{id}/participants.
type participantList struct {
	Participants []participantRow `json:"participants"`
}

// offerParticipants answers the citizens booked on an offer, searched by
// name or CPR from the body, with their full CPR numbers.
func (s *Server) offerParticipants(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	var body participantSearch
	if err := decode(r, &body); err != nil {
		return err
	}
	o, loc, err := s.offerAndZone(r, a, planner.OfferID(id))
	if err != nil {
		return err
	}
	page, err := s.svc.SummonsList(r.Context(), a.JobcenterID, planner.ListQuery{
		List: planner.FollowUpList, Offer: o.ID, Search: strings.TrimSpace(body.Search), Limit: planner.MaxListLimit,
	})
	if err != nil {
		return err
	}
	out := participantList{Participants: []participantRow{}}
	for _, row := range page.Rows {
		d := row.CPR.Digits()
		out.Participants = append(out.Participants, participantRow{
			SummonsID: row.SummonsID, CitizenID: row.CitizenID, CPR: d[:6] + "-" + d[6:], Name: row.CitizenName,
			ContactGroup: row.ContactGroup, Age: row.CPR.Age(planner.DateOf(row.Start, loc)),
			HoldingDeadline: row.HoldingDeadline, Start: row.Start,
		})
	}
	writeJSON(w, http.StatusOK, out)
	return nil
}
