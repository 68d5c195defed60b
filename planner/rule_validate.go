package planner

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// valueKind is how a rule type's criterion is read.
type valueKind int

const (
	kindNumber valueKind = iota // whole number > 0
	kindText                    // a value from a list
	kindID                      // a decimal id > 0
	kindBool                    // "yes" or "no"
)

// ruleSpec is one row of the §4.2 table: how the criterion is read and
// which conditions the type takes.
type ruleSpec struct {
	kind  valueKind
	conds []Condition
}

var (
	numberConds = []Condition{CondGt, CondGe, CondLt, CondLe, CondNe, CondEq}
	equalConds  = []Condition{CondEq, CondNe}
	hasConds    = []Condition{CondHas, CondHasNot}
)

// ruleSpecOf returns the §4.2 row of t; ok is false for an unknown type.
// "=" on age and registration weeks is inferred in the SPEC (and added to
// registration weeks for symmetry with age); "=" and "!=" on the
// unemployment fund are inferred too.
func ruleSpecOf(t RuleType) (spec ruleSpec, ok bool) {
	switch t {
	case RuleAge, RuleRegistrationWeeks:
		return ruleSpec{kindNumber, numberConds}, true
	case RuleContactGroup, RuleAssessment, RuleSicknessCategory, RuleUnemploymentFund:
		return ruleSpec{kindText, equalConds}, true
	case RuleSubCentre:
		return ruleSpec{kindID, equalConds}, true
	case RuleMark, RuleReferral:
		return ruleSpec{kindID, hasConds}, true
	case RuleOtherActor, RuleInActivation:
		return ruleSpec{kindBool, equalConds}, true
	}
	return ruleSpec{}, false
}

// Validate checks rs against §4.2 before an offer is saved: 1 to MaxRules
// rules in all, no empty group, every group matching "all" or "any", every
// group after the first joined by "and" or "or", and every rule valid (see
// Rule.Validate). It stops at the first problem in reading order and returns
// it as a *FieldError, which matches ErrInvalid; Field names the place by
// position, e.g. "groups" (the count), "groups[1].join" or
// "groups[1].rules[0].value", and Reason never repeats a criterion.
func (rs RuleSet) Validate(rc RuleContext) error {
	return rs.check(func(r Rule) error { return r.Validate(rc) })
}

// check validates the shape of rs and runs checkRule on every rule, naming
// the rule in the error.
func (rs RuleSet) check(checkRule func(Rule) error) error {
	switch n := rs.Len(); {
	case n < 1:
		return fieldErr("groups", "must hold at least 1 rule", "skal indeholde mindst 1 regel")
	case n > MaxRules:
		return fieldErr("groups", fmt.Sprintf("must hold at most %d rules", MaxRules), fmt.Sprintf("må højst indeholde %d regler", MaxRules))
	}
	for i, g := range rs.Groups {
		group := indexed("groups", i)
		switch {
		case len(g.Rules) == 0:
			return fieldErr(group+".rules", "must hold at least 1 rule", "skal indeholde mindst 1 regel")
		case g.Match != MatchAll && g.Match != MatchAny:
			return fieldErr(group+".match", "must be all or any", "skal være »all« eller »any«")
		case i > 0 && g.Join != JoinAnd && g.Join != JoinOr: // the first group's join is ignored
			return fieldErr(group+".join", "must be and or or", "skal være »and« eller »or«")
		}
		for j, r := range g.Rules {
			if err := checkRule(r); err != nil {
				return prefixed(rulePath(i, j), err)
			}
		}
	}
	return nil
}

// rulePath names rule j of group i, e.g. "groups[1].rules[0]".
func rulePath(i, j int) string { return indexed("groups", i) + "." + indexed("rules", j) }

