package planner

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Validate checks a rule set against §4.2: 1 to 30 rules, no empty group,
// known matches and joins, and per rule a known type, a condition allowed
// for it, and a criterion that exists for the job centre in rc (a visible
// person-group mark, one of its sub-centres or other actors, a value of the
// lists). It returns the first problem as a *FieldError whose field names
// the rule, e.g. "groups[1].rules[0].value".
func (rs RuleSet) Validate(rc RuleContext) error {
	switch n := rs.Len(); {
	case n < 1:
		return fieldErr("groups", "must hold at least 1 rule")
	case n > MaxRules:
		return fieldErr("groups", fmt.Sprintf("must hold at most %d rules, not %d", MaxRules, n))
	}
	for i, g := range rs.Groups {
		if err := g.validate(i, rc); err != nil {
			return prefixed(indexed("groups", i), err)
		}
	}
	return nil
}

func (g RuleGroup) validate(i int, rc RuleContext) error {
	switch {
	case len(g.Rules) == 0:
		return fieldErr("rules", "must hold at least 1 rule")
	case g.Match != MatchAll && g.Match != MatchAny:
		return fieldErr("match", "must be all or any")
	case i > 0 && g.Join != JoinAnd && g.Join != JoinOr:
		return fieldErr("join", "must be and or or")
	}
	for j, r := range g.Rules {
		if err := r.Validate(rc); err != nil {
			return prefixed(indexed("rules", j), err)
		}
	}
	return nil
}

// Validate checks one rule; its errors name "type", "cond" or "value".
func (r Rule) Validate(rc RuleContext) error {
	spec, ok := ruleTypes[r.Type]
	if !ok {
		return fieldErr("type", "is not a known rule type")
	}
	if !slices.Contains(spec.conds, r.Cond) {
		return fieldErr("cond", fmt.Sprintf("must be one of %s for %s", condList(spec.conds), r.Type))
	}
	if strings.TrimSpace(r.Value) == "" {
		return fieldErr("value", "is required")
	}
	switch spec.kind {
	case kindNumber:
		if n, err := strconv.Atoi(r.Value); err != nil || n <= 0 {
			return fieldErr("value", "must be a whole number greater than 0")
		}
	case kindBool:
		if r.Value != "yes" && r.Value != "no" {
			return fieldErr("value", "must be yes or no")
		}
	case kindText:
		if list := rc.list(r.Type); len(list) > 0 && !slices.Contains(list, r.Value) {
			return fieldErr("value", "is not a value of the "+strings.ReplaceAll(string(r.Type), "_", " ")+" list")
		}
	case kindID:
		return r.validateID(rc)
	}
	return nil
}

func (r Rule) validateID(rc RuleContext) error {
	id, err := strconv.ParseInt(r.Value, 10, 64)
	if err != nil || id <= 0 {
		return fieldErr("value", "must be an id")
	}
	switch r.Type {
	case RuleMark:
		m, ok := rc.Marks[MarkID(id)]
		if !ok || !m.VisibleTo(rc.Jobcenter) {
			// Another region's or job centre's mark answers as unknown.
			return fieldErr("value", "is not a person-group mark visible to the job centre")
		}
	case RuleSubCentre:
		if !slices.ContainsFunc(rc.Jobcenter.SubCentres, func(s SubCentre) bool { return s.ID == SubCentreID(id) }) {
			return fieldErr("value", "is not a sub-centre of the job centre")
		}
	case RuleReferral:
		if _, ok := rc.OtherActors[OtherActorID(id)]; !ok {
			return fieldErr("value", "is not an other actor registered by the job centre")
		}
	}
	return nil
}

// list returns the allowed values of a list rule type; empty means any.
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
