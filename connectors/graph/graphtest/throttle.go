package graphtest

import (
	"fmt"
	"net/http"
	"strconv"
	"time"
)

// RateLimit is a per-mailbox request budget: Requests per Per (a fixed
// window that starts with the first request). Over it the double answers
// 429 TooManyRequests with Retry-After (the seconds left in the window,
// rounded up) unless OmitRetryAfter. The zero value is no limit.
type RateLimit struct {
	Requests       int
	Per            time.Duration
	OmitRetryAfter bool
}

type knobs struct {
	maxConcurrent, inflight, maxSeen int

	rate        RateLimit
	windowStart time.Time
	windowCount int

	failStatus, failLeft int
	failRetryAfter       time.Duration

	dropPosts int
	latency   time.Duration
}

// mustMailbox returns upn's mailbox; the knobs panic on an unknown one, a
// bug in the test's fixture.
func (s *Server) mustMailbox(upn string) *mailbox {
	m, err := s.mailboxLocked(upn)
	if err != nil {
		panic(err)
	}
	return m
}

// SetMaxConcurrent sets upn's limit of requests in flight (default 4);
// one more gets 429 ApplicationThrottled "MailboxConcurrency". Like every
// knob, it panics if upn has no mailbox.
func (s *Server) SetMaxConcurrent(upn string, n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.mustMailbox(upn).knobs.maxConcurrent = n
}

// MaxConcurrentSeen returns the most requests upn ever had in flight at
// once (rejected ones not counted).
func (s *Server) MaxConcurrentSeen(upn string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.mustMailbox(upn).knobs.maxSeen
}

// Throttle sets upn's rate budget; RateLimit{} removes it.
func (s *Server) Throttle(upn string, limit RateLimit) {
	s.mu.Lock()
	defer s.mu.Unlock()
	k := &s.mustMailbox(upn).knobs
	k.rate, k.windowStart, k.windowCount = limit, time.Time{}, 0
}

// Fail makes the next k requests to upn answer status (e.g. 503 or 504)
// with Graph's error envelope, and with Retry-After when retryAfter > 0
// (whole seconds, rounded up).
func (s *Server) Fail(upn string, status, k int, retryAfter time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	kn := &s.mustMailbox(upn).knobs
	kn.failStatus, kn.failLeft, kn.failRetryAfter = status, k, retryAfter
}

// DropAfterCommit makes the next k POSTs to upn's events that succeed
// commit the event and then close the connection without an answer, as a
// crash between the server's commit and its response would.
func (s *Server) DropAfterCommit(upn string, k int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.mustMailbox(upn).knobs.dropPosts = k
}

// SetLatency makes every request to upn wait d (holding its concurrency
// slot) before it is handled; 0 stops it.
func (s *Server) SetLatency(upn string, d time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.mustMailbox(upn).knobs.latency = d
}

// Requests returns upn's request log, oldest first.
func (s *Server) Requests(upn string) []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.mustMailbox(upn).log...)
}

// ClearRequests empties upn's request log.
func (s *Server) ClearRequests(upn string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.mustMailbox(upn).log = nil
}

// faultCodes are the Graph error codes of injected failures.
var faultCodes = map[int]string{
	http.StatusInternalServerError: "generalException",
	http.StatusBadGateway:          "UnknownError",
	http.StatusServiceUnavailable:  "serviceNotAvailable",
	http.StatusGatewayTimeout:      "UnknownError",
	http.StatusTooManyRequests:     "TooManyRequests",
}

// admit applies the fault, concurrency and rate knobs, in that order. On
// success it returns the function that frees the concurrency slot.
func (c *call) admit() (func(), bool) {
	s := c.s
	s.mu.Lock()
	k := &c.m.knobs
	now := s.now()
	if k.failLeft > 0 {
		k.failLeft--
		status, retry := k.failStatus, k.failRetryAfter
		s.mu.Unlock()
		c.retryAfter(retry)
		c.fail(status, faultCodes[status], fmt.Sprintf("The service is unavailable (injected %d).", status))
		return nil, false
	}
	if k.inflight >= k.maxConcurrent {
		s.mu.Unlock()
		c.fail(http.StatusTooManyRequests, "ApplicationThrottled", "Application is over its MailboxConcurrency limit.")
		return nil, false
	}
	if r := k.rate; r.Requests > 0 {
		if k.windowStart.IsZero() || now.Sub(k.windowStart) >= r.Per || now.Before(k.windowStart) {
			k.windowStart, k.windowCount = now, 0
		}
		if k.windowCount >= r.Requests {
			wait := k.windowStart.Add(r.Per).Sub(now)
			s.mu.Unlock()
			if !r.OmitRetryAfter {
				c.retryAfter(wait)
			}
			c.fail(http.StatusTooManyRequests, "TooManyRequests", "The mailbox is over its request budget. Retry after the interval in Retry-After.")
			return nil, false
		}
		k.windowCount++
	}
	k.inflight++
	k.maxSeen = max(k.maxSeen, k.inflight)
	latency := k.latency
	s.mu.Unlock()
	if latency > 0 {
		time.Sleep(latency)
	}
	return func() {
		s.mu.Lock()
		k.inflight--
		s.mu.Unlock()
	}, true
}

// retryAfter sets Retry-After to d in whole seconds, rounded up (nothing
// for d <= 0).
func (c *call) retryAfter(d time.Duration) {
	if d <= 0 {
		return
	}
	c.w.Header().Set("Retry-After", strconv.Itoa(int((d+time.Second-1)/time.Second)))
}

// takeDrop reports whether this committed POST must lose its answer.
func (c *call) takeDrop() bool {
	c.s.mu.Lock()
	defer c.s.mu.Unlock()
	if c.m.knobs.dropPosts > 0 {
		c.m.knobs.dropPosts--
		return true
	}
	return false
}

// drop closes the connection without an answer.
func (c *call) drop() {
	hj, ok := c.w.(http.Hijacker)
	if !ok {
		panic("graphtest: the response writer cannot be hijacked")
	}
	conn, _, err := hj.Hijack()
	if err == nil {
		_ = conn.Close()
	}
	c.status = 0
}
