package httpapi

import (
	"context"
	"fmt"
	"net/http"

	"github.com/planner-dk/planner/planner"
)

// listRequest is the body of POST /api/summonses/query: the follow-up or
// pending list (§6) with every filter, the search, the sort and the page.
// It travels in a body so that a search for a CPR never lands in a URL.
type listRequest struct {
	List      planner.SummonsList   `json:"list"`
	Search    string                `json:"search"` // a summons number, a CPR or part of a name
	DateField planner.ListDateField `json:"dateField"`
	From      planner.Date          `json:"from"`
	To        planner.Date          `json:"to"`
	// Teams are teams chosen; each includes its sub-teams.
	Teams            []planner.TeamID   `json:"teams"`
	Advisor          planner.AdvisorID  `json:"advisorId"` // the responsible advisor
	MeetingType      string             `json:"meetingType"`
	Variant          string             `json:"variant"`
	Channel          planner.Channel    `json:"channel"`
	DeadlineExceeded *bool              `json:"deadlineExceeded"`
	Seen             *bool              `json:"seen"`
	HideOld          bool               `json:"hideOld"` // hide meetings before today
	Sort             planner.ListColumn `json:"sort"`
	Desc             bool               `json:"desc"`
	Limit            int                `json:"limit"` // 1–500; 0 means 50
	Offset           int                `json:"offset"`
}

// listRow is a list row with the citizen's CPR also in full: the lists
// show it (§6), for the job centre's own staff only. A pending row also
// has the last day the citizen may rebook through Jobnet, when the booking
// accepts rebooking.
type listRow struct {
	planner.ListRow
	CPRFull        string        `json:"cprFull"` // "DDMMYY-SSSS"
	RebookDeadline *planner.Date `json:"rebookDeadline,omitempty"`
}

// listAnswer answers POST /api/summonses/query: a page of rows and the
// number of rows in all.
type listAnswer struct {
	Rows  []listRow `json:"rows"`
	Total int       `json:"total"`
}

// summonsQuery answers the follow-up or pending list from a body
// (§6): the filtering, sorting and paging happen in the database.
func (s *Server) summonsQuery(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	var body listRequest
	if err := decode(r, &body); err != nil {
		return err
	}
	page, err := s.svc.SummonsList(r.Context(), a.JobcenterID, planner.ListQuery{
		List: body.List, Search: body.Search, DateField: body.DateField, From: body.From, To: body.To,
		Teams: body.Teams, Advisor: body.Advisor, MeetingType: body.MeetingType, Variant: body.Variant,
		Channel: body.Channel, DeadlineExceeded: body.DeadlineExceeded, Seen: body.Seen, HideOld: body.HideOld,
		Sort: body.Sort, Desc: body.Desc, Limit: body.Limit, Offset: body.Offset,
	})
	if err != nil {
		return err
	}
	if err := s.logRead(r, planner.AccessListRead, body.Search, citizensOf(page.Rows)); err != nil {
		return err
	}
	answer := listAnswer{Rows: make([]listRow, 0, len(page.Rows)), Total: page.Total}
	for _, row := range page.Rows {
		answer.Rows = append(answer.Rows, listRow{ListRow: row, CPRFull: fullCPR(row.CPR)})
	}
	if body.List == planner.PendingList {
		if err := s.rebookDeadlines(r.Context(), a.JobcenterID, answer.Rows); err != nil {
			return err
		}
	}
	writeJSON(w, http.StatusOK, answer)
	return nil
}

// rebookDeadlines sets the rebook deadline (§6 pending list: "frist for
// ombooking via Jobnet") of a page's rows from their meetings' terms, one
// read per meeting of the page.
func (s *Server) rebookDeadlines(ctx context.Context, jc planner.JobcenterID, rows []listRow) error {
	if len(rows) == 0 {
		return nil
	}
	j, err := s.store.FindJobcenter(ctx, jc)
	if err != nil {
		return err
	}
	loc, err := j.Location()
	if err != nil {
		return err
	}
	deadlines := map[planner.MeetingID]*planner.Date{}
	for i := range rows {
		id := rows[i].MeetingID
		d, seen := deadlines[id]
		if !seen {
			m, _, err := s.store.FindMeeting(ctx, jc, id)
			if err != nil {
				return fmt.Errorf("meeting %d of the pending list: %w", id, err)
			}
			if last, ok := planner.RebookDeadline(m, loc); ok {
				d = &last
			}
			deadlines[id] = d
		}
		rows[i].RebookDeadline = d
	}
	return nil
}

// fullCPR is the CPR as "DDMMYY-SSSS" ("" for none).
func fullCPR(c planner.CPR) string {
	if c.IsZero() {
		return ""
	}
	d := c.Digits()
	return d[:6] + "-" + d[6:]
}

// auditList answers GET /api/meetings/{id}/audit.
type auditList struct {
	Entries []planner.AuditEntry `json:"entries"`
}

// meetingAudit answers a meeting's revision log (§1 Revisionslog), its
// summonses' entries included, oldest first. A meeting of another job
// centre is missing.
func (s *Server) meetingAudit(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	_, summonses, err := s.store.FindMeeting(r.Context(), a.JobcenterID, planner.MeetingID(id))
	if err != nil {
		return err
	}
	entries, err := s.store.FindAudit(r.Context(), a.JobcenterID, planner.AuditMeeting, id)
	if err != nil {
		return err
	}
	ids := make([]planner.CitizenID, len(summonses))
	for i, sm := range summonses {
		ids[i] = sm.CitizenID
	}
	citizens, err := s.citizensByID(r.Context(), a.JobcenterID, ids)
	if err != nil {
		return err
	}
	if err := s.logRead(r, planner.AccessAuditRead, "", citizens); err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, auditList{orEmpty(entries)})
	return nil
}

// removeParticipant takes one pending summons off its meeting, the other
// participants of a group meeting staying (§6).
func (s *Server) removeParticipant(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	if err := s.svc.RemoveParticipant(r.Context(), a.JobcenterID, planner.SummonsID(id), a.Name); err != nil {
		return err
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}
