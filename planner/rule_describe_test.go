package planner

import "testing"

func TestRuleSetDescribe(t *testing.T) {
	tests := []struct {
		name   string
		rs     RuleSet
		en, da string
	}{
		{"§4.2 one rule", rules(all(rule(RuleAge, CondGe, "18"))),
			`age is at least 18`,
			`alder er mindst 18`},
		{"§4.2 one all group needs no parentheses", rules(all(rule(RuleAge, CondGt, "17"), rule(RuleAge, CondLe, "29"))),
			`age is over 17 and age is at most 29`,
			`alder er større end 17 og alder er højst 29`},
		{"§4.2 one any group needs no parentheses", rules(anyOf(rule(RuleContactGroup, CondEq, "Dagpengemodtager"), rule(RuleAssessment, CondNe, "Jobparat"))),
			`contact group is "Dagpengemodtager" or assessment group is not "Jobparat"`,
			`kontaktgruppe er "Dagpengemodtager" eller visitationsgruppe er ikke "Jobparat"`},
		{"§4.2 a group of several rules next to another group is parenthesised",
			rules(all(rule(RuleAge, CondGe, "18"), rule(RuleAge, CondLt, "30")), or(all(rule(RuleContactGroup, CondEq, "Dagpengemodtager")))),
			`(age is at least 18 and age is under 30) or contact group is "Dagpengemodtager"`,
			`(alder er mindst 18 og alder er mindre end 30) eller kontaktgruppe er "Dagpengemodtager"`},
		{"§4.2 an any group inside an AND chain is parenthesised",
			rules(all(rule(RuleAge, CondGe, "18")), and(anyOf(rule(RuleOtherActor, CondEq, "yes"), rule(RuleInActivation, CondEq, "no")))),
			`age is at least 18 and (other actor is yes or in activation is no)`,
			`alder er mindst 18 og (anden aktør er ja eller i aktivering er nej)`},
		{"§4.2 AND binds tighter than OR, and the sentence shows it",
			rules(all(rule(RuleAge, CondLt, "25")), or(all(rule(RuleAge, CondGt, "40"))), and(all(rule(RuleInActivation, CondEq, "yes")))),
			`age is under 25 or (age is over 40 and in activation is yes)`,
			`alder er mindre end 25 eller (alder er større end 40 og i aktivering er ja)`},
		{"§4.2 nested grouping",
			rules(
				all(rule(RuleAge, CondGe, "18"), rule(RuleAge, CondLt, "30")),
				or(all(rule(RuleContactGroup, CondEq, "Dagpengemodtager"))),
				and(anyOf(rule(RuleMark, CondHas, "4"), rule(RuleReferral, CondHasNot, "9"), rule(RuleOtherActor, CondEq, "no"))),
			),
			`(age is at least 18 and age is under 30) or (contact group is "Dagpengemodtager" and (has person-group mark "Glostrup mentor" or has no referral to other actor "Jobhuset A/S" or other actor is no))`,
			`(alder er mindst 18 og alder er mindre end 30) eller (kontaktgruppe er "Dagpengemodtager" og (har persongruppemarkering "Glostrup mentor" eller har ikke anden aktør henvisning "Jobhuset A/S" eller anden aktør er nej))`},
		{"§4.2 every rule type in the guide's words",
			rules(all(
				rule(RuleSubCentre, CondEq, "5"), rule(RuleSicknessCategory, CondNe, "Kategori 1"),
				rule(RuleRegistrationWeeks, CondGe, "26"), rule(RuleUnemploymentFund, CondEq, "3F A-kasse"),
				rule(RuleMark, CondHasNot, "1"), rule(RuleReferral, CondHas, "9"),
			)),
			`job centre is "Glostrup Syd" and sickness-benefit category is not "Kategori 1" and unemployment/registration length (weeks) is at least 26 and unemployment fund is "3F A-kasse" and has no person-group mark "Ungeindsats" and has referral to other actor "Jobhuset A/S"`,
			`jobcenter er "Glostrup Syd" og sygedagpenge kategori er ikke "Kategori 1" og ledigheds-/tilmeldingslængde (uger) er mindst 26 og a-kasse er "3F A-kasse" og har ikke persongruppemarkering "Ungeindsats" og har anden aktør henvisning "Jobhuset A/S"`},
		{"§4.2 names unknown to the context fall back to #id",
			rules(anyOf(rule(RuleMark, CondHas, "77"), rule(RuleSubCentre, CondNe, "6"), rule(RuleReferral, CondHas, "8"))),
			`has person-group mark #77 or job centre is not #6 or has referral to other actor #8`,
			`har persongruppemarkering #77 eller jobcenter er ikke #6 eller har anden aktør henvisning #8`},
		{"§4.2 an empty rule set is described as nothing", RuleSet{}, ``, ``},
	}
	rc := ruleContext()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.rs.Describe(English, rc); got != tc.en {
				t.Errorf("Describe(English) =\n%s\nwant\n%s", got, tc.en)
			}
			if got := tc.rs.Describe(Danish, rc); got != tc.da {
				t.Errorf("Describe(Danish) =\n%s\nwant\n%s", got, tc.da)
			}
		})
	}
	t.Run("§4.2 Danish is the default language", func(t *testing.T) {
		rs := rules(all(rule(RuleInActivation, CondEq, "yes")))
		if got, want := rs.Describe("", rc), "i aktivering er ja"; got != want {
			t.Errorf("Describe(\"\") = %q, want %q", got, want)
		}
	})
}
