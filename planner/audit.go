package planner

import (
	"encoding/json"
	"time"
)

// AuditEntity is what an audit entry is about.
type AuditEntity string

// Audited entities (the revision log, revisionslog).
const (
	AuditMeeting AuditEntity = "meeting"
	AuditSummons AuditEntity = "summons"
	AuditOffer   AuditEntity = "offer"
)

// AuditEntry is one change in the revision log: who changed what, when,
// and the entity before and after (JSON; null when created or removed). A
// summons' entries carry its meeting, so a meeting's log shows them too.
// Snapshots hold ids, never a CPR.
type AuditEntry struct {
	ID          int64           `json:"id"`
	JobcenterID JobcenterID     `json:"jobcenterId"`
	Entity      AuditEntity     `json:"entity"`
	EntityID    int64           `json:"entityId"`
	MeetingID   MeetingID       `json:"meetingId,omitempty"`
	Actor       string          `json:"actor"`
	At          time.Time       `json:"at"`
	Action      string          `json:"action"` // create, update, send, move, cancel, delete
	Before      json.RawMessage `json:"before"`
	After       json.RawMessage `json:"after"`
}
