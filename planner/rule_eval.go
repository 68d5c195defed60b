package planner

import (
	"slices"
	"strconv"
)

// Matches reports whether citizen c matches the rule set on day on (the
// meeting date, or today when no time is chosen yet). Groups are evaluated
// left to right with AND binding tighter than OR (§4.2), so
// "g0 or g1 and g2" is "g0 or (g1 and g2)"; an "all" group needs every rule,
// an "any" group one of them.
//
// An attribute the citizen lacks (no contact group, no sub-centre, no CPR)
// equals no criterion: "=" fails and "!=" holds. Matches expects a rule set
// that passed Validate; otherwise an empty rule set or group, a group
// matching neither all nor any, and a rule it cannot read (see Compile) hold
// for no citizen, and a join other than "or" counts as "and". To test many
// citizens against one rule set, Compile it once.
func (rs RuleSet) Matches(c Citizen, on Date) bool {
	if len(rs.Groups) == 0 {
		return false
	}
	f := facts{c: &c, on: on}
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
		chain = chain && g.matches(&f)
	}
	return chain
}

func (g RuleGroup) matches(f *facts) bool {
	if len(g.Rules) == 0 || (g.Match != MatchAll && g.Match != MatchAny) {
		return false
	}
	for _, r := range g.Rules {
		t, ok := readRule(r)
		if ok = ok && t.matches(f); ok == (g.Match == MatchAny) {
			return ok
		}
	}
	return g.Match == MatchAll
}

// CompiledRules is a rule set read once for evaluating many citizens (every
// citizen × offer): criteria parsed, groups split into OR-terms. Make it
// with RuleSet.Compile; the zero CompiledRules matches no one. It is
// immutable and safe for concurrent use.
type CompiledRules struct {
	terms [][]compiledGroup // OR of AND-chains
}

type compiledGroup struct {
	matchAny bool // an "any" group: one rule suffices
	tests    []ruleTest
}

// Compile checks that rs has the shape and syntax of §4.2 (1 to MaxRules
// rules, no empty group, all/any, and/or, known types, allowed conditions,
// readable criteria) and returns it ready for evaluation. Unlike Validate it
// does not check criteria against a job centre (marks, sub-centres, other
// actors, lists), so rule sets stored earlier stay usable. Its errors are
// *FieldError values as from Validate.
func (rs RuleSet) Compile() (CompiledRules, error) {
	if err := rs.check(Rule.validateSyntax); err != nil {
		return CompiledRules{}, err
	}
	var cr CompiledRules
	for _, term := range rs.terms() {
		chain := make([]compiledGroup, len(term))
		for k, i := range term {
			g := rs.Groups[i]
			chain[k] = compiledGroup{matchAny: g.Match == MatchAny, tests: make([]ruleTest, len(g.Rules))}
			for j, r := range g.Rules {
				chain[k].tests[j], _ = readRule(r) // readable: checked above
			}
		}
		cr.terms = append(cr.terms, chain)
	}
	return cr, nil
}

// Matches reports whether citizen c matches the compiled rule set on day
// on, exactly as RuleSet.Matches does for the rule set it came from.
func (cr CompiledRules) Matches(c Citizen, on Date) bool {
	f := facts{c: &c, on: on}
	for _, chain := range cr.terms {
		if chainHolds(chain, &f) {
			return true
		}
	}
	return false
}

func chainHolds(chain []compiledGroup, f *facts) bool {
	for _, g := range chain {
		if !g.holds(f) {
			return false
		}
	}
	return true
}

func (g compiledGroup) holds(f *facts) bool {
	for _, t := range g.tests {
		if t.matches(f) == g.matchAny {
			return g.matchAny
		}
	}
	return !g.matchAny
}

// terms splits rs into its OR-terms: the indexes of each maximal chain of
// groups joined by AND. A join other than "or" counts as "and".
func (rs RuleSet) terms() [][]int {
	var out [][]int
	for i, g := range rs.Groups {
		if i == 0 || g.Join == JoinOr {
			out = append(out, nil)
		}
		out[len(out)-1] = append(out[len(out)-1], i)
	}
	return out
}

// facts are the citizen's values on the evaluation day; age and
// registration weeks are worked out once, when a rule first needs them.
type facts struct {
	c                *Citizen
	on               Date
	years, weekCount int
	hasAge, hasWeeks bool
}

