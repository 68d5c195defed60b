-- Why: staff sign in through their municipality's identity provider
-- (issue 20). A job centre has identity providers (OpenID Connect or SAML),
-- each with the map from its groups or roles to Planner's roles; a person
-- is who a provider says they are — (provider, subject), never an e-mail
-- address — with the role their last sign-in gave them and the advisor
-- they are. A UI session may belong to a person, so disabling the person
-- ends it at once. sign_in_once keeps a sign-in's one-time records for
-- every replica: the pending request an answer must match (taken once) and
-- the ids of SAML assertions already used (replay). The client secret and
-- the once-data are sealed by the store.

-- +goose Up
CREATE TABLE identity_providers (
    id            bigserial   PRIMARY KEY,
    jobcenter_id  bigint      NOT NULL REFERENCES jobcenters ON DELETE CASCADE,
    name          text        NOT NULL,
    kind          text        NOT NULL CHECK (kind IN ('oidc', 'saml')),
    issuer        text        NOT NULL DEFAULT '',
    metadata_url  text        NOT NULL DEFAULT '',
    metadata      text        NOT NULL DEFAULT '',
    client_id     text        NOT NULL DEFAULT '',
    client_secret text        NOT NULL DEFAULT '',
    subject_claim text        NOT NULL DEFAULT '',
    role_claim    text        NOT NULL DEFAULT '',
    role_map      jsonb       NOT NULL,
    advisor_claim text        NOT NULL DEFAULT '',
    min_assurance text        NOT NULL DEFAULT '',
    disabled      boolean     NOT NULL DEFAULT false,
    created_at    timestamptz NOT NULL
);
CREATE INDEX identity_providers_jobcenter ON identity_providers (jobcenter_id);

CREATE TABLE people (
    id            bigserial   PRIMARY KEY,
    jobcenter_id  bigint      NOT NULL REFERENCES jobcenters ON DELETE CASCADE,
    provider_id   bigint      NOT NULL REFERENCES identity_providers ON DELETE CASCADE,
    subject       text        NOT NULL,
    name          text        NOT NULL DEFAULT '',
    email         text        NOT NULL DEFAULT '',
    role          text        NOT NULL,
    advisor_id    bigint      REFERENCES advisors ON DELETE SET NULL,
    disabled      boolean     NOT NULL DEFAULT false,
    created_at    timestamptz NOT NULL,
    last_sign_in  timestamptz NOT NULL,
    sign_in_count integer     NOT NULL DEFAULT 0,
    UNIQUE (provider_id, subject)
);
CREATE INDEX people_jobcenter ON people (jobcenter_id);

ALTER TABLE web_sessions ADD COLUMN person_id bigint REFERENCES people ON DELETE CASCADE;
-- what the provider needs to end the person's session there too (single
-- logout): the SAML SessionIndex or the OIDC ID token, sealed
ALTER TABLE web_sessions ADD COLUMN sso_hint text NOT NULL DEFAULT '';
CREATE INDEX web_sessions_person ON web_sessions (person_id) WHERE person_id IS NOT NULL;

CREATE TABLE sign_in_once (
    key     text        PRIMARY KEY,
    data    text        NOT NULL,
    expires timestamptz NOT NULL
);
CREATE INDEX sign_in_once_expires ON sign_in_once (expires);

-- +goose Down
DROP TABLE sign_in_once;
ALTER TABLE web_sessions DROP COLUMN sso_hint;
ALTER TABLE web_sessions DROP COLUMN person_id;
DROP TABLE people;
DROP TABLE identity_providers;
