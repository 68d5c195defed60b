package saml_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/planner-dk/planner/identity"
	"github.com/planner-dk/planner/planner"
)

// newOnceStore returns the store of one-time records the tests use.
// TODO: planner/sqlstore's, once it has PutSignInOnce and TakeSignInOnce.
func newOnceStore(tb testing.TB, now func() time.Time) identity.OnceStore {
	tb.Helper()
	return &memOnce{now: now, m: map[string]memRecord{}}
}

type memRecord struct {
	data    []byte
	expires time.Time
}

// memOnce is an in-memory identity.OnceStore on a clock.
type memOnce struct {
	mu  sync.Mutex
	now func() time.Time
	m   map[string]memRecord
}

func (s *memOnce) PutSignInOnce(_ context.Context, key string, data []byte, expires time.Time) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if r, ok := s.m[key]; ok && s.now().Before(r.expires) {
		return fmt.Errorf("put %s: %w", key, planner.ErrConflict)
	}
	s.m[key] = memRecord{data: data, expires: expires}
	return nil
}

func (s *memOnce) TakeSignInOnce(_ context.Context, key string) ([]byte, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	r, ok := s.m[key]
	delete(s.m, key)
	if !ok || !s.now().Before(r.expires) {
		return nil, fmt.Errorf("take %s: %w", key, planner.ErrNotFound)
	}
	return r.data, nil
}
