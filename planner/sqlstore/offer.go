package sqlstore

import (
	"context"
	"slices"
	"time"

	"github.com/planner-dk/planner/planner"
)

const offerColumns = `id, jobcenter_id, name, description, template_id, meeting_type, variant, form, channel,
	caller, phone, duration_minutes, reporting_minutes, start_minutes, first_meeting_date, fixed_end,
	rolling_weeks, opens_on, team_id, coalesce(room_id, 0), advisors, citizen_chooses_advisor, other_actor,
	terms, rules, active, changed_at, changed_by`

// CreateOffer implements planner.Store. The offer must validate; a group
// offer's sessions become group meetings in the same transaction.
func (db *DB) CreateOffer(ctx context.Context, o *planner.Offer) error {
	if err := db.validateOffer(ctx, *o); err != nil {
		return err
	}
	orig := *o
	return db.tx(ctx, func(t tx, now time.Time) error {
		*o = orig
		o.Sessions = slices.Clone(orig.Sessions) // session ids are set per attempt
		if err := sameJobcenter(ctx, t, "teams", int64(o.TeamID), o.JobcenterID, "teamId"); err != nil {
			return err
		}
		o.ChangedAt = now
		if err := t.QueryRow(ctx, `
			INSERT INTO offers (jobcenter_id, name, description, template_id, meeting_type, variant, form, channel,
				caller, phone, duration_minutes, reporting_minutes, start_minutes, first_meeting_date, fixed_end,
				rolling_weeks, opens_on, team_id, room_id, advisors, citizen_chooses_advisor, other_actor,
				terms, rules, active, changed_at, changed_by)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20,
				$21, $22, $23, $24, $25, $26, $27)
			RETURNING id`, append([]any{o.JobcenterID}, offerArgs(*o)...)...).Scan(&o.ID); err != nil {
			return err
		}
		for i := range o.Sessions {
			if err := db.createSession(ctx, t, now, o, &o.Sessions[i]); err != nil {
				return err
			}
		}
		return audit(ctx, t, now, o.JobcenterID, planner.AuditOffer, int64(o.ID), 0, o.ChangedBy, "create", nil, *o)
	})
}

// validateOffer validates o against its job centre's visible marks.
func (db *DB) validateOffer(ctx context.Context, o planner.Offer) error {
	rc, err := db.FindRuleContext(ctx, o.JobcenterID)
	if err != nil {
		return err
	}
	return o.Validate(rc)
}

// offerArgs are the offer's columns from name to changed_by.
func offerArgs(o planner.Offer) []any {
	return []any{
		o.Name, o.Description, int64(o.TemplateID), o.MeetingType, o.Variant, o.Form, o.Channel,
		o.Caller, o.Phone, o.DurationMinutes, o.ReportingMinutes, jsonOf(orEmpty(o.StartMinutes)),
		dateArg(o.FirstMeetingDate), dateArg(o.FixedEnd), o.RollingWeeks, dateArg(o.OpensOn), o.TeamID,
		idArg(o.RoomID), jsonOf(orEmpty(o.Advisors)), o.CitizenChoosesAdvisor, o.OtherActor,
		jsonOf(o.Terms), jsonOf(o.Rules), o.Active, o.ChangedAt, o.ChangedBy,
	}
}

// createSession stores one session of a group offer as a group meeting
// without participants, its advisors' time blocked like any meeting's.
func (db *DB) createSession(ctx context.Context, t tx, now time.Time, o *planner.Offer, s *planner.Session) error {
	m := planner.Meeting{
		JobcenterID: o.JobcenterID, OfferID: o.ID, TeamID: o.TeamID, Title: o.Name, MeetingType: o.MeetingType, Variant: o.Variant,
		Form: planner.Group, Channel: o.Channel, Start: s.Start,
		End:              s.Start.Add(time.Duration(o.DurationMinutes) * time.Minute),
		ReportingMinutes: o.ReportingMinutes, Advisors: s.Advisors, RoomID: o.SessionRoom(*s),
		Seats: s.Seats, RebookSeats: s.RebookSeats, Terms: o.Terms,
	}
	if s.SeatsFromRoom {
		if err := t.QueryRow(ctx, `SELECT capacity FROM rooms WHERE id = $1 AND jobcenter_id = $2`, m.RoomID, o.JobcenterID).Scan(&m.Seats); err != nil {
			return &planner.FieldError{Field: "sessions.roomId", Reason: "does not exist in the job centre", ReasonDA: "findes ikke i jobcentret"}
		}
		if m.RebookSeats >= m.Seats {
			return &planner.FieldError{Field: "sessions.rebookSeats", Reason: "must leave at least one seat for booking", ReasonDA: "skal efterlade mindst én plads til booking"}
		}
	}
	if err := db.insertMeeting(ctx, t, t, now, &m, s.SeatsFromRoom); err != nil {
		return err
	}
	s.ID = planner.SessionID(m.ID)
	return nil
}

