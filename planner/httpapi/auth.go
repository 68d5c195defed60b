package httpapi

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strings"

	"github.com/planner-dk/planner/planner"
	"github.com/planner-dk/planner/planner/session"
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
		actor, sess, err := s.authenticate(r)
		if err == nil && sess != nil {
			if r.Method != http.MethodGet && r.Method != http.MethodHead {
				if cerr := session.CheckCSRF(r, *sess); cerr != nil {
					err = fmt.Errorf("%w: %w", cerr, planner.ErrForbidden)
				}
			}
			if err == nil {
				if r.Header.Get(session.ActivityHeader) != "" || (r.Method != http.MethodGet && r.Method != http.MethodHead) {
					err = s.Sessions.Touch(r.Context(), *sess) // the user's own doing renews the idle timeout; a screen's polling does not
				}
				r = r.WithContext(context.WithValue(r.Context(), sessionKey{}, sess))
			}
		}
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

// authenticate finds the request's actor from its bearer token or, with
// none, from the UI's session cookie (returned too, for the CSRF check).
// Either way the actor is the stored token's: its job centre and role.
func (s *Server) authenticate(r *http.Request) (planner.Actor, *session.Session, error) {
	secret, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if ok && secret != "" {
		tok, err := s.store.FindTokenByHash(r.Context(), HashToken(secret))
		if err != nil {
			return planner.Actor{}, nil, fmt.Errorf("unknown token: %w", planner.ErrUnauthenticated)
		}
		return planner.Actor{JobcenterID: tok.JobcenterID, Role: tok.Role, Name: tok.Name}, nil, nil
	}
	if s.Sessions == nil {
		return planner.Actor{}, nil, fmt.Errorf("no bearer token: %w", planner.ErrUnauthenticated)
	}
	sess, err := s.Sessions.Read(r)
	if errors.Is(err, session.ErrNone) || errors.Is(err, session.ErrInvalid) || errors.Is(err, session.ErrEnded) {
		return planner.Actor{}, nil, fmt.Errorf("no bearer token, %w: %w", err, planner.ErrUnauthenticated)
	}
	if err != nil {
		return planner.Actor{}, nil, err // the sessions' store failed: refused, but not as signed out
	}
	actor, err := SessionActor(r.Context(), s.store, sess)
	if err != nil {
		return planner.Actor{}, nil, err
	}
	return actor, &sess, nil
}

// SessionActor is the actor a session acts as: its token's, as long as
// the token exists and its role fits the session's kind (a citizen session
// holds the portal's token, an advisor's session any other).
func SessionActor(ctx context.Context, store planner.Store, sess session.Session) (planner.Actor, error) {
	if sess.Person != 0 {
		return personActor(ctx, store, sess)
	}
	tok, err := store.FindTokenByHash(ctx, sess.TokenHash)
	if err != nil {
		return planner.Actor{}, fmt.Errorf("session of an unknown token: %w", planner.ErrUnauthenticated)
	}
	if (sess.Kind == session.Citizen) != (tok.Role == planner.RolePortal) {
		return planner.Actor{}, fmt.Errorf("a %s session with a %s token: %w", sess.Kind, tok.Role, planner.ErrUnauthenticated)
	}
	return planner.Actor{JobcenterID: tok.JobcenterID, Role: tok.Role, Name: tok.Name}, nil
}

// personActor is the actor of a person's session: the person as stored
// now, so that disabling them, or a sign-in that gave them another role,
// takes effect at their next request.
func personActor(ctx context.Context, store planner.Store, sess session.Session) (planner.Actor, error) {
	p, err := store.FindPerson(ctx, sess.Person)
	switch {
	case errors.Is(err, planner.ErrNotFound):
		return planner.Actor{}, fmt.Errorf("session of an unknown person: %w", planner.ErrUnauthenticated)
	case err != nil:
		return planner.Actor{}, err
	case p.Disabled:
		return planner.Actor{}, fmt.Errorf("person %d is disabled: %w", p.ID, planner.ErrUnauthenticated)
	case sess.Kind != session.Staff || p.Role == planner.RolePortal:
		return planner.Actor{}, fmt.Errorf("a %s session of a person: %w", sess.Kind, planner.ErrUnauthenticated)
	}
	return planner.Actor{JobcenterID: p.JobcenterID, Role: p.Role, Name: p.DisplayName(), PersonID: p.ID, AdvisorID: p.AdvisorID}, nil
}

// sessionKey is the context key of the request's session.
type sessionKey struct{}

// sessionOf returns the session the request was authenticated by, or nil.
func sessionOf(r *http.Request) *session.Session {
	s, _ := r.Context().Value(sessionKey{}).(*session.Session)
	return s
}
