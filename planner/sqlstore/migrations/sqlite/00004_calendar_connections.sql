-- Why: a changed calendar connection is a new calendar (issue 14); the same
-- as PostgreSQL's 00004_calendar_connections.sql (see there), instants in
-- Unix milliseconds. calendar_ids hands out the connections' ids, never
-- reused (AUTOINCREMENT).

-- +goose Up
CREATE TABLE calendar_ids (id INTEGER PRIMARY KEY AUTOINCREMENT);

ALTER TABLE advisors ADD COLUMN calendar_id INTEGER NOT NULL DEFAULT 0;
UPDATE advisors SET calendar_id = id WHERE coalesce(json_extract(calendar, '$.kind'), '') <> '';
INSERT INTO calendar_ids (id) SELECT calendar_id FROM advisors WHERE calendar_id <> 0;

ALTER TABLE calendar_events ADD COLUMN calendar_id INTEGER NOT NULL DEFAULT 0;
UPDATE calendar_events SET calendar_id = (SELECT a.calendar_id FROM advisors a WHERE a.id = calendar_events.advisor_id);

ALTER TABLE calendar_states ADD COLUMN write_error TEXT NOT NULL DEFAULT '';

CREATE TABLE retired_calendars (
    id           INTEGER PRIMARY KEY,
    jobcenter_id INTEGER NOT NULL REFERENCES jobcenters,
    advisor_id   INTEGER NOT NULL REFERENCES advisors ON DELETE CASCADE,
    kind         TEXT    NOT NULL,
    url          TEXT    NOT NULL,
    username     TEXT    NOT NULL DEFAULT '',
    secret       TEXT    NOT NULL DEFAULT '',
    retired_at   INTEGER NOT NULL,
    state        TEXT    NOT NULL,
    attempts     INTEGER NOT NULL DEFAULT 0,
    next_attempt INTEGER NOT NULL,
    last_error   TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX retired_calendars_due ON retired_calendars (next_attempt) WHERE state = 'cleaning';
CREATE INDEX retired_calendars_advisor ON retired_calendars (advisor_id);

CREATE TABLE retired_events (
    calendar_id INTEGER NOT NULL REFERENCES retired_calendars ON DELETE CASCADE,
    meeting_id  INTEGER NOT NULL,
    href        TEXT    NOT NULL,
    etag        TEXT    NOT NULL DEFAULT '',
    owned_hash  TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (calendar_id, href)
);

-- +goose Down
DROP TABLE retired_events;
DROP TABLE retired_calendars;
ALTER TABLE calendar_states DROP COLUMN write_error;
ALTER TABLE calendar_events DROP COLUMN calendar_id;
ALTER TABLE advisors DROP COLUMN calendar_id;
DROP TABLE calendar_ids;
