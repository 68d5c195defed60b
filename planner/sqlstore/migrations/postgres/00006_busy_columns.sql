-- Why: one name per column on both engines (issue 19), so that the store's
-- SQL is written once. A meeting is busy from start_at to busy_end and an
-- advisor's row from busy_start to busy_end, as SQLite has always named
-- them; the ranges the exclusion constraints compare are computed from
-- those columns (stored, generated), so the guarantee is unchanged and
-- keeps its constraint names. planner_local_date(instant, zone) is the date
-- of an instant in a zone: the day a meeting is listed under; SQLite's
-- store registers a function of the same name and meaning.

-- +goose Up
ALTER TABLE meetings ADD COLUMN busy_end timestamptz;
UPDATE meetings SET busy_end = upper(busy);
ALTER TABLE meetings ALTER COLUMN busy_end SET NOT NULL;
ALTER TABLE meetings DROP COLUMN busy;
ALTER TABLE meetings ADD COLUMN busy tstzrange GENERATED ALWAYS AS (tstzrange(start_at, busy_end)) STORED;
ALTER TABLE meetings ADD CONSTRAINT meetings_room_id_busy_excl
    EXCLUDE USING gist (room_id WITH =, busy WITH &&) WHERE (room_id IS NOT NULL AND cancelled_at IS NULL);

ALTER TABLE meeting_advisors ADD COLUMN busy_start timestamptz, ADD COLUMN busy_end timestamptz;
UPDATE meeting_advisors SET busy_start = lower(busy), busy_end = upper(busy);
ALTER TABLE meeting_advisors ALTER COLUMN busy_start SET NOT NULL, ALTER COLUMN busy_end SET NOT NULL;
ALTER TABLE meeting_advisors DROP COLUMN busy;
ALTER TABLE meeting_advisors ADD COLUMN busy tstzrange GENERATED ALWAYS AS (tstzrange(busy_start, busy_end)) STORED;
ALTER TABLE meeting_advisors ADD CONSTRAINT meeting_advisors_advisor_id_busy_excl
    EXCLUDE USING gist (advisor_id WITH =, busy WITH &&);

CREATE FUNCTION planner_local_date(t timestamptz, zone text) RETURNS date
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT (t AT TIME ZONE zone)::date $$;

-- +goose Down
-- Forward-only: migrations are never rolled back.
