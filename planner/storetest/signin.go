package storetest

import (
	"context"
	"crypto/sha256"
	"testing"
	"time"

	"github.com/planner-dk/planner/planner"
)

// testSignIn: identity providers, the people they sign in and the one-time
// records of a sign-in (issue 20).
func testSignIn(t *testing.T, open Opener) {
	ctx := context.Background()
	w := newWorld(t, open)
	other := planner.Jobcenter{Name: "Jobcenter Albertslund", Zone: "Europe/Copenhagen", SummonsPrefix: 10200, Settings: planner.DefaultSettings()}
	must(t, w.store.CreateJobcenter(ctx, &other))
	oidc := planner.IdentityProvider{JobcenterID: w.jc.ID, Name: "Glostrup Kommune", Kind: planner.OIDC,
		Issuer: "https://login.microsoftonline.com/0a1b2c3d-4e5f-6789-abcd-ef0123456789/v2.0", ClientID: "planner", ClientSecret: "Xy8Q~oidc-secret",
		SubjectClaim: "oid", RoleMap: map[string]planner.Role{"planner-advisors": planner.RoleAdvisor, "planner-admins": planner.RoleAdmin}, AdvisorClaim: "upn"}

	t.Run("an OpenID provider needs its client secret", func(t *testing.T) {
		p := oidc
		p.ClientSecret = ""
		assertFieldErr(t, w.store.CreateIdentityProvider(ctx, &p), "clientSecret")
	})
	t.Run("errors name the field", func(t *testing.T) {
		p := oidc
		p.RoleMap = map[string]planner.Role{"x": planner.RolePortal}
		assertFieldErr(t, w.store.CreateIdentityProvider(ctx, &p), "roleMap")
	})
	must(t, w.store.CreateIdentityProvider(ctx, &oidc))
	t.Run("read back with its secret, by id and by job centre", func(t *testing.T) {
		got, err := w.store.FindIdentityProvider(ctx, oidc.ID)
		must(t, err)
		if got.ClientSecret != "Xy8Q~oidc-secret" || !got.HasSecret || got.RoleMap["planner-admins"] != planner.RoleAdmin || got.SubjectClaim != "oid" {
			t.Errorf("provider = %+v", got)
		}
		list, err := w.store.FindIdentityProviders(ctx, w.jc.ID)
		must(t, err)
		if len(list) != 1 || list[0].ID != oidc.ID {
			t.Errorf("job centre's providers = %+v", list)
		}
		list, err = w.store.FindIdentityProviders(ctx, other.ID)
		must(t, err)
		if len(list) != 0 {
			t.Errorf("another job centre sees %d providers", len(list))
		}
	})
	t.Run("an update without a secret keeps the stored one", func(t *testing.T) {
		p := oidc
		p.ClientSecret, p.Name = "", "Glostrup Kommune (Entra ID)"
		must(t, w.store.UpdateIdentityProvider(ctx, p))
		got, err := w.store.FindIdentityProvider(ctx, oidc.ID)
		must(t, err)
		if got.ClientSecret != "Xy8Q~oidc-secret" || got.Name != p.Name {
			t.Errorf("after update: %q %q", got.Name, got.ClientSecret)
		}
		p.JobcenterID = other.ID
		wantKind(t, w.store.UpdateIdentityProvider(ctx, p), planner.ErrNotFound)
	})

	bo := w.advisors[0]
	person := planner.Person{JobcenterID: w.jc.ID, ProviderID: oidc.ID, Subject: "00000000-0000-0000-0000-0000000000b0",
		Name: "Bo Poulsen", Email: bo.Mail, Role: planner.RoleAdvisor, AdvisorID: bo.ID}
	t.Run("a person is stored at the first sign-in and found again by (provider, subject)", func(t *testing.T) {
		p := person
		must(t, w.store.SignInPerson(ctx, &p))
		if p.ID == 0 || p.SignInCount != 1 || p.AdvisorID != bo.ID || p.Disabled || !p.LastSignIn.Equal(now) {
			t.Fatalf("first sign-in: %+v", p)
		}
		again := person
		again.Role, again.Name = planner.RoleAdmin, "Bo S. Poulsen"
		must(t, w.store.SignInPerson(ctx, &again))
		if again.ID != p.ID || again.SignInCount != 2 || again.Role != planner.RoleAdmin || again.Name != "Bo S. Poulsen" {
			t.Errorf("second sign-in: %+v", again)
		}
		person = again
	})
	t.Run("the same subject at another job centre's provider is refused", func(t *testing.T) {
		p := person
		p.ID, p.JobcenterID = 0, other.ID
		wantKind(t, w.store.SignInPerson(ctx, &p), planner.ErrNotFound)
	})
	t.Run("disabling a person ends their sessions, and a sign-in keeps them disabled", func(t *testing.T) {
		hash := sha256.Sum256([]byte("bo's session"))
		must(t, w.store.CreateWebSession(ctx, planner.WebSession{Hash: hash[:], Kind: "staff", PersonID: person.ID, SSOHint: "_idx-4711",
			Started: now, IdleUntil: now.Add(30 * time.Minute), Ends: now.Add(12 * time.Hour)}))
		got, err := w.store.FindWebSession(ctx, hash[:])
		must(t, err)
		if got.PersonID != person.ID || got.SSOHint != "_idx-4711" {
			t.Errorf("session of person %d with hint %q, want %d and the hint", got.PersonID, got.SSOHint, person.ID)
		}
		wantKind(t, w.store.SetPersonDisabled(ctx, other.ID, person.ID, true), planner.ErrNotFound)
		must(t, w.store.SetPersonDisabled(ctx, w.jc.ID, person.ID, true))
		_, err = w.store.FindWebSession(ctx, hash[:])
		wantKind(t, err, planner.ErrNotFound)
		p := person
		must(t, w.store.SignInPerson(ctx, &p))
		if !p.Disabled {
			t.Error("a disabled person's sign-in enabled them")
		}
		must(t, w.store.SetPersonDisabled(ctx, w.jc.ID, person.ID, false))
		if p, _ := w.store.FindPerson(ctx, person.ID); p.Disabled {
			t.Error("still disabled")
		}
	})
	t.Run("single logout ends every session of the person", func(t *testing.T) {
		for _, id := range []string{"s1", "s2"} {
			hash := sha256.Sum256([]byte(id))
			must(t, w.store.CreateWebSession(ctx, planner.WebSession{Hash: hash[:], Kind: "staff", PersonID: person.ID,
				Started: now, IdleUntil: now.Add(30 * time.Minute), Ends: now.Add(12 * time.Hour)}))
		}
		n, err := w.store.EndPersonSessions(ctx, oidc.ID, "someone else")
		must(t, err)
		if n != 0 {
			t.Errorf("ended %d sessions of another subject", n)
		}
		n, err = w.store.EndPersonSessions(ctx, oidc.ID, person.Subject)
		must(t, err)
		if n != 2 {
			t.Errorf("ended %d sessions, want 2", n)
		}
	})
	t.Run("deleting the provider removes its people", func(t *testing.T) {
		wantKind(t, w.store.DeleteIdentityProvider(ctx, other.ID, oidc.ID), planner.ErrNotFound)
		must(t, w.store.DeleteIdentityProvider(ctx, w.jc.ID, oidc.ID))
		_, err := w.store.FindPerson(ctx, person.ID)
		wantKind(t, err, planner.ErrNotFound)
	})

	t.Run("a one-time record is taken once", func(t *testing.T) {
		must(t, w.store.PutSignInOnce(ctx, "oidc-state:abc", []byte("nonce and verifier"), now.Add(10*time.Minute)))
		wantKind(t, w.store.PutSignInOnce(ctx, "oidc-state:abc", []byte("again"), now.Add(10*time.Minute)), planner.ErrConflict)
		data, err := w.store.TakeSignInOnce(ctx, "oidc-state:abc")
		must(t, err)
		if string(data) != "nonce and verifier" {
			t.Errorf("data = %q", data)
		}
		_, err = w.store.TakeSignInOnce(ctx, "oidc-state:abc")
		wantKind(t, err, planner.ErrNotFound)
	})
	t.Run("an expired one-time record is not taken", func(t *testing.T) {
		must(t, w.store.PutSignInOnce(ctx, "saml-request:old", []byte("x"), now.Add(-time.Second)))
		_, err := w.store.TakeSignInOnce(ctx, "saml-request:old")
		wantKind(t, err, planner.ErrNotFound)
	})
}
