package planner

import (
	"strconv"
	"strings"
)

// Describe renders the rule set as one readable sentence in lang (Danish
// unless lang is English), so a user sees back what the wizard's step 3
// will select (§4.2), e.g.
//
//	(age is at least 18 and age is under 30) or contact group is "Dagpengemodtager"
//
// Parentheses show the grouping. When there are several groups, a group of
// several rules is parenthesised, as the user built it in the wizard; when
// there are several OR-terms, a term of several groups (joined by AND) is
// parenthesised too, so the sentence never relies on AND binding tighter
// than OR. Names of marks, sub-centres and other actors come from rc, with
// "#id" when rc does not know them. An empty rule set gives "".
func (rs RuleSet) Describe(lang Lang, rc RuleContext) string {
	w := words[Danish]
	if lang == English {
		w = words[English]
	}
	terms := rs.terms()
	texts := make([]string, len(terms))
	for k, term := range terms {
		parts := make([]string, len(term))
		for n, i := range term {
			parts[n] = rs.Groups[i].describe(w, rc, len(rs.Groups) > 1)
		}
		texts[k] = strings.Join(parts, " "+w.and+" ")
		if len(terms) > 1 && len(term) > 1 {
			texts[k] = "(" + texts[k] + ")"
		}
	}
	return strings.Join(texts, " "+w.or+" ")
}

// describe renders one group, in parentheses when paren and the group holds
// several rules.
func (g RuleGroup) describe(w vocabulary, rc RuleContext, paren bool) string {
	parts := make([]string, len(g.Rules))
	for j, r := range g.Rules {
		parts[j] = r.describe(w, rc)
	}
	sep := " " + w.and + " "
	if g.Match == MatchAny {
		sep = " " + w.or + " "
	}
	text := strings.Join(parts, sep)
	if paren && len(g.Rules) > 1 {
		text = "(" + text + ")"
	}
	return text
}

// vocabulary holds the words of one language.
type vocabulary struct {
	and, or, yes, no string
	types            map[RuleType]string
	conds            map[Condition]string
}

// words are the rule words per language; the Danish ones are the guide's
// (lower-cased, as they stand inside a sentence).
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

// describe renders one rule: "age is at least 18", "has person-group mark
// "Ungeindsats"". Unknown types and conditions are shown as stored.
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

// criterion renders the criterion: numbers bare, yes/no translated, ids by
// the name rc knows (else "#id"), list values quoted.
func (r Rule) criterion(w vocabulary, rc RuleContext) string {
	spec, known := ruleSpecOf(r.Type)
	id, _ := strconv.ParseInt(r.Value, 10, 64)
	named := func(name string, ok bool) string {
		if !ok || name == "" {
			return "#" + r.Value
		}
		return strconv.Quote(name)
	}
	switch {
	case known && spec.kind == kindNumber:
		return r.Value
	case known && spec.kind == kindBool && r.Value == "yes":
		return w.yes
	case known && spec.kind == kindBool && r.Value == "no":
		return w.no
	case r.Type == RuleMark:
		m, ok := rc.Marks[MarkID(id)]
		return named(m.Name, ok)
	case r.Type == RuleReferral:
		name, ok := rc.OtherActors[OtherActorID(id)]
		return named(name, ok)
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
