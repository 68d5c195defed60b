package httpapi

import (
	"encoding"
	"encoding/json"
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/planner-dk/planner/planner"
)

// body is the JSON a route reads and the JSON it answers with a 2xx
// status; nil is none (or not JSON).
type body struct{ req, resp reflect.Type }

func typ[T any]() reflect.Type { return reflect.TypeFor[T]() }

// routeBodies lists, for every route with a JSON body or answer, the Go
// types its handler decodes and encodes.
var routeBodies = map[string]body{
	"GET /healthz":                           {nil, typ[statusAnswer]()},
	"GET /readyz":                            {nil, typ[statusAnswer]()},
	"GET /api/session":                       {nil, typ[sessionAnswer]()},
	"GET /api/teams":                         {nil, typ[teamList]()},
	"POST /api/teams":                        {typ[planner.Team](), typ[planner.Team]()},
	"PUT /api/teams/{id}":                    {typ[planner.Team](), typ[planner.Team]()},
	"GET /api/advisors":                      {nil, typ[advisorList]()},
	"POST /api/advisors":                     {typ[planner.Advisor](), typ[planner.Advisor]()},
	"PUT /api/advisors/{id}":                 {typ[planner.Advisor](), typ[planner.Advisor]()},
	"PUT /api/advisors/{id}/calendar":        {typ[calendarConnection](), typ[planner.Advisor]()},
	"GET /api/advisors/{id}/calendar/status": {nil, typ[calendarStatus]()},
	"PUT /api/jobcenters/{id}/graph-app":     {typ[graphAppBody](), typ[planner.GraphApp]()},
	"GET /api/jobcenters/{id}/graph-app":     {nil, typ[planner.GraphApp]()},
	"GET /api/identity-providers":            {nil, typ[providerList]()},
	"POST /api/identity-providers":           {typ[providerBody](), typ[providerAnswer]()},
	"PUT /api/identity-providers/{id}":       {typ[providerBody](), typ[providerAnswer]()},
	"GET /api/people":                        {nil, typ[peopleList]()},
	"PUT /api/people/{id}":                   {typ[personBody](), typ[planner.Person]()},
	"GET /api/tokens":                        {nil, typ[tokenList]()},
	"PUT /api/meetings/{id}/seats":           {typ[seatsBody](), typ[seatsBody]()},
	"GET /api/meetings/{id}":                 {nil, typ[meetingDetails]()},
	"POST /api/meetings/{id}/participants":   {typ[addParticipantBody](), typ[planner.Summons]()},
	"POST /api/summonses":                    {typ[summonsRequest](), typ[bookingAnswer]()},
	"POST /api/portal/offers/{id}/browsed":   {typ[browsedBody](), typ[browsedBody]()},
	"POST /api/access-log/query":             {typ[accessQuery](), typ[accessAnswer]()},
	"GET /api/portal/access-log":             {nil, typ[citizenUses]()},
	"GET /api/jobcenters/{id}/settings":      {nil, typ[planner.Settings]()},
	"PUT /api/jobcenters/{id}/settings":      {typ[planner.Settings](), typ[planner.Settings]()},
	"GET /api/portal/bookings":               {nil, typ[portalBookingList]()},
	"GET /api/rooms":                         {nil, typ[roomList]()},
	"POST /api/rooms":                        {typ[planner.Room](), typ[planner.Room]()},
	"PUT /api/rooms/{id}":                    {typ[planner.Room](), typ[planner.Room]()},
	"GET /api/other-actors":                  {nil, typ[otherActorList]()},
	"POST /api/other-actors":                 {typ[planner.OtherActor](), typ[planner.OtherActor]()},
	"PUT /api/other-actors/{id}":             {typ[planner.OtherActor](), typ[planner.OtherActor]()},
	"GET /api/marks":                         {nil, typ[markList]()},
	"GET /api/variants":                      {nil, typ[variantList]()},
	"POST /api/variants":                     {typ[planner.Variant](), typ[planner.Variant]()},
	"PUT /api/variants/{id}":                 {typ[planner.Variant](), typ[planner.Variant]()},
	"POST /api/marks":                        {typ[planner.Mark](), typ[planner.Mark]()},
	"PUT /api/marks/{id}":                    {typ[planner.Mark](), typ[planner.Mark]()},
	"POST /api/citizens":                     {typ[planner.Citizen](), typ[planner.Citizen]()},
	"GET /api/citizens/{id}":                 {nil, typ[planner.Citizen]()},
	"PUT /api/citizens/{id}":                 {typ[planner.Citizen](), typ[planner.Citizen]()},
	"GET /api/templates":                     {nil, typ[templateList]()},
	"POST /api/templates":                    {typ[planner.Template](), typ[planner.Template]()},
	"PUT /api/templates/{id}":                {typ[planner.Template](), typ[planner.Template]()},
	"GET /api/notifications":                 {nil, typ[notificationList]()},
	"GET /api/offers":                        {nil, typ[offerList]()},
	"POST /api/offers":                       {typ[planner.Offer](), typ[planner.Offer]()},
	"POST /api/offers/validate":              {typ[planner.Offer](), typ[stepAnswer]()},
	"GET /api/offers/{id}":                   {nil, typ[planner.Offer]()},
	"PUT /api/offers/{id}":                   {typ[planner.Offer](), typ[planner.Offer]()},
	"POST /api/offers/{id}/activate":         {nil, typ[offerActive]()},
	"POST /api/offers/{id}/deactivate":       {nil, typ[offerActive]()},
	"GET /api/offers/{id}/free-times":        {nil, typ[planner.Result]()},
	"GET /api/offers/{id}/explain":           {nil, typ[explainAnswer]()},
	"GET /api/offers/{id}/page":              {nil, typ[offerPageAnswer]()},
	"POST /api/offers/{id}/participants":     {typ[participantSearch](), typ[participantList]()},
	"GET /api/rule-types":                    {nil, typ[ruleTypeList]()},
	"GET /api/summonses":                     {nil, typ[planner.ListPage]()},
	"POST /api/summonses/query":              {typ[listRequest](), typ[listAnswer]()},
	"GET /api/meetings/{id}/audit":           {nil, typ[auditList]()},
	"POST /api/summonses/bulk":               {typ[bulkRequest](), typ[planner.BulkResult]()},
	"POST /api/summonses/send":               {typ[summonsIDs](), nil},
	"POST /api/summonses/delete":             {typ[summonsIDs](), nil},
	"POST /api/summonses/{id}/remove":        {nil, nil},
	"PUT /api/meetings/{id}":                 {typ[planner.MeetingMove](), typ[informAnswer]()},
	"DELETE /api/meetings/{id}":              {nil, typ[informAnswer]()},
	"POST /api/absences":                     {typ[planner.Absence](), typ[absenceAnswer]()},
	"POST /api/absences/rebooking":           {typ[rebookingRequest](), typ[rebookingAnswer]()},
	"PUT /api/absences/{id}":                 {typ[planner.Absence](), typ[absenceAnswer]()},
	"GET /api/front-page":                    {nil, typ[frontPageAnswer]()},
	"GET /api/calendar":                      {nil, typ[planner.CalendarView]()},
	"POST /api/search":                       {typ[searchRequest](), typ[searchAnswer]()},
	"GET /api/free-times-overview":           {nil, typ[overviewAnswer]()},
	"GET /api/portal/offers":                 {nil, typ[portalOfferList]()},
	"GET /api/portal/offers/{id}/free-times": {nil, typ[portalTimes]()},
	"POST /api/portal/bookings":              {typ[portalBooking](), typ[bookingAnswer]()},
	"POST /api/portal/bookings/{id}/rebook":  {typ[planner.FreeTime](), typ[bookingAnswer]()},
	"POST /api/portal/instant-bookings":      {nil, typ[bookingAnswer]()},
	"POST /api/jobnet/receipts":              {typ[receipt](), nil},
}

