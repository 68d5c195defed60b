package httpapi_test

import (
	"context"
	"testing"

	"github.com/planner-dk/planner/planner"
)

// TestOfferListFilters: §4.3 "filter by name, team, type, form, channel,
// target contact group".
func TestOfferListFilters(t *testing.T) {
	a := newAPI(t)
	ctx := context.Background()
	target := a.offer
	target.ID, target.Name, target.MeetingType, target.Channel = 0, "Samtale for dagpengemodtagere", "Opfølgningssamtale", planner.Digital
	target.Rules = planner.RuleSet{Groups: []planner.RuleGroup{{Match: planner.MatchAll, Rules: []planner.Rule{{Type: planner.RuleContactGroup, Cond: planner.CondEq, Value: "Dagpengemodtager"}}}}}
	must(t, a.db.CreateOffer(ctx, &target))
	for _, tc := range []struct {
		name, query string
		want        []string // offer names, or nil for a 400
		field       string
	}{
		{"no filter lists every offer", "", []string{"Jobsamtale", "Samtale for dagpengemodtagere"}, ""},
		{"name matches a part in any case", "?name=DAGPENGE", []string{"Samtale for dagpengemodtagere"}, ""},
		{"meeting type", "?meetingType=Jobsamtale", []string{"Jobsamtale"}, ""},
		{"channel", "?channel=digital", []string{"Samtale for dagpengemodtagere"}, ""},
		{"form", "?form=group", []string{}, ""},
		{"team", "?teamId=" + itoa(int64(a.offer.TeamID)), []string{"Jobsamtale", "Samtale for dagpengemodtagere"}, ""},
		{"target contact group", "?contactGroup=Dagpengemodtager", []string{"Samtale for dagpengemodtagere"}, ""},
		{"a contact group no offer targets", "?contactGroup=Uden%20ydelse", []string{}, ""},
		{"filters combine", "?active=true&channel=in_person&name=samtale", []string{"Jobsamtale"}, ""},
		{"a bad team is refused naming the field", "?teamId=x", nil, "teamId"},
		{"a bad form is refused naming the field", "?form=solo", nil, "form"},
		{"a bad channel is refused naming the field", "?channel=fax", nil, "channel"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, body := a.do("admin", "GET", "/api/offers"+tc.query, nil)
			if tc.want == nil {
				if code != 422 || body["field"] != tc.field {
					t.Fatalf("GET /api/offers%s = %d %v, want 422 on %s", tc.query, code, body, tc.field)
				}
				return
			}
			if code != 200 {
				t.Fatalf("GET /api/offers%s = %d %v", tc.query, code, body)
			}
			got := []string{}
			for _, o := range body["offers"].([]any) {
				got = append(got, o.(map[string]any)["name"].(string))
			}
			if len(got) != len(tc.want) || (len(got) > 0 && (got[0] != tc.want[0] || got[len(got)-1] != tc.want[len(tc.want)-1])) {
				t.Errorf("GET /api/offers%s = %v, want %v", tc.query, got, tc.want)
			}
		})
	}
}

