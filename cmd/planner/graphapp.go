package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/planner-dk/planner/planner"
)

// runGraphApp is `planner jobcenter graph-app`: it sets a job centre's
// Microsoft Graph app registration (issue 12) and prints it without the
// secret. The secret comes from -secret-file or stdin, never from a flag,
// whose value would stay in the shell's history and the process list.
func (m *Main) runGraphApp(ctx context.Context, args []string, getenv func(string) string) error {
	c := ConfigFromEnv(getenv)
	fs := flag.NewFlagSet("jobcenter graph-app", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	fs.StringVar(&c.Database, "database", c.Database, "PostgreSQL URL or SQLite file; env PLANNER_DATABASE_URL")
	jc := fs.Int64("jobcenter", 0, "job centre id (required)")
	var app planner.GraphApp
	fs.StringVar(&app.TenantID, "tenant", "", "directory (tenant) id, a GUID, or a verified domain (required)")
	fs.StringVar(&app.ClientID, "client", "", "application (client) id, a GUID (required)")
	fs.StringVar(&app.TokenURL, "token-url", "", "token endpoint (default https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token)")
	fs.StringVar(&app.GraphURL, "graph-url", "", "Graph root (default https://graph.microsoft.com/v1.0)")
	secretFile := fs.String("secret-file", "", "file holding the client secret; without it the secret is read from stdin "+
		"(never give it as a flag: it would stay in the shell history); empty keeps the stored one")
	if err := fs.Parse(args); err != nil {
		return err
	}
	secret, err := m.readSecret(*secretFile)
	if err != nil {
		return err
	}
	app.Secret = secret
	db, err := openDatabase(ctx, c, m.cliLogger())
	if err != nil {
		return err
	}
	defer db.close()
	if err := db.SetGraphApp(ctx, planner.JobcenterID(*jc), app); err != nil {
		return fmt.Errorf("job centre %d: %w", *jc, err)
	}
	stored, err := db.FindGraphApp(ctx, planner.JobcenterID(*jc))
	if err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "job centre %d: Graph app tenant %s, client %s, secret stored: %t (never shown)\n",
		*jc, stored.TenantID, stored.ClientID, stored.HasSecret)
	if stored.TokenURL != "" || stored.GraphURL != "" {
		fmt.Fprintf(m.Stdout, "token URL %s, Graph URL %s\n", orDefault(stored.TokenURL), orDefault(stored.GraphURL))
	}
	return nil
}

// readSecret reads a secret's first line from file, or else from stdin
// (prompting on stderr when stdin is a terminal).
func (m *Main) readSecret(file string) (string, error) {
	var r io.Reader = m.stdin()
	if file != "" {
		f, err := os.Open(file)
		if err != nil {
			return "", fmt.Errorf("-secret-file: %w", err)
		}
		defer f.Close()
		r = f
	} else if f, ok := r.(*os.File); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
			fmt.Fprint(m.Stderr, "client secret (empty keeps the stored one): ")
		}
	}
	line, err := bufio.NewReader(r).ReadString('\n')
	if err != nil && !errors.Is(err, io.EOF) {
		return "", fmt.Errorf("read the secret: %w", err)
	}
	return strings.TrimRight(line, "\r\n"), nil
}

func orDefault(s string) string {
	if s == "" {
		return "(default)"
	}
	return s
}
