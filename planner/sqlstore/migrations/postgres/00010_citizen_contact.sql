-- Why: the meeting dialog's participant list shows each citizen's phone
-- number and latest note (issue 22, guide B's "Deltagerliste": Telefon,
-- Seneste notat). Both are kept on the citizen, edited on the citizen card.

-- +goose Up
ALTER TABLE citizens ADD COLUMN phone TEXT NOT NULL DEFAULT '';
ALTER TABLE citizens ADD COLUMN note TEXT NOT NULL DEFAULT '';
-- The dialog's Korrespondance lists the mails about one meeting.
CREATE INDEX notifications_meeting ON notifications (jobcenter_id, meeting_id) WHERE meeting_id <> 0;
ALTER TABLE citizens ADD COLUMN note_at TIMESTAMPTZ;

-- +goose Down
DROP INDEX notifications_meeting;
ALTER TABLE citizens DROP COLUMN note_at;
ALTER TABLE citizens DROP COLUMN note;
ALTER TABLE citizens DROP COLUMN phone;
