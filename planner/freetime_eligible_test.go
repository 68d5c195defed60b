package planner

import "testing"

// TestRulesAreJudgedOnTheMeetingsDate: issue 23 — an age rule is judged
// on each free time's date, not today's (§4.2): a citizen who turns 30 in
// ten days is offered an "age ≥ 30" offer's times from the birthday on,
// and an "age ≤ 29" offer's only before it.
func TestRulesAreJudgedOnTheMeetingsDate(t *testing.T) {
	now := at(2026, 3, 2, 8, 0) // Monday
	birthday := NewDate(2026, 3, 12)
	c := Citizen{ID: 1, CPR: MustParseCPR("120396-1234"), Name: "Snart 30"} // born 12 March 1996
	age := func(cond Condition, v string) RuleSet {
		return RuleSet{Groups: []RuleGroup{{Match: MatchAll, Rules: []Rule{{Type: RuleAge, Cond: cond, Value: v}}}}}
	}
	tests := []struct {
		name        string
		rules       RuleSet
		wantFirst   Date // the first day with a time
		wantLastMax Date // no time after this day (zero: no bound)
	}{
		{"age ≥ 30: from the 30th birthday on", age(CondGe, "30"), birthday, Date{}},
		{"age ≤ 29: only before the birthday", age(CondLe, "29"), NewDate(2026, 3, 3), birthday.AddDays(-1)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			o := testOffer()
			o.Rules, o.RollingWeeks = tc.rules, 4
			q := search(o, now, everyDay(clock(9, 0), clock(10, 0)))
			q.Citizen = &c
			if !q.eligible() {
				t.Fatal("the offer is not shown to the citizen, who is eligible within its window")
			}
			res := FindFreeTimes(q)
			if len(res.Times) == 0 {
				t.Fatalf("no times; empty = %q", res.Empty)
			}
			first := DateOf(res.Times[0].Start, cph)
			last := DateOf(res.Times[len(res.Times)-1].Start, cph)
			if first != tc.wantFirst {
				t.Errorf("first day with a time = %v, want %v", first, tc.wantFirst)
			}
			if !tc.wantLastMax.IsZero() && last.After(tc.wantLastMax) {
				t.Errorf("last day with a time = %v, want at most %v", last, tc.wantLastMax)
			}
		})
	}
	t.Run("a citizen the rules admit on no day of the window does not see the offer", func(t *testing.T) {
		o := testOffer()
		o.Rules, o.RollingWeeks = age(CondGe, "40"), 4
		q := search(o, now, everyDay(clock(9, 0), clock(10, 0)))
		q.Citizen = &c
		if q.eligible() {
			t.Error("eligible = true for a 29-year-old and an age ≥ 40 offer")
		}
	})
}
