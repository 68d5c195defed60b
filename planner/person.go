package planner

import (
	"net/url"
	"strconv"
	"strings"
	"time"
)

// Identifiers of sign-in.
type (
	// IdentityProviderID identifies a job centre's identity provider.
	IdentityProviderID int64
	// PersonID identifies a person who signs in through an identity provider.
	PersonID int64
)

// ProviderKind is the protocol a job centre's identity provider speaks.
type ProviderKind string

// Provider kinds.
const (
	OIDC ProviderKind = "oidc" // OpenID Connect: Entra ID, AD FS, …
	SAML ProviderKind = "saml" // SAML 2.0 to the OIOSAML 3 profile: KOMBIT's Context Handler, …
)

// IdentityProvider is where a job centre's staff sign in: the municipality's
// OpenID provider or SAML identity provider, with how its answers map to
// Planner's roles and advisors. The client secret is sealed at rest and
// never shown again.
type IdentityProvider struct {
	ID          IdentityProviderID `json:"id"`
	JobcenterID JobcenterID        `json:"jobcenterId"`
	// Name is what the sign-in button says: "Log ind med Glostrup Kommune".
	Name string       `json:"name"`
	Kind ProviderKind `json:"kind"`
	// Issuer is the OpenID provider's issuer URL (its discovery document is
	// under it), or the SAML IdP's entity ID (read from its metadata when
	// empty).
	Issuer string `json:"issuer,omitempty"`
	// MetadataURL is where a SAML IdP's metadata is fetched from; Metadata
	// is the metadata itself, when given as a file instead.
	MetadataURL string `json:"metadataUrl,omitempty"`
	Metadata    string `json:"metadata,omitempty"`
	// ClientID and ClientSecret are the OpenID Connect client's.
	ClientID     string `json:"clientId,omitempty"`
	ClientSecret string `json:"-"`
	HasSecret    bool   `json:"hasSecret"` // set by the store on read: a secret is stored
	// SubjectClaim names the ID token's claim that identifies a person:
	// "sub" (the default) or, at Entra ID, "oid" (its sub differs per app).
	SubjectClaim string `json:"subjectClaim,omitempty"`
	// RoleClaim names the claim or attribute whose values RoleMap maps:
	// "groups" or "roles" at an OpenID provider, the OIOSAML privileges
	// attribute at a SAML IdP (the defaults).
	RoleClaim string `json:"roleClaim,omitempty"`
	// RoleMap maps a value of RoleClaim (a group, app role or privilege) to
	// a role of Planner. A person none of whose values is mapped is refused.
	RoleMap map[string]Role `json:"roleMap"`
	// AdvisorClaim names the claim whose value links a person to the
	// advisor whose mail address (or, for an Exchange calendar, whose
	// Graph user) it is: "upn", "email", "preferred_username".
	AdvisorClaim string `json:"advisorClaim,omitempty"`
	// MinAssurance is the lowest OIOSAML/NSIS level of assurance accepted
	// (SAML only): "", "Low", "Substantial" or "High".
	MinAssurance string `json:"minAssurance,omitempty"`
	// Disabled providers are not offered at sign-in.
	Disabled  bool      `json:"disabled,omitempty"`
	CreatedAt time.Time `json:"createdAt"`
}

// The default claims of each kind of provider.
const (
	DefaultOIDCRoleClaim = "groups"
	DefaultSAMLRoleClaim = "https://data.gov.dk/model/core/eid/privilegesIntermediate"
)

// Claims returns p with its claim names defaulted.
func (p IdentityProvider) Claims() IdentityProvider {
	if p.SubjectClaim == "" && p.Kind == OIDC {
		p.SubjectClaim = "sub"
	}
	if p.RoleClaim == "" {
		p.RoleClaim = DefaultOIDCRoleClaim
		if p.Kind == SAML {
			p.RoleClaim = DefaultSAMLRoleClaim
		}
	}
	return p
}

