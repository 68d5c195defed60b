package httpapi

import (
	"net/http"

	"github.com/planner-dk/planner/planner"
)

// providerBody is the body of POST /api/identity-providers and PUT
// /api/identity-providers/{id}. The client secret is write-only: no answer
// shows it, and leaving it out of a PUT keeps the stored one.
type providerBody struct {
	planner.IdentityProvider
	ClientSecret string `json:"clientSecret"`
}

// providerAnswer is a provider as the API shows it: without its secret,
// with the addresses at Planner to register at the provider (paths under
// the address Planner is reached at).
type providerAnswer struct {
	planner.IdentityProvider
	Endpoints providerEndpoints `json:"endpoints"`
}

// providerEndpoints are Planner's side of a provider: the OpenID Connect
// redirect URI, or the SAML service provider's metadata, assertion
// consumer service and single-logout service.
type providerEndpoints struct {
	Start        string `json:"start"`
	Redirect     string `json:"redirect,omitempty"`
	SPMetadata   string `json:"spMetadata,omitempty"`
	ACS          string `json:"acs,omitempty"`
	SingleLogout string `json:"slo,omitempty"`
}

// The lists of the sign-in administration.
type (
	providerList struct {
		Providers []providerAnswer `json:"providers"`
	}
	peopleList struct {
		People []planner.Person `json:"people"`
	}
	tokenList struct {
		Tokens []planner.Token `json:"tokens"`
	}
)

func answerProvider(p planner.IdentityProvider) providerAnswer {
	p.ClientSecret = ""
	a := providerAnswer{IdentityProvider: p, Endpoints: providerEndpoints{Start: p.SSOPath("start")}}
	if p.Kind == planner.SAML {
		a.Endpoints.SPMetadata, a.Endpoints.ACS, a.Endpoints.SingleLogout = p.SSOPath("metadata"), p.SSOPath("acs"), p.SSOPath("slo")
	} else {
		a.Endpoints.Redirect = p.SSOPath("callback")
	}
	return a
}

// listProviders answers GET /api/identity-providers: the job centre's.
func (s *Server) listProviders(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	ps, err := s.store.FindIdentityProviders(r.Context(), a.JobcenterID)
	if err != nil {
		return err
	}
	out := make([]providerAnswer, 0, len(ps))
	for _, p := range ps {
		out = append(out, answerProvider(p))
	}
	writeJSON(w, http.StatusOK, providerList{Providers: out})
	return nil
}

// createProvider answers POST /api/identity-providers.
func (s *Server) createProvider(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	var body providerBody
	if err := decode(r, &body); err != nil {
		return err
	}
	p := body.IdentityProvider
	p.ID, p.JobcenterID, p.ClientSecret = 0, a.JobcenterID, body.ClientSecret
	if err := s.store.CreateIdentityProvider(r.Context(), &p); err != nil {
		return err
	}
	s.logger.InfoContext(r.Context(), "Identity provider added", "provider", p.ID, "kind", p.Kind, "jobcenter", a.JobcenterID, "by", a.Name)
	writeJSON(w, http.StatusCreated, answerProvider(p))
	return nil
}

// updateProvider answers PUT /api/identity-providers/{id}.
func (s *Server) updateProvider(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	var body providerBody
	if err := decode(r, &body); err != nil {
		return err
	}
	p := body.IdentityProvider
	p.ID, p.JobcenterID, p.ClientSecret = planner.IdentityProviderID(id), a.JobcenterID, body.ClientSecret
	if err := s.store.UpdateIdentityProvider(r.Context(), p); err != nil {
		return err
	}
	stored, err := s.store.FindIdentityProvider(r.Context(), p.ID)
	if err != nil {
		return err
	}
	s.logger.InfoContext(r.Context(), "Identity provider changed", "provider", p.ID, "jobcenter", a.JobcenterID, "by", a.Name)
	writeJSON(w, http.StatusOK, answerProvider(stored))
	return nil
}

// listPeople answers GET /api/people: who has signed in to the job centre
// through its providers.
func (s *Server) listPeople(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	ps, err := s.store.FindPeople(r.Context(), a.JobcenterID)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, peopleList{People: orEmpty(ps)})
	return nil
}

// personBody is the body of PUT /api/people/{id}: what an administrator
// may change of a person (their role and advisor come from the provider).
type personBody struct {
	Disabled bool `json:"disabled"`
}

// updatePerson answers PUT /api/people/{id}: disabling a person ends
// their sessions at once.
func (s *Server) updatePerson(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	var body personBody
	if err := decode(r, &body); err != nil {
		return err
	}
	if planner.PersonID(id) == a.PersonID && body.Disabled {
		return &planner.FieldError{Field: "disabled", Reason: "cannot be set on yourself", ReasonDA: "kan ikke sættes på dig selv"}
	}
	if err := s.store.SetPersonDisabled(r.Context(), a.JobcenterID, planner.PersonID(id), body.Disabled); err != nil {
		return err
	}
	p, err := s.store.FindPerson(r.Context(), planner.PersonID(id))
	if err != nil {
		return err
	}
	s.logger.InfoContext(r.Context(), "Person changed", "person", p.ID, "disabled", p.Disabled, "jobcenter", a.JobcenterID, "by", a.Name)
	writeJSON(w, http.StatusOK, p)
	return nil
}

// listTokens answers GET /api/tokens: the job centre's API tokens, never
// their secrets (shown once, when made).
func (s *Server) listTokens(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	ts, err := s.store.FindTokens(r.Context(), a.JobcenterID)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, tokenList{Tokens: orEmpty(ts)})
	return nil
}
