package planner

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
)

func rule(t RuleType, c Condition, v string) Rule { return Rule{Type: t, Cond: c, Value: v} }

func all(rules ...Rule) RuleGroup   { return RuleGroup{Match: MatchAll, Rules: rules} }
func anyOf(rules ...Rule) RuleGroup { return RuleGroup{Match: MatchAny, Rules: rules} }
func and(g RuleGroup) RuleGroup     { g.Join = JoinAnd; return g }
func or(g RuleGroup) RuleGroup      { g.Join = JoinOr; return g }
func rules(gs ...RuleGroup) RuleSet { return RuleSet{Groups: gs} }

// ruleContext is a job centre in region "Hovedstaden" with one sub-centre,
// one other actor and marks of every level, two of which bind advisors.
func ruleContext() RuleContext {
	jc := Jobcenter{ID: 1, Name: "Jobcenter Glostrup", Zone: "Europe/Copenhagen", Region: "Hovedstaden",
		SubCentres: []SubCentre{{ID: 5, Name: "Glostrup Syd"}}}
	return RuleContext{
		Jobcenter: jc,
		Marks: map[MarkID]Mark{
			1: {ID: 1, Name: "Ungeindsats", Level: MarkState},
			2: {ID: 2, Name: "AMK Øst projekt", Level: MarkRegion, Region: "Hovedstaden"},
			3: {ID: 3, Name: "Region Syd projekt", Level: MarkRegion, Region: "Syddanmark"},
			4: {ID: 4, Name: "Glostrup mentor", Level: MarkJobcenter, JobcenterID: 1, BindsAdvisor: true},
			5: {ID: 5, Name: "Albertslund projekt", Level: MarkJobcenter, JobcenterID: 2},
			6: {ID: 6, Name: "Hovedstaden mentor", Level: MarkRegion, Region: "Hovedstaden", BindsAdvisor: true},
		},
		OtherActors: map[OtherActorID]string{9: "Jobhuset A/S"},
	}
}

// wantFieldError fails unless err is a *FieldError on field that matches
// ErrInvalid; field "" wants no error.
func wantFieldError(t *testing.T, err error, field string) *FieldError {
	t.Helper()
	if field == "" {
		if err != nil {
			t.Fatalf("err = %v, want nil", err)
		}
		return nil
	}
	var fe *FieldError
	if !errors.As(err, &fe) || !errors.Is(err, ErrInvalid) {
		t.Fatalf("err = %v, want a *FieldError matching ErrInvalid", err)
	}
	if fe.Field != field {
		t.Errorf("Field = %q, want %q (%v)", fe.Field, field, err)
	}
	return fe
}

// ageRules returns k copies of "age >= 18".
func ageRules(k int) []Rule {
	rs := make([]Rule, k)
	for i := range rs {
		rs[i] = rule(RuleAge, CondGe, "18")
	}
	return rs
}

