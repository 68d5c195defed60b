-- Why: who looked at whom (issue 21). Every use of a citizen's personal
-- data by a person — reads, searches with their criterion, exports,
-- changes — is one entry of the job centre's access log, written in the
-- transaction of the change or before a read is answered. The log is
-- append-only (UPDATE is refused) and chained: each entry's MAC, keyed by
-- the job centre's log key (sealed like the other credentials), covers the
-- entry and the MAC before it, so a changed, removed or reordered entry is
-- found (planner accesslog verify). The CPR numbers, the criterion and the purpose are
-- sealed; access_log_citizens finds a citizen's entries by a keyed hash of
-- the CPR number. Retention deletes the oldest entries and keeps the MAC of
-- the last one deleted as the chain's anchor. No foreign key to citizens or
-- people: the log outlives them.

-- +goose Up
CREATE TABLE access_log_heads (
    jobcenter_id bigint PRIMARY KEY REFERENCES jobcenters ON DELETE CASCADE,
    log_key      text   NOT NULL,
    last_seq     bigint NOT NULL DEFAULT 0,
    last_mac     bytea  NOT NULL DEFAULT '',
    anchor_seq   bigint NOT NULL DEFAULT 0,
    anchor_mac   bytea  NOT NULL DEFAULT ''
);

CREATE TABLE access_log (
    id           bigserial   PRIMARY KEY,
    jobcenter_id bigint      NOT NULL REFERENCES jobcenters ON DELETE CASCADE,
    seq          bigint      NOT NULL,
    at           timestamptz NOT NULL,
    actor        text        NOT NULL,
    person_id    bigint,
    role         text        NOT NULL,
    action       text        NOT NULL,
    route        text        NOT NULL,
    purpose      text        NOT NULL DEFAULT '',
    criterion    text        NOT NULL DEFAULT '',
    citizens     text        NOT NULL,
    mac          bytea       NOT NULL,
    UNIQUE (jobcenter_id, seq)
);
CREATE INDEX access_log_at ON access_log (jobcenter_id, at);
CREATE INDEX access_log_person ON access_log (jobcenter_id, person_id, at);

CREATE TABLE access_log_citizens (
    entry_id     bigint      NOT NULL REFERENCES access_log ON DELETE CASCADE,
    jobcenter_id bigint      NOT NULL,
    at           timestamptz NOT NULL,
    citizen_id   bigint      NOT NULL,
    cpr_mac      bytea       NOT NULL
);
CREATE INDEX access_log_citizens_cpr ON access_log_citizens (jobcenter_id, cpr_mac, at);
CREATE INDEX access_log_citizens_entry ON access_log_citizens (entry_id);

-- +goose StatementBegin
CREATE FUNCTION access_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the access log is append-only';
END $$;
-- +goose StatementEnd
CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log
    FOR EACH ROW EXECUTE FUNCTION access_log_append_only();
CREATE TRIGGER access_log_citizens_no_update BEFORE UPDATE ON access_log_citizens
    FOR EACH ROW EXECUTE FUNCTION access_log_append_only();

-- +goose Down
DROP TABLE access_log_citizens;
DROP TABLE access_log;
DROP FUNCTION access_log_append_only();
DROP TABLE access_log_heads;
