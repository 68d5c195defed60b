-- Why: a signed-out session must stay signed out (issue 20). The UI's
-- cookie names its session by a random id; the server keeps the session
-- here, by the id's SHA-256 hash (the id itself is a credential, never
-- stored), and refuses a cookie whose session is gone: deleted at sign-out,
-- or past its idle deadline or its end. Every replica reads the same rows.

-- +goose Up
CREATE TABLE web_sessions (
    hash       bytea       PRIMARY KEY,
    kind       text        NOT NULL,
    started_at timestamptz NOT NULL,
    idle_until timestamptz NOT NULL,
    ends_at    timestamptz NOT NULL
);
CREATE INDEX web_sessions_idle ON web_sessions (idle_until);

-- +goose Down
DROP TABLE web_sessions;
