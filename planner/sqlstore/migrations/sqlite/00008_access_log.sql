-- Why: who looked at whom (issue 21); the same tables as PostgreSQL's
-- 00009_access_log.sql (see there), instants in Unix milliseconds.

-- +goose Up
CREATE TABLE access_log_heads (
    jobcenter_id INTEGER PRIMARY KEY REFERENCES jobcenters ON DELETE CASCADE,
    log_key      TEXT    NOT NULL,
    last_seq     INTEGER NOT NULL DEFAULT 0,
    last_mac     BLOB    NOT NULL DEFAULT x'',
    anchor_seq   INTEGER NOT NULL DEFAULT 0,
    anchor_mac   BLOB    NOT NULL DEFAULT x''
);

CREATE TABLE access_log (
    id           INTEGER PRIMARY KEY,
    jobcenter_id INTEGER NOT NULL REFERENCES jobcenters ON DELETE CASCADE,
    seq          INTEGER NOT NULL,
    at           INTEGER NOT NULL,
    actor        TEXT    NOT NULL,
    person_id    INTEGER,
    role         TEXT    NOT NULL,
    action       TEXT    NOT NULL,
    route        TEXT    NOT NULL,
    purpose      TEXT    NOT NULL DEFAULT '',
    criterion    TEXT    NOT NULL DEFAULT '',
    citizens     TEXT    NOT NULL,
    mac          BLOB    NOT NULL,
    UNIQUE (jobcenter_id, seq)
);
CREATE INDEX access_log_at ON access_log (jobcenter_id, at);
CREATE INDEX access_log_person ON access_log (jobcenter_id, person_id, at);

CREATE TABLE access_log_citizens (
    entry_id     INTEGER NOT NULL REFERENCES access_log ON DELETE CASCADE,
    jobcenter_id INTEGER NOT NULL,
    at           INTEGER NOT NULL,
    citizen_id   INTEGER NOT NULL,
    cpr_mac      BLOB    NOT NULL
);
CREATE INDEX access_log_citizens_cpr ON access_log_citizens (jobcenter_id, cpr_mac, at);
CREATE INDEX access_log_citizens_entry ON access_log_citizens (entry_id);

-- +goose StatementBegin
CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log
BEGIN
    SELECT RAISE(ABORT, 'the access log is append-only');
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER access_log_citizens_no_update BEFORE UPDATE ON access_log_citizens
BEGIN
    SELECT RAISE(ABORT, 'the access log is append-only');
END;
-- +goose StatementEnd

-- +goose Down
DROP TABLE access_log_citizens;
DROP TABLE access_log;
DROP TABLE access_log_heads;
