package caldav_test

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	plancaldav "github.com/planner-dk/planner/connectors/caldav"
)

// Neither Radicale nor Xandikos truncates a sync-collection answer or leaves
// the ETag off a PUT, so these two behaviours of other servers are played by
// a loopback server answering exactly as the RFCs' examples do.

// TestTruncatedSyncCollection: RFC 6578 §3.6 — a 507 on the collection
// means "more to come": the client asks again from the token it was given
// and merges the answers.
func TestTruncatedSyncCollection(t *testing.T) {
	var asked []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		token := between(string(body), "<D:sync-token>", "</D:sync-token>")
		asked = append(asked, token)
		w.Header().Set("Content-Type", "application/xml; charset=utf-8")
		w.WriteHeader(http.StatusMultiStatus)
		switch token {
		case "":
			io.WriteString(w, `<?xml version="1.0"?><D:multistatus xmlns:D="DAV:">
<D:response><D:href>/cal/a.ics</D:href><D:propstat><D:prop><D:getetag>"a1"</D:getetag></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>
<D:response><D:href>/cal/b.ics</D:href><D:propstat><D:prop><D:getetag>"b1"</D:getetag></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>
<D:response><D:href>/cal/</D:href><D:status>HTTP/1.1 507 Insufficient Storage</D:status><D:error><D:number-of-matches-within-limits/></D:error></D:response>
<D:sync-token>urn:t1</D:sync-token></D:multistatus>`)
		default:
			io.WriteString(w, `<?xml version="1.0"?><D:multistatus xmlns:D="DAV:">
<D:response><D:href>/cal/c.ics</D:href><D:propstat><D:prop><D:getetag>"c1"</D:getetag></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>
<D:sync-token>urn:t2</D:sync-token></D:multistatus>`)
		}
	}))
	defer srv.Close()
	c, err := plancaldav.New(plancaldav.Config{URL: srv.URL + "/cal/"})
	if err != nil {
		t.Fatal(err)
	}
	ch, err := c.Changes(context.Background(), "")
	if err != nil {
		t.Fatal(err)
	}
	if !ch.Full || len(ch.Changed) != 3 || ch.Cursor != "sync:urn:t2" {
		t.Fatalf("changes = %+v, want all three objects, full, from cursor urn:t2", ch)
	}
	if strings.Join(asked, ",") != ",urn:t1" {
		t.Fatalf("tokens asked = %q, want the empty one then urn:t1", asked)
	}
}

// TestPutWithoutETag: RFC 4791 §5.3.4 — a server that stored something other
// than what was sent returns no strong ETag; the client reads it. (The
// first write of a connector to a server it does not know yet is preceded
// by one PROPFIND of the collection, which tells it: servers.go.)
func TestPutWithoutETag(t *testing.T) {
	var asked []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		asked = append(asked, r.Method+" "+r.URL.Path)
		switch r.Method {
		case http.MethodPut:
			w.WriteHeader(http.StatusCreated) // no ETag
		case "PROPFIND":
			w.Header().Set("Content-Type", "application/xml; charset=utf-8")
			w.WriteHeader(http.StatusMultiStatus)
			io.WriteString(w, `<D:multistatus xmlns:D="DAV:"><D:response><D:href>`+r.URL.Path+`</D:href><D:propstat><D:prop><D:getetag>"rewritten"</D:getetag><D:resourcetype><D:collection/></D:resourcetype></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response></D:multistatus>`)
		}
	}))
	defer srv.Close()
	c, err := plancaldav.New(plancaldav.Config{URL: srv.URL + "/cal/"})
	if err != nil {
		t.Fatal(err)
	}
	ref, err := c.Create(context.Background(), c.Href("x"), []byte("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"))
	etag := ref.ETag
	want := "PROPFIND /cal/,PUT /cal/x.ics,PROPFIND /cal/x.ics"
	if err != nil || etag != `"rewritten"` || strings.Join(asked, ",") != want {
		t.Fatalf("Create = %q, %v after %q; want the etag read back after the PUT: %q", etag, err, asked, want)
	}
}

func between(s, from, to string) string {
	_, rest, ok := strings.Cut(s, from)
	if !ok {
		return ""
	}
	v, _, _ := strings.Cut(rest, to)
	return v
}
