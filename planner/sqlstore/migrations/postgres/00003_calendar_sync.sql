-- Why: the two-way calendar sync (§9) keeps, per advisor calendar, its
-- listing cursor and health; per external object its version, content hash
-- and raw text (so a moved horizon needs no round trip); and the push table,
-- whose hrefs are what makes a remote event Planner's (PROTOCOLS.md §4.1).
-- external_items gain the href of the object they expand from, so a pull
-- replaces exactly one object's items.

-- +goose Up
CREATE TABLE calendar_states (
    advisor_id   bigint      PRIMARY KEY REFERENCES advisors ON DELETE CASCADE,
    cursor       text        NOT NULL DEFAULT '',
    last_attempt timestamptz,
    last_success timestamptz,
    last_full    timestamptz,
    healthy      boolean     NOT NULL DEFAULT true,
    auth_failed  boolean     NOT NULL DEFAULT false,
    last_error   text        NOT NULL DEFAULT '',
    zone         text        NOT NULL DEFAULT ''
);

CREATE TABLE calendar_objects (
    advisor_id bigint NOT NULL REFERENCES advisors ON DELETE CASCADE,
    href       text   NOT NULL,
    etag       text   NOT NULL DEFAULT '',
    hash       text   NOT NULL DEFAULT '',
    data       bytea  NOT NULL,
    PRIMARY KEY (advisor_id, href)
);

-- The push table: one row per meeting per advisor calendar.
CREATE TABLE calendar_events (
    meeting_id bigint NOT NULL,
    advisor_id bigint NOT NULL REFERENCES advisors ON DELETE CASCADE,
    href       text   NOT NULL,
    etag       text   NOT NULL DEFAULT '',
    owned_hash text   NOT NULL DEFAULT '',
    generation bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (meeting_id, advisor_id)
);
CREATE UNIQUE INDEX calendar_events_href ON calendar_events (advisor_id, href);

ALTER TABLE external_items ADD COLUMN href text NOT NULL DEFAULT '';
ALTER TABLE external_items ADD COLUMN all_day boolean NOT NULL DEFAULT false;
CREATE INDEX external_items_href ON external_items (advisor_id, href);
CREATE INDEX sync_items_calendar ON sync_items (advisor_id) WHERE state = 'pending' AND kind = 'calendar';

-- +goose Down
DROP INDEX sync_items_calendar;
DROP INDEX external_items_href;
ALTER TABLE external_items DROP COLUMN all_day;
ALTER TABLE external_items DROP COLUMN href;
DROP TABLE calendar_events;
DROP TABLE calendar_objects;
DROP TABLE calendar_states;
