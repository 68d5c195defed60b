package planner

import (
	"slices"
	"testing"
)

// TestRuleCatalogue: the rule builder's choices are exactly what Validate
// accepts (§4.2): every condition listed validates with a listed or typed
// criterion, a condition not listed does not, and the marks listed are the
// ones visible to the job centre.
func TestRuleCatalogue(t *testing.T) {
	rc := ruleContext()
	cat := RuleCatalogue(Danish, rc)
	var types []RuleType
	for _, info := range cat {
		types = append(types, info.Type)
	}
	if !slices.Equal(types, RuleTypes()) {
		t.Fatalf("types = %v, want %v", types, RuleTypes())
	}
	allConds := []Condition{CondEq, CondNe, CondGt, CondGe, CondLt, CondLe, CondHas, CondHasNot}
	for _, info := range cat {
		value := "7"
		switch info.Criterion {
		case CriterionList:
			if len(info.Values) == 0 {
				t.Errorf("%s: a list criterion without values", info.Type)
				continue
			}
			value = info.Values[0].Value
		case CriterionText:
			value = "Ledig"
		}
		listed := map[Condition]bool{}
		for _, c := range info.Conds {
			listed[c.Value] = true
			if c.Name == "" {
				t.Errorf("%s %s: no name", info.Type, c.Value)
			}
		}
		for _, c := range allConds {
			err := Rule{Type: info.Type, Cond: c, Value: value}.Validate(rc)
			if listed[c] && err != nil {
				t.Errorf("§4.2 %s %s %q listed but Validate = %v", info.Type, c, value, err)
			}
			if !listed[c] && err == nil {
				t.Errorf("§4.2 %s %s not listed but Validate accepts it", info.Type, c)
			}
		}
	}
	byType := func(rt RuleType) RuleTypeInfo {
		return cat[slices.IndexFunc(cat, func(i RuleTypeInfo) bool { return i.Type == rt })]
	}
	var marks []string
	for _, v := range byType(RuleMark).Values {
		marks = append(marks, v.Name)
	}
	if want := []string{"AMK Øst projekt", "Glostrup mentor", "Hovedstaden mentor", "Ungeindsats"}; !slices.Equal(marks, want) {
		t.Errorf("§4.2 marks offered = %v, want the visible ones %v", marks, want)
	}
	if got := byType(RuleContactGroup).Values; len(got) != len(ContactGroups()) || got[0].Value != ContactGroups()[0] {
		t.Errorf("contact groups offered = %v", got)
	}
	if got := byType(RuleAge); got.Name != "Alder" || got.Criterion != CriterionNumber || got.Conds[0].Name != "Større end" {
		t.Errorf("age = %+v, want the guide's Danish names", got)
	}
	if got := RuleCatalogue(English, rc)[0]; got.Name != "Age" || got.Conds[0].Name != "Greater than" {
		t.Errorf("age in English = %+v", got)
	}
	if got := byType(RuleUnemploymentFund); got.Criterion != CriterionText {
		t.Errorf("unemployment fund without a list = %q, want free text", got.Criterion)
	}
}
