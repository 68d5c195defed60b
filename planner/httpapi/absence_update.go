package httpapi

import (
	"net/http"

	"github.com/planner-dk/planner/planner"
)

// updateAbsence changes an absence's period and note (§3 "an absence can be
// changed") and answers the rebooking proposals for the meetings the new
// period hits, as creating one does.
func (s *Server) updateAbsence(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	var abs planner.Absence
	if err := decode(r, &abs); err != nil {
		return err
	}
	abs.ID = planner.AbsenceID(id)
	if err := s.store.UpdateAbsence(r.Context(), a.JobcenterID, abs); err != nil {
		return err
	}
	proposals, err := s.svc.AbsenceRebooking(r.Context(), a.JobcenterID, abs)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, absenceAnswer{abs, orEmpty(proposals)})
	return nil
}
