package graphtest

import "time"

// Invalidation is how the double answers a delta token InvalidateDelta
// invalidated.
type Invalidation int

const (
	// Gone answers 410 Gone with a Location header holding a fresh-round
	// URL (the token's window) and the code "SyncStateNotFound", as seen
	// from Exchange Online (microsoft-graph-docs#2350).
	Gone Invalidation = iota + 1
	// GoneResyncRequired answers 410 Gone with Location and the code
	// "resyncRequired" (delta-query-overview.md, errors.md).
	GoneResyncRequired
	// SyncStateNotFound answers 400 with the code "syncStateNotFound" and
	// no Location (errors.md): the client must start a round itself.
	SyncStateNotFound
)

// TokenScope selects which of a mailbox's tokens InvalidateDelta hits.
type TokenScope int

const (
	// AllTokens hits $skiptokens (rounds in progress) and $deltatokens.
	AllTokens TokenScope = iota
	// DeltaTokens hits only $deltatokens.
	DeltaTokens
	// SkipTokens hits only $skiptokens, breaking rounds mid-way.
	SkipTokens
)

// InvalidateDelta invalidates upn's existing delta tokens in scope; their
// next use is answered as how says. Tokens issued later work.
func (s *Server) InvalidateDelta(upn string, how Invalidation, scope TokenScope) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, c := range s.mustMailbox(upn).delta.cursors {
		skip := c.round != nil
		if scope == AllTokens || (scope == SkipTokens) == skip {
			c.invalid = how
		}
	}
}

// SetReplicationDelay makes each change to upn visible in delta only after
// n further delta requests to that mailbox (0, the default: the next one).
// Reads of single events and /events are never delayed.
func (s *Server) SetReplicationDelay(upn string, n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.mustMailbox(upn).delta.delay = n
}

// ShortPages caps the sizes of upn's next delta pages, one value a page in
// order (then pages are full again). A 0 gives an empty page that still
// carries @odata.nextLink when items remain.
func (s *Server) ShortPages(upn string, sizes ...int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	m := s.mustMailbox(upn)
	m.delta.shortPages = append(m.delta.shortPages, sizes...)
}

// Replay makes the next k delta pages of upn that can, repeat one item the
// client already got: a later page of a round repeats the previous page's
// last item; the first page of a next round repeats an unchanged instance.
func (s *Server) Replay(upn string, k int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.mustMailbox(upn).delta.replays = k
}

// SetIfMatch turns If-Match enforcement on PATCH and DELETE on (the
// default) or off. Microsoft documents no If-Match for events.
func (s *Server) SetIfMatch(enforce bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.ifMatch = enforce
}

// SetTransactionRetention sets how long a transactionId dedupes a repeated
// POST; 0 means never (every POST creates an event).
func (s *Server) SetTransactionRetention(d time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.retention = d
}
