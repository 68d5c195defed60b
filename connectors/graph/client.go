package graph

import (
	"bytes"
	"context"
	crand "crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"strconv"
	"strings"
	"time"

	calsync "github.com/planner-dk/planner/sync"
)

// request is one Graph call.
type request struct {
	method string
	url    string // absolute
	body   any    // sent as JSON when not nil
	header map[string]string
	// pageSize asks for pages of at most this many items
	// (Prefer: odata.maxpagesize).
	pageSize int
}

// response is a Graph answer read whole.
type response struct {
	status int
	header http.Header
	body   []byte
}

// maxBody bounds what one answer may hold: a delta page of 1,000 events is
// well below it.
const maxBody = 16 << 20

// maxAttempts bounds the tries of one request through throttling, a
// refreshed token and dropped connections.
const maxAttempts = 6

// do sends r on behalf of the connector's mailbox: within the job centre's
// budget, at most Apps.PerMailbox at once, never before a Retry-After runs
// out, with a token refreshed once when Graph calls it invalid. A POST is
// retried only where Graph did not run it (429); after a 5xx or a dropped
// connection its outcome is unknown, so the engine's next attempt looks the
// event up by Planner's marker first.
func (c *Connector) do(ctx context.Context, r request) (*response, error) {
	apps, mb := c.apps, c.mailbox
	var waited time.Duration
	refreshed := false
	for attempt := 0; ; attempt++ {
		if d := mb.wait(apps.now()); d > 0 {
			if waited+d > apps.maxWait() {
				return nil, fmt.Errorf("graph: %s: throttled for %s more: %w", r.method, d.Round(time.Second), calsync.ErrTransient)
			}
			apps.Metrics.throttleWait(d)
			if err := sleep(ctx, d); err != nil {
				return nil, err
			}
			waited += d
		}
		start := time.Now()
		if err := c.budget.Wait(ctx); err != nil {
			return nil, err
		}
		apps.Metrics.budgetWait(time.Since(start))
		tok, err := c.tokens.get(ctx)
		if err != nil {
			return nil, err
		}
		resp, err := c.send(ctx, r, tok)
		if err != nil {
			apps.Metrics.request("error")
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			if r.method == http.MethodPost || attempt >= 2 {
				return nil, fmt.Errorf("graph: %s: %s: %w", r.method, redactURL(err), calsync.ErrTransient)
			}
			d := backoff(attempt)
			mb.hold(apps.now().Add(d))
			continue
		}
		apps.Metrics.request(strconv.Itoa(resp.status))
		switch {
		case resp.status == http.StatusUnauthorized && !refreshed && errorCode(resp.body) == "InvalidAuthenticationToken":
			// an expired or revoked token: one new one, then believe it
			c.tokens.invalidate(tok)
			apps.Metrics.refresh()
			refreshed = true
			continue
		case resp.status == http.StatusTooManyRequests || resp.status == http.StatusServiceUnavailable || resp.status == http.StatusGatewayTimeout:
			apps.Metrics.throttled(resp.status)
			if resp.status != http.StatusTooManyRequests && r.method == http.MethodPost || attempt+1 >= maxAttempts {
				return nil, statusErr(r.method, resp)
			}
			d, ok := retryAfter(resp.header)
			if !ok {
				d = backoff(attempt)
			}
			mb.hold(apps.now().Add(d))
			continue
		}
		return resp, nil
	}
}

