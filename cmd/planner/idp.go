package main

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/planner-dk/planner/planner"
)

// roleFlags collects -role VALUE=ROLE pairs: a provider's role map.
type roleFlags map[string]planner.Role

func (r roleFlags) String() string { return fmt.Sprint(map[string]planner.Role(r)) }

// Set implements flag.Value.
func (r roleFlags) Set(s string) error {
	v, role, ok := strings.Cut(s, "=")
	if !ok || v == "" {
		return fmt.Errorf("%q: want VALUE=ROLE, e.g. planner-advisors=advisor", s)
	}
	r[v] = planner.Role(role)
	return nil
}

// runIdP is `planner idp add|list|remove`: a job centre's identity
// providers (issue 20). An OpenID provider's client secret comes from
// -secret-file or stdin, never a flag.
func (m *Main) runIdP(ctx context.Context, args []string, getenv func(string) string) error {
	cmd, err := m.verbs("idp", args, getenv, "add", "list", "remove")
	if err != nil {
		return err
	}
	verb, fs := cmd.verb, cmd.fs
	jc := fs.Int64("jobcenter", 0, "job centre id (required)")
	id := fs.Int64("id", 0, "the provider's id (remove)")
	p := planner.IdentityProvider{RoleMap: roleFlags{}}
	fs.StringVar(&p.Name, "name", "", `what the sign-in button says after "Log ind med" (add)`)
	fs.StringVar((*string)(&p.Kind), "kind", "oidc", "oidc or saml (add)")
	fs.StringVar(&p.Issuer, "issuer", "", "OpenID provider's issuer URL, or the SAML IdP's entity ID (default: from its metadata)")
	fs.StringVar(&p.MetadataURL, "metadata-url", "", "SAML: the IdP's metadata URL")
	metadataFile := fs.String("metadata-file", "", "SAML: a file holding the IdP's metadata, instead of -metadata-url")
	fs.StringVar(&p.ClientID, "client", "", "OpenID Connect: the client id")
	secretFile := fs.String("secret-file", "", "OpenID Connect: file holding the client secret; without it the secret is read from stdin")
	fs.StringVar(&p.SubjectClaim, "subject-claim", "", `the claim that identifies a person (default "sub"; Entra ID: "oid")`)
	fs.StringVar(&p.RoleClaim, "role-claim", "", `the claim or attribute the roles come from (default "groups", or the OIOSAML privileges)`)
	fs.Var(roleFlags(p.RoleMap), "role", "VALUE=ROLE: a group, app role or privilege and Planner's role (admin, advisor, operator); repeat")
	fs.StringVar(&p.AdvisorClaim, "advisor-claim", "", `the claim linking a person to their advisor by mail or Exchange user, e.g. "upn"`)
	fs.StringVar(&p.MinAssurance, "min-assurance", "", "SAML: the lowest level of assurance accepted: Low, Substantial or High")
	db, err := cmd.open(ctx, m, args)
	if err != nil {
		return err
	}
	defer db.close()
	job := planner.JobcenterID(*jc)
	switch verb {
	case "list":
		ps, err := db.FindIdentityProviders(ctx, job)
		if err != nil {
			return err
		}
		for _, p := range ps {
			fmt.Fprintf(m.Stdout, "%d\t%s\t%s\t%s\tdisabled: %t\t%d mapped values\n", p.ID, p.Kind, p.Name, p.Issuer+p.MetadataURL, p.Disabled, len(p.RoleMap))
		}
		return nil
	case "remove":
		if err := db.DeleteIdentityProvider(ctx, job, planner.IdentityProviderID(*id)); err != nil {
			return fmt.Errorf("provider %d of job centre %d: %w", *id, *jc, err)
		}
		fmt.Fprintf(m.Stdout, "provider %d removed, with the people it signed in\n", *id)
		return nil
	}
	p.JobcenterID = job
	if *metadataFile != "" {
		b, err := os.ReadFile(*metadataFile)
		if err != nil {
			return fmt.Errorf("-metadata-file: %w", err)
		}
		p.Metadata = string(b)
	}
	if p.Kind == planner.OIDC {
		if p.ClientSecret, err = m.readSecret(*secretFile); err != nil {
			return err
		}
	}
	if err := db.CreateIdentityProvider(ctx, &p); err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "provider %d added to job centre %d\n", p.ID, *jc)
	if p.Kind == planner.OIDC {
		fmt.Fprintf(m.Stdout, "register this redirect URI at the provider: <Planner's address>%s\n", p.SSOPath("callback"))
	} else {
		fmt.Fprintf(m.Stdout, "give the IdP Planner's metadata: <Planner's address>%s\n", p.SSOPath("metadata"))
	}
	return nil
}

// runPerson is `planner person list|disable|enable`: the people who
// signed in through a job centre's providers; disabling ends their
// sessions at once.
func (m *Main) runPerson(ctx context.Context, args []string, getenv func(string) string) error {
	cmd, err := m.verbs("person", args, getenv, "list", "disable", "enable")
	if err != nil {
		return err
	}
	verb := cmd.verb
	jc := cmd.fs.Int64("jobcenter", 0, "job centre id (required)")
	id := cmd.fs.Int64("id", 0, "the person's id (disable, enable)")
	db, err := cmd.open(ctx, m, args)
	if err != nil {
		return err
	}
	defer db.close()
	if verb == "list" {
		people, err := db.FindPeople(ctx, planner.JobcenterID(*jc))
		if err != nil {
			return err
		}
		for _, p := range people {
			fmt.Fprintf(m.Stdout, "%d\t%s\t%s\tprovider %d\tadvisor %d\tdisabled: %t\tlast sign-in %s\n",
				p.ID, p.DisplayName(), p.Role, p.ProviderID, p.AdvisorID, p.Disabled, p.LastSignIn.Format("2006-01-02 15:04"))
		}
		return nil
	}
	if err := db.SetPersonDisabled(ctx, planner.JobcenterID(*jc), planner.PersonID(*id), verb == "disable"); err != nil {
		return fmt.Errorf("person %d of job centre %d: %w", *id, *jc, err)
	}
	fmt.Fprintf(m.Stdout, "person %d %sd\n", *id, verb)
	return nil
}
