-- Why: the same columns as PostgreSQL's 00010_citizen_contact.sql (see
-- there); the note's time in Unix milliseconds like SQLite's other instants.

-- +goose Up
ALTER TABLE citizens ADD COLUMN phone TEXT NOT NULL DEFAULT '';
ALTER TABLE citizens ADD COLUMN note TEXT NOT NULL DEFAULT '';
-- The dialog's Korrespondance lists the mails about one meeting.
CREATE INDEX notifications_meeting ON notifications (jobcenter_id, meeting_id) WHERE meeting_id <> 0;
ALTER TABLE citizens ADD COLUMN note_at INTEGER;

-- +goose Down
DROP INDEX notifications_meeting;
ALTER TABLE citizens DROP COLUMN note_at;
ALTER TABLE citizens DROP COLUMN note;
ALTER TABLE citizens DROP COLUMN phone;
