package sqlstore

import (
	"context"
	"time"

	"github.com/planner-dk/planner/planner"
)

// citizenColumns are read by scanCitizen, in its order.
const citizenColumns = `id, jobcenter_id, cpr, name, contact_group, assessment, sub_centre, other_actor,
	referrals, sickness_category, registered_since, in_activation, unemployment_fund, marks,
	booking_deadline, drop_date, phone, note, note_at`

// CreateCitizen implements planner.Store.
func (db *DB) CreateCitizen(ctx context.Context, c *planner.Citizen) error {
	if err := c.ValidateOn(db.today()); err != nil {
		return err
	}
	return db.tx(ctx, func(t tx, now time.Time) error {
		return t.QueryRow(ctx, `
			INSERT INTO citizens (jobcenter_id, cpr, name, contact_group, assessment, sub_centre, other_actor,
				referrals, sickness_category, registered_since, in_activation, unemployment_fund, marks,
				booking_deadline, drop_date, phone, note, note_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)
			RETURNING id`, append(citizenArgs(*c), noteTime(c.Note, now))...).Scan(&c.ID)
	})
}

// today is the store clock's date, a day ahead of UTC's so that no time
// zone's today is refused as a future birth date.
func (db *DB) today() planner.Date {
	now := time.Now()
	if db.Now != nil {
		now = db.Now()
	}
	return planner.DateOf(now, time.UTC).AddDays(1)
}

// noteTime is when a note written at now was written: none for no note.
func noteTime(note string, now time.Time) any {
	if note == "" {
		return nil
	}
	return now
}

func citizenArgs(c planner.Citizen) []any {
	return []any{
		c.JobcenterID, c.CPR.Digits(), c.Name, c.ContactGroup, c.Assessment, int64(c.SubCentre), c.OtherActor,
		jsonOf(referralRows(c.Referrals)), c.SicknessCategory, dateArg(c.RegisteredSince), c.InActivation, c.UnemploymentFund,
		jsonOf(orEmpty(c.Marks)), dateArg(c.BookingDeadline), dateArg(c.DropDate), c.Phone, c.Note,
	}
}

// UpdateCitizen implements planner.Store; the summonses' copy of the
// name (the lists sort and search on it) changes with it.
func (db *DB) UpdateCitizen(ctx context.Context, c planner.Citizen) error {
	if err := c.ValidateOn(db.today()); err != nil {
		return err
	}
	return db.tx(ctx, func(t tx, now time.Time) error {
		if _, err := t.Exec(ctx, `UPDATE summonses SET citizen_name = $3 WHERE jobcenter_id = $1 AND citizen_id = $2`, c.JobcenterID, c.ID, c.Name); err != nil {
			return err
		}
		return expectRow(t.Exec(ctx, `
			UPDATE citizens
			SET cpr = $2, name = $3, contact_group = $4, assessment = $5, sub_centre = $6, other_actor = $7,
				referrals = $8, sickness_category = $9, registered_since = $10, in_activation = $11,
				unemployment_fund = $12, marks = $13, booking_deadline = $14, drop_date = $15, phone = $16,
				note_at = CASE WHEN note = $17 THEN note_at ELSE $19 END, note = $17
			WHERE jobcenter_id = $1 AND id = $18`, append(citizenArgs(c), c.ID, noteTime(c.Note, now))...))
	})
}

// FindCitizen implements planner.Store.
func (db *DB) FindCitizen(ctx context.Context, jc planner.JobcenterID, id planner.CitizenID) (planner.Citizen, error) {
	c, err := scanCitizen(db.e.read().QueryRow(ctx, `SELECT `+citizenColumns+` FROM citizens WHERE jobcenter_id = $1 AND id = $2`, jc, id))
	return c, db.d.mapError(err)
}

// FindCitizens implements planner.Store.
func (db *DB) FindCitizens(ctx context.Context, jc planner.JobcenterID, ids []planner.CitizenID) ([]planner.Citizen, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	list, args := db.d.list([]any{jc}, idsOf(ids))
	cs, err := all(ctx, db.e.read(), func(r rows) (planner.Citizen, error) { return scanCitizen(r) },
		`SELECT `+citizenColumns+` FROM citizens WHERE jobcenter_id = $1 AND `+db.d.in("id", list)+` ORDER BY id`, args...)
	return cs, db.d.mapError(err)
}

// FindCitizenByCPR implements planner.Store.
func (db *DB) FindCitizenByCPR(ctx context.Context, jc planner.JobcenterID, cpr planner.CPR) (planner.Citizen, error) {
	c, err := scanCitizen(db.e.read().QueryRow(ctx, `SELECT `+citizenColumns+` FROM citizens WHERE jobcenter_id = $1 AND cpr = $2`, jc, cpr.Digits()))
	return c, db.d.mapError(err)
}

func scanCitizen(r row) (planner.Citizen, error) {
	var c planner.Citizen
	var cpr string
	var referrals, marks []byte
	var registered, deadline, drop *time.Time
	var sub int64
	err := r.Scan(&c.ID, &c.JobcenterID, &cpr, &c.Name, &c.ContactGroup, &c.Assessment, &sub, &c.OtherActor,
		&referrals, &c.SicknessCategory, &registered, &c.InActivation, &c.UnemploymentFund, &marks, &deadline, &drop,
		&c.Phone, &c.Note, &c.NoteAt)
	if err != nil {
		return c, err
	}
	if c.CPR, err = planner.ParseCPR(cpr); err != nil {
		return c, err
	}
	c.SubCentre = planner.SubCentreID(sub)
	c.RegisteredSince, c.BookingDeadline, c.DropDate = dateOf(registered), dateOf(deadline), dateOf(drop)
	if c.Referrals, err = readReferrals(referrals); err != nil {
		return c, err
	}
	if err := fromJSON(marks, &c.Marks); err != nil {
		return c, err
	}
	if len(c.Marks) == 0 {
		c.Marks = nil
	}
	return c, nil
}

// referralRow is a referral as the referrals column holds it: the column
// keeps the key it was first written with ("actor"), whatever the API
// names the field.
type referralRow struct {
	Actor planner.OtherActorID `json:"actor"`
	From  planner.Date         `json:"from"`
	To    planner.Date         `json:"to"`
}

// referralRows is the column's form of rs, never null.
func referralRows(rs []planner.Referral) []referralRow {
	out := make([]referralRow, len(rs))
	for i, r := range rs {
		out[i] = referralRow(r)
	}
	return out
}

// readReferrals decodes the referrals column; none is nil.
func readReferrals(b []byte) ([]planner.Referral, error) {
	var rows []referralRow
	if err := fromJSON(b, &rows); err != nil {
		return nil, err
	}
	var out []planner.Referral
	for _, r := range rows {
		out = append(out, planner.Referral(r))
	}
	return out, nil
}
