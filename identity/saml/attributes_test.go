package saml

import (
	"encoding/base64"
	"slices"
	"strings"
	"testing"
)

// bpp is an OIOBPP PrivilegeList as the OIOSAML 3 basic privilege profile
// shows it, base64-encoded as the privilegesIntermediate attribute holds it.
func bpp(xml string) string { return base64.StdEncoding.EncodeToString([]byte(xml)) }

var privilegeCases = []struct {
	name, value string
	want        []string
}{
	{"OIOSAML 3 list, two groups", bpp(`<bpp:PrivilegeList xmlns:bpp="http://digst.dk/oiosaml/basic_privilege_profile">` +
		`<PrivilegeGroup Scope="urn:dk:gov:saml:cvrNumberIdentifier:12345678"><Privilege>http://planner.example/roles/advisor</Privilege></PrivilegeGroup>` +
		`<PrivilegeGroup Scope="urn:dk:gov:saml:cvrNumberIdentifier:87654321"><Privilege> http://planner.example/roles/admin </Privilege></PrivilegeGroup>` +
		`</bpp:PrivilegeList>`), []string{"http://planner.example/roles/advisor", "http://planner.example/roles/admin"}},
	{"OIOSAML 2 namespace", bpp(`<bpp:PrivilegeList xmlns:bpp="http://itst.dk/oiosaml/basic_privilege_profile">` +
		`<PrivilegeGroup Scope="urn:dk:gov:saml:cvrNumberIdentifier:12345678"><Privilege>urn:role:a</Privilege></PrivilegeGroup></bpp:PrivilegeList>`),
		[]string{"urn:role:a"}},
	{"base64 wrapped over lines", "\n" + bpp(`<PrivilegeList><PrivilegeGroup><Privilege>x</Privilege></PrivilegeGroup></PrivilegeList>`) + "\n", []string{"x"}},
	{"an empty list", bpp(`<PrivilegeList/>`), []string{}},
	{"a plain role value", "http://planner.example/roles/advisor", []string{"http://planner.example/roles/advisor"}},
	{"a plain value that is base64", "abcd", []string{"abcd"}},
	{"an empty value", " ", nil},
	{"base64 of another element", bpp(`<Roles><Role>x</Role></Roles>`), []string{bpp(`<Roles><Role>x</Role></Roles>`)}},
}

func TestPrivileges(t *testing.T) {
	for _, tc := range privilegeCases {
		t.Run(tc.name, func(t *testing.T) {
			if got := privileges(tc.value); !slices.Equal(got, tc.want) {
				t.Errorf("privileges = %q, want %q", got, tc.want)
			}
		})
	}
}

func FuzzPrivileges(f *testing.F) {
	for _, tc := range privilegeCases {
		f.Add(tc.value)
	}
	f.Fuzz(func(t *testing.T, value string) {
		for _, p := range privileges(value) {
			if strings.TrimSpace(p) == "" {
				t.Errorf("privileges(%q) holds an empty privilege", value)
			}
		}
	})
}
