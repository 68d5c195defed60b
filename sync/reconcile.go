package sync

import (
	"errors"
	"fmt"
	"slices"

	"github.com/planner-dk/planner/planner"
)

// Known is what the store holds of one remote object of an advisor's
// calendar: an external appointment pulled earlier, or one of Planner's own
// events (then Target is set: its href is in the push table, which is what
// makes it Planner's — PROTOCOLS.md §4.1).
type Known struct {
	Ref
	Hash   string  // content hash of the external object as stored
	Target *Target // Planner's event at this href; nil for an external object
}

// Target is one Planner meeting in one advisor's calendar: a row of the push
// table.
type Target struct {
	MeetingID planner.MeetingID
	AdvisorID planner.AdvisorID
	Href      string
	ETag      string // "" until the create is confirmed (a crash may sit between PUT and commit)
	OwnedHash string // the owned-field hash as last written
	Pending   bool   // a push is waiting: the pull must not restore over it
}

// Guard is the pull's safety stop: a listing that would delete more than
// MaxDeleteShare of a calendar's external objects (and at least MinDeletes of
// them) is not believed (issue 5 §4).
type Guard struct {
	MaxDeleteShare float64 // 0 means 0.5
	MinDeletes     int     // 0 means 10
}

// ErrMassDeletion: a pull would delete more than the guard allows; nothing is
// changed, the calendar is marked unhealthy and an operator alerted.
var ErrMassDeletion = errors.New("sync: pull would delete too much of the calendar")

// ToFetch lists the hrefs of a listing whose version differs from the
// stored one: only those are read (a poll with no change reads nothing).
func ToFetch(known map[string]Known, ch Changes) []string {
	var out []string
	for _, r := range ch.Changed {
		if k, ok := known[r.Href]; !ok || k.ETag != r.ETag || r.ETag == "" {
			out = append(out, r.Href)
		}
	}
	return out
}

// Stored is an external object to store with its busy items.
type Stored struct {
	Ref
	Hash  string
	Items []Item
	Data  []byte // the raw object, kept so a moved horizon needs no round trip
	// Changed is false for an object whose version changed but whose
	// meaning did not (same content hash: the server rewrote it, a DTSTAMP
	// or an alarm changed): it is stored with its new etag, but it is not a
	// change — no conflict is looked for, nothing is counted.
	Changed bool
}

// Restoration is a Planner event that someone edited or deleted in the
// advisor's own calendar: the engine writes Planner's version back and tells
// the advisor (SPEC §2 ownership rule, PROTOCOLS.md §4.3).
type Restoration struct {
	Target  Target
	Deleted bool   // deleted remotely: recreate it
	ETag    string // the edited copy's version, for If-Match
	Data    []byte // the edited copy, whose alarms and other additions the restore keeps
}

// PullPlan is what one pull changes, decided without I/O; the engine applies
// it in one transaction with the new cursor.
type PullPlan struct {
	Cursor  string
	Upsert  []Stored // new or changed external objects
	Remove  []string // external objects gone from the calendar
	Adopt   []Ref    // Planner events whose new version changed nothing Planner owns (or a confirmed create)
	Restore []Restoration
	// Stray lists objects that carry Planner's markers but are not in the
	// push table (a copy the user made): never imported as busy time.
	Stray []Ref
	// Quarantined lists objects that could not be read; their previous
	// version, if any, is kept.
	Quarantined map[string]error
}

// PlanPull decides a pull from the stored state, the listing and the objects
// read. A Full listing means every stored object absent from it was deleted.
func PlanPull(known map[string]Known, ch Changes, fetched []Object, fetchErrs map[string]error, o Options, g Guard) (PullPlan, error) {
	plan := PullPlan{Cursor: ch.Cursor, Quarantined: map[string]error{}}
	for h, err := range fetchErrs {
		plan.Quarantined[h] = err
	}
	for _, obj := range fetched {
		k, isKnown := known[obj.Href]
		p, err := Parse(obj.Data, o)
		if err != nil {
			if isKnown && k.Target != nil {
				// unreadable now: Planner's version replaces it whole
				plan.Restore = append(plan.Restore, Restoration{Target: *k.Target, ETag: obj.ETag})
				continue
			}
			plan.Quarantined[obj.Href] = err
			continue
		}
		switch {
		case isKnown && k.Target != nil:
			planOwned(&plan, *k.Target, obj, p)
		case p.Marker.Planner():
			plan.Stray = append(plan.Stray, obj.Ref)
		default:
			changed := !isKnown || k.Hash != p.Hash
			plan.Upsert = append(plan.Upsert, Stored{Ref: obj.Ref, Hash: p.Hash, Items: p.Items, Data: obj.Data, Changed: changed})
		}
	}
	gone := ch.Deleted
	if ch.Full {
		listed := make(map[string]bool, len(ch.Changed))
		for _, r := range ch.Changed {
			listed[r.Href] = true
		}
		gone = nil
		for h := range known {
			if !listed[h] {
				gone = append(gone, h)
			}
		}
		slices.Sort(gone)
	}
	external := 0
	for _, k := range known {
		if k.Target == nil {
			external++
		}
	}
	removed := 0
	for _, h := range gone {
		k, ok := known[h]
		switch {
		case !ok:
		case k.Target != nil:
			// a create never confirmed is not a deletion; a pending push
			// decides itself
			if !k.Target.Pending && k.Target.ETag != "" {
				plan.Restore = append(plan.Restore, Restoration{Target: *k.Target, Deleted: true})
			}
		default:
			plan.Remove = append(plan.Remove, h)
			removed++
		}
	}
	if err := g.check(removed, external); err != nil {
		return PullPlan{}, err
	}
	return plan, nil
}

// planOwned decides on a Planner event whose version changed: a benign
// change (same owned hash) is adopted, anything else restored, unless a push
// of it is pending (PROTOCOLS.md §4.3 guards).
func planOwned(plan *PullPlan, t Target, obj Object, p Parsed) {
	switch {
	case t.Pending:
		// our own write is on its way; it decides
	case p.Marker.Owned != "" && p.Marker.Owned == t.OwnedHash:
		plan.Adopt = append(plan.Adopt, obj.Ref)
	default:
		plan.Restore = append(plan.Restore, Restoration{Target: t, ETag: obj.ETag, Data: obj.Data})
	}
}

func (g Guard) check(removed, external int) error {
	share, min := g.MaxDeleteShare, g.MinDeletes
	if share <= 0 {
		share = 0.5
	}
	if min <= 0 {
		min = 10
	}
	if removed >= min && float64(removed) > share*float64(external) {
		return fmt.Errorf("%w: %d of %d external objects", ErrMassDeletion, removed, external)
	}
	return nil
}
