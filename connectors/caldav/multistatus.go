package caldav

import (
	"encoding/xml"
	"fmt"
	"io"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// The XML namespaces of WebDAV (RFC 4918), CalDAV (RFC 4791) and Apple's
// calendarserver extensions (getctag).
const (
	nsDAV    = "DAV:"
	nsCalDAV = "urn:ietf:params:xml:ns:caldav"
	nsCS     = "http://calendarserver.org/ns/"
)

// multistatus is a 207 body (RFC 4918 §14.16, RFC 6578 §6.4).
type multistatus struct {
	XMLName   xml.Name   `xml:"DAV: multistatus"`
	Responses []response `xml:"DAV: response"`
	SyncToken string     `xml:"DAV: sync-token"`
	// Date is the answer's HTTP Date (not XML): the server's clock, by
	// which SOGo's second-based tokens are judged.
	Date time.Time `xml:"-"`
}

type response struct {
	Hrefs     []string   `xml:"DAV: href"`
	Status    string     `xml:"DAV: status"`
	Propstats []propstat `xml:"DAV: propstat"`
	Error     *davError  `xml:"DAV: error"`
}

type propstat struct {
	Prop   prop   `xml:"DAV: prop"`
	Status string `xml:"DAV: status"`
}

type prop struct {
	ETag         *string       `xml:"DAV: getetag"`
	CTag         *string       `xml:"http://calendarserver.org/ns/ getctag"`
	SyncToken    *string       `xml:"DAV: sync-token"`
	CalendarData *string       `xml:"urn:ietf:params:xml:ns:caldav calendar-data"`
	CalendarZone *string       `xml:"urn:ietf:params:xml:ns:caldav calendar-timezone"`
	ResourceType *resourceType `xml:"DAV: resourcetype"`
	// discovery (discover.go)
	DisplayName          *string  `xml:"DAV: displayname"`
	CurrentUserPrincipal *hrefs   `xml:"DAV: current-user-principal"`
	CalendarHomeSet      *hrefs   `xml:"urn:ietf:params:xml:ns:caldav calendar-home-set"`
	ScheduleInbox        *hrefs   `xml:"urn:ietf:params:xml:ns:caldav schedule-inbox-URL"`
	ScheduleOutbox       *hrefs   `xml:"urn:ietf:params:xml:ns:caldav schedule-outbox-URL"`
	Components           *compSet `xml:"urn:ietf:params:xml:ns:caldav supported-calendar-component-set"`
}

type resourceType struct {
	Collection     *struct{} `xml:"DAV: collection"`
	Calendar       *struct{} `xml:"urn:ietf:params:xml:ns:caldav calendar"`
	ScheduleInbox  *struct{} `xml:"urn:ietf:params:xml:ns:caldav schedule-inbox"`
	ScheduleOutbox *struct{} `xml:"urn:ietf:params:xml:ns:caldav schedule-outbox"`
}

// davError is a DAV:error body naming the failed preconditions (RFC 4918
// §16), such as DAV:valid-sync-token or CALDAV:no-uid-conflict.
type davError struct {
	Conditions []struct {
		XMLName xml.Name
	} `xml:",any"`
}

// has reports whether the error names the condition local.
func (e *davError) has(local string) bool {
	if e == nil {
		return false
	}
	for _, c := range e.Conditions {
		if c.XMLName.Local == local {
			return true
		}
	}
	return false
}

// maxBody bounds what one answer may hold (a multiget of a batch of large
// objects stays far below it).
const maxBody = 64 << 20

// decodeMultistatus reads a 207 body.
func decodeMultistatus(r io.Reader) (*multistatus, error) {
	var ms multistatus
	lr := &io.LimitedReader{R: r, N: maxBody + 1}
	if err := xml.NewDecoder(lr).Decode(&ms); err != nil {
		return nil, fmt.Errorf("decode multistatus: %w", err)
	}
	if lr.N <= 0 {
		return nil, fmt.Errorf("multistatus larger than %d bytes", maxBody)
	}
	return &ms, nil
}

// statusCode reads "HTTP/1.1 404 Not Found"; 0 when absent or unreadable.
func statusCode(s string) int {
	f := strings.Fields(s)
	if len(f) < 2 {
		return 0
	}
	c, err := strconv.Atoi(f[1])
	if err != nil {
		return 0
	}
	return c
}

// status is the response's own status, else its first propstat's, else 200.
func (r *response) status() int {
	if c := statusCode(r.Status); c != 0 {
		return c
	}
	return 200
}

// found returns the properties of the propstat that answered 200.
func (r *response) found() prop {
	for _, ps := range r.Propstats {
		if c := statusCode(ps.Status); c == 200 || c == 0 {
			return ps.Prop
		}
	}
	return prop{}
}

// normHref turns an href as a server wrote it (an absolute URL or a path,
// percent-encoded or not) into the decoded absolute path used as the key.
func normHref(h string) (string, error) {
	h = strings.TrimSpace(h)
	u, err := url.Parse(h)
	if err != nil {
		return "", fmt.Errorf("href %q: %w", h, err)
	}
	if u.Path == "" || u.Path[0] != '/' {
		return "", fmt.Errorf("href %q is not an absolute path", h)
	}
	return u.Path, nil
}

// escapePath percent-encodes a decoded path for use in a request or an
// href element.
func escapePath(p string) string {
	return (&url.URL{Path: p}).EscapedPath()
}

// xmlText escapes s as XML character data.
func xmlText(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}
