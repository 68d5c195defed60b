// Package graphtest is a stateful test double of the Microsoft Graph v1.0
// calendar API, for the Graph connector's tests and for `planner demo`
// (PROTOCOLS.md §1.6). It serves real HTTP on 127.0.0.1 (an
// httptest.Server, so clients exercise real connections, timeouts and
// retries), keeps its state in memory, is safe for concurrent use, and has
// fault knobs. It speaks Graph's documented wire protocol, checked by the
// conformance fixtures in testdata/conformance.
//
// # Wire surface
//
//	POST /{tenant}/oauth2/v2.0/token                     client credentials (Entra ID shape)
//	GET  /v1.0/users/{upn}/calendarView/delta            startDateTime, endDateTime | $skiptoken | $deltatoken
//	POST /v1.0/users/{upn}/events                        201; transactionId dedupe; extended properties
//	GET  /v1.0/users/{upn}/events                        $filter=singleValueExtendedProperties/Any(…), $select, $top, $skip, $expand
//	GET  /v1.0/users/{upn}/events/{id}                   $expand=singleValueExtendedProperties($filter=id eq '…')
//	PATCH, DELETE /v1.0/users/{upn}/events/{id}          If-Match (412 ErrorIrresolvableConflict)
//
// Every Graph error uses the envelope
// {"error":{"code","message","innerError":{"request-id","date","client-request-id"}}}
// and every answer carries a request-id header (and client-request-id
// echoed). The token endpoint's errors use Entra ID's OAuth shape
// (error, error_description, error_codes, …): unknown tenant → 400
// invalid_request AADSTS90002; unknown client → 400 unauthorized_client
// AADSTS700016; wrong secret → 401 invalid_client AADSTS7000215 (401 is
// what Entra ID answers in the field). A Graph call with a missing,
// unknown, expired or revoked token → 401 InvalidAuthenticationToken with
// WWW-Authenticate; another tenant's mailbox → 403 ErrorAccessDenied; an
// unknown mailbox → 404 ErrorInvalidUser. UPNs match case-insensitively;
// ids are case-sensitive, opaque and immutable (as with
// Prefer: IdType="ImmutableId", which is therefore accepted and ignored).
//
// # Events
//
// Events are rendered as Graph's event resource: @odata.etag W/"changeKey",
// start/end as {"dateTime":"2026-12-01T08:00:00.0000000","timeZone":"UTC"}
// in the zone of Prefer: outlook.timezone (UTC, Windows names it knows, or
// IANA names; UTC otherwise), originalStartTimeZone with the Windows name,
// transactionId null unless set, recurrence null on instances. An all-day
// event's dates are floating: whatever zone is asked for, its start is its
// own date at 00:00 labelled with that zone (under UTC:
// "2026-12-24T00:00:00.0000000"/"UTC"), never shifted by an offset.
// Attendees a client sends are stored and echoed; no invitation is
// modelled. PATCH of an occurrence makes it an exception (same id, its own
// changeKey); DELETE of an occurrence cancels it; PATCH of a master changes
// every plain occurrence (a change of its timing drops its exceptions, as
// Outlook does); DELETE of a master removes the series. A transactionId
// that repeats within the retention returns the first POST's event.
//
// # Delta
//
// A first round fixes the window; tokens are opaque keys of server-side
// cursors (window and position). Pages honour Prefer: odata.maxpagesize
// (default 10, capped at 1000) and answer Preference-Applied. Items are the
// instances in the window (singleInstance, occurrence, exception; never a
// seriesMaster) without extended properties; deletions and moves out of
// the window are {"@odata.type","id","@removed":{"reason":"deleted"}}, and
// an incremental round also reports as @removed an object changed or
// deleted outside the window that the client never saw (Graph's documented
// quirk). $select, $expand, $filter, $orderby, $top, $search and $count are
// refused with 400 ErrorInvalidUrlQuery. A re-used deltaLink works; a
// re-used nextLink returns the same page.
//
// # Knobs
//
// ShortPages (short and empty pages), Replay, SetReplicationDelay,
// InvalidateDelta (410 + Location or 400 syncStateNotFound, for delta or
// skip tokens), SetIfMatch, SetTransactionRetention, SetTokenLifetime,
// RevokeTokens, SetMaxConcurrent (429 ApplicationThrottled, "over its
// MailboxConcurrency limit"), Throttle (429 TooManyRequests with or without
// Retry-After), Fail (e.g. 503/504 for the next k requests), DropAfterCommit
// (commit a POST, then close the connection unanswered) and SetLatency.
// Requests, TokenRequests and MaxConcurrentSeen let tests assert what a
// client did.
//
// # The double's own API (not Graph)
//
//	GET /_double/mailboxes
//	GET /_double/mailboxes/{upn}/events
//
// read-only JSON without authentication, for `planner demo` to show what
// arrived in the mailboxes.
package graphtest
