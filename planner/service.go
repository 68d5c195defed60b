package planner

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"time"
)

// Service runs the use cases of SPEC §2–§8 on a Store: the rules decide
// (rule engine, free-time finder, booking policy), the Store guards and
// writes each use case in one transaction.
type Service struct {
	Store  Store
	Now    func() time.Time
	Logger *slog.Logger
	// HorizonDays bounds free-time searches whose offer sets no end; 0 means
	// DefaultHorizonDays.
	HorizonDays int
	// StaleAfter is how long a failing calendar's busy data is trusted
	// before the advisor's times stop being offered; 0 means
	// DefaultStaleAfter.
	StaleAfter time.Duration
}

// NewService returns a Service on store with the real clock.
func NewService(store Store, logger *slog.Logger) *Service {
	return &Service{Store: store, Now: time.Now, Logger: logger}
}

// FreeTimesRequest asks for the free times of an offer for a citizen.
type FreeTimesRequest struct {
	Jobcenter JobcenterID
	Citizen   CitizenID // 0: no citizen (the free-times overview)
	Offer     OfferID
	Advisor   AdvisorID // the advisor the citizen chose, when the offer allows it; 0 for all
	From, To  Date      // optional narrowing to whole days
	Rebooking bool
	Exclude   MeetingID
	// only narrows the search to the advisor of a time being booked,
	// whether or not the citizen may choose advisors; at to its day.
	only AdvisorID
	at   time.Time
}

// FreeTimes returns the free times of an offer for a citizen (§5): the offer
// must be open and match the citizen's rules.
func (s *Service) FreeTimes(ctx context.Context, r FreeTimesRequest) (Result, error) {
	jc, err := s.Store.FindJobcenter(ctx, r.Jobcenter)
	if err != nil {
		return Result{}, err
	}
	q, err := s.searchIn(ctx, jc, r)
	if err != nil {
		return Result{}, err
	}
	res := FindFreeTimes(q)
	if len(res.Times) > 0 || q.Offer.Form == Group || res.Empty == EmptyAdvisorsBusy || res.Empty == "" {
		return res, nil
	}
	// The §7.2 reason lifts the binding bound and looks beyond the window,
	// so it needs the busy time up to the horizon, which search did not load.
	lifted, _ := q.window(true)
	q.Calendars, q.RoomBusy = nil, nil
	if err := s.loadCalendars(ctx, jc, &q, r.Advisor, r.only, lifted.Last); err != nil {
		return Result{}, err
	}
	return FindFreeTimes(q), nil
}

// search loads everything a Search needs from the Store.
func (s *Service) search(ctx context.Context, r FreeTimesRequest) (Search, error) {
	jc, err := s.Store.FindJobcenter(ctx, r.Jobcenter)
	if err != nil {
		return Search{}, err
	}
	return s.searchIn(ctx, jc, r)
}

// searchIn is search for a job centre already loaded.
func (s *Service) searchIn(ctx context.Context, jc Jobcenter, r FreeTimesRequest) (Search, error) {
	loc, err := jc.Location()
	if err != nil {
		return Search{}, fmt.Errorf("job centre %d: %w", jc.ID, err)
	}
	o, err := s.Store.FindOffer(ctx, jc.ID, r.Offer)
	if err != nil {
		return Search{}, err
	}
	now := s.Now()
	q := Search{
		Offer: o, Zone: loc, Now: now, From: r.From, To: r.To, Rebooking: r.Rebooking, Exclude: r.Exclude,
		Closures:    NewClosures(jc.Settings, DateOf(now, loc).Year, DateOf(now, loc).Year+3),
		HorizonDays: s.HorizonDays,
	}
	if !r.at.IsZero() {
		q.From, q.To = DateOf(r.at, loc), DateOf(r.at, loc)
	}
	var citizen Citizen
	if r.Citizen != 0 {
		if citizen, err = s.Store.FindCitizen(ctx, jc.ID, r.Citizen); err != nil {
			return Search{}, err
		}
		q.Citizen = &citizen
		if !o.VisibleOn(DateOf(now, loc)) || !q.eligible() {
			// An offer the citizen cannot see answers as one that does not exist.
			return Search{}, fmt.Errorf("offer %d for this citizen: %w", o.ID, ErrNotFound)
		}
	}
	if o.Form == Group {
		q.Sessions, err = s.Store.FindGroupSeats(ctx, jc.ID, o.ID)
		return q, err
	}
	w, _ := q.window(false)
	return q, s.loadCalendars(ctx, jc, &q, r.Advisor, r.only, w.Last)
}

