-- Why: the §7 notification mails need an outbox; the same table as
-- PostgreSQL's 00002_notifications.sql (see there). dedup_key is unique:
-- one mail per situation, address and day.

-- +goose Up
CREATE TABLE notifications (
    id           INTEGER PRIMARY KEY,
    jobcenter_id INTEGER NOT NULL REFERENCES jobcenters,
    dedup_key    TEXT    NOT NULL UNIQUE,
    trigger      INTEGER NOT NULL,
    reason       TEXT    NOT NULL DEFAULT '',
    recipient    TEXT    NOT NULL,
    team_id      INTEGER NOT NULL DEFAULT 0,
    offer_id     INTEGER NOT NULL DEFAULT 0,
    advisor_id   INTEGER NOT NULL DEFAULT 0,
    meeting_id   INTEGER NOT NULL DEFAULT 0,
    day          TEXT    NOT NULL,
    state        TEXT    NOT NULL DEFAULT 'pending',
    attempts     INTEGER NOT NULL DEFAULT 0,
    next_attempt INTEGER NOT NULL,
    last_error   TEXT    NOT NULL DEFAULT '',
    created_at   INTEGER NOT NULL,
    sent_at      INTEGER
);
CREATE INDEX notifications_due ON notifications (state, next_attempt);
CREATE INDEX notifications_jobcenter ON notifications (jobcenter_id, day);

-- +goose Down
-- Forward-only: migrations are never rolled back.
