package httpapi

import (
	"net/http"
	"slices"

	"github.com/planner-dk/planner/planner"
)

func (s *Server) listAdvisors(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	advisors, err := s.store.FindAdvisors(r.Context(), a.JobcenterID, planner.AdvisorFilter{})
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, advisorList{orEmpty(advisors)})
	return nil
}

func (s *Server) createAdvisor(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	var adv planner.Advisor
	if err := decode(r, &adv); err != nil {
		return err
	}
	adv.ID, adv.JobcenterID = 0, a.JobcenterID
	if err := s.store.CreateAdvisor(r.Context(), &adv); err != nil {
		return err
	}
	writeJSON(w, http.StatusCreated, adv)
	return nil
}

// updateAdvisor replaces an advisor's fields but their calendar
// connection, which has its own route (its secret is write-only and would
// otherwise be lost by a body that cannot carry it).
func (s *Server) updateAdvisor(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	current, err := s.advisor(r.Context(), a.JobcenterID, r)
	if err != nil {
		return err
	}
	var adv planner.Advisor
	if err := decode(r, &adv); err != nil {
		return err
	}
	adv.ID, adv.JobcenterID, adv.Calendar = current.ID, a.JobcenterID, current.Calendar
	if err := s.store.UpdateAdvisor(r.Context(), adv); err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, adv)
	return nil
}

func (s *Server) listRooms(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	rooms, err := s.store.FindRooms(r.Context(), a.JobcenterID)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, roomList{orEmpty(rooms)})
	return nil
}

func (s *Server) createRoom(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	var room planner.Room
	if err := decode(r, &room); err != nil {
		return err
	}
	room.ID, room.JobcenterID = 0, a.JobcenterID
	if err := s.store.CreateRoom(r.Context(), &room); err != nil {
		return err
	}
	writeJSON(w, http.StatusCreated, room)
	return nil
}

// createCitizen takes the CPR in full and answers it masked, as every
// answer does.
func (s *Server) createCitizen(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	var c planner.Citizen
	if err := decode(r, &c); err != nil {
		return err
	}
	c.ID, c.JobcenterID = 0, a.JobcenterID
	ctx := withChange(r, planner.AccessCitizenCreate, planner.AccessCitizen{CPR: c.CPR})
	if err := s.store.CreateCitizen(ctx, &c); err != nil {
		return err
	}
	if err := changeLogged(ctx); err != nil {
		return err
	}
	writeJSON(w, http.StatusCreated, c)
	return nil
}

func (s *Server) getCitizen(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	c, err := s.store.FindCitizen(r.Context(), a.JobcenterID, planner.CitizenID(id))
	if err != nil {
		return err
	}
	if err := s.logRead(r, planner.AccessCitizenRead, "", []planner.AccessCitizen{{ID: c.ID, CPR: c.CPR}}); err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, c)
	return nil
}

func (s *Server) listOffers(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	var f planner.OfferFilter
	switch r.URL.Query().Get("active") {
	case "true":
		t := true
		f.Active = &t
	case "false":
		no := false
		f.Active = &no
	case "":
	default:
		return &planner.FieldError{Field: "active", Reason: "must be true or false", ReasonDA: "skal være »true« eller »false«"}
	}
	q, err := parseOfferQuery(r)
	if err != nil {
		return err
	}
	offers, err := s.store.FindOffers(r.Context(), a.JobcenterID, f)
	if err != nil {
		return err
	}
	offers = slices.DeleteFunc(offers, func(o planner.Offer) bool { return !q.keep(o) })
	writeJSON(w, http.StatusOK, offerList{orEmpty(offers)})
	return nil
}

func (s *Server) createOffer(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	var o planner.Offer
	if err := decode(r, &o); err != nil {
		return err
	}
	o.ID, o.JobcenterID, o.ChangedBy = 0, a.JobcenterID, a.Name
	if err := s.store.CreateOffer(r.Context(), &o); err != nil {
		return err
	}
	writeJSON(w, http.StatusCreated, o)
	return nil
}

