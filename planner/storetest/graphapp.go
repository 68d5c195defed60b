package storetest

import (
	"context"
	"testing"

	"github.com/planner-dk/planner/planner"
)

// testGraphApp: a job centre's Graph app registration is set by an admin,
// read back with its secret, kept when a change leaves the secret out,
// validated naming the field, and never another job centre's (issue 12).
func testGraphApp(t *testing.T, open Opener) {
	ctx := context.Background()
	w := newWorld(t, open)
	other := planner.Jobcenter{Name: "Jobcenter Albertslund", Zone: "Europe/Copenhagen", SummonsPrefix: 10200, Settings: planner.DefaultSettings()}
	must(t, w.store.CreateJobcenter(ctx, &other))
	app := planner.GraphApp{TenantID: "glostrup.onmicrosoft.com", ClientID: "0a1b2c3d-4e5f-6789-abcd-ef0123456789", Secret: "Xy8Q~graph-secret"}

	t.Run("none is set", func(t *testing.T) {
		_, err := w.store.FindGraphApp(ctx, w.jc.ID)
		wantKind(t, err, planner.ErrNotFound)
	})
	t.Run("a first registration needs its secret", func(t *testing.T) {
		noSecret := app
		noSecret.Secret = ""
		assertFieldErr(t, w.store.SetGraphApp(ctx, w.jc.ID, noSecret), "secret")
	})
	t.Run("errors name the field", func(t *testing.T) {
		bad := app
		bad.ClientID = "planner"
		assertFieldErr(t, w.store.SetGraphApp(ctx, w.jc.ID, bad), "clientId")
	})
	t.Run("a job centre that does not exist", func(t *testing.T) {
		wantKind(t, w.store.SetGraphApp(ctx, other.ID+100, app), planner.ErrNotFound)
	})
	must(t, w.store.SetGraphApp(ctx, w.jc.ID, app))
	t.Run("read back with its secret", func(t *testing.T) {
		got, err := w.store.FindGraphApp(ctx, w.jc.ID)
		must(t, err)
		want := app
		want.HasSecret = true
		if got != want {
			t.Fatalf("FindGraphApp = %+v, want %+v", got, want)
		}
	})
	t.Run("an empty secret keeps the stored one", func(t *testing.T) {
		change := app
		change.Secret, change.GraphURL = "", "http://127.0.0.1:9000/v1.0"
		must(t, w.store.SetGraphApp(ctx, w.jc.ID, change))
		got, err := w.store.FindGraphApp(ctx, w.jc.ID)
		must(t, err)
		if got.Secret != app.Secret || got.GraphURL != change.GraphURL || !got.HasSecret {
			t.Fatalf("FindGraphApp = %+v, want the new URL and the old secret", got)
		}
	})
	t.Run("another job centre's is not there", func(t *testing.T) {
		_, err := w.store.FindGraphApp(ctx, other.ID)
		wantKind(t, err, planner.ErrNotFound)
	})
}
