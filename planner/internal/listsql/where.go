package listsql

import (
	"strings"
	"time"

	"github.com/planner-dk/planner/planner"
)

// Dialect is what a store writes its own way in the lists' conditions.
type Dialect struct {
	// Param is the n-th positional parameter: "$3" or "?3".
	Param func(n int) string
	// In is "col is one of ids", taking its parameters from args.
	In func(col string, ids []int64, args []any) (string, []any)
	// Contains is a case-insensitive substring match of col against the
	// LIKE-escaped parameter param (ESCAPE '\').
	Contains func(col, param string) string
	// Date and Instant are the parameter values of a date and an instant.
	Date    func(planner.Date) any
	Instant func(time.Time) any
}

// Where builds the conditions of a list query over the summons row s; the
// values go in args, never into the SQL text. zone gives the job centre's
// zone; it is asked only when the sent date bounds the query.
func Where(q planner.ListQuery, jc planner.JobcenterID, zone func() (*time.Location, error), d Dialect) (string, []any, error) {
	state := planner.Sent
	if q.List == planner.PendingList {
		state = planner.Pending
	}
	jcParam := d.Param(1)
	conds := []string{"s.jobcenter_id = " + jcParam, "s.cancelled_at IS NULL", "s.state = " + d.Param(2)}
	args := []any{jc, state}
	// add appends a condition whose one parameter is written "@".
	add := func(cond string, v any) {
		args = append(args, v)
		conds = append(conds, strings.ReplaceAll(cond, "@", d.Param(len(args))))
	}
	if q.Search != "" {
		switch number, cpr, name := planner.SearchKind(strings.TrimSpace(q.Search)); {
		case number != "":
			add("s.meeting_id IN (SELECT meeting_id FROM summonses WHERE jobcenter_id = "+jcParam+" AND number = @)", number)
		case !cpr.IsZero():
			add("s.citizen_id IN (SELECT id FROM citizens WHERE jobcenter_id = "+jcParam+" AND cpr = @)", cpr.Digits())
		default:
			add(d.Contains("s.citizen_name", "@"), EscapeLike(name))
		}
	}
	if err := dateWhere(q, zone, d, add); err != nil {
		return "", nil, err
	}
	if len(q.Teams) > 0 {
		ids := make([]int64, len(q.Teams))
		for i, t := range q.Teams {
			ids[i] = int64(t)
		}
		var cond string
		cond, args = d.In("s.team_id", ids, args)
		conds = append(conds, cond)
	}
	if q.Offer != 0 {
		add("s.meeting_id IN (SELECT id FROM meetings WHERE offer_id = @)", q.Offer)
	}
	if q.Advisor != 0 {
		add("s.responsible_id = @", q.Advisor)
	}
	if q.MeetingType != "" {
		add("s.meeting_type = @", q.MeetingType)
	}
	if q.Variant != "" {
		add("s.variant = @", q.Variant)
	}
	if q.Channel != "" {
		add("s.channel = @", q.Channel)
	}
	if q.DeadlineExceeded != nil {
		add("(s.holding_deadline IS NOT NULL AND s.meeting_day > s.holding_deadline) = @", *q.DeadlineExceeded)
	}
	if q.Seen != nil {
		add("(s.seen_at IS NOT NULL) = @", *q.Seen)
	}
	if q.HideOld {
		add("s.meeting_day >= @", d.Date(q.Today))
	}
	return strings.Join(conds, " AND "), args, nil
}

// dateWhere adds the from–to filter on the chosen date field. The sent
// date is an instant, bounded by local midnights in the job centre's zone.
func dateWhere(q planner.ListQuery, zone func() (*time.Location, error), d Dialect, add func(string, any)) error {
	if q.From.IsZero() && q.To.IsZero() {
		return nil
	}
	col := map[planner.ListDateField]string{planner.DateMeeting: "s.meeting_day", planner.DateHoldingDeadline: "s.holding_deadline"}[q.DateField]
	if col != "" {
		if !q.From.IsZero() {
			add(col+" >= @", d.Date(q.From))
		}
		if !q.To.IsZero() {
			add(col+" <= @", d.Date(q.To))
		}
		return nil
	}
	loc, err := zone()
	if err != nil {
		return err
	}
	if !q.From.IsZero() {
		add("s.sent_at >= @", d.Instant(q.From.In(loc)))
	}
	if !q.To.IsZero() {
		add("s.sent_at < @", d.Instant(q.To.AddDays(1).In(loc)))
	}
	return nil
}