// loadCalendars fills in the calendars of the advisors the citizen may book
// and the room's busy time, from the earliest start through day last.
func (s *Service) loadCalendars(ctx context.Context, jc Jobcenter, q *Search, chosen, only AdvisorID, last Date) error {
	o := q.Offer
	ids := o.Advisors
	if chosen != 0 && !o.CitizenChoosesAdvisor {
		return fmt.Errorf("advisor %d on offer %d: %w", chosen, o.ID, ErrNotFound)
	}
	if only == 0 {
		only = chosen
	}
	if only != 0 {
		if !slices.Contains(ids, only) {
			return fmt.Errorf("advisor %d on offer %d: %w", only, o.ID, ErrNotFound)
		}
		ids = []AdvisorID{only}
	}
	advisors, err := s.Store.FindAdvisors(ctx, jc.ID, AdvisorFilter{IDs: ids})
	if err != nil {
		return err
	}
	if q.Citizen != nil && usesMarks(o.Rules) {
		marks, err := s.Store.FindMarks(ctx, jc.ID)
		if err != nil {
			return err
		}
		advisors = EligibleAdvisors(o.Rules, marks, *q.Citizen, advisors)
	}
	teams, err := s.Store.FindTeams(ctx, jc.ID)
	if err != nil {
		return err
	}
	tree, err := NewTeamTree(teams)
	if err != nil {
		return err
	}
	earliest := q.Now.Add(NoticePeriod)
	end := last.AddDays(2).In(q.Zone) // a meeting of the last day may run past midnight
	if end.Before(earliest) {
		end = earliest // an empty window: nothing to load, but a valid range
	}
	busyQ := BusyQuery{RoomID: o.RoomID, Interval: Interval{earliest, end}}
	for _, a := range advisors {
		busyQ.Advisors = append(busyQ.Advisors, a.ID)
	}
	busy, err := s.Store.FindBusy(ctx, jc.ID, busyQ)
	if err != nil {
		return err
	}
	if err := s.failClosed(ctx, jc.ID, advisors, busyQ.Interval, busy.Advisors); err != nil {
		return err
	}
	for _, a := range advisors {
		q.Calendars = append(q.Calendars, AdvisorCalendar{Advisor: a.ID, Hours: EffectiveHours(a, tree, jc), Busy: busy.Advisors[a.ID]})
	}
	q.RoomBusy = busy.Room
	return nil
}

// failClosed blocks the whole window of every advisor whose connected
// calendar has not been read yet, or has been unreadable for longer than the
// Service's StaleAfter: an advisor whose own appointments Planner cannot see
// is not offered (§9, issue 14).
func (s *Service) failClosed(ctx context.Context, jc JobcenterID, advisors []Advisor, window Interval, busy map[AdvisorID][]Busy) error {
	var ids []AdvisorID
	for _, a := range advisors {
		if a.Calendar.Connected() {
			ids = append(ids, a.ID)
		}
	}
	if len(ids) == 0 {
		return nil
	}
	states, err := s.Store.FindCalendarStates(ctx, jc, ids)
	if err != nil {
		return err
	}
	stale := s.StaleAfter
	if stale <= 0 {
		stale = DefaultStaleAfter
	}
	for _, id := range ids {
		// a connected calendar without a state was never read
		if bad, why := states[id].Unreadable(s.Now(), stale); bad {
			busy[id] = append(busy[id], Busy{Interval: window, Kind: BusyUnreadable, Note: why})
			s.Logger.Warn("Advisor not offered: own calendar unreadable", "advisor_id", id)
		}
	}
	return nil
}

