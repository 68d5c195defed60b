package httpapi

import (
	"net/http"
	"strconv"
	"time"

	"github.com/planner-dk/planner/planner"
)

func (s *Server) listTeams(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	teams, err := s.store.FindTeams(r.Context(), a.JobcenterID)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, teamList{orEmpty(teams)})
	return nil
}

func (s *Server) createTeam(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	var t planner.Team
	if err := decode(r, &t); err != nil {
		return err
	}
	t.ID, t.JobcenterID = 0, a.JobcenterID // the caller's job centre, whatever the body says
	if err := s.store.CreateTeam(r.Context(), &t); err != nil {
		return err
	}
	writeJSON(w, http.StatusCreated, t)
	return nil
}

func (s *Server) getOffer(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	o, err := s.store.FindOffer(r.Context(), a.JobcenterID, planner.OfferID(id))
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, o)
	return nil
}

func (s *Server) offerFreeTimes(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	req := planner.FreeTimesRequest{Jobcenter: a.JobcenterID, Offer: planner.OfferID(id)}
	if v := r.URL.Query().Get("citizenId"); v != "" {
		c, err := strconv.ParseInt(v, 10, 64)
		if err != nil {
			return &planner.FieldError{Field: "citizenId", Reason: "must be a citizen id", ReasonDA: "skal være et borger-id"}
		}
		req.Citizen = planner.CitizenID(c)
	}
	start := time.Now()
	res, err := s.svc.FreeTimes(r.Context(), req)
	s.m.searched(start)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, res)
	return nil
}

// explainTime answers why a time is not free: ?advisorId=id&start=RFC 3339,
// the names of a free time's fields.
func (s *Server) explainTime(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	adv, err := strconv.ParseInt(r.URL.Query().Get("advisorId"), 10, 64)
	if err != nil || adv <= 0 {
		return &planner.FieldError{Field: "advisorId", Reason: "must be an advisor id", ReasonDA: "skal være et vejleder-id"}
	}
	start, err := time.Parse(time.RFC3339, r.URL.Query().Get("start"))
	if err != nil {
		return &planner.FieldError{Field: "start", Reason: "must be a time in RFC 3339 form, such as 2026-03-02T09:00:00+01:00", ReasonDA: "skal være et tidspunkt i RFC 3339-format, fx 2026-03-02T09:00:00+01:00"}
	}
	obs, err := s.svc.Explain(r.Context(), a.JobcenterID, planner.OfferID(id), planner.AdvisorID(adv), start)
	if err != nil {
		return err
	}
	if obs == nil {
		obs = []planner.Obstacle{}
	}
	writeJSON(w, http.StatusOK, explainAnswer{Free: len(obs) == 0, Obstacles: obs})
	return nil
}

// jobnetReceipt is Jobnet telling that a citizen saw a summons
// (docs/jobnet.md): POST /api/jobnet/receipts {"number", "seenAt"}.
func (s *Server) jobnetReceipt(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	var body receipt
	if err := decode(r, &body); err != nil {
		return err
	}
	if _, _, err := planner.ParseSummonsNumber(body.Number); err != nil {
		return &planner.FieldError{Field: "number", Reason: "must be a summons number such as 10100-819387", ReasonDA: "skal være et indkaldelsesnummer som 10100-819387"}
	}
	if body.SeenAt.IsZero() {
		return &planner.FieldError{Field: "seenAt", Reason: "must be the time the citizen saw the summons", ReasonDA: "skal være tidspunktet, hvor borgeren så indkaldelsen"}
	}
	if err := s.store.MarkSummonsSeen(r.Context(), a.JobcenterID, body.Number, body.SeenAt.UTC()); err != nil {
		return err
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}

// portalBooking is what the citizen portal sends to book for one citizen:
// the citizen, the offer and a free time as the portal's free times answer
// gives it, every field of it under the same name (freeSeats is only read).
// On the citizens' pages the session names the citizen and cpr is not read.
type portalBooking struct {
	CPR   planner.CPR     `json:"cpr"`
	Offer planner.OfferID `json:"offerId"`
	planner.FreeTime
}

// check refuses a booking that names no time, before any seat is looked
// at (issue 23: no start, or no end, was answered 409 "time taken" or 201).
func (b portalBooking) check() error {
	switch {
	case b.Start.IsZero():
		return &planner.FieldError{Field: "start", Reason: "is required: a free time's start", ReasonDA: "er påkrævet: starten på en ledig tid"}
	case b.Start.Year() < planner.MinYear || b.Start.Year() > planner.MaxYear:
		return &planner.FieldError{Field: "start", Reason: "must be a free time's start", ReasonDA: "skal være starten på en ledig tid"}
	case !b.End.After(b.Start):
		return &planner.FieldError{Field: "end", Reason: "is required: the free time's end, after its start", ReasonDA: "er påkrævet: den ledige tids slutning, efter dens start"}
	}
	return nil
}

// portalBook books a free time for the citizen the portal acts for (§5).
func (s *Server) portalBook(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	var b portalBooking
	if err := decode(r, &b); err != nil {
		return err
	}
	if err := b.check(); err != nil {
		return err
	}
	var c planner.Citizen
	var err error
	if sessionOf(r) != nil { // the citizens' pages: the signed-in citizen books, whatever the body says
		c, err = s.portalCitizen(r, a)
	} else {
		if b.CPR.IsZero() {
			return &planner.FieldError{Field: "cpr", Reason: "is required", ReasonDA: "er påkrævet"}
		}
		c, err = s.store.FindCitizenByCPR(r.Context(), a.JobcenterID, b.CPR)
	}
	if err != nil {
		return err
	}
	m, sum, err := s.svc.Book(r.Context(), planner.BookRequest{Jobcenter: a.JobcenterID, Citizen: c.ID, Offer: b.Offer, Time: b.FreeTime, Actor: a.Name})
	s.m.booked(err)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusCreated, bookingAnswer{m, sum})
	return nil
}

// pathID reads a path id: a positive decimal integer written plainly,
// with no sign, space or leading zero ("+1" names no offer).
func pathID(r *http.Request, name string) (int64, error) {
	v := r.PathValue(name)
	id, err := strconv.ParseInt(v, 10, 64)
	if err != nil || id <= 0 || v != strconv.FormatInt(id, 10) {
		return 0, &planner.FieldError{Field: name, Reason: "must be a positive id", ReasonDA: "skal være et positivt id"}
	}
	return id, nil
}

func orEmpty[T any](xs []T) []T {
	if xs == nil {
		return []T{}
	}
	return xs
}

// intParam reads an optional whole-number query parameter.
func intParam(r *http.Request, name string) (int, error) {
	v := r.URL.Query().Get(name)
	if v == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return 0, &planner.FieldError{Field: name, Reason: "must be a whole number", ReasonDA: "skal være et helt tal"}
	}
	return n, nil
}
