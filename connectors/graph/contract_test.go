package graph_test

import (
	"fmt"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/planner-dk/planner/connectors/graph"
	"github.com/planner-dk/planner/connectors/graph/graphtest"
	calsync "github.com/planner-dk/planner/sync"
	"github.com/planner-dk/planner/sync/synctest"
)

const (
	tenant       = "glostrup.onmicrosoft.com"
	client       = "9f1c2d3e-0000-4000-8000-000000000001"
	clientSecret = "s3cr3t~value"
)

var mailboxes atomic.Int64

// double starts a Graph double with the job centre's app registered.
func double(t testing.TB) *graphtest.Server {
	t.Helper()
	srv, err := graphtest.New(graphtest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(srv.Close)
	srv.AddApp(tenant, client, clientSecret)
	return srv
}

// newMailbox adds a mailbox of its own to srv.
func newMailbox(srv *graphtest.Server) string {
	upn := fmt.Sprintf("vejleder%d@glostrup.dk", mailboxes.Add(1))
	srv.AddMailbox(tenant, upn)
	return upn
}

func connector(t testing.TB, srv *graphtest.Server, apps *graph.Apps, upn, secret string) *graph.Connector {
	t.Helper()
	c, err := graph.New(graph.Config{Apps: apps, App: graph.App{TenantID: tenant, ClientID: client, Secret: secret, TokenURL: srv.TokenURL(tenant)},
		Jobcenter: "1", GraphURL: srv.GraphURL(), Mailbox: upn})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestContract runs the connector contract every sync.Connector passes
// against the Graph double.
func TestContract(t *testing.T) {
	srv := double(t)
	synctest.Run(t, synctest.Harness{
		New: func(t *testing.T) calsync.Connector {
			return connector(t, srv, nil, newMailbox(srv), clientSecret)
		},
		Unauthorized: func(t *testing.T) calsync.Connector {
			return connector(t, srv, nil, newMailbox(srv), "wrong")
		},
		StaleCursor: func(cursor string) string {
			// the same form with a delta token the double never issued
			i := strings.Index(cursor, "$deltatoken=")
			if i < 0 {
				t.Fatalf("cursor %q holds no delta token", cursor)
			}
			return cursor[:i] + "$deltatoken=bm90LWlzc3VlZA"
		},
		ForeignUIDs: true,
	})
}
