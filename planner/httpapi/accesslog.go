package httpapi

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/planner-dk/planner/planner"
)

// logRead writes the access-log entry of a read before it is answered
// (issue 21): if the entry cannot be written the request fails, and the
// data is never served unlogged. criterion is the search as typed, or "".
func (s *Server) logRead(r *http.Request, action planner.AccessAction, criterion string, citizens []planner.AccessCitizen) error {
	e := entry(r, action, citizens)
	e.Criterion = criterion
	if err := s.store.LogAccess(r.Context(), e); err != nil {
		return fmt.Errorf("the access log: %w", errNotLogged{err})
	}
	return nil
}

// errNotLogged is an access-log write that failed: the request is
// answered 500, whatever the store's error kind.
type errNotLogged struct{ err error }

func (e errNotLogged) Error() string { return "not logged: " + e.err.Error() }

// withChange returns r's context carrying the access-log entry of a
// change, which the store writes in the change's own transaction.
func withChange(r *http.Request, action planner.AccessAction, citizens ...planner.AccessCitizen) context.Context {
	return planner.WithAccess(r.Context(), entry(r, action, citizens))
}

// PurposeHeader carries the purpose of a use, where the user gives one
// (e.g. "aktindsigt"); without it the entry has the purpose its route
// implies.
const PurposeHeader = "X-Planner-Purpose"

// entry is the access-log entry of r's use of citizens' data.
func entry(r *http.Request, action planner.AccessAction, citizens []planner.AccessCitizen) planner.AccessEntry {
	e := planner.NewAccess(r.Context(), action, r.Pattern, citizens...)
	e.Purpose = purposes[action][0]
	if p := strings.TrimSpace(r.Header.Get(PurposeHeader)); p != "" {
		e.Purpose = truncate(p, 200)
	}
	return e
}

// truncate cuts s to at most n bytes, at a rune boundary.
func truncate(s string, n int) string {
	for len(s) > n {
		_, size := utf8.DecodeLastRuneInString(s)
		s = s[:len(s)-size]
	}
	return s
}

// changeLogged fails a change whose entry the store did not write (a
// change that went through no transaction of its).
func changeLogged(ctx context.Context) error {
	if _, _, pending := planner.PendingAccess(ctx); pending {
		return fmt.Errorf("the change was made without its access-log entry")
	}
	return nil
}

// citizensOf are the citizens of list rows, each once.
func citizensOf(rows []planner.ListRow) []planner.AccessCitizen {
	seen := map[planner.CitizenID]bool{}
	var out []planner.AccessCitizen
	for _, r := range rows {
		if !seen[r.CitizenID] {
			seen[r.CitizenID] = true
			out = append(out, planner.AccessCitizen{ID: r.CitizenID, CPR: r.CPR})
		}
	}
	return out
}

// participantCitizens are the citizens of an offer's participants.
func participantCitizens(people []participant) []planner.AccessCitizen {
	out := make([]planner.AccessCitizen, 0, len(people))
	for _, p := range people {
		out = append(out, planner.AccessCitizen{ID: p.CitizenID, CPR: p.CPR})
	}
	return out
}

// citizenChange wraps a handler that changes or deletes the citizen of
// the path's {id}: it reads the citizen first (their CPR number is in the
// entry, even once they are deleted) and carries the entry into the change.
func (s *Server) citizenChange(action planner.AccessAction, h handlerFunc) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
		id, err := pathID(r, "id")
		if err != nil {
			return err
		}
		c, err := s.store.FindCitizen(r.Context(), a.JobcenterID, planner.CitizenID(id))
		if err != nil {
			return err
		}
		ctx := withChange(r, action, planner.AccessCitizen{ID: c.ID, CPR: c.CPR})
		if err := h(w, r.WithContext(ctx), a); err != nil {
			return err
		}
		return changeLogged(ctx)
	}
}

// accessQuery is the body of POST /api/access-log/query: an auditor's
// question "who used citizen X's data" (cpr) or "what did person Y use"
// (personId or actor), between two instants. It travels in a body so a
// CPR number never lands in a URL.
type accessQuery struct {
	CPR      string           `json:"cpr"`
	PersonID planner.PersonID `json:"personId"`
	Actor    string           `json:"actor"`
	From     time.Time        `json:"from"`
	To       time.Time        `json:"to"`
}

// accessRow is an entry as the auditor sees it: the citizens with their
// full CPR numbers.
type accessRow struct {
	planner.AccessEntry
	CitizenCPRs []string `json:"cprs"`
}

// accessAnswer answers POST /api/access-log/query, newest first.
type accessAnswer struct {
	Entries []accessRow `json:"entries"`
}

