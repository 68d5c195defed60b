package sync

import (
	"context"
	"errors"
)

// Errors a Connector returns, wrapped with the protocol's detail. The engine
// decides by these kinds alone, so it knows no protocol.
var (
	// ErrPrecondition: a conditional write failed (HTTP 412): the object
	// exists already (create) or changed since it was read (update, delete).
	ErrPrecondition = errors.New("sync: precondition failed")
	// ErrNotFound: the object or calendar does not exist (HTTP 404, 410).
	ErrNotFound = errors.New("sync: not found")
	// ErrInvalidCursor: the remote no longer knows the cursor (RFC 6578
	// valid-sync-token, a Graph syncStateNotFound); list again from "".
	ErrInvalidCursor = errors.New("sync: invalid cursor")
	// ErrAuth: the credentials were refused (HTTP 401, 403).
	ErrAuth = errors.New("sync: credentials refused")
	// ErrUIDConflict: another object of the calendar holds the UID (RFC
	// 4791 no-uid-conflict), so the object is a stray copy elsewhere.
	ErrUIDConflict = errors.New("sync: uid held by another object")
	// ErrTransient: the remote failed in a way that a later retry may cure
	// (5xx, 429, timeouts, refused connections).
	ErrTransient = errors.New("sync: transient failure")
	// ErrMalformed: the remote answered something that cannot be read.
	ErrMalformed = errors.New("sync: malformed answer")
)

// Ref names one remote object and the version the remote holds of it.
type Ref struct {
	Href string // where the object lives; stable per object
	ETag string // the version; changes with every write
}

// Object is one remote calendar object: its iCalendar text (RFC 5545, one
// VCALENDAR, possibly several VEVENTs of one UID) as the remote holds it. A
// connector whose remote speaks another format (Microsoft Graph) renders it as
// iCalendar, so the engine parses one format only.
type Object struct {
	Ref
	Data []byte
}

// Changes is the answer to Connector.Changes.
type Changes struct {
	// Cursor is where the next listing starts; save it with the data.
	Cursor string
	// Full reports that Changed lists every object of the calendar, so an
	// object known locally but absent here was deleted. Deleted is then
	// empty.
	Full bool
	// Changed lists the objects created or changed since the cursor (all of
	// them when Full), with their current version. A version may be empty
	// where the remote's versions can repeat for other content (SOGo's
	// restart when an object is created again): the engine then reads the
	// object and compares its content.
	Changed []Ref
	// Deleted lists the hrefs removed since the cursor.
	Deleted []string
}

// Connector is one advisor calendar on a remote server, seen the way the sync
// engine needs it. Implementations are safe for concurrent use.
type Connector interface {
	// Changes lists what changed since cursor; the empty cursor lists every
	// object (Full). A connector whose remote has no cheap change listing
	// may always answer Full. Errors: ErrInvalidCursor, ErrAuth,
	// ErrNotFound (the calendar), ErrTransient, ErrMalformed.
	Changes(ctx context.Context, cursor string) (Changes, error)
	// Fetch reads the objects at hrefs. An href the remote no longer holds
	// is left out of the answer. An object read at a placeholder href (see
	// Create) is answered under its own href. An object it holds but cannot send is
	// also left out, and reported in the returned error list by href, so
	// one bad object never fails the rest.
	Fetch(ctx context.Context, hrefs []string) ([]Object, map[string]error, error)
	// Create writes a new object at href unless one is there (If-None-Match:
	// *) and returns where it lives and its new version. The href returned
	// is href itself on a remote where the client names objects (CalDAV);
	// on one that names them itself (Microsoft Graph's event ids) href is a
	// placeholder from Href, which Fetch, Update and Delete also accept, and
	// the answer holds the remote's own. The version may be empty when the
	// remote did not tell it. Errors: ErrPrecondition (it exists),
	// ErrUIDConflict, ErrAuth, ErrTransient.
	Create(ctx context.Context, href string, data []byte) (Ref, error)
	// Update replaces the object at href if its version is still etag
	// (If-Match). Errors: ErrPrecondition, ErrNotFound, ErrAuth, ErrTransient.
	Update(ctx context.Context, href, etag string, data []byte) (newETag string, err error)
	// Delete removes the object at href if its version is still etag; an
	// empty etag deletes unconditionally. Errors: ErrPrecondition,
	// ErrNotFound, ErrAuth, ErrTransient.
	Delete(ctx context.Context, href, etag string) error
	// Href is where a new object with the given name (letters, digits and
	// '-') is created.
	Href(name string) string
}

// ZoneReader is a Connector that can tell its calendar's own time zone (the
// CalDAV calendar-timezone property), in which floating times are read
// (PROTOCOLS.md §3.3 step 2). The engine asks on full listings only.
type ZoneReader interface {
	// CalendarZone returns the TZID of the calendar's time zone, "" when
	// it names none.
	CalendarZone(ctx context.Context) (string, error)
}
