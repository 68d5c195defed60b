package planner

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

func TestRuleSetContradictions(t *testing.T) {
	r := func(i, j int) string { return rulePath(i, j) }
	tests := []struct {
		name  string
		rs    RuleSet
		never bool
		rules []string // of the first contradiction; nil: none
	}{
		{"§4.2 age > 30 and age < 25 can never match", rules(all(rule(RuleAge, CondGt, "30"), rule(RuleAge, CondLt, "25"))), true, []string{r(0, 0), r(0, 1)}},
		{"§4.2 age >= 30 and age <= 29 can never match", rules(all(rule(RuleAge, CondGe, "30"), rule(RuleAge, CondLe, "29"))), true, []string{r(0, 0), r(0, 1)}},
		{"§4.2 whole numbers: age > 5 and age < 6 is empty", rules(all(rule(RuleAge, CondGt, "5")), and(all(rule(RuleAge, CondLt, "6")))), true, []string{r(0, 0), r(1, 0)}},
		{"§4.2 age >= 30 and age <= 30 is 30", rules(all(rule(RuleAge, CondGe, "30"), rule(RuleAge, CondLe, "30"))), false, nil},
		{"§4.2 bounds collapsing to one value that != excludes", rules(all(rule(RuleAge, CondGe, "30"), rule(RuleAge, CondLe, "30"), rule(RuleAge, CondNe, "30"))), true, []string{r(0, 0), r(0, 1), r(0, 2)}},
		{"§4.2 bounds that leave only excluded values", rules(all(rule(RuleAge, CondGe, "30"), rule(RuleAge, CondLe, "31"), rule(RuleAge, CondNe, "30"), rule(RuleAge, CondNe, "31"))), true, []string{r(0, 0), r(0, 1), r(0, 2), r(0, 3)}},
		{"§4.2 bounds that leave one value not excluded", rules(all(rule(RuleAge, CondGe, "30"), rule(RuleAge, CondLe, "32"), rule(RuleAge, CondNe, "30"), rule(RuleAge, CondNe, "32"))), false, nil},
		{"§4.2 age = a with bounds excluding a", rules(all(rule(RuleAge, CondEq, "40")), and(anyOf(rule(RuleAge, CondLt, "35")))), true, []string{r(0, 0), r(1, 0)}},
		{"§4.2 age = a with age = b", rules(all(rule(RuleAge, CondEq, "40"), rule(RuleAge, CondEq, "41"))), true, []string{r(0, 0), r(0, 1)}},
		{"§4.2 age = a with age != a", rules(all(rule(RuleAge, CondNe, "40"), rule(RuleAge, CondEq, "40"))), true, []string{r(0, 0), r(0, 1)}},
		{"§4.2 only the rules in conflict are named", rules(all(rule(RuleAge, CondGt, "30"), rule(RuleAge, CondGe, "18"), rule(RuleContactGroup, CondEq, "Dagpengemodtager"), rule(RuleAge, CondLt, "25"))), true, []string{r(0, 0), r(0, 3)}},
		{"§4.2 registration weeks > 10 and < 11 is empty", rules(all(rule(RuleRegistrationWeeks, CondGt, "10"), rule(RuleRegistrationWeeks, CondLt, "11"))), true, []string{r(0, 0), r(0, 1)}},
		{"§4.2 registration weeks < 1 is 0 weeks, not a contradiction", rules(all(rule(RuleRegistrationWeeks, CondLt, "1"), rule(RuleRegistrationWeeks, CondNe, "1"))), false, nil},
		{"§4.2 registration weeks are never negative", rules(all(rule(RuleRegistrationWeeks, CondLt, "2"), rule(RuleRegistrationWeeks, CondNe, "0"), rule(RuleRegistrationWeeks, CondNe, "1"))), false, nil},
		{"§4.2 age and registration weeks bound different things", rules(all(rule(RuleAge, CondGt, "30"), rule(RuleRegistrationWeeks, CondLt, "25"))), false, nil},
		{"§4.2 = a with = b", rules(all(rule(RuleContactGroup, CondEq, "Dagpengemodtager"), rule(RuleContactGroup, CondEq, "Uden ydelse"))), true, []string{r(0, 0), r(0, 1)}},
		{"§4.2 = a with != a", rules(all(rule(RuleAssessment, CondEq, "Jobparat")), and(anyOf(rule(RuleAssessment, CondNe, "Jobparat")))), true, []string{r(0, 0), r(1, 0)}},
		{"§4.2 != a with != b is fine", rules(all(rule(RuleAssessment, CondNe, "Jobparat"), rule(RuleAssessment, CondNe, "Aktivitetsparat"))), false, nil},
		{"§4.2 = a with != b is fine", rules(all(rule(RuleUnemploymentFund, CondEq, "Krifa"), rule(RuleUnemploymentFund, CondNe, "3F A-kasse"))), false, nil},
		{"§4.2 one sub-centre = a with = b", rules(all(rule(RuleSubCentre, CondEq, "5"), rule(RuleSubCentre, CondEq, "6"))), true, []string{r(0, 0), r(0, 1)}},
		{"§4.2 has x with has not x", rules(all(rule(RuleMark, CondHas, "4"), rule(RuleMark, CondHasNot, "4"))), true, []string{r(0, 0), r(0, 1)}},
		{"§4.2 referral has x with has not x", rules(all(rule(RuleReferral, CondHasNot, "9")), and(all(rule(RuleReferral, CondHas, "9")))), true, []string{r(0, 0), r(1, 0)}},
		{"§4.2 two marks at once are fine", rules(all(rule(RuleMark, CondHas, "4"), rule(RuleMark, CondHas, "1"))), false, nil},
		{"§4.2 other actor = yes with = no", rules(all(rule(RuleOtherActor, CondEq, "yes"), rule(RuleOtherActor, CondEq, "no"))), true, []string{r(0, 0), r(0, 1)}},
		{"§4.2 other actor = yes with != yes", rules(all(rule(RuleOtherActor, CondEq, "yes"), rule(RuleOtherActor, CondNe, "yes"))), true, []string{r(0, 0), r(0, 1)}},
		{"§4.2 in activation != yes and != no", rules(all(rule(RuleInActivation, CondNe, "yes"), rule(RuleInActivation, CondNe, "no"))), true, []string{r(0, 0), r(0, 1)}},
		{"§4.2 in activation = yes with != no is fine", rules(all(rule(RuleInActivation, CondEq, "yes"), rule(RuleInActivation, CondNe, "no"))), false, nil},
		{"§4.2 other actor and in activation are different things", rules(all(rule(RuleOtherActor, CondEq, "yes"), rule(RuleInActivation, CondEq, "no"))), false, nil},
		{"§4.2 an any group of several rules forces none of them", rules(all(rule(RuleAge, CondGt, "30")), and(anyOf(rule(RuleAge, CondLt, "25"), rule(RuleContactGroup, CondEq, "Uden ydelse")))), false, nil},
		{"§4.2 an any group every rule of which contradicts", rules(all(rule(RuleAge, CondGt, "30")), and(anyOf(rule(RuleAge, CondLt, "25"), rule(RuleAge, CondEq, "20")))), true, []string{r(0, 0), r(1, 0), r(1, 1)}},
		{"§4.2 no choice across two any groups holds", rules(anyOf(rule(RuleAge, CondLt, "20"), rule(RuleAge, CondGt, "50")), and(anyOf(rule(RuleAge, CondEq, "30"), rule(RuleAge, CondEq, "40")))), true, []string{r(0, 0), r(0, 1), r(1, 0), r(1, 1)}},
		{"§4.2 one choice across two any groups holds", rules(anyOf(rule(RuleAge, CondLt, "20"), rule(RuleAge, CondGt, "50")), and(anyOf(rule(RuleAge, CondEq, "30"), rule(RuleAge, CondEq, "60")))), false, nil},
		{"§4.2 a contradiction in one OR-branch leaves the other", rules(all(rule(RuleAge, CondGt, "30"), rule(RuleAge, CondLt, "25")), or(all(rule(RuleAge, CondGe, "18")))), false, []string{r(0, 0), r(0, 1)}},
		{"§4.2 a contradiction in every OR-branch never matches", rules(all(rule(RuleAge, CondGt, "30"), rule(RuleAge, CondLt, "25")), or(all(rule(RuleMark, CondHas, "4"))), and(all(rule(RuleMark, CondHasNot, "4")))), true, []string{r(0, 0), r(0, 1)}},
		{"§4.2 an empty rule set has no scope and is not reported", RuleSet{}, false, nil},
		{"§4.2 rules Validate rejects are left out of the reasoning", rules(all(rule(RuleAge, CondGt, "30"), rule(RuleAge, CondLt, "tyve"), rule("shoe_size", CondLt, "25"))), false, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.rs.NeverMatches(); got != tc.never {
				t.Errorf("NeverMatches = %v, want %v", got, tc.never)
			}
			var got []string
			if cs := tc.rs.Contradictions(); len(cs) > 0 {
				got = cs[0].Rules
				if cs[0].Reason == "" || cs[0].ReasonDA == "" {
					t.Error("Reason or ReasonDA = \"\", want why the rules conflict")
				}
			}
			if !slices.Equal(got, tc.rules) {
				t.Errorf("Contradictions()[0].Rules = %v, want %v", got, tc.rules)
			}
		})
	}
}

