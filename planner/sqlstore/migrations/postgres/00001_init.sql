-- Why: the first schema of Planner — the domain of SPEC §1–§8 — with the
-- invariants the database guards: no two meetings of an advisor or a room
-- overlap, reporting time included (exclusion constraints over tstzrange),
-- and a sync outbox row per change (DESIGN.md data flow).

-- +goose Up
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE jobcenters (
    id             bigserial PRIMARY KEY,
    name           text    NOT NULL,
    zone           text    NOT NULL,
    region         text    NOT NULL DEFAULT '',
    summons_prefix integer NOT NULL CHECK (summons_prefix BETWEEN 10000 AND 99999),
    sub_centres    jsonb   NOT NULL DEFAULT '[]',
    settings       jsonb   NOT NULL
);

CREATE TABLE teams (
    id           bigserial PRIMARY KEY,
    jobcenter_id bigint NOT NULL REFERENCES jobcenters,
    parent_id    bigint REFERENCES teams,
    name         text   NOT NULL,
    mail         text   NOT NULL DEFAULT '',
    phone        text   NOT NULL DEFAULT '',
    hours        jsonb
);
CREATE INDEX teams_jobcenter ON teams (jobcenter_id);

CREATE TABLE advisors (
    id              bigserial PRIMARY KEY,
    jobcenter_id    bigint NOT NULL REFERENCES jobcenters,
    team_id         bigint NOT NULL REFERENCES teams,
    name            text   NOT NULL,
    mail            text   NOT NULL DEFAULT '',
    phone           text   NOT NULL DEFAULT '',
    hours           jsonb,
    marks           jsonb  NOT NULL DEFAULT '[]',
    calendar        jsonb  NOT NULL DEFAULT '{}',
    calendar_secret text   NOT NULL DEFAULT ''
);
CREATE INDEX advisors_jobcenter ON advisors (jobcenter_id);

CREATE TABLE rooms (
    id           bigserial PRIMARY KEY,
    jobcenter_id bigint  NOT NULL REFERENCES jobcenters,
    name         text    NOT NULL,
    capacity     integer NOT NULL CHECK (capacity > 0)
);

CREATE TABLE marks (
    id            bigserial PRIMARY KEY,
    name          text    NOT NULL,
    level         text    NOT NULL,
    region        text    NOT NULL DEFAULT '',
    jobcenter_id  bigint  NOT NULL DEFAULT 0,
    binds_advisor boolean NOT NULL DEFAULT false
);

CREATE TABLE citizens (
    id                bigserial PRIMARY KEY,
    jobcenter_id      bigint  NOT NULL REFERENCES jobcenters,
    cpr               text    NOT NULL,
    name              text    NOT NULL,
    contact_group     text    NOT NULL DEFAULT '',
    assessment        text    NOT NULL DEFAULT '',
    sub_centre        bigint  NOT NULL DEFAULT 0,
    other_actor       boolean NOT NULL DEFAULT false,
    referrals         jsonb   NOT NULL DEFAULT '[]',
    sickness_category text    NOT NULL DEFAULT '',
    registered_since  date,
    in_activation     boolean NOT NULL DEFAULT false,
    unemployment_fund text    NOT NULL DEFAULT '',
    marks             jsonb   NOT NULL DEFAULT '[]',
    booking_deadline  date,
    drop_date         date,
    UNIQUE (jobcenter_id, cpr)
);

CREATE TABLE offers (
    id                      bigserial PRIMARY KEY,
    jobcenter_id            bigint  NOT NULL REFERENCES jobcenters,
    name                    text    NOT NULL,
    description             text    NOT NULL DEFAULT '',
    template_id             bigint  NOT NULL DEFAULT 0,
    meeting_type            text    NOT NULL,
    variant                 text    NOT NULL DEFAULT '',
    form                    text    NOT NULL,
    channel                 text    NOT NULL,
    caller                  text    NOT NULL DEFAULT '',
    phone                   text    NOT NULL DEFAULT '',
    duration_minutes        integer NOT NULL,
    reporting_minutes       integer NOT NULL,
    start_minutes           jsonb   NOT NULL DEFAULT '[]',
    first_meeting_date      date,
    fixed_end               date,
    rolling_weeks           integer NOT NULL DEFAULT 0,
    opens_on                date    NOT NULL,
    team_id                 bigint  NOT NULL REFERENCES teams,
    room_id                 bigint REFERENCES rooms,
    advisors                jsonb   NOT NULL DEFAULT '[]',
    citizen_chooses_advisor boolean NOT NULL DEFAULT false,
    other_actor             boolean NOT NULL DEFAULT false,
    terms                   jsonb   NOT NULL,
    rules                   jsonb   NOT NULL,
    active                  boolean NOT NULL,
    changed_at              timestamptz NOT NULL,
    changed_by              text    NOT NULL DEFAULT ''
);

