package httpapi

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"fmt"
	"net/http"
	"slices"
	"strings"

	"github.com/planner-dk/planner/planner"
)

// NewTokenSecret returns a fresh random bearer token secret (256 bits).
func NewTokenSecret() string { return rand.Text() + rand.Text() }

// HashToken is the stored form of a token secret.
func HashToken(secret string) []byte {
	h := sha256.Sum256([]byte(secret))
	return h[:]
}

// handlerFunc is a route's handler: it answers, or returns an error that
// becomes problem+json.
type handlerFunc func(w http.ResponseWriter, r *http.Request, actor planner.Actor) error

// handle registers a route open to the given roles. Every request is
// authenticated by its bearer token; the actor's job centre scopes all it does.
func (s *Server) handle(pattern string, h handlerFunc, roles ...planner.Role) {
	s.routes = append(s.routes, pattern)
	s.mux.HandleFunc(pattern, s.m.instrument(pattern, func(w http.ResponseWriter, r *http.Request) {
		r.Body = http.MaxBytesReader(w, r.Body, maxBody)
		actor, err := s.authenticate(r)
		if err == nil && !slices.Contains(roles, actor.Role) {
			err = fmt.Errorf("role %s on %s: %w", actor.Role, pattern, planner.ErrForbidden)
		}
		if err == nil {
			err = h(w, r.WithContext(planner.NewContextWithActor(r.Context(), actor)), actor)
		}
		if err != nil {
			writeProblem(w, r, s.logger, err)
			return
		}
		if s.AfterWrite != nil && r.Method != http.MethodGet && r.Method != http.MethodHead {
			s.AfterWrite(context.WithoutCancel(r.Context()))
		}
	}))
}

// maxBody bounds every request body.
const maxBody = 1 << 20

func (s *Server) authenticate(r *http.Request) (planner.Actor, error) {
	secret, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok || secret == "" {
		return planner.Actor{}, fmt.Errorf("no bearer token: %w", planner.ErrUnauthenticated)
	}
	tok, err := s.store.FindTokenByHash(r.Context(), HashToken(secret))
	if err != nil {
		return planner.Actor{}, fmt.Errorf("unknown token: %w", planner.ErrUnauthenticated)
	}
	return planner.Actor{JobcenterID: tok.JobcenterID, Role: tok.Role, Name: tok.Name}, nil
}
