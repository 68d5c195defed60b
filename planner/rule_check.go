package planner

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
)

// Contradiction is an AND scope of a rule set that no citizen can match
// (§4.2: contradictory rule sets are reported when the offer is saved). A
// scope is one OR-term, a maximal chain of groups joined by AND, numbered
// from 0 in reading order.
type Contradiction struct {
	Scope    int      `json:"scope"`
	Rules    []string `json:"rules"` // field paths of the rules in conflict, e.g. "groups[0].rules[1]"
	Reason   string   `json:"reason"`
	ReasonDA string   `json:"reasonDa"` // the reason in Danish
}

// why is a contradiction's reason in English and Danish.
type why struct{ en, da string }

// typeNames are a rule type's names in English and Danish.
func typeNames(t RuleType) (en, da string) { return words[English].types[t], words[Danish].types[t] }

// Contradictions returns every AND scope of rs that can never match, in
// scope order, or nil. Within a scope every rule of an "all" group must
// hold, and so must the only rule of a one-rule "any" group; an "any" group
// of several rules needs one of them. A scope is contradictory when no
// choice of one rule per "any" group can hold together with the rules that
// must hold: contradictory numeric bounds (criteria are whole numbers, so
// "age > 5" and "age < 6" leave nothing; bounds may also leave only values
// that "!=" rules exclude), "= a" with "= b", "= a" with "!= a", "has x"
// with "has no x", and a yes/no criterion required both ways.
//
// Each type of rule constrains its own attribute, and for each attribute
// the check is exact, so a scope is reported exactly when it can never
// match; the one exception is a scope with so many "any" groups that trying
// every choice would be slow, which is then assumed to match. Rules that
// Validate would reject are left out of the reasoning. Reasons are
// lower-case English (Reason) and Danish (ReasonDA) and never contain
// citizen data.
func (rs RuleSet) Contradictions() []Contradiction {
	var out []Contradiction
	for i, s := range rs.scopes() {
		if c, ok := s.contradiction(); ok {
			c.Scope = i
			out = append(out, c)
		}
	}
	return out
}

// NeverMatches reports whether every AND scope of rs is contradictory (see
// Contradictions), so the offer would be shown to no citizen at all. A rule
// set without groups has no scope and is not reported: Validate rejects it.
func (rs RuleSet) NeverMatches() bool {
	scopes := rs.scopes()
	for _, s := range scopes {
		if _, ok := s.contradiction(); !ok {
			return false
		}
	}
	return len(scopes) > 0
}

// forced is a readable rule that must hold, if its scope is to match.
type forced struct {
	pos   int // reading order in the rule set
	group int
	path  string
	test  ruleTest
}

// scope is one OR-term of a rule set seen as constraints: the rules that
// must hold, and the "any" groups of several rules of which one must hold.
type scope struct {
	must  []forced
	oneOf [][]forced
}

// scopes splits rs into its OR-terms.
func (rs RuleSet) scopes() []scope {
	var out []scope
	pos := 0
	for _, term := range rs.terms() {
		var s scope
		for _, i := range term {
			g := rs.Groups[i]
			var fs []forced
			for j, r := range g.Rules {
				if t, ok := readRule(r); ok {
					fs = append(fs, forced{pos, i, rulePath(i, j), t})
				}
				pos++
			}
			switch {
			case g.Match == MatchAny && len(g.Rules) > 1:
				if len(fs) > 0 {
					s.oneOf = append(s.oneOf, fs)
				}
			default:
				s.must = append(s.must, fs...)
			}
		}
		out = append(out, s)
	}
	return out
}

// maxChoices bounds the choices of "any" rules tried in one scope.
const maxChoices = 4096

// contradiction reports whether scope s can never match, and why.
func (s scope) contradiction() (Contradiction, bool) {
	if bad, w := ruleConflict(s.must); bad != nil {
		return Contradiction{Rules: paths(bad), Reason: w.en, ReasonDA: w.da}, true
	}
	var bad []forced
	budget := maxChoices
	// impossible reports whether no choice of one rule from each of
	// s.oneOf[k:] can hold together with chosen; bad collects the conflicts.
	var impossible func(k int, chosen []forced) bool
	impossible = func(k int, chosen []forced) bool {
		if budget--; budget < 0 {
			return false
		}
		if b, _ := ruleConflict(chosen); b != nil {
			bad = append(bad, b...)
			return true
		}
		if k == len(s.oneOf) {
			return false
		}
		for _, alt := range s.oneOf[k] {
			if !impossible(k+1, append(slices.Clip(chosen), alt)) {
				return false
			}
			bad = append(bad, alt)
		}
		return true
	}
	if len(s.oneOf) == 0 || !impossible(0, slices.Clip(s.must)) {
		return Contradiction{}, false
	}
	var groups, numbers []string
	for _, alts := range s.oneOf {
		if gi := alts[0].group; slices.ContainsFunc(bad, func(f forced) bool { return f.group == gi }) {
			groups, numbers = append(groups, indexed("groups", gi)), append(numbers, strconv.Itoa(gi+1))
		}
	}
	w := why{"no rule of " + groups[0] + " can hold together with the other rules of the scope",
		"ingen regel i regelgruppe " + numbers[0] + " kan opfyldes sammen med de øvrige regler"}
	if len(groups) > 1 {
		w = why{"no choice of one rule from each of " + strings.Join(groups, ", ") + " can hold together with the other rules of the scope",
			"intet valg af én regel fra hver af regelgrupperne " + strings.Join(numbers, ", ") + " kan opfyldes sammen med de øvrige regler"}
	}
	return Contradiction{Rules: paths(bad), Reason: w.en, ReasonDA: w.da}, true
}

