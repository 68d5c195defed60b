-- Why: staff sign in through their municipality's identity provider
-- (issue 20); the same tables as PostgreSQL's 00008_sign_in.sql (see
-- there), instants in Unix milliseconds.

-- +goose Up
CREATE TABLE identity_providers (
    id            INTEGER PRIMARY KEY,
    jobcenter_id  INTEGER NOT NULL REFERENCES jobcenters ON DELETE CASCADE,
    name          TEXT    NOT NULL,
    kind          TEXT    NOT NULL CHECK (kind IN ('oidc', 'saml')),
    issuer        TEXT    NOT NULL DEFAULT '',
    metadata_url  TEXT    NOT NULL DEFAULT '',
    metadata      TEXT    NOT NULL DEFAULT '',
    client_id     TEXT    NOT NULL DEFAULT '',
    client_secret TEXT    NOT NULL DEFAULT '',
    subject_claim TEXT    NOT NULL DEFAULT '',
    role_claim    TEXT    NOT NULL DEFAULT '',
    role_map      TEXT    NOT NULL,
    advisor_claim TEXT    NOT NULL DEFAULT '',
    min_assurance TEXT    NOT NULL DEFAULT '',
    disabled      INTEGER NOT NULL DEFAULT 0,
    created_at    INTEGER NOT NULL
);
CREATE INDEX identity_providers_jobcenter ON identity_providers (jobcenter_id);

CREATE TABLE people (
    id            INTEGER PRIMARY KEY,
    jobcenter_id  INTEGER NOT NULL REFERENCES jobcenters ON DELETE CASCADE,
    provider_id   INTEGER NOT NULL REFERENCES identity_providers ON DELETE CASCADE,
    subject       TEXT    NOT NULL,
    name          TEXT    NOT NULL DEFAULT '',
    email         TEXT    NOT NULL DEFAULT '',
    role          TEXT    NOT NULL,
    advisor_id    INTEGER REFERENCES advisors ON DELETE SET NULL,
    disabled      INTEGER NOT NULL DEFAULT 0,
    created_at    INTEGER NOT NULL,
    last_sign_in  INTEGER NOT NULL,
    sign_in_count INTEGER NOT NULL DEFAULT 0,
    UNIQUE (provider_id, subject)
);
CREATE INDEX people_jobcenter ON people (jobcenter_id);

ALTER TABLE web_sessions ADD COLUMN person_id INTEGER REFERENCES people ON DELETE CASCADE;
ALTER TABLE web_sessions ADD COLUMN sso_hint TEXT NOT NULL DEFAULT '';
CREATE INDEX web_sessions_person ON web_sessions (person_id) WHERE person_id IS NOT NULL;

CREATE TABLE sign_in_once (
    key     TEXT    PRIMARY KEY,
    data    TEXT    NOT NULL,
    expires INTEGER NOT NULL
);
CREATE INDEX sign_in_once_expires ON sign_in_once (expires);

-- +goose Down
DROP TABLE sign_in_once;
DROP INDEX web_sessions_person;
ALTER TABLE web_sessions DROP COLUMN sso_hint;
ALTER TABLE web_sessions DROP COLUMN person_id;
DROP TABLE people;
DROP TABLE identity_providers;
