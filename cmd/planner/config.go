package main

import (
	"fmt"
	"log/slog"
	"net"
	"net/url"
	"strings"
	"time"
)

// Config is the daemon's configuration, from PLANNER_* variables and flags.
type Config struct {
	// Addr is where the API listens (PLANNER_ADDR, default 127.0.0.1:8080).
	Addr string
	// Database is a PostgreSQL URL (postgres://…) or an SQLite file
	// (PLANNER_DATABASE_URL, default planner.db: the embedded mode).
	Database string
	// LogLevel is debug, info, warn or error (PLANNER_LOG_LEVEL, default info).
	LogLevel string
	// SyncInterval is how often serve pushes to and pulls every connected
	// advisor calendar (PLANNER_SYNC_INTERVAL, a Go duration, default 2m;
	// 0 turns the in-process sync off).
	SyncInterval string
	// JobnetURL is the Jobnet/DFDG endpoint summonses are pushed to
	// (PLANNER_JOBNET_URL, default none: Jobnet items wait, grey), with the
	// bearer token JobnetToken (PLANNER_JOBNET_TOKEN). See docs/jobnet.md.
	JobnetURL, JobnetToken string
}

// DefaultConfig returns the embedded defaults.
func DefaultConfig() Config {
	return Config{Addr: "127.0.0.1:8080", Database: "planner.db", LogLevel: "info", SyncInterval: "2m"}
}

// ConfigFromEnv reads PLANNER_* variables over the defaults.
func ConfigFromEnv(getenv func(string) string) Config {
	c := DefaultConfig()
	c.Addr = envOr(getenv, "PLANNER_ADDR", c.Addr)
	c.Database = envOr(getenv, "PLANNER_DATABASE_URL", c.Database)
	c.LogLevel = envOr(getenv, "PLANNER_LOG_LEVEL", c.LogLevel)
	c.SyncInterval = envOr(getenv, "PLANNER_SYNC_INTERVAL", c.SyncInterval)
	c.JobnetURL = getenv("PLANNER_JOBNET_URL")
	c.JobnetToken = getenv("PLANNER_JOBNET_TOKEN")
	return c
}

// Validate checks the configuration; errors name the variable.
func (c Config) Validate() error {
	if _, _, err := net.SplitHostPort(c.Addr); err != nil {
		return fmt.Errorf("PLANNER_ADDR %q: want host:port", c.Addr)
	}
	if c.Database == "" {
		return fmt.Errorf("PLANNER_DATABASE_URL: must not be empty")
	}
	if _, err := c.level(); err != nil {
		return err
	}
	if _, err := c.syncEvery(); err != nil {
		return err
	}
	if c.JobnetURL != "" {
		if u, err := url.Parse(c.JobnetURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return fmt.Errorf("PLANNER_JOBNET_URL %q: want an http(s) URL", c.JobnetURL)
		}
	}
	return nil
}

// syncEvery is SyncInterval as a duration.
func (c Config) syncEvery() (time.Duration, error) {
	if c.SyncInterval == "" || c.SyncInterval == "0" {
		return 0, nil
	}
	d, err := time.ParseDuration(c.SyncInterval)
	if err != nil || d < 0 || (d > 0 && d < time.Second) {
		return 0, fmt.Errorf("PLANNER_SYNC_INTERVAL %q: want a duration of at least 1s such as 2m, or 0", c.SyncInterval)
	}
	return d, nil
}

func (c Config) level() (slog.Level, error) {
	var l slog.Level
	if err := l.UnmarshalText([]byte(strings.ToUpper(c.LogLevel))); err != nil {
		return 0, fmt.Errorf("PLANNER_LOG_LEVEL %q: want debug, info, warn or error", c.LogLevel)
	}
	return l, nil
}

// postgres reports whether the database is PostgreSQL.
func (c Config) postgres() bool {
	return strings.HasPrefix(c.Database, "postgres://") || strings.HasPrefix(c.Database, "postgresql://")
}

// discardLogger is a logger for work whose logs nobody reads (demo seeding).
func discardLogger() *slog.Logger { return slog.New(slog.DiscardHandler) }