// openAPIDoc is the part of the OpenAPI document the test reads.
type openAPIDoc struct {
	Paths      map[string]map[string]operation `json:"paths"`
	Components struct {
		Schemas map[string]schema `json:"schemas"`
	} `json:"components"`
}

type operation struct {
	RequestBody *struct {
		Content map[string]struct {
			Schema schema `json:"schema"`
		} `json:"content"`
	} `json:"requestBody"`
	Responses map[string]struct {
		Content map[string]struct {
			Schema schema `json:"schema"`
		} `json:"content"`
	} `json:"responses"`
}

// schema is the part of a JSON Schema the test compares.
type schema struct {
	Ref                  string            `json:"$ref"`
	Type                 string            `json:"type"`
	Properties           map[string]schema `json:"properties"`
	Items                *schema           `json:"items"`
	AdditionalProperties *schema           `json:"additionalProperties"`
}

// TestOpenAPIBodiesMatchGoTypes: for every route, the request and answer
// schemas of openapi.json name exactly the JSON fields of the Go types the
// handler decodes and encodes, all the way down, with matching JSON types
// (issue 14 §6). Problem is checked the same way.
func TestOpenAPIBodiesMatchGoTypes(t *testing.T) {
	var doc openAPIDoc
	if err := json.Unmarshal(openAPI, &doc); err != nil {
		t.Fatal(err)
	}
	m := matcher{errorf: t.Errorf, schemas: doc.Components.Schemas}
	m.match("components.schemas.Problem", schema{Ref: "#/components/schemas/Problem"}, typ[Problem]())
	seen := map[string]bool{}
	for path, ops := range doc.Paths {
		for method, op := range ops {
			route := strings.ToUpper(method) + " " + path
			seen[route] = true
			want := routeBodies[route]
			var req *schema
			if op.RequestBody != nil {
				if c, ok := op.RequestBody.Content["application/json"]; ok {
					req = &c.Schema
				}
			}
			var resp *schema
			for status, r := range op.Responses {
				if c, ok := r.Content["application/json"]; ok && strings.HasPrefix(status, "2") {
					resp = &c.Schema
				}
			}
			m.matchBody(route+" request", req, want.req)
			m.matchBody(route+" answer", resp, want.resp)
		}
	}
	for route := range routeBodies {
		if !seen[route] {
			t.Errorf("%s: the test lists its bodies but the document has no such route", route)
		}
	}
}

