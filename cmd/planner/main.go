// Command planner is the Planner daemon: the scheduling core behind Danish
// job centres' self-booking, with two-way sync of advisors' calendars.
//
// Usage:
//
//	planner demo [-addr host:port]
//	planner serve [-addr host:port] [-database URL-or-file]
//	planner worker [-database URL] [-redis URL]
//	planner migrate [-database URL-or-file]
//	planner jobcenter -name NAME -prefix NNNNN
//	planner jobcenter graph-app -jobcenter ID -tenant T -client C [-secret-file F | secret on stdin]
//	planner token -jobcenter ID -role ROLE -name NAME
//	planner secrets new-key | rotate [-new-key-file F]
//	planner sync -once [-database URL-or-file | -calendar URL -user NAME [-discover]]
//	planner version
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := NewMain(os.Stdout, os.Stderr).Run(ctx, os.Args[1:])
	stop()
	os.Exit(code)
}

// Main is the program: its output streams, its environment and its
// subcommands.
type Main struct {
	Stdout, Stderr io.Writer
	// Stdin is where a command reads a secret it is given (`jobcenter
	// graph-app`); nil means os.Stdin.
	Stdin io.Reader
	// Getenv reads the environment; nil means os.Getenv. Tests set it.
	Getenv func(string) string
}

func (m *Main) stdin() io.Reader {
	if m.Stdin != nil {
		return m.Stdin
	}
	return os.Stdin
}

func (m *Main) getenv() func(string) string {
	if m.Getenv != nil {
		return m.Getenv
	}
	return os.Getenv
}

// NewMain returns a Main writing to stdout and stderr.
func NewMain(stdout, stderr io.Writer) *Main { return &Main{Stdout: stdout, Stderr: stderr} }

// Run runs the subcommand named by args[0] and returns the exit code.
func (m *Main) Run(ctx context.Context, args []string) int {
	if len(args) == 0 {
		m.usage()
		return 2
	}
	switch args[0] {
	case "version":
		fmt.Fprintln(m.Stdout, "planner", Version())
		return 0
	case "serve", "worker", "demo", "migrate", "jobcenter", "token", "idp", "person", "accesslog", "marks", "sync", "secrets":
		run := map[string]func(context.Context, []string, func(string) string) error{
			"serve": m.runServe, "worker": m.runWorker, "demo": m.runDemo, "migrate": m.runMigrate, "jobcenter": m.runJobcenter,
			"token": m.runToken, "idp": m.runIdP, "person": m.runPerson, "accesslog": m.runAccessLog, "marks": m.runMarks, "sync": m.runSync, "secrets": m.runSecrets,
		}[args[0]]
		if err := run(ctx, args[1:], m.getenv()); err != nil {
			fmt.Fprintf(m.Stderr, "planner %s: %v\n", args[0], err)
			return 1
		}
		return 0
	case "help", "-h", "--help":
		m.usage()
		return 0
	}
	fmt.Fprintf(m.Stderr, "planner: unknown command %q\n", args[0])
	m.usage()
	return 2
}

func (m *Main) usage() {
	fmt.Fprint(m.Stderr, `Usage: planner <command>

Commands:
  demo      the embedded mode with a demo job centre on a fresh database; prints tokens and where to look
  serve     run the HTTP API (embedded SQLite planner.db unless PLANNER_DATABASE_URL says otherwise) and,
            without PLANNER_REDIS_URL, the background tasks in-process
  worker    run the background tasks from Redis (PLANNER_REDIS_URL): calendar pulls and pushes, Jobnet, mail,
            the sweeper and the nightly report; metrics on PLANNER_METRICS_ADDR
  migrate   bring the database schema up to date (PostgreSQL or SQLite)
  jobcenter create a job centre (the tenant) and print its id; "jobcenter graph-app" sets its Microsoft Graph
            app registration (tenant, client id; the secret from stdin or -secret-file, never a flag)
  token     create an API token for a job centre and print its secret once; "token list" lists a job centre's
            tokens, "token revoke -id N" revokes one (the API and every UI session made with it refuse it at once)
  idp       add, list or remove a job centre's identity providers (OpenID Connect or SAML) with their role map:
            "idp add -jobcenter 1 -name 'Glostrup Kommune' -issuer URL -client ID -role planner-advisors=advisor"
            (the client secret from stdin or -secret-file, never a flag)
  person    list the people who signed in through a job centre's providers; disable or enable one (-id N)
  accesslog verify: check the chain of every job centre's access log of citizens' data (-jobcenter N: one);
            fails naming the first entry changed, removed or moved
  marks     import: read the state and region person-group marks from the Jobnet/DFDG endpoint now (the
            worker does it nightly)
  secrets   new-key: print a fresh key; rotate: seal every stored credential again under a new key
  sync      -once: push to and pull every connected calendar (or -calendar URL: pull one), print a summary
  version   print the version and exit

Environment: PLANNER_ADDR (default 127.0.0.1:8080), PLANNER_DATABASE_URL (default planner.db),
PLANNER_LOG_LEVEL (default info), PLANNER_SYNC_INTERVAL (each calendar's pull cadence, default 2m; 0 turns
serve's embedded worker off), PLANNER_REDIS_URL (the task queue on Redis), PLANNER_WORKERS (tasks at once,
default 8), PLANNER_SWEEP_INTERVAL (default 10s), PLANNER_REPORT_AT (nightly report, default 04:00),
PLANNER_METRICS_ADDR (worker, default 127.0.0.1:9091), PLANNER_CALDAV_PASSWORD (sync -calendar),
PLANNER_JOBNET_URL and PLANNER_JOBNET_TOKEN (the Jobnet/DFDG endpoint; unset: Jobnet items wait),
PLANNER_SMTP_HOST, _PORT (587), _USER, _PASSWORD, _FROM, _TLS (starttls, opportunistic, none; unset host:
mails wait), PLANNER_MAIL_LANG (da or en), PLANNER_PORTAL_URL (older name of PLANNER_PUBLIC_URL for the mails' links), PLANNER_SECRET_KEY or PLANNER_SECRET_KEY_FILE
(the key sealing stored credentials; required with PostgreSQL; SQLite's default is <database>.key, generated
0600), PLANNER_PUBLIC_URL (the address staff reach Planner at), PLANNER_TOKEN_SIGNIN=on (keep the token
sign-in beside identity providers), PLANNER_SAML_CERT and PLANNER_SAML_KEY (the SAML service provider's
PEM files; comma-separated, new first, during a rollover). "planner <command> -h" lists a command's flags.
  help      show this help
`)
}

// Version returns the module version, or the VCS revision of a local build.
func Version() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "unknown"
	}
	if v := bi.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	for _, s := range bi.Settings {
		if s.Key == "vcs.revision" {
			return "devel+" + s.Value[:min(12, len(s.Value))]
		}
	}
	return "devel"
}
