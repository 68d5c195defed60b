package planner_test

import (
	"fmt"

	"github.com/planner-dk/planner/planner"
)

func ExampleParseCPR() {
	c, err := planner.ParseCPR("290200-4123")
	if err != nil {
		panic(err)
	}
	fmt.Println(c) // masks itself
	fmt.Println(c.BirthDate(), c.Age(planner.NewDate(2026, 3, 1)))
	// Output:
	// 290200-xxxx
	// 2000-02-29 26
}

func ExampleTeamTree_MailFor() {
	teams, _ := planner.NewTeamTree([]planner.Team{
		{ID: 1, JobcenterID: 1, Name: "Jobcenter", Mail: "jobcenter@kommune.dk"},
		{ID: 2, JobcenterID: 1, ParentID: 1, Name: "Ydelse"},
		{ID: 3, JobcenterID: 1, ParentID: 2, Name: "Team Syd"},
	})
	addr, from, ok := teams.MailFor(3)
	fmt.Println(addr, from, ok)
	// Output: jobcenter@kommune.dk 1 true
}

func ExampleRuleSet_Describe() {
	rs := planner.RuleSet{Groups: []planner.RuleGroup{
		{Match: planner.MatchAll, Rules: []planner.Rule{
			{Type: planner.RuleAge, Cond: planner.CondGe, Value: "18"},
			{Type: planner.RuleAge, Cond: planner.CondLe, Value: "29"},
		}},
		{Join: planner.JoinAnd, Match: planner.MatchAll, Rules: []planner.Rule{
			{Type: planner.RuleContactGroup, Cond: planner.CondEq, Value: "Dagpengemodtager"},
		}},
	}}
	fmt.Println(rs.Describe(planner.Danish, planner.RuleContext{}))
	fmt.Println(rs.Describe(planner.English, planner.RuleContext{}))
	// Output:
	// (alder er mindst 18 og alder er højst 29) og kontaktgruppe er "Dagpengemodtager"
	// (age is at least 18 and age is at most 29) and contact group is "Dagpengemodtager"
}
