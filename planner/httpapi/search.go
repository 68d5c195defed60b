package httpapi

import (
	"net/http"
	"strings"

	"github.com/planner-dk/planner/planner"
)

// search finds a summons by its number or a citizen by CPR (§2 "Search by
// CPR opens the citizen card; search by summons number opens that
// summons"). The text comes in the body, so a CPR never lands in a URL.
func (s *Server) search(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	var body searchRequest
	if err := decode(r, &body); err != nil {
		return err
	}
	if body.Citizen != 0 && strings.TrimSpace(body.Q) == "" {
		return s.openCard(w, r, a, body.Citizen)
	}
	number, cpr, _ := planner.SearchKind(strings.TrimSpace(body.Q))
	var answer searchAnswer
	switch {
	case number != "":
		rows, err := s.bothLists(r, a, number)
		if err != nil {
			return err
		}
		answer.Summonses = rows
	case !cpr.IsZero():
		c, err := s.store.FindCitizenByCPR(r.Context(), a.JobcenterID, cpr)
		if err != nil {
			return err
		}
		rows, err := s.bothLists(r, a, cpr.Digits())
		if err != nil {
			return err
		}
		answer.Citizen, answer.Summonses = &c, rows
	default:
		return &planner.FieldError{Field: "q", Reason: "must be a CPR number or a summons number", ReasonDA: "skal være et CPR-nummer eller et indkaldelsesnummer"}
	}
	citizens := citizensOf(answer.Summonses)
	if answer.Citizen != nil && len(citizens) == 0 {
		citizens = []planner.AccessCitizen{{ID: answer.Citizen.ID, CPR: answer.Citizen.CPR}}
	}
	if err := s.logRead(r, planner.AccessCitizenSearch, strings.TrimSpace(body.Q), citizens); err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, answer)
	return nil
}

// openCard answers the card of a citizen named by id, with the CPR in
// full and the citizen's summonses; it is logged as the card's read.
func (s *Server) openCard(w http.ResponseWriter, r *http.Request, a planner.Actor, id planner.CitizenID) error {
	if id < 0 {
		return &planner.FieldError{Field: "citizenId", Reason: "must be a citizen id", ReasonDA: "skal være et borger-id"}
	}
	c, err := s.store.FindCitizen(r.Context(), a.JobcenterID, id)
	if err != nil {
		return err
	}
	rows, err := s.bothLists(r, a, c.CPR.Digits())
	if err != nil {
		return err
	}
	if err := s.logRead(r, planner.AccessCitizenRead, "", []planner.AccessCitizen{{ID: c.ID, CPR: c.CPR}}); err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, searchAnswer{Citizen: &c, CPR: fullCPR(c.CPR), Summonses: rows})
	return nil
}

// bothLists searches the follow-up and the pending list.
func (s *Server) bothLists(r *http.Request, a planner.Actor, q string) ([]planner.ListRow, error) {
	rows := []planner.ListRow{}
	for _, list := range []planner.SummonsList{planner.FollowUpList, planner.PendingList} {
		page, err := s.svc.SummonsList(r.Context(), a.JobcenterID, planner.ListQuery{List: list, Search: q, Limit: planner.MaxListLimit})
		if err != nil {
			return nil, err
		}
		rows = append(rows, page.Rows...)
	}
	return rows, nil
}

// freeTimesOverview answers the free-times tab (§8): ?weeks=12 by default.
func (s *Server) freeTimesOverview(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	weeks, err := intParam(r, "weeks")
	if err != nil {
		return err
	}
	if !r.URL.Query().Has("weeks") {
		weeks = 12 // "weeks=0" is refused, not read as the default
	}
	overview, err := s.svc.FreeTimesOverview(r.Context(), a.JobcenterID, weeks)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, overviewAnswer{orEmpty(overview)})
	return nil
}