func TestRuleSetContradictionsEveryScope(t *testing.T) {
	rs := rules(
		all(rule(RuleAge, CondGt, "30"), rule(RuleAge, CondLt, "25")), // scope 0: contradictory
		or(all(rule(RuleContactGroup, CondEq, "Uden ydelse"))),        // scope 1: fine
		or(all(rule(RuleInActivation, CondEq, "yes"))),                // scope 2: contradictory
		and(all(rule(RuleInActivation, CondEq, "no"))),
	)
	cs := rs.Contradictions()
	var scopes []int
	for _, c := range cs {
		scopes = append(scopes, c.Scope)
	}
	if want := []int{0, 2}; !slices.Equal(scopes, want) {
		t.Fatalf("§4.2 Contradictions scopes = %v, want %v", scopes, want)
	}
	if got, want := cs[1].Rules, []string{"groups[2].rules[0]", "groups[3].rules[0]"}; !slices.Equal(got, want) {
		t.Errorf("Contradictions()[1].Rules = %v, want %v", got, want)
	}
	if got, want := cs[1].Reason, "in activation cannot be both yes and no"; got != want {
		t.Errorf("Contradictions()[1].Reason = %q, want %q", got, want)
	}
	if got, want := cs[1].ReasonDA, "i aktivering kan ikke både være ja og nej"; got != want {
		t.Errorf("Contradictions()[1].ReasonDA = %q, want %q", got, want)
	}
	if rs.NeverMatches() {
		t.Error("NeverMatches = true, want false: scope 1 can match")
	}
}

