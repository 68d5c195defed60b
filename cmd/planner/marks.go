package main

import (
	"context"
	"fmt"

	"github.com/planner-dk/planner/connectors/jobnet"
)

// runMarks is `planner marks import`: it reads the state and region
// person-group marks from the national data hub (the Jobnet/DFDG endpoint,
// PLANNER_JOBNET_URL) into the register now, as the worker does nightly.
func (m *Main) runMarks(ctx context.Context, args []string, getenv func(string) string) error {
	cmd, err := m.verbs("marks", args, getenv, "import")
	if err != nil {
		return err
	}
	cmd.fs.StringVar(&cmd.c.JobnetURL, "jobnet-url", cmd.c.JobnetURL, "the Jobnet/DFDG endpoint; env PLANNER_JOBNET_URL")
	db, err := cmd.open(ctx, m, args)
	if err != nil {
		return err
	}
	defer db.close()
	if cmd.c.JobnetURL == "" {
		return jobnet.ErrNoEndpoint
	}
	client, err := jobnet.New(cmd.c.JobnetURL, cmd.c.JobnetToken, nil)
	if err != nil {
		return err
	}
	added, changed, err := (&jobnet.MarkImporter{Store: db, Client: client, Logger: m.cliLogger()}).Run(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "person-group marks from DFDG: %d added, %d changed\n", added, changed)
	return nil
}
