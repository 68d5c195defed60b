package main

import (
	"context"
	"flag"
	"fmt"

	"github.com/planner-dk/planner/planner"
	"github.com/planner-dk/planner/planner/httpapi"
)

// runJobcenter creates a job centre (the tenant) and prints its id;
// `jobcenter graph-app` sets its Graph app registration (graphapp.go).
func (m *Main) runJobcenter(ctx context.Context, args []string, getenv func(string) string) error {
	if len(args) > 0 && args[0] == "graph-app" {
		return m.runGraphApp(ctx, args[1:], getenv)
	}
	c := ConfigFromEnv(getenv)
	fs := flag.NewFlagSet("jobcenter", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	fs.StringVar(&c.Database, "database", c.Database, "PostgreSQL URL or SQLite file; env PLANNER_DATABASE_URL")
	name := fs.String("name", "", "the job centre's name (required)")
	zone := fs.String("zone", "Europe/Copenhagen", "IANA time zone")
	region := fs.String("region", "", "region, for person-group marks")
	prefix := fs.Int("prefix", 0, "five-digit summons number prefix (required)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	db, err := openDatabase(ctx, c, m.cliLogger())
	if err != nil {
		return err
	}
	defer db.close()
	jc := planner.Jobcenter{Name: *name, Zone: *zone, Region: *region, SummonsPrefix: *prefix, Settings: planner.DefaultSettings()}
	if err := db.CreateJobcenter(ctx, &jc); err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "job centre %d created\n", jc.ID)
	return nil
}

// runToken creates an API token for a job centre and prints its secret,
// which is shown this once and stored only as a hash.
// `token list` and `token revoke -id N` list and revoke a job centre's
// tokens.
func (m *Main) runToken(ctx context.Context, args []string, getenv func(string) string) error {
	verb := ""
	if len(args) > 0 && (args[0] == "list" || args[0] == "revoke") {
		verb, args = args[0], args[1:]
	}
	c := ConfigFromEnv(getenv)
	fs := flag.NewFlagSet("token "+verb, flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	fs.StringVar(&c.Database, "database", c.Database, "PostgreSQL URL or SQLite file; env PLANNER_DATABASE_URL")
	jc := fs.Int64("jobcenter", 0, "job centre id (required)")
	role := fs.String("role", "", "admin, advisor, portal or operator (required)")
	name := fs.String("name", "", "who holds the token (required)")
	id := fs.Int64("id", 0, "the token to revoke (token revoke)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	db, err := openDatabase(ctx, c, m.cliLogger())
	if err != nil {
		return err
	}
	defer db.close()
	switch verb {
	case "list":
		ts, err := db.FindTokens(ctx, planner.JobcenterID(*jc))
		if err != nil {
			return err
		}
		for _, t := range ts {
			fmt.Fprintf(m.Stdout, "%d\t%s\t%s\tcreated %s\n", t.ID, t.Role, t.Name, t.CreatedAt.Format("2006-01-02 15:04"))
		}
		return nil
	case "revoke":
		if err := db.DeleteToken(ctx, planner.JobcenterID(*jc), planner.TokenID(*id)); err != nil {
			return fmt.Errorf("token %d of job centre %d: %w", *id, *jc, err)
		}
		fmt.Fprintf(m.Stdout, "token %d revoked\n", *id)
		return nil
	}
	if _, err := db.FindJobcenter(ctx, planner.JobcenterID(*jc)); err != nil {
		return fmt.Errorf("job centre %d: %w", *jc, err)
	}
	secret := httpapi.NewTokenSecret()
	t := planner.Token{JobcenterID: planner.JobcenterID(*jc), Role: planner.Role(*role), Name: *name, Hash: httpapi.HashToken(secret)}
	if err := db.CreateToken(ctx, &t); err != nil {
		return err
	}
	fmt.Fprintln(m.Stdout, secret)
	return nil
}
