package main

import (
	"context"
	"database/sql"
	"path/filepath"
	"strings"
	"testing"

	"github.com/planner-dk/planner/planner"
)

// TestAccessLogVerifyCommand: issue 21 — `planner accesslog verify` says
// the chain is whole, and fails naming the entry once one is removed.
func TestAccessLogVerifyCommand(t *testing.T) {
	path := filepath.Join(t.TempDir(), "planner.db")
	env := map[string]string{"PLANNER_DATABASE_URL": path}
	if code, out, errs := run(t, env, "", "jobcenter", "-name", "Jobcenter Glostrup", "-prefix", "10100"); code != 0 {
		t.Fatalf("jobcenter = %d %s %s", code, out, errs)
	}
	db, err := openDatabase(context.Background(), ConfigFromEnv(func(k string) string { return env[k] }), discardLogger())
	must(t, err)
	for range 3 {
		must(t, db.LogAccess(context.Background(), planner.AccessEntry{JobcenterID: 1, Actor: "Bo", Role: planner.RoleAdvisor,
			Action: planner.AccessCitizenRead, Route: "GET /api/citizens/{id}", Citizens: []planner.AccessCitizen{{ID: 1, CPR: planner.MustParseCPR("0101904321")}}}))
	}
	db.close()
	if code, out, _ := run(t, env, "", "accesslog", "verify"); code != 0 || !strings.Contains(out, "job centre 1: 3 entries, the chain is whole") {
		t.Fatalf("verify = %d %q", code, out)
	}
	raw, err := sql.Open("sqlite", path)
	must(t, err)
	_, err = raw.Exec(`DELETE FROM access_log WHERE seq = 2`)
	raw.Close()
	must(t, err)
	code, out, errs := run(t, env, "", "accesslog", "verify")
	if code == 0 || !strings.Contains(out, "BROKEN after 1 good entries") || !strings.Contains(errs, "broken") {
		t.Errorf("verify after a removed entry = %d %q %q", code, out, errs)
	}
}
