package httpapi

import (
	"context"
	"net/http"
	"slices"
	"time"

	"github.com/planner-dk/planner/planner"
)

// meetingDetails answers GET /api/meetings/{id}: what the meeting dialog
// shows on its tabs Generel, Deltagerliste and Korrespondance (guide B's
// "Indkaldelsesdetaljer"); the revision log has its own route.
type meetingDetails struct {
	Meeting     planner.Meeting `json:"meeting"`
	OfferName   string          `json:"offerName,omitempty"`
	Description string          `json:"description,omitempty"`
	TeamName    string          `json:"teamName,omitempty"`
	// Status is pending while any participant's summons is (Internt
	// oprettet), sent when all are (Eksternt kommunikeret), "" with none.
	Status planner.SummonsState `json:"status,omitempty"`
	// Number is an individual meeting's summons number (Indkaldelsesnr.).
	Number         string        `json:"number,omitempty"`
	Capacity       int           `json:"capacity"`
	FreeSeats      int           `json:"freeSeats"`
	RebookDeadline *planner.Date `json:"rebookDeadline,omitempty"`
	CreatedBy      string        `json:"createdBy,omitempty"`
	CreatedAt      *time.Time    `json:"createdAt,omitempty"`
	ChangedBy      string        `json:"changedBy,omitempty"`
	ChangedAt      *time.Time    `json:"changedAt,omitempty"`
	// SeenAt is when the last participant who saw it on Jobnet did.
	SeenAt *time.Time `json:"seenAt,omitempty"`
	// SentToJobnetAt is the latest push to Jobnet that Jobnet took.
	SentToJobnetAt *time.Time           `json:"sentToJobnetAt,omitempty"`
	Participants   []meetingParticipant `json:"participants"`
	Correspondence []correspondence     `json:"correspondence"`
}

// meetingParticipant is a row of the dialog's Deltagerliste: Navn, CPR,
// Telefon, Seneste notat, Afholdelsesfrist, Falddato, Brevnr., Frist, Set.
type meetingParticipant struct {
	SummonsID        planner.SummonsID    `json:"summonsId"`
	Number           string               `json:"number"`
	CitizenID        planner.CitizenID    `json:"citizenId"`
	CPR              planner.CPR          `json:"cpr"`
	Name             string               `json:"name"`
	Phone            string               `json:"phone,omitempty"`
	Note             string               `json:"note,omitempty"`
	NoteAt           *time.Time           `json:"noteAt,omitempty"`
	HoldingDeadline  planner.Date         `json:"holdingDeadline"`
	DropDate         planner.Date         `json:"dropDate"`
	DeadlineExceeded bool                 `json:"deadlineExceeded"`
	SeenAt           *time.Time           `json:"seenAt,omitempty"`
	State            planner.SummonsState `json:"state"`
	Jobnet           planner.SyncState    `json:"jobnet"`
	JobnetAt         *time.Time           `json:"jobnetAt,omitempty"`
	CreatedBy        string               `json:"createdBy,omitempty"`
}

// correspondence is one message about the meeting: a push to Jobnet of a
// participant's summons, or a notification mail.
type correspondence struct {
	At      time.Time `json:"at"`
	Channel string    `json:"channel"` // "jobnet" or "mail"
	// What is the push's operation (put, delete) or the mail's trigger.
	What   string `json:"what"`
	Number string `json:"number,omitempty"` // the summons pushed
	To     string `json:"to,omitempty"`     // the mail's address
	State  string `json:"state"`
	Error  string `json:"error,omitempty"`
}

// meetingDialog answers GET /api/meetings/{id}.
func (s *Server) meetingDialog(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	d, err := s.readMeeting(r, a, planner.AccessMeetingRead)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, d)
	return nil
}

// readMeeting reads the dialog of the meeting the path names, logging
// the read for every participant (issue 21) as action.
func (s *Server) readMeeting(r *http.Request, a planner.Actor, action planner.AccessAction) (meetingDetails, error) {
	id, err := pathID(r, "id")
	if err != nil {
		return meetingDetails{}, err
	}
	d, citizens, err := s.meetingDetails(r.Context(), a.JobcenterID, planner.MeetingID(id))
	if err != nil {
		return d, err
	}
	return d, s.logRead(r, action, "", citizens)
}

// meetingDetails gathers a meeting's dialog and the citizens it shows.
func (s *Server) meetingDetails(ctx context.Context, jc planner.JobcenterID, id planner.MeetingID) (meetingDetails, []planner.AccessCitizen, error) {
	m, summonses, err := s.store.FindMeeting(ctx, jc, id)
	if err != nil {
		return meetingDetails{}, nil, err
	}
	center, err := s.store.FindJobcenter(ctx, jc)
	if err != nil {
		return meetingDetails{}, nil, err
	}
	loc, err := center.Location()
	if err != nil {
		return meetingDetails{}, nil, err
	}
	d := meetingDetails{Meeting: m, Participants: []meetingParticipant{}, Correspondence: []correspondence{}}
	if err := s.describeMeeting(ctx, &d, loc); err != nil {
		return d, nil, err
	}
	d.Capacity, d.FreeSeats = 1, 1-len(summonses)
	if m.Form == planner.Group {
		d.Capacity, d.FreeSeats = m.Seats, m.Seats-len(summonses)
	}
	d.FreeSeats = max(d.FreeSeats, 0)
	citizens, err := s.participantsOf(ctx, &d, summonses, loc)
	if err != nil {
		return d, nil, err
	}
	if err := s.historyOf(ctx, &d); err != nil {
		return d, nil, err
	}
	return d, citizens, s.correspondenceOf(ctx, &d, summonses)
}

