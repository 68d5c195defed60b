package jobnet

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"

	"github.com/planner-dk/planner/planner"
)

// Mark is a person-group mark as the national data hub lists it
// (docs/jobnet.md, "Person-group marks"): projects owned by the state or a
// region. The hub's job-centre marks are not imported; a job centre keeps
// its own in Planner.
type Mark struct {
	Code         string `json:"code"`
	Name         string `json:"name"`
	Level        string `json:"level"` // "state" or "region"
	Region       string `json:"region,omitempty"`
	BindsAdvisor bool   `json:"bindsAdvisor"`
}

// Planner returns the mark as Planner keeps it.
func (m Mark) Planner() planner.Mark {
	return planner.Mark{Code: m.Code, Name: m.Name, Level: planner.MarkLevel(m.Level), Region: m.Region, BindsAdvisor: m.BindsAdvisor}
}

// markList is the hub's answer.
type markList struct {
	Marks []Mark `json:"marks"`
}

// Marks reads the state and region person-group marks the hub lists.
func (c *Client) Marks(ctx context.Context) ([]Mark, error) {
	u := *c.base
	u.Path += "/v1/person-group-marks"
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("jobnet: marks: %w", err)
	}
	req.Header.Set("Accept", "application/json")
	if c.token != "" {
		req.Header.Set("Authorization", "Bearer "+c.token)
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, fmt.Errorf("jobnet: marks: %w: %w", ErrTransient, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 8<<20))
	if err != nil {
		return nil, fmt.Errorf("jobnet: marks: %w: %w", ErrTransient, err)
	}
	switch s := resp.StatusCode; {
	case s == http.StatusTooManyRequests || s >= 500:
		return nil, fmt.Errorf("jobnet: marks: %d: %w", s, ErrTransient)
	case s < 200 || s >= 300:
		return nil, &Rejection{Status: s, Reason: reason(body, s)}
	}
	var list markList
	if err := json.Unmarshal(body, &list); err != nil {
		return nil, fmt.Errorf("jobnet: marks: the answer is not a mark list: %w", err)
	}
	return list.Marks, nil
}

// MarkImporter brings the hub's state and region marks into the store
// (nightly, and with `planner marks import`).
type MarkImporter struct {
	Store interface {
		ImportMarks(context.Context, []planner.Mark) (int, int, error)
	}
	Client *Client
	Logger *slog.Logger
}

// ErrNoEndpoint is an import without a Jobnet/DFDG endpoint configured.
var ErrNoEndpoint = errors.New("jobnet: no endpoint is configured (PLANNER_JOBNET_URL)")

// Run imports the marks once; it reports how many were added and changed.
// A mark the hub answers that Planner cannot keep (no code, another
// level) fails the whole import, so the register never holds half a list.
func (im *MarkImporter) Run(ctx context.Context) (added, changed int, err error) {
	if im.Client == nil {
		return 0, 0, ErrNoEndpoint
	}
	marks, err := im.Client.Marks(ctx)
	if err != nil {
		return 0, 0, err
	}
	out := make([]planner.Mark, len(marks))
	for i, m := range marks {
		out[i] = m.Planner()
	}
	added, changed, err = im.Store.ImportMarks(ctx, out)
	if err != nil {
		return 0, 0, fmt.Errorf("jobnet: import marks: %w", err)
	}
	level := slog.LevelDebug // nothing new is not news
	if added+changed > 0 {
		level = slog.LevelInfo
	}
	im.Logger.Log(ctx, level, "Person-group marks imported from DFDG", "listed", len(marks), "added", added, "changed", changed)
	return added, changed, nil
}
