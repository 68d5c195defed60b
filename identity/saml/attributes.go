package saml

import (
	"encoding/base64"
	"encoding/xml"
	"strings"

	crewsaml "github.com/crewjam/saml"
)

// The OIOSAML 3 attributes Finish reads. Every attribute of an assertion
// is in identity.Identity.Claims under its Name.
const (
	AttrSpecVersion = "https://data.gov.dk/model/core/specVersion"
	AttrAssurance   = "https://data.gov.dk/concept/core/nsis/loa"
	AttrFullName    = "https://data.gov.dk/model/core/eid/fullName"
	AttrEmail       = "https://data.gov.dk/model/core/eid/email"
	// AttrPrivileges holds an OIOBPP PrivilegeList, base64-encoded XML;
	// its claim holds the privileges listed, decoded.
	AttrPrivileges = "https://data.gov.dk/model/core/eid/privilegesIntermediate"
)

// SpecVersion is the value of AttrSpecVersion in an OIOSAML 3 assertion.
const SpecVersion = "OIO-SAML-3.0"

// nsisClassRef is the prefix of the AuthnContextClassRef that asks for an
// NSIS level of assurance.
const nsisClassRef = "https://data.gov.dk/concept/core/nsis/"

// assuranceRank orders the NSIS levels of assurance; a level not in it
// ranks 0, below any minimum.
var assuranceRank = map[string]int{"Low": 1, "Substantial": 2, "High": 3}

// claims returns the values of every attribute of a, by Name, with the
// privileges attribute decoded.
func claims(a *crewsaml.Assertion) map[string][]string {
	out := map[string][]string{}
	for _, st := range a.AttributeStatements {
		for _, attr := range st.Attributes {
			for _, v := range attr.Values {
				if attr.Name == AttrPrivileges {
					out[attr.Name] = append(out[attr.Name], privileges(v.Value)...)
					continue
				}
				out[attr.Name] = append(out[attr.Name], v.Value)
			}
		}
	}
	return out
}

// privilegeList is an OIOBPP basic privilege profile list:
//
//	<bpp:PrivilegeList xmlns:bpp="http://digst.dk/oiosaml/basic_privilege_profile">
//	  <PrivilegeGroup Scope="urn:dk:gov:saml:cvrNumberIdentifier:12345678">
//	    <Privilege>http://planner.example/roles/advisor</Privilege>
//	  </PrivilegeGroup>
//	</bpp:PrivilegeList>
//
// The list's namespace is not checked (OIOSAML 2's lists are in
// http://itst.dk/oiosaml/basic_privilege_profile), nor is a group's Scope:
// the privileges of every group count.
type privilegeList struct {
	XMLName xml.Name `xml:"PrivilegeList"`
	Groups  []struct {
		Privileges []string `xml:"Privilege"`
	} `xml:"PrivilegeGroup"`
}

// privileges returns the privileges a value of AttrPrivileges lists. A
// value that is not a base64-encoded PrivilegeList is a privilege itself,
// as some IdPs send plain role values.
func privileges(value string) []string {
	if strings.TrimSpace(value) == "" {
		return nil
	}
	raw, err := base64.StdEncoding.DecodeString(strings.TrimSpace(value))
	if err != nil {
		return []string{value}
	}
	var list privilegeList
	if err := xml.Unmarshal(raw, &list); err != nil {
		return []string{value}
	}
	out := []string{}
	for _, g := range list.Groups {
		for _, p := range g.Privileges {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}

// base64Std encodes b in standard base64.
func base64Std(b []byte) string { return base64.StdEncoding.EncodeToString(b) }
