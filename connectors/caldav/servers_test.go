package caldav_test

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	plancaldav "github.com/planner-dk/planner/connectors/caldav"
	calsync "github.com/planner-dk/planner/sync"
)

// The deviations of DAViCal 1.1.12 and SOGo 5.8 that the connector works
// around (INTEROP.md, servers.go) are met against the real servers in
// TestConnectorContract and TestEngine; a foreign write between the
// connector's read and its write cannot be timed there. These tests play
// each server's answers — with its identifying headers, as measured — on a
// loopback server that keeps no precondition the real one ignores, and
// check what the connector decides and sends. Each fails without its
// workaround.

// fakeServer answers as one implementation does and records the requests.
type fakeServer struct {
	*httptest.Server
	mu     sync.Mutex
	asked  []string
	header http.Header // the implementation's marks, on every answer
	handle func(w http.ResponseWriter, r *http.Request, body string)
}

var (
	sogoMarks    = http.Header{"Server": {"SOPE 4.9.37/WebDAV"}, "X-Dav-Error": {"200 No error"}}
	davicalMarks = http.Header{"X-Davical-Version": {"DAViCal/1.1.12; DB/1.3.5"}}
)

func newFake(t *testing.T, marks http.Header, handle func(w http.ResponseWriter, r *http.Request, body string)) (*fakeServer, *plancaldav.Connector) {
	f := &fakeServer{header: marks, handle: handle}
	f.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		f.mu.Lock()
		f.asked = append(f.asked, r.Method+" "+r.URL.Path)
		f.mu.Unlock()
		for k, v := range f.header {
			w.Header()[k] = v
		}
		if r.Method == "PROPFIND" && r.URL.Path == "/cal/" && strings.Contains(string(b), "resourcetype") {
			multistatus(w, `<D:response><D:href>/cal/</D:href><D:propstat><D:prop><D:resourcetype><D:collection/><C:calendar/></D:resourcetype></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>`)
			return
		}
		f.handle(w, r, string(b))
	}))
	t.Cleanup(f.Close)
	c, err := plancaldav.New(plancaldav.Config{URL: f.URL + "/cal/"})
	if err != nil {
		t.Fatal(err)
	}
	return f, c
}

// sent lists the requests of the given methods.
func (f *fakeServer) sent(methods ...string) []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []string
	for _, a := range f.asked {
		for _, m := range methods {
			if strings.HasPrefix(a, m+" ") {
				out = append(out, a)
			}
		}
	}
	return out
}

func multistatus(w http.ResponseWriter, responses string) {
	w.Header().Set("Content-Type", `text/xml; charset="utf-8"`)
	w.WriteHeader(http.StatusMultiStatus)
	io.WriteString(w, `<?xml version="1.0" encoding="utf-8"?><D:multistatus xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav" xmlns:CS="http://calendarserver.org/ns/">`+responses+`</D:multistatus>`)
}

func etagResponse(href, etag string) string {
	return `<D:response><D:href>` + href + `</D:href><D:propstat><D:prop><D:getetag>&quot;` + etag + `&quot;</D:getetag></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>`
}

// sogoObject is a SOGo that holds one object at /cal/x.ics, version
// gcs00000001, and carries out every PUT and DELETE whatever its
// preconditions say (201 for a missing href, 204 otherwise).
func sogoObject(t *testing.T) (*fakeServer, *plancaldav.Connector) {
	return newFake(t, sogoMarks, func(w http.ResponseWriter, r *http.Request, body string) {
		switch {
		case r.Method == "PROPFIND" && r.URL.Path == "/cal/x.ics":
			multistatus(w, etagResponse("/cal/x.ics", "gcs00000001"))
		case r.Method == "PROPFIND":
			w.WriteHeader(http.StatusNotFound) // SOGo: no marks on a 404
		case r.Method == http.MethodPut && r.URL.Path != "/cal/x.ics":
			w.Header().Set("ETag", `"gcs00000000"`)
			w.WriteHeader(http.StatusCreated)
		case r.Method == http.MethodPut:
			w.Header().Set("ETag", `"gcs00000002"`)
			w.WriteHeader(http.StatusNoContent)
		case r.Method == http.MethodDelete:
			w.WriteHeader(http.StatusNoContent)
		}
	})
}

var event = []byte("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x@test\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")

// SOGo overwrites an existing object despite If-None-Match: *: the
// connector reads the href first and reports the object as there, sending
// no PUT.
func TestSOGoCreateOverExistingIsRefusedBeforeThePUT(t *testing.T) {
	f, c := sogoObject(t)
	_, err := c.Create(context.Background(), "/cal/x.ics", event)
	if !errors.Is(err, calsync.ErrPrecondition) || len(f.sent("PUT")) != 0 {
		t.Fatalf("Create over an existing object = %v after %v; want ErrPrecondition and no PUT", err, f.asked)
	}
	if _, err := c.Create(context.Background(), "/cal/new.ics", event); err != nil || len(f.sent("PUT")) != 1 {
		t.Fatalf("Create of a new object = %v after %v; want one PUT", err, f.asked)
	}
}