func (f *facts) age() int {
	if !f.hasAge {
		f.years, f.hasAge = f.c.CPR.Age(f.on), true
	}
	return f.years
}

func (f *facts) weeks() int {
	if !f.hasWeeks {
		f.weekCount, f.hasWeeks = f.c.RegistrationWeeks(f.on), true
	}
	return f.weekCount
}

// ruleTest is a rule with its criterion parsed.
type ruleTest struct {
	typ  RuleType
	cond Condition
	num  int64  // number (age, weeks) or id (mark, sub-centre, other actor)
	text string // list value
	yes  bool   // yes/no criterion
}

// readRule parses r's criterion; ok is false for an unknown type, a
// condition the type does not take, or a criterion of the wrong form (the
// syntax Validate checks; ids and numbers must be > 0).
func readRule(r Rule) (t ruleTest, ok bool) {
	spec, ok := ruleSpecOf(r.Type)
	if !ok || !slices.Contains(spec.conds, r.Cond) {
		return ruleTest{}, false
	}
	t = ruleTest{typ: r.Type, cond: r.Cond}
	switch spec.kind {
	case kindNumber, kindID:
		n, err := strconv.ParseInt(r.Value, 10, 64)
		t.num, ok = n, err == nil && n > 0
	case kindBool:
		t.yes, ok = r.Value == "yes", r.Value == "yes" || r.Value == "no"
	case kindText:
		t.text, ok = r.Value, r.Value != ""
	}
	return t, ok
}

func (t ruleTest) matches(f *facts) bool {
	c, eq := f.c, t.cond == CondEq || t.cond == CondHas
	switch t.typ {
	case RuleAge:
		if c.CPR.IsZero() { // no age: equals nothing, within no bound
			return t.cond == CondNe
		}
		return compareNumber(int64(f.age()), t.cond, t.num)
	case RuleRegistrationWeeks:
		return compareNumber(int64(f.weeks()), t.cond, t.num)
	case RuleContactGroup:
		return (c.ContactGroup == t.text) == eq
	case RuleAssessment:
		return (c.Assessment == t.text) == eq
	case RuleSicknessCategory:
		return (c.SicknessCategory == t.text) == eq
	case RuleUnemploymentFund:
		return (c.UnemploymentFund == t.text) == eq
	case RuleSubCentre:
		return (c.SubCentre == SubCentreID(t.num)) == eq
	case RuleOtherActor:
		return (c.OtherActor == t.yes) == eq
	case RuleInActivation:
		return (c.InActivation == t.yes) == eq
	case RuleMark:
		return c.HasMark(MarkID(t.num)) == eq
	case RuleReferral:
		return c.ReferredTo(OtherActorID(t.num), f.on) == eq
	}
	return false
}

func compareNumber(v int64, cond Condition, n int64) bool {
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

// BindingMarks returns, in id order, the person-group marks that rs
// requires with "has" and that bind a citizen to the advisors carrying them
// (Mark.BindsAdvisor, §4.2). Marks missing from marks are left out.
func (rs RuleSet) BindingMarks(marks map[MarkID]Mark) []MarkID {
	var out []MarkID
	for _, g := range rs.Groups {
		for _, r := range g.Rules {
			t, ok := readRule(r)
			if !ok || t.typ != RuleMark || t.cond != CondHas {
				continue
			}
			if m, ok := marks[MarkID(t.num)]; ok && m.BindsAdvisor {
				out = append(out, MarkID(t.num))
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// EligibleAdvisors returns the advisors of an offer with rules rs that
// citizen c may book (§4.2: a mark may bind a citizen to the advisor
// carrying the same mark). For every binding mark of rs (see BindingMarks)
// that c carries, only the advisors carrying it too remain; with no such
// mark, advisors is returned as it is. The input slice is never modified.
func EligibleAdvisors(rs RuleSet, marks map[MarkID]Mark, c Citizen, advisors []Advisor) []Advisor {
	out := advisors
	for _, m := range rs.BindingMarks(marks) {
		if c.HasMark(m) {
			out = slices.DeleteFunc(slices.Clone(out), func(a Advisor) bool { return !a.HasMark(m) })
		}
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
