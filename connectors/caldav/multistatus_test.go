package caldav

import (
	"strings"
	"testing"
)

// Answers as Radicale 3.1.8 and Xandikos 0.2.8 wrote them (PROTOCOLS.md
// §2.3), plus the RFC 6578 §3.6 truncation example.
var multistatusSeeds = []string{
	// Radicale sync-collection: a change and a deletion
	`<?xml version='1.0' encoding='utf-8'?>
<multistatus xmlns="DAV:"><response><href>/advisor/cal1/a.ics</href><propstat><prop><getetag>"a1"</getetag></prop><status>HTTP/1.1 200 OK</status></propstat></response><response><href>/advisor/cal1/b.ics</href><status>HTTP/1.1 404 Not Found</status></response><sync-token>http://radicale.org/ns/sync/7f</sync-token></multistatus>`,
	// Xandikos multiget: calendar-data with an encoded href
	`<ns0:multistatus xmlns:ns0="DAV:" xmlns:ns1="urn:ietf:params:xml:ns:caldav"><ns0:response><ns0:href>/user/calendars/cal1/x%40y.ics</ns0:href><ns0:propstat><ns0:status>HTTP/1.1 200 OK</ns0:status><ns0:prop><ns0:getetag>"e"</ns0:getetag><ns1:calendar-data>BEGIN:VCALENDAR&#13;
END:VCALENDAR&#13;
</ns1:calendar-data></ns0:prop></ns0:propstat></ns0:response></ns0:multistatus>`,
	// RFC 6578 §3.6: truncated
	`<D:multistatus xmlns:D="DAV:"><D:response><D:href>http://example.com/cal/</D:href><D:status>HTTP/1.1 507 Insufficient Storage</D:status><D:error><D:number-of-matches-within-limits/></D:error></D:response><D:sync-token>http://example.com/ns/sync/1236</D:sync-token></D:multistatus>`,
	// Xandikos PUT refused: 207 holding a 412 no-uid-conflict
	`<ns0:multistatus xmlns:ns0="DAV:" xmlns:ns1="urn:ietf:params:xml:ns:caldav"><ns0:response><ns0:href>/user/calendars/cal1/b.ics</ns0:href><ns0:status>HTTP/1.1 412 Precondition Failed</ns0:status><ns0:error><ns1:no-uid-conflict><ns0:href>/user/calendars/cal1/a.ics</ns0:href></ns1:no-uid-conflict></ns0:error></ns0:response></ns0:multistatus>`,
}

func TestDecodeMultistatus(t *testing.T) {
	ms, err := decodeMultistatus(strings.NewReader(multistatusSeeds[0]))
	if err != nil {
		t.Fatal(err)
	}
	if len(ms.Responses) != 2 || ms.SyncToken != "http://radicale.org/ns/sync/7f" {
		t.Fatalf("decoded %+v", ms)
	}
	if e := ms.Responses[0].found().ETag; e == nil || *e != `"a1"` || ms.Responses[1].status() != 404 {
		t.Fatalf("responses %+v", ms.Responses)
	}
	ms, err = decodeMultistatus(strings.NewReader(multistatusSeeds[1]))
	if err != nil {
		t.Fatal(err)
	}
	if h, _ := normHref(ms.Responses[0].Hrefs[0]); h != "/user/calendars/cal1/x@y.ics" {
		t.Fatalf("href = %q, want it decoded", h)
	}
	ms, _ = decodeMultistatus(strings.NewReader(multistatusSeeds[3]))
	err = multistatusError("PUT", "/b.ics", ms)
	if he, ok := err.(*HTTPError); !ok || he.Status != 412 || he.Condition != "no-uid-conflict" {
		t.Fatalf("multistatusError = %v, want 412 no-uid-conflict", err)
	}
}

// FuzzDecodeMultistatus feeds arbitrary server answers to the reader: it
// never panics, and every href it accepts is an absolute path.
func FuzzDecodeMultistatus(f *testing.F) {
	for _, s := range multistatusSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		ms, err := decodeMultistatus(strings.NewReader(body))
		if err != nil {
			return
		}
		for _, r := range ms.Responses {
			_ = r.status()
			_ = r.found()
			for _, h := range r.Hrefs {
				if p, err := normHref(h); err == nil && !strings.HasPrefix(p, "/") {
					t.Fatalf("normHref(%q) = %q, not absolute", h, p)
				}
			}
		}
		_ = multistatusError("PUT", "/x", ms)
	})
}