// SOGo deletes whatever version is there despite If-Match: the connector
// compares the version first; a foreign edit is not deleted.
func TestSOGoDeleteOfAnEditedObjectIsRefused(t *testing.T) {
	f, c := sogoObject(t)
	err := c.Delete(context.Background(), "/cal/x.ics", `"gcs00000000"`)
	if !errors.Is(err, calsync.ErrPrecondition) || len(f.sent("DELETE")) != 0 {
		t.Fatalf("Delete of an edited object = %v after %v; want ErrPrecondition and no DELETE", err, f.asked)
	}
	if err := c.Delete(context.Background(), "/cal/gone.ics", `"gcs00000000"`); !errors.Is(err, calsync.ErrNotFound) {
		t.Fatalf("Delete of a missing object = %v, want ErrNotFound", err)
	}
	if err := c.Delete(context.Background(), "/cal/x.ics", `"gcs00000001"`); err != nil || len(f.sent("DELETE")) != 1 {
		t.Fatalf("Delete at the current version = %v after %v; want one DELETE", err, f.asked)
	}
}

// SOGo creates on a PUT with If-Match to a missing href: the connector
// reports the object as gone (the engine then creates it deliberately).
func TestSOGoUpdateOfAMissingObjectIsNotFound(t *testing.T) {
	f, c := sogoObject(t)
	_, err := c.Update(context.Background(), "/cal/gone.ics", `"gcs00000003"`, event)
	if !errors.Is(err, calsync.ErrNotFound) || len(f.sent("PUT")) != 0 {
		t.Fatalf("Update of a missing object = %v after %v; want ErrNotFound and no PUT", err, f.asked)
	}
	etag, err := c.Update(context.Background(), "/cal/x.ics", `"gcs00000001"`, event)
	if err != nil || etag != `"gcs00000002"` {
		t.Fatalf("Update at the current version = %q, %v", etag, err)
	}
}

// SOGo refuses a second object with a UID as 409 with a body that names no
// precondition: that is a UID conflict, not a malformed answer.
func TestSOGoUIDConflict(t *testing.T) {
	_, c := newFake(t, sogoMarks, func(w http.ResponseWriter, r *http.Request, body string) {
		switch r.Method {
		case "PROPFIND":
			w.WriteHeader(http.StatusNotFound)
		case http.MethodPut:
			w.Header().Set("Content-Type", `application/xml; charset="utf-8"`)
			w.WriteHeader(http.StatusConflict)
			io.WriteString(w, `<?xml version="1.0" encoding="utf-8"?>`+"\n"+`<D:error xmlns:D="DAV">Event UID already in use. (x@test)</D:error>`)
		}
	})
	if _, err := c.Create(context.Background(), "/cal/copy.ics", event); !errors.Is(err, calsync.ErrUIDConflict) {
		t.Fatalf("Create of a second object with the UID = %v, want ErrUIDConflict", err)
	}
}

// DAViCal stores a second object with the UID of another: the connector
// looks the UID up first and refuses the create.
func TestDAViCalDuplicateUIDIsRefusedBeforeThePUT(t *testing.T) {
	f, c := newFake(t, davicalMarks, func(w http.ResponseWriter, r *http.Request, body string) {
		switch {
		case r.Method == "PROPFIND":
			w.WriteHeader(http.StatusNotFound)
		case r.Method == "REPORT" && strings.Contains(body, "calendar-query"):
			// a text-match is a substring match: x@test.other is no holder
			multistatus(w, `<D:response><D:href>/cal/a.ics</D:href><D:propstat><D:prop><D:getetag>"1"</D:getetag><C:calendar-data>`+
				strings.ReplaceAll(string(event), "\r", "&#13;")+`</C:calendar-data></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>`+
				`<D:response><D:href>/cal/b.ics</D:href><D:propstat><D:prop><D:getetag>"2"</D:getetag><C:calendar-data>BEGIN:VCALENDAR&#13;
BEGIN:VEVENT&#13;
UID:x@test.other&#13;
END:VEVENT&#13;
END:VCALENDAR&#13;
</C:calendar-data></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>`)
		case r.Method == http.MethodPut:
			w.Header().Set("ETag", `"new"`)
			w.WriteHeader(http.StatusCreated)
		}
	})
	_, err := c.Create(context.Background(), "/cal/copy.ics", event)
	if !errors.Is(err, calsync.ErrUIDConflict) || len(f.sent("PUT")) != 0 {
		t.Fatalf("Create of a second object with the UID = %v after %v; want ErrUIDConflict and no PUT", err, f.asked)
	}
	// the object's own href holding the UID is our earlier create: the PUT
	// goes out and its If-None-Match decides
	if _, err := c.Create(context.Background(), "/cal/a.ics", event); err != nil || len(f.sent("PUT")) != 1 {
		t.Fatalf("Create at the UID's own href = %v after %v; want the PUT sent", err, f.asked)
	}
}

