package jobnet_test

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"testing"
	"time"

	"github.com/planner-dk/planner/connectors/jobnet"
	"github.com/planner-dk/planner/planner"
)

// errFieldError stands for "a *planner.FieldError" in the table below.
var errFieldError = errors.New("a field error")

// TestMarkImport: issue 22 point 3 — the state and region person-group
// marks come from the national data hub (guide B: "henter Planner en
// liste fra DFDG … Stat, Region, Jobcenter"): imported over HTTP into the
// store, once each by code, renamed when the hub renames them, seen only
// by the job centres of their region; an outage or a bad list writes
// nothing.
func TestMarkImport(t *testing.T) {
	ctx := context.Background()
	sim, url, clk := simulator(t)
	rig := newPushRig(t, url, clk)
	client, err := jobnet.New(url, "jobnet-token", &http.Client{Timeout: 300 * time.Millisecond})
	must(t, err)
	im := &jobnet.MarkImporter{Store: rig.store, Client: client, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
	hub := []jobnet.Mark{
		{Code: "S-1", Name: "Seniorjob", Level: "state"},
		{Code: "R-H-1", Name: "Unge i Hovedstaden", Level: "region", Region: "Hovedstaden", BindsAdvisor: true},
		{Code: "R-N-1", Name: "Unge i Nordjylland", Level: "region", Region: "Nordjylland"},
	}
	sim.SetMarks(hub)
	tests := []struct {
		name           string
		change         func()
		added, changed int
		err            error
	}{
		{"the first import adds every mark", func() {}, 3, 0, nil},
		{"an import of the same list changes nothing", func() {}, 0, 0, nil},
		{"a renamed mark is changed, not added", func() { hub[0].Name = "Seniorjob 2027"; sim.SetMarks(hub) }, 0, 1, nil},
		{"an outage is transient and writes nothing", func() { sim.Fail(http.StatusServiceUnavailable, "down", time.Minute) }, 0, 0, jobnet.ErrTransient},
		{"a mark without a code fails the whole list", func() {
			sim.Fail(0, "", 0)
			sim.SetMarks(append(hub, jobnet.Mark{Name: "Uden kode", Level: "state"}, jobnet.Mark{Code: "S-9", Name: "Ny", Level: "state"}))
		}, 0, 0, errFieldError},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.change()
			added, changed, err := im.Run(ctx)
			if tc.err != nil {
				var fe *planner.FieldError
				if tc.err == errFieldError && !errors.As(err, &fe) || tc.err != errFieldError && !errors.Is(err, tc.err) {
					t.Fatalf("err = %v, want %v", err, tc.err)
				}
			} else if err != nil {
				t.Fatal(err)
			}
			if added != tc.added || changed != tc.changed {
				t.Errorf("= %d added, %d changed, want %d, %d", added, changed, tc.added, tc.changed)
			}
		})
	}
	marks, err := rig.store.FindMarks(ctx, rig.jc.ID)
	must(t, err)
	names := map[string]bool{}
	for _, m := range marks {
		names[m.Name] = true
	}
	// §4.2: Glostrup (Hovedstaden) sees the state's and its region's marks, not Nordjylland's; "Ny" never landed
	if len(names) != 2 || !names["Seniorjob 2027"] || !names["Unge i Hovedstaden"] {
		t.Errorf("marks seen = %v", names)
	}
	if _, _, err := (&jobnet.MarkImporter{Store: rig.store}).Run(ctx); !errors.Is(err, jobnet.ErrNoEndpoint) {
		t.Errorf("no endpoint = %v, want ErrNoEndpoint", err)
	}
	wrong, err := jobnet.New(url, "wrong", nil)
	must(t, err)
	var rej *jobnet.Rejection
	if _, err := wrong.Marks(ctx); !errors.As(err, &rej) || rej.Status != http.StatusUnauthorized {
		t.Errorf("a wrong token = %v, want a 401 rejection", err)
	}
}