func TestRuleSetValidate(t *testing.T) {
	tests := []struct {
		name  string
		rs    RuleSet
		field string
	}{
		{"§4.2 0 rules rejected", RuleSet{}, "groups"},
		{"§4.2 0 rules rejected, even in groups", rules(all(), and(anyOf())), "groups"},
		{"§4.2 31 rules rejected", rules(all(ageRules(20)...), and(all(ageRules(11)...))), "groups"},
		{"§4.2 30 rules accepted", rules(all(ageRules(20)...), or(anyOf(ageRules(10)...))), ""},
		{"§4.2 1 rule accepted", rules(all(ageRules(1)...)), ""},
		{"§4.2 an empty group rejected", rules(all(ageRules(1)...), and(all())), "groups[1].rules"},
		{"§4.2 a group matches all or any", rules(RuleGroup{Match: "most", Rules: ageRules(1)}), "groups[0].match"},
		{"§4.2 groups after the first are joined by and or or", rules(all(ageRules(1)...), all(ageRules(1)...)), "groups[1].join"},
		{"§4.2 the first group's join is ignored", rules(RuleGroup{Join: "xor", Match: MatchAll, Rules: ageRules(1)}), ""},
		{"§4.2 unknown rule type", rules(all(rule("shoe_size", CondEq, "42"))), "groups[0].rules[0].type"},
		{"§4.2 age takes no has-condition", rules(all(rule(RuleAge, CondHas, "18"))), "groups[0].rules[0].cond"},
		{"§4.2 age takes = (inferred)", rules(all(rule(RuleAge, CondEq, "18"))), ""},
		{"§4.2 age must be a whole number > 0", rules(all(rule(RuleAge, CondGt, "0"))), "groups[0].rules[0].value"},
		{"§4.2 age must be a whole number", rules(all(rule(RuleAge, CondGt, "17.5"))), "groups[0].rules[0].value"},
		{"§4.2 age must be a number", rules(all(rule(RuleAge, CondGt, "atten"))), "groups[0].rules[0].value"},
		{"§4.2 registration weeks > 0", rules(all(rule(RuleRegistrationWeeks, CondGe, "-3"))), "groups[0].rules[0].value"},
		{"§4.2 registration weeks take = for symmetry with age", rules(all(rule(RuleRegistrationWeeks, CondEq, "26"))), ""},
		{"§4.2 contact group from the list", rules(all(rule(RuleContactGroup, CondEq, "Dagpengemodtager"))), ""},
		{"§4.2 contact group not on the list", rules(all(rule(RuleContactGroup, CondEq, "Pensionist"))), "groups[0].rules[0].value"},
		{"§4.2 contact group takes only = and !=", rules(all(rule(RuleContactGroup, CondGt, "Dagpengemodtager"))), "groups[0].rules[0].cond"},
		{"§4.2 assessment group from the list", rules(all(rule(RuleAssessment, CondNe, "Jobparat"))), ""},
		{"§4.2 assessment group not on the list", rules(all(rule(RuleAssessment, CondNe, "jobparat"))), "groups[0].rules[0].value"},
		{"§4.2 other actor is yes or no", rules(all(rule(RuleOtherActor, CondEq, "måske"))), "groups[0].rules[0].value"},
		{"§4.2 other actor takes only = and !=", rules(all(rule(RuleOtherActor, CondLe, "yes"))), "groups[0].rules[0].cond"},
		{"§4.2 in activation is yes or no", rules(all(rule(RuleInActivation, CondNe, "no"))), ""},
		{"§4.2 a state mark is visible to every job centre", rules(all(rule(RuleMark, CondHas, "1"))), ""},
		{"§4.2 the job centre's own region's mark is visible", rules(all(rule(RuleMark, CondHasNot, "2"))), ""},
		{"§4.2 another region's mark is rejected", rules(all(rule(RuleMark, CondHas, "3"))), "groups[0].rules[0].value"},
		{"§4.2 the job centre's own mark is visible", rules(all(rule(RuleMark, CondHas, "4"))), ""},
		{"§4.2 another job centre's mark is rejected", rules(all(rule(RuleMark, CondHas, "5"))), "groups[0].rules[0].value"},
		{"§4.2 an unknown mark is rejected", rules(all(rule(RuleMark, CondHas, "77"))), "groups[0].rules[0].value"},
		{"§4.2 a mark takes has and has not", rules(all(rule(RuleMark, CondEq, "1"))), "groups[0].rules[0].cond"},
		{"§4.2 a mark is named by its id", rules(all(rule(RuleMark, CondHas, "Ungeindsats"))), "groups[0].rules[0].value"},
		{"§4.2 job centre: one of its sub-centres", rules(all(rule(RuleSubCentre, CondEq, "5"))), ""},
		{"§4.2 job centre: not one of its sub-centres", rules(all(rule(RuleSubCentre, CondEq, "6"))), "groups[0].rules[0].value"},
		{"§4.2 job centre: the criterion is a decimal id", rules(all(rule(RuleSubCentre, CondNe, "Glostrup Syd"))), "groups[0].rules[0].value"},
		{"§4.2 referral to a registered other actor", rules(all(rule(RuleReferral, CondHas, "9"))), ""},
		{"§4.2 referral to an unregistered other actor", rules(all(rule(RuleReferral, CondHasNot, "8"))), "groups[0].rules[0].value"},
		{"§4.2 referral takes has and has not", rules(all(rule(RuleReferral, CondEq, "9"))), "groups[0].rules[0].cond"},
		{"§4.2 any sickness category without a list", rules(all(rule(RuleSicknessCategory, CondEq, "Kategori 1"))), ""},
		{"§4.2 any unemployment fund without a list", rules(all(rule(RuleUnemploymentFund, CondNe, "3F A-kasse"))), ""},
		{"§4.2 an empty criterion", rules(all(rule(RuleUnemploymentFund, CondEq, " "))), "groups[0].rules[0].value"},
		{"§4.2 the error names the rule by position", rules(all(ageRules(2)...), or(all(rule(RuleAge, CondGe, "18"), rule(RuleInActivation, CondEq, "ja")))), "groups[1].rules[1].value"},
		{"§4.2 the first problem in reading order is reported", rules(all(rule(RuleAge, CondGe, "x")), and(all(rule("x", CondEq, "1")))), "groups[0].rules[0].value"},
	}
	rc := ruleContext()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantFieldError(t, tc.rs.Validate(rc), tc.field)
		})
	}
}

