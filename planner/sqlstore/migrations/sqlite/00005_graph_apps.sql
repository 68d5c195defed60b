-- Why: a job centre's Graph app registration (issue 12); the same as
-- PostgreSQL's 00005_graph_apps.sql (see there), instants in Unix
-- milliseconds. The secret is sealed by the store.

-- +goose Up
CREATE TABLE jobcenter_graph_apps (
    jobcenter_id INTEGER PRIMARY KEY REFERENCES jobcenters ON DELETE CASCADE,
    tenant_id    TEXT    NOT NULL,
    client_id    TEXT    NOT NULL,
    secret       TEXT    NOT NULL,
    token_url    TEXT    NOT NULL DEFAULT '',
    graph_url    TEXT    NOT NULL DEFAULT '',
    updated_at   INTEGER NOT NULL
);

-- +goose Down
DROP TABLE jobcenter_graph_apps;
