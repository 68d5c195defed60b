package httpapi

import (
	"errors"
	"net/http"
	"strings"

	"github.com/planner-dk/planner/planner"
)

// getSettings answers the caller's job centre's settings (§8
// administration): the mails it sends, its closing days and default hours.
func (s *Server) getSettings(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	if err := ownJobcenter(r, a); err != nil {
		return err
	}
	jc, err := s.store.FindJobcenter(r.Context(), a.JobcenterID)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, jc.Settings)
	return nil
}

// putSettings replaces the caller's job centre's settings after checking
// them; a field error names the field of this body ("defaultHours.days[1]").
func (s *Server) putSettings(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	if err := ownJobcenter(r, a); err != nil {
		return err
	}
	var body planner.Settings
	if err := decode(r, &body); err != nil {
		return err
	}
	jc, err := s.store.FindJobcenter(r.Context(), a.JobcenterID)
	if err != nil {
		return err
	}
	jc.Settings = body
	if err := jc.Validate(); err != nil {
		return inSettingsBody(err)
	}
	if err := s.store.UpdateJobcenter(r.Context(), jc); err != nil {
		return inSettingsBody(err)
	}
	writeJSON(w, http.StatusOK, jc.Settings)
	return nil
}

// inSettingsBody names a field error of the job centre's settings as the
// field of the settings body: the job centre's "settings.defaultHours" is
// "defaultHours" here.
func inSettingsBody(err error) error {
	var fe *planner.FieldError
	if errors.As(err, &fe) && strings.HasPrefix(fe.Field, "settings.") {
		return &planner.FieldError{Field: strings.TrimPrefix(fe.Field, "settings."), Reason: fe.Reason, ReasonDA: fe.ReasonDA}
	}
	return err
}
