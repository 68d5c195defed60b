package planner

import (
	"context"
	"time"
)

// Role is what a caller of the API may do; every role is bound to one job
// centre.
type Role string

// Roles.
const (
	RoleAdmin    Role = "admin"    // administration of the job centre
	RoleAdvisor  Role = "advisor"  // calendars, offers, summonses, lists
	RolePortal   Role = "portal"   // the citizen portal (Jobnet), acting for one CPR per request
	RoleOperator Role = "operator" // sync health and metrics
)

// TokenID identifies an API token.
type TokenID int64

// Token is an API bearer token. Only the SHA-256 hash of the secret is
// stored; the secret is shown once, when it is made.
type Token struct {
	ID          TokenID     `json:"id"`
	JobcenterID JobcenterID `json:"jobcenterId"`
	Role        Role        `json:"role"`
	Name        string      `json:"name"` // who or what holds it, for the revision log
	Hash        []byte      `json:"-"`
	CreatedAt   time.Time   `json:"createdAt"`
}

// Validate checks the token's fields.
func (t Token) Validate() error {
	switch {
	case t.JobcenterID == 0:
		return fieldErr("jobcenterId", "is required", "er påkrævet")
	case t.Role != RoleAdmin && t.Role != RoleAdvisor && t.Role != RolePortal && t.Role != RoleOperator:
		return fieldErr("role", "must be admin, advisor, portal or operator", "skal være »admin«, »advisor«, »portal« eller »operator«")
	case t.Name == "":
		return fieldErr("name", "is required", "er påkrævet")
	case len(t.Hash) != 32:
		return fieldErr("hash", "must be a SHA-256 hash", "skal være en SHA-256-hashværdi")
	}
	return nil
}

// Actor is the authenticated caller of a request.
type Actor struct {
	JobcenterID JobcenterID
	Role        Role
	Name        string
	// PersonID is the person signed in through an identity provider (0: a
	// token), and AdvisorID the advisor they are linked to, if any.
	PersonID  PersonID
	AdvisorID AdvisorID
}

type actorKey struct{}

// NewContextWithActor returns ctx carrying the request's actor.
func NewContextWithActor(ctx context.Context, a Actor) context.Context {
	return context.WithValue(ctx, actorKey{}, a)
}

// ActorFromContext returns the request's actor, if authenticated.
func ActorFromContext(ctx context.Context) (Actor, bool) {
	a, ok := ctx.Value(actorKey{}).(Actor)
	return a, ok
}
