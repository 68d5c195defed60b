package planner

import (
	"context"
	"time"
)

// heldBooking reports whether the citizen holds a coming, sent booking of
// the offer (issue 23; DFDG's booking service has the same rule: a citizen
// may not hold a booking and book the same again — the one booking is
// moved by rebooking instead).
func (s *Service) heldBooking(ctx context.Context, jc JobcenterID, c Citizen, offer OfferID, now time.Time, loc *time.Location) (bool, error) {
	page, err := s.Store.FindSummonsList(ctx, jc, ListQuery{
		List: FollowUpList, Search: c.CPR.Digits(), HideOld: true, Today: DateOf(now, loc), Limit: MaxListLimit,
	})
	if err != nil {
		return false, err
	}
	for _, row := range page.Rows {
		if row.CitizenID != c.ID || !row.Start.After(now) {
			continue
		}
		m, _, err := s.Store.FindMeeting(ctx, jc, row.MeetingID)
		if err != nil {
			return false, err
		}
		if m.OfferID == offer {
			return true, nil
		}
	}
	return false, nil
}

// HeldOffers returns the offers a citizen holds a coming, sent booking of:
// the portal lists them as booked, not under "Book et møde" (issue 23).
func (s *Service) HeldOffers(ctx context.Context, jc JobcenterID, citizen CitizenID) (map[OfferID]bool, error) {
	j, err := s.Store.FindJobcenter(ctx, jc)
	if err != nil {
		return nil, err
	}
	loc, err := j.Location()
	if err != nil {
		return nil, err
	}
	c, err := s.Store.FindCitizen(ctx, jc, citizen)
	if err != nil {
		return nil, err
	}
	now := s.Now()
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