// usesMarks reports whether a rule set requires a person-group mark, the
// only case where marks can bind a citizen to advisors.
func usesMarks(rs RuleSet) bool {
	for _, g := range rs.Groups {
		for _, r := range g.Rules {
			if r.Type == RuleMark && r.Cond == CondHas {
				return true
			}
		}
	}
	return false
}

// BookRequest is a citizen's booking of a free time.
type BookRequest struct {
	Jobcenter JobcenterID
	Citizen   CitizenID
	Offer     OfferID
	Time      FreeTime // as FindFreeTimes returned it
	Actor     string   // who books: "jobnet" for the portal, else the advisor
}

// Book books a free time for a citizen (§5): the offer must be visible to
// the citizen and the time free now. The summons is sent (the citizen booked
// it on Jobnet) and waits for the Jobnet sync. ErrConflict when the time or
// the seat was taken meanwhile.
func (s *Service) Book(ctx context.Context, r BookRequest) (Meeting, Summons, error) {
	q, err := s.search(ctx, FreeTimesRequest{Jobcenter: r.Jobcenter, Citizen: r.Citizen, Offer: r.Offer, only: chosenAdvisor(r.Time), at: r.Time.Start})
	if err != nil {
		return Meeting{}, Summons{}, err
	}
	if err := CheckBook(q, r.Time); err != nil {
		return Meeting{}, Summons{}, err
	}
	if held, err := s.heldOffers(ctx, r.Jobcenter, *q.Citizen, q.Now, q.Zone); err != nil {
		return Meeting{}, Summons{}, err
	} else if held[r.Offer] {
		return Meeting{}, Summons{}, conflict("already_booked", "the citizen already holds a coming booking of the offer; rebook it instead")
	}
	var b Booking
	err = s.eachAdvisor(q, r.Time, func(ft FreeTime) error {
		b = s.booking(q, ft, r.Actor, false)
		return s.Store.CreateBooking(ctx, &b)
	})
	if err != nil {
		return Meeting{}, Summons{}, fmt.Errorf("book offer %d: %w", r.Offer, err)
	}
	s.Logger.InfoContext(ctx, "Booked", "jobcenter_id", r.Jobcenter, "offer_id", r.Offer, "meeting_id", b.Meeting.ID, "summons_id", b.Summons.ID)
	return b.Meeting, b.Summons, nil
}

// eachAdvisor writes a booking of ft with write. A time of an individual
// offer booked without an advisor (Advisor 0) is tried with each advisor
// free then, least booked first, until one is not taken meanwhile
// (ErrConflict): two citizens who pick the same start both get it while
// advisors are free.
func (s *Service) eachAdvisor(q Search, ft FreeTime, write func(FreeTime) error) error {
	if q.Offer.Form != Individual || ft.Advisor != 0 {
		return write(ft)
	}
	var err error = conflict("time_taken", "the time is no longer free")
	for _, a := range FreeAdvisorsAt(q, ft.Start) {
		ft.Advisor = a
		if err = write(ft); !errors.Is(err, ErrConflict) {
			return err
		}
	}
	return err
}

// chosenAdvisor narrows an individual booking's search to its advisor.
func chosenAdvisor(ft FreeTime) AdvisorID {
	if ft.SessionID != 0 {
		return 0
	}
	return ft.Advisor
}

