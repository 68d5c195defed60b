package planner_test

import (
	"fmt"
	"time"

	"github.com/planner-dk/planner/planner"
)

func ExampleRuleSet_Compile() {
	// Citizens under 30, or receiving unemployment benefit (§4.2).
	rs := planner.RuleSet{Groups: []planner.RuleGroup{
		{Match: planner.MatchAll, Rules: []planner.Rule{{Type: planner.RuleAge, Cond: planner.CondLt, Value: "30"}}},
		{Join: planner.JoinOr, Match: planner.MatchAll, Rules: []planner.Rule{{Type: planner.RuleContactGroup, Cond: planner.CondEq, Value: "Dagpengemodtager"}}},
	}}
	rules, err := rs.Compile()
	if err != nil {
		fmt.Println(err)
		return
	}
	on := planner.NewDate(2026, time.March, 2)
	for _, c := range []planner.Citizen{
		{CPR: planner.MustParseCPR("010190-1234")}, // 36
		{CPR: planner.MustParseCPR("010190-1234"), ContactGroup: "Dagpengemodtager"},
		{CPR: planner.MustParseCPR("010100-4234")}, // 26
	} {
		fmt.Println(c.CPR.Age(on), c.ContactGroup, rules.Matches(c, on))
	}
	// Output:
	// 36  false
	// 36 Dagpengemodtager true
	// 26  true
}

func ExampleRuleSet_Contradictions() {
	rs := planner.RuleSet{Groups: []planner.RuleGroup{
		{Match: planner.MatchAll, Rules: []planner.Rule{
			{Type: planner.RuleAge, Cond: planner.CondGt, Value: "5"},
			{Type: planner.RuleContactGroup, Cond: planner.CondEq, Value: "Uden ydelse"},
			{Type: planner.RuleAge, Cond: planner.CondLt, Value: "6"},
		}},
	}}
	for _, c := range rs.Contradictions() {
		fmt.Println(c.Scope, c.Rules, c.Reason)
	}
	fmt.Println(rs.NeverMatches())
	// Output:
	// 0 [groups[0].rules[0] groups[0].rules[2]] no whole number meets every age rule
	// true
}