// send makes one HTTP round trip in one of the mailbox's slots.
func (c *Connector) send(ctx context.Context, r request, tok string) (*response, error) {
	var body io.Reader
	if r.body != nil {
		b, err := json.Marshal(r.body)
		if err != nil {
			return nil, fmt.Errorf("graph: encode request: %w", err)
		}
		body = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, r.method, r.url, body)
	if err != nil {
		return nil, fmt.Errorf("graph: request: %w", err)
	}
	req.Header.Set("Authorization", "Bearer "+tok)
	prefer := []string{`IdType="ImmutableId"`, `outlook.timezone="UTC"`}
	if r.pageSize > 0 {
		prefer = append(prefer, "odata.maxpagesize="+strconv.Itoa(r.pageSize))
	}
	req.Header.Set("Prefer", strings.Join(prefer, ", "))
	req.Header.Set("Accept", "application/json")
	req.Header.Set("client-request-id", requestID())
	if r.body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	for k, v := range r.header {
		req.Header.Set(k, v)
	}
	if err := c.mailbox.acquire(ctx); err != nil {
		return nil, err
	}
	defer c.mailbox.release()
	resp, err := c.apps.client().Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, maxBody+1))
	if err != nil {
		return nil, err
	}
	if len(b) > maxBody {
		return nil, fmt.Errorf("graph: answer larger than %d bytes: %w", maxBody, calsync.ErrMalformed)
	}
	return &response{status: resp.StatusCode, header: resp.Header, body: b}, nil
}

// retryAfter reads a Retry-After of seconds (Graph's form) or an HTTP date.
func retryAfter(h http.Header) (time.Duration, bool) {
	v := strings.TrimSpace(h.Get("Retry-After"))
	if v == "" {
		return 0, false
	}
	if n, err := strconv.Atoi(v); err == nil && n >= 0 {
		return time.Duration(n) * time.Second, true
	}
	if t, err := http.ParseTime(v); err == nil {
		return max(time.Until(t), 0), true
	}
	return 0, false
}

// backoff is the wait before attempt+1 when Graph named none: 1, 2, 4, …
// seconds up to 32, with a quarter of jitter.
func backoff(attempt int) time.Duration {
	d := time.Second << min(attempt, 5)
	return d - time.Duration(rand.Int64N(int64(d/4)))
}

func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func requestID() string {
	var b [16]byte
	_, _ = crand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// graphError is Graph's error envelope.
type graphError struct {
	Error struct {
		Code       string `json:"code"`
		Message    string `json:"message"`
		InnerError struct {
			RequestID string `json:"request-id"`
		} `json:"innerError"`
	} `json:"error"`
}

func errorCode(body []byte) string {
	var e graphError
	if json.Unmarshal(body, &e) != nil {
		return ""
	}
	return e.Error.Code
}

// statusErr turns an unsuccessful answer into an error of the kind the
// engine decides by, with Graph's code, message and request id (for a
// support case), never the URL's query.
func statusErr(method string, resp *response) error {
	var e graphError
	_ = json.Unmarshal(resp.body, &e)
	code, msg := e.Error.Code, firstLine(e.Error.Message)
	kind := calsync.ErrMalformed
	switch {
	case strings.EqualFold(code, "syncStateNotFound") || code == "resyncRequired" || resp.status == http.StatusGone:
		kind = calsync.ErrInvalidCursor
	case resp.status == http.StatusUnauthorized || resp.status == http.StatusForbidden:
		kind = calsync.ErrAuth
	case resp.status == http.StatusNotFound:
		kind = calsync.ErrNotFound
	case resp.status == http.StatusPreconditionFailed || resp.status == http.StatusConflict:
		kind = calsync.ErrPrecondition
	case resp.status == http.StatusTooManyRequests || resp.status >= 500 || resp.status == http.StatusRequestTimeout:
		kind = calsync.ErrTransient
	case resp.status >= 400:
		kind = errRefused
	}
	detail := strconv.Itoa(resp.status)
	if code != "" {
		detail += " " + code
	}
	if msg != "" {
		detail += ": " + msg
	}
	if id := e.Error.InnerError.RequestID; id != "" {
		detail += " (request-id " + id + ")"
	}
	return fmt.Errorf("graph: %s: HTTP %s: %w", method, detail, kind)
}

// errRefused: Graph refused a request as bad (a 400 other than an expired
// delta token): a retry would be refused again.
var errRefused = errors.New("graph: request refused")
