package httpapi

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/planner-dk/planner/planner"
)

// addParticipantBody is the body of POST /api/meetings/{id}/participants.
type addParticipantBody struct {
	Citizen planner.CitizenID `json:"citizenId"`
	Reason  string            `json:"reason,omitempty"`
}

// addParticipant adds a citizen to a group meeting by hand (guide B,
// "Tilknyt borgere til møde"): 201 with the pending summons; 422 on
// "reason" when the offer's rules do not admit the citizen and no reason
// is given; 409 when the meeting is full.
func (s *Server) addParticipant(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	var body addParticipantBody
	if err := decode(r, &body); err != nil {
		return err
	}
	if body.Citizen <= 0 {
		return &planner.FieldError{Field: "citizenId", Reason: "must be a citizen id", ReasonDA: "skal være et borger-id"}
	}
	sm, err := s.svc.AddParticipant(r.Context(), planner.AddRequest{
		Jobcenter: a.JobcenterID, Meeting: planner.MeetingID(id), Citizen: body.Citizen, Reason: body.Reason, Actor: a.Name,
	})
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusCreated, sm)
	return nil
}

// addedCitizen is the citizen POST …/participants adds.
func (s *Server) addedCitizen(ctx context.Context, _ *http.Request, body []byte, a planner.Actor) ([]planner.AccessCitizen, error) {
	var b addParticipantBody
	_ = json.Unmarshal(body, &b) // a bad body is the handler's to refuse
	return s.citizensByID(ctx, a.JobcenterID, []planner.CitizenID{b.Citizen})
}

// summonsRequest is the body of POST /api/summonses: a citizen summoned
// by staff to a free time of an offer (the summoning flow's step 2), the
// time as GET /api/offers/{id}/free-times gives it.
type summonsRequest struct {
	Citizen planner.CitizenID `json:"citizenId"`
	Offer   planner.OfferID   `json:"offerId"`
	planner.FreeTime
}

// createSummons creates one pending summons at a chosen free time (the
// guide's "Indkald borgere"): the calendar is checked, the offer's rules
// for self-booking are not (staff summon). 201 with the meeting and the
// summons; 409 when the time was taken meanwhile.
func (s *Server) createSummons(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	var body summonsRequest
	if err := decode(r, &body); err != nil {
		return err
	}
	switch {
	case body.Citizen <= 0:
		return &planner.FieldError{Field: "citizenId", Reason: "must be a citizen id", ReasonDA: "skal være et borger-id"}
	case body.Offer <= 0:
		return &planner.FieldError{Field: "offerId", Reason: "must be an offer id", ReasonDA: "skal være et tilbuds-id"}
	case body.Start.IsZero():
		return &planner.FieldError{Field: "start", Reason: "must be a free time's start", ReasonDA: "skal være starten på en ledig tid"}
	}
	m, sm, err := s.svc.Summon(r.Context(), planner.BookRequest{Jobcenter: a.JobcenterID, Citizen: body.Citizen, Offer: body.Offer, Time: body.FreeTime, Actor: a.Name})
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusCreated, bookingAnswer{m, sm})
	return nil
}

// summonedCitizen is the citizen POST /api/summonses summons.
func (s *Server) summonedCitizen(ctx context.Context, _ *http.Request, body []byte, a planner.Actor) ([]planner.AccessCitizen, error) {
	var b summonsRequest
	_ = json.Unmarshal(body, &b)
	return s.citizensByID(ctx, a.JobcenterID, []planner.CitizenID{b.Citizen})
}

// meetingXLSX answers a meeting's participant list as an Excel file
// (guide B's "Eksportér til Excel" on the Deltagerliste), with full CPR
// numbers for the job centre's own staff; logged per participant.
func (s *Server) meetingXLSX(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	d, err := s.readMeeting(r, a, planner.AccessMeetingExport)
	if err != nil {
		return err
	}
	rows := [][]any{{"Navn", "CPR", "Telefon", "Seneste notat", "Afholdelsesfrist", "Falddato", "Brevnr.", "Frist overskredet", "Set", "Status"}}
	for _, p := range d.Participants {
		seen := ""
		if p.SeenAt != nil {
			seen = "Ja"
		}
		exceeded := ""
		if p.DeadlineExceeded {
			exceeded = "Ja"
		}
		state := "Eksternt kommunikeret"
		if p.State == planner.Pending {
			state = "Internt oprettet"
		}
		rows = append(rows, []any{p.Name, fullCPR(p.CPR), p.Phone, p.Note, p.HoldingDeadline, p.DropDate,
			p.Number, exceeded, seen, state})
	}
	return writeXLSX(w, "Deltagere", fmt.Sprintf("deltagere-mode-%d.xlsx", d.Meeting.ID), rows)
}

// writeXLSX answers rows as a one-sheet Excel file to download. A
// planner.Date cell is an Excel date (d.m.yyyy) and a time.Time one a date
// and time (d.m.yyyy hh:mm) at its own wall clock, so a spreadsheet sorts
// and filters them as dates (issue 23: they were text in two formats).
func writeXLSX(w http.ResponseWriter, sheet, filename string, rows [][]any) error {
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return err
	}
	day, err := f.NewStyle(&excelize.Style{CustomNumFmt: ptr("d.m.yyyy")})
	if err != nil {
		return err
	}
	stamp, err := f.NewStyle(&excelize.Style{CustomNumFmt: ptr("d.m.yyyy hh:mm")})
	if err != nil {
		return err
	}
	for i, row := range rows {
		styles := map[int]int{}
		for j, v := range row {
			switch x := v.(type) {
			case planner.Date:
				if x.IsZero() {
					row[j] = ""
					continue
				}
				row[j], styles[j] = time.Date(x.Year, x.Month, x.Day, 0, 0, 0, 0, time.UTC), day
			case time.Time:
				row[j], styles[j] = time.Date(x.Year(), x.Month(), x.Day(), x.Hour(), x.Minute(), 0, 0, time.UTC), stamp
			}
		}
		cell, err := excelize.CoordinatesToCellName(1, i+1)
		if err != nil {
			return err
		}
		if err := f.SetSheetRow(sheet, cell, &row); err != nil {
			return err
		}
		for j, st := range styles {
			c, _ := excelize.CoordinatesToCellName(j+1, i+1)
			if err := f.SetCellStyle(sheet, c, c, st); err != nil {
				return err
			}
		}
	}
	w.Header().Set("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
	w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="%s"`, filename))
	return f.Write(w)
}

func ptr[T any](v T) *T { return &v }
