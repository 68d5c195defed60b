package planner

import (
	"context"
	"slices"
)

// BrowseRequest is a citizen looking at one month of an offer's free
// times in the Jobnet calendar (guide A, mail 5).
type BrowseRequest struct {
	FreeTimesRequest
	// Month is any day of the month looked at.
	Month Date
	// Advisor is the advisor the citizen wants times with; 0 for any.
	Advisor AdvisorID
}

// Browsed answers how many free times the month holds for the citizen
// (with the advisor chosen, if any). A month without one, inside the
// offer's window, with an advisor the citizen chose, records mail 5 to
// that advisor (guide A: "Notifikationen sendes til vejlederen som
// borgeren ønsker tider hos") under the job centre's switch and the daily
// de-duplication. A month outside the window is empty by design — before
// the first meeting day, after the deadline — and mails no one; without a
// chosen advisor the offer's team already has mail 2 when nothing is free.
func (s *Service) Browsed(ctx context.Context, r BrowseRequest) (free int, err error) {
	res, err := s.FreeTimes(ctx, r.FreeTimesRequest)
	if err != nil {
		return 0, err
	}
	jc, err := s.Store.FindJobcenter(ctx, r.Jobcenter)
	if err != nil {
		return 0, err
	}
	loc, err := jc.Location()
	if err != nil {
		return 0, err
	}
	first := NewDate(r.Month.Year, r.Month.Month, 1)
	last := NewDate(r.Month.Year, r.Month.Month+1, 0) // the month's last day
	for _, t := range res.Times {
		day := DateOf(t.Start, loc)
		if !day.Before(first) && !day.After(last) && (r.Advisor == 0 || t.Advisor == r.Advisor) {
			free++
		}
	}
	inWindow := !res.Window.Empty() && !last.Before(res.Window.First) && !first.After(res.Window.Last)
	if free > 0 || r.Advisor == 0 || !inWindow {
		return free, nil
	}
	o, err := s.Store.FindOffer(ctx, r.Jobcenter, r.Offer)
	if err != nil {
		return free, err
	}
	if !o.CitizenChoosesAdvisor || !slices.Contains(o.Advisors, r.Advisor) {
		return free, nil
	}
	as, err := s.Store.FindAdvisors(ctx, r.Jobcenter, AdvisorFilter{IDs: []AdvisorID{r.Advisor}})
	if err != nil || len(as) != 1 {
		return free, err
	}
	n, ok := NotifyBrowseEmpty(jc, o, as[0], DateOf(s.Now(), loc))
	s.notify(ctx, n, ok)
	return free, nil
}
