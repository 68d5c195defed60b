package planner

import (
	"slices"
	"strconv"
)

// valueKind is how a rule type's criterion is read.
type valueKind int

const (
	kindNumber valueKind = iota // whole number > 0
	kindText                    // a value from a list
	kindID                      // a decimal id
	kindBool                    // "yes" or "no"
)

// ruleTypes lists, per rule type, its criterion kind and its conditions
// (§4.2; "=" on the numeric types is inferred in the SPEC).
var ruleTypes = map[RuleType]struct {
	kind  valueKind
	conds []Condition
}{
	RuleAge:               {kindNumber, []Condition{CondEq, CondNe, CondGt, CondGe, CondLt, CondLe}},
	RuleRegistrationWeeks: {kindNumber, []Condition{CondEq, CondNe, CondGt, CondGe, CondLt, CondLe}},
	RuleContactGroup:      {kindText, []Condition{CondEq, CondNe}},
	RuleAssessment:        {kindText, []Condition{CondEq, CondNe}},
	RuleSicknessCategory:  {kindText, []Condition{CondEq, CondNe}},
	RuleUnemploymentFund:  {kindText, []Condition{CondEq, CondNe}},
	RuleSubCentre:         {kindID, []Condition{CondEq, CondNe}},
	RuleMark:              {kindID, []Condition{CondHas, CondHasNot}},
	RuleReferral:          {kindID, []Condition{CondHas, CondHasNot}},
	RuleOtherActor:        {kindBool, []Condition{CondEq, CondNe}},
	RuleInActivation:      {kindBool, []Condition{CondEq, CondNe}},
}

// Matches reports whether citizen c matches the rule set on day on (the
// meeting date, or today when no time is chosen yet). Groups are evaluated
// left to right with AND binding tighter than OR (§4.2). An attribute the
// citizen lacks equals no criterion: "=" fails and "!=" holds. An empty or
// malformed rule set matches no one; validate rule sets when they are saved.
func (rs RuleSet) Matches(c Citizen, on Date) bool {
	if len(rs.Groups) == 0 {
		return false
	}
	// An OR of AND-chains: the chain so far holds while every group in it
	// holds; an OR closes the chain.
	chain := true
	for i, g := range rs.Groups {
		if i > 0 && g.Join == JoinOr {
			if chain {
				return true
			}
			chain = true
		}
		chain = chain && g.matches(c, on)
	}
	return chain
}

func (g RuleGroup) matches(c Citizen, on Date) bool {
	if len(g.Rules) == 0 {
		return false
	}
	for _, r := range g.Rules {
		ok := r.matches(c, on)
		if g.Match == MatchAny && ok {
			return true
		}
		if g.Match != MatchAny && !ok {
			return false
		}
	}
	return g.Match != MatchAny
}

func (r Rule) matches(c Citizen, on Date) bool {
	switch r.Type {
	case RuleAge:
		if c.CPR.IsZero() {
			return r.Cond == CondNe
		}
		return compareNumber(c.CPR.Age(on), r.Cond, r.Value)
	case RuleRegistrationWeeks:
		return compareNumber(c.RegistrationWeeks(on), r.Cond, r.Value)
	case RuleContactGroup:
		return compareText(c.ContactGroup, r.Cond, r.Value)
	case RuleAssessment:
		return compareText(c.Assessment, r.Cond, r.Value)
	case RuleSicknessCategory:
		return compareText(c.SicknessCategory, r.Cond, r.Value)
	case RuleUnemploymentFund:
		return compareText(c.UnemploymentFund, r.Cond, r.Value)
	case RuleSubCentre:
		id, err := strconv.ParseInt(r.Value, 10, 64)
		return err == nil && (SubCentreID(id) == c.SubCentre) == (r.Cond == CondEq)
	case RuleOtherActor:
		return compareBool(c.OtherActor, r.Cond, r.Value)
	case RuleInActivation:
		return compareBool(c.InActivation, r.Cond, r.Value)
	case RuleMark:
		id, err := strconv.ParseInt(r.Value, 10, 64)
		return err == nil && c.HasMark(MarkID(id)) == (r.Cond == CondHas)
	case RuleReferral:
		id, err := strconv.ParseInt(r.Value, 10, 64)
		return err == nil && c.ReferredTo(OtherActorID(id), on) == (r.Cond == CondHas)
	}
	return false
}

func compareNumber(v int, cond Condition, criterion string) bool {
	n, err := strconv.Atoi(criterion)
	if err != nil {
		return false
	}
	switch cond {
	case CondEq:
		return v == n
	case CondNe:
		return v != n
	case CondGt:
		return v > n
	case CondGe:
		return v >= n
	case CondLt:
		return v < n
	case CondLe:
		return v <= n
	}
	return false
}

func compareText(v string, cond Condition, criterion string) bool {
	switch cond {
	case CondEq:
		return v != "" && v == criterion
	case CondNe:
		return v == "" || v != criterion
	}
	return false
}

func compareBool(v bool, cond Condition, criterion string) bool {
	want := criterion == "yes"
	if criterion != "yes" && criterion != "no" {
		return false
	}
	switch cond {
	case CondEq:
		return v == want
	case CondNe:
		return v != want
	}
	return false
}

// BindingMarks returns the marks that rs requires ("has") and that bind a
// citizen to the advisors carrying them, in id order.
func (rs RuleSet) BindingMarks(marks map[MarkID]Mark) []MarkID {
	var out []MarkID
	for _, g := range rs.Groups {
		for _, r := range g.Rules {
			if r.Type != RuleMark || r.Cond != CondHas {
				continue
			}
			id, err := strconv.ParseInt(r.Value, 10, 64)
			if m, ok := marks[MarkID(id)]; err == nil && ok && m.BindsAdvisor {
				out = append(out, m.ID)
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// EligibleAdvisors returns the advisors of an offer that citizen c may book
// (§4.2): for every binding mark the offer's rules require and the citizen
// carries, only advisors carrying the same mark remain. Without such a mark
// every advisor remains.
func EligibleAdvisors(rs RuleSet, marks map[MarkID]Mark, c Citizen, advisors []Advisor) []Advisor {
	out := advisors
	for _, m := range rs.BindingMarks(marks) {
		if !c.HasMark(m) {
			continue
		}
		out = slices.DeleteFunc(slices.Clone(out), func(a Advisor) bool { return !a.HasMark(m) })
	}
	return out
}

// TargetContactGroups returns the contact groups rs asks for with "=", the
// offer list's "target group" filter (§4.3), in first-seen order.
func (rs RuleSet) TargetContactGroups() []string {
	var out []string
	for _, g := range rs.Groups {
		for _, r := range g.Rules {
			if r.Type == RuleContactGroup && r.Cond == CondEq && !slices.Contains(out, r.Value) {
				out = append(out, r.Value)
			}
		}
	}
	return out
}