// DAViCal answers a token it does not know with a full listing that reports
// no deletions; a token older than the one sent gives it away, and the
// connector says the listing is full, so the engine diffs it.
func TestDAViCalUnknownTokenIsAFullListing(t *testing.T) {
	_, c := newFake(t, davicalMarks, func(w http.ResponseWriter, r *http.Request, body string) {
		// as measured: every member, no tombstone, the calendar's latest token
		multistatus(w, etagResponse("/cal/a.ics", "a1")+etagResponse("/cal/c.ics", "c1")+`<D:sync-token>data:,2205</D:sync-token>`)
	})
	ch, err := c.Changes(context.Background(), "sync:data:,99999999999")
	if err != nil || !ch.Full || len(ch.Changed) != 2 || ch.Cursor != "sync:data:,2205" {
		t.Fatalf("Changes(unknown token) = %+v, %v; want a full listing of both, cursor data:,2205", ch, err)
	}
	ch, err = c.Changes(context.Background(), "sync:data:,2000")
	if err != nil || ch.Full {
		t.Fatalf("Changes(an older, known token) = %+v, %v; want incremental", ch, err)
	}
}

// SOGo caps its token at the second before its answer, and what changed in
// that second is listed again from it. The connector sees the cap (getctag
// is later than the token), waits for the second to pass and reads on from
// the token; the cursor then lists nothing twice. An incremental listing's
// versions are left empty: SOGo's counters restart on re-creation.
func TestSOGoCappedTokenIsReadOnOnceItsSecondIsOver(t *testing.T) {
	now := time.Now().Unix()
	capped, last := strconv.FormatInt(now-1, 10), strconv.FormatInt(now, 10)
	var reports []string
	f, c := newFake(t, sogoMarks, func(w http.ResponseWriter, r *http.Request, body string) {
		switch {
		case r.Method == "PROPFIND": // getctag: the last change, uncapped
			multistatus(w, `<D:response><D:href>/cal/</D:href><D:propstat><D:prop><CS:getctag>`+last+`</CS:getctag></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>`)
		case strings.Contains(body, "<D:sync-token>"+capped+"<"):
			reports = append(reports, capped)
			multistatus(w, etagResponse("/cal/b.ics", "gcs00000001")+`<D:sync-token>`+last+`</D:sync-token>`)
		default:
			reports = append(reports, "from "+body[strings.Index(body, "<D:sync-token>")+14:][:10])
			multistatus(w, etagResponse("/cal/a.ics", "gcs00000000")+etagResponse("/cal/b.ics", "gcs00000000")+`<D:sync-token>`+capped+`</D:sync-token>`)
		}
	})
	ch, err := c.Changes(context.Background(), "sync:"+strconv.FormatInt(now-100, 10))
	if err != nil {
		t.Fatal(err)
	}
	if len(reports) != 2 || reports[1] != capped || ch.Cursor != "sync:"+last {
		t.Fatalf("reports %v, cursor %q after %v; want a second REPORT from %s and the cursor %s", reports, ch.Cursor, f.asked, capped, last)
	}
	if len(ch.Changed) != 2 || ch.Changed[0].ETag != "" || ch.Changed[1].ETag != "" || ch.Full {
		t.Fatalf("changes = %+v; want a and b, incremental, without versions", ch)
	}
}

// A read sent on a kept-alive connection that the server had closed without
// saying so (SOGo does, after some answers) is sent again on a new one.
func TestReadRetriedOnAClosedKeptAliveConnection(t *testing.T) {
	n := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n++
		if n == 2 {
			// the second request arrives on the kept connection: drop it
			conn, _, err := w.(http.Hijacker).Hijack()
			if err == nil {
				conn.Close()
			}
			return
		}
		multistatus(w, etagResponse("/cal/a.ics", "1")+`<D:sync-token>urn:t`+strconv.Itoa(n)+`</D:sync-token>`)
	}))
	defer srv.Close()
	c, err := plancaldav.New(plancaldav.Config{URL: srv.URL + "/cal/"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Changes(context.Background(), ""); err != nil {
		t.Fatal(err)
	}
	ch, err := c.Changes(context.Background(), "sync:urn:t1")
	if err != nil || ch.Cursor != "sync:urn:t3" {
		t.Fatalf("Changes on a dropped connection = %+v, %v; want it read again", ch, err)
	}
}
