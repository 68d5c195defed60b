package planner

import (
	"context"
	"time"
)

// heldOffers returns the offers a citizen holds a coming, sent booking of
// (issue 23; DFDG's booking service has the same rule: a citizen may not
// hold a booking and book the same again — the one booking is moved by
// rebooking instead).
func (s *Service) heldOffers(ctx context.Context, jc JobcenterID, c Citizen, now time.Time, loc *time.Location) (map[OfferID]bool, error) {
	page, err := s.Store.FindSummonsList(ctx, jc, ListQuery{
		List: FollowUpList, Search: c.CPR.Digits(), HideOld: true, Today: DateOf(now, loc), Limit: MaxListLimit,
	})
	if err != nil {
		return nil, err
	}
	held := map[OfferID]bool{}
	for _, row := range page.Rows {
		if row.CitizenID != c.ID || !row.Start.After(now) {
			continue
		}
		m, _, err := s.Store.FindMeeting(ctx, jc, row.MeetingID)
		if err != nil {
			return nil, err
		}
		if m.OfferID != 0 {
			held[m.OfferID] = true
		}
	}
	return held, nil
}

// HeldOffers returns the offers a citizen holds a coming, sent booking of:
// the portal lists them as booked, not under "Book et møde" (issue 23).
func (s *Service) HeldOffers(ctx context.Context, jc JobcenterID, citizen CitizenID) (map[OfferID]bool, error) {
	c, loc, err := s.citizenIn(ctx, jc, citizen)
	if err != nil {
		return nil, err
	}
	return s.heldOffers(ctx, jc, c, s.Now(), loc)
}

// citizenIn reads a citizen of job centre jc with the job centre's zone.
func (s *Service) citizenIn(ctx context.Context, jc JobcenterID, citizen CitizenID) (Citizen, *time.Location, error) {
	j, err := s.Store.FindJobcenter(ctx, jc)
	if err != nil {
		return Citizen{}, nil, err
	}
	loc, err := j.Location()
	if err != nil {
		return Citizen{}, nil, err
	}
	c, err := s.Store.FindCitizen(ctx, jc, citizen)
	return c, loc, err
}
