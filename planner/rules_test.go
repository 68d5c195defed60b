package planner

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

func rule(t RuleType, c Condition, v string) Rule { return Rule{Type: t, Cond: c, Value: v} }

func all(rules ...Rule) RuleGroup   { return RuleGroup{Match: MatchAll, Rules: rules} }
func anyOf(rules ...Rule) RuleGroup { return RuleGroup{Match: MatchAny, Rules: rules} }
func and(g RuleGroup) RuleGroup     { g.Join = JoinAnd; return g }
func or(g RuleGroup) RuleGroup      { g.Join = JoinOr; return g }
func rules(gs ...RuleGroup) RuleSet { return RuleSet{Groups: gs} }

// ruleContext is a job centre in region "Hovedstaden" with one sub-centre,
// one other actor and marks of every level.
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
		},
		OtherActors: map[OtherActorID]string{9: "Jobhuset A/S"},
	}
}

func TestRuleSetValidate(t *testing.T) {
	n := func(k int) []Rule {
		rs := make([]Rule, k)
		for i := range rs {
			rs[i] = rule(RuleAge, CondGe, "18")
		}
		return rs
	}
	tests := []struct {
		name  string
		rs    RuleSet
		field string
	}{
		{"§4.2 0 rules rejected", RuleSet{}, "groups"},
		{"§4.2 31 rules rejected", rules(all(n(20)...), and(all(n(11)...))), "groups"},
		{"§4.2 30 rules accepted", rules(all(n(20)...), or(anyOf(n(10)...))), ""},
		{"§4.2 an empty group rejected", rules(all(n(1)...), and(all())), "groups[1].rules"},
		{"§4.2 a group matches all or any", rules(RuleGroup{Match: "most", Rules: n(1)}), "groups[0].match"},
		{"§4.2 groups are joined by and or or", rules(all(n(1)...), all(n(1)...)), "groups[1].join"},
		{"§4.2 unknown rule type", rules(all(rule("shoe_size", CondEq, "42"))), "groups[0].rules[0].type"},
		{"§4.2 age has no has-condition", rules(all(rule(RuleAge, CondHas, "18"))), "groups[0].rules[0].cond"},
		{"§4.2 age must be a whole number > 0", rules(all(rule(RuleAge, CondGt, "0"))), "groups[0].rules[0].value"},
		{"§4.2 age must be a number", rules(all(rule(RuleAge, CondGt, "atten"))), "groups[0].rules[0].value"},
		{"§4.2 registration weeks > 0", rules(all(rule(RuleRegistrationWeeks, CondGe, "-3"))), "groups[0].rules[0].value"},
		{"§4.2 contact group from the list", rules(all(rule(RuleContactGroup, CondEq, "Dagpengemodtager"))), ""},
		{"§4.2 contact group not on the list", rules(all(rule(RuleContactGroup, CondEq, "Pensionist"))), "groups[0].rules[0].value"},
		{"§4.2 contact group has only = and !=", rules(all(rule(RuleContactGroup, CondGt, "Dagpengemodtager"))), "groups[0].rules[0].cond"},
		{"§4.2 assessment group from the list", rules(all(rule(RuleAssessment, CondNe, "Jobparat"))), ""},
		{"§4.2 other actor is yes or no", rules(all(rule(RuleOtherActor, CondEq, "måske"))), "groups[0].rules[0].value"},
		{"§4.2 a state mark is visible to every job centre", rules(all(rule(RuleMark, CondHas, "1"))), ""},
		{"§4.2 the job centre's own region's mark is visible", rules(all(rule(RuleMark, CondHasNot, "2"))), ""},
		{"§4.2 another region's mark is rejected", rules(all(rule(RuleMark, CondHas, "3"))), "groups[0].rules[0].value"},
		{"§4.2 the job centre's own mark is visible", rules(all(rule(RuleMark, CondHas, "4"))), ""},
		{"§4.2 another job centre's mark is rejected", rules(all(rule(RuleMark, CondHas, "5"))), "groups[0].rules[0].value"},
		{"§4.2 an unknown mark is rejected", rules(all(rule(RuleMark, CondHas, "77"))), "groups[0].rules[0].value"},
		{"§4.2 a mark takes has/has not", rules(all(rule(RuleMark, CondEq, "1"))), "groups[0].rules[0].cond"},
		{"§4.2 job centre: one of its sub-centres", rules(all(rule(RuleSubCentre, CondEq, "5"))), ""},
		{"§4.2 job centre: not a sub-centre", rules(all(rule(RuleSubCentre, CondEq, "6"))), "groups[0].rules[0].value"},
		{"§4.2 referral to a registered other actor", rules(all(rule(RuleReferral, CondHas, "9"))), ""},
		{"§4.2 referral to an unregistered other actor", rules(all(rule(RuleReferral, CondHas, "8"))), "groups[0].rules[0].value"},
		{"§4.2 an empty criterion", rules(all(rule(RuleUnemploymentFund, CondEq, " "))), "groups[0].rules[0].value"},
		{"§4.2 the error names the rule by position", rules(all(n(2)...), or(all(rule(RuleAge, CondGe, "18"), rule(RuleInActivation, CondEq, "ja")))), "groups[1].rules[1].value"},
	}
	rc := ruleContext()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assertField(t, tc.rs.Validate(rc), tc.field)
		})
	}
	t.Run("§4.2 the sickness category must be on the job centre's list when it has one", func(t *testing.T) {
		rc := ruleContext()
		rc.SicknessCategories = []string{"Kategori 1", "Kategori 2"}
		assertField(t, rules(all(rule(RuleSicknessCategory, CondEq, "Kategori 3"))).Validate(rc), "groups[0].rules[0].value")
		assertField(t, rules(all(rule(RuleSicknessCategory, CondEq, "Kategori 2"))).Validate(rc), "")
	})
}

