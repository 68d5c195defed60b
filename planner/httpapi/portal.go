package httpapi

import (
	"fmt"
	"net/http"
	"time"

	"github.com/planner-dk/planner/planner"
)

// citizenHeader carries the CPR of the citizen the portal acts for. A header,
// not a query parameter, so the number stays out of access logs.
const citizenHeader = "Planner-Citizen"

// portalCitizen finds the citizen the portal acts for in this request.
func (s *Server) portalCitizen(r *http.Request, a planner.Actor) (planner.Citizen, error) {
	if sess := sessionOf(r); sess != nil { // the citizens' pages: the citizen signed in, whatever the request says
		cpr, err := planner.ParseCPR(sess.CPR)
		if err != nil {
			return planner.Citizen{}, fmt.Errorf("citizen session without a CPR number: %w", planner.ErrUnauthenticated)
		}
		return s.store.FindCitizenByCPR(r.Context(), a.JobcenterID, cpr)
	}
	cpr, err := planner.ParseCPR(r.Header.Get(citizenHeader))
	if err != nil {
		return planner.Citizen{}, &planner.FieldError{Field: citizenHeader, Reason: "must hold the citizen's CPR", ReasonDA: "skal indeholde borgerens CPR-nummer"}
	}
	return s.store.FindCitizenByCPR(r.Context(), a.JobcenterID, cpr)
}

// portalOffers answers "My meetings": the offers open to the citizen (§5).
func (s *Server) portalOffers(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	c, err := s.portalCitizen(r, a)
	if err != nil {
		return err
	}
	offers, err := s.svc.PortalOffers(r.Context(), a.JobcenterID, c.ID)
	if err != nil {
		return err
	}
	held, err := s.svc.HeldOffers(r.Context(), a.JobcenterID, c.ID)
	if err != nil {
		return err
	}
	out := []portalOffer{}
	for _, o := range offers {
		out = append(out, portalOffer{o.ID, o.Name, o.Description, o.Form, o.Channel, o.DurationMinutes, o.CitizenChoosesAdvisor, held[o.ID]})
	}
	writeJSON(w, http.StatusOK, portalOfferList{out})
	return nil
}

// portalFreeTimes answers an offer's free times for the citizen; the
// calendar opens on the month of the first free time (§5).
func (s *Server) portalFreeTimes(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	c, err := s.portalCitizen(r, a)
	if err != nil {
		return err
	}
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	req := planner.FreeTimesRequest{Jobcenter: a.JobcenterID, Citizen: c.ID, Offer: planner.OfferID(id)}
	if err := s.rebooking(r, a, c, &req); err != nil {
		return err
	}
	start := time.Now()
	res, err := s.svc.PortalFreeTimes(r.Context(), req)
	s.m.searched(start)
	if err != nil {
		return err
	}
	answer := portalTimes{Times: orEmpty(res.Times), Empty: res.Empty}
	if len(res.Times) > 0 {
		answer.OpenMonth = res.Times[0].Start.Format("2006-01")
	}
	if answer.Advisors, err = s.advisorNames(r, a, res.Times); err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, answer)
	return nil
}

// portalCancel cancels the citizen's own booking when its terms allow.
func (s *Server) portalCancel(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	c, err := s.portalCitizen(r, a)
	if err != nil {
		return err
	}
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	if err := s.svc.Cancel(r.Context(), a.JobcenterID, c.ID, planner.SummonsID(id), a.Name); err != nil {
		return err
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}

// portalRebook moves the citizen's own booking to another free time.
func (s *Server) portalRebook(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	c, err := s.portalCitizen(r, a)
	if err != nil {
		return err
	}
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	var ft planner.FreeTime
	if err := decode(r, &ft); err != nil {
		return err
	}
	m, sum, err := s.svc.Rebook(r.Context(), planner.RebookRequest{Jobcenter: a.JobcenterID, Citizen: c.ID, Summons: planner.SummonsID(id), Time: ft, Actor: a.Name})
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, bookingAnswer{m, sum})
	return nil
}