-- A meeting blocks busy = [start_at, end_at + reporting time). A room holds
-- one meeting at a time: the exclusion constraint rejects an overlapping
-- booking of it even when two transactions race.
CREATE TABLE meetings (
    id                bigserial PRIMARY KEY,
    jobcenter_id      bigint      NOT NULL REFERENCES jobcenters,
    offer_id          bigint REFERENCES offers,
    team_id           bigint REFERENCES teams,
    responsible_id    bigint REFERENCES advisors,
    day               date        NOT NULL, -- the meeting's date in the job centre's zone
    title             text        NOT NULL DEFAULT '',
    meeting_type      text        NOT NULL DEFAULT '',
    variant           text        NOT NULL DEFAULT '',
    form              text        NOT NULL,
    channel           text        NOT NULL,
    start_at          timestamptz NOT NULL,
    end_at            timestamptz NOT NULL,
    reporting_minutes integer     NOT NULL DEFAULT 0,
    busy              tstzrange   NOT NULL,
    room_id           bigint REFERENCES rooms,
    seats             integer     NOT NULL DEFAULT 0,
    seats_from_room   boolean     NOT NULL DEFAULT false,
    rebook_seats      integer     NOT NULL DEFAULT 0,
    terms             jsonb       NOT NULL DEFAULT '{}',
    created_at        timestamptz NOT NULL,
    cancelled_at      timestamptz,
    CHECK (end_at > start_at),
    EXCLUDE USING gist (room_id WITH =, busy WITH &&) WHERE (room_id IS NOT NULL AND cancelled_at IS NULL)
);
CREATE INDEX meetings_offer ON meetings (offer_id) WHERE cancelled_at IS NULL;

-- One row per advisor of a live meeting; deleted when the meeting is
-- cancelled. The exclusion constraint is the invariant "no two meetings of
-- one advisor overlap, reporting time included" (DESIGN.md).
CREATE TABLE meeting_advisors (
    meeting_id bigint    NOT NULL REFERENCES meetings ON DELETE CASCADE,
    advisor_id bigint    NOT NULL REFERENCES advisors,
    position   integer   NOT NULL,
    busy       tstzrange NOT NULL,
    PRIMARY KEY (meeting_id, advisor_id),
    EXCLUDE USING gist (advisor_id WITH =, busy WITH &&)
);

-- Summons numbers: PPPPP-NNNNNN, the job centre's prefix and this sequence.
CREATE SEQUENCE summons_number_seq;

CREATE TABLE summonses (
    id               bigserial PRIMARY KEY,
    jobcenter_id     bigint      NOT NULL REFERENCES jobcenters,
    number           text        NOT NULL UNIQUE,
    meeting_id       bigint      NOT NULL REFERENCES meetings,
    citizen_id       bigint      NOT NULL REFERENCES citizens,
    state            text        NOT NULL,
    holding_deadline date,
    rebooked         boolean     NOT NULL DEFAULT false,
    jobnet_state     text        NOT NULL DEFAULT 'pending',
    jobnet_at        timestamptz,
    jobnet_error     text        NOT NULL DEFAULT '',
    seen_at          timestamptz,
    sent_at          timestamptz,
    created_at       timestamptz NOT NULL,
    created_by       text        NOT NULL DEFAULT '',
    cancelled_at     timestamptz,
    -- Copies of the meeting's and citizen's list columns, kept in step by
    -- the store, so the lists (§6) filter, sort and count on this table
    -- alone and join the rest for the one page they show.
    team_id          bigint,
    responsible_id   bigint,
    meeting_start    timestamptz NOT NULL,
    meeting_day      date        NOT NULL,
    meeting_type     text        NOT NULL DEFAULT '',
    variant          text        NOT NULL DEFAULT '',
    channel          text        NOT NULL DEFAULT '',
    citizen_name     text        NOT NULL DEFAULT ''
);
-- The lists (§6) filter on job centre and state, and sort by meeting date
-- by default.
CREATE INDEX summonses_list_date ON summonses (jobcenter_id, state, meeting_start) WHERE cancelled_at IS NULL;
CREATE INDEX summonses_list_team ON summonses (jobcenter_id, state, team_id, meeting_start) WHERE cancelled_at IS NULL;
CREATE INDEX summonses_list_name ON summonses (jobcenter_id, state, citizen_name) WHERE cancelled_at IS NULL;
CREATE INDEX summonses_meeting ON summonses (meeting_id);
-- Name search (§6) is a substring match: trigrams keep it off a full scan.
CREATE INDEX summonses_name_trgm ON summonses USING gin (citizen_name gin_trgm_ops);
CREATE INDEX meetings_day ON meetings (jobcenter_id, day, start_at);
CREATE UNIQUE INDEX summonses_once_per_meeting ON summonses (meeting_id, citizen_id) WHERE cancelled_at IS NULL;

