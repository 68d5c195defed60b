package httpapi

import (
	"net/http"

	"github.com/planner-dk/planner/planner"
)

// ruleTypeList answers GET /api/rule-types: what the wizard's rule builder
// may offer (§4.2), from package planner's own table.
type ruleTypeList struct {
	Types    []ruleTypeInfo `json:"types"`
	MaxRules int            `json:"maxRules"`
}

// ruleTypeInfo is one rule type with its names in Danish and English.
type ruleTypeInfo struct {
	Type      planner.RuleType `json:"type"`
	Name      texts            `json:"name"`
	Criterion string           `json:"criterion"` // "number", "list" or "text"
	Conds     []ruleChoice     `json:"conds"`
	Values    []ruleChoice     `json:"values"` // the choices of a "list" criterion
}

// ruleChoice is a condition or a criterion value and its names.
type ruleChoice struct {
	Value string `json:"value"`
	Name  texts  `json:"name"`
}

// ruleTypes answers the rule types, conditions and criteria of §4.2 for the
// actor's job centre: the marks visible to it, its sub-centres and other
// actors by name, and the fixed lists.
func (s *Server) ruleTypes(w http.ResponseWriter, r *http.Request, a planner.Actor) error {
	rc, err := s.store.FindRuleContext(r.Context(), a.JobcenterID) // as the stores validate an offer's rules
	if err != nil {
		return err
	}
	da, en := planner.RuleCatalogue(planner.Danish, rc), planner.RuleCatalogue(planner.English, rc)
	out := ruleTypeList{Types: make([]ruleTypeInfo, len(da)), MaxRules: planner.MaxRules}
	for i, d := range da {
		e := en[i]
		info := ruleTypeInfo{Type: d.Type, Name: texts{d.Name, e.Name}, Criterion: d.Criterion, Conds: []ruleChoice{}, Values: []ruleChoice{}}
		for j, c := range d.Conds {
			info.Conds = append(info.Conds, ruleChoice{string(c.Value), texts{c.Name, e.Conds[j].Name}})
		}
		for j, v := range d.Values {
			info.Values = append(info.Values, ruleChoice{v.Value, texts{v.Name, e.Values[j].Name}})
		}
		out.Types[i] = info
	}
	writeJSON(w, http.StatusOK, out)
	return nil
}
