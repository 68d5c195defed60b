-- Why: the two-way calendar sync (§9); the same tables as PostgreSQL's
-- 00003_calendar_sync.sql (see there), instants in Unix milliseconds.

-- +goose Up
CREATE TABLE calendar_states (
    advisor_id   INTEGER PRIMARY KEY REFERENCES advisors ON DELETE CASCADE,
    cursor       TEXT    NOT NULL DEFAULT '',
    last_attempt INTEGER,
    last_success INTEGER,
    last_full    INTEGER,
    healthy      INTEGER NOT NULL DEFAULT 1,
    auth_failed  INTEGER NOT NULL DEFAULT 0,
    last_error   TEXT    NOT NULL DEFAULT '',
    zone         TEXT    NOT NULL DEFAULT ''
);

CREATE TABLE calendar_objects (
    advisor_id INTEGER NOT NULL REFERENCES advisors ON DELETE CASCADE,
    href       TEXT    NOT NULL,
    etag       TEXT    NOT NULL DEFAULT '',
    hash       TEXT    NOT NULL DEFAULT '',
    data       BLOB    NOT NULL,
    PRIMARY KEY (advisor_id, href)
);

CREATE TABLE calendar_events (
    meeting_id INTEGER NOT NULL,
    advisor_id INTEGER NOT NULL REFERENCES advisors ON DELETE CASCADE,
    href       TEXT    NOT NULL,
    etag       TEXT    NOT NULL DEFAULT '',
    owned_hash TEXT    NOT NULL DEFAULT '',
    generation INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (meeting_id, advisor_id)
);
CREATE UNIQUE INDEX calendar_events_href ON calendar_events (advisor_id, href);

ALTER TABLE external_items ADD COLUMN href TEXT NOT NULL DEFAULT '';
ALTER TABLE external_items ADD COLUMN all_day INTEGER NOT NULL DEFAULT 0;
CREATE INDEX external_items_href ON external_items (advisor_id, href);
CREATE INDEX sync_items_calendar ON sync_items (advisor_id, state) WHERE kind = 'calendar';

-- +goose Down
-- Forward-only: migrations are never rolled back.
