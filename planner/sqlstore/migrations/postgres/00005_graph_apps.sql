-- Why: a job centre's advisors' Exchange Online calendars are reached
-- through the job centre's own app registration in Microsoft Entra ID
-- (issue 12): its tenant, client id and client secret, set by an admin. The
-- secret is sealed by the store (planner/secret), as every stored credential
-- is; Migrate seals the rows of older versions that hold one in clear
-- (advisors.calendar_secret, retired_calendars.secret) after this runs.

-- +goose Up
CREATE TABLE jobcenter_graph_apps (
    jobcenter_id bigint      PRIMARY KEY REFERENCES jobcenters ON DELETE CASCADE,
    tenant_id    text        NOT NULL,
    client_id    text        NOT NULL,
    secret       text        NOT NULL,
    token_url    text        NOT NULL DEFAULT '',
    graph_url    text        NOT NULL DEFAULT '',
    updated_at   timestamptz NOT NULL
);

-- +goose Down
DROP TABLE jobcenter_graph_apps;
