// Package httpapi is Planner's HTTP JSON API over planner.Service: its
// routes, authentication and problem+json errors.
package httpapi

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
)

// Pinger is what readiness asks: the database answers.
type Pinger interface {
	Ping(ctx context.Context) error
}

// Server is the API as an http.Handler.
type Server struct {
	mux    *http.ServeMux
	logger *slog.Logger
	db     Pinger
}

// New returns a Server; db answers /readyz.
func New(db Pinger, logger *slog.Logger) *Server {
	s := &Server{mux: http.NewServeMux(), logger: logger, db: db}
	s.routes()
	return s
}

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.mux.ServeHTTP(w, r) }

// routes lists every route of the API.
func (s *Server) routes() {
	s.mux.HandleFunc("GET /healthz", s.healthz)
	s.mux.HandleFunc("GET /readyz", s.readyz)
}

// healthz answers while the process serves.
func (s *Server) healthz(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

// readyz answers 200 when the database answers, else 503 as problem+json.
func (s *Server) readyz(w http.ResponseWriter, r *http.Request) {
	if err := s.db.Ping(r.Context()); err != nil {
		s.logger.WarnContext(r.Context(), "Not ready", "error", err)
		w.Header().Set("Content-Type", "application/problem+json")
		w.WriteHeader(http.StatusServiceUnavailable)
		_ = json.NewEncoder(w).Encode(Problem{Type: "/problems/not-ready", Title: "Database unreachable",
			TitleDA: "Databasen svarer ikke", Status: http.StatusServiceUnavailable})
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "ready"})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}