func (s *Server) updateOffer(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	var o planner.Offer
	if err := decode(r, &o); err != nil {
		return err
	}
	o.ID, o.JobcenterID, o.ChangedBy = planner.OfferID(id), a.JobcenterID, a.Name
	if err := s.store.UpdateOffer(r.Context(), o); err != nil {
		return err
	}
	updated, err := s.store.FindOffer(r.Context(), a.JobcenterID, o.ID)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, updated)
	return nil
}

// validateOfferStep checks one wizard step of an offer without saving it
// (§4.1–§4.3), so a UI can check step by step: ?step=1, 2 or 3.
func (s *Server) validateOfferStep(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	step := map[string]int{"1": planner.StepType, "2": planner.StepTime, "3": planner.StepParticipants}[r.URL.Query().Get("step")]
	if step == 0 {
		return &planner.FieldError{Field: "step", Reason: "must be 1, 2 or 3", ReasonDA: "skal være 1, 2 eller 3"}
	}
	var o planner.Offer
	if err := decode(r, &o); err != nil {
		return err
	}
	rc, err := s.store.FindRuleContext(r.Context(), a.JobcenterID)
	if err != nil {
		return err
	}
	if err := o.ValidateStep(step, rc); err != nil {
		return err
	}
	answer := stepAnswer{Valid: true}
	if step == planner.StepParticipants {
		contradictions, never := orEmpty(o.Rules.Contradictions()), o.Rules.NeverMatches()
		answer.Description = &texts{DA: o.Rules.Describe(planner.Danish, rc), EN: o.Rules.Describe(planner.English, rc)}
		answer.Contradictions, answer.NeverMatches = &contradictions, &never
	}
	writeJSON(w, http.StatusOK, answer)
	return nil
}

func (s *Server) summonsList(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	if err := noCPRInURL(r, "search", "POST /api/summonses/query"); err != nil {
		return err
	}
	q := planner.ListQuery{
		List: planner.SummonsList(r.URL.Query().Get("list")), Search: r.URL.Query().Get("search"),
		Sort: planner.ListColumn(r.URL.Query().Get("sort")), Desc: r.URL.Query().Get("desc") == "true",
		HideOld: r.URL.Query().Get("hideOld") == "true",
	}
	var err error
	if q.Limit, err = intParam(r, "limit"); err != nil {
		return err
	}
	if q.Offset, err = intParam(r, "offset"); err != nil {
		return err
	}
	page, err := s.svc.SummonsList(r.Context(), a.JobcenterID, q)
	if err != nil {
		return err
	}
	if err := s.logRead(r, planner.AccessListRead, q.Search, citizensOf(page.Rows)); err != nil {
		return err
	}
	page.Rows = orEmpty(page.Rows)
	writeJSON(w, http.StatusOK, page)
	return nil
}

func (s *Server) listTemplates(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	ts, err := s.store.FindTemplates(r.Context(), a.JobcenterID)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, templateList{orEmpty(ts)})
	return nil
}

func (s *Server) createTemplate(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	var t planner.Template
	if err := decode(r, &t); err != nil {
		return err
	}
	t.ID, t.JobcenterID = 0, a.JobcenterID
	if err := s.store.CreateTemplate(r.Context(), &t); err != nil {
		return err
	}
	writeJSON(w, http.StatusCreated, t)
	return nil
}

// setOfferActive activates or deactivates an offer (§4.3), keeping every
// other field as it is.
func (s *Server) setOfferActive(active bool) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
		id, err := pathID(r, "id")
		if err != nil {
			return err
		}
		o, err := s.store.FindOffer(r.Context(), a.JobcenterID, planner.OfferID(id))
		if err != nil {
			return err
		}
		o.Active, o.ChangedBy = active, a.Name
		if err := s.store.UpdateOffer(r.Context(), o); err != nil {
			return err
		}
		writeJSON(w, http.StatusOK, offerActive{o.ID, active})
		return nil
	}
}