// propertyPopulation is every kind of citizen the random rule sets of the
// property tests can tell apart: every age around their criteria (1–8),
// including ages of CPRs born after ruleDay, and a citizen without a CPR;
// every contact group and none; both activation states; with and without
// mark 4.
func propertyPopulation() []Citizen {
	var out []Citizen
	ages := []Citizen{{Name: "Uden CPR"}}
	for age := -2; age <= 10; age++ {
		ages = append(ages, citizenAged(age))
	}
	ages = append(ages, citizenAged(120))
	for _, a := range ages {
		for _, cg := range append(ContactGroups(), "") {
			for _, active := range []bool{false, true} {
				for _, marks := range [][]MarkID{nil, {4}} {
					c := a
					c.ContactGroup, c.InActivation, c.Marks = cg, active, marks
					out = append(out, c)
				}
			}
		}
	}
	// Interleave, so a rule set that matches anyone is found to early.
	rand.New(rand.NewPCG(1, 2)).Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

// randomRuleSet returns 1–3 groups of 1–3 rules over age, contact group, in
// activation and mark 4. Age criteria are few (1–8), so bounds often meet.
func randomRuleSet(rng *rand.Rand) RuleSet {
	pick := func(n int) int { return rng.IntN(n) }
	randomRule := func() Rule {
		switch pick(4) {
		case 0:
			return rule(RuleAge, numberConds[pick(len(numberConds))], fmt.Sprint(1+pick(8)))
		case 1:
			return rule(RuleContactGroup, equalConds[pick(2)], ContactGroups()[pick(3)])
		case 2:
			return rule(RuleInActivation, equalConds[pick(2)], []string{"yes", "no"}[pick(2)])
		}
		return rule(RuleMark, hasConds[pick(2)], "4")
	}
	var rs RuleSet
	for range 1 + pick(3) {
		g := RuleGroup{Match: []Match{MatchAll, MatchAny}[pick(2)], Join: []Join{JoinAnd, JoinOr}[pick(2)]}
		for range 1 + pick(3) {
			g.Rules = append(g.Rules, randomRule())
		}
		rs.Groups = append(rs.Groups, g)
	}
	return rs
}

// TestNeverMatchesAgreesWithPopulation is a property test of §4.2's
// contradiction check over random rule sets. Soundness: a set reported as
// never matching is matched by no citizen (no false positives, which would
// wrongly warn the user). Exactness: a set no citizen of the population
// matches is reported, since the check is exact per attribute.
func TestNeverMatchesAgreesWithPopulation(t *testing.T) {
	population := propertyPopulation()
	rng := rand.New(rand.NewPCG(11, 13))
	sets, never := 3000, 0
	if testing.Short() {
		sets = 300
	}
	for range sets {
		rs := randomRuleSet(rng)
		cr, err := rs.Compile()
		if err != nil {
			t.Fatalf("Compile(%s) = %v", rs.Describe(English, RuleContext{}), err)
		}
		i := slices.IndexFunc(population, func(c Citizen) bool { return cr.Matches(c, ruleDay) })
		switch got := rs.NeverMatches(); {
		case got && i >= 0:
			c := population[i]
			t.Fatalf("NeverMatches = true for %s, but it matches a citizen aged %d in %q (activation %v, marks %v)",
				rs.Describe(English, RuleContext{}), c.CPR.Age(ruleDay), c.ContactGroup, c.InActivation, c.Marks)
		case !got && i < 0:
			t.Fatalf("NeverMatches = false for %s, but no citizen matches it", rs.Describe(English, RuleContext{}))
		case got:
			never++
		}
	}
	if never < sets/20 {
		t.Errorf("only %d of %d random sets never match; the test proves too little", never, sets)
	}
}

// TestCompiledRulesAgreeWithMatches: CompiledRules.Matches and
// RuleSet.Matches give the same answer for every set Compile accepts.
func TestCompiledRulesAgreeWithMatches(t *testing.T) {
	population := propertyPopulation()[:300]
	rng := rand.New(rand.NewPCG(17, 19))
	for range 500 {
		rs := randomRuleSet(rng)
		cr, err := rs.Compile()
		if err != nil {
			t.Fatalf("Compile(%s) = %v", rs.Describe(English, RuleContext{}), err)
		}
		for _, c := range population {
			if got, want := cr.Matches(c, ruleDay), rs.Matches(c, ruleDay); got != want {
				t.Fatalf("CompiledRules.Matches = %v, want %v as RuleSet.Matches, for %s", got, want, rs.Describe(English, RuleContext{}))
			}
		}
	}
}
