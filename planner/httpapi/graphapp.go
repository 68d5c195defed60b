package httpapi

import (
	"net/http"

	"github.com/planner-dk/planner/planner"
)

// graphAppBody is the body of PUT /api/jobcenters/{id}/graph-app: the job
// centre's app registration in Microsoft Entra ID (issue 12). The secret
// is write-only: no answer ever shows it, and leaving it out keeps the
// stored one.
type graphAppBody struct {
	TenantID string `json:"tenantId"`
	ClientID string `json:"clientId"`
	Secret   string `json:"secret"`
	TokenURL string `json:"tokenUrl"`
	GraphURL string `json:"graphUrl"`
}

// ownJobcenter reads the {id} of a job centre route: the caller's own job
// centre, since another one answers like a missing one.
func ownJobcenter(r *http.Request, a planner.Actor) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	if planner.JobcenterID(id) != a.JobcenterID {
		return planner.ErrNotFound
	}
	return nil
}

// setGraphApp stores the job centre's Graph app registration and answers
// it without its secret.
func (s *Server) setGraphApp(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	if err := ownJobcenter(r, a); err != nil {
		return err
	}
	var body graphAppBody
	if err := decode(r, &body); err != nil {
		return err
	}
	app := planner.GraphApp{TenantID: body.TenantID, ClientID: body.ClientID, Secret: body.Secret, TokenURL: body.TokenURL, GraphURL: body.GraphURL}
	if err := s.store.SetGraphApp(r.Context(), a.JobcenterID, app); err != nil {
		return err
	}
	return s.writeGraphApp(w, r, a)
}

// getGraphApp answers the job centre's Graph app registration without its
// secret (hasSecret says whether one is stored); 404 when none is set.
func (s *Server) getGraphApp(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	if err := ownJobcenter(r, a); err != nil {
		return err
	}
	return s.writeGraphApp(w, r, a)
}

func (s *Server) writeGraphApp(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	app, err := s.store.FindGraphApp(r.Context(), a.JobcenterID)
	if err != nil {
		return err
	}
	app.Secret = "" // json:"-" already; never kept longer than needed
	writeJSON(w, http.StatusOK, app)
	return nil
}