func TestRuleSetValidateLists(t *testing.T) {
	rc := ruleContext()
	rc.SicknessCategories = []string{"Kategori 1", "Kategori 2"}
	rc.UnemploymentFunds = []string{"3F A-kasse", "Krifa"}
	tests := []struct {
		name  string
		rs    RuleSet
		field string
	}{
		{"§4.2 the sickness category is on the job centre's list", rules(all(rule(RuleSicknessCategory, CondEq, "Kategori 2"))), ""},
		{"§4.2 a sickness category off the job centre's list is rejected", rules(all(rule(RuleSicknessCategory, CondEq, "Kategori 3"))), "groups[0].rules[0].value"},
		{"§4.2 the unemployment fund is on the job centre's list", rules(all(rule(RuleUnemploymentFund, CondNe, "Krifa"))), ""},
		{"§4.2 an unemployment fund off the job centre's list is rejected", rules(all(rule(RuleUnemploymentFund, CondEq, "Ukendt kasse"))), "groups[0].rules[0].value"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantFieldError(t, tc.rs.Validate(rc), tc.field)
		})
	}
}

func TestRuleSetValidateReasons(t *testing.T) {
	tests := []struct {
		name   string
		rs     RuleSet
		reason string
	}{
		{"§4.2 0 rules rejected", RuleSet{}, "must hold at least 1 rule"},
		{"§4.2 31 rules rejected", rules(all(ageRules(31)...)), "must hold at most 30 rules"},
		{"§4.2 age must be a whole number > 0", rules(all(rule(RuleAge, CondLt, "-1"))), "must be a whole number greater than 0"},
		{"§4.2 contact group takes only = and !=", rules(all(rule(RuleContactGroup, CondHas, "Uden ydelse"))), "must be one of =, != for contact_group"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var fe *FieldError
			if err := tc.rs.Validate(ruleContext()); !errors.As(err, &fe) || fe.Reason != tc.reason {
				t.Errorf("Validate = %v, want reason %q", err, tc.reason)
			}
		})
	}
}

// TestRuleSetValidateDoesNotEchoCriteria: errors name the field and what is
// wrong, never the value given (§1, STYLE 6).
func TestRuleSetValidateDoesNotEchoCriteria(t *testing.T) {
	for _, r := range []Rule{
		rule(RuleContactGroup, CondEq, "Hemmelig gruppe"),
		rule(RuleAge, CondGe, "010190-1234"),
		rule(RuleMark, CondHas, "31337"),
		rule(RuleSicknessCategory, CondEq, "Hemmelig kategori"),
		rule(RuleOtherActor, CondEq, "Hemmelig aktør"),
	} {
		rc := ruleContext()
		rc.SicknessCategories = []string{"Kategori 1"}
		err := rules(all(r)).Validate(rc)
		if err == nil || strings.Contains(err.Error(), r.Value) {
			t.Errorf("§1 Validate(%s) = %v, want an error that does not repeat the criterion", r.Type, err)
		}
	}
}

