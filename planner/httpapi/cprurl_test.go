package httpapi_test

import (
	"net/url"
	"testing"
)

func TestACPRNumberIsRefusedInAURL(t *testing.T) {
	a := newAPI(t)
	page := "/api/offers/" + itoa(int64(a.offer.ID)) + "/page"
	for _, tc := range []struct {
		name, path string
		want       int
	}{
		{"the lists refuse a CPR with its dash", "/api/summonses?list=follow_up&search=" + url.QueryEscape("010190-4321"), 422},
		{"the lists refuse a CPR without it", "/api/summonses?list=follow_up&search=0101904321", 422},
		{"the offer page refuses one in a sentence", page + "?search=" + url.QueryEscape("cpr 0101904321 please"), 422},
		{"a name passes", "/api/summonses?list=follow_up&search=borger", 200},
		{"a summons number passes", "/api/summonses?list=follow_up&search=" + url.QueryEscape("10100-819387"), 200},
		{"a birth date alone passes", page + "?search=010190", 200},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, body := a.do("admin", "GET", tc.path, nil)
			if code != tc.want || (tc.want == 422 && body["field"] != "search") {
				t.Errorf("GET %s = %d %v, want %d", tc.path, code, body, tc.want)
			}
		})
	}
}
