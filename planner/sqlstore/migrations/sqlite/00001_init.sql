-- Why: the first schema of Planner on SQLite, the embedded default; the
-- same tables as PostgreSQL's 00001_init.sql. Instants are INTEGER Unix
-- milliseconds (UTC), dates TEXT 'YYYY-MM-DD', nested values TEXT JSON.
-- SQLite has no exclusion constraints, so triggers guard the invariant "no
-- two meetings of one advisor or room overlap, reporting time included";
-- the store's single writer connection serialises every write.

-- +goose Up
CREATE TABLE jobcenters (
    id             INTEGER PRIMARY KEY,
    name           TEXT    NOT NULL,
    zone           TEXT    NOT NULL,
    region         TEXT    NOT NULL DEFAULT '',
    summons_prefix INTEGER NOT NULL CHECK (summons_prefix BETWEEN 10000 AND 99999),
    summons_seq    INTEGER NOT NULL DEFAULT 0,
    sub_centres    TEXT    NOT NULL DEFAULT '[]',
    settings       TEXT    NOT NULL
);

CREATE TABLE teams (
    id           INTEGER PRIMARY KEY,
    jobcenter_id INTEGER NOT NULL REFERENCES jobcenters,
    parent_id    INTEGER REFERENCES teams,
    name         TEXT    NOT NULL,
    mail         TEXT    NOT NULL DEFAULT '',
    phone        TEXT    NOT NULL DEFAULT '',
    hours        TEXT
);
CREATE INDEX teams_jobcenter ON teams (jobcenter_id);

