-- Why: a signed-out session must stay signed out (issue 20); the same
-- table as PostgreSQL's 00007_web_sessions.sql (see there), instants in
-- Unix milliseconds.

-- +goose Up
CREATE TABLE web_sessions (
    hash       BLOB    PRIMARY KEY,
    kind       TEXT    NOT NULL,
    started_at INTEGER NOT NULL,
    idle_until INTEGER NOT NULL,
    ends_at    INTEGER NOT NULL
);
CREATE INDEX web_sessions_idle ON web_sessions (idle_until);

-- +goose Down
DROP TABLE web_sessions;
