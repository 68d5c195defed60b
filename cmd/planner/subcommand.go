package main

import (
	"context"
	"flag"
	"fmt"
	"slices"
	"strings"
)

// verbCommand is a command of verbs over the database, such as `planner
// person disable`: the verb given and its flags, -database among them.
type verbCommand struct {
	verb string
	fs   *flag.FlagSet
	c    Config
}

// verbs checks that args starts with one of verbs of command name and
// makes the verb's flag set, with -database.
func (m *Main) verbs(name string, args []string, getenv func(string) string, verbs ...string) (*verbCommand, error) {
	if len(args) == 0 || !slices.Contains(verbs, args[0]) {
		return nil, fmt.Errorf("want %q followed by %s", name, strings.Join(verbs, ", "))
	}
	v := &verbCommand{verb: args[0], c: ConfigFromEnv(getenv)}
	v.fs = flag.NewFlagSet(name+" "+args[0], flag.ContinueOnError)
	v.fs.SetOutput(m.Stderr)
	v.fs.StringVar(&v.c.Database, "database", v.c.Database, "PostgreSQL URL or SQLite file; env PLANNER_DATABASE_URL")
	return v, nil
}

// open parses the verb's flags from args (after the verb) and opens the
// database; the caller closes it.
func (v *verbCommand) open(ctx context.Context, m *Main, args []string) (database, error) {
	if err := v.fs.Parse(args[1:]); err != nil {
		return database{}, err
	}
	return openDatabase(ctx, v.c, m.cliLogger())
}