// citizenAged returns a citizen who is age years old on 2026-03-10.
func citizenAged(age int) Citizen {
	y := 2026 - age
	c := MustParseCPR(fmt.Sprintf("0101%02d-%d234", y%100, map[bool]int{true: 4, false: 1}[y >= 2000]))
	return Citizen{CPR: c, Name: "Test"}
}

var ruleDay = NewDate(2026, 3, 10)

func TestRuleSetMatches(t *testing.T) {
	young := citizenAged(20)
	young.ContactGroup = "Dagpengemodtager"
	old := citizenAged(45)
	old.ContactGroup = "Kontanthjælpsmodtager"
	old.Marks = []MarkID{4}
	old.Referrals = []Referral{{Actor: 9, From: NewDate(2026, 1, 1), To: NewDate(2026, 6, 30)}}
	old.RegisteredSince = NewDate(2025, 12, 1) // 14 weeks on 2026-03-10
	old.OtherActor, old.InActivation, old.SubCentre = true, true, 5
	tests := []struct {
		name string
		rs   RuleSet
		c    Citizen
		want bool
	}{
		{"§4.2 age >= 18", rules(all(rule(RuleAge, CondGe, "18"))), young, true},
		{"§4.2 age < 20 on the 20th birthday", rules(all(rule(RuleAge, CondLt, "20"))), young, false},
		{"§4.2 age != 20", rules(all(rule(RuleAge, CondNe, "20"))), young, false},
		{"§4.2 age = 45 (inferred)", rules(all(rule(RuleAge, CondEq, "45"))), old, true},
		{"§4.2 all of: both must hold", rules(all(rule(RuleAge, CondGe, "18"), rule(RuleAge, CondLe, "29"))), old, false},
		{"§4.2 any of: one suffices", rules(anyOf(rule(RuleAge, CondLe, "29"), rule(RuleContactGroup, CondEq, "Kontanthjælpsmodtager"))), old, true},
		{"§4.2 contact group =", rules(all(rule(RuleContactGroup, CondEq, "Dagpengemodtager"))), young, true},
		{"§4.2 contact group != holds for a citizen without one", rules(all(rule(RuleContactGroup, CondNe, "Dagpengemodtager"))), Citizen{}, true},
		{"§4.2 contact group = fails for a citizen without one", rules(all(rule(RuleContactGroup, CondEq, "Dagpengemodtager"))), Citizen{}, false},
		{"§4.2 person-group mark: has", rules(all(rule(RuleMark, CondHas, "4"))), old, true},
		{"§4.2 person-group mark: has not", rules(all(rule(RuleMark, CondHasNot, "4"))), young, true},
		{"§4.2 referral to an other actor on the day", rules(all(rule(RuleReferral, CondHas, "9"))), old, true},
		{"§4.2 other actor = yes", rules(all(rule(RuleOtherActor, CondEq, "yes"))), old, true},
		{"§4.2 other actor != yes", rules(all(rule(RuleOtherActor, CondNe, "yes"))), young, true},
		{"§4.2 in activation = no", rules(all(rule(RuleInActivation, CondEq, "no"))), old, false},
		{"§4.2 registration length >= 14 weeks", rules(all(rule(RuleRegistrationWeeks, CondGe, "14"))), old, true},
		{"§4.2 registration length > 14 weeks", rules(all(rule(RuleRegistrationWeeks, CondGt, "14"))), old, false},
		{"§4.2 job centre = sub-centre", rules(all(rule(RuleSubCentre, CondEq, "5"))), old, true},
		// A or B and C = A or (B and C): true for young through A.
		{"§4.2 AND binds tighter than OR: A or (B and C)", rules(
			all(rule(RuleAge, CondLt, "25")),
			or(all(rule(RuleAge, CondGt, "40"))),
			and(all(rule(RuleInActivation, CondEq, "yes"))),
		), young, true},
		// (A or B) and C would be false for this citizen (C fails); A or (B and C) is true via A.
		{"§4.2 AND binds tighter than OR: not (A or B) and C", rules(
			all(rule(RuleAge, CondLt, "25")),
			or(all(rule(RuleAge, CondGt, "40"))),
			and(all(rule(RuleOtherActor, CondEq, "yes"))),
		), young, true},
		{"§4.2 AND binds tighter than OR: B and C fails, A fails", rules(
			all(rule(RuleAge, CondLt, "25")),
			or(all(rule(RuleAge, CondGt, "40"))),
			and(all(rule(RuleInActivation, CondEq, "no"))),
		), old, false},
		{"§4.2 an empty rule set matches no one", RuleSet{}, young, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.rs.Matches(tc.c, ruleDay); got != tc.want {
				t.Errorf("Matches = %v, want %v (%s)", got, tc.want, tc.rs.Describe(English, ruleContext()))
			}
		})
	}
}

