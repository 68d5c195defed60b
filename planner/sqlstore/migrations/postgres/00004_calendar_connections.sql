-- Why: a changed calendar connection is a new calendar (issue 14). Each
-- connection gets its own id, and the push table's rows carry the id of
-- the connection they were written to, so an href of one calendar is never
-- restored or updated on another. A connection that an advisor no longer
-- uses is kept as a retired calendar, with Planner's events of future
-- meetings in it, until they are deleted there with its old credentials
-- (wiped then). A calendar's state records a permanent write failure.

-- +goose Up
CREATE SEQUENCE calendar_ids;

ALTER TABLE advisors ADD COLUMN calendar_id bigint NOT NULL DEFAULT 0;
UPDATE advisors SET calendar_id = nextval('calendar_ids') WHERE coalesce(calendar->>'kind', '') <> '';

ALTER TABLE calendar_events ADD COLUMN calendar_id bigint NOT NULL DEFAULT 0;
UPDATE calendar_events e SET calendar_id = a.calendar_id FROM advisors a WHERE a.id = e.advisor_id;

ALTER TABLE calendar_states ADD COLUMN write_error text NOT NULL DEFAULT '';

CREATE TABLE retired_calendars (
    id           bigint      PRIMARY KEY,
    jobcenter_id bigint      NOT NULL REFERENCES jobcenters,
    advisor_id   bigint      NOT NULL REFERENCES advisors ON DELETE CASCADE,
    kind         text        NOT NULL,
    url          text        NOT NULL,
    username     text        NOT NULL DEFAULT '',
    secret       text        NOT NULL DEFAULT '',
    retired_at   timestamptz NOT NULL,
    state        text        NOT NULL,
    attempts     integer     NOT NULL DEFAULT 0,
    next_attempt timestamptz NOT NULL,
    last_error   text        NOT NULL DEFAULT ''
);
CREATE INDEX retired_calendars_due ON retired_calendars (next_attempt) WHERE state = 'cleaning';
CREATE INDEX retired_calendars_advisor ON retired_calendars (advisor_id);

-- Planner's events in a retired calendar: deleted there, then here.
CREATE TABLE retired_events (
    calendar_id bigint NOT NULL REFERENCES retired_calendars ON DELETE CASCADE,
    meeting_id  bigint NOT NULL,
    href        text   NOT NULL,
    etag        text   NOT NULL DEFAULT '',
    owned_hash  text   NOT NULL DEFAULT '',
    PRIMARY KEY (calendar_id, href)
);

-- +goose Down
DROP TABLE retired_events;
DROP TABLE retired_calendars;
ALTER TABLE calendar_states DROP COLUMN write_error;
ALTER TABLE calendar_events DROP COLUMN calendar_id;
ALTER TABLE advisors DROP COLUMN calendar_id;
DROP SEQUENCE calendar_ids;
