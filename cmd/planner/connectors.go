package main

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/planner-dk/planner/connectors/caldav"
	"github.com/planner-dk/planner/connectors/graph"
	"github.com/planner-dk/planner/planner"
	calsync "github.com/planner-dk/planner/sync"
)

// countingTransport counts the HTTP requests of every connector it serves,
// for the summaries of `planner sync`.
type countingTransport struct {
	next http.RoundTripper
	n    atomic.Int64
}

// RoundTrip implements http.RoundTripper.
func (t *countingTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	t.n.Add(1)
	return t.next.RoundTrip(r)
}

// graphApps is where a job centre's Microsoft Graph app registration is
// read: the store.
type graphApps interface {
	FindGraphApp(ctx context.Context, jc planner.JobcenterID) (planner.GraphApp, error)
}

// appTTL is how long a job centre's Graph app registration is used before
// it is read again, so a new secret takes effect within a minute without a
// query per pull.
const appTTL = 30 * time.Second

// connectors makes the connector of an advisor's calendar; all share one
// HTTP client (TLS verified, 60 s per request) that counts requests, what
// is known of which CalDAV server answers where, and the Graph tokens,
// mailbox limits and request budgets.
type connectors struct {
	transport *countingTransport
	client    *http.Client
	servers   *caldav.Servers
	graph     *graph.Apps
	apps      graphApps // nil: Graph calendars cannot be connected

	mu     sync.Mutex
	cached map[planner.JobcenterID]cachedApp
}

type cachedApp struct {
	app planner.GraphApp
	err error
	at  time.Time
}

// maxIdlePerHost is how many idle connections a process keeps to one
// calendar host. Exchange Online is one host (graph.microsoft.com) for every
// mailbox, and a CalDAV server one for its users, so the standard library's
// 2 would close and reopen (a TLS handshake each) the connections of all but
// two of the worker's concurrent pulls: the scale run saw about 7 % of its
// requests open a connection with 2.
const maxIdlePerHost = 64

// newConnectors makes the connectors of a process; apps reads Graph app
// registrations (nil where only CalDAV is reached), reg registers the Graph
// metrics (nil: not counted).
func newConnectors(apps graphApps, reg prometheus.Registerer) *connectors {
	base := http.DefaultTransport.(*http.Transport).Clone()
	base.MaxIdleConnsPerHost = maxIdlePerHost
	t := &countingTransport{next: base}
	client := &http.Client{Transport: t, Timeout: 60 * time.Second}
	g := &graph.Apps{HTTPClient: client}
	if reg != nil {
		g.Metrics = graph.NewMetrics(reg)
	}
	return &connectors{transport: t, client: client, servers: &caldav.Servers{}, graph: g, apps: apps,
		cached: map[planner.JobcenterID]cachedApp{}}
}

// connect implements sync.Engine.Connect.
func (c *connectors) connect(a planner.Advisor) (calsync.Connector, error) {
	switch a.Calendar.Kind {
	case planner.CalDAV:
		return caldav.New(caldav.Config{URL: a.Calendar.URL, Username: a.Calendar.Username, Password: a.Calendar.Secret, HTTPClient: c.client, Servers: c.servers})
	case planner.Graph:
		app, err := c.graphApp(a.JobcenterID)
		if errors.Is(err, planner.ErrNotFound) {
			return nil, fmt.Errorf("advisor %d: the job centre has no Microsoft Graph app registration: %w", a.ID, calsync.ErrAuth)
		}
		if err != nil {
			return nil, fmt.Errorf("advisor %d: %w", a.ID, err)
		}
		root := a.Calendar.URL
		if root == "" {
			root = app.GraphURL
		}
		return graph.New(graph.Config{Apps: c.graph, Jobcenter: strconv.FormatInt(int64(a.JobcenterID), 10),
			App:      graph.App{TenantID: app.TenantID, ClientID: app.ClientID, Secret: app.Secret, TokenURL: app.TokenURL},
			GraphURL: root, Mailbox: a.Calendar.Username})
	}
	return nil, fmt.Errorf("advisor %d: no calendar connected", a.ID)
}

// graphApp reads the job centre's app registration, at most every appTTL.
func (c *connectors) graphApp(jc planner.JobcenterID) (planner.GraphApp, error) {
	if c.apps == nil {
		return planner.GraphApp{}, errors.New("this command reaches no Microsoft Graph calendar")
	}
	c.mu.Lock()
	hit, ok := c.cached[jc]
	c.mu.Unlock()
	if ok && time.Since(hit.at) < appTTL {
		return hit.app, hit.err
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	app, err := c.apps.FindGraphApp(ctx, jc)
	if err == nil || errors.Is(err, planner.ErrNotFound) {
		c.mu.Lock()
		c.cached[jc] = cachedApp{app: app, err: err, at: time.Now()}
		c.mu.Unlock()
	}
	return app, err
}
