package httpapi_test

import (
	"encoding/json"
	"net/http"
	"slices"
	"strings"
	"testing"
)

// TestOpenAPIMatchesRoutes: the document served at /openapi.json describes
// exactly the routes the server has, no more and no fewer.
func TestOpenAPIMatchesRoutes(t *testing.T) {
	a := newAPI(t)
	resp, err := http.Get(a.srv.URL + "/openapi.json")
	must(t, err)
	defer resp.Body.Close()
	var doc struct {
		OpenAPI string                                `json:"openapi"`
		Paths   map[string]map[string]json.RawMessage `json:"paths"`
	}
	must(t, json.NewDecoder(resp.Body).Decode(&doc))
	if !strings.HasPrefix(doc.OpenAPI, "3.1") {
		t.Errorf("openapi = %q, want 3.1", doc.OpenAPI)
	}
	var documented []string
	for path, ops := range doc.Paths {
		for method := range ops {
			documented = append(documented, strings.ToUpper(method)+" "+path)
		}
	}
	routes := a.server.Routes()
	routes = slices.DeleteFunc(routes, func(r string) bool { return r == "GET /openapi.json" })
	slices.Sort(documented)
	slices.Sort(routes)
	if !slices.Equal(documented, routes) {
		t.Errorf("documented routes\n%v\nserved routes\n%v", documented, routes)
	}
}