func TestRuleSetDescribe(t *testing.T) {
	rs := rules(
		all(rule(RuleAge, CondGe, "18"), rule(RuleAge, CondLt, "30")),
		or(all(rule(RuleContactGroup, CondEq, "Dagpengemodtager"))),
		and(anyOf(rule(RuleMark, CondHas, "4"), rule(RuleReferral, CondHasNot, "9"), rule(RuleOtherActor, CondEq, "no"))),
	)
	tests := []struct {
		lang Lang
		want string
	}{
		{English, `(age is at least 18 and age is under 30) or contact group is "Dagpengemodtager" and (has person-group mark "Glostrup mentor" or has no referral to other actor "Jobhuset A/S" or other actor is no)`},
		{Danish, `(alder er mindst 18 og alder er mindre end 30) eller kontaktgruppe er "Dagpengemodtager" og (har persongruppemarkering "Glostrup mentor" eller har ikke anden aktør henvisning "Jobhuset A/S" eller anden aktør er nej)`},
	}
	for _, tc := range tests {
		if got := rs.Describe(tc.lang, ruleContext()); got != tc.want {
			t.Errorf("Describe(%s) =\n%s\nwant\n%s", tc.lang, got, tc.want)
		}
	}
	if got, want := rules(all(rule(RuleSubCentre, CondNe, "5"))).Describe(English, ruleContext()), `job centre is not "Glostrup Syd"`; got != want {
		t.Errorf("Describe = %q, want %q", got, want)
	}
	if got, want := rules(all(rule(RuleMark, CondHas, "77"))).Describe(English, RuleContext{}), `has person-group mark #77`; got != want {
		t.Errorf("Describe with an unknown mark = %q, want %q", got, want)
	}
}

