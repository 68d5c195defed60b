package planner

import (
	"strconv"
	"strings"
)

// Describe renders the rule set as one readable sentence in lang, so a user
// sees back what the wizard's step 3 will select (§4.2), e.g.
//
//	(age is at least 18 and age is under 30) or contact group is "Dagpengemodtager"
//
// A group of several rules is parenthesised whenever it stands next to
// another group, so the AND-before-OR reading is visible.
func (rs RuleSet) Describe(lang Lang, rc RuleContext) string {
	w := words[English]
	if lang == Danish {
		w = words[Danish]
	}
	var terms []string
	var term []string
	flush := func() {
		if len(term) > 0 {
			terms = append(terms, strings.Join(term, " "+w.and+" "))
			term = nil
		}
	}
	for i, g := range rs.Groups {
		if i > 0 && g.Join == JoinOr {
			flush()
		}
		parts := make([]string, len(g.Rules))
		for j, r := range g.Rules {
			parts[j] = r.describe(w, rc)
		}
		sep := " " + w.and + " "
		if g.Match == MatchAny {
			sep = " " + w.or + " "
		}
		text := strings.Join(parts, sep)
		if len(g.Rules) > 1 && len(rs.Groups) > 1 {
			text = "(" + text + ")"
		}
		term = append(term, text)
	}
	flush()
	return strings.Join(terms, " "+w.or+" ")
}

// vocabulary holds the words of one language.
type vocabulary struct {
	and, or, yes, no string
	types            map[RuleType]string
	conds            map[Condition]string
}

var words = map[Lang]vocabulary{
	English: {
		and: "and", or: "or", yes: "yes", no: "no",
		types: map[RuleType]string{
			RuleAge: "age", RuleContactGroup: "contact group", RuleAssessment: "assessment group",
			RuleMark: "person-group mark", RuleSubCentre: "job centre", RuleOtherActor: "other actor",
			RuleReferral: "referral to other actor", RuleSicknessCategory: "sickness-benefit category",
			RuleRegistrationWeeks: "unemployment/registration length (weeks)", RuleInActivation: "in activation",
			RuleUnemploymentFund: "unemployment fund",
		},
		conds: map[Condition]string{
			CondEq: "is", CondNe: "is not", CondGt: "is over", CondGe: "is at least",
			CondLt: "is under", CondLe: "is at most", CondHas: "has", CondHasNot: "has no",
		},
	},
	Danish: {
		and: "og", or: "eller", yes: "ja", no: "nej",
		types: map[RuleType]string{
			RuleAge: "alder", RuleContactGroup: "kontaktgruppe", RuleAssessment: "visitationsgruppe",
			RuleMark: "persongruppemarkering", RuleSubCentre: "jobcenter", RuleOtherActor: "anden aktør",
			RuleReferral: "anden aktør henvisning", RuleSicknessCategory: "sygedagpenge kategori",
			RuleRegistrationWeeks: "ledigheds-/tilmeldingslængde (uger)", RuleInActivation: "i aktivering",
			RuleUnemploymentFund: "a-kasse",
		},
		conds: map[Condition]string{
			CondEq: "er", CondNe: "er ikke", CondGt: "er større end", CondGe: "er mindst",
			CondLt: "er mindre end", CondLe: "er højst", CondHas: "har", CondHasNot: "har ikke",
		},
	},
}

func (r Rule) describe(w vocabulary, rc RuleContext) string {
	name := w.types[r.Type]
	if name == "" {
		name = string(r.Type)
	}
	cond := w.conds[r.Cond]
	if cond == "" {
		cond = string(r.Cond)
	}
	if r.Cond == CondHas || r.Cond == CondHasNot {
		return cond + " " + name + " " + r.criterion(w, rc)
	}
	return name + " " + cond + " " + r.criterion(w, rc)
}

// criterion renders the criterion: numbers bare, yes/no translated, ids
// by the name rc knows, list values quoted.
func (r Rule) criterion(w vocabulary, rc RuleContext) string {
	spec := ruleTypes[r.Type]
	id, _ := strconv.ParseInt(r.Value, 10, 64)
	named := func(name string, ok bool) string {
		if !ok || name == "" {
			return "#" + r.Value
		}
		return strconv.Quote(name)
	}
	switch {
	case spec.kind == kindNumber:
		return r.Value
	case spec.kind == kindBool && r.Value == "yes":
		return w.yes
	case spec.kind == kindBool && r.Value == "no":
		return w.no
	case r.Type == RuleMark:
		m, ok := rc.Marks[MarkID(id)]
		return named(m.Name, ok)
	case r.Type == RuleReferral:
		n, ok := rc.OtherActors[OtherActorID(id)]
		return named(n, ok)
	case r.Type == RuleSubCentre:
		for _, s := range rc.Jobcenter.SubCentres {
			if s.ID == SubCentreID(id) {
				return named(s.Name, true)
			}
		}
		return named("", false)
	}
	return strconv.Quote(r.Value)
}
