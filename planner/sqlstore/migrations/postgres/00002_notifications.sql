-- Why: the §7 notification mails need an outbox. The Service records a
-- decided notification here in the request that raised it; the mail worker
-- sends pending rows. dedup_key is unique, so the same situation mails the
-- same address at most once a day however many requests raise it at once.
-- The row carries no citizen: nothing here can hold a CPR.

-- +goose Up
CREATE TABLE notifications (
    id           bigserial PRIMARY KEY,
    jobcenter_id bigint      NOT NULL REFERENCES jobcenters,
    dedup_key    text        NOT NULL UNIQUE,
    trigger      smallint    NOT NULL,
    reason       text        NOT NULL DEFAULT '',
    recipient    text        NOT NULL,
    team_id      bigint      NOT NULL DEFAULT 0,
    offer_id     bigint      NOT NULL DEFAULT 0,
    advisor_id   bigint      NOT NULL DEFAULT 0,
    meeting_id   bigint      NOT NULL DEFAULT 0,
    day          date        NOT NULL,
    state        text        NOT NULL DEFAULT 'pending',
    attempts     integer     NOT NULL DEFAULT 0,
    next_attempt timestamptz NOT NULL,
    last_error   text        NOT NULL DEFAULT '',
    created_at   timestamptz NOT NULL,
    sent_at      timestamptz
);
CREATE INDEX notifications_due ON notifications (next_attempt) WHERE state = 'pending';
CREATE INDEX notifications_jobcenter ON notifications (jobcenter_id, day);

-- +goose Down
-- Forward-only: migrations are never rolled back.