// portalInstant books the first free time of any offer open to the citizen.
func (s *Server) portalInstant(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	c, err := s.portalCitizen(r, a)
	if err != nil {
		return err
	}
	m, sum, err := s.svc.InstantBook(r.Context(), a.JobcenterID, c.ID, a.Name)
	s.m.booked(err)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusCreated, bookingAnswer{m, sum})
	return nil
}

// advisorNames names the advisors the free times name (none where the
// offer does not let the citizen choose: then every advisorId is 0).
func (s *Server) advisorNames(r *http.Request, a planner.Actor, times []planner.FreeTime) ([]portalAdvisor, error) {
	ids := map[planner.AdvisorID]bool{}
	for _, t := range times {
		if t.Advisor != 0 {
			ids[t.Advisor] = true
		}
	}
	if len(ids) == 0 {
		return nil, nil
	}
	all, err := s.store.FindAdvisors(r.Context(), a.JobcenterID, planner.AdvisorFilter{})
	if err != nil {
		return nil, fmt.Errorf("the free times' advisors: %w", err)
	}
	var out []portalAdvisor
	for _, adv := range all {
		if ids[adv.ID] {
			out = append(out, portalAdvisor{adv.ID, adv.Name})
		}
	}
	return out, nil
}

// rebooking reads the optional ?rebook=<summons id>: the free times are
// then those the citizen may move that booking of theirs to (rebook seats
// free to them, the booking's own meeting not in the way). Another
// citizen's summons, or one of another offer, answers like a missing one.
func (s *Server) rebooking(r *http.Request, a planner.Actor, c planner.Citizen, req *planner.FreeTimesRequest) error {
	if r.URL.Query().Get("rebook") == "" {
		return nil
	}
	n, err := intParam(r, "rebook")
	if err != nil {
		return err
	}
	if n <= 0 {
		return &planner.FieldError{Field: "rebook", Reason: "must be a positive id", ReasonDA: "skal være et positivt id"}
	}
	sum, err := s.store.FindSummons(r.Context(), a.JobcenterID, planner.SummonsID(n))
	if err != nil {
		return err
	}
	if sum.CitizenID != c.ID {
		return fmt.Errorf("summons %d is another citizen's: %w", n, planner.ErrNotFound)
	}
	m, _, err := s.store.FindMeeting(r.Context(), a.JobcenterID, sum.MeetingID)
	if err != nil {
		return err
	}
	if m.OfferID != req.Offer {
		return fmt.Errorf("summons %d is of another offer: %w", n, planner.ErrNotFound)
	}
	req.Rebooking, req.Exclude = true, m.ID
	return nil
}

// browsedBody is the body of POST /api/portal/offers/{id}/browsed and its
// answer: a month of the offer's calendar the citizen looked at.
type browsedBody struct {
	Month   string            `json:"month"` // "2027-02"
	Advisor planner.AdvisorID `json:"advisorId,omitempty"`
	// FreeTimes is answered: the month's free times for the citizen.
	FreeTimes int `json:"freeTimes"`
}

// portalBrowsed takes a month of an offer's calendar the citizen looked
// at (the Jobnet calendar reports each month shown) and answers its free
// times; an empty month in the offer's window records mail 5 to the
// advisor the citizen chose (§7, guide A).
func (s *Server) portalBrowsed(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	c, err := s.portalCitizen(r, a)
	if err != nil {
		return err
	}
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	var body browsedBody
	if err := decode(r, &body); err != nil {
		return err
	}
	month, err := planner.ParseDate(body.Month + "-01")
	if err != nil || len(body.Month) != 7 {
		return &planner.FieldError{Field: "month", Reason: "must be a month YYYY-MM", ReasonDA: "skal være en måned på formen ÅÅÅÅ-MM"}
	}
	if body.Advisor < 0 {
		return &planner.FieldError{Field: "advisorId", Reason: "must be an advisor id", ReasonDA: "skal være et vejleder-id"}
	}
	free, err := s.svc.Browsed(r.Context(), planner.BrowseRequest{
		FreeTimesRequest: planner.FreeTimesRequest{Jobcenter: a.JobcenterID, Citizen: c.ID, Offer: planner.OfferID(id)},
		Month:            month, Advisor: body.Advisor,
	})
	if err != nil {
		return err
	}
	body.FreeTimes = free
	writeJSON(w, http.StatusOK, body)
	return nil
}
