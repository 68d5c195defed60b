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
	people, err := s.participants(r, a, o.ID, strings.TrimSpace(body.Search), loc)
	if err != nil {
		return err
	}
	if err := s.logRead(r, planner.AccessParticipants, strings.TrimSpace(body.Search), participantCitizens(people)); err != nil {
		return err
	}
	out := participantList{Participants: []participantRow{}}
	for _, p := range people {
		out.Participants = append(out.Participants, participantRow{
			SummonsID: p.SummonsID, CitizenID: p.CitizenID, CPR: fullCPR(p.CPR), Name: p.Name,
			ContactGroup: p.ContactGroup, Age: p.Age, HoldingDeadline: p.HoldingDeadline, Start: p.Start,
		})
	}
	writeJSON(w, http.StatusOK, out)
	return nil
}