func TestRuleSetContradictions(t *testing.T) {
	tests := []struct {
		name  string
		rs    RuleSet
		never bool
		rules []string
	}{
		{"§4.2 age > 30 and age < 25 can never match", rules(all(rule(RuleAge, CondGt, "30"), rule(RuleAge, CondLt, "25"))), true, []string{"groups[0].rules[0]", "groups[0].rules[1]"}},
		{"§4.2 whole numbers: age > 5 and age < 6 is empty", rules(all(rule(RuleAge, CondGt, "5")), and(all(rule(RuleAge, CondLt, "6")))), true, []string{"groups[0].rules[0]", "groups[1].rules[0]"}},
		{"§4.2 age >= 30 and age <= 30 is 30", rules(all(rule(RuleAge, CondGe, "30"), rule(RuleAge, CondLe, "30"))), false, nil},
		{"§4.2 bounds that leave only an excluded value", rules(all(rule(RuleAge, CondGe, "30"), rule(RuleAge, CondLe, "31"), rule(RuleAge, CondNe, "30"), rule(RuleAge, CondNe, "31"))), true, []string{"groups[0].rules[0]", "groups[0].rules[1]", "groups[0].rules[2]", "groups[0].rules[3]"}},
		{"§4.2 = a with = b", rules(all(rule(RuleContactGroup, CondEq, "Dagpengemodtager"), rule(RuleContactGroup, CondEq, "Uden ydelse"))), true, []string{"groups[0].rules[0]", "groups[0].rules[1]"}},
		{"§4.2 = a with != a", rules(all(rule(RuleAssessment, CondEq, "Jobparat")), and(anyOf(rule(RuleAssessment, CondNe, "Jobparat")))), true, []string{"groups[0].rules[0]", "groups[1].rules[0]"}},
		{"§4.2 has x with has not x", rules(all(rule(RuleMark, CondHas, "4"), rule(RuleMark, CondHasNot, "4"))), true, []string{"groups[0].rules[0]", "groups[0].rules[1]"}},
		{"§4.2 other actor = yes with = no", rules(all(rule(RuleOtherActor, CondEq, "yes"), rule(RuleOtherActor, CondEq, "no"))), true, []string{"groups[0].rules[0]", "groups[0].rules[1]"}},
		{"§4.2 in activation != yes and != no", rules(all(rule(RuleInActivation, CondNe, "yes"), rule(RuleInActivation, CondNe, "no"))), true, []string{"groups[0].rules[0]", "groups[0].rules[1]"}},
		{"§4.2 two marks at once are fine", rules(all(rule(RuleMark, CondHas, "4"), rule(RuleMark, CondHas, "1"))), false, nil},
		{"§4.2 an any-group of several rules forces none of them", rules(all(rule(RuleAge, CondGt, "30")), and(anyOf(rule(RuleAge, CondLt, "25"), rule(RuleContactGroup, CondEq, "Uden ydelse")))), false, nil},
		{"§4.2 a contradiction in one OR-branch leaves the other", rules(all(rule(RuleAge, CondGt, "30"), rule(RuleAge, CondLt, "25")), or(all(rule(RuleAge, CondGe, "18")))), false, []string{"groups[0].rules[0]", "groups[0].rules[1]"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.rs.NeverMatches(); got != tc.never {
				t.Errorf("NeverMatches = %v, want %v", got, tc.never)
			}
			var got []string
			if cs := tc.rs.Contradictions(); len(cs) > 0 {
				got = cs[0].Rules
				if cs[0].Reason == "" {
					t.Error("a contradiction without a reason")
				}
			}
			if !slices.Equal(got, tc.rules) {
				t.Errorf("contradicting rules = %v, want %v", got, tc.rules)
			}
		})
	}
}