// Validate checks one rule against §4.2 and the job centre in rc: a known
// type, a condition the type takes, and a criterion that is a whole number
// > 0 (age, registration weeks), "yes" or "no" (other actor, in activation),
// a value of the list (contact group, assessment group, and the sickness
// categories and unemployment funds of rc when rc has them), a person-group
// mark of rc visible to its job centre, one of the job centre's sub-centres,
// or an other actor of rc. Its *FieldError names "type", "cond" or "value".
func (r Rule) Validate(rc RuleContext) error {
	if err := r.validateSyntax(); err != nil {
		return err
	}
	return r.validateIn(rc)
}

// validateSyntax checks what Matches needs to read r, without a job centre.
func (r Rule) validateSyntax() error {
	spec, ok := ruleSpecOf(r.Type)
	if !ok {
		return fieldErr("type", "is not a known rule type", "er ikke en kendt regeltype")
	}
	if !slices.Contains(spec.conds, r.Cond) {
		return fieldErr("cond", fmt.Sprintf("must be one of %s for %s", condList(spec.conds), r.Type),
			fmt.Sprintf("skal være en af %s for regeltypen »%s«", condList(spec.conds), r.Type))
	}
	if strings.TrimSpace(r.Value) == "" {
		return fieldErr("value", "is required", "er påkrævet")
	}
	switch spec.kind {
	case kindNumber:
		if n, err := strconv.Atoi(r.Value); err != nil || n <= 0 {
			return fieldErr("value", "must be a whole number greater than 0", "skal være et helt tal større end 0")
		}
	case kindBool:
		if r.Value != "yes" && r.Value != "no" {
			return fieldErr("value", "must be yes or no", "skal være »yes« eller »no«")
		}
	case kindID:
		if id, err := strconv.ParseInt(r.Value, 10, 64); err != nil || id <= 0 {
			return fieldErr("value", "must be a decimal id greater than 0", "skal være et id (et helt tal) større end 0")
		}
	}
	return nil
}

// validateIn checks that r's criterion exists for the job centre of rc.
// Errors say what is missing and answer a mark of another region or job
// centre exactly like an unknown one.
func (r Rule) validateIn(rc RuleContext) error {
	id, _ := strconv.ParseInt(r.Value, 10, 64)
	switch r.Type {
	case RuleMark:
		if m, ok := rc.Marks[MarkID(id)]; !ok || !m.VisibleTo(rc.Jobcenter) {
			return fieldErr("value", "is not a person-group mark visible to the job centre", "er ikke en persongruppemarkering, som jobcentret kan se")
		}
	case RuleSubCentre:
		if !slices.ContainsFunc(rc.Jobcenter.SubCentres, func(s SubCentre) bool { return s.ID == SubCentreID(id) }) {
			return fieldErr("value", "is not a sub-centre of the job centre", "er ikke et underjobcenter i jobcentret")
		}
	case RuleReferral:
		if _, ok := rc.OtherActors[OtherActorID(id)]; !ok {
			return fieldErr("value", "is not an other actor registered by the job centre", "er ikke en anden aktør, som jobcentret har registreret")
		}
	case RuleContactGroup, RuleAssessment, RuleSicknessCategory, RuleUnemploymentFund:
		if list := rc.list(r.Type); len(list) > 0 && !slices.Contains(list, r.Value) {
			return fieldErr("value", "is not on the "+words[English].types[r.Type]+" list",
				"er ikke en gyldig værdi for "+words[Danish].types[r.Type])
		}
	}
	return nil
}

// list returns the allowed values of a list rule type; empty means any
// non-empty value.
func (rc RuleContext) list(t RuleType) []string {
	switch t {
	case RuleContactGroup:
		return ContactGroups()
	case RuleAssessment:
		return Assessments()
	case RuleSicknessCategory:
		return rc.SicknessCategories
	case RuleUnemploymentFund:
		return rc.UnemploymentFunds
	}
	return nil
}

func condList(cs []Condition) string {
	s := make([]string, len(cs))
	for i, c := range cs {
		s[i] = string(c)
	}
	return strings.Join(s, ", ")
}
