-- Why: the same tables as PostgreSQL's 00011_registers.sql (see there).

-- +goose Up
CREATE TABLE other_actors (
    id           INTEGER PRIMARY KEY,
    jobcenter_id INTEGER NOT NULL REFERENCES jobcenters,
    name         TEXT    NOT NULL,
    cvr          TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX other_actors_jobcenter ON other_actors (jobcenter_id);
CREATE TABLE variants (
    id           INTEGER PRIMARY KEY,
    jobcenter_id INTEGER NOT NULL REFERENCES jobcenters,
    meeting_type TEXT   NOT NULL,
    name         TEXT   NOT NULL,
    UNIQUE (jobcenter_id, meeting_type, name)
);
ALTER TABLE marks ADD COLUMN code TEXT NOT NULL DEFAULT '';
CREATE UNIQUE INDEX marks_code ON marks (code) WHERE code <> '';

-- +goose Down
DROP INDEX marks_code;
ALTER TABLE marks DROP COLUMN code;
DROP TABLE variants;
DROP TABLE other_actors;