// TestNeverMatchesHasNoFalsePositive generates random rule sets over age,
// contact group and in-activation, and checks that a set reported as never
// matching is matched by no citizen of a population covering every age
// 0–120, every contact group and both activation states.
func TestNeverMatchesHasNoFalsePositive(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 13))
	var population []Citizen
	groups := append(ContactGroups(), "")
	for age := 0; age <= 120; age += 1 {
		c := citizenAged(age)
		c.ContactGroup = groups[age%len(groups)]
		c.InActivation = age%2 == 0
		population = append(population, c)
		d := c
		d.ContactGroup, d.InActivation = groups[(age*7+3)%len(groups)], !c.InActivation
		population = append(population, d)
	}
	randomRule := func() Rule {
		switch rng.IntN(3) {
		case 0:
			conds := []Condition{CondEq, CondNe, CondGt, CondGe, CondLt, CondLe}
			return rule(RuleAge, conds[rng.IntN(len(conds))], fmt.Sprint(1+rng.IntN(60)))
		case 1:
			return rule(RuleContactGroup, []Condition{CondEq, CondNe}[rng.IntN(2)], ContactGroups()[rng.IntN(3)])
		}
		return rule(RuleInActivation, []Condition{CondEq, CondNe}[rng.IntN(2)], []string{"yes", "no"}[rng.IntN(2)])
	}
	never := 0
	for i := 0; i < 3000; i++ {
		var rs RuleSet
		for g := 0; g < 1+rng.IntN(3); g++ {
			grp := RuleGroup{Match: []Match{MatchAll, MatchAny}[rng.IntN(2)], Join: []Join{JoinAnd, JoinOr}[rng.IntN(2)]}
			for r := 0; r < 1+rng.IntN(3); r++ {
				grp.Rules = append(grp.Rules, randomRule())
			}
			rs.Groups = append(rs.Groups, grp)
		}
		if !rs.NeverMatches() {
			continue
		}
		never++
		for _, c := range population {
			if rs.Matches(c, ruleDay) {
				t.Fatalf("NeverMatches but matched a citizen aged %d in %q: %s", c.CPR.Age(ruleDay), c.ContactGroup, rs.Describe(English, RuleContext{}))
			}
		}
	}
	if never < 50 {
		t.Errorf("only %d never-matching sets generated; the test proves too little", never)
	}
}

func TestEligibleAdvisors(t *testing.T) {
	marks := ruleContext().Marks
	advisors := []Advisor{{ID: 1, Name: "Bo"}, {ID: 2, Name: "Sarah", Marks: []MarkID{4}}, {ID: 3, Name: "Nikoline", Marks: []MarkID{1}}}
	ids := func(as []Advisor) []AdvisorID {
		var out []AdvisorID
		for _, a := range as {
			out = append(out, a.ID)
		}
		return out
	}
	marked := Citizen{Marks: []MarkID{4}}
	tests := []struct {
		name string
		rs   RuleSet
		c    Citizen
		want []AdvisorID
	}{
		{"§4.2 a binding mark binds the citizen to the advisor carrying it", rules(all(rule(RuleMark, CondHas, "4"))), marked, []AdvisorID{2}},
		{"§4.2 a mark that does not bind leaves every advisor", rules(all(rule(RuleMark, CondHas, "1"))), Citizen{Marks: []MarkID{1}}, []AdvisorID{1, 2, 3}},
		{"§4.2 without a mark rule every advisor remains", rules(all(rule(RuleAge, CondGe, "18"))), marked, []AdvisorID{1, 2, 3}},
		{"§4.2 a citizen without the mark is not bound", rules(anyOf(rule(RuleMark, CondHas, "4"), rule(RuleAge, CondGe, "18"))), Citizen{}, []AdvisorID{1, 2, 3}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := ids(EligibleAdvisors(tc.rs, marks, tc.c, advisors)); !slices.Equal(got, tc.want) {
				t.Errorf("EligibleAdvisors = %v, want %v", got, tc.want)
			}
		})
	}
	if len(advisors) != 3 || advisors[0].ID != 1 {
		t.Error("EligibleAdvisors changed its input")
	}
}

func TestTargetContactGroups(t *testing.T) {
	rs := rules(all(rule(RuleContactGroup, CondEq, "Dagpengemodtager")), or(anyOf(rule(RuleContactGroup, CondNe, "Uden ydelse"), rule(RuleContactGroup, CondEq, "Sygedagpengemodtager"))))
	if got, want := rs.TargetContactGroups(), []string{"Dagpengemodtager", "Sygedagpengemodtager"}; !slices.Equal(got, want) {
		t.Errorf("TargetContactGroups = %v, want %v", got, want)
	}
}

func BenchmarkRuleSetMatches(b *testing.B) {
	rs := rules(
		all(rule(RuleAge, CondGe, "18"), rule(RuleAge, CondLt, "30")),
		or(all(rule(RuleContactGroup, CondEq, "Dagpengemodtager"))),
		and(anyOf(rule(RuleMark, CondHas, "4"), rule(RuleInActivation, CondEq, "no"))),
	)
	c := citizenAged(45)
	c.ContactGroup = "Dagpengemodtager"
	for b.Loop() {
		rs.Matches(c, ruleDay)
	}
}