// paths returns the field paths of fs in reading order, each once.
func paths(fs []forced) []string {
	fs = slices.SortedFunc(slices.Values(fs), func(a, b forced) int { return cmp.Compare(a.pos, b.pos) })
	fs = slices.CompactFunc(fs, func(a, b forced) bool { return a.pos == b.pos })
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f.path
	}
	return out
}

// ruleConflict returns rules among fs that cannot all hold, and why; nil when
// all of fs can hold at once. Rule types test different attributes, so a
// conflict lies within one type.
func ruleConflict(fs []forced) ([]forced, why) {
	var seen []RuleType
	for _, f := range fs {
		t := f.test.typ
		if slices.Contains(seen, t) {
			continue
		}
		seen = append(seen, t)
		same := slices.DeleteFunc(slices.Clone(fs), func(g forced) bool { return g.test.typ != t })
		spec, _ := ruleSpecOf(t)
		var bad []forced
		var w why
		switch spec.kind {
		case kindNumber:
			bad, w = numberConflict(t, same)
		case kindBool:
			bad, w = boolConflict(t, same)
		default:
			bad, w = valueConflict(t, same)
		}
		if bad != nil {
			return bad, w
		}
	}
	return nil, why{}
}

// numberConflict intersects the bounds of whole-number rules of type t.
// Ages have no lower bound (a CPR may be born after the evaluation day);
// registration weeks are never negative.
func numberConflict(t RuleType, fs []forced) ([]forced, why) {
	lo, hi := int64(math.MinInt64), int64(math.MaxInt64)
	if t == RuleRegistrationWeeks {
		lo = 0
	}
	var loBy, hiBy []forced // the rule that set each bound, if one did
	for _, f := range fs {
		l, h := int64(math.MinInt64), int64(math.MaxInt64)
		switch n := f.test.num; f.test.cond {
		case CondGt:
			if n == math.MaxInt64 {
				continue
			}
			l = n + 1
		case CondGe:
			l = n
		case CondLt:
			h = n - 1 // n > 0: no overflow
		case CondLe:
			h = n
		case CondEq:
			l, h = n, n
		}
		if l > lo {
			lo, loBy = l, []forced{f}
		}
		if h < hi {
			hi, hiBy = h, []forced{f}
		}
	}
	name, navn := typeNames(t)
	if lo > hi {
		return append(loBy, hiBy...), why{"no whole number meets every " + name + " rule", "intet helt tal opfylder alle reglerne om " + navn}
	}
	if lo == math.MinInt64 || hi == math.MaxInt64 || hi-lo >= int64(len(fs)) {
		return nil, why{}
	}
	var ne []forced
	var excluded []int64
	for _, f := range fs {
		if n := f.test.num; f.test.cond == CondNe && lo <= n && n <= hi {
			ne, excluded = append(ne, f), append(excluded, n)
		}
	}
	if int64(len(slices.Compact(slices.Sorted(slices.Values(excluded))))) <= hi-lo {
		return nil, why{}
	}
	return append(append(loBy, hiBy...), ne...), why{fmt.Sprintf("the %s rules exclude every value their bounds allow", name),
		fmt.Sprintf("reglerne om %s udelukker alle de værdier, grænserne tillader", navn)}
}

// boolConflict finds a yes/no attribute required both ways: "= yes" and
// "!= no" require yes, "= no" and "!= yes" require no.
func boolConflict(t RuleType, fs []forced) ([]forced, why) {
	want := func(f forced) bool { return f.test.yes == (f.test.cond == CondEq) }
	for _, f := range fs[1:] {
		if want(f) != want(fs[0]) {
			name, navn := typeNames(t)
			return []forced{fs[0], f}, why{name + " cannot be both yes and no", navn + " kan ikke både være ja og nej"}
		}
	}
	return nil, why{}
}

// valueConflict finds "= a" with "!= a" (or "has x" with "has no x"), and,
// for the single-valued types, "= a" with "= b". A citizen has many marks
// and referrals, but one contact group, sub-centre, and so on.
func valueConflict(t RuleType, fs []forced) ([]forced, why) {
	single := t != RuleMark && t != RuleReferral
	name, navn := typeNames(t)
	for i, a := range fs {
		for _, b := range fs[i+1:] {
			same := a.test.text == b.test.text && a.test.num == b.test.num
			posA, posB := a.test.cond == CondEq || a.test.cond == CondHas, b.test.cond == CondEq || b.test.cond == CondHas
			switch {
			case same && posA != posB:
				return []forced{a, b}, why{"the same " + name + " is both required and excluded", "samme " + navn + " er både krævet og udelukket"}
			case single && posA && posB && !same:
				return []forced{a, b}, why{name + " cannot be two different values at once", navn + " kan ikke have to forskellige værdier på én gang"}
			}
		}
	}
	return nil, why{}
}
