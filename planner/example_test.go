package planner_test

import (
	"errors"
	"fmt"

	"github.com/planner-dk/planner/planner"
)

func ExampleParseCPR() {
	c, err := planner.ParseCPR("290200-4123")
	if err != nil {
		panic(err)
	}
	fmt.Println(c)             // masks itself, also in logs and JSON
	fmt.Println(c.BirthDate()) // the 7th digit 4 puts YY 00 in the 2000s
	fmt.Println(c.Age(planner.NewDate(2026, 2, 28)), c.Age(planner.NewDate(2026, 3, 1)))

	_, err = planner.ParseCPR("310490-1234") // 31 April
	fmt.Println(err, errors.Is(err, planner.ErrInvalid))
	// Output:
	// 290200-xxxx
	// 2000-02-29
	// 25 26
	// cpr: holds an impossible birth date true
}

func ExampleTeamTree_MailFor() {
	teams, err := planner.NewTeamTree([]planner.Team{
		{ID: 1, JobcenterID: 1, Name: "Jobcenter", Mail: "jobcenter@kommune.dk"},
		{ID: 2, JobcenterID: 1, ParentID: 1, Name: "Ydelse"},
		{ID: 3, JobcenterID: 1, ParentID: 2, Name: "Team Syd"},
		{ID: 4, JobcenterID: 1, Name: "Projekter"},
	})
	if err != nil {
		panic(err)
	}
	for _, team := range []planner.TeamID{3, 4} {
		addr, from, ok := teams.MailFor(team)
		fmt.Printf("team %d: %q from team %d, %v\n", team, addr, from, ok)
	}
	// Output:
	// team 3: "jobcenter@kommune.dk" from team 1, true
	// team 4: "" from team 0, false
}

func ExampleNotifyNoFreeTime() {
	teams, err := planner.NewTeamTree([]planner.Team{
		{ID: 1, JobcenterID: 1, Name: "Jobcenter", Mail: "jobcenter@kommune.dk"},
		{ID: 2, JobcenterID: 1, ParentID: 1, Name: "Ydelse"},
	})
	if err != nil {
		panic(err)
	}
	offer := planner.Offer{ID: 8, JobcenterID: 1, TeamID: 2, Name: "Jobsamtale"}
	n, ok := planner.NotifyNoFreeTime(offer, planner.EmptyBookingDeadline, teams, planner.NewDate(2026, 3, 10))
	if !ok {
		return // no address up the tree: no mail
	}
	subject, body := n.Text(planner.English, offer.Name, "https://planner.example/offers/8")
	fmt.Println(n.To)
	fmt.Println(subject)
	fmt.Println(body)
	// Output:
	// jobcenter@kommune.dk
	// Planner: a citizen found no free time
	// A citizen chose an online offer on Jobnet but was shown no free time.
	//
	// Online offer: Jobsamtale
	// Reason: there is no free time before the citizen's booking deadline
	// See the offer: https://planner.example/offers/8
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
