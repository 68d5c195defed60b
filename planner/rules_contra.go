package planner

import (
	"fmt"
	"math"
	"slices"
	"strconv"
)

// Contradiction is an AND scope of a rule set that no citizen can match
// (§4.2: the guide warns against rules that contradict each other). A scope
// is one OR-term: a chain of groups joined by AND, numbered from 0.
type Contradiction struct {
	Scope  int      `json:"scope"`
	Rules  []string `json:"rules"` // field paths of the rules in conflict, e.g. "groups[0].rules[1]"
	Reason string   `json:"reason"`
}

// forced is a rule that must hold for its scope to match.
type forced struct {
	path string
	rule Rule
}

// Contradictions returns every AND scope of rs that can never match, found
// from the rules the scope forces: every rule of an "all" group and the only
// rule of a one-rule "any" group. It detects contradictory numeric bounds
// (whole numbers, ages from 0), "= a" with "= b", "= a" with "!= a", a yes/no
// criterion excluded both ways, and "has x" with "has no x".
func (rs RuleSet) Contradictions() []Contradiction {
	var out []Contradiction
	for scope, rules := range rs.scopes() {
		if c, ok := contradiction(rules); ok {
			c.Scope = scope
			out = append(out, c)
		}
	}
	return out
}

// NeverMatches reports whether every AND scope of rs is contradictory, so
// the offer would be shown to no citizen at all.
func (rs RuleSet) NeverMatches() bool {
	n := len(rs.scopes())
	return n > 0 && len(rs.Contradictions()) == n
}

// scopes splits rs into its OR-terms and lists each term's forced rules.
func (rs RuleSet) scopes() [][]forced {
	var out [][]forced
	for i, g := range rs.Groups {
		if i == 0 || g.Join == JoinOr {
			out = append(out, nil)
		}
		if g.Match == MatchAny && len(g.Rules) != 1 {
			continue
		}
		for j, r := range g.Rules {
			out[len(out)-1] = append(out[len(out)-1], forced{fmt.Sprintf("groups[%d].rules[%d]", i, j), r})
		}
	}
	return out
}

// contradiction looks for the first conflict among one scope's rules.
func contradiction(rules []forced) (Contradiction, bool) {
	byType := map[RuleType][]forced{}
	var types []RuleType
	for _, f := range rules {
		if _, seen := byType[f.rule.Type]; !seen {
			types = append(types, f.rule.Type)
		}
		byType[f.rule.Type] = append(byType[f.rule.Type], f)
	}
	for _, t := range types {
		var reason string
		switch ruleTypes[t].kind {
		case kindNumber:
			reason = numberConflict(byType[t])
		default:
			reason = valueConflict(t, byType[t])
		}
		if reason != "" {
			paths := make([]string, len(byType[t]))
			for i, f := range byType[t] {
				paths[i] = f.path
			}
			return Contradiction{Rules: paths, Reason: reason}, true
		}
	}
	return Contradiction{}, false
}

// numberConflict intersects the bounds of whole-number rules of one type.
func numberConflict(rules []forced) string {
	lo, hi := 0, math.MaxInt
	var ne []int
	for _, f := range rules {
		n, err := strconv.Atoi(f.rule.Value)
		if err != nil {
			continue
		}
		switch f.rule.Cond {
		case CondGt:
			lo = max(lo, n+1)
		case CondGe:
			lo = max(lo, n)
		case CondLt:
			hi = min(hi, n-1)
		case CondLe:
			hi = min(hi, n)
		case CondEq:
			lo, hi = max(lo, n), min(hi, n)
		case CondNe:
			ne = append(ne, n)
		}
	}
	switch {
	case lo > hi:
		return fmt.Sprintf("%s bounds leave no whole number", rules[0].rule.Type)
	case hi != math.MaxInt && hi-lo < len(ne):
		for v := lo; v <= hi; v++ {
			if !slices.Contains(ne, v) {
				return ""
			}
		}
		return fmt.Sprintf("%s bounds leave only values the rules exclude", rules[0].rule.Type)
	}
	return ""
}

// valueConflict checks =, != and has/has-not rules of one type.
func valueConflict(t RuleType, rules []forced) string {
	var eq, ne []string
	for _, f := range rules {
		switch f.rule.Cond {
		case CondEq, CondHas:
			eq = append(eq, f.rule.Value)
		case CondNe, CondHasNot:
			ne = append(ne, f.rule.Value)
		}
	}
	name := string(t)
	if t != RuleMark && t != RuleReferral {
		eq = slices.Compact(slices.Sorted(slices.Values(eq)))
		if len(eq) > 1 {
			return fmt.Sprintf("%s cannot equal both %q and %q", name, eq[0], eq[1])
		}
		if ruleTypes[t].kind == kindBool && slices.Contains(ne, "yes") && slices.Contains(ne, "no") {
			return name + " cannot be neither yes nor no"
		}
	}
	for _, v := range eq {
		if slices.Contains(ne, v) {
			return fmt.Sprintf("%s is both required and excluded for the same criterion", name)
		}
	}
	return ""
}
