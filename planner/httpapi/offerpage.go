package httpapi

import (
	"fmt"
	"net/http"
	"time"

	"github.com/planner-dk/planner/planner"
)

// participant is a booked citizen on the offer page (§4.3).
type participant struct {
	SummonsID       planner.SummonsID `json:"summonsId"`
	CitizenID       planner.CitizenID `json:"citizenId"` // opens the citizen card
	CPR             planner.CPR       `json:"cpr"`
	Name            string            `json:"name"`
	ContactGroup    string            `json:"contactGroup,omitempty"`
	Age             int               `json:"age"`
	HoldingDeadline planner.Date      `json:"holdingDeadline"`
	Start           time.Time         `json:"start"`
}

// participants lists the citizens booked on an offer, searchable by name
// or CPR, in meeting order.
func (s *Server) participants(r *http.Request, a planner.Actor, offer planner.OfferID, search string, loc *time.Location) ([]participant, error) {
	out := []participant{}
	for offset := 0; ; offset += planner.MaxListLimit { // every page: the participant list is never cut short
		page, err := s.svc.SummonsList(r.Context(), a.JobcenterID, planner.ListQuery{
			List: planner.FollowUpList, Offer: offer, Search: search, Limit: planner.MaxListLimit, Offset: offset,
		})
		if err != nil {
			return nil, err
		}
		for _, row := range page.Rows {
			out = append(out, participant{
				SummonsID: row.SummonsID, CitizenID: row.CitizenID, CPR: row.CPR, Name: row.CitizenName, ContactGroup: row.ContactGroup,
				Age: row.CPR.Age(planner.DateOf(row.Start, loc)), HoldingDeadline: row.HoldingDeadline, Start: row.Start,
			})
		}
		if len(page.Rows) < planner.MaxListLimit || offset+len(page.Rows) >= page.Total {
			return out, nil
		}
	}
}

// offerPage answers the offer page (§4.3): the offer, its live free
// places per ISO week, and the booked citizens (?search= a name;
// ?participants=none leaves them out, for a screen refreshing the weeks).
func (s *Server) offerPage(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	if err := noCPRInURL(r, "search", "POST /api/offers/{id}/participants"); err != nil {
		return err
	}
	if v := r.URL.Query().Get("participants"); v != "" && v != "none" {
		return &planner.FieldError{Field: "participants", Reason: "must be none or left out", ReasonDA: "skal være »none« eller udeladt"}
	}
	o, loc, err := s.offerAndZone(r, a, planner.OfferID(id))
	if err != nil {
		return err
	}
	res, err := s.svc.FreeTimes(r.Context(), planner.FreeTimesRequest{Jobcenter: a.JobcenterID, Offer: o.ID})
	if err != nil {
		return err
	}
	people := []participant{}
	if r.URL.Query().Get("participants") != "none" { // the UI's live refresh asks for the weeks only
		if people, err = s.participants(r, a, o.ID, r.URL.Query().Get("search"), loc); err != nil {
			return err
		}
	}
	if len(people) > 0 {
		if err := s.logRead(r, planner.AccessOfferPage, r.URL.Query().Get("search"), participantCitizens(people)); err != nil {
			return err
		}
	}
	weeks := planner.WeeklyTotals(planner.WeeklyCounts(res.Times, loc))
	writeJSON(w, http.StatusOK, offerPageAnswer{o, orEmpty(weeks), people})
	return nil
}

func (s *Server) offerAndZone(r *http.Request, a planner.Actor, id planner.OfferID) (planner.Offer, *time.Location, error) {
	o, err := s.store.FindOffer(r.Context(), a.JobcenterID, id)
	if err != nil {
		return o, nil, err
	}
	jc, err := s.store.FindJobcenter(r.Context(), a.JobcenterID)
	if err != nil {
		return o, nil, err
	}
	loc, err := jc.Location()
	return o, loc, err
}

// participantsXLSX answers the participant list as an Excel file (§4.3
// "download participant list"). It holds full CPR numbers: staff need them
// to act on the list, and it is only for the job centre's own staff.
func (s *Server) participantsXLSX(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	o, loc, err := s.offerAndZone(r, a, planner.OfferID(id))
	if err != nil {
		return err
	}
	people, err := s.participants(r, a, o.ID, "", loc)
	if err != nil {
		return err
	}
	if err := s.logRead(r, planner.AccessExport, "", participantCitizens(people)); err != nil {
		return err
	}
	rows := [][]any{{"CPR", "Navn", "Kontaktgruppe", "Alder", "Frist for afholdelse", "Dato og klokkeslæt"}}
	for _, p := range people {
		rows = append(rows, []any{fullCPR(p.CPR), p.Name, p.ContactGroup, p.Age, p.HoldingDeadline, p.Start.In(loc)})
	}
	return writeXLSX(w, "Deltagere", fmt.Sprintf("deltagere-%d.xlsx", o.ID), rows)
}
