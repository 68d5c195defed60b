package httpapi

import (
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/planner-dk/planner/planner"
)

// moveMeeting moves a meeting (§2 drag and drop); the answer says whether
// the advisor must also inform the citizen personally (within 7 days).
func (s *Server) moveMeeting(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	var to planner.MeetingMove
	if err := decode(r, &to); err != nil {
		return err
	}
	inform, err := s.svc.MoveMeeting(r.Context(), a.JobcenterID, planner.MeetingID(id), to, a.Name)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, informAnswer{inform})
	return nil
}

// deleteMeeting deletes a meeting with its summonses (§2).
func (s *Server) deleteMeeting(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	inform, err := s.svc.DeleteMeeting(r.Context(), a.JobcenterID, planner.MeetingID(id), a.Name)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, informAnswer{inform})
	return nil
}

// createAbsence marks an advisor absent (§3) and answers the rebooking
// proposals for the meetings it hits ("confirm and continue to rebooking";
// a client that confirms without rebooking ignores them).
func (s *Server) createAbsence(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	var abs planner.Absence
	if err := decode(r, &abs); err != nil {
		return err
	}
	abs.ID = 0
	if err := s.store.CreateAbsence(r.Context(), a.JobcenterID, &abs); err != nil {
		return err
	}
	proposals, err := s.svc.AbsenceRebooking(r.Context(), a.JobcenterID, abs)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusCreated, absenceAnswer{abs, orEmpty(proposals)})
	return nil
}

// applyRebooking moves the meetings as the chosen proposals say (§3).
func (s *Server) applyRebooking(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	var body rebookingRequest
	if err := decode(r, &body); err != nil {
		return err
	}
	inform, err := s.svc.ApplyRebooking(r.Context(), a.JobcenterID, body.Advisor, body.Proposals, a.Name)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, rebookingAnswer{inform})
	return nil
}

// deleteAbsence marks the advisor present again.
func (s *Server) deleteAbsence(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	if err := s.store.DeleteAbsence(r.Context(), a.JobcenterID, planner.AbsenceID(id)); err != nil {
		return err
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}

// summonsIDs is the body of the pending list's bulk actions.
type summonsIDs struct {
	IDs []planner.SummonsID `json:"ids"`
}

// sendSummonses sends the selected pending summonses (§6 "send selected").
func (s *Server) sendSummonses(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	var body summonsIDs
	if err := decode(r, &body); err != nil {
		return err
	}
	if err := s.svc.SendSummonses(r.Context(), a.JobcenterID, body.IDs, a.Name); err != nil {
		return err
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}

// deleteSummonses deletes the selected pending summonses (§6 "delete selected").
func (s *Server) deleteSummonses(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	var body summonsIDs
	if err := decode(r, &body); err != nil {
		return err
	}
	if err := s.svc.DeleteSummonses(r.Context(), a.JobcenterID, body.IDs, a.Name); err != nil {
		return err
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}

// frontPage answers the front page's status (§3) and the pending tab's
// counter (§6).
func (s *Server) frontPage(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	jc, err := s.store.FindJobcenter(r.Context(), a.JobcenterID)
	if err != nil {
		return err
	}
	loc, err := jc.Location()
	if err != nil {
		return err
	}
	now := s.svc.Now()
	today := planner.DateOf(now, loc)
	fp, err := s.store.FrontPageCounts(r.Context(), a.JobcenterID, now, today)
	if err != nil {
		return err
	}
	pending, err := s.store.CountPending(r.Context(), a.JobcenterID, today)
	if err != nil {
		return err
	}
	fp.AbsentNow = orEmpty(fp.AbsentNow)
	writeJSON(w, http.StatusOK, frontPageAnswer{fp, pending, now.UTC().Format(time.RFC3339)})
	return nil
}

// calendar answers the merged calendar of chosen advisors and rooms over
// whole days (§2): ?advisors=1,2&rooms=3&from=2026-03-02&to=2026-03-08.
func (s *Server) calendar(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	q := r.URL.Query()
	from, err := planner.ParseDate(q.Get("from"))
	if err != nil {
		return &planner.FieldError{Field: "from", Reason: "must be a date YYYY-MM-DD", ReasonDA: "skal være en dato på formen ÅÅÅÅ-MM-DD"}
	}
	to, err := planner.ParseDate(q.Get("to"))
	if err != nil || to.Before(from) || from.DaysUntil(to) > 62 {
		return &planner.FieldError{Field: "to", Reason: "must be a date on or after from, at most 62 days later", ReasonDA: "skal være en dato fra »from« og højst 62 dage senere"}
	}
	advisors, err := idList[planner.AdvisorID](q.Get("advisors"), "advisors")
	if err != nil {
		return err
	}
	rooms, err := idList[planner.RoomID](q.Get("rooms"), "rooms")
	if err != nil {
		return err
	}
	jc, err := s.store.FindJobcenter(r.Context(), a.JobcenterID)
	if err != nil {
		return err
	}
	loc, err := jc.Location()
	if err != nil {
		return err
	}
	view, err := s.svc.Calendar(r.Context(), a.JobcenterID, planner.MeetingFilter{
		Advisors: advisors, Rooms: rooms, Interval: planner.Interval{Start: from.In(loc), End: to.AddDays(1).In(loc)},
	})
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, view)
	return nil
}

// idList parses "1,2,3" into ids; empty is none.
func idList[T ~int64](s, field string) ([]T, error) {
	if s == "" {
		return nil, nil
	}
	var out []T
	for _, part := range strings.Split(s, ",") {
		id, err := strconv.ParseInt(strings.TrimSpace(part), 10, 64)
		if err != nil || id <= 0 {
			return nil, &planner.FieldError{Field: field, Reason: "must be comma-separated ids", ReasonDA: "skal være id'er adskilt af kommaer"}
		}
		out = append(out, T(id))
	}
	return out, nil
}

// bulkSummon distributes citizens over an offer's free times as pending
// summonses (§6).
func (s *Server) bulkSummon(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	var body bulkRequest
	if err := decode(r, &body); err != nil {
		return err
	}
	if len(body.Citizens) == 0 || len(body.Citizens) > 500 {
		return &planner.FieldError{Field: "citizens", Reason: "must name 1 to 500 citizens", ReasonDA: "skal indeholde mellem 1 og 500 borgere"}
	}
	res, err := s.svc.BulkSummon(r.Context(), a.JobcenterID, body.Offer, body.Citizens, a.Name)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusCreated, res)
	return nil
}

// seatsBody is the body of PUT /api/meetings/{id}/seats and its answer:
// a group meeting's number of seats (guide B: the seats of an existing
// group meeting can be changed).
type seatsBody struct {
	Seats int `json:"seats"`
}

// setMeetingSeats changes a group meeting's seats, never below the
// citizens booked (422 on "seats").
func (s *Server) setMeetingSeats(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	var body seatsBody
	if err := decode(r, &body); err != nil {
		return err
	}
	if err := s.store.SetMeetingSeats(r.Context(), a.JobcenterID, planner.MeetingID(id), body.Seats, a.Name); err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, body)
	return nil
}