func TestRuleSetCompile(t *testing.T) {
	tests := []struct {
		name  string
		rs    RuleSet
		field string
	}{
		{"§4.2 Compile rejects 0 rules", RuleSet{}, "groups"},
		{"§4.2 Compile rejects 31 rules", rules(all(ageRules(31)...)), "groups"},
		{"§4.2 Compile rejects an empty group", rules(all(ageRules(1)...), or(anyOf())), "groups[1].rules"},
		{"§4.2 Compile rejects a bad join", rules(all(ageRules(1)...), all(ageRules(1)...)), "groups[1].join"},
		{"§4.2 Compile rejects a condition the type does not take", rules(all(rule(RuleMark, CondEq, "4"))), "groups[0].rules[0].cond"},
		{"§4.2 Compile rejects an unreadable criterion", rules(anyOf(ageRules(1)[0], rule(RuleInActivation, CondEq, "ja"))), "groups[0].rules[1].value"},
		{"§4.2 Compile needs no job centre: an unknown mark compiles", rules(all(rule(RuleMark, CondHas, "77"))), ""},
		{"§4.2 Compile needs no job centre: a value off the list compiles", rules(all(rule(RuleSicknessCategory, CondEq, "Kategori 9"))), ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := tc.rs.Compile()
			wantFieldError(t, err, tc.field)
		})
	}
	if (CompiledRules{}).Matches(citizenAged(30), ruleDay) {
		t.Error("the zero CompiledRules matches a citizen, want no one")
	}
}

// citizenAged returns a citizen who is age years old on ruleDay; ages down
// to -20 give a CPR born after ruleDay.
func citizenAged(age int) Citizen {
	y := 2026 - age
	seventh := 1 // 1900s
	if y >= 2000 {
		seventh = 4 // 2000-2036
	}
	return Citizen{CPR: MustParseCPR(fmt.Sprintf("0101%02d-%d234", y%100, seventh)), Name: "Test"}
}

var ruleDay = NewDate(2026, 3, 10)

