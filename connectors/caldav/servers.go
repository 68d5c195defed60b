package caldav

import (
	"net/http"
	"regexp"
	"strings"
	"sync"
)

// flavour is which server implementation answers, as far as the connector
// needs to know: most servers keep RFC 4791/6578, two widespread ones
// deviate in ways that lose data unless the client works around them
// (INTEROP.md, measured on DAViCal 1.1.12 and SOGo 5.8).
//
// The connector tells them apart by the headers of its answers, which
// costs no request: DAViCal sends X-DAViCal-Version; SOGo's HTTP stack
// (SOPE) names itself in Server and sends X-Dav-Error on its PROPFIND and
// DELETE answers, and versions objects as "gcs" and eight digits. SOGo
// leaves all of that off its REPORT, 201 and 404 answers, and a reverse
// proxy in front of it replaces Server, so only a PROPFIND answer without
// any of the marks tells that the server is neither. A connector whose
// server is not known yet sends one PROPFIND of the collection (identify)
// before its first write, and before relying on a token that has SOGo's
// form. Probing the behaviour instead (PUT If-None-Match: * over an
// existing object, DELETE with a wrong If-Match) would write to the
// advisor's own calendar, where their phone would sync the probe objects,
// so it is not done.
type flavour uint32

const (
	flavourUnknown  flavour = iota // no telling answer seen yet
	flavourStandard                // keeps the preconditions and token rules
	flavourDAViCal
	flavourSOGo
)

func (f flavour) String() string {
	return [...]string{"unknown", "standard", "DAViCal", "SOGo"}[f]
}

var sogoETag = regexp.MustCompile(`^"gcs[0-9]{8}"$`)

// flavourOf reads an answer's status and headers; ok is false when they
// do not tell.
func flavourOf(status int, h http.Header) (f flavour, ok bool) {
	switch {
	case h.Get("X-DAViCal-Version") != "":
		return flavourDAViCal, true
	case strings.HasPrefix(h.Get("Server"), "SOPE"), h.Get("X-Dav-Error") != "", sogoETag.MatchString(h.Get("ETag")):
		return flavourSOGo, true
	case status == http.StatusMultiStatus:
		return flavourStandard, true
	default:
		return flavourUnknown, false
	}
}

// Each deviation the connector works around, by flavour. A write on a server
// not known yet is preceded by identify, so the guards below see a known
// flavour; one that is still unknown then (no answer told) gets every
// guard.

// ignoresPreconditions: SOGo ignores If-None-Match: * (an existing object is
// overwritten, 204), ignores If-Match on DELETE (deleted whatever the
// version) and creates on a PUT with If-Match to a missing href (201). It
// does honour a wrong If-Match on PUT to an existing object (412). So a
// create, an update and a conditional delete read the object first.
func (f flavour) ignoresPreconditions() bool { return f == flavourSOGo || f == flavourUnknown }

// acceptsDuplicateUID: DAViCal stores a second object with the UID of
// another at a new href (201, no CALDAV:no-uid-conflict), so a create first
// looks the UID up.
func (f flavour) acceptsDuplicateUID() bool { return f == flavourDAViCal || f == flavourUnknown }

// untrustedVersions: SOGo's ETag is a per-href counter ("gcs0000000N") that
// restarts when the href is deleted and created again, so a listed version
// equal to a stored one does not prove equal content. The connector
// reports the objects of an incremental listing with an empty version,
// which makes the engine read them and compare content hashes.
func (f flavour) untrustedVersions() bool { return f == flavourSOGo }

// secondsTokens: SOGo's sync-token is a Unix time in seconds, capped at the
// second before the answer's, and it lists what changed after it; a change
// in the second of a read is therefore listed by that read and by the next.
// The connector reads on once that second is over (see syncChanges).
func (f flavour) secondsTokens() bool { return f == flavourSOGo }

// closesConnections: SOGo ends every connection after one answer, saying so
// only on some (Connection: close on a multistatus, not on a 201), and a
// request sent on a connection it has closed fails with a reset; the
// connector asks for a new connection per request.
func (f flavour) closesConnections() bool { return f == flavourSOGo }

// Servers remembers which server implementation answers at each
// scheme://host, so the connectors made for one calendar's pulls and pushes
// (the engine makes one per task) learn it from the answers before them
// instead of each sending its own PROPFIND. Share one per process; the zero
// value is ready, and every method is safe for concurrent use. A nil
// *Servers remembers nothing.
type Servers struct {
	known sync.Map // origin string → flavour
}

func (s *Servers) flavour(origin string) flavour {
	if s == nil {
		return flavourUnknown
	}
	if v, ok := s.known.Load(origin); ok {
		return v.(flavour)
	}
	return flavourUnknown
}

func (s *Servers) remember(origin string, f flavour) {
	if s != nil {
		s.known.Store(origin, f)
	}
}
