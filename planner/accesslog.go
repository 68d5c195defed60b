package planner

import (
	"context"
	"sync/atomic"
	"time"
)

// AccessAction is what a use of citizens' personal data was.
type AccessAction string

// The uses the access log records (issue 21): reads, searches, exports and
// changes of a citizen's data or summonses, by a person or a token.
const (
	AccessCitizenRead     AccessAction = "citizen.read"      // the citizen card
	AccessCitizenSearch   AccessAction = "citizen.search"    // a search by CPR, name or summons number
	AccessListRead        AccessAction = "list.read"         // the pending or follow-up list, a page of it
	AccessOfferPage       AccessAction = "offer.page"        // an offer's page with its participants
	AccessParticipants    AccessAction = "participants.read" // an offer's participant list
	AccessExport          AccessAction = "participants.export"
	AccessAuditRead       AccessAction = "audit.read"     // a meeting's revision log
	AccessMeetingRead     AccessAction = "meeting.read"   // a meeting's dialog with its participants
	AccessMeetingExport   AccessAction = "meeting.export" // a meeting's participant list as Excel
	AccessCitizenCreate   AccessAction = "citizen.create" // changes of the citizen's own record
	AccessCitizenUpdate   AccessAction = "citizen.update"
	AccessCitizenDelete   AccessAction = "citizen.delete"
	AccessSummonsChange   AccessAction = "summons.change"   // created, sent, moved, removed or deleted
	AccessAccessLogRead   AccessAction = "accesslog.read"   // the access log itself, read by an auditor
	AccessAccessLogExport AccessAction = "accesslog.export" // a citizen's request for access answered
)

// AccessCitizen is a citizen an entry names: by id and CPR number, which
// the log keeps sealed, and finds by a keyed hash, even after the
// citizen's record is deleted.
type AccessCitizen struct {
	ID  CitizenID `json:"id"`
	CPR CPR       `json:"-"`
}

// AccessEntry is one use of citizens' personal data by a person (or a
// token's holder): who, when, what, of whom, and the search criterion or
// purpose. The log is append-only and chained: each entry's MAC covers
// the one before, so a changed, removed or reordered entry is found.
type AccessEntry struct {
	ID          int64        `json:"id"`
	JobcenterID JobcenterID  `json:"jobcenterId"`
	At          time.Time    `json:"at"`
	Actor       string       `json:"actor"`              // the person's name, or the token's holder
	PersonID    PersonID     `json:"personId,omitempty"` // signed in through an identity provider
	Role        Role         `json:"role"`
	Action      AccessAction `json:"action"`
	Route       string       `json:"route"` // e.g. "GET /api/citizens/{id}"
	// Citizens are every citizen whose data the use showed or changed.
	Citizens []AccessCitizen `json:"citizens"`
	// Criterion is a search's criterion as typed (sealed at rest); Purpose
	// why, where the user gave or the route implies one.
	Criterion string `json:"criterion,omitempty"`
	Purpose   string `json:"purpose,omitempty"`
}

// NewAccess is an entry of the context's actor.
func NewAccess(ctx context.Context, action AccessAction, route string, citizens ...AccessCitizen) AccessEntry {
	a, _ := ActorFromContext(ctx)
	return AccessEntry{JobcenterID: a.JobcenterID, Actor: a.Name, PersonID: a.PersonID, Role: a.Role, Action: action, Route: route, Citizens: citizens}
}

// AccessFilter selects entries of a job centre's access log: of a citizen
// (by CPR), of an actor, between two instants ([From, To)).
type AccessFilter struct {
	CPR      CPR
	Actor    string
	PersonID PersonID
	From, To time.Time
	Limit    int
}

// AccessBreak is where a verification of the access log found the chain
// broken: the first entry whose MAC does not follow from the one before
// (changed, or an entry before it removed or moved).
type AccessBreak struct {
	JobcenterID JobcenterID `json:"jobcenterId"`
	EntryID     int64       `json:"entryId"`
	Reason      string      `json:"reason"`
}

type accessKey struct{}

// WithAccess returns ctx carrying an entry that the store writes in the
// same transaction as the next change made with ctx: a change of a
// citizen's data is logged, or not done.
func WithAccess(ctx context.Context, e AccessEntry) context.Context {
	return context.WithValue(ctx, accessKey{}, &pendingAccess{entry: e})
}

// pendingAccess is an entry waiting for its transaction.
type pendingAccess struct {
	entry   AccessEntry
	written atomic.Bool
}

// PendingAccess returns the entry ctx carries for the next change, and
// a function that marks it written (after its transaction committed); ok
// is false when there is none or it was written already.
func PendingAccess(ctx context.Context) (e AccessEntry, written func(), ok bool) {
	p, _ := ctx.Value(accessKey{}).(*pendingAccess)
	if p == nil || p.written.Load() {
		return AccessEntry{}, nil, false
	}
	return p.entry, func() { p.written.Store(true) }, true
}
