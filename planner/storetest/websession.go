package storetest

import (
	"context"
	"crypto/sha256"
	"testing"
	"time"

	"github.com/planner-dk/planner/planner"
)

// testWebSessions: the server's record of the UI's sessions (issue 20),
// which a signed-out or timed-out session no longer has.
func testWebSessions(t *testing.T, open Opener) {
	ctx := context.Background()
	store := open(t)
	hash := func(id string) []byte { h := sha256.Sum256([]byte(id)); return h[:] }
	s := planner.WebSession{Hash: hash("a"), Kind: "staff", Started: now, IdleUntil: now.Add(30 * time.Minute), Ends: now.Add(12 * time.Hour)}
	must(t, store.CreateWebSession(ctx, s))
	t.Run("a session is found by its id's hash", func(t *testing.T) {
		got, err := store.FindWebSession(ctx, s.Hash)
		must(t, err)
		if got.Kind != "staff" || !got.Started.Equal(now) || !got.IdleUntil.Equal(s.IdleUntil) || !got.Ends.Equal(s.Ends) {
			t.Errorf("session = %+v, want %+v", got, s)
		}
		_, err = store.FindWebSession(ctx, hash("b"))
		wantKind(t, err, planner.ErrNotFound)
	})
	t.Run("use moves the idle deadline, never past the end", func(t *testing.T) {
		must(t, store.TouchWebSession(ctx, s.Hash, now.Add(time.Hour)))
		got, err := store.FindWebSession(ctx, s.Hash)
		must(t, err)
		if !got.IdleUntil.Equal(now.Add(time.Hour)) {
			t.Errorf("idle until %s, want %s", got.IdleUntil, now.Add(time.Hour))
		}
		must(t, store.TouchWebSession(ctx, s.Hash, now.Add(13*time.Hour)))
		if got, _ := store.FindWebSession(ctx, s.Hash); !got.IdleUntil.Equal(s.Ends) {
			t.Errorf("idle until %s, want the end %s", got.IdleUntil, s.Ends)
		}
	})
	t.Run("a new sign-in removes the sessions past their idle time", func(t *testing.T) {
		later := planner.WebSession{Hash: hash("c"), Kind: "citizen", Started: now.Add(13 * time.Hour),
			IdleUntil: now.Add(13*time.Hour + 30*time.Minute), Ends: now.Add(25 * time.Hour)}
		must(t, store.CreateWebSession(ctx, later))
		_, err := store.FindWebSession(ctx, s.Hash)
		wantKind(t, err, planner.ErrNotFound)
		_, err = store.FindWebSession(ctx, later.Hash)
		must(t, err)
	})
	t.Run("sign-out deletes the session; a second time is no error", func(t *testing.T) {
		must(t, store.DeleteWebSession(ctx, hash("c")))
		_, err := store.FindWebSession(ctx, hash("c"))
		wantKind(t, err, planner.ErrNotFound)
		must(t, store.DeleteWebSession(ctx, hash("c")))
		wantKind(t, store.TouchWebSession(ctx, hash("c"), now), planner.ErrNotFound)
	})
}
