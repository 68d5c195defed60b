package main

import (
	"fmt"
	"log/slog"
	"net"
	"net/url"
	"strconv"
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
	// SyncInterval is each advisor calendar's pull cadence
	// (PLANNER_SYNC_INTERVAL, a Go duration, default 2m; the pulls are
	// staggered over it). 0 turns serve's embedded worker off.
	SyncInterval string
	// RedisURL (PLANNER_REDIS_URL, redis://host:port/db) puts the task
	// queue on Redis: serve then only enqueues, and `planner worker`
	// processes run the tasks. Unset: serve runs them in-process.
	RedisURL string
	// Workers is how many tasks a process runs at once (PLANNER_WORKERS,
	// default 8).
	Workers int
	// SweepInterval is how often the sweeper looks for due work
	// (PLANNER_SWEEP_INTERVAL, default 10s).
	SweepInterval string
	// ReportAt is when the nightly free-times report runs, HH:MM in
	// Europe/Copenhagen (PLANNER_REPORT_AT, default 04:00).
	ReportAt string
	// MetricsAddr is where a worker serves /metrics and /healthz
	// (PLANNER_METRICS_ADDR, default 127.0.0.1:9091).
	MetricsAddr string
	// SMTP is the mail server notifications go through (PLANNER_SMTP_HOST,
	// _PORT default 587, _USER, _PASSWORD, _FROM, _TLS starttls (default),
	// opportunistic or none). Unset host: mails wait in the outbox.
	SMTPHost, SMTPPort, SMTPUser, SMTPPassword, SMTPFrom, SMTPTLS string
	// MailLang is the notification mails' language, da or en
	// (PLANNER_MAIL_LANG, default da).
	MailLang string
	// PortalURL is the older name of PublicURL for the mails' links to an
	// offer's page (PLANNER_PORTAL_URL): used when PublicURL is not set.
	PortalURL string
	// JobnetURL is the Jobnet/DFDG endpoint summonses are pushed to
	// (PLANNER_JOBNET_URL, default none: Jobnet items wait, grey), with the
	// bearer token JobnetToken (PLANNER_JOBNET_TOKEN). See docs/jobnet.md.
	JobnetURL, JobnetToken string
	// SecretKey seals every stored credential (CalDAV passwords and tokens,
	// Graph client secrets) with AES-256-GCM: PLANNER_SECRET_KEY, the
	// base64 of 32 random bytes (`planner secrets new-key`), or
	// SecretKeyFile (PLANNER_SECRET_KEY_FILE), a file holding it. Neither
	// set: with SQLite, the key in the file <database>.key, generated with
	// 0600 permissions on first start; with PostgreSQL, an error. See
	// docs/operations.md.
	SecretKey, SecretKeyFile string
	// PublicURL is the address staff reach Planner at, e.g.
	// https://planner.glostrup.dk (PLANNER_PUBLIC_URL): the identity
	// providers' callbacks and Planner's SAML entity IDs are under it.
	// Unset: each request's own scheme and host (fine on one address).
	PublicURL string
	// TokenSignIn keeps the sign-in with an API token open although
	// identity providers are configured (PLANNER_TOKEN_SIGNIN=on).
	TokenSignIn bool
	// SAMLCert and SAMLKey are the SAML service provider's certificate and
	// key, PEM files (PLANNER_SAML_CERT, PLANNER_SAML_KEY); during a
	// rollover each is a comma-separated list, the new one first.
	SAMLCert, SAMLKey string
}