// booking builds what the Store writes for a booking of ft.
func (s *Service) booking(q Search, ft FreeTime, actor string, rebooking bool) Booking {
	o, now := q.Offer, q.Now
	m := Meeting{ID: ft.MeetingID, JobcenterID: o.JobcenterID}
	if o.Form == Individual {
		m = Meeting{
			JobcenterID: o.JobcenterID, OfferID: o.ID, TeamID: o.TeamID, Title: o.Name, MeetingType: o.MeetingType, Variant: o.Variant,
			Form: Individual, Channel: o.Channel, Start: ft.Start, End: ft.Start.Add(time.Duration(o.DurationMinutes) * time.Minute),
			ReportingMinutes: o.ReportingMinutes,
			Advisors:         []AdvisorID{ft.Advisor}, RoomID: o.RoomID, Terms: o.Terms,
		}
	}
	sum := Summons{
		CitizenID: q.Citizen.ID, State: Sent, HoldingDeadline: HoldingDeadlineFor(*q.Citizen), Rebooked: rebooking,
		Jobnet: SyncPending, SentAt: &now, CreatedAt: now, CreatedBy: actor,
	}
	return Booking{Meeting: m, Summons: sum, Rebooking: rebooking, Actor: actor, At: now}
}

// Cancel cancels a citizen's own booking (§5) when its terms accept it.
func (s *Service) Cancel(ctx context.Context, jc JobcenterID, citizen CitizenID, id SummonsID, actor string) error {
	m, _, err := s.ownBooking(ctx, jc, citizen, id)
	if err != nil {
		return err
	}
	if err := CheckCancel(m, s.Now()); err != nil {
		return err
	}
	return s.Store.CancelBooking(ctx, jc, id, actor)
}

// RebookRequest moves a citizen's booking to another free time of its offer.
type RebookRequest struct {
	Jobcenter JobcenterID
	Citizen   CitizenID
	Summons   SummonsID
	Time      FreeTime
	Actor     string
}

// Rebook moves a citizen's booking (§4.1, §4.3): the booking's own terms and
// deadline, 1 day's notice for the new time, the offer's current end date.
func (s *Service) Rebook(ctx context.Context, r RebookRequest) (Meeting, Summons, error) {
	m, _, err := s.ownBooking(ctx, r.Jobcenter, r.Citizen, r.Summons)
	if err != nil {
		return Meeting{}, Summons{}, err
	}
	q, err := s.search(ctx, FreeTimesRequest{Jobcenter: r.Jobcenter, Citizen: r.Citizen, Offer: m.OfferID,
		only: chosenAdvisor(r.Time), at: r.Time.Start, Rebooking: true, Exclude: m.ID})
	if err != nil {
		return Meeting{}, Summons{}, err
	}
	if err := CheckRebook(q, m, r.Time); err != nil {
		return Meeting{}, Summons{}, err
	}
	var b Booking
	err = s.eachAdvisor(q, r.Time, func(ft FreeTime) error {
		b = s.booking(q, ft, r.Actor, true)
		if m.Form == Individual {
			b.Meeting.Terms = m.Terms // the booking keeps the terms it was made with (§4.3)
		}
		return s.Store.MoveBooking(ctx, r.Jobcenter, r.Summons, &b)
	})
	if err != nil {
		return Meeting{}, Summons{}, fmt.Errorf("rebook summons %d: %w", r.Summons, err)
	}
	return b.Meeting, b.Summons, nil
}

// ownBooking finds the meeting of a summons that belongs to citizen;
// another citizen's summons answers ErrNotFound.
func (s *Service) ownBooking(ctx context.Context, jc JobcenterID, citizen CitizenID, id SummonsID) (Meeting, Summons, error) {
	sm, err := s.Store.FindSummons(ctx, jc, id)
	if err != nil {
		return Meeting{}, Summons{}, err
	}
	if sm.CitizenID != citizen {
		return Meeting{}, Summons{}, fmt.Errorf("summons %d: %w", id, ErrNotFound)
	}
	m, _, err := s.Store.FindMeeting(ctx, jc, sm.MeetingID)
	return m, sm, err
}

