package httpapi

import (
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"

	"github.com/planner-dk/planner/planner"
)

// Problem is an RFC 9457 problem+json answer, with the field at fault and a
// Danish and an English message, so a UI can show either.
type Problem struct {
	Type     string `json:"type"`
	Title    string `json:"title"`
	Status   int    `json:"status"`
	Detail   string `json:"detail,omitempty"`
	Field    string `json:"field,omitempty"`
	Code     string `json:"code,omitempty"` // a booking rule's stable code, e.g. "rebook_deadline_passed"
	TitleDA  string `json:"title_da"`
	DetailDA string `json:"detail_da,omitempty"`
}

// kinds is the one table from error kinds to status and titles.
// Each kind has a detail in words a user knows, for an error that names
// no field and no booking rule (issue 23: every problem has a detail).
var kinds = []struct {
	err              error
	status           int
	title, titleDA   string
	typeURI          string
	detail, detailDA string
}{
	{planner.ErrInvalid, http.StatusUnprocessableEntity, "Invalid input", "Ugyldige oplysninger", "invalid",
		"The input is not valid.", "Oplysningerne er ikke gyldige."},
	{planner.ErrNotFound, http.StatusNotFound, "Not found", "Findes ikke", "not-found",
		"It does not exist, or it belongs to another job centre.", "Det findes ikke, eller det hører til et andet jobcenter."},
	{planner.ErrInUse, http.StatusConflict, "Conflict", "Konflikt", "conflict",
		"It is still in use and cannot be deleted; remove what uses it first.", "Det er stadig i brug og kan ikke slettes. Fjern først det, der bruger det."},
	{planner.ErrConflict, http.StatusConflict, "Conflict", "Konflikt", "conflict",
		"It was changed meanwhile or collides with what is there now; read it again and retry.", "Det blev ændret imens eller støder mod det, der er der nu. Hent det igen, og prøv igen."},
	{planner.ErrForbidden, http.StatusForbidden, "Not allowed", "Ikke tilladt", "forbidden",
		"Your role may not do this.", "Din rolle må ikke gøre dette."},
	{planner.ErrUnauthenticated, http.StatusUnauthorized, "Not signed in", "Ikke logget ind", "unauthenticated",
		"Sign in, or give a valid API token.", "Log ind, eller brug en gyldig API-nøgle."},
}

// problemFor turns an error into a Problem. Domain errors keep their field,
// reason and code (which never hold a CPR); any other error is a generic
// 500 whose detail goes only to the log.
func problemFor(err error) (Problem, bool) {
	for _, k := range kinds {
		if !errors.Is(err, k.err) {
			continue
		}
		p := Problem{Type: "/problems/" + k.typeURI, Title: k.title, TitleDA: k.titleDA, Status: k.status, Detail: k.detail, DetailDA: k.detailDA}
		var fe *planner.FieldError
		var pe *planner.PolicyError
		switch {
		case errors.As(err, &fe):
			p.Field, p.Detail, p.DetailDA = fe.Field, fe.Error(), detailDA(fe)
		case errors.As(err, &pe):
			p.Code, p.Detail = pe.Code, pe.Reason
			if da, ok := policyDA[pe.Code]; ok {
				p.DetailDA = da
			}
		}
		return p, true
	}
	return Problem{Type: "/problems/internal", Title: "Internal error", TitleDA: "Intern fejl", Status: http.StatusInternalServerError,
		Detail: "Planner failed; the error is logged. Try again, or tell your IT support the time.", DetailDA: "Planner fejlede, og fejlen er logget. Prøv igen, eller giv jeres it-support tidspunktet."}, false
}

// detailDA is the Danish sentence of a field error: its subject names the
// field as the API does, in »«, and its predicate is the Danish reason —
// `Feltet »end« skal ligge efter »start«.` A reason without a Danish text
// (a test keeps there being none) still answers in Danish.
func detailDA(fe *planner.FieldError) string {
	subject := "Feltet »" + fe.Field + "«"
	switch fe.Field {
	case "body":
		subject = "Forespørgslens indhold"
	case citizenHeader:
		subject = "Headeren »" + fe.Field + "«"
	}
	reason := fe.ReasonDA
	if reason == "" {
		reason = "har en ugyldig værdi"
	}
	return subject + " " + reason + "."
}

// policyDA are the Danish texts of the booking rules' codes.
var policyDA = map[string]string{
	"offer_inactive":         "Tilbuddet er ikke aktivt.",
	"offer_not_open":         "Tilbuddet er endnu ikke åbent for booking.",
	"time_taken":             "Tiden er ikke længere ledig.",
	"notice":                 "En booking kræver 1 dags varsel.",
	"already_booked":         "Du har allerede en booking af dette tilbud. Ombook den i stedet.",
	"seats_full":             "Der er ingen ledige pladser.",
	"cancel_not_accepted":    "Tilbuddet accepterer ikke afbud.",
	"meeting_started":        "Mødet er allerede begyndt.",
	"rebook_not_accepted":    "Bookingen kan ikke ombookes.",
	"rebook_deadline_passed": "Fristen for ombooking er overskredet.",
	"after_offer_end":        "Den nye tid ligger efter tilbuddets slutdato.",
}

// writeProblem answers err as application/problem+json.
func writeProblem(w http.ResponseWriter, r *http.Request, logger *slog.Logger, err error) {
	p, known := problemFor(err)
	if !known {
		logger.ErrorContext(r.Context(), "Request failed", "method", r.Method, "path", r.URL.Path, "error", err)
	}
	w.Header().Set("Content-Type", "application/problem+json")
	w.WriteHeader(p.Status)
	_ = json.NewEncoder(w).Encode(p)
}
