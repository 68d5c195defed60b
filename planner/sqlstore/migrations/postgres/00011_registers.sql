-- Why: the registers the offers' rules need (issue 22 point 3): the job
-- centre's other actors, which referral rules choose from, its variants of
-- the meeting types (samtaletypevarianter), which offers choose from, and the
-- national data hub's key of the state and region person-group marks it
-- lists, so an import updates a mark instead of adding it twice.

-- +goose Up
CREATE TABLE other_actors (
    id           bigserial PRIMARY KEY,
    jobcenter_id bigint NOT NULL REFERENCES jobcenters,
    name         text   NOT NULL,
    cvr          text   NOT NULL DEFAULT ''
);
CREATE INDEX other_actors_jobcenter ON other_actors (jobcenter_id);
CREATE TABLE variants (
    id           bigserial PRIMARY KEY,
    jobcenter_id bigint NOT NULL REFERENCES jobcenters,
    meeting_type text   NOT NULL,
    name         text   NOT NULL,
    UNIQUE (jobcenter_id, meeting_type, name)
);
ALTER TABLE marks ADD COLUMN code text NOT NULL DEFAULT '';
CREATE UNIQUE INDEX marks_code ON marks (code) WHERE code <> '';

-- +goose Down
DROP INDEX marks_code;
ALTER TABLE marks DROP COLUMN code;
DROP TABLE variants;
DROP TABLE other_actors;
