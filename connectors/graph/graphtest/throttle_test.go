package graphtest

import (
	"bytes"
	"net/http"
	"sync"
	"testing"
	"time"
)

func TestConcurrencyLimit(t *testing.T) {
	f := mustStart(t, Options{})
	f.SetLatency(upnA, 150*time.Millisecond)
	var wg sync.WaitGroup
	statuses := make([]int, 8)
	codes := make([]string, 8)
	for i := range statuses {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			r := f.do(http.MethodGet, "/v1.0/users/"+upnA+"/events", nil)
			statuses[i], codes[i] = r.status, r.code()
		}(i)
	}
	wg.Wait()
	ok, throttled := 0, 0
	for i, s := range statuses {
		switch {
		case s == 200:
			ok++
		case s == 429 && codes[i] == "ApplicationThrottled":
			throttled++
		default:
			t.Errorf("status, code = %d, %s", s, codes[i])
		}
	}
	if ok > 4 || throttled == 0 || f.MaxConcurrentSeen(upnA) != 4 {
		t.Fatalf("ok = %d, throttled = %d, max seen = %d; want ≤ 4, > 0, 4", ok, throttled, f.MaxConcurrentSeen(upnA))
	}
	t.Run("§1.2 another mailbox has its own limit", func(t *testing.T) {
		if got := f.MaxConcurrentSeen(upnB); got != 0 {
			t.Fatalf("MaxConcurrentSeen(%s) = %d", upnB, got)
		}
	})
}

func TestRateBudget(t *testing.T) {
	tests := []struct {
		name       string
		omit       bool
		retryAfter string
	}{
		{"§1.6 over budget is 429 TooManyRequests with Retry-After", false, "10"},
		{"§1.6 the knob omits Retry-After", true, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := mustStart(t, Options{})
			f.Throttle(upnA, RateLimit{Requests: 2, Per: 10 * time.Second, OmitRetryAfter: tc.omit})
			path := "/v1.0/users/" + upnA + "/events"
			f.do("GET", path, nil)
			f.do("GET", path, nil)
			r := f.do("GET", path, nil)
			if r.status != 429 || r.code() != "TooManyRequests" || r.header.Get("Retry-After") != tc.retryAfter {
				t.Fatalf("status, code, Retry-After = %d, %s, %q", r.status, r.code(), r.header.Get("Retry-After"))
			}
			f.clock.Advance(10 * time.Second)
			if r := f.do("GET", path, nil); r.status != 200 {
				t.Fatalf("after the window: %d", r.status)
			}
			log := f.Requests(upnA)
			if len(log) != 4 || log[2].Status != 429 || log[3].Time.Sub(log[2].Time) < 10*time.Second {
				t.Fatalf("log = %+v", log)
			}
		})
	}
}

func TestFail(t *testing.T) {
	tests := []struct {
		name       string
		status     int
		retryAfter time.Duration
		header     string
	}{
		{"§1.6 503 with Retry-After", 503, 3 * time.Second, "3"},
		{"§1.6 504 without Retry-After", 504, 0, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := mustStart(t, Options{})
			f.Fail(upnA, tc.status, 2, tc.retryAfter)
			path := "/v1.0/users/" + upnA + "/events"
			for i := 0; i < 2; i++ {
				r := f.do("GET", path, nil)
				if r.status != tc.status || r.header.Get("Retry-After") != tc.header || r.header.Get("request-id") == "" {
					t.Fatalf("request %d: %d, Retry-After %q", i, r.status, r.header.Get("Retry-After"))
				}
			}
			if r := f.do("GET", path, nil); r.status != 200 {
				t.Fatalf("third request: %d", r.status)
			}
		})
	}
}

func TestDropAfterCommit(t *testing.T) {
	f := mustStart(t, Options{})
	f.DropAfterCommit(upnA, 1)
	body := []byte(`{"subject":"S","start":{"dateTime":"2026-12-01T08:00:00","timeZone":"UTC"},"end":{"dateTime":"2026-12-01T09:00:00","timeZone":"UTC"},"transactionId":"t-drop"}`)
	req, _ := http.NewRequest(http.MethodPost, f.GraphURL()+"/users/"+upnA+"/events", bytes.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+f.token)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err == nil {
		resp.Body.Close()
		t.Fatalf("POST answered %d; want the connection dropped", resp.StatusCode)
	}
	t.Run("§1.6 the dropped POST committed", func(t *testing.T) {
		evs := f.Events(upnA)
		if len(evs) != 1 || evs[0].TransactionID != "t-drop" {
			t.Fatalf("events = %+v", evs)
		}
		if log := f.Requests(upnA); log[len(log)-1].Status != 0 {
			t.Fatalf("logged status = %d, want 0", log[len(log)-1].Status)
		}
	})
	t.Run("§1.6 the retry with the same transactionId finds it", func(t *testing.T) {
		r := f.do(http.MethodPost, "/v1.0/users/"+upnA+"/events", plannerBody("t-drop"))
		if r.status != 201 || len(f.Events(upnA)) != 1 {
			t.Fatalf("status %d, %d events", r.status, len(f.Events(upnA)))
		}
	})
}

func TestRequestLog(t *testing.T) {
	f := mustStart(t, Options{})
	f.do("GET", "/v1.0/users/ADVISOR@contoso.dk/events?$top=5", nil, "Prefer", `IdType="ImmutableId"`, "If-Match", `W/"x"`, "client-request-id", "c-1")
	log := f.Requests(upnA)
	if len(log) != 1 {
		t.Fatalf("log = %+v", log)
	}
	got := log[0]
	if got.Method != "GET" || got.URI != "/v1.0/users/ADVISOR@contoso.dk/events?$top=5" || got.Status != 200 ||
		len(got.Prefer) != 1 || got.IfMatch != `W/"x"` || got.ClientRequestID != "c-1" {
		t.Fatalf("logged %+v", got)
	}
}

// TestConcurrentUse mixes writes, reads and delta rounds from several
// goroutines; run with -race it proves the double's locking.
func TestConcurrentUse(t *testing.T) {
	f := mustStart(t, Options{})
	f.SetMaxConcurrent(upnA, 100)
	var wg sync.WaitGroup
	for g := 0; g < 6; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			m := newMirror()
			for i := 0; i < 5; i++ {
				r := f.do(http.MethodPost, "/v1.0/users/"+upnA+"/events", plannerBody(""))
				id, _ := r.body["id"].(string)
				f.do(http.MethodPatch, "/v1.0/users/"+upnA+"/events/"+id, map[string]any{"subject": "p"})
				_ = f.UpdateEvent(upnA, id, func(e *Event) { e.ShowAs = "free" })
				m.sync(f, firstRound(upnA), "Prefer", "odata.maxpagesize=3")
				_ = f.View(upnA, winFrom, winTo)
			}
		}(g)
	}
	wg.Wait()
	if got := len(f.Events(upnA)); got != 30 {
		t.Fatalf("events = %d, want 30", got)
	}
}
