package httpapi_test

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"

	"github.com/planner-dk/planner/planner/httpapi"
	"github.com/planner-dk/planner/planner/sqlite"
)

func TestHealthAndReadiness(t *testing.T) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "p.db"))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(httpapi.New(db, slog.New(slog.NewTextHandler(io.Discard, nil))))
	defer srv.Close()
	get := func(path string) (int, string) {
		t.Helper()
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		return resp.StatusCode, resp.Header.Get("Content-Type")
	}
	if code, _ := get("/healthz"); code != 200 {
		t.Errorf("/healthz = %d, want 200", code)
	}
	if code, _ := get("/readyz"); code != 200 {
		t.Errorf("/readyz = %d, want 200 while the database answers", code)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if code, ct := get("/readyz"); code != 503 || ct != "application/problem+json" {
		t.Errorf("/readyz with the database closed = %d %q, want 503 problem+json", code, ct)
	}
}
