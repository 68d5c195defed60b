package httpapi

import (
	"context"
	"fmt"
	"net/http"

	"github.com/planner-dk/planner/planner"
)

// logRead writes the access-log entry of a read before it is answered
// (issue 21): if the entry cannot be written the request fails, and the
// data is never served unlogged. criterion is the search as typed, or "".
func (s *Server) logRead(r *http.Request, action planner.AccessAction, criterion string, citizens []planner.AccessCitizen) error {
	e := planner.NewAccess(r.Context(), action, r.Pattern, citizens...)
	e.Criterion = criterion
	if err := s.store.LogAccess(r.Context(), e); err != nil {
		return fmt.Errorf("the access log: %w", errNotLogged{err})
	}
	return nil
}

// errNotLogged is an access-log write that failed: the request is
// answered 500, whatever the store's error kind.
type errNotLogged struct{ err error }

func (e errNotLogged) Error() string { return "not logged: " + e.err.Error() }

// withChange returns r's context carrying the access-log entry of a
// change, which the store writes in the change's own transaction.
func withChange(r *http.Request, action planner.AccessAction, citizens ...planner.AccessCitizen) context.Context {
	return planner.WithAccess(r.Context(), planner.NewAccess(r.Context(), action, r.Pattern, citizens...))
}

// changeLogged fails a change whose entry the store did not write (a
// change that went through no transaction of its).
func changeLogged(ctx context.Context) error {
	if _, _, pending := planner.PendingAccess(ctx); pending {
		return fmt.Errorf("the change was made without its access-log entry")
	}
	return nil
}

// citizensOf are the citizens of list rows, each once.
func citizensOf(rows []planner.ListRow) []planner.AccessCitizen {
	seen := map[planner.CitizenID]bool{}
	var out []planner.AccessCitizen
	for _, r := range rows {
		if !seen[r.CitizenID] {
			seen[r.CitizenID] = true
			out = append(out, planner.AccessCitizen{ID: r.CitizenID, CPR: r.CPR})
		}
	}
	return out
}

// participantCitizens are the citizens of an offer's participants.
func participantCitizens(people []participant) []planner.AccessCitizen {
	out := make([]planner.AccessCitizen, 0, len(people))
	for _, p := range people {
		out = append(out, planner.AccessCitizen{ID: p.CitizenID, CPR: p.CPR})
	}
	return out
}

// citizenChange wraps a handler that changes or deletes the citizen of
// the path's {id}: it reads the citizen first (their CPR number is in the
// entry, even once they are deleted) and carries the entry into the change.
func (s *Server) citizenChange(action planner.AccessAction, h handlerFunc) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
		id, err := pathID(r, "id")
		if err != nil {
			return err
		}
		c, err := s.store.FindCitizen(r.Context(), a.JobcenterID, planner.CitizenID(id))
		if err != nil {
			return err
		}
		ctx := withChange(r, action, planner.AccessCitizen{ID: c.ID, CPR: c.CPR})
		if err := h(w, r.WithContext(ctx), a); err != nil {
			return err
		}
		return changeLogged(ctx)
	}
}
