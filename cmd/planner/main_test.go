package main

import (
	"bytes"
	"context"
	"io"
	"path/filepath"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	migrated := filepath.Join(t.TempDir(), "twice.db")
	if code := NewMain(io.Discard, io.Discard).Run(context.Background(), []string{"migrate", "-database", migrated}); code != 0 {
		t.Fatalf("first migrate: code %d", code)
	}
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantOut  string
		wantErr  string
	}{
		{"version prints the version", []string{"version"}, 0, "planner ", ""},
		{"no command shows usage", nil, 2, "", "Usage: planner"},
		{"unknown command is an error", []string{"frobnicate"}, 2, "", `unknown command "frobnicate"`},
		{"migrate creates the SQLite schema", []string{"migrate", "-database", filepath.Join(t.TempDir(), "p.db")}, 0, "is up to date", ""},
		{"migrate twice is a no-op", []string{"migrate", "-database", migrated}, 0, "is up to date", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			code := NewMain(&out, &errb).Run(context.Background(), tc.args)
			if code != tc.wantCode {
				t.Errorf("code = %d, want %d", code, tc.wantCode)
			}
			if !strings.Contains(out.String(), tc.wantOut) {
				t.Errorf("stdout = %q, want it to contain %q", out.String(), tc.wantOut)
			}
			if !strings.Contains(errb.String(), tc.wantErr) {
				t.Errorf("stderr = %q, want it to contain %q", errb.String(), tc.wantErr)
			}
		})
	}
}
