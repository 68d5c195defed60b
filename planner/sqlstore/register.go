package sqlstore

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"github.com/planner-dk/planner/planner"
)

// FindRuleContext implements planner.Store.
func (db *DB) FindRuleContext(ctx context.Context, jc planner.JobcenterID) (planner.RuleContext, error) {
	j, err := db.FindJobcenter(ctx, jc)
	if err != nil {
		return planner.RuleContext{}, err
	}
	marks, err := db.visibleMarks(ctx, j)
	if err != nil {
		return planner.RuleContext{}, err
	}
	actors, err := db.FindOtherActors(ctx, jc)
	if err != nil {
		return planner.RuleContext{}, err
	}
	variants, err := db.FindVariants(ctx, jc)
	if err != nil {
		return planner.RuleContext{}, err
	}
	rc := planner.RuleContext{Jobcenter: j, Marks: marks, OtherActors: map[planner.OtherActorID]string{},
		SicknessCategories: planner.SicknessCategories(), Variants: map[string][]string{}}
	for _, a := range actors {
		rc.OtherActors[a.ID] = a.Name
	}
	for _, v := range variants {
		rc.Variants[v.MeetingType] = append(rc.Variants[v.MeetingType], v.Name)
	}
	return rc, nil
}

// UpdateMark implements planner.Store.
func (db *DB) UpdateMark(ctx context.Context, m planner.Mark) error {
	m.Level = planner.MarkJobcenter
	if err := m.Validate(); err != nil {
		return err
	}
	return db.tx(ctx, func(t tx, _ time.Time) error {
		return expectRow(t.Exec(ctx, `
			UPDATE marks SET name = $3, binds_advisor = $4
			WHERE jobcenter_id = $1 AND id = $2 AND level = 'jobcenter'`, m.JobcenterID, m.ID, m.Name, m.BindsAdvisor))
	})
}

// DeleteMark implements planner.Store: a mark a citizen or an advisor
// carries, or an offer's rules name, is in use.
func (db *DB) DeleteMark(ctx context.Context, jc planner.JobcenterID, id planner.MarkID) error {
	if err := db.namedByRules(ctx, jc, planner.RuleMark, int64(id)); err != nil {
		return err
	}
	return db.deleteRow(ctx, "marks", jc, int64(id), `SELECT EXISTS (SELECT 1 FROM citizens WHERE jobcenter_id = $1 AND `+db.d.jsonHas("marks", "$2")+`)
		OR EXISTS (SELECT 1 FROM advisors WHERE jobcenter_id = $1 AND `+db.d.jsonHas("marks", "$2")+`)`)
}

// namedByRules answers ErrConflict when an offer of the job centre has a
// rule of type typ whose criterion is id.
func (db *DB) namedByRules(ctx context.Context, jc planner.JobcenterID, typ planner.RuleType, id int64) error {
	offers, err := db.FindOffers(ctx, jc, planner.OfferFilter{})
	if err != nil {
		return err
	}
	want := strconv.FormatInt(id, 10)
	for _, o := range offers {
		for _, g := range o.Rules.Groups {
			for _, r := range g.Rules {
				if r.Type == typ && r.Value == want {
					return fmt.Errorf("the rules of offer %d name it: %w", o.ID, planner.ErrInUse)
				}
			}
		}
	}
	return nil
}

// ImportMarks implements planner.Store, in one transaction.
func (db *DB) ImportMarks(ctx context.Context, marks []planner.Mark) (added, changed int, err error) {
	for i, m := range marks {
		if m.Code == "" || (m.Level != planner.MarkState && m.Level != planner.MarkRegion) {
			return 0, 0, &planner.FieldError{Field: fmt.Sprintf("marks[%d]", i), Reason: "must be a state or region mark with a code", ReasonDA: "skal være en statslig eller regional markering med en kode"}
		}
		if err := m.Validate(); err != nil {
			return 0, 0, err
		}
	}
	err = db.tx(ctx, func(t tx, _ time.Time) error {
		added, changed = 0, 0
		for _, m := range marks {
			res, err := t.Exec(ctx, `
				UPDATE marks SET name = $2, level = $3, region = $4, binds_advisor = $5
				WHERE code = $1 AND (name <> $2 OR level <> $3 OR region <> $4 OR binds_advisor <> $5)`,
				m.Code, m.Name, m.Level, m.Region, m.BindsAdvisor)
			if err != nil {
				return err
			}
			if res > 0 {
				changed++
				continue
			}
			res, err = t.Exec(ctx, `
				INSERT INTO marks (name, level, region, jobcenter_id, binds_advisor, code)
				SELECT $2, $3, $4, 0, $5, $1
				WHERE NOT EXISTS (SELECT 1 FROM marks WHERE code = $1)`, m.Code, m.Name, m.Level, m.Region, m.BindsAdvisor)
			if err != nil {
				return err
			}
			if res > 0 {
				added++
			}
		}
		return nil
	})
	return added, changed, err
}