// matcher compares schemas with Go types and reports each difference.
type matcher struct {
	errorf  func(format string, args ...any)
	schemas map[string]schema
}

func (m matcher) matchBody(where string, s *schema, t reflect.Type) {
	switch {
	case s == nil && t != nil:
		m.errorf("%s: the document has no application/json schema for %v", where, t)
	case s != nil && t == nil:
		m.errorf("%s: the document has a JSON schema, the route no JSON body", where)
	case s != nil:
		m.match(where, *s, t)
	}
}

var (
	textMarshaler = reflect.TypeFor[encoding.TextMarshaler]()
	jsonMarshaler = reflect.TypeFor[json.Marshaler]()
	rawMessage    = reflect.TypeFor[json.RawMessage]()
	timeType      = reflect.TypeFor[time.Time]()
)

// match checks schema s against type t at where.
func (m matcher) match(where string, s schema, t reflect.Type) {
	if s.Ref != "" {
		name := strings.TrimPrefix(s.Ref, "#/components/schemas/")
		found, ok := m.schemas[name]
		if !ok {
			m.errorf("%s: $ref %s names no schema", where, s.Ref)
			return
		}
		s = found
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	want := jsonType(t)
	if want != "" && s.Type != want {
		m.errorf("%s: type %q, want %q for Go %v", where, s.Type, want, t)
		return
	}
	switch want {
	case "object":
		if t.Kind() == reflect.Map {
			if s.AdditionalProperties == nil {
				m.errorf("%s: an object of %v has no additionalProperties", where, t.Elem())
				return
			}
			m.match(where+".*", *s.AdditionalProperties, t.Elem())
			return
		}
		m.matchFields(where, s, t)
	case "array":
		if s.Items == nil {
			m.errorf("%s: an array of %v has no items", where, t.Elem())
			return
		}
		m.match(where+"[]", *s.Items, t.Elem())
	}
}

// matchFields checks that the properties are the JSON fields of struct t.
func (m matcher) matchFields(where string, s schema, t reflect.Type) {
	var names []string
	for _, f := range jsonFields(t) {
		names = append(names, f.Name)
		m.checkName(where, t, f)
		p, ok := s.Properties[f.Name]
		if !ok {
			m.errorf("%s: no property %q of Go %v", where, f.Name, t)
			continue
		}
		m.match(where+"."+f.Name, p, f.Type)
	}
	for name := range s.Properties {
		if !slices.Contains(names, name) {
			m.errorf("%s: property %q is no JSON field of Go %v (its fields: %v)", where, name, t, names)
		}
	}
}

// jsonType is the JSON Schema type Go type t encodes as; "" for any.
func jsonType(t reflect.Type) string {
	switch {
	case t == rawMessage || t.Kind() == reflect.Interface:
		return ""
	case t == timeType, t.Implements(textMarshaler), t.Implements(jsonMarshaler):
		return "string" // planner's Date, Clock and CPR, time.Time
	}
	switch t.Kind() {
	case reflect.Struct, reflect.Map:
		return "object"
	case reflect.Slice, reflect.Array:
		if t.Elem().Kind() == reflect.Uint8 {
			return "string"
		}
		return "array"
	case reflect.String:
		return "string"
	case reflect.Bool:
		return "boolean"
	case reflect.Float32, reflect.Float64:
		return "number"
	}
	return "integer"
}

// lowerCamel is the API's name form; Problem's Danish members keep the
// RFC 9457 extension names the clients already read.
var lowerCamel = regexp.MustCompile(`^[a-z][a-zA-Z0-9]*$`)

// checkName holds a JSON field to the API's naming convention: lower
// camelCase; a single reference to another entity is "…Id" (its own id
// "id"), a list of references the plural of the entity ("advisors").
func (m matcher) checkName(where string, owner reflect.Type, f jsonField) {
	if owner == typ[Problem]() && (f.Name == "title_da" || f.Name == "detail_da") {
		return
	}
	if !lowerCamel.MatchString(f.Name) {
		m.errorf("%s: field %q of %v is not lowerCamelCase", where, f.Name, owner)
	}
	ft := f.Type
	for ft.Kind() == reflect.Pointer {
		ft = ft.Elem()
	}
	switch {
	case isID(ft) && f.Name != "id" && !strings.HasSuffix(f.Name, "Id"):
		m.errorf("%s: field %q of %v holds a %v: name it …Id", where, f.Name, owner, ft)
	case (ft.Kind() == reflect.Slice || ft.Kind() == reflect.Array) && isID(ft.Elem()) && (strings.HasSuffix(f.Name, "Id") || strings.HasSuffix(f.Name, "Ids")):
		m.errorf("%s: field %q of %v holds a list of %v: name it by the plural, as \"advisors\"", where, f.Name, owner, ft.Elem())
	}
}

// isID reports whether t is one of planner's ID types.
func isID(t reflect.Type) bool {
	return t.PkgPath() == typ[planner.AdvisorID]().PkgPath() && strings.HasSuffix(t.Name(), "ID") && t.Kind() == reflect.Int64
}

// TestOpenAPIBodyCheckFails: the comparison sees a missing, an extra and
// a mistyped property, and a name against the convention.
func TestOpenAPIBodyCheckFails(t *testing.T) {
	type booking struct {
		Advisor planner.AdvisorID `json:"advisorId"`
		Start   time.Time         `json:"start"`
	}
	type misnamed struct {
		Advisor  planner.AdvisorID   `json:"advisor"`
		Advisors []planner.AdvisorID `json:"advisorIds"`
		Start    time.Time           `json:"Start"`
	}
	props := func(kv ...string) map[string]schema {
		m := map[string]schema{}
		for i := 0; i < len(kv); i += 2 {
			m[kv[i]] = schema{Type: kv[i+1]}
		}
		return m
	}
	tests := []struct {
		name string
		s    schema
		t    reflect.Type
		want int // differences found
	}{
		{"as documented", schema{Type: "object", Properties: props("advisorId", "integer", "start", "string")}, typ[booking](), 0},
		{"a property missing", schema{Type: "object", Properties: props("advisorId", "integer")}, typ[booking](), 1},
		{"a property too many", schema{Type: "object", Properties: props("advisorId", "integer", "start", "string", "end", "string")}, typ[booking](), 1},
		{"a wrong type", schema{Type: "object", Properties: props("advisorId", "string", "start", "string")}, typ[booking](), 1},
		{"not an object", schema{Type: "array"}, typ[booking](), 1},
		{"names against the convention", schema{Type: "object", Properties: map[string]schema{"advisor": {Type: "integer"},
			"advisorIds": {Type: "array", Items: &schema{Type: "integer"}}, "Start": {Type: "string"}}}, typ[misnamed](), 3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			m := matcher{errorf: func(format string, args ...any) { got = append(got, fmt.Sprintf(format, args...)) }}
			m.match("x", tc.s, tc.t)
			if len(got) != tc.want {
				t.Errorf("differences = %q, want %d", got, tc.want)
			}
		})
	}
}
