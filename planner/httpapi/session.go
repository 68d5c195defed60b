package httpapi

import (
	"net/http"

	"github.com/planner-dk/planner/planner"
)

// sessionAnswer is who the caller is: the token's role, name and job
// centre, and for a UI session its CSRF token and kind.
type sessionAnswer struct {
	Role        planner.Role        `json:"role"`
	Name        string              `json:"name"`
	JobcenterID planner.JobcenterID `json:"jobcenterId"`
	Jobcenter   string              `json:"jobcenter"`
	Kind        string              `json:"kind,omitempty"`
	CSRF        string              `json:"csrf,omitempty"`
	// Citizen is the name of the citizen a citizen's session acts for (the
	// citizens' pages' header); never their CPR number.
	Citizen string `json:"citizen,omitempty"`
	// PersonID is the person signed in through an identity provider, and
	// AdvisorID the advisor they are linked to (the calendar to open).
	PersonID  planner.PersonID  `json:"personId,omitempty"`
	AdvisorID planner.AdvisorID `json:"advisorId,omitempty"`
}

// whoAmI answers GET /api/session: what the UI needs to draw its menus and
// send its writes.
func (s *Server) whoAmI(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	jc, err := s.store.FindJobcenter(r.Context(), a.JobcenterID)
	if err != nil {
		return err
	}
	out := sessionAnswer{Role: a.Role, Name: a.Name, JobcenterID: a.JobcenterID, Jobcenter: jc.Name, PersonID: a.PersonID, AdvisorID: a.AdvisorID}
	if sess := sessionOf(r); sess != nil {
		out.Kind, out.CSRF = string(sess.Kind), sess.CSRF
		if a.Role == planner.RolePortal {
			c, err := s.portalCitizen(r, a)
			if err != nil {
				return err
			}
			out.Citizen = c.Name
		}
	}
	writeJSON(w, http.StatusOK, out)
	return nil
}
