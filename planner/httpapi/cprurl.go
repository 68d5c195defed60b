package httpapi

import (
	"net/http"
	"regexp"

	"github.com/planner-dk/planner/planner"
)

// cprShaped finds a CPR number, with or without its dash, in a text.
var cprShaped = regexp.MustCompile(`(?:^|\D)\d{6}-?\d{4}(?:\D|$)`)

// noCPRInURL refuses a query parameter holding a CPR number: a CPR never
// travels in a URL, where proxies and browsers log it. The POST routes
// that take the same search in their body are named in the reason.
func noCPRInURL(r *http.Request, param, instead string) error {
	if cprShaped.MatchString(r.URL.Query().Get(param)) {
		return &planner.FieldError{Field: param,
			Reason:   "must not hold a CPR number in a URL; send the search in the body of " + instead,
			ReasonDA: "må ikke indeholde et CPR-nummer i en URL; send søgningen i kroppen af " + instead}
	}
	return nil
}