func TestRuleSetMatches(t *testing.T) {
	young := citizenAged(20)
	young.ContactGroup = "Dagpengemodtager"
	old := citizenAged(45)
	old.ContactGroup, old.Assessment = "Kontanthjælpsmodtager", "Jobparat"
	old.Marks = []MarkID{4}
	old.Referrals = []Referral{{Actor: 9, From: NewDate(2026, 1, 1), To: NewDate(2026, 6, 30)}}
	old.RegisteredSince = NewDate(2025, 12, 1) // 14 weeks on 2026-03-10
	old.OtherActor, old.InActivation, old.SubCentre = true, true, 5
	old.SicknessCategory, old.UnemploymentFund = "Kategori 1", "3F A-kasse"
	lapsed := old
	lapsed.Referrals = []Referral{{Actor: 9, From: NewDate(2025, 1, 1), To: NewDate(2025, 12, 31)}}
	birthday := Citizen{CPR: MustParseCPR("110390-1234")} // 36 on 11 March 2026
	tests := []struct {
		name string
		rs   RuleSet
		c    Citizen
		on   Date
		want bool
	}{
		{"§4.2 age >= 18", rules(all(rule(RuleAge, CondGe, "18"))), young, ruleDay, true},
		{"§4.2 age < 20 on the 20th birthday", rules(all(rule(RuleAge, CondLt, "20"))), young, ruleDay, false},
		{"§4.2 age != 20", rules(all(rule(RuleAge, CondNe, "20"))), young, ruleDay, false},
		{"§4.2 age = 45 (inferred)", rules(all(rule(RuleAge, CondEq, "45"))), old, ruleDay, true},
		{"§4.2 age is taken on the meeting date: the day before the birthday", rules(all(rule(RuleAge, CondGe, "36"))), birthday, NewDate(2026, 3, 10), false},
		{"§4.2 age is taken on the meeting date: the birthday", rules(all(rule(RuleAge, CondGe, "36"))), birthday, NewDate(2026, 3, 11), true},
		{"§4.2 a citizen without a CPR is within no age bound", rules(all(rule(RuleAge, CondLt, "99"))), Citizen{}, ruleDay, false},
		{"§4.2 a citizen without a CPR has an age != every value", rules(all(rule(RuleAge, CondNe, "30"))), Citizen{}, ruleDay, true},
		{"§4.2 all of: both must hold", rules(all(rule(RuleAge, CondGe, "18"), rule(RuleAge, CondLe, "29"))), old, ruleDay, false},
		{"§4.2 any of: one suffices", rules(anyOf(rule(RuleAge, CondLe, "29"), rule(RuleContactGroup, CondEq, "Kontanthjælpsmodtager"))), old, ruleDay, true},
		{"§4.2 any of: none holds", rules(anyOf(rule(RuleAge, CondLe, "29"), rule(RuleContactGroup, CondEq, "Uden ydelse"))), old, ruleDay, false},
		{"§4.2 contact group =", rules(all(rule(RuleContactGroup, CondEq, "Dagpengemodtager"))), young, ruleDay, true},
		{"§4.2 contact group != holds for a citizen without one", rules(all(rule(RuleContactGroup, CondNe, "Dagpengemodtager"))), Citizen{}, ruleDay, true},
		{"§4.2 contact group = fails for a citizen without one", rules(all(rule(RuleContactGroup, CondEq, "Dagpengemodtager"))), Citizen{}, ruleDay, false},
		{"§4.2 assessment group !=", rules(all(rule(RuleAssessment, CondNe, "Jobparat"))), old, ruleDay, false},
		{"§4.2 person-group mark: has", rules(all(rule(RuleMark, CondHas, "4"))), old, ruleDay, true},
		{"§4.2 person-group mark: has not", rules(all(rule(RuleMark, CondHasNot, "4"))), young, ruleDay, true},
		{"§4.2 referral to an other actor on the day", rules(all(rule(RuleReferral, CondHas, "9"))), old, ruleDay, true},
		{"§4.2 a referral that has ended does not count", rules(all(rule(RuleReferral, CondHas, "9"))), lapsed, ruleDay, false},
		{"§4.2 no referral: has not", rules(all(rule(RuleReferral, CondHasNot, "9"))), lapsed, ruleDay, true},
		{"§4.2 other actor = yes", rules(all(rule(RuleOtherActor, CondEq, "yes"))), old, ruleDay, true},
		{"§4.2 other actor != yes", rules(all(rule(RuleOtherActor, CondNe, "yes"))), young, ruleDay, true},
		{"§4.2 in activation = no", rules(all(rule(RuleInActivation, CondEq, "no"))), old, ruleDay, false},
		{"§4.2 registration length >= 14 weeks", rules(all(rule(RuleRegistrationWeeks, CondGe, "14"))), old, ruleDay, true},
		{"§4.2 registration length > 14 weeks", rules(all(rule(RuleRegistrationWeeks, CondGt, "14"))), old, ruleDay, false},
		{"§4.2 registration length = 14 weeks", rules(all(rule(RuleRegistrationWeeks, CondEq, "14"))), old, ruleDay, true},
		{"§4.2 job centre = sub-centre", rules(all(rule(RuleSubCentre, CondEq, "5"))), old, ruleDay, true},
		{"§4.2 job centre != sub-centre holds without a sub-centre", rules(all(rule(RuleSubCentre, CondNe, "5"))), young, ruleDay, true},
		{"§4.2 sickness-benefit category =", rules(all(rule(RuleSicknessCategory, CondEq, "Kategori 1"))), old, ruleDay, true},
		{"§4.2 unemployment fund != holds without a fund", rules(all(rule(RuleUnemploymentFund, CondNe, "3F A-kasse"))), young, ruleDay, true},
		{"§4.2 unemployment fund = fails without a fund", rules(all(rule(RuleUnemploymentFund, CondEq, "3F A-kasse"))), young, ruleDay, false},
		// A or B and C = A or (B and C): true for young through A.
		{"§4.2 AND binds tighter than OR: A or (B and C)", rules(
			all(rule(RuleAge, CondLt, "25")),
			or(all(rule(RuleAge, CondGt, "40"))),
			and(all(rule(RuleInActivation, CondEq, "yes"))),
		), young, ruleDay, true},
		// (A or B) and C is false for young (C fails); A or (B and C) is true via A.
		{"§4.2 AND binds tighter than OR: not (A or B) and C", rules(
			all(rule(RuleAge, CondLt, "25")),
			or(all(rule(RuleAge, CondGt, "40"))),
			and(all(rule(RuleOtherActor, CondEq, "yes"))),
		), young, ruleDay, true},
		{"§4.2 AND binds tighter than OR: B and C fails, A fails", rules(
			all(rule(RuleAge, CondLt, "25")),
			or(all(rule(RuleAge, CondGt, "40"))),
			and(all(rule(RuleInActivation, CondEq, "no"))),
		), old, ruleDay, false},
		// A and B or C and D: old fails A and B, holds C and D.
		{"§4.2 two AND chains joined by OR", rules(
			all(rule(RuleAge, CondLt, "25")),
			and(all(rule(RuleContactGroup, CondEq, "Dagpengemodtager"))),
			or(all(rule(RuleAge, CondGt, "40"))),
			and(all(rule(RuleMark, CondHas, "4"))),
		), old, ruleDay, true},
		{"§4.2 an any group inside an AND chain", rules(
			all(rule(RuleAge, CondGe, "18")),
			and(anyOf(rule(RuleContactGroup, CondEq, "Uden ydelse"), rule(RuleInActivation, CondEq, "yes"))),
		), old, ruleDay, true},
		{"§4.2 an any group inside an AND chain, none holding", rules(
			all(rule(RuleAge, CondGe, "18")),
			and(anyOf(rule(RuleContactGroup, CondEq, "Uden ydelse"), rule(RuleInActivation, CondEq, "yes"))),
		), young, ruleDay, false},
		{"§4.2 an empty rule set matches no one", RuleSet{}, young, ruleDay, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.rs.Matches(tc.c, tc.on); got != tc.want {
				t.Errorf("Matches = %v, want %v (%s)", got, tc.want, tc.rs.Describe(English, ruleContext()))
			}
			if cr, err := tc.rs.Compile(); err == nil {
				if got := cr.Matches(tc.c, tc.on); got != tc.want {
					t.Errorf("CompiledRules.Matches = %v, want %v", got, tc.want)
				}
			}
		})
	}
}