// UpdateOffer implements planner.Store with the edit rules of §4.3.
func (db *DB) UpdateOffer(ctx context.Context, o planner.Offer) error {
	old, err := db.FindOffer(ctx, o.JobcenterID, o.ID)
	if err != nil {
		return err
	}
	if err := planner.ValidateEdit(old, o); err != nil {
		return err
	}
	// Existing sessions stay as they are (their seats change through
	// UpdateSeats); sessions without an id are new meetings to add.
	var added []planner.Session
	for _, sess := range o.Sessions {
		if sess.ID == 0 {
			added = append(added, sess)
		}
	}
	o.Sessions = append(slices.Clone(old.Sessions), added...)
	if err := db.validateOffer(ctx, o); err != nil {
		return err
	}
	return db.tx(ctx, func(t tx, now time.Time) error {
		o.ChangedAt = now
		for i := len(old.Sessions); i < len(o.Sessions); i++ {
			if err := db.createSession(ctx, t, now, &o, &o.Sessions[i]); err != nil {
				return err
			}
		}
		if err := audit(ctx, t, now, o.JobcenterID, planner.AuditOffer, int64(o.ID), 0, o.ChangedBy, "update", old, o); err != nil {
			return err
		}
		return expectRow(t.Exec(ctx, `
			UPDATE offers
			SET name = $3, description = $4, template_id = $5, meeting_type = $6, variant = $7, form = $8,
				channel = $9, caller = $10, phone = $11, duration_minutes = $12, reporting_minutes = $13,
				start_minutes = $14, first_meeting_date = $15, fixed_end = $16, rolling_weeks = $17,
				opens_on = $18, team_id = $19, room_id = $20, advisors = $21, citizen_chooses_advisor = $22,
				other_actor = $23, terms = $24, rules = $25, active = $26, changed_at = $27, changed_by = $28
			WHERE jobcenter_id = $1 AND id = $2`, append([]any{o.JobcenterID, o.ID}, offerArgs(o)...)...))
	})
}

// FindOffer implements planner.Store.
func (db *DB) FindOffer(ctx context.Context, jc planner.JobcenterID, id planner.OfferID) (planner.Offer, error) {
	o, err := first(db.findOffers(ctx, `jobcenter_id = $1 AND id = $2`, jc, id))
	if err != nil {
		return o, err
	}
	if o.Form != planner.Group {
		return o, nil
	}
	seats, err := db.FindGroupSeats(ctx, jc, id)
	for _, g := range seats {
		o.Sessions = append(o.Sessions, planner.Session{
			ID: g.SessionID, Start: g.Start, Advisors: g.Advisors, Seats: g.Capacity, RebookSeats: g.RebookSeats,
		})
	}
	return o, err
}

// FindOffers implements planner.Store.
func (db *DB) FindOffers(ctx context.Context, jc planner.JobcenterID, f planner.OfferFilter) ([]planner.Offer, error) {
	where, args := []string{"jobcenter_id = $1"}, []any{jc}
	add := func(col string, v any) {
		args = append(args, v)
		where = append(where, col+" = "+param(len(args)))
	}
	if f.Active != nil {
		add("active", *f.Active)
	}
	if f.TeamID != nil {
		add("team_id", *f.TeamID)
	}
	if f.Form != nil {
		add("form", *f.Form)
	}
	return db.findOffers(ctx, and(where), args...)
}

// findOffers reads the offers cond selects, in id order, without sessions.
func (db *DB) findOffers(ctx context.Context, cond string, args ...any) ([]planner.Offer, error) {
	out, err := all(ctx, db.e.read(), func(r rows) (planner.Offer, error) {
		var o planner.Offer
		var startMinutes, advisors, terms, rules []byte
		var first, end, opens *time.Time
		var template int64
		err := r.Scan(&o.ID, &o.JobcenterID, &o.Name, &o.Description, &template, &o.MeetingType, &o.Variant,
			&o.Form, &o.Channel, &o.Caller, &o.Phone, &o.DurationMinutes, &o.ReportingMinutes, &startMinutes,
			&first, &end, &o.RollingWeeks, &opens, &o.TeamID, &o.RoomID, &advisors, &o.CitizenChoosesAdvisor,
			&o.OtherActor, &terms, &rules, &o.Active, &o.ChangedAt, &o.ChangedBy)
		if err != nil {
			return o, err
		}
		o.TemplateID = planner.TemplateID(template)
		o.FirstMeetingDate, o.FixedEnd, o.OpensOn = dateOf(first), dateOf(end), dateOf(opens)
		o.ChangedAt = o.ChangedAt.UTC()
		for _, j := range []struct {
			b []byte
			v any
		}{{startMinutes, &o.StartMinutes}, {advisors, &o.Advisors}, {terms, &o.Terms}, {rules, &o.Rules}} {
			if err := fromJSON(j.b, j.v); err != nil {
				return o, err
			}
		}
		if len(o.StartMinutes) == 0 {
			o.StartMinutes = nil
		}
		return o, nil
	}, `SELECT `+offerColumns+` FROM offers WHERE `+cond+` ORDER BY id`, args...)
	return out, db.d.mapError(err)
}
