package httpapi

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/planner-dk/planner/planner"
)

func TestProblemFor(t *testing.T) {
	tests := []struct {
		name   string
		err    error
		status int
		field  string
		code   string
	}{
		{"bad input names the field", fmt.Errorf("create offer: %w", &planner.FieldError{Field: "description", Reason: "must be at most 500 characters", ReasonDA: "må højst være på 500 tegn"}), 422, "description", ""},
		{"missing and foreign answer alike", fmt.Errorf("citizen 7: %w", planner.ErrNotFound), 404, "", ""},
		{"conflict", fmt.Errorf("duplicate: %w", planner.ErrConflict), 409, "", ""},
		{"unauthenticated", planner.ErrUnauthenticated, 401, "", ""},
		{"anything else is a generic 500", errors.New("pq: connection reset; cpr 0101904321"), 500, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, _ := problemFor(tc.err)
			if p.Status != tc.status || p.Field != tc.field || p.Code != tc.code {
				t.Errorf("problem = %+v, want status %d field %q code %q", p, tc.status, tc.field, tc.code)
			}
			if p.Title == "" || p.TitleDA == "" {
				t.Errorf("problem %+v lacks a Danish or English title", p)
			}
			if strings.Contains(p.Detail+p.DetailDA, "0101904321") {
				t.Errorf("problem detail leaks an internal error: %q", p.Detail)
			}
		})
	}
}

// TestProblemForFieldDanish: detail is the English "field: reason",
// detail_da the Danish sentence on the field (issue 14 §5).
func TestProblemForFieldDanish(t *testing.T) {
	tests := []struct {
		name             string
		fe               *planner.FieldError
		detail, detailDA string
	}{
		{"a field", &planner.FieldError{Field: "end", Reason: "must be after start", ReasonDA: "skal ligge efter »start«"},
			"end: must be after start", "Feltet »end« skal ligge efter »start«."},
		{"the body", &planner.FieldError{Field: "body", Reason: "is larger than 1048576 bytes", ReasonDA: "er større end 1048576 byte"},
			"body: is larger than 1048576 bytes", "Forespørgslens indhold er større end 1048576 byte."},
		{"the citizen header", &planner.FieldError{Field: citizenHeader, Reason: "must hold the citizen's CPR", ReasonDA: "skal indeholde borgerens CPR-nummer"},
			"Planner-Citizen: must hold the citizen's CPR", "Headeren »Planner-Citizen« skal indeholde borgerens CPR-nummer."},
		{"a reason without Danish is still answered in Danish", &planner.FieldError{Field: "seats", Reason: "must be at least 1"},
			"seats: must be at least 1", "Feltet »seats« har en ugyldig værdi."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, _ := problemFor(fmt.Errorf("wrapped: %w", tc.fe))
			if p.Detail != tc.detail || p.DetailDA != tc.detailDA {
				t.Errorf("detail, detail_da = %q, %q; want %q, %q", p.Detail, p.DetailDA, tc.detail, tc.detailDA)
			}
		})
	}
}

func TestProblemForPolicy(t *testing.T) {
	// A real policy refusal from the domain: cancelling a booking whose
	// terms do not accept it.
	err := planner.CheckCancel(planner.Meeting{}, planner.NewDate(2026, 3, 2).In(time.UTC))
	p, known := problemFor(err)
	if !known || p.Status != http.StatusForbidden || p.Code != "cancel_not_accepted" || p.DetailDA == "" {
		t.Errorf("problem = %+v, want 403 cancel_not_accepted with a Danish detail", p)
	}
}

func TestWriteProblem(t *testing.T) {
	rec := httptest.NewRecorder()
	req := httptest.NewRequest("POST", "/offers", nil)
	writeProblem(rec, req, slog.New(slog.NewTextHandler(io.Discard, nil)), &planner.FieldError{Field: "durationMinutes", Reason: "must be between 1 and 480"})
	if ct := rec.Header().Get("Content-Type"); ct != "application/problem+json" {
		t.Errorf("Content-Type = %q", ct)
	}
	var p Problem
	if err := json.NewDecoder(rec.Body).Decode(&p); err != nil || p.Status != 422 || p.Field != "durationMinutes" {
		t.Errorf("body = %+v, %v", p, err)
	}
}
