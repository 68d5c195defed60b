// Command planner is the Planner daemon: the scheduling core behind Danish
// job centres' self-booking, with two-way sync of advisors' calendars.
//
// Usage:
//
//	planner version
//	planner migrate [-database URL-or-file]
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

// Main is the program: its output streams and its subcommands.
type Main struct {
	Stdout, Stderr io.Writer
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
	case "migrate":
		if err := m.runMigrate(ctx, args[1:], os.Getenv); err != nil {
			fmt.Fprintln(m.Stderr, "planner migrate:", err)
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
  version   print the version and exit
  migrate   bring the database schema up to date (PostgreSQL or SQLite)
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
