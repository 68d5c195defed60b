// Package graph is the sync.Connector of an advisor's Exchange Online
// calendar through Microsoft Graph v1.0 (PROTOCOLS.md §1): app-only OAuth 2.0
// per job centre, calendarView/delta for the pull, events with a
// transactionId and Planner's extended-property marker for the push, and
// Graph's throttling honoured. It renders every Graph event as iCalendar, so
// the sync engine above it knows no Graph.
package graph

import (
	"context"
	"net/http"
	"strings"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// Apps is what every Graph connector of a process shares: the access token
// of each app registration, each mailbox's concurrency limit and Retry-After,
// each job centre's request budget, the HTTP client and the metrics. Its zero
// value is ready; it is safe for concurrent use.
type Apps struct {
	// HTTPClient sends every request; nil means a client with a 60 s
	// timeout.
	HTTPClient *http.Client
	// Metrics, when set, count requests, throttling and token refreshes.
	Metrics *Metrics
	// PerMailbox is how many requests one mailbox has in flight at most;
	// 0 means 4, Graph's limit for Outlook resources.
	PerMailbox int
	// Budget is the requests a job centre's app may send per second, and
	// Burst how many at once; 0 means 100 a second and a burst of 200.
	// Graph allows 10,000 per app and mailbox in 10 minutes and far more
	// per app and tenant; the budget keeps one job centre's initial rounds
	// (a page per 100 events of every mailbox) from crowding out the
	// others, while 2,000 mailboxes polled every 2 minutes need ~17 a
	// second.
	Budget float64
	Burst  int
	// MaxWait is the longest one request waits for a Retry-After or a
	// backoff before it gives up as transient; 0 means 2 minutes.
	MaxWait time.Duration
	// Now is the clock of token expiry; nil means time.Now.
	Now func() time.Time

	mu        sync.Mutex
	tokensBy  map[string]*tokenSource
	mailboxes map[string]*mailbox
	budgets   map[string]*rate.Limiter
}

// mailbox is the per-mailbox state: at most PerMailbox requests in flight,
// and no request before notBefore (a Retry-After).
type mailbox struct {
	slots chan struct{}

	mu        sync.Mutex
	notBefore time.Time
}

func (a *Apps) now() time.Time {
	if a.Now != nil {
		return a.Now()
	}
	return time.Now()
}

func (a *Apps) client() *http.Client {
	if a.HTTPClient != nil {
		return a.HTTPClient
	}
	return defaultClient
}

var defaultClient = &http.Client{Timeout: 60 * time.Second}

func (a *Apps) maxWait() time.Duration {
	if a.MaxWait > 0 {
		return a.MaxWait
	}
	return 2 * time.Minute
}

// mailbox returns the state of the mailbox upn at the Graph root base.
func (a *Apps) mailbox(base, upn string) *mailbox {
	key := strings.TrimSuffix(base, "/") + "|" + strings.ToLower(upn)
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.mailboxes == nil {
		a.mailboxes = map[string]*mailbox{}
	}
	m := a.mailboxes[key]
	if m == nil {
		n := a.PerMailbox
		if n <= 0 {
			n = 4
		}
		m = &mailbox{slots: make(chan struct{}, n)}
		a.mailboxes[key] = m
	}
	return m
}

// budget returns the request budget of the job centre's app.
func (a *Apps) budget(key string) *rate.Limiter {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.budgets == nil {
		a.budgets = map[string]*rate.Limiter{}
	}
	l := a.budgets[key]
	if l == nil {
		r, b := a.Budget, a.Burst
		if r <= 0 {
			r = 100
		}
		if b <= 0 {
			b = 200
		}
		l = rate.NewLimiter(rate.Limit(r), b)
		a.budgets[key] = l
	}
	return l
}

// acquire takes one of m's slots (Connector.do waits out a Retry-After
// first).
func (m *mailbox) acquire(ctx context.Context) error {
	select {
	case m.slots <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	}
	return nil
}

func (m *mailbox) release() { <-m.slots }

// hold makes every request of the mailbox wait until t.
func (m *mailbox) hold(t time.Time) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if t.After(m.notBefore) {
		m.notBefore = t
	}
}

// wait is how long a request must still wait at now.
func (m *mailbox) wait(now time.Time) time.Duration {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.notBefore.Sub(now)
}
