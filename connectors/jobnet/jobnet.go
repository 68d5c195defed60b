// Package jobnet pushes summonses to Jobnet/DFDG under the contract in
// docs/jobnet.md: PUT to create or move, DELETE to cancel, one idempotency
// key per change. An answer is classed for the outbox: accepted (done),
// rejected with Jobnet's reason (failed, red), or transient (retried, grey).
package jobnet

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// Errors a push returns.
var (
	// ErrRejected: Jobnet refused the change (4xx); a retry will not help.
	ErrRejected = errors.New("jobnet: change rejected")
	// ErrTransient: Jobnet could not take the change now (429, 5xx,
	// timeouts, refused connections); retry later.
	ErrTransient = errors.New("jobnet: transient failure")
)

// Rejection is a 4xx answer with Jobnet's reason; it unwraps to ErrRejected.
type Rejection struct {
	Status int
	Reason string // Jobnet's problem detail; holds no CPR of ours
}

// Error implements error.
func (r *Rejection) Error() string {
	return fmt.Sprintf("jobnet: rejected (%d): %s", r.Status, r.Reason)
}

// Unwrap returns ErrRejected.
func (r *Rejection) Unwrap() error { return ErrRejected }

// Summons is the body of a PUT (docs/jobnet.md).
type Summons struct {
	Number          string    `json:"number"`
	Jobcentre       Jobcentre `json:"jobcentre"`
	Citizen         Citizen   `json:"citizen"`
	Meeting         Meeting   `json:"meeting"`
	HoldingDeadline string    `json:"holdingDeadline,omitempty"`
	Version         int64     `json:"version"`
}

// Jobcentre names the job centre.
type Jobcentre struct {
	Prefix int    `json:"prefix"`
	Name   string `json:"name"`
}

// Citizen is whom Jobnet shows the summons to. CPR holds the ten digits;
// it is sent to Jobnet and nowhere else.
type Citizen struct {
	CPR string `json:"cpr"`
}

// Meeting is the meeting the summons is for.
type Meeting struct {
	Start    time.Time `json:"start"`
	End      time.Time `json:"end"`
	Title    string    `json:"title"`
	Type     string    `json:"type"`
	Form     string    `json:"form"`
	Channel  string    `json:"channel"`
	Location string    `json:"location,omitempty"`
	// Caller is who calls on a phone meeting ("advisor_calls" or
	// "citizen_calls"); Phone the number the citizen calls.
	Caller string `json:"caller,omitempty"`
	Phone  string `json:"phone,omitempty"`
}

// Client pushes to one Jobnet endpoint. It is safe for concurrent use.
type Client struct {
	base  *url.URL
	token string
	hc    *http.Client
}

// New returns a client for the endpoint at baseURL; hc nil uses one that
// bounds each request to 30 s.
func New(baseURL, token string, hc *http.Client) (*Client, error) {
	u, err := url.Parse(strings.TrimSuffix(baseURL, "/"))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("jobnet: endpoint %q is not an http(s) URL", baseURL)
	}
	if hc == nil {
		hc = &http.Client{Timeout: 30 * time.Second}
	}
	return &Client{base: u, token: token, hc: hc}, nil
}

// Put creates or moves a summons. key identifies the change (one per sync
// item), so a retry is never applied twice.
func (c *Client) Put(ctx context.Context, key string, s Summons) error {
	body, err := json.Marshal(s)
	if err != nil {
		return fmt.Errorf("jobnet: encode summons: %w", err)
	}
	return c.do(ctx, http.MethodPut, s.Number, key, body)
}

// Cancel cancels a summons; a summons Jobnet does not know (404) counts as
// cancelled.
func (c *Client) Cancel(ctx context.Context, key, number string) error {
	err := c.do(ctx, http.MethodDelete, number, key, nil)
	var r *Rejection
	if errors.As(err, &r) && r.Status == http.StatusNotFound {
		return nil
	}
	return err
}

func (c *Client) do(ctx context.Context, method, number, key string, body []byte) error {
	u := *c.base
	u.Path += "/v1/summonses/" + url.PathEscape(number)
	req, err := http.NewRequestWithContext(ctx, method, u.String(), bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("jobnet: %s summons %s: %w", method, number, err)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	req.Header.Set("Idempotency-Key", key)
	if c.token != "" {
		req.Header.Set("Authorization", "Bearer "+c.token)
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return fmt.Errorf("jobnet: %s summons %s: %w: %w", method, number, ErrTransient, err)
	}
	defer resp.Body.Close()
	detail, _ := io.ReadAll(io.LimitReader(resp.Body, 16<<10))
	switch s := resp.StatusCode; {
	case s >= 200 && s < 300:
		return nil
	case s == http.StatusTooManyRequests || s >= 500:
		return fmt.Errorf("jobnet: %s summons %s: %d: %w", method, number, s, ErrTransient)
	default:
		return &Rejection{Status: s, Reason: reason(detail, s)}
	}
}

// reason reads a problem+json detail (or title), else the status text.
func reason(body []byte, status int) string {
	var p struct {
		Title  string `json:"title"`
		Detail string `json:"detail"`
	}
	if json.Unmarshal(body, &p) == nil {
		if p.Detail != "" {
			return truncate(p.Detail)
		}
		if p.Title != "" {
			return truncate(p.Title)
		}
	}
	return http.StatusText(status)
}

func truncate(s string) string {
	if len(s) > 300 {
		return s[:300]
	}
	return s
}
