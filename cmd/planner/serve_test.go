package main

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestServe runs the real commands on an embedded database: create a job
// centre and a token, serve on a loopback port, call the API, then stop
// the way SIGTERM does and expect exit code 0.
func TestServe(t *testing.T) {
	dbPath := filepath.Join(t.TempDir(), "planner.db")
	env := map[string]string{"PLANNER_DATABASE_URL": dbPath, "PLANNER_ADDR": "127.0.0.1:0"}
	getenv := func(k string) string { return env[k] }
	run := func(args ...string) (int, string, string) {
		var out, errb bytes.Buffer
		m := &Main{Stdout: &out, Stderr: &errb, Getenv: getenv}
		code := m.Run(context.Background(), args)
		return code, out.String(), errb.String()
	}
	if code, out, errs := run("jobcenter", "-name", "Jobcenter Glostrup", "-prefix", "10100"); code != 0 || !strings.Contains(out, "job centre 1 created") {
		t.Fatalf("jobcenter = %d %q %q", code, out, errs)
	}
	code, secret, errs := run("token", "-jobcenter", "1", "-role", "admin", "-name", "Maria")
	if code != 0 || len(strings.TrimSpace(secret)) < 40 {
		t.Fatalf("token = %d %q %q", code, secret, errs)
	}
	if code, _, errs := run("token", "-jobcenter", "1", "-role", "root", "-name", "x"); code != 1 || !strings.Contains(errs, "role") {
		t.Errorf("a bad role = %d %q, want 1 naming the role", code, errs)
	}

	ctx, stop := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	done := make(chan int, 1)
	go func() {
		m := &Main{Stdout: pw, Stderr: io.Discard, Getenv: getenv}
		done <- m.Run(ctx, []string{"serve"})
		pw.Close()
	}()
	line, err := bufio.NewReader(pr).ReadString('\n')
	if err != nil {
		t.Fatal(err)
	}
	go io.Copy(io.Discard, pr)
	base := regexp.MustCompile(`http://[0-9.:]+`).FindString(line)
	if base == "" {
		t.Fatalf("serve printed %q, want its URL", line)
	}
	if resp, err := http.Get(base + "/healthz"); err != nil || resp.StatusCode != 200 {
		t.Fatalf("/healthz = %v, %v", resp, err)
	}
	req, _ := http.NewRequest("GET", base+"/api/teams", nil)
	req.Header.Set("Authorization", "Bearer "+strings.TrimSpace(secret))
	resp, err := http.DefaultClient.Do(req)
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("/api/teams = %v, %v", resp, err)
	}
	resp.Body.Close()
	stop()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("serve exited %d after the stop signal, want 0", code)
		}
	case <-time.After(25 * time.Second):
		t.Fatal("serve did not stop")
	}
}

func TestConfigFromEnv(t *testing.T) {
	env := map[string]string{"PLANNER_ADDR": "nonsense", "PLANNER_LOG_LEVEL": "loud"}
	c := ConfigFromEnv(func(k string) string { return env[k] })
	if err := c.Validate(); err == nil || !strings.Contains(err.Error(), "PLANNER_ADDR") {
		t.Errorf("Validate = %v, want an error naming PLANNER_ADDR", err)
	}
	c.Addr = "127.0.0.1:8080"
	if err := c.Validate(); err == nil || !strings.Contains(err.Error(), "PLANNER_LOG_LEVEL") {
		t.Errorf("Validate = %v, want an error naming PLANNER_LOG_LEVEL", err)
	}
	for name, value := range map[string]string{"PLANNER_SYNC_INTERVAL": "often", "PLANNER_JOBNET_URL": "jobnet.example",
		"PLANNER_REDIS_URL": "127.0.0.1:6379", "PLANNER_WORKERS": "many", "PLANNER_SWEEP_INTERVAL": "10ms",
		"PLANNER_REPORT_AT": "4 o'clock", "PLANNER_METRICS_ADDR": "9091", "PLANNER_SMTP_PORT": "smtp",
		"PLANNER_SMTP_FROM": "", "PLANNER_SMTP_TLS": "ssl", "PLANNER_MAIL_LANG": "de", "PLANNER_PORTAL_URL": "portal"} {
		env := map[string]string{name: value}
		if strings.HasPrefix(name, "PLANNER_SMTP_") {
			env["PLANNER_SMTP_HOST"], env["PLANNER_SMTP_FROM"] = "127.0.0.1", "planner@glostrup.dk"
			env[name] = value
		}
		c := ConfigFromEnv(func(k string) string { return env[k] })
		if err := c.Validate(); err == nil || !strings.Contains(err.Error(), name) {
			t.Errorf("%s=%q: Validate = %v, want an error naming it", name, value, err)
		}
	}
	env = map[string]string{"PLANNER_REDIS_URL": "redis://:s3cret@127.0.0.1:6379/0", "PLANNER_WORKERS": "x"}
	c = ConfigFromEnv(func(k string) string { return env[k] })
	if err := c.Validate(); err == nil || strings.Contains(err.Error(), "s3cret") {
		t.Errorf("Validate = %v, want an error that does not show the Redis password", err)
	}
	c = Config{Database: "postgres://planner:s3cret@127.0.0.1:5432/planner"}
	if got := c.redactedDatabase(); strings.Contains(got, "s3cret") {
		t.Errorf("redactedDatabase = %q shows the password", got)
	}
}