// DefaultConfig returns the embedded defaults.
func DefaultConfig() Config {
	return Config{Addr: "127.0.0.1:8080", Database: "planner.db", LogLevel: "info", SyncInterval: "2m",
		Workers: 8, SweepInterval: "10s", ReportAt: "04:00", MetricsAddr: "127.0.0.1:9091", SMTPPort: "587", MailLang: "da"}
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
	c.RedisURL = getenv("PLANNER_REDIS_URL")
	if n, err := strconv.Atoi(getenv("PLANNER_WORKERS")); err == nil {
		c.Workers = n
	} else if getenv("PLANNER_WORKERS") != "" {
		c.Workers = -1 // Validate names it
	}
	c.SweepInterval = envOr(getenv, "PLANNER_SWEEP_INTERVAL", c.SweepInterval)
	c.ReportAt = envOr(getenv, "PLANNER_REPORT_AT", c.ReportAt)
	c.MetricsAddr = envOr(getenv, "PLANNER_METRICS_ADDR", c.MetricsAddr)
	c.SMTPHost = getenv("PLANNER_SMTP_HOST")
	c.SMTPPort = envOr(getenv, "PLANNER_SMTP_PORT", c.SMTPPort)
	c.SMTPUser = getenv("PLANNER_SMTP_USER")
	c.SMTPPassword = getenv("PLANNER_SMTP_PASSWORD")
	c.SMTPFrom = getenv("PLANNER_SMTP_FROM")
	c.SMTPTLS = getenv("PLANNER_SMTP_TLS")
	c.MailLang = envOr(getenv, "PLANNER_MAIL_LANG", c.MailLang)
	c.PortalURL = getenv("PLANNER_PORTAL_URL")
	c.SecretKey = getenv("PLANNER_SECRET_KEY")
	c.SecretKeyFile = getenv("PLANNER_SECRET_KEY_FILE")
	c.PublicURL = getenv("PLANNER_PUBLIC_URL")
	c.TokenSignIn = getenv("PLANNER_TOKEN_SIGNIN") == "on"
	c.SAMLCert = getenv("PLANNER_SAML_CERT")
	c.SAMLKey = getenv("PLANNER_SAML_KEY")
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
	if err := c.validateSecretKey(); err != nil {
		return err
	}
	if c.PublicURL != "" {
		if u, err := url.Parse(c.PublicURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || (u.Path != "" && u.Path != "/") {
			return fmt.Errorf("PLANNER_PUBLIC_URL %q: want the http(s) address Planner is reached at, without a path", c.PublicURL)
		}
	}
	if _, err := c.samlKeys(); err != nil {
		return err
	}
	if c.JobnetURL != "" {
		if u, err := url.Parse(c.JobnetURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return fmt.Errorf("PLANNER_JOBNET_URL %q: want an http(s) URL", c.JobnetURL)
		}
	}
	return c.validateWork()
}

// validateWork checks the settings of the background work.
func (c Config) validateWork() error {
	if c.RedisURL != "" {
		if u, err := url.Parse(c.RedisURL); err != nil || (u.Scheme != "redis" && u.Scheme != "rediss") || u.Host == "" {
			return fmt.Errorf("PLANNER_REDIS_URL: want redis://host:port/db")
		}
	}
	if c.Workers < 1 || c.Workers > 256 {
		return fmt.Errorf("PLANNER_WORKERS: want a number from 1 to 256")
	}
	if d, err := time.ParseDuration(c.SweepInterval); err != nil || d < time.Second {
		return fmt.Errorf("PLANNER_SWEEP_INTERVAL %q: want a duration of at least 1s such as 10s", c.SweepInterval)
	}
	if _, err := time.Parse("15:04", c.ReportAt); err != nil {
		return fmt.Errorf("PLANNER_REPORT_AT %q: want HH:MM", c.ReportAt)
	}
	if _, _, err := net.SplitHostPort(c.MetricsAddr); err != nil {
		return fmt.Errorf("PLANNER_METRICS_ADDR %q: want host:port", c.MetricsAddr)
	}
	if c.SMTPHost != "" {
		if p, err := strconv.Atoi(c.SMTPPort); err != nil || p < 1 || p > 65535 {
			return fmt.Errorf("PLANNER_SMTP_PORT %q: want a port number", c.SMTPPort)
		}
		if c.SMTPFrom == "" {
			return fmt.Errorf("PLANNER_SMTP_FROM: must be set with PLANNER_SMTP_HOST")
		}
		switch c.SMTPTLS {
		case "", "starttls", "opportunistic", "none":
		default:
			return fmt.Errorf("PLANNER_SMTP_TLS %q: want starttls, opportunistic or none", c.SMTPTLS)
		}
	}
	if c.MailLang != "da" && c.MailLang != "en" {
		return fmt.Errorf("PLANNER_MAIL_LANG %q: want da or en", c.MailLang)
	}
	if c.PortalURL != "" {
		if u, err := url.Parse(c.PortalURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return fmt.Errorf("PLANNER_PORTAL_URL %q: want an http(s) URL", c.PortalURL)
		}
	}
	return nil
}

// uiURL is where the mails link to: the address staff reach Planner at.
func (c Config) uiURL() string {
	if c.PublicURL != "" {
		return c.PublicURL
	}
	return c.PortalURL
}

// sweepEvery is SweepInterval as a duration (validated).
func (c Config) sweepEvery() time.Duration {
	d, _ := time.ParseDuration(c.SweepInterval)
	return d
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