// TestRuleSetMatchesMalformed: a rule set that skipped Validate matches no
// one through a rule it cannot read.
func TestRuleSetMatchesMalformed(t *testing.T) {
	c := citizenAged(30)
	tests := []struct {
		name string
		rs   RuleSet
	}{
		{"§4.2 an unknown type holds for no one", rules(all(rule("shoe_size", CondNe, "42")))},
		{"§4.2 a condition the type does not take holds for no one", rules(all(rule(RuleSubCentre, CondGt, "5")))},
		{"§4.2 a mark rule with = holds for no one, not as has not", rules(all(rule(RuleMark, CondEq, "4")))},
		{"§4.2 an unreadable number holds for no one", rules(all(rule(RuleAge, CondNe, "tredive")))},
		{"§4.2 a group matching neither all nor any holds for no one", rules(RuleGroup{Match: "none", Rules: []Rule{rule(RuleAge, CondGe, "18")}})},
		{"§4.2 an empty group holds for no one", rules(all(rule(RuleAge, CondGe, "18")), and(all()))},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.rs.Matches(c, ruleDay) {
				t.Errorf("Matches = true, want false")
			}
		})
	}
}

func TestRuleSetBindingMarks(t *testing.T) {
	rs := rules(
		all(rule(RuleMark, CondHas, "4"), rule(RuleMark, CondHas, "1")),
		or(anyOf(rule(RuleMark, CondHasNot, "6"), rule(RuleMark, CondHas, "77"), rule(RuleMark, CondHas, "04"))),
	)
	if got, want := rs.BindingMarks(ruleContext().Marks), []MarkID{4}; !slices.Equal(got, want) {
		t.Errorf("§4.2 BindingMarks = %v, want %v (only has-rules of marks that bind, once)", got, want)
	}
}

