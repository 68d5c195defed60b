package planner

// The rule engine's data (§4.2). An offer's RuleSet decides which citizens
// see it. A Rule is (type, condition, criterion); rules form RuleGroups that
// match on all or any of their rules; groups are joined left to right by AND
// or OR, AND binding tighter than OR, so "A or B and C" is "A or (B and C)".
//
// Criteria are strings: whole numbers for age and registration weeks
// ("18"), "yes"/"no" for other actor and in activation, decimal ids for
// person-group marks, sub-centres and other actors, and list values for the
// rest (a contact group's Danish name, say).

// RuleType is what a rule tests.
type RuleType string

// The rule types of §4.2.
const (
	RuleAge               RuleType = "age"                // whole years on the evaluation date
	RuleContactGroup      RuleType = "contact_group"      // Citizen.ContactGroup
	RuleAssessment        RuleType = "assessment"         // Citizen.Assessment
	RuleMark              RuleType = "mark"               // person-group mark
	RuleSubCentre         RuleType = "subcentre"          // Citizen.SubCentre
	RuleOtherActor        RuleType = "other_actor"        // Citizen.OtherActor
	RuleReferral          RuleType = "referral"           // referral to an other actor
	RuleSicknessCategory  RuleType = "sickness_category"  // Citizen.SicknessCategory
	RuleRegistrationWeeks RuleType = "registration_weeks" // unemployment/registration length
	RuleInActivation      RuleType = "in_activation"      // Citizen.InActivation
	RuleUnemploymentFund  RuleType = "unemployment_fund"  // A-kasse
)

// Condition is how a rule compares the citizen's value with its criterion.
type Condition string

// The conditions of §4.2.
const (
	CondEq     Condition = "="
	CondNe     Condition = "!="
	CondGt     Condition = ">"
	CondGe     Condition = ">="
	CondLt     Condition = "<"
	CondLe     Condition = "<="
	CondHas    Condition = "has"
	CondHasNot Condition = "has_not"
)

// Rule is one filter: type, condition and criterion.
type Rule struct {
	Type  RuleType  `json:"type"`
	Cond  Condition `json:"cond"`
	Value string    `json:"value"`
}

// Match says how a group combines its rules.
type Match string

// Group matching: "all of the following" (AND) or "any of the following" (OR).
const (
	MatchAll Match = "all"
	MatchAny Match = "any"
)

// Join links a group to the group before it.
type Join string

// Group joins. The first group's Join is ignored.
const (
	JoinAnd Join = "and"
	JoinOr  Join = "or"
)

// RuleGroup is a group of rules matched on all or any of them.
type RuleGroup struct {
	Join  Join   `json:"join,omitempty"`
	Match Match  `json:"match"`
	Rules []Rule `json:"rules"`
}

// RuleSet is an offer's eligibility filter: at least 1, at most 30 rules.
type RuleSet struct {
	Groups []RuleGroup `json:"groups"`
}

// MaxRules is the most rules an offer may have (§4.2).
const MaxRules = 30

// Len returns the number of rules over all groups.
func (rs RuleSet) Len() int {
	n := 0
	for _, g := range rs.Groups {
		n += len(g.Rules)
	}
	return n
}

// RuleContext is what validating or describing a rule set needs to know
// about the job centre: which marks, sub-centres, other actors and list
// values exist and are visible to it.
type RuleContext struct {
	Jobcenter          Jobcenter
	Marks              map[MarkID]Mark
	OtherActors        map[OtherActorID]string // id → name
	SicknessCategories []string
	UnemploymentFunds  []string
	// Variants are the job centre's variants of each meeting type, which
	// an offer's step 1 is checked against.
	Variants map[string][]string
}