// CreateOtherActor implements planner.Store.
func (db *DB) CreateOtherActor(ctx context.Context, a *planner.OtherActor) error {
	if err := a.Validate(); err != nil {
		return err
	}
	return db.tx(ctx, func(t tx, _ time.Time) error {
		return t.QueryRow(ctx, `INSERT INTO other_actors (jobcenter_id, name, cvr) VALUES ($1, $2, $3) RETURNING id`,
			a.JobcenterID, a.Name, a.CVR).Scan(&a.ID)
	})
}

// UpdateOtherActor implements planner.Store.
func (db *DB) UpdateOtherActor(ctx context.Context, a planner.OtherActor) error {
	if err := a.Validate(); err != nil {
		return err
	}
	return db.tx(ctx, func(t tx, _ time.Time) error {
		return expectRow(t.Exec(ctx, `UPDATE other_actors SET name = $3, cvr = $4 WHERE jobcenter_id = $1 AND id = $2`,
			a.JobcenterID, a.ID, a.Name, a.CVR))
	})
}

// DeleteOtherActor implements planner.Store. A citizen's referral to the
// actor stays (it is history) and reads without a name.
func (db *DB) DeleteOtherActor(ctx context.Context, jc planner.JobcenterID, id planner.OtherActorID) error {
	if err := db.namedByRules(ctx, jc, planner.RuleReferral, int64(id)); err != nil {
		return err
	}
	return db.deleteRow(ctx, "other_actors", jc, int64(id), "")
}

// FindOtherActors implements planner.Store.
func (db *DB) FindOtherActors(ctx context.Context, jc planner.JobcenterID) ([]planner.OtherActor, error) {
	out, err := all(ctx, db.e.read(), func(r rows) (planner.OtherActor, error) {
		var a planner.OtherActor
		return a, r.Scan(&a.ID, &a.JobcenterID, &a.Name, &a.CVR)
	}, `SELECT id, jobcenter_id, name, cvr FROM other_actors WHERE jobcenter_id = $1 ORDER BY name, id`, jc)
	return out, db.d.mapError(err)
}

// CreateVariant implements planner.Store.
func (db *DB) CreateVariant(ctx context.Context, v *planner.Variant) error {
	if err := v.Validate(); err != nil {
		return err
	}
	return db.tx(ctx, func(t tx, _ time.Time) error {
		return t.QueryRow(ctx, `INSERT INTO variants (jobcenter_id, meeting_type, name) VALUES ($1, $2, $3) RETURNING id`,
			v.JobcenterID, v.MeetingType, v.Name).Scan(&v.ID)
	})
}

// UpdateVariant implements planner.Store: the meeting type stays; the
// offers of the variant take its new name in the same transaction (the
// meetings already made keep the name they were made with).
func (db *DB) UpdateVariant(ctx context.Context, v planner.Variant) error {
	return db.tx(ctx, func(t tx, _ time.Time) error {
		var old string
		if err := t.QueryRow(ctx, `SELECT meeting_type, name FROM variants WHERE jobcenter_id = $1 AND id = $2`, v.JobcenterID, v.ID).Scan(&v.MeetingType, &old); err != nil {
			return err
		}
		if err := v.Validate(); err != nil { // the stored meeting type, the new name
			return err
		}
		if _, err := t.Exec(ctx, `UPDATE offers SET variant = $4 WHERE jobcenter_id = $1 AND meeting_type = $2 AND variant = $3`,
			v.JobcenterID, v.MeetingType, old, v.Name); err != nil {
			return err
		}
		return expectRow(t.Exec(ctx, `UPDATE variants SET name = $3 WHERE jobcenter_id = $1 AND id = $2`, v.JobcenterID, v.ID, v.Name))
	})
}

// DeleteVariant implements planner.Store.
func (db *DB) DeleteVariant(ctx context.Context, jc planner.JobcenterID, id planner.VariantID) error {
	return db.deleteRow(ctx, "variants", jc, int64(id), `SELECT EXISTS (SELECT 1 FROM offers o, variants v
		WHERE v.jobcenter_id = $1 AND v.id = $2 AND o.jobcenter_id = v.jobcenter_id AND o.meeting_type = v.meeting_type AND o.variant = v.name)`)
}

// FindVariants implements planner.Store.
func (db *DB) FindVariants(ctx context.Context, jc planner.JobcenterID) ([]planner.Variant, error) {
	out, err := all(ctx, db.e.read(), func(r rows) (planner.Variant, error) {
		var v planner.Variant
		return v, r.Scan(&v.ID, &v.JobcenterID, &v.MeetingType, &v.Name)
	}, `SELECT id, jobcenter_id, meeting_type, name FROM variants WHERE jobcenter_id = $1 ORDER BY meeting_type, name, id`, jc)
	return out, db.d.mapError(err)
}
