package httpapi

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"time"

	"github.com/planner-dk/planner/planner"
)

// deleteBy answers DELETE /api/…/{id} with del on the caller's job centre:
// 204 when gone, 404 for a missing or foreign id, 409 while still in use.
func deleteBy[ID ~int64](del func(ctx context.Context, jc planner.JobcenterID, id ID) error) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
		id, err := pathID(r, "id")
		if err != nil {
			return err
		}
		if err := del(r.Context(), a.JobcenterID, ID(id)); err != nil {
			return err
		}
		w.WriteHeader(http.StatusNoContent)
		return nil
	}
}

// replace answers PUT /api/…/{id}: it decodes a T, binds it to the path's
// id and the caller's job centre (whatever the body says) with bind, saves
// it and answers it.
func replace[T any](bind func(v *T, id int64, jc planner.JobcenterID), save func(ctx context.Context, v T) error) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
		id, err := pathID(r, "id")
		if err != nil {
			return err
		}
		var v T
		if err := decode(r, &v); err != nil {
			return err
		}
		bind(&v, id, a.JobcenterID)
		if err := save(r.Context(), v); err != nil {
			return err
		}
		writeJSON(w, http.StatusOK, v)
		return nil
	}
}

func bindTeam(t *planner.Team, id int64, jc planner.JobcenterID) {
	t.ID, t.JobcenterID = planner.TeamID(id), jc
}

func bindRoom(r *planner.Room, id int64, jc planner.JobcenterID) {
	r.ID, r.JobcenterID = planner.RoomID(id), jc
}

// bindCitizen: the CPR in the body is taken in full and answered masked.
func bindCitizen(c *planner.Citizen, id int64, jc planner.JobcenterID) {
	c.ID, c.JobcenterID = planner.CitizenID(id), jc
}

func bindTemplate(t *planner.Template, id int64, jc planner.JobcenterID) {
	t.ID, t.JobcenterID = planner.TemplateID(id), jc
}

// advisor reads one advisor of the caller's job centre.
func (s *Server) advisor(ctx context.Context, jc planner.JobcenterID, r *http.Request) (planner.Advisor, error) {
	id, err := pathID(r, "id")
	if err != nil {
		return planner.Advisor{}, err
	}
	found, err := s.store.FindAdvisors(ctx, jc, planner.AdvisorFilter{IDs: []planner.AdvisorID{planner.AdvisorID(id)}})
	if err != nil {
		return planner.Advisor{}, err
	}
	if len(found) != 1 {
		return planner.Advisor{}, planner.ErrNotFound
	}
	return found[0], nil
}

// calendarConnection is the body of PUT /api/advisors/{id}/calendar. The
// secret (password or token) is write-only: no answer ever shows it.
type calendarConnection struct {
	Kind     planner.CalendarKind `json:"kind"`
	URL      string               `json:"url"`
	Username string               `json:"username"`
	Secret   string               `json:"secret"`
	// PullEveryMinutes overrides the deployment's pull cadence (0: keep it).
	PullEveryMinutes int `json:"pullEveryMinutes"`
}

// setCalendar connects an advisor's own calendar (§9). Leaving the secret
// out keeps the stored one (kind caldav; kind graph has none), so a URL can be corrected without retyping it.
// Another kind, URL or user is another calendar: the store retires the old
// one (its events are deleted there) and pushes every future meeting to the
// new one, which is read in full before the advisor is offered again.
func (s *Server) setCalendar(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	adv, err := s.advisor(r.Context(), a.JobcenterID, r)
	if err != nil {
		return err
	}
	var body calendarConnection
	if err := decode(r, &body); err != nil {
		return err
	}
	if body.Kind == "" {
		return &planner.FieldError{Field: "kind", Reason: "is required", ReasonDA: "er påkrævet"}
	}
	secret := body.Secret
	if secret == "" && body.Kind != planner.Graph { // a Graph calendar has none: the job centre's app holds it
		secret = adv.Calendar.Secret
	}
	adv.Calendar = planner.CalendarConnection{Kind: body.Kind, URL: body.URL, Username: body.Username, Secret: secret,
		PullEveryMinutes: body.PullEveryMinutes}
	if err := s.store.UpdateAdvisor(r.Context(), adv); err != nil {
		return inCalendarBody(err)
	}
	// the answer carries the calendar's ID, new when it is another calendar
	if adv, err = s.advisor(r.Context(), a.JobcenterID, r); err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, adv)
	return nil
}

