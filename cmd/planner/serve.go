package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"github.com/planner-dk/planner/planner"
	"github.com/planner-dk/planner/planner/httpapi"
	"github.com/planner-dk/planner/planner/session"
	calsync "github.com/planner-dk/planner/sync"
	"github.com/planner-dk/planner/web"
)

// runServe runs the API until ctx is cancelled (SIGTERM, SIGINT), then
// drains open requests for up to 20 seconds and returns nil.
func (m *Main) runServe(ctx context.Context, args []string, getenv func(string) string) error {
	return m.serve(ctx, nil, args, getenv)
}

// citizenPages open the UI's citizens' pages: the demo's Jobnet stand-in,
// acting with the portal's token for a citizen picked from the list.
type citizenPages struct {
	token    string
	citizens []web.DemoCitizen
}

// serve is runServe, with the citizens' pages when portal is not nil.
func (m *Main) serve(ctx context.Context, portal *citizenPages, args []string, getenv func(string) string) error {
	c := ConfigFromEnv(getenv)
	fs := m.flags("serve", &c)
	fs.StringVar(&c.Addr, "addr", c.Addr, "listen address; env PLANNER_ADDR")
	if err := fs.Parse(args); err != nil {
		return err
	}
	db, logger, err := m.open(ctx, c)
	if err != nil {
		return err
	}
	defer db.close()
	svc := planner.NewService(db, logger)
	ln, err := net.Listen("tcp", c.Addr)
	if err != nil {
		return err
	}
	reg := registry()
	api := httpapi.New(svc, db, logger, reg)
	api.Sessions = session.New(db.keys, db)
	samlKeys, err := c.samlKeys()
	if err != nil {
		return err
	}
	ui := web.Options{API: api, Store: db, Sessions: api.Sessions, Logger: logger,
		PublicURL: c.PublicURL, TokenSignIn: c.TokenSignIn, SAMLKeys: samlKeys}
	if portal != nil {
		ui.PortalToken, ui.DemoCitizens = portal.token, portal.citizens
	}
	handler, err := web.New(ui)
	if err != nil {
		return err
	}
	// the background work: in-process when there is no Redis (the embedded
	// mode), else only enqueued here and run by `planner worker`s
	every, _ := c.syncEvery()
	runs := every > 0 && c.RedisURL == ""
	var w *work
	if runs || c.RedisURL != "" {
		if w, err = newWork(c, db, logger, reg, runs); err != nil {
			return err
		}
		api.AfterWrite = w.nudge
	} else {
		reg.MustRegister(calsync.NewHealthCollector(db, nil))
	}
	srv := &http.Server{
		Handler:           handler,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       2 * time.Minute,
	}
	fmt.Fprintf(m.Stdout, "planner: serving the UI and the API on http://%s (database %s)\n", ln.Addr(), c.redactedDatabase())
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	if w != nil {
		if runs {
			if err := w.run(ctx, c); err != nil {
				return err
			}
		}
		defer w.wait() // the tasks under way finish
	}
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	logger.Info("Shutting down", "grace", "20s")
	shutdown, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		return err
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// flags are the settings serve and worker share.
func (m *Main) flags(name string, c *Config) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	fs.StringVar(&c.Database, "database", c.Database, "PostgreSQL URL or SQLite file; env PLANNER_DATABASE_URL")
	fs.StringVar(&c.LogLevel, "log-level", c.LogLevel, "debug, info, warn or error; env PLANNER_LOG_LEVEL")
	fs.StringVar(&c.SyncInterval, "sync-interval", c.SyncInterval, "each advisor calendar's pull cadence; 0 turns serve's embedded worker off; env PLANNER_SYNC_INTERVAL")
	fs.StringVar(&c.JobnetURL, "jobnet-url", c.JobnetURL, "the Jobnet/DFDG endpoint summonses are pushed to; env PLANNER_JOBNET_URL")
	fs.StringVar(&c.JobnetToken, "jobnet-token", c.JobnetToken, "bearer token for the Jobnet endpoint; env PLANNER_JOBNET_TOKEN")
	fs.StringVar(&c.RedisURL, "redis", c.RedisURL, "Redis for the task queue (redis://host:port/db); env PLANNER_REDIS_URL")
	fs.IntVar(&c.Workers, "workers", c.Workers, "tasks run at once; env PLANNER_WORKERS")
	fs.StringVar(&c.SweepInterval, "sweep-interval", c.SweepInterval, "how often due work is looked for; env PLANNER_SWEEP_INTERVAL")
	fs.StringVar(&c.PublicURL, "public-url", c.PublicURL, "the address staff reach Planner at (identity providers' callbacks); env PLANNER_PUBLIC_URL")
	fs.BoolVar(&c.TokenSignIn, "token-signin", c.TokenSignIn, "keep the sign-in with an API token open beside the identity providers; env PLANNER_TOKEN_SIGNIN=on")
	fs.StringVar(&c.SAMLCert, "saml-cert", c.SAMLCert, "SAML service provider certificate(s), PEM, comma-separated (new first); env PLANNER_SAML_CERT")
	fs.StringVar(&c.SAMLKey, "saml-key", c.SAMLKey, "their private key(s), PEM, in the same order; env PLANNER_SAML_KEY")
	return fs
}

// registry is the process's metrics registry, with the Go and process
// collectors.
func registry() *prometheus.Registry {
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return reg
}

// redactedDatabase hides a PostgreSQL URL's password.
func (c Config) redactedDatabase() string {
	if !c.postgres() {
		return c.Database
	}
	at := -1
	for i := len("postgres://"); i < len(c.Database); i++ {
		if c.Database[i] == '@' {
			at = i
			break
		}
	}
	if at < 0 {
		return c.Database
	}
	return "postgres://<redacted>" + c.Database[at:]
}
