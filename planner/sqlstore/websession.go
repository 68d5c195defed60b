package sqlstore

import (
	"context"
	"time"

	"github.com/planner-dk/planner/planner"
)

// ssoHintSeal is the column a session's single-logout hint is sealed for.
// A session lives hours at most, so a key rotation does not reseal it: a
// hint the new key cannot open only costs that session its single logout.
var ssoHintSeal = credential{"web_sessions", "sso_hint", "hash"}

// CreateWebSession implements planner.Store.
func (db *DB) CreateWebSession(ctx context.Context, s planner.WebSession) error {
	return db.tx(ctx, func(t tx, _ time.Time) error {
		// Inputs: the session's start $1. Sessions past their idle deadline
		// are over: nothing reads them again.
		if _, err := t.Exec(ctx, `DELETE FROM web_sessions WHERE idle_until < $1`, s.Started); err != nil {
			return err
		}
		_, err := t.Exec(ctx, `
			INSERT INTO web_sessions (hash, kind, person_id, sso_hint, started_at, idle_until, ends_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7)`, s.Hash, s.Kind, idArg(s.PersonID), db.sealNonEmpty(ssoHintSeal, s.SSOHint), s.Started, s.IdleUntil, s.Ends)
		return err
	})
}

// FindWebSession implements planner.Store.
func (db *DB) FindWebSession(ctx context.Context, hash []byte) (planner.WebSession, error) {
	s := planner.WebSession{Hash: hash}
	var person *int64
	var hint string
	err := db.e.read().QueryRow(ctx, `SELECT kind, person_id, sso_hint, started_at, idle_until, ends_at FROM web_sessions WHERE hash = $1`, hash).
		Scan(&s.Kind, &person, &hint, &s.Started, &s.IdleUntil, &s.Ends)
	if person != nil {
		s.PersonID = planner.PersonID(*person)
	}
	if err == nil && hint != "" {
		s.SSOHint, _ = db.open(ssoHintSeal, hint) // sealed under a key rotated away: no single logout, the session goes on
	}
	s.Started, s.IdleUntil, s.Ends = s.Started.UTC(), s.IdleUntil.UTC(), s.Ends.UTC()
	return s, db.d.mapError(err)
}

// TouchWebSession implements planner.Store.
func (db *DB) TouchWebSession(ctx context.Context, hash []byte, idleUntil time.Time) error {
	return expectRow(db.exec(ctx, `
		UPDATE web_sessions SET idle_until = CASE WHEN $2 < ends_at THEN $2 ELSE ends_at END
		WHERE hash = $1`, hash, idleUntil))
}

// DeleteWebSession implements planner.Store.
func (db *DB) DeleteWebSession(ctx context.Context, hash []byte) error {
	_, err := db.exec(ctx, `DELETE FROM web_sessions WHERE hash = $1`, hash)
	return err
}
