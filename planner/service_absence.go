package planner

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"
)

// AbsenceRebooking proposes new times for the meetings that an absence of
// an advisor hits (§3 "confirm and continue to rebooking"): the same
// advisor after the absence first, else a colleague of the team; a group
// meeting keeps its time and gets a colleague. Proposals never collide.
func (s *Service) AbsenceRebooking(ctx context.Context, jc JobcenterID, a Absence) ([]Proposal, error) {
	j, err := s.Store.FindJobcenter(ctx, jc)
	if err != nil {
		return nil, err
	}
	loc, err := j.Location()
	if err != nil {
		return nil, err
	}
	absent, err := s.Store.FindAdvisors(ctx, jc, AdvisorFilter{IDs: []AdvisorID{a.AdvisorID}})
	if err != nil {
		return nil, err
	}
	if len(absent) == 0 {
		return nil, fmt.Errorf("advisor %d: %w", a.AdvisorID, ErrNotFound)
	}
	team, err := s.Store.FindAdvisors(ctx, jc, AdvisorFilter{TeamID: &absent[0].TeamID})
	if err != nil {
		return nil, err
	}
	teams, err := s.Store.FindTeams(ctx, jc)
	if err != nil {
		return nil, err
	}
	tree, err := NewTeamTree(teams)
	if err != nil {
		return nil, err
	}
	now := s.Now()
	horizon := s.HorizonDays
	if horizon <= 0 {
		horizon = DefaultHorizonDays
	}
	q := BusyQuery{Interval: Interval{now, a.End.AddDate(0, 0, horizon)}}
	for _, adv := range team {
		q.Advisors = append(q.Advisors, adv.ID)
	}
	busy, err := s.Store.FindBusy(ctx, jc, q)
	if err != nil {
		return nil, err
	}
	r := Rebooking{Absence: a, Zone: loc, Now: now, HorizonDays: horizon,
		Closures: NewClosures(j.Settings, DateOf(now, loc).Year, DateOf(now, loc).Year+3)}
	for _, adv := range team {
		cal := AdvisorCalendar{Advisor: adv.ID, Hours: EffectiveHours(adv, tree, j), Busy: busy.Advisors[adv.ID]}
		if adv.ID == a.AdvisorID {
			cal.Busy = append(slices.Clone(cal.Busy), Busy{Interval: a.Interval, Kind: BusyAbsence, Ref: int64(a.ID)})
			r.Absent = cal
			continue
		}
		r.Colleagues = append(r.Colleagues, cal)
	}
	if r.Meetings, err = s.affected(ctx, jc, a, busy.Advisors[a.AdvisorID], now); err != nil {
		return nil, err
	}
	return ProposeRebookings(r), nil
}

// affected loads the meetings in busy that the absence hits and that are
// not over, with the earliest holding deadline of their summonses.
func (s *Service) affected(ctx context.Context, jc JobcenterID, a Absence, busy []Busy, now time.Time) ([]Affected, error) {
	var out []Affected
	for _, b := range busy {
		if b.Kind != BusyMeeting || !b.Overlaps(a.Interval) || !b.End.After(now) {
			continue
		}
		m, sums, err := s.Store.FindMeeting(ctx, jc, MeetingID(b.Ref))
		if err != nil {
			return nil, err
		}
		var deadline Date
		for _, sm := range sums {
			deadline = minDate(deadline, sm.HoldingDeadline)
		}
		out = append(out, Affected{Meeting: m, Deadline: deadline})
	}
	return out, nil
}

// ApplyRebooking moves each meeting as its proposal says (§3), replacing the
// absent advisor. It returns, per moved meeting, whether the advisor must
// also inform the citizen personally; a proposal without a time is skipped.
// It stops at the first failure (a time taken meanwhile: ErrConflict).
func (s *Service) ApplyRebooking(ctx context.Context, jc JobcenterID, absent AdvisorID, proposals []Proposal, actor string) (map[MeetingID]bool, error) {
	inform := map[MeetingID]bool{}
	for _, p := range proposals {
		if p.Advisor == 0 {
			continue
		}
		m, _, err := s.Store.FindMeeting(ctx, jc, p.Meeting)
		if err != nil {
			return inform, err
		}
		advisors := slices.Clone(m.Advisors)
		if i := slices.Index(advisors, absent); i >= 0 {
			advisors[i] = p.Advisor
		}
		if m.Form == Individual {
			advisors = []AdvisorID{p.Advisor}
		}
		tell, err := s.MoveMeeting(ctx, jc, p.Meeting, MeetingMove{Start: p.Start, End: p.End, Advisors: dedupe(advisors), RoomID: m.RoomID}, actor)
		if err != nil {
			return inform, err
		}
		inform[p.Meeting] = tell
	}
	return inform, nil
}

// DeleteSummonses deletes pending summonses (§6 "delete selected"; the UI
// asks for confirmation first). Selecting a summons of a group meeting
// selects all its pending participants. A sent summons is not deleted here:
// it is cancelled, which Jobnet must hear of.
func (s *Service) DeleteSummonses(ctx context.Context, jc JobcenterID, ids []SummonsID, actor string) error {
	var all []SummonsID
	for i, id := range ids {
		sm, err := s.Store.FindSummons(ctx, jc, id)
		if err != nil {
			return err
		}
		if sm.State != Pending {
			return fieldErr(indexed("summonses", i), "is a sent summons; cancel the meeting instead", "er en sendt indkaldelse; aflys mødet i stedet")
		}
		m, sums, err := s.Store.FindMeeting(ctx, jc, sm.MeetingID)
		if err != nil {
			return err
		}
		if m.Form != Group {
			all = append(all, id)
			continue
		}
		for _, p := range sums {
			if p.State == Pending {
				all = append(all, p.ID)
			}
		}
	}
	return s.Store.DeleteSummonses(ctx, jc, dedupe(all), actor)
}

// BulkResult is the outcome of a bulk summons: who got which pending
// summons, and who got none because the free times ran out.
type BulkResult struct {
	Summonses []Summons   `json:"summonses"`
	Unplaced  []CitizenID `json:"unplaced"`
}

// BulkSummon creates pending summonses for citizens (§6 "creating summonses
// in bulk distributes citizens over free times"): each citizen, in the
// order given, gets the next free time of the offer; a time taken meanwhile
// is skipped. Each summons is its own transaction; the pending list then
// shows them for checking before they are sent.
func (s *Service) BulkSummon(ctx context.Context, jc JobcenterID, offer OfferID, citizens []CitizenID, actor string) (BulkResult, error) {
	res, err := s.FreeTimes(ctx, FreeTimesRequest{Jobcenter: jc, Offer: offer})
	if err != nil {
		return BulkResult{}, err
	}
	out := BulkResult{Summonses: []Summons{}, Unplaced: []CitizenID{}}
	next := 0
	for _, c := range citizens {
		placed := false
		for next < len(res.Times) && !placed {
			ft := res.Times[next]
			_, sm, err := s.Summon(ctx, BookRequest{Jobcenter: jc, Citizen: c, Offer: offer, Time: ft, Actor: actor})
			switch {
			case err == nil:
				out.Summonses, placed = append(out.Summonses, sm), true
				if ft.SessionID == 0 {
					next++ // an individual time holds one citizen; a session takes more until full
				}
			case errors.Is(err, ErrConflict):
				next++ // taken meanwhile, or the session is full
			default:
				return out, err
			}
		}
		if !placed {
			out.Unplaced = append(out.Unplaced, c)
		}
	}
	return out, nil
}
