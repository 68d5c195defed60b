package planner

import "context"

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
