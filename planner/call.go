package planner

import (
	"context"
	"errors"
)

// Call says who calls whom on a phone meeting (§4.1, guide B): the advisor
// calls the citizen, or the citizen calls Phone — the offer's own number,
// else the advisor's, else the team's ("tages telefonnummeret fra
// teamet").
type Call struct {
	Caller Caller `json:"caller"`
	// Phone is the number the citizen calls; empty when the advisor calls.
	Phone string `json:"phone,omitempty"`
}

// CallReader reads what a meeting's call is made of.
type CallReader interface {
	FindOffer(ctx context.Context, jc JobcenterID, id OfferID) (Offer, error)
	FindAdvisors(ctx context.Context, jc JobcenterID, f AdvisorFilter) ([]Advisor, error)
	FindTeams(ctx context.Context, jc JobcenterID) ([]Team, error)
}

// CallOf returns the call of an individual phone meeting made from an
// offer; ok is false for any other meeting. The offer as it is now
// decides, with the meeting's responsible advisor.
func CallOf(ctx context.Context, r CallReader, m Meeting) (c Call, ok bool, err error) {
	if m.Channel != Phone || m.Form != Individual || m.OfferID == 0 {
		return Call{}, false, nil
	}
	o, err := r.FindOffer(ctx, m.JobcenterID, m.OfferID)
	if errors.Is(err, ErrNotFound) {
		return Call{}, false, nil
	}
	if err != nil {
		return Call{}, false, err
	}
	if o.Caller != CitizenCalls {
		return Call{Caller: AdvisorCalls}, true, nil
	}
	var adv Advisor
	if as, err := r.FindAdvisors(ctx, m.JobcenterID, AdvisorFilter{IDs: []AdvisorID{m.Responsible()}}); err != nil {
		return Call{}, false, err
	} else if len(as) == 1 {
		adv = as[0]
	}
	teams, err := r.FindTeams(ctx, m.JobcenterID)
	if err != nil {
		return Call{}, false, err
	}
	tree, err := NewTeamTree(teams)
	if err != nil {
		return Call{}, false, err
	}
	return Call{Caller: CitizenCalls, Phone: o.PhoneFor(adv, tree)}, true, nil
}
