package graphtest

import "testing"

func TestParsePropertyFilter(t *testing.T) {
	const id = "String {66f5a359-4659-4830-9070-00047ec6ac6e} Name Color"
	tests := []struct {
		name string
		in   string
		want propertyFilter
		bad  bool
	}{
		{"the documented form", "singleValueExtendedProperties/Any(ep: ep/id eq '" + id + "' and ep/value eq 'Green')", propertyFilter{id, "eq", "Green"}, false},
		{"keywords and the variable are case-insensitive", "singlevalueextendedproperties/any(x: x/ID EQ '" + id + "' AND x/Value eq 'a')", propertyFilter{id, "eq", "a"}, false},
		{"'' escapes a quote", "singleValueExtendedProperties/Any(ep: ep/id eq '" + id + "' and ep/value eq 'O''Brien')", propertyFilter{id, "eq", "O'Brien"}, false},
		{"startswith on the value", "singleValueExtendedProperties/Any(ep: ep/id eq '" + id + "' and startswith(ep/value, 'Gr'))", propertyFilter{id, "startswith", "Gr"}, false},
		{"the id alone", "singleValueExtendedProperties/Any(ep: ep/id eq '" + id + "')", propertyFilter{id, "", ""}, false},
		{"a filter on another property is unsupported", "subject eq 'x'", propertyFilter{}, true},
		{"the value alone is unsupported", "singleValueExtendedProperties/Any(ep: ep/value eq 'x')", propertyFilter{}, true},
		{"an unterminated string", "singleValueExtendedProperties/Any(ep: ep/id eq 'x)", propertyFilter{}, true},
		{"trailing input", "singleValueExtendedProperties/Any(ep: ep/id eq 'x') or 1", propertyFilter{}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := parsePropertyFilter(tc.in)
			if (err != nil) != tc.bad {
				t.Fatalf("err = %v, want bad=%v", err, tc.bad)
			}
			if !tc.bad && got != tc.want {
				t.Fatalf("filter = %+v, want %+v", got, tc.want)
			}
		})
	}
}

func TestParseExpand(t *testing.T) {
	ids, err := parseExpand("singleValueExtendedProperties($filter=id eq 'String {x} Name A' or id eq 'String {x} Name B')")
	if err != nil || len(ids) != 2 || ids[1] != "String {x} Name B" {
		t.Fatalf("ids, err = %v, %v", ids, err)
	}
	if _, err := parseExpand("attachments"); err == nil {
		t.Fatalf("expand of attachments accepted")
	}
}

// FuzzParsePropertyFilter feeds the $filter parser foreign input: it must
// never panic.
func FuzzParsePropertyFilter(f *testing.F) {
	f.Add("singleValueExtendedProperties/Any(ep: ep/id eq 'String {66f5a359-4659-4830-9070-00047ec6ac6e} Name Color' and ep/value eq 'Green')")
	f.Add("singleValueExtendedProperties/Any(ep: ep/id eq 'a''b' and contains(ep/value,'x'))")
	f.Add("singleValueExtendedProperties/Any(")
	f.Add("'")
	f.Fuzz(func(t *testing.T, s string) {
		_, _ = parsePropertyFilter(s)
		_, _ = parseExpand(s)
	})
}