// Summon creates a pending summons (internt oprettet, §6) for a citizen at
// a free time of an offer, as an advisor does when summoning: the offer's
// rules and the citizen's own booking deadline do not apply, the calendar
// does. The summons is orange until sent.
func (s *Service) Summon(ctx context.Context, r BookRequest) (Meeting, Summons, error) {
	q, err := s.search(ctx, FreeTimesRequest{Jobcenter: r.Jobcenter, Offer: r.Offer, only: chosenAdvisor(r.Time), at: r.Time.Start})
	if err != nil {
		return Meeting{}, Summons{}, err
	}
	citizen, err := s.Store.FindCitizen(ctx, r.Jobcenter, r.Citizen)
	if err != nil {
		return Meeting{}, Summons{}, err
	}
	if err := checkFree(q, r.Time); err != nil {
		return Meeting{}, Summons{}, err
	}
	q.Citizen = &citizen
	b := s.booking(q, r.Time, r.Actor, false)
	b.Summons.State, b.Summons.SentAt = Pending, nil
	if err := s.Store.CreateBooking(ctx, &b); err != nil {
		return Meeting{}, Summons{}, fmt.Errorf("summon for offer %d: %w", r.Offer, err)
	}
	return b.Meeting, b.Summons, nil
}

// SendSummonses sends pending summonses to Jobnet (§6 "send selected").
// Selecting a summons of a group meeting selects all its pending
// participants.
func (s *Service) SendSummonses(ctx context.Context, jc JobcenterID, ids []SummonsID, actor string) error {
	var all []SummonsID
	for _, id := range ids {
		sm, err := s.Store.FindSummons(ctx, jc, id)
		if err != nil {
			return err
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
	return s.Store.SendSummonses(ctx, jc, dedupe(all), actor)
}

func dedupe[T comparable](xs []T) []T {
	seen := map[T]bool{}
	out := xs[:0:0]
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

// MoveMeeting moves a meeting (§2 drag and drop) and reports whether the
// advisor must also inform the citizen personally: the old or the new time
// lies within the next 7 days. ErrConflict when the new time is taken.
func (s *Service) MoveMeeting(ctx context.Context, jc JobcenterID, id MeetingID, to MeetingMove, actor string) (inform bool, err error) {
	m, _, err := s.Store.FindMeeting(ctx, jc, id)
	if err != nil {
		return false, err
	}
	moved := m
	moved.Start, moved.End, moved.Advisors, moved.RoomID = to.Start, to.End, to.Advisors, to.RoomID
	if err := moved.Validate(); err != nil {
		return false, err
	}
	if !to.Start.After(s.Now()) {
		// issue 23: a meeting is moved to a time still to come, never into the past (a year typed "0030" included)
		return false, fieldErr("start", "must be a time still to come", "skal være et tidspunkt, der endnu ikke er passeret")
	}
	if err := s.Store.MoveMeeting(ctx, jc, id, to, actor); err != nil {
		return false, fmt.Errorf("move meeting %d: %w", id, err)
	}
	return MustInformCitizen(s.Now(), m.Start, to.Start), nil
}

// DeleteMeeting deletes a meeting with its summonses (§2) and reports
// whether the advisor must also inform the citizens personally.
func (s *Service) DeleteMeeting(ctx context.Context, jc JobcenterID, id MeetingID, actor string) (inform bool, err error) {
	m, _, err := s.Store.FindMeeting(ctx, jc, id)
	if err != nil {
		return false, err
	}
	if err := s.Store.DeleteMeeting(ctx, jc, id, actor); err != nil {
		return false, fmt.Errorf("delete meeting %d: %w", id, err)
	}
	return MustInformCitizen(s.Now(), m.Start, time.Time{}), nil
}

// SummonsList returns a page of the follow-up or pending list (§6). A team
// filter includes the team's sub-teams.
func (s *Service) SummonsList(ctx context.Context, jc JobcenterID, q ListQuery) (ListPage, error) {
	if len(q.Teams) > 0 {
		teams, err := s.Store.FindTeams(ctx, jc)
		if err != nil {
			return ListPage{}, err
		}
		tree, err := NewTeamTree(teams)
		if err != nil {
			return ListPage{}, err
		}
		var all []TeamID
		for _, t := range q.Teams {
			all = append(all, tree.Subtree(t)...)
		}
		if len(all) == 0 {
			return ListPage{}, nil // no such team: nothing to list
		}
		q.Teams = dedupe(all)
	}
	if q.HideOld && q.Today.IsZero() {
		j, err := s.Store.FindJobcenter(ctx, jc)
		if err != nil {
			return ListPage{}, err
		}
		loc, err := j.Location()
		if err != nil {
			return ListPage{}, err
		}
		q.Today = DateOf(s.Now(), loc)
	}
	return s.Store.FindSummonsList(ctx, jc, q)
}

// InstantBook books for a citizen the first free time of any active, open
// offer whose rules the citizen matches (§5 straks-booking). With no such
// time it returns ErrNotFound and records mail 3 (§7).
func (s *Service) InstantBook(ctx context.Context, jc JobcenterID, citizen CitizenID, actor string) (Meeting, Summons, error) {
	active := true
	offers, err := s.Store.FindOffers(ctx, jc, OfferFilter{Active: &active})
	if err != nil {
		return Meeting{}, Summons{}, err
	}
	held, err := s.HeldOffers(ctx, jc, citizen)
	if err != nil {
		return Meeting{}, Summons{}, err
	}
	results := map[OfferID]Result{}
	for _, o := range offers {
		if held[o.ID] {
			continue // the citizen's booking of it is moved by rebooking, not doubled
		}
		res, err := s.FreeTimes(ctx, FreeTimesRequest{Jobcenter: jc, Citizen: citizen, Offer: o.ID})
		switch {
		case errors.Is(err, ErrNotFound):
			continue // not open to this citizen
		case err != nil:
			return Meeting{}, Summons{}, err
		}
		results[o.ID] = res
	}
	choice, ok := ChooseInstant(results)
	if !ok {
		// Mail 3 (§7.3) names the first open offer and its reason, or,
		// when no offer was open to the citizen, goes to the top address.
		var closest *Offer
		var reason EmptyReason
		for i := range offers {
			if res, open := results[offers[i].ID]; open {
				closest, reason = &offers[i], res.Empty
				break
			}
		}
		s.notifyEmpty(ctx, jc, InstantNoTime, closest, reason)
		return Meeting{}, Summons{}, fmt.Errorf("instant booking: no free time in %d open offers: %w", len(results), ErrNotFound)
	}
	return s.Book(ctx, BookRequest{Jobcenter: jc, Citizen: citizen, Offer: choice.Offer, Time: choice.Time, Actor: actor})
}

// OffersFor returns the offers a citizen sees on "My meetings" (§5): active,
// open for booking and matched by their rules, in id order. An empty answer
// is the situation of mail 1 (§7).
func (s *Service) OffersFor(ctx context.Context, jc JobcenterID, citizen CitizenID) ([]Offer, error) {
	c, loc, err := s.citizenIn(ctx, jc, citizen)
	if err != nil {
		return nil, err
	}
	active := true
	offers, err := s.Store.FindOffers(ctx, jc, OfferFilter{Active: &active})
	if err != nil {
		return nil, err
	}
	now := s.Now()
	today := DateOf(now, loc)
	return slices.DeleteFunc(offers, func(o Offer) bool {
		q := Search{Offer: o, Zone: loc, Now: now, Citizen: &c, HorizonDays: s.HorizonDays}
		return !o.VisibleOn(today) || !q.eligible()
	}), nil
}