// TestOfferParticipantsSearch: the offer page's booked citizens (§4.3) with
// the CPR in full, searched by name or CPR from the body, never a URL.
func TestOfferParticipantsSearch(t *testing.T) {
	a := newAPI(t)
	ctx := context.Background()
	other := planner.Citizen{JobcenterID: a.jc.ID, CPR: planner.MustParseCPR("150685-1234"), Name: "Anden Borger", ContactGroup: "Dagpengemodtager"}
	must(t, a.db.CreateCitizen(ctx, &other))
	for i, c := range []planner.Citizen{a.citizen, other} {
		res, err := a.svc.FreeTimes(ctx, planner.FreeTimesRequest{Jobcenter: a.jc.ID, Citizen: c.ID, Offer: a.offer.ID})
		must(t, err)
		_, _, err = a.svc.Book(ctx, planner.BookRequest{Jobcenter: a.jc.ID, Citizen: c.ID, Offer: a.offer.ID, Time: res.Times[i], Actor: "jobnet"})
		must(t, err)
	}
	path := "/api/offers/" + itoa(int64(a.offer.ID)) + "/participants"
	for _, tc := range []struct {
		name, search string
		want         []string // full CPRs
	}{
		{"no search lists everyone, CPR in full", "", []string{"010190-4321", "150685-1234"}},
		{"a part of a name", "anden", []string{"150685-1234"}},
		{"a full CPR with a dash", "150685-1234", []string{"150685-1234"}},
		{"a full CPR without a dash", "0101904321", []string{"010190-4321"}},
		{"no match", "ingen", []string{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, body := a.do("admin", "POST", path, map[string]string{"search": tc.search})
			if code != 200 {
				t.Fatalf("POST %s = %d %v", path, code, body)
			}
			var got []string
			for _, p := range body["participants"].([]any) {
				got = append(got, p.(map[string]any)["cpr"].(string))
			}
			if len(got) != len(tc.want) || (len(got) > 0 && (got[0] != tc.want[0] || got[len(got)-1] != tc.want[len(tc.want)-1])) {
				t.Errorf("participants for %q = %v, want %v", tc.search, got, tc.want)
			}
		})
	}
	if code, _ := a.do("foreign", "POST", path, map[string]string{}); code != 404 {
		t.Errorf("another job centre's participants = %d, want 404", code)
	}
	if code, _ := a.do("portal", "POST", path, map[string]string{}); code != 403 {
		t.Errorf("the portal asking for participants = %d, want 403", code)
	}
}

// TestRuleTypes: the rule builder's choices (§4.2) come from package
// planner, named in both languages, with the job centre's sub-centres.
func TestRuleTypes(t *testing.T) {
	a := newAPI(t)
	ctx := context.Background()
	jc := a.jc
	jc.SubCentres = []planner.SubCentre{{ID: 1, Name: "Glostrup Nord"}}
	must(t, a.db.UpdateJobcenter(ctx, jc))
	code, body := a.do("admin", "GET", "/api/rule-types", nil)
	if code != 200 || body["maxRules"] != float64(planner.MaxRules) {
		t.Fatalf("GET /api/rule-types = %d %v", code, body)
	}
	types := body["types"].([]any)
	if len(types) != len(planner.RuleTypes()) {
		t.Fatalf("%d rule types, want %d", len(types), len(planner.RuleTypes()))
	}
	byType := map[string]map[string]any{}
	for _, x := range types {
		m := x.(map[string]any)
		byType[m["type"].(string)] = m
	}
	for _, tc := range []struct {
		name, ruleType, criterion, firstCond, firstValue string
	}{
		{"§4.2 age takes a number and the guide's conditions", "age", "number", "Større end", ""},
		{"§4.2 contact group lists the guide's groups", "contact_group", "list", "Lig med", "Dagpengemodtager"},
		{"§4.2 the job centre's own sub-centres", "subcentre", "list", "Lig med", "Glostrup Nord"},
		{"§4.2 other actor is yes or no", "other_actor", "list", "Lig med", "Ja"},
		{"§4.2 a mark is had or not", "mark", "list", "Har", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := byType[tc.ruleType]
			if m == nil || m["criterion"] != tc.criterion {
				t.Fatalf("%s = %v, want criterion %s", tc.ruleType, m, tc.criterion)
			}
			cond := m["conds"].([]any)[0].(map[string]any)["name"].(map[string]any)
			if cond["da"] != tc.firstCond || cond["en"] == "" {
				t.Errorf("%s first condition = %v, want %q", tc.ruleType, cond, tc.firstCond)
			}
			values := m["values"].([]any)
			if tc.firstValue == "" {
				return
			}
			if len(values) == 0 || values[0].(map[string]any)["name"].(map[string]any)["da"] != tc.firstValue {
				t.Errorf("%s values = %v, want %q first", tc.ruleType, values, tc.firstValue)
			}
		})
	}
	if code, _ := a.do("portal", "GET", "/api/rule-types", nil); code != 403 {
		t.Errorf("the portal asking for rule types = %d, want 403", code)
	}
}