// inCalendarBody names a field error of the advisor's calendar as the
// field of this route's body: the advisor's "calendar.url" is "url" here.
func inCalendarBody(err error) error {
	fe, ok := errors.AsType[*planner.FieldError](err)
	if !ok || !strings.HasPrefix(fe.Field, "calendar.") {
		return err
	}
	return &planner.FieldError{Field: strings.TrimPrefix(fe.Field, "calendar."), Reason: fe.Reason, ReasonDA: fe.ReasonDA}
}

// deleteCalendar disconnects an advisor's calendar: nothing is synced for
// them any more, and Planner's events are deleted from the old calendar.
func (s *Server) deleteCalendar(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	adv, err := s.advisor(r.Context(), a.JobcenterID, r)
	if err != nil {
		return err
	}
	adv.Calendar = planner.CalendarConnection{}
	if err := s.store.UpdateAdvisor(r.Context(), adv); err != nil {
		return err
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}

// listNotifications shows the §7 notifications recorded from ?since= (a
// date; default today in UTC) on, newest first, with their mail state.
func (s *Server) listNotifications(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	since := planner.DateOf(s.svc.Now(), time.UTC)
	if v := r.URL.Query().Get("since"); v != "" {
		d, err := planner.ParseDate(v)
		if err != nil {
			return &planner.FieldError{Field: "since", Reason: "must be a date YYYY-MM-DD", ReasonDA: "skal være en dato på formen ÅÅÅÅ-MM-DD"}
		}
		since = d
	}
	ns, err := s.store.FindNotifications(r.Context(), a.JobcenterID, since)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, notificationList{orEmpty(ns)})
	return nil
}

// calendarStatus is the sync state of an advisor's own calendar (§9): when
// it was last read, how old its busy data is, whether it works, and what
// became of the calendars it replaced (issue 14).
type calendarStatus struct {
	Connected bool                  `json:"connected"`
	Kind      planner.CalendarKind  `json:"kind,omitempty"`
	State     planner.CalendarState `json:"state"`
	// Healthy is false while the calendar fails to be read or refuses
	// Planner's writes (state.lastError, state.writeError).
	Healthy    bool     `json:"healthy"`
	LagSeconds *float64 `json:"lagSeconds,omitempty"` // absent when never read
	Offered    bool     `json:"offered"`              // false: fail closed, no time is offered
	Reason     string   `json:"reason,omitempty"`
	// Retired are the advisor's earlier calendars, newest first: still
	// being cleaned up, cleaned, or with Planner's events left behind.
	Retired []planner.RetiredCalendar `json:"retired"`
}

// getCalendarStatus answers GET /api/advisors/{id}/calendar/status.
func (s *Server) getCalendarStatus(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	adv, err := s.advisor(r.Context(), a.JobcenterID, r)
	if err != nil {
		return err
	}
	st := calendarStatus{Connected: adv.Calendar.Connected(), Kind: adv.Calendar.Kind, Offered: true,
		State: planner.CalendarState{AdvisorID: adv.ID, Healthy: true}}
	states, err := s.store.FindCalendarStates(r.Context(), a.JobcenterID, []planner.AdvisorID{adv.ID})
	if err != nil {
		return err
	}
	if found, ok := states[adv.ID]; ok {
		st.State = found
	}
	if st.Retired, err = s.store.FindRetiredCalendars(r.Context(), a.JobcenterID, adv.ID); err != nil {
		return err
	}
	st.Retired = orEmpty(st.Retired)
	st.Healthy = st.State.Working()
	now := s.svc.Now()
	if !st.State.LastSuccess.IsZero() {
		lag := st.State.Lag(now).Seconds()
		st.LagSeconds = &lag
	}
	stale := s.svc.StaleAfter
	if stale <= 0 {
		stale = planner.DefaultStaleAfter
	}
	if bad, why := st.State.Unreadable(now, stale); bad && st.Connected {
		st.Offered, st.Reason = false, why
	}
	writeJSON(w, http.StatusOK, st)
	return nil
}
