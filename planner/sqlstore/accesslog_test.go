package sqlstore_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/planner-dk/planner/planner"
	"github.com/planner-dk/planner/planner/sqlstore"
)

// TestAccessLogTamperEvidence: issue 21 point 3 — the access log refuses
// an UPDATE, and verification finds an entry changed, removed or moved,
// the last ones removed, or a citizen dropped from the index, on both
// engines; an untouched log verifies.
func TestAccessLogTamperEvidence(t *testing.T) {
	ctx := context.Background()
	tamper := []struct {
		name   string
		sql    func(engine string) []string
		reason string
	}{
		{"an entry changed", func(string) []string {
			return []string{`UPDATE access_log SET actor = 'Someone Else' WHERE seq = 2`}
		}, "does not match its MAC"},
		{"an entry removed", func(string) []string {
			return []string{`DELETE FROM access_log WHERE seq = 2`}
		}, "are missing"},
		{"two entries swapped", func(string) []string {
			return []string{`UPDATE access_log SET seq = 100 WHERE seq = 2`, `UPDATE access_log SET seq = 2 WHERE seq = 3`, `UPDATE access_log SET seq = 3 WHERE seq = 100`}
		}, "does not match its MAC"},
		{"the last entry removed", func(string) []string {
			return []string{`DELETE FROM access_log WHERE seq = 3`}
		}, "the last entries are missing"},
		{"a citizen dropped from the index", func(string) []string {
			return []string{`DELETE FROM access_log_citizens WHERE entry_id = (SELECT id FROM access_log WHERE seq = 2)`}
		}, "index does not match"},
	}
	for _, e := range engines {
		t.Run(e.name, func(t *testing.T) {
			for _, tc := range tamper {
				t.Run(tc.name, func(t *testing.T) {
					db, jc := accessLogOf(t, e.open(t))
					if err := db.ExecRaw(ctx, `UPDATE access_log SET actor = 'x' WHERE seq = 1`); err == nil || !strings.Contains(err.Error(), "append-only") {
						t.Fatalf("an UPDATE of the log: %v, want it refused", err)
					}
					if n, brk, err := db.VerifyAccessLog(ctx, jc); err != nil || brk != nil || n != 3 {
						t.Fatalf("the untouched log: %d %+v %v", n, brk, err)
					}
					for _, q := range append(dropTriggers(e.name), tc.sql(e.name)...) {
						if err := db.ExecRaw(ctx, q); err != nil {
							t.Fatalf("%s: %v", q, err)
						}
					}
					_, brk, err := db.VerifyAccessLog(ctx, jc)
					if err != nil || brk == nil || !strings.Contains(brk.Reason, tc.reason) {
						t.Errorf("verify after %s: %+v %v, want a break saying %q", tc.name, brk, err, tc.reason)
					}
				})
			}
		})
	}
}

// dropTriggers lets the test change the log as an intruder with the
// database's own rights could.
func dropTriggers(engine string) []string {
	if engine == "postgres" {
		return []string{`ALTER TABLE access_log DISABLE TRIGGER access_log_no_update`, `ALTER TABLE access_log_citizens DISABLE TRIGGER access_log_citizens_no_update`}
	}
	return []string{`DROP TRIGGER access_log_no_update`, `DROP TRIGGER access_log_citizens_no_update`}
}

// accessLogOf writes three entries to a new job centre's log.
func accessLogOf(t *testing.T, db *sqlstore.DB) (*sqlstore.DB, planner.JobcenterID) {
	t.Helper()
	ctx := context.Background()
	jc := planner.Jobcenter{Name: "Glostrup", Zone: "Europe/Copenhagen", SummonsPrefix: 10100, Settings: planner.DefaultSettings()}
	if err := db.CreateJobcenter(ctx, &jc); err != nil {
		t.Fatal(err)
	}
	for i, cpr := range []string{"0101904321", "0202854322", "0303754323"} {
		e := planner.AccessEntry{JobcenterID: jc.ID, Actor: "Bo Poulsen", Role: planner.RoleAdvisor, Action: planner.AccessCitizenRead,
			Route: "GET /api/citizens/{id}", Citizens: []planner.AccessCitizen{{ID: planner.CitizenID(i + 1), CPR: planner.MustParseCPR(cpr)}}}
		if err := db.LogAccess(ctx, e); err != nil {
			t.Fatal(err)
		}
		db.Now = func() time.Time { return time.Now().Add(time.Duration(i+1) * time.Second) }
	}
	return db, jc.ID
}
