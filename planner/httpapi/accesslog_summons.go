package httpapi

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"

	"github.com/planner-dk/planner/planner"
)

// affected finds the citizens a change of summonses touches, from the
// request (its body already read into body, its path values).
type affected func(ctx context.Context, r *http.Request, body []byte, a planner.Actor) ([]planner.AccessCitizen, error)

// summonsChange wraps a handler that creates, sends, moves, removes or
// deletes summonses: the citizens they concern are found first and the
// change carries its access-log entry into its transaction (issue 21).
// A citizen or summons not found is left to the handler to answer.
func (s *Server) summonsChange(who affected, h handlerFunc) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
		body, err := readBody(r)
		if err != nil {
			return err
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		citizens, err := who(r.Context(), r, body, a)
		if err != nil {
			return err
		}
		ctx := withChange(r, planner.AccessSummonsChange, citizens...)
		if err := h(w, r.WithContext(ctx), a); err != nil {
			return err
		}
		if len(citizens) == 0 {
			return nil
		}
		return changeLogged(ctx)
	}
}

// isNotFound reports a missing row.
func isNotFound(err error) bool { return errors.Is(err, planner.ErrNotFound) }

// citizensByID reads citizens of the job centre; unknown ones are left
// out (the change refuses them itself).
func (s *Server) citizensByID(ctx context.Context, jc planner.JobcenterID, ids []planner.CitizenID) ([]planner.AccessCitizen, error) {
	cs, err := s.store.FindCitizens(ctx, jc, ids)
	if err != nil {
		return nil, err
	}
	out := make([]planner.AccessCitizen, len(cs))
	for i, c := range cs {
		out[i] = planner.AccessCitizen{ID: c.ID, CPR: c.CPR}
	}
	return out, nil
}

// summonsCitizens are the citizens of summonses.
func (s *Server) summonsCitizens(ctx context.Context, jc planner.JobcenterID, ids []planner.SummonsID) ([]planner.AccessCitizen, error) {
	var cids []planner.CitizenID
	for _, id := range ids {
		sm, err := s.store.FindSummons(ctx, jc, id)
		if err == nil {
			cids = append(cids, sm.CitizenID)
		} else if !isNotFound(err) {
			return nil, err
		}
	}
	return s.citizensByID(ctx, jc, cids)
}

// The affected citizens of each summons route.
func (s *Server) bulkCitizens(ctx context.Context, _ *http.Request, body []byte, a planner.Actor) ([]planner.AccessCitizen, error) {
	var b bulkRequest
	_ = json.Unmarshal(body, &b) // a bad body is the handler's to refuse
	return s.citizensByID(ctx, a.JobcenterID, b.Citizens)
}

func (s *Server) listedSummonsCitizens(ctx context.Context, _ *http.Request, body []byte, a planner.Actor) ([]planner.AccessCitizen, error) {
	var b summonsIDs
	_ = json.Unmarshal(body, &b)
	return s.summonsCitizens(ctx, a.JobcenterID, b.IDs)
}

func (s *Server) pathSummonsCitizens(ctx context.Context, r *http.Request, _ []byte, a planner.Actor) ([]planner.AccessCitizen, error) {
	id, err := pathID(r, "id")
	if err != nil {
		return nil, nil
	}
	return s.summonsCitizens(ctx, a.JobcenterID, []planner.SummonsID{planner.SummonsID(id)})
}

func (s *Server) meetingCitizens(ctx context.Context, r *http.Request, _ []byte, a planner.Actor) ([]planner.AccessCitizen, error) {
	id, err := pathID(r, "id")
	if err != nil {
		return nil, nil
	}
	return s.citizensOfMeetings(ctx, a.JobcenterID, []planner.MeetingID{planner.MeetingID(id)})
}

// rebookedCitizens are the citizens of the meetings an absence's
// rebooking moves.
func (s *Server) rebookedCitizens(ctx context.Context, _ *http.Request, body []byte, a planner.Actor) ([]planner.AccessCitizen, error) {
	var b rebookingRequest
	_ = json.Unmarshal(body, &b)
	ids := make([]planner.MeetingID, 0, len(b.Proposals))
	for _, p := range b.Proposals {
		ids = append(ids, p.Meeting)
	}
	return s.citizensOfMeetings(ctx, a.JobcenterID, ids)
}

// citizensOfMeetings are the citizens summoned to meetings; missing
// meetings are left out (the change refuses them itself).
func (s *Server) citizensOfMeetings(ctx context.Context, jc planner.JobcenterID, meetings []planner.MeetingID) ([]planner.AccessCitizen, error) {
	var ids []planner.CitizenID
	for _, m := range meetings {
		_, summonses, err := s.store.FindMeeting(ctx, jc, m)
		if isNotFound(err) {
			continue
		}
		if err != nil {
			return nil, err
		}
		for _, sm := range summonses {
			ids = append(ids, sm.CitizenID)
		}
	}
	return s.citizensByID(ctx, jc, ids)
}