func TestEligibleAdvisors(t *testing.T) {
	marks := ruleContext().Marks
	advisors := []Advisor{
		{ID: 1, Name: "Bo"},
		{ID: 2, Name: "Sarah", Marks: []MarkID{4}},
		{ID: 3, Name: "Nikoline", Marks: []MarkID{1}},
		{ID: 4, Name: "Ahmad", Marks: []MarkID{4, 6}},
	}
	ids := func(as []Advisor) []AdvisorID {
		var out []AdvisorID
		for _, a := range as {
			out = append(out, a.ID)
		}
		return out
	}
	everyone := []AdvisorID{1, 2, 3, 4}
	tests := []struct {
		name string
		rs   RuleSet
		c    Citizen
		want []AdvisorID
	}{
		{"§4.2 mark binds the citizen to the advisor carrying it", rules(all(rule(RuleMark, CondHas, "4"))), Citizen{Marks: []MarkID{4}}, []AdvisorID{2, 4}},
		{"§4.2 two binding marks bind to the advisors carrying both", rules(all(rule(RuleMark, CondHas, "4")), and(all(rule(RuleMark, CondHas, "6")))), Citizen{Marks: []MarkID{4, 6}}, []AdvisorID{4}},
		{"§4.2 a mark that does not bind leaves every advisor", rules(all(rule(RuleMark, CondHas, "1"))), Citizen{Marks: []MarkID{1}}, everyone},
		{"§4.2 without a mark rule every advisor remains", rules(all(rule(RuleAge, CondGe, "18"))), Citizen{Marks: []MarkID{4}}, everyone},
		{"§4.2 has not a binding mark binds no one", rules(all(rule(RuleMark, CondHasNot, "4"))), Citizen{Marks: []MarkID{6}}, everyone},
		{"§4.2 a citizen without the mark is not bound", rules(anyOf(rule(RuleMark, CondHas, "4"), rule(RuleAge, CondGe, "18"))), Citizen{}, everyone},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := ids(EligibleAdvisors(tc.rs, marks, tc.c, advisors)); !slices.Equal(got, tc.want) {
				t.Errorf("EligibleAdvisors = %v, want %v", got, tc.want)
			}
		})
	}
	if got := ids(advisors); !slices.Equal(got, everyone) {
		t.Errorf("advisors after EligibleAdvisors = %v, want %v unchanged", got, everyone)
	}
}

func TestTargetContactGroups(t *testing.T) {
	rs := rules(all(rule(RuleContactGroup, CondEq, "Dagpengemodtager")), or(anyOf(rule(RuleContactGroup, CondNe, "Uden ydelse"), rule(RuleContactGroup, CondEq, "Sygedagpengemodtager"))))
	if got, want := rs.TargetContactGroups(), []string{"Dagpengemodtager", "Sygedagpengemodtager"}; !slices.Equal(got, want) {
		t.Errorf("§4.3 TargetContactGroups = %v, want %v", got, want)
	}
}

// benchRules is a typical offer: 18-29, or Dagpengemodtager with a mark or
// not in activation.
var benchRules = rules(
	all(rule(RuleAge, CondGe, "18"), rule(RuleAge, CondLt, "30")),
	or(all(rule(RuleContactGroup, CondEq, "Dagpengemodtager"))),
	and(anyOf(rule(RuleMark, CondHas, "4"), rule(RuleInActivation, CondEq, "no"))),
)

func BenchmarkRuleSetMatches(b *testing.B) {
	c := citizenAged(45)
	c.ContactGroup = "Dagpengemodtager"
	for b.Loop() {
		benchRules.Matches(c, ruleDay)
	}
}

func BenchmarkCompiledRulesMatches(b *testing.B) {
	cr, err := benchRules.Compile()
	if err != nil {
		b.Fatal(err)
	}
	c := citizenAged(45)
	c.ContactGroup = "Dagpengemodtager"
	for b.Loop() {
		cr.Matches(c, ruleDay)
	}
}
