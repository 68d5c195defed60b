package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/planner-dk/planner/planner/secret"
)

// TestMain gives the planner processes the tests start on PostgreSQL (which
// refuses to run without one) a secret key through PLANNER_SECRET_KEY, the
// same key the tests open those databases with (testKeyring), unless the
// environment names one already.
func TestMain(m *testing.M) {
	if os.Getenv("PLANNER_SECRET_KEY") == "" {
		_ = os.Setenv("PLANNER_SECRET_KEY", secret.NewKey().Encode())
	}
	os.Exit(m.Run())
}

// testKeyring is the keyring of PLANNER_SECRET_KEY, as TestMain set it.
func testKeyring() *secret.Keyring {
	k, err := secret.ParseKey(os.Getenv("PLANNER_SECRET_KEY"))
	if err != nil {
		panic("PLANNER_SECRET_KEY: " + err.Error())
	}
	return secret.NewKeyring(k)
}

// run runs planner with args and env (nothing else of the environment),
// stdin given, and returns the exit code and both outputs.
func run(t *testing.T, env map[string]string, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errs strings.Builder
	m := &Main{Stdout: &out, Stderr: &errs, Stdin: strings.NewReader(stdin), Getenv: func(k string) string { return env[k] }}
	code := m.Run(context.Background(), args)
	return code, out.String(), errs.String()
}

// TestSecretKeyConfig: issue 12 — the key comes from PLANNER_SECRET_KEY or
// PLANNER_SECRET_KEY_FILE; without either, SQLite's is generated next to
// the database with 0600 and the log says where, and PostgreSQL refuses.
// Errors name the variable, never the key.
func TestSecretKeyConfig(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "planner.db")
	t.Run("SQLite without a key generates one next to the file, 0600", func(t *testing.T) {
		code, _, errs := run(t, map[string]string{"PLANNER_DATABASE_URL": db}, "", "migrate")
		if code != 0 {
			t.Fatalf("migrate = %d: %s", code, errs)
		}
		fi, err := os.Stat(db + ".key")
		if err != nil || fi.Mode().Perm() != 0o600 {
			t.Fatalf("key file: %v, mode %v; want 0600", err, fi.Mode().Perm())
		}
		k, err := secret.ReadKeyFile(db + ".key")
		must(t, err)
		if !strings.Contains(errs, "Generated a secret key") || !strings.Contains(errs, db+".key") || strings.Contains(errs, k.Encode()) {
			t.Errorf("log = %q, want it to say where the key was generated, without the key", errs)
		}
		if code, _, errs := run(t, map[string]string{"PLANNER_DATABASE_URL": db}, "", "migrate"); code != 0 || strings.Contains(errs, "Generated") {
			t.Errorf("a second start = %d %q, want the same key read back", code, errs)
		}
	})
	tests := []struct {
		name     string
		env      map[string]string
		variable string
	}{
		{"PostgreSQL without a key refuses to start", map[string]string{"PLANNER_DATABASE_URL": "postgres://127.0.0.1:1/none"}, "PLANNER_SECRET_KEY"},
		{"a malformed key names the variable", map[string]string{"PLANNER_DATABASE_URL": db, "PLANNER_SECRET_KEY": "hunter2-not-a-key"}, "PLANNER_SECRET_KEY"},
		{"a missing key file names the variable", map[string]string{"PLANNER_DATABASE_URL": db, "PLANNER_SECRET_KEY_FILE": filepath.Join(dir, "none.key")}, "PLANNER_SECRET_KEY_FILE"},
		{"both set is refused", map[string]string{"PLANNER_DATABASE_URL": db, "PLANNER_SECRET_KEY": secret.NewKey().Encode(), "PLANNER_SECRET_KEY_FILE": db + ".key"}, "PLANNER_SECRET_KEY_FILE"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errs := run(t, tc.env, "", "migrate")
			if code == 0 || !strings.Contains(errs, tc.variable) {
				t.Fatalf("migrate = %d %q, want an error naming %s", code, errs, tc.variable)
			}
			if k := tc.env["PLANNER_SECRET_KEY"]; k != "" && strings.Contains(errs, k) {
				t.Errorf("error %q shows the key", errs)
			}
		})
	}
}

// TestGraphAppAndRotateCommands: issue 12 — `planner jobcenter graph-app`
// takes the secret from stdin or a file and never prints it; `planner
// secrets rotate` seals it again under a new key, which then opens it and
// the old one no longer does.
func TestGraphAppAndRotateCommands(t *testing.T) {
	dir := t.TempDir()
	env := map[string]string{"PLANNER_DATABASE_URL": filepath.Join(dir, "planner.db")}
	if code, out, errs := run(t, env, "", "jobcenter", "-name", "Jobcenter Glostrup", "-prefix", "10100"); code != 0 {
		t.Fatalf("jobcenter = %d %s %s", code, out, errs)
	}
	const clientSecret = "Xy8Q~graph-client-secret"
	app := []string{"jobcenter", "graph-app", "-jobcenter", "1", "-tenant", "glostrup.onmicrosoft.com", "-client", "0a1b2c3d-4e5f-6789-abcd-ef0123456789"}
	if code, _, errs := run(t, env, "", app...); code == 0 || !strings.Contains(errs, "secret") {
		t.Errorf("a first registration without a secret = %d %q, want an error naming the secret", code, errs)
	}
	code, out, errs := run(t, env, clientSecret+"\n", app...)
	if code != 0 || !strings.Contains(out, "secret stored: true") || strings.Contains(out+errs, clientSecret) {
		t.Fatalf("graph-app = %d %q %q, want it stored and not shown", code, out, errs)
	}
	file := filepath.Join(dir, "client.secret")
	must(t, os.WriteFile(file, []byte(clientSecret+"-2\n"), 0o600))
	if code, out, errs := run(t, env, "", append(app, "-secret-file", file)...); code != 0 || strings.Contains(out+errs, clientSecret) {
		t.Fatalf("graph-app -secret-file = %d %q %q", code, out, errs)
	}

	code, newKey, errs := run(t, env, "", "secrets", "new-key")
	if _, err := secret.ParseKey(newKey); code != 0 || err != nil {
		t.Fatalf("secrets new-key = %d %q %q: %v", code, newKey, errs, err)
	}
	rotate := map[string]string{"PLANNER_DATABASE_URL": env["PLANNER_DATABASE_URL"], "PLANNER_NEW_SECRET_KEY": strings.TrimSpace(newKey)}
	if code, out, errs := run(t, rotate, "", "secrets", "rotate"); code != 0 || !strings.Contains(out, "1 stored secrets sealed again") {
		t.Fatalf("secrets rotate = %d %q %q, want 1 resealed", code, out, errs)
	}
	if code, _, errs := run(t, env, "", "migrate"); code == 0 || !strings.Contains(errs, "not the configured key") {
		t.Errorf("the old key after rotation = %d %q, want a refusal", code, errs)
	}
	withNew := map[string]string{"PLANNER_DATABASE_URL": env["PLANNER_DATABASE_URL"], "PLANNER_SECRET_KEY": strings.TrimSpace(newKey)}
	db, err := openDatabase(context.Background(), ConfigFromEnv(func(k string) string { return withNew[k] }), discardLogger())
	must(t, err)
	defer db.close()
	got, err := db.FindGraphApp(context.Background(), 1)
	if err != nil || got.Secret != clientSecret+"-2" {
		t.Errorf("the new key opens %q, %v; want the secret from the file", got.Secret, err)
	}
}
