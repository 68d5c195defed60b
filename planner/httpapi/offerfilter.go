package httpapi

import (
	"net/http"
	"slices"
	"strconv"
	"strings"

	"github.com/planner-dk/planner/planner"
)

// offerQuery is the offer list's filter (§4.3): ?name= (part of the name,
// any case), teamId=, meetingType=, form=, channel= and contactGroup= (the
// offer's target group: a rule "contact group = value"); empty ones select
// all.
type offerQuery struct {
	name, meetingType, contactGroup string
	team                            planner.TeamID
	form                            planner.Form
	channel                         planner.Channel
}

// parseOfferQuery reads the offer list's filter from r's query.
func parseOfferQuery(r *http.Request) (offerQuery, error) {
	v := r.URL.Query()
	q := offerQuery{
		name: strings.ToLower(strings.TrimSpace(v.Get("name"))), meetingType: v.Get("meetingType"),
		contactGroup: v.Get("contactGroup"), form: planner.Form(v.Get("form")), channel: planner.Channel(v.Get("channel")),
	}
	if t := v.Get("teamId"); t != "" {
		id, err := strconv.ParseInt(t, 10, 64)
		if err != nil || id <= 0 {
			return q, &planner.FieldError{Field: "teamId", Reason: "must be a positive id", ReasonDA: "skal være et positivt id"}
		}
		q.team = planner.TeamID(id)
	}
	if q.form != "" && q.form != planner.Individual && q.form != planner.Group {
		return q, &planner.FieldError{Field: "form", Reason: "must be individual or group", ReasonDA: "skal være »individual« eller »group«"}
	}
	if q.channel != "" && !slices.Contains([]planner.Channel{planner.Digital, planner.InPerson, planner.Phone}, q.channel) {
		return q, &planner.FieldError{Field: "channel", Reason: "must be digital, in_person or phone", ReasonDA: "skal være »digital«, »in_person« eller »phone«"}
	}
	return q, nil
}

// keep reports whether o passes the filter.
func (q offerQuery) keep(o planner.Offer) bool {
	switch {
	case q.name != "" && !strings.Contains(strings.ToLower(o.Name), q.name):
		return false
	case q.team != 0 && o.TeamID != q.team:
		return false
	case q.meetingType != "" && o.MeetingType != q.meetingType:
		return false
	case q.form != "" && o.Form != q.form:
		return false
	case q.channel != "" && o.Channel != q.channel:
		return false
	case q.contactGroup != "" && !slices.Contains(o.Rules.TargetContactGroups(), q.contactGroup):
		return false
	}
	return true
}
