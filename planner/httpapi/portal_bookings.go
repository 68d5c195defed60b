package httpapi

import (
	"fmt"
	"net/http"
	"slices"
	"time"

	"github.com/planner-dk/planner/planner"
)

// portalBookingRow is one of the citizen's own booked meetings as the
// citizens' pages show it, with what the booking's terms allow now.
type portalBookingRow struct {
	SummonsID   planner.SummonsID    `json:"summonsId"`
	Number      string               `json:"number"`
	MeetingID   planner.MeetingID    `json:"meetingId"`
	OfferID     planner.OfferID      `json:"offerId,omitempty"`
	Title       string               `json:"title"`
	Form        planner.Form         `json:"form"`
	Channel     planner.Channel      `json:"channel"`
	Start       time.Time            `json:"start"`
	End         time.Time            `json:"end"`
	AdvisorName string               `json:"advisorName"`
	RoomName    string               `json:"roomName,omitempty"`
	State       planner.SummonsState `json:"state"`
	// MayCancel and MayRebook say whether the booking's terms allow the
	// citizen to cancel or rebook it today; RebookUntil is the last day.
	MayCancel   bool          `json:"mayCancel"`
	MayRebook   bool          `json:"mayRebook"`
	RebookUntil *planner.Date `json:"rebookUntil,omitempty"`
	// Call says, for a phone meeting, who calls: the advisor, or the
	// citizen on the number given (guide B).
	Call *planner.Call `json:"call,omitempty"`
}

// portalBookingList answers GET /api/portal/bookings.
type portalBookingList struct {
	Bookings []portalBookingRow `json:"bookings"`
}

// portalBookings answers the citizen's own booked meetings from today on,
// soonest first (§5 "Mine møder"), sent and pending alike.
func (s *Server) portalBookings(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	c, err := s.portalCitizen(r, a)
	if err != nil {
		return err
	}
	jc, err := s.store.FindJobcenter(r.Context(), a.JobcenterID)
	if err != nil {
		return err
	}
	loc, err := jc.Location()
	if err != nil {
		return err
	}
	now := s.svc.Now()
	out := []portalBookingRow{}
	for _, list := range []planner.SummonsList{planner.FollowUpList, planner.PendingList} {
		page, err := s.store.FindSummonsList(r.Context(), a.JobcenterID, planner.ListQuery{
			List: list, Search: c.CPR.Digits(), HideOld: true, Today: planner.DateOf(now, loc),
			Sort: planner.ColDate, Limit: planner.MaxListLimit,
		})
		if err != nil {
			return fmt.Errorf("the citizen's %s summonses: %w", list, err)
		}
		for _, row := range page.Rows {
			if row.CitizenID != c.ID {
				continue
			}
			m, _, err := s.store.FindMeeting(r.Context(), a.JobcenterID, row.MeetingID)
			if err != nil {
				return fmt.Errorf("meeting %d of summons %d: %w", row.MeetingID, row.SummonsID, err)
			}
			b := portalBookingRow{SummonsID: row.SummonsID, Number: row.Number, MeetingID: m.ID, OfferID: m.OfferID,
				Title: m.Title, Form: m.Form, Channel: m.Channel, Start: m.Start, End: m.End,
				AdvisorName: row.AdvisorName, RoomName: row.RoomName, State: row.State,
				MayCancel: m.OfferID != 0 && planner.CheckCancel(m, now) == nil}
			if last, ok := planner.RebookDeadline(m, loc); ok && m.OfferID != 0 && !planner.DateOf(now, loc).After(last) && now.Before(m.Start) {
				b.MayRebook, b.RebookUntil = true, &last
			}
			if call, ok, err := planner.CallOf(r.Context(), s.store, m); err != nil {
				return err
			} else if ok {
				b.Call = &call
			}
			out = append(out, b)
		}
	}
	slices.SortFunc(out, func(x, y portalBookingRow) int { return x.Start.Compare(y.Start) })
	writeJSON(w, http.StatusOK, portalBookingList{out})
	return nil
}
