package planner

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// RuleTypes returns the rule types of §4.2 in the guide's order.
func RuleTypes() []RuleType {
	return []RuleType{RuleAge, RuleContactGroup, RuleAssessment, RuleMark, RuleSubCentre, RuleOtherActor,
		RuleReferral, RuleSicknessCategory, RuleRegistrationWeeks, RuleInActivation, RuleUnemploymentFund}
}

// Criterion kinds of a RuleTypeInfo: how a rule builder asks for the
// criterion.
const (
	CriterionNumber = "number" // a whole number > 0
	CriterionList   = "list"   // one of Values
	CriterionText   = "text"   // any non-empty text (a list the job centre has not given)
)

// RuleTypeInfo describes one rule type for a rule builder (§4.2, wizard
// step 3): its name, the conditions it takes and how its criterion is given,
// with the values a list criterion may take for the job centre of the
// RuleContext. It is built from the same table Validate checks against, so
// a builder offers exactly what Validate accepts.
type RuleTypeInfo struct {
	Type      RuleType
	Name      string
	Conds     []RuleChoice[Condition]
	Criterion string
	Values    []RuleChoice[string]
}

// RuleChoice is one choice of a rule builder: the value stored in a Rule and
// the name shown for it.
type RuleChoice[T ~string] struct {
	Value T
	Name  string
}

// RuleCatalogue returns every rule type of §4.2 with its names in lang, for
// the job centre of rc: marks visible to it (by name), its sub-centres, its
// other actors and the list values of rc (see RuleContext).
func RuleCatalogue(lang Lang, rc RuleContext) []RuleTypeInfo {
	w, names := words[Danish], condNames[Danish]
	if lang == English {
		w, names = words[English], condNames[English]
	}
	out := make([]RuleTypeInfo, 0, len(RuleTypes()))
	for _, t := range RuleTypes() {
		spec, _ := ruleSpecOf(t)
		info := RuleTypeInfo{Type: t, Name: capitalise(w.types[t]), Criterion: CriterionList}
		for _, c := range spec.conds {
			info.Conds = append(info.Conds, RuleChoice[Condition]{c, names[c]})
		}
		switch spec.kind {
		case kindNumber:
			info.Criterion = CriterionNumber
		case kindBool:
			info.Values = []RuleChoice[string]{{"yes", capitalise(w.yes)}, {"no", capitalise(w.no)}}
		case kindText:
			for _, v := range rc.list(t) {
				info.Values = append(info.Values, RuleChoice[string]{v, v})
			}
			if len(info.Values) == 0 {
				info.Criterion = CriterionText
			}
		case kindID:
			info.Values = rc.ids(t)
		}
		out = append(out, info)
	}
	return out
}

// condNames are the conditions as the guide's rule builder lists them
// ("Større end eller lig med"), not as they stand in a sentence.
var condNames = map[Lang]map[Condition]string{
	Danish: {
		CondEq: "Lig med", CondNe: "Ikke lig med", CondGt: "Større end", CondGe: "Større end eller lig med",
		CondLt: "Mindre end", CondLe: "Mindre end eller lig med", CondHas: "Har", CondHasNot: "Har ikke",
	},
	English: {
		CondEq: "Equal to", CondNe: "Not equal to", CondGt: "Greater than", CondGe: "Greater than or equal to",
		CondLt: "Less than", CondLe: "Less than or equal to", CondHas: "Has", CondHasNot: "Has not",
	},
}

// ids returns the choices of an id rule type: the marks visible to the job
// centre, its sub-centres or its other actors, by name.
func (rc RuleContext) ids(t RuleType) []RuleChoice[string] {
	var out []RuleChoice[string]
	add := func(id int64, name string) {
		out = append(out, RuleChoice[string]{strconv.FormatInt(id, 10), name})
	}
	switch t {
	case RuleMark:
		for id, m := range rc.Marks {
			if m.VisibleTo(rc.Jobcenter) {
				add(int64(id), m.Name)
			}
		}
	case RuleSubCentre:
		for _, s := range rc.Jobcenter.SubCentres {
			add(int64(s.ID), s.Name)
		}
	case RuleReferral:
		for id, name := range rc.OtherActors {
			add(int64(id), name)
		}
	}
	slices.SortFunc(out, func(a, b RuleChoice[string]) int {
		return cmp.Or(strings.Compare(a.Name, b.Name), strings.Compare(a.Value, b.Value))
	})
	return out
}

// capitalise upper-cases the first letter of s, as a name stands in a list.
func capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