// Validate checks the provider's fields; errors name the field. The secret
// is not required here: the store keeps the stored one when it is empty,
// and refuses an OpenID provider left without one.
func (p IdentityProvider) Validate() error {
	switch {
	case p.JobcenterID == 0:
		return fieldErr("jobcenterId", "is required", "er påkrævet")
	case strings.TrimSpace(p.Name) == "":
		return fieldErr("name", "is required", "er påkrævet")
	case len(p.Name) > 100:
		return fieldErr("name", "must be at most 100 characters", "må højst være på 100 tegn")
	case p.Kind != OIDC && p.Kind != SAML:
		return fieldErr("kind", "must be oidc or saml", "skal være »oidc« eller »saml«")
	case p.Kind == OIDC && !providerURL(p.Issuer):
		return fieldErr("issuer", "must be the provider's https URL (http only on this machine)", "skal være udbyderens https-URL (http kun på denne maskine)")
	case p.Kind == OIDC && p.ClientID == "":
		return fieldErr("clientId", "is required", "er påkrævet")
	case len(p.ClientID) > 200:
		return fieldErr("clientId", "must be at most 200 characters", "må højst være på 200 tegn")
	case len(p.ClientSecret) > 1024 || strings.ContainsAny(p.ClientSecret, "\r\n"):
		return fieldErr("clientSecret", "must be the client secret's value, on one line", "skal være klienthemmelighedens værdi på én linje")
	case p.Kind == SAML && p.MetadataURL == "" && p.Metadata == "":
		return fieldErr("metadataUrl", "is required unless the metadata is given", "er påkrævet, når metadata ikke er angivet")
	case p.MetadataURL != "" && !providerURL(p.MetadataURL):
		return fieldErr("metadataUrl", "must be an https URL (http only on this machine)", "skal være en https-URL (http kun på denne maskine)")
	case len(p.Metadata) > 512<<10:
		return fieldErr("metadata", "must be at most 512 KiB", "må højst fylde 512 KiB")
	case p.Metadata != "" && !strings.Contains(p.Metadata, "EntityDescriptor"):
		return fieldErr("metadata", "must be the identity provider's SAML metadata (an EntityDescriptor)", "skal være identitetsudbyderens SAML-metadata (en EntityDescriptor)")
	case p.MinAssurance != "" && AssuranceRank(p.MinAssurance) == 0:
		return fieldErr("minAssurance", "must be Low, Substantial or High", "skal være »Low«, »Substantial« eller »High«")
	case len(p.RoleMap) == 0:
		return fieldErr("roleMap", "must map at least one group or role to a role of Planner", "skal knytte mindst én gruppe eller rolle til en rolle i Planner")
	case len(p.RoleMap) > 100:
		return fieldErr("roleMap", "must map at most 100 values", "må højst knytte 100 værdier")
	}
	for v, r := range p.RoleMap {
		switch {
		case strings.TrimSpace(v) == "" || len(v) > 500:
			return fieldErr("roleMap", "must name each group or role in 1–500 characters", "skal nævne hver gruppe eller rolle med 1–500 tegn")
		case r != RoleAdmin && r != RoleAdvisor && r != RoleOperator:
			return fieldErr("roleMap", "must map to admin, advisor or operator", "skal knytte til »admin«, »advisor« eller »operator«")
		}
	}
	for field, claim := range map[string]string{"subjectClaim": p.SubjectClaim, "roleClaim": p.RoleClaim, "advisorClaim": p.AdvisorClaim} {
		if len(claim) > 200 {
			return fieldErr(field, "must be at most 200 characters", "må højst være på 200 tegn")
		}
	}
	return nil
}

// providerURL reports whether s is an https URL, or an http URL of this
// machine (a test or the demo's provider).
func providerURL(s string) bool {
	u, err := url.Parse(s)
	if err != nil || u.Host == "" {
		return false
	}
	return u.Scheme == "https" || u.Scheme == "http" && isLoopback(u.Hostname())
}

// isLoopback reports whether host names this machine.
func isLoopback(host string) bool {
	return host == "localhost" || host == "::1" || strings.HasPrefix(host, "127.")
}

// AssuranceRank orders the NSIS levels of assurance: 1 Low, 2 Substantial,
// 3 High, 0 for anything else.
func AssuranceRank(level string) int {
	switch level {
	case "Low":
		return 1
	case "Substantial":
		return 2
	case "High":
		return 3
	}
	return 0
}

// SSOPath is the path of one of the provider's endpoints at Planner,
// under the address Planner is reached at: "start" (the sign-in page's
// button), "callback" (OpenID Connect), "metadata", "acs" and "slo" (SAML).
func (p IdentityProvider) SSOPath(endpoint string) string {
	return "/sso/" + strconv.FormatInt(int64(p.ID), 10) + "/" + endpoint
}

// RoleFor returns the role the provider's map gives a person with the
// given values of its role claim: the strongest of the mapped ones (admin
// over advisor over operator), and false when none is mapped — such a
// person is refused, never given a default role.
func (p IdentityProvider) RoleFor(values []string) (Role, bool) {
	best, rank := Role(""), 0
	for _, v := range values {
		r, ok := p.RoleMap[v]
		if !ok {
			continue
		}
		if n := roleRank[r]; n > rank {
			best, rank = r, n
		}
	}
	return best, rank > 0
}

// roleRank orders the roles a person can be given.
var roleRank = map[Role]int{RoleOperator: 1, RoleAdvisor: 2, RoleAdmin: 3}

// Person is someone of a job centre's staff known by an identity provider:
// identified by the provider and the subject it gives them — never by an
// e-mail address — with the role their last sign-in gave them and the
// advisor they are, if linked.
type Person struct {
	ID          PersonID           `json:"id"`
	JobcenterID JobcenterID        `json:"jobcenterId"`
	ProviderID  IdentityProviderID `json:"providerId"`
	Subject     string             `json:"subject"`
	Name        string             `json:"name"`
	Email       string             `json:"email,omitempty"`
	Role        Role               `json:"role"`
	AdvisorID   AdvisorID          `json:"advisorId,omitempty"`
	// Disabled people cannot sign in, and their sessions end at once.
	Disabled    bool      `json:"disabled"`
	CreatedAt   time.Time `json:"createdAt"`
	LastSignIn  time.Time `json:"lastSignIn"`
	SignInCount int       `json:"signInCount"`
}

// DisplayName is the person's name for the revision log: their name, else
// their e-mail address, else the subject.
func (p Person) DisplayName() string {
	switch {
	case p.Name != "":
		return p.Name
	case p.Email != "":
		return p.Email
	}
	return p.Subject
}

// AdvisorMatches reports whether an advisor is the one a link value names:
// the advisor's mail address, or the user of their Exchange calendar (the
// UPN the Graph connector uses), compared without regard to case.
func AdvisorMatches(a Advisor, value string) bool {
	if value == "" {
		return false
	}
	return strings.EqualFold(a.Mail, value) || a.Calendar.Kind == Graph && strings.EqualFold(a.Calendar.Username, value)
}
