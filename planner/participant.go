package planner

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// RemoveParticipant takes one citizen's pending summons off its meeting
// (§6 "a single citizen can be removed from a group meeting"). Unlike
// DeleteSummonses, which takes a group meeting's participants together,
// the other participants stay. A sent summons is cancelled instead.
func (s *Service) RemoveParticipant(ctx context.Context, jc JobcenterID, id SummonsID, actor string) error {
	sm, err := s.Store.FindSummons(ctx, jc, id)
	if err != nil {
		return err
	}
	if sm.State != Pending {
		return fieldErr("id", "is a sent summons; cancel the meeting instead", "er en sendt indkaldelse; aflys mødet i stedet")
	}
	return s.Store.DeleteSummonses(ctx, jc, []SummonsID{id}, actor)
}

// AddRequest adds a citizen to a group meeting by hand (guide B:
// "Tilknyt borgere til møde").
type AddRequest struct {
	Jobcenter JobcenterID
	Meeting   MeetingID
	Citizen   CitizenID
	// Reason is why staff add a citizen the offer's rules do not admit;
	// without one such a citizen is refused on "reason".
	Reason string
	Actor  string
}

// MaxReasonLength bounds an exception's reason, in characters.
const MaxReasonLength = 500

// AddParticipant adds a citizen to a group meeting that is still to be
// held, as a pending summons (orange until sent with the meeting's
// "Indkald nu"). The offer's rules are judged at the meeting's date; a
// citizen they do not admit is added only with a reason, which the
// revision log keeps. The meeting's seats bound it (ErrConflict when full).
func (s *Service) AddParticipant(ctx context.Context, r AddRequest) (Summons, error) {
	m, summonses, err := s.Store.FindMeeting(ctx, r.Jobcenter, r.Meeting)
	if err != nil {
		return Summons{}, err
	}
	now := s.Now()
	switch {
	case m.Form != Group:
		return Summons{}, fieldErr("id", "is not a group meeting", "er ikke et gruppemøde")
	case !m.Start.After(now):
		return Summons{}, fieldErr("id", "has already started", "er allerede begyndt")
	case utf8.RuneCountInString(r.Reason) > MaxReasonLength:
		return Summons{}, fieldErr("reason", "must be at most 500 characters", "må højst være på 500 tegn")
	}
	for _, sm := range summonses {
		if sm.CitizenID == r.Citizen {
			return Summons{}, fieldErr("citizenId", "is already a participant of the meeting", "er allerede deltager i mødet")
		}
	}
	c, err := s.Store.FindCitizen(ctx, r.Jobcenter, r.Citizen)
	if errors.Is(err, ErrNotFound) {
		return Summons{}, fieldErr("citizenId", "is not a citizen of the job centre", "er ikke en borger i jobcentret")
	}
	if err != nil {
		return Summons{}, err
	}
	reason := strings.TrimSpace(r.Reason)
	admitted, err := s.admits(ctx, m, c)
	if err != nil {
		return Summons{}, err
	}
	if admitted {
		reason = "" // nothing to excuse
	} else if reason == "" {
		return Summons{}, fieldErr("reason", "is required: the citizen does not meet the offer's rules on the meeting's date", "skal udfyldes: borgeren opfylder ikke tilbuddets regler på mødets dato")
	}
	b := Booking{
		Meeting: Meeting{ID: m.ID, JobcenterID: m.JobcenterID},
		Summons: Summons{
			CitizenID: c.ID, State: Pending, HoldingDeadline: HoldingDeadlineFor(c), Jobnet: SyncPending,
			CreatedAt: now, CreatedBy: r.Actor,
		},
		Exception: reason, Actor: r.Actor, At: now,
	}
	if err := s.Store.CreateBooking(ctx, &b); err != nil {
		return Summons{}, fmt.Errorf("add to meeting %d: %w", m.ID, err)
	}
	return b.Summons, nil
}

// admits reports whether the rules of m's offer admit c on the meeting's
// date; a meeting not made from an offer has no rules to meet.
func (s *Service) admits(ctx context.Context, m Meeting, c Citizen) (bool, error) {
	if m.OfferID == 0 {
		return true, nil
	}
	o, err := s.Store.FindOffer(ctx, m.JobcenterID, m.OfferID)
	if errors.Is(err, ErrNotFound) {
		return true, nil
	}
	if err != nil {
		return false, err
	}
	jc, err := s.Store.FindJobcenter(ctx, m.JobcenterID)
	if err != nil {
		return false, err
	}
	loc, err := jc.Location()
	if err != nil {
		return false, err
	}
	return o.Rules.Matches(c, DateOf(m.Start, loc)), nil
}