// describeMeeting fills the dialog's offer, team and rebooking deadline.
func (s *Server) describeMeeting(ctx context.Context, d *meetingDetails, loc *time.Location) error {
	m := d.Meeting
	if m.OfferID != 0 {
		o, err := s.store.FindOffer(ctx, m.JobcenterID, m.OfferID)
		if err != nil && !isNotFound(err) {
			return err
		}
		d.OfferName, d.Description = o.Name, o.Description
	}
	if last, ok := planner.RebookDeadline(m, loc); ok {
		d.RebookDeadline = &last
	}
	if m.TeamID == 0 {
		return nil
	}
	teams, err := s.store.FindTeams(ctx, m.JobcenterID)
	if err != nil {
		return err
	}
	for _, t := range teams {
		if t.ID == m.TeamID {
			d.TeamName = t.Name
		}
	}
	return nil
}

// participantsOf fills the participant list from the summonses and their
// citizens, and the dialog's status, number and seen time.
func (s *Server) participantsOf(ctx context.Context, d *meetingDetails, summonses []planner.Summons, loc *time.Location) ([]planner.AccessCitizen, error) {
	ids := make([]planner.CitizenID, len(summonses))
	for i, sm := range summonses {
		ids[i] = sm.CitizenID
	}
	cs, err := s.store.FindCitizens(ctx, d.Meeting.JobcenterID, ids)
	if err != nil {
		return nil, err
	}
	byID := make(map[planner.CitizenID]planner.Citizen, len(cs))
	for _, c := range cs {
		byID[c.ID] = c
	}
	day := planner.DateOf(d.Meeting.Start, loc)
	var seen []planner.AccessCitizen
	for _, sm := range summonses {
		c := byID[sm.CitizenID]
		seen = append(seen, planner.AccessCitizen{ID: c.ID, CPR: c.CPR})
		d.Participants = append(d.Participants, meetingParticipant{
			SummonsID: sm.ID, Number: sm.Number, CitizenID: c.ID, CPR: c.CPR, Name: c.Name, Phone: c.Phone,
			Note: c.Note, NoteAt: c.NoteAt, HoldingDeadline: sm.HoldingDeadline, DropDate: c.DropDate,
			DeadlineExceeded: planner.DeadlineExceeded(sm, day), SeenAt: sm.SeenAt, State: sm.State,
			Jobnet: sm.Jobnet, JobnetAt: sm.JobnetAt, CreatedBy: sm.CreatedBy,
		})
		if sm.State == planner.Pending || d.Status == "" {
			d.Status = sm.State
		}
		if sm.SeenAt != nil && (d.SeenAt == nil || sm.SeenAt.After(*d.SeenAt)) {
			d.SeenAt = sm.SeenAt
		}
	}
	if d.Meeting.Form == planner.Individual && len(summonses) == 1 {
		d.Number = summonses[0].Number
	}
	return seen, nil
}

// historyOf fills created and last changed, by whom and when, from the
// meeting's revision log. A group offer's session was created with its
// offer, so the offer's first entry tells its creation.
func (s *Server) historyOf(ctx context.Context, d *meetingDetails) error {
	m := d.Meeting
	entries, err := s.store.FindAudit(ctx, m.JobcenterID, planner.AuditMeeting, int64(m.ID))
	if err != nil {
		return err
	}
	if m.SessionID != 0 && m.OfferID != 0 {
		offer, err := s.store.FindAudit(ctx, m.JobcenterID, planner.AuditOffer, int64(m.OfferID))
		if err != nil {
			return err
		}
		if len(offer) > 0 {
			entries = append([]planner.AuditEntry{offer[0]}, entries...)
		}
	}
	if len(entries) == 0 {
		return nil
	}
	first, last := entries[0], entries[len(entries)-1]
	d.CreatedBy, d.CreatedAt = first.Actor, &first.At
	d.ChangedBy, d.ChangedAt = last.Actor, &last.At
	return nil
}

// correspondenceOf lists the pushes of the participants' summonses to
// Jobnet and the mails about the meeting, newest first.
func (s *Server) correspondenceOf(ctx context.Context, d *meetingDetails, summonses []planner.Summons) error {
	items, err := s.store.FindSyncItems(ctx, d.Meeting.JobcenterID, d.Meeting.ID)
	if err != nil {
		return err
	}
	numbers := make(map[planner.SummonsID]string, len(summonses))
	for _, sm := range summonses {
		numbers[sm.ID] = sm.Number
	}
	for i := len(items) - 1; i >= 0; i-- {
		it := items[i]
		if it.Kind != planner.TargetJobnet {
			continue
		}
		d.Correspondence = append(d.Correspondence, correspondence{
			At: it.UpdatedAt.UTC(), Channel: "jobnet", What: string(it.Op), Number: numbers[it.SummonsID],
			State: string(it.State), Error: it.LastError,
		})
		if it.State == planner.SyncDone && (d.SentToJobnetAt == nil || it.UpdatedAt.After(*d.SentToJobnetAt)) {
			at := it.UpdatedAt.UTC()
			d.SentToJobnetAt = &at
		}
	}
	mails, err := s.store.FindMeetingNotifications(ctx, d.Meeting.JobcenterID, d.Meeting.ID)
	if err != nil {
		return err
	}
	for _, n := range mails {
		at := n.CreatedAt
		if n.SentAt != nil {
			at = *n.SentAt
		}
		d.Correspondence = append(d.Correspondence, correspondence{
			At: at.UTC(), Channel: "mail", What: n.Trigger.String(), To: n.To, State: string(n.State), Error: n.LastError,
		})
	}
	slices.SortStableFunc(d.Correspondence, func(a, b correspondence) int { return b.At.Compare(a.At) })
	return nil
}