CREATE TABLE advisors (
    id              INTEGER PRIMARY KEY,
    jobcenter_id    INTEGER NOT NULL REFERENCES jobcenters,
    team_id         INTEGER NOT NULL REFERENCES teams,
    name            TEXT    NOT NULL,
    mail            TEXT    NOT NULL DEFAULT '',
    phone           TEXT    NOT NULL DEFAULT '',
    hours           TEXT,
    marks           TEXT    NOT NULL DEFAULT '[]',
    calendar        TEXT    NOT NULL DEFAULT '{}',
    calendar_secret TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX advisors_jobcenter ON advisors (jobcenter_id);

CREATE TABLE rooms (
    id           INTEGER PRIMARY KEY,
    jobcenter_id INTEGER NOT NULL REFERENCES jobcenters,
    name         TEXT    NOT NULL,
    capacity     INTEGER NOT NULL CHECK (capacity > 0)
);

CREATE TABLE marks (
    id            INTEGER PRIMARY KEY,
    name          TEXT    NOT NULL,
    level         TEXT    NOT NULL,
    region        TEXT    NOT NULL DEFAULT '',
    jobcenter_id  INTEGER NOT NULL DEFAULT 0,
    binds_advisor INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE citizens (
    id                INTEGER PRIMARY KEY,
    jobcenter_id      INTEGER NOT NULL REFERENCES jobcenters,
    cpr               TEXT    NOT NULL,
    name              TEXT    NOT NULL,
    contact_group     TEXT    NOT NULL DEFAULT '',
    assessment        TEXT    NOT NULL DEFAULT '',
    sub_centre        INTEGER NOT NULL DEFAULT 0,
    other_actor       INTEGER NOT NULL DEFAULT 0,
    referrals         TEXT    NOT NULL DEFAULT '[]',
    sickness_category TEXT    NOT NULL DEFAULT '',
    registered_since  TEXT,
    in_activation     INTEGER NOT NULL DEFAULT 0,
    unemployment_fund TEXT    NOT NULL DEFAULT '',
    marks             TEXT    NOT NULL DEFAULT '[]',
    booking_deadline  TEXT,
    drop_date         TEXT,
    UNIQUE (jobcenter_id, cpr)
);

CREATE TABLE offers (
    id                      INTEGER PRIMARY KEY,
    jobcenter_id            INTEGER NOT NULL REFERENCES jobcenters,
    name                    TEXT    NOT NULL,
    description             TEXT    NOT NULL DEFAULT '',
    template_id             INTEGER NOT NULL DEFAULT 0,
    meeting_type            TEXT    NOT NULL,
    variant                 TEXT    NOT NULL DEFAULT '',
    form                    TEXT    NOT NULL,
    channel                 TEXT    NOT NULL,
    caller                  TEXT    NOT NULL DEFAULT '',
    phone                   TEXT    NOT NULL DEFAULT '',
    duration_minutes        INTEGER NOT NULL,
    reporting_minutes       INTEGER NOT NULL,
    start_minutes           TEXT    NOT NULL DEFAULT '[]',
    first_meeting_date      TEXT,
    fixed_end               TEXT,
    rolling_weeks           INTEGER NOT NULL DEFAULT 0,
    opens_on                TEXT    NOT NULL,
    team_id                 INTEGER NOT NULL REFERENCES teams,
    room_id                 INTEGER REFERENCES rooms,
    advisors                TEXT    NOT NULL DEFAULT '[]',
    citizen_chooses_advisor INTEGER NOT NULL DEFAULT 0,
    other_actor             INTEGER NOT NULL DEFAULT 0,
    terms                   TEXT    NOT NULL,
    rules                   TEXT    NOT NULL,
    active                  INTEGER NOT NULL,
    changed_at              INTEGER NOT NULL,
    changed_by              TEXT    NOT NULL DEFAULT ''
);

-- busy_end = end_at + reporting time.
CREATE TABLE meetings (
    id                INTEGER PRIMARY KEY,
    jobcenter_id      INTEGER NOT NULL REFERENCES jobcenters,
    offer_id          INTEGER REFERENCES offers,
    team_id           INTEGER REFERENCES teams,
    responsible_id    INTEGER REFERENCES advisors,
    day               TEXT    NOT NULL, -- the meeting's date in the job centre's zone
    title             TEXT    NOT NULL DEFAULT '',
    meeting_type      TEXT    NOT NULL DEFAULT '',
    variant           TEXT    NOT NULL DEFAULT '',
    form              TEXT    NOT NULL,
    channel           TEXT    NOT NULL,
    start_at          INTEGER NOT NULL,
    end_at            INTEGER NOT NULL,
    reporting_minutes INTEGER NOT NULL DEFAULT 0,
    busy_end          INTEGER NOT NULL,
    room_id           INTEGER REFERENCES rooms,
    seats             INTEGER NOT NULL DEFAULT 0,
    seats_from_room   INTEGER NOT NULL DEFAULT 0,
    rebook_seats      INTEGER NOT NULL DEFAULT 0,
    terms             TEXT    NOT NULL DEFAULT '{}',
    created_at        INTEGER NOT NULL,
    cancelled_at      INTEGER,
    CHECK (end_at > start_at)
);
CREATE INDEX meetings_offer ON meetings (offer_id);
CREATE INDEX meetings_room ON meetings (room_id, start_at);

-- Inputs: the new meeting. Aborts when a live meeting of the same room
-- overlaps its busy range.
-- +goose StatementBegin
CREATE TRIGGER meetings_room_free BEFORE INSERT ON meetings
WHEN NEW.room_id IS NOT NULL AND EXISTS (
    SELECT 1 FROM meetings m
    WHERE m.room_id = NEW.room_id AND m.cancelled_at IS NULL
      AND m.start_at < NEW.busy_end AND NEW.start_at < m.busy_end)
BEGIN
    SELECT RAISE(ABORT, 'planner: room time taken');
END;
-- +goose StatementEnd

-- The same when a live meeting moves to another time or room.
-- +goose StatementBegin
CREATE TRIGGER meetings_room_free_on_move BEFORE UPDATE OF start_at, busy_end, room_id ON meetings
WHEN NEW.room_id IS NOT NULL AND NEW.cancelled_at IS NULL AND EXISTS (
    SELECT 1 FROM meetings m
    WHERE m.room_id = NEW.room_id AND m.id <> NEW.id AND m.cancelled_at IS NULL
      AND m.start_at < NEW.busy_end AND NEW.start_at < m.busy_end)
BEGIN
    SELECT RAISE(ABORT, 'planner: room time taken');
END;
-- +goose StatementEnd

CREATE TABLE meeting_advisors (
    meeting_id INTEGER NOT NULL REFERENCES meetings ON DELETE CASCADE,
    advisor_id INTEGER NOT NULL REFERENCES advisors,
    position   INTEGER NOT NULL,
    busy_start INTEGER NOT NULL,
    busy_end   INTEGER NOT NULL,
    PRIMARY KEY (meeting_id, advisor_id)
);
CREATE INDEX meeting_advisors_busy ON meeting_advisors (advisor_id, busy_start);

-- The invariant of DESIGN.md: no two meetings of one advisor overlap,
-- reporting time included.
-- +goose StatementBegin
CREATE TRIGGER meeting_advisors_free BEFORE INSERT ON meeting_advisors
WHEN EXISTS (
    SELECT 1 FROM meeting_advisors ma
    WHERE ma.advisor_id = NEW.advisor_id AND ma.busy_start < NEW.busy_end AND NEW.busy_start < ma.busy_end)
BEGIN
    SELECT RAISE(ABORT, 'planner: advisor time taken');
END;
-- +goose StatementEnd

CREATE TABLE summonses (
    id               INTEGER PRIMARY KEY,
    jobcenter_id     INTEGER NOT NULL REFERENCES jobcenters,
    number           TEXT    NOT NULL UNIQUE,
    meeting_id       INTEGER NOT NULL REFERENCES meetings,
    citizen_id       INTEGER NOT NULL REFERENCES citizens,
    state            TEXT    NOT NULL,
    holding_deadline TEXT,
    rebooked         INTEGER NOT NULL DEFAULT 0,
    jobnet_state     TEXT    NOT NULL DEFAULT 'pending',
    jobnet_at        INTEGER,
    jobnet_error     TEXT    NOT NULL DEFAULT '',
    seen_at          INTEGER,
    sent_at          INTEGER,
    created_at       INTEGER NOT NULL,
    created_by       TEXT    NOT NULL DEFAULT '',
    cancelled_at     INTEGER,
    -- Copies of the meeting's and citizen's list columns (see PostgreSQL's
    -- migration): the lists filter, sort and count on this table alone.
    team_id          INTEGER,
    responsible_id   INTEGER,
    meeting_start    INTEGER NOT NULL,
    meeting_day      TEXT    NOT NULL,
    meeting_type     TEXT    NOT NULL DEFAULT '',
    variant          TEXT    NOT NULL DEFAULT '',
    channel          TEXT    NOT NULL DEFAULT '',
    citizen_name     TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX summonses_list_date ON summonses (jobcenter_id, state, meeting_start) WHERE cancelled_at IS NULL;
CREATE INDEX summonses_list_team ON summonses (jobcenter_id, state, team_id, meeting_start) WHERE cancelled_at IS NULL;
CREATE INDEX summonses_list_name ON summonses (jobcenter_id, state, citizen_name) WHERE cancelled_at IS NULL;
CREATE INDEX summonses_meeting ON summonses (meeting_id);
CREATE INDEX meetings_day ON meetings (jobcenter_id, day, start_at);
CREATE UNIQUE INDEX summonses_once_per_meeting ON summonses (meeting_id, citizen_id) WHERE cancelled_at IS NULL;

CREATE TABLE absences (
    id           INTEGER PRIMARY KEY,
    jobcenter_id INTEGER NOT NULL REFERENCES jobcenters,
    advisor_id   INTEGER NOT NULL REFERENCES advisors,
    start_at     INTEGER NOT NULL,
    end_at       INTEGER NOT NULL,
    note         TEXT    NOT NULL DEFAULT '',
    CHECK (end_at > start_at)
);
CREATE INDEX absences_advisor ON absences (advisor_id, start_at);

CREATE TABLE external_items (
    id         INTEGER PRIMARY KEY,
    advisor_id INTEGER NOT NULL REFERENCES advisors,
    start_at   INTEGER NOT NULL,
    end_at     INTEGER NOT NULL,
    summary    TEXT    NOT NULL DEFAULT '',
    private    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX external_items_advisor ON external_items (advisor_id, start_at);

CREATE TABLE sync_items (
    id           INTEGER PRIMARY KEY,
    jobcenter_id INTEGER NOT NULL REFERENCES jobcenters,
    kind         TEXT    NOT NULL,
    advisor_id   INTEGER NOT NULL DEFAULT 0,
    meeting_id   INTEGER NOT NULL,
    summons_id   INTEGER NOT NULL DEFAULT 0,
    op           TEXT    NOT NULL,
    state        TEXT    NOT NULL,
    attempts     INTEGER NOT NULL DEFAULT 0,
    next_attempt INTEGER NOT NULL,
    last_error   TEXT    NOT NULL DEFAULT '',
    remote_href  TEXT    NOT NULL DEFAULT '',
    etag         TEXT    NOT NULL DEFAULT '',
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL
);
CREATE INDEX sync_items_due ON sync_items (state, next_attempt);
CREATE INDEX sync_items_meeting ON sync_items (meeting_id);

-- The revision log: who changed a meeting, summons or offer, when, and how.
CREATE TABLE audit_log (
    id           INTEGER PRIMARY KEY,
    jobcenter_id INTEGER NOT NULL REFERENCES jobcenters,
    entity       TEXT    NOT NULL,
    entity_id    INTEGER NOT NULL,
    meeting_id   INTEGER NOT NULL DEFAULT 0,
    actor        TEXT    NOT NULL,
    at           INTEGER NOT NULL,
    action       TEXT    NOT NULL,
    before       TEXT,
    after        TEXT
);
CREATE INDEX audit_log_entity ON audit_log (jobcenter_id, entity, entity_id);
CREATE INDEX audit_log_meeting ON audit_log (jobcenter_id, meeting_id);

-- Summons templates (§4.1): a name and the offer fields they pre-fill.
CREATE TABLE templates (
    id           INTEGER PRIMARY KEY,
    jobcenter_id INTEGER NOT NULL REFERENCES jobcenters,
    name         TEXT    NOT NULL,
    fields       TEXT    NOT NULL
);

-- API bearer tokens, stored as SHA-256 hashes; each bound to a job centre.
CREATE TABLE api_tokens (
    id           INTEGER PRIMARY KEY,
    jobcenter_id INTEGER NOT NULL REFERENCES jobcenters,
    role         TEXT    NOT NULL,
    name         TEXT    NOT NULL,
    hash         BLOB    NOT NULL UNIQUE,
    created_at   INTEGER NOT NULL
);

-- +goose Down
-- Forward-only: migrations are never rolled back.