// accessLogQuery answers an administrator's question to the access log;
// the question is itself logged, with its criterion.
func (s *Server) accessLogQuery(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	var body accessQuery
	if err := decode(r, &body); err != nil {
		return err
	}
	f := planner.AccessFilter{PersonID: body.PersonID, Actor: strings.TrimSpace(body.Actor), From: body.From, To: body.To}
	var asked []planner.AccessCitizen
	criterion := f.Actor
	if body.CPR != "" {
		cpr, err := planner.ParseCPR(body.CPR)
		if err != nil {
			return &planner.FieldError{Field: "cpr", Reason: "must be a CPR number", ReasonDA: "skal være et CPR-nummer"}
		}
		f.CPR, criterion = cpr, fullCPR(cpr)
		asked = []planner.AccessCitizen{{CPR: cpr}}
	}
	switch {
	case f.CPR.IsZero() && f.PersonID == 0 && f.Actor == "":
		return &planner.FieldError{Field: "cpr", Reason: "is required unless personId or actor is given", ReasonDA: "er påkrævet, når hverken »personId« eller »actor« er angivet"}
	case f.From.IsZero() || f.To.IsZero() || !f.From.Before(f.To):
		return &planner.FieldError{Field: "to", Reason: "must be after from, both given", ReasonDA: "skal ligge efter »from«, og begge skal være angivet"}
	}
	if body.PersonID != 0 && criterion == "" {
		criterion = fmt.Sprintf("person %d", body.PersonID)
	}
	entries, err := s.store.FindAccess(r.Context(), a.JobcenterID, f)
	if err != nil {
		return err
	}
	if err := s.logRead(r, planner.AccessAccessLogRead, criterion, asked); err != nil {
		return err
	}
	out := accessAnswer{Entries: make([]accessRow, 0, len(entries))}
	for _, e := range entries {
		row := accessRow{AccessEntry: e, CitizenCPRs: make([]string, 0, len(e.Citizens))}
		for _, c := range e.Citizens {
			row.CitizenCPRs = append(row.CitizenCPRs, fullCPR(c.CPR))
		}
		out.Entries = append(out.Entries, row)
	}
	writeJSON(w, http.StatusOK, out)
	return nil
}

// citizenUse is one use of a citizen's data as the citizen's own report
// shows it: when and what for, without the staff's names (Datatilsynet's
// practice since 2024).
type citizenUse struct {
	At     time.Time            `json:"at"`
	Action planner.AccessAction `json:"action"`
	// Purpose is what the use was for, in Danish and English.
	Purpose   string `json:"purpose"`
	PurposeEN string `json:"purposeEn"`
}

// citizenUses answers GET /api/portal/access-log: the uses of the
// citizen's data over the retention, newest first.
type citizenUses struct {
	Uses []citizenUse `json:"uses"`
}

// purposes are the uses' purposes as a citizen reads them.
var purposes = map[planner.AccessAction][2]string{
	planner.AccessCitizenRead:     {"Sagsbehandling: dine oplysninger blev vist", "Case work: your details were shown"},
	planner.AccessCitizenSearch:   {"Sagsbehandling: du blev fundet ved en søgning", "Case work: you were found by a search"},
	planner.AccessListRead:        {"Opfølgning på dine møder", "Follow-up of your meetings"},
	planner.AccessOfferPage:       {"Planlægning af et tilbud, du er tilmeldt", "Planning of an offer you are booked on"},
	planner.AccessParticipants:    {"Planlægning af et tilbud, du er tilmeldt", "Planning of an offer you are booked on"},
	planner.AccessExport:          {"Deltagerliste til et tilbud, du er tilmeldt", "Participant list of an offer you are booked on"},
	planner.AccessAuditRead:       {"Gennemsyn af et mødes historik", "Review of a meeting's history"},
	planner.AccessMeetingRead:     {"Planlægning af et møde, du er indkaldt til", "Planning of a meeting you are summoned to"},
	planner.AccessMeetingExport:   {"Deltagerliste til et møde, du er indkaldt til", "Participant list of a meeting you are summoned to"},
	planner.AccessCitizenCreate:   {"Dine oplysninger blev oprettet", "Your details were created"},
	planner.AccessCitizenUpdate:   {"Dine oplysninger blev rettet", "Your details were corrected"},
	planner.AccessCitizenDelete:   {"Dine oplysninger blev slettet", "Your details were deleted"},
	planner.AccessSummonsChange:   {"Din indkaldelse blev ændret", "Your summons was changed"},
	planner.AccessAccessLogRead:   {"Kontrol af brugen af dine oplysninger", "Audit of the use of your details"},
	planner.AccessAccessLogExport: {"Svar på en anmodning om indsigt", "Answer to a request for access"},
}

// portalAccessLog answers the citizen's own report of the uses of their
// data (through the portal, or the citizens' pages).
func (s *Server) portalAccessLog(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	c, err := s.portalCitizen(r, a)
	if err != nil {
		return err
	}
	now := time.Now()
	entries, err := s.store.FindAccess(r.Context(), a.JobcenterID, planner.AccessFilter{CPR: c.CPR, From: now.AddDate(-1, 0, 0), To: now.Add(time.Minute)})
	if err != nil {
		return err
	}
	out := citizenUses{Uses: make([]citizenUse, 0, len(entries))}
	for _, e := range entries {
		p := purposes[e.Action]
		out.Uses = append(out.Uses, citizenUse{At: e.At, Action: e.Action, Purpose: p[0], PurposeEN: p[1]})
	}
	writeJSON(w, http.StatusOK, out)
	return nil
}
