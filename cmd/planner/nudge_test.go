package main

import (
	"bufio"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strconv"
	"testing"
	"time"

	"github.com/planner-dk/planner/connectors/jobnet/jobnettest"
	"github.com/planner-dk/planner/planner"
	"github.com/planner-dk/planner/planner/httpapi"
)

// TestEmbeddedWorker: issue 6 §1 and DESIGN.md data flow step 2 — without
// Redis, serve runs the tasks itself: its first sweep pushes the demo's
// summonses to Jobnet, and a write through the API reaches Jobnet within
// seconds although the next periodic sweep is an hour away (the write
// nudges an outbox sweep).
func TestEmbeddedWorker(t *testing.T) {
	ctx := context.Background()
	db, _, _, path := demoWithCalendars(t)
	secret := httpapi.NewTokenSecret()
	must(t, db.CreateToken(ctx, &planner.Token{JobcenterID: 1, Role: planner.RoleAdmin, Name: "test", Hash: httpapi.HashToken(secret)}))
	sim := jobnettest.New("jobnet-token", nil)
	jn := httptest.NewServer(sim)
	t.Cleanup(jn.Close)

	env := map[string]string{"PLANNER_DATABASE_URL": path, "PLANNER_ADDR": "127.0.0.1:0", "PLANNER_SWEEP_INTERVAL": "1h",
		"PLANNER_SYNC_INTERVAL": "1h", "PLANNER_JOBNET_URL": jn.URL, "PLANNER_JOBNET_TOKEN": "jobnet-token"}
	runCtx, stop := context.WithCancel(ctx)
	pr, pw := io.Pipe()
	done := make(chan int, 1)
	go func() {
		m := &Main{Stdout: pw, Stderr: io.Discard, Getenv: func(k string) string { return env[k] }}
		done <- m.Run(runCtx, []string{"serve"})
		pw.Close()
	}()
	t.Cleanup(func() {
		stop()
		if code := <-done; code != 0 {
			t.Errorf("serve exited %d", code)
		}
	})
	line, err := bufio.NewReader(pr).ReadString('\n')
	must(t, err)
	go io.Copy(io.Discard, pr)
	base := regexp.MustCompile(`http://[0-9.:]+`).FindString(line)

	waitFor := func(what string, cond func() bool) {
		t.Helper()
		deadline := time.Now().Add(15 * time.Second)
		for !cond() {
			if time.Now().After(deadline) {
				t.Fatalf("timed out waiting for %s", what)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	waitFor("the first sweep's Jobnet pushes", func() bool {
		h, err := db.FindSyncHealth(ctx)
		must(t, err)
		return h.Items[planner.TargetJobnet][planner.SyncPending] == 0 && sim.Held() > 0
	})
	page, err := db.FindSummonsList(ctx, 1, planner.ListQuery{List: planner.FollowUpList, Limit: 1})
	must(t, err)
	if len(page.Rows) == 0 {
		t.Fatal("the demo has no booked summons")
	}
	row := page.Rows[0]
	if _, ok := sim.Summons(row.Number); !ok {
		t.Fatalf("summons %s is not on Jobnet after the first sweep", row.Number)
	}
	req, err := http.NewRequest("DELETE", base+"/api/meetings/"+strconv.FormatInt(int64(row.MeetingID), 10), nil)
	must(t, err)
	req.Header.Set("Authorization", "Bearer "+secret)
	resp, err := http.DefaultClient.Do(req)
	must(t, err)
	resp.Body.Close()
	if resp.StatusCode >= 300 {
		t.Fatalf("DELETE meeting = %s", resp.Status)
	}
	waitFor("the cancel to reach Jobnet", func() bool { _, ok := sim.Summons(row.Number); return !ok })
}