CREATE TABLE absences (
    id           bigserial PRIMARY KEY,
    jobcenter_id bigint      NOT NULL REFERENCES jobcenters,
    advisor_id   bigint      NOT NULL REFERENCES advisors,
    start_at     timestamptz NOT NULL,
    end_at       timestamptz NOT NULL,
    note         text        NOT NULL DEFAULT '',
    CHECK (end_at > start_at)
);
CREATE INDEX absences_advisor ON absences (advisor_id, start_at);

-- Busy items from the advisors' own calendars (green); filled by the sync.
CREATE TABLE external_items (
    id         bigserial PRIMARY KEY,
    advisor_id bigint      NOT NULL REFERENCES advisors,
    start_at   timestamptz NOT NULL,
    end_at     timestamptz NOT NULL,
    summary    text        NOT NULL DEFAULT '',
    private    boolean     NOT NULL DEFAULT false
);
CREATE INDEX external_items_advisor ON external_items (advisor_id, start_at);

-- The outbox: one row per change per target, written with the change.
CREATE TABLE sync_items (
    id           bigserial PRIMARY KEY,
    jobcenter_id bigint      NOT NULL REFERENCES jobcenters,
    kind         text        NOT NULL,
    advisor_id   bigint      NOT NULL DEFAULT 0,
    meeting_id   bigint      NOT NULL,
    summons_id   bigint      NOT NULL DEFAULT 0,
    op           text        NOT NULL,
    state        text        NOT NULL,
    attempts     integer     NOT NULL DEFAULT 0,
    next_attempt timestamptz NOT NULL,
    last_error   text        NOT NULL DEFAULT '',
    remote_href  text        NOT NULL DEFAULT '',
    etag         text        NOT NULL DEFAULT '',
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL
);
CREATE INDEX sync_items_due ON sync_items (next_attempt) WHERE state = 'pending';
CREATE INDEX sync_items_meeting ON sync_items (meeting_id);

-- The revision log: who changed a meeting, summons or offer, when, and how.
CREATE TABLE audit_log (
    id           bigserial PRIMARY KEY,
    jobcenter_id bigint      NOT NULL REFERENCES jobcenters,
    entity       text        NOT NULL,
    entity_id    bigint      NOT NULL,
    meeting_id   bigint      NOT NULL DEFAULT 0,
    actor        text        NOT NULL,
    at           timestamptz NOT NULL,
    action       text        NOT NULL,
    before       jsonb,
    after        jsonb
);
CREATE INDEX audit_log_entity ON audit_log (jobcenter_id, entity, entity_id);
CREATE INDEX audit_log_meeting ON audit_log (jobcenter_id, meeting_id);

-- Summons templates (§4.1): a name and the offer fields they pre-fill.
CREATE TABLE templates (
    id           bigserial PRIMARY KEY,
    jobcenter_id bigint NOT NULL REFERENCES jobcenters,
    name         text   NOT NULL,
    fields       jsonb  NOT NULL
);

-- API bearer tokens, stored as SHA-256 hashes; each bound to a job centre.
CREATE TABLE api_tokens (
    id           bigserial PRIMARY KEY,
    jobcenter_id bigint      NOT NULL REFERENCES jobcenters,
    role         text        NOT NULL,
    name         text        NOT NULL,
    hash         bytea       NOT NULL UNIQUE,
    created_at   timestamptz NOT NULL
);

-- +goose Down
-- Forward-only: migrations are never rolled back in production.
