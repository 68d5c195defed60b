package main

import (
	"context"
	"crypto/rand"
	"net"
	"net/http"
	"strconv"
	"time"

	"github.com/planner-dk/planner/identity/demoidp"
	"github.com/planner-dk/planner/planner"
)

// demoIdP is the identity provider of `planner demo -idp`: Planner's own
// small OpenID provider, whose people are the demo's advisors and an
// administrator, signing in by choosing their name.
type demoIdP struct {
	srv    *http.Server
	issuer string
}

// startDemoIdP starts the provider on addr and registers it as the demo
// job centre's identity provider, with Planner reached at public.
func startDemoIdP(ctx context.Context, addr, public string, store planner.Store) (*demoIdP, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, err
	}
	issuer := "http://" + ln.Addr().String()
	jcs, err := store.FindJobcenterIDs(ctx)
	if err == nil && len(jcs) == 0 {
		err = planner.ErrNotFound
	}
	if err != nil {
		ln.Close()
		return nil, err
	}
	advisors, err := store.FindAdvisors(ctx, jcs[0], planner.AdvisorFilter{})
	if err != nil {
		ln.Close()
		return nil, err
	}
	users := []demoidp.User{{Login: "admin", Name: "Administrator Demo", Email: "admin@demo.example", Groups: []string{"planner-admins"}},
		{Login: "no-role", Name: "Uden rolle (afvises)", Email: "ingen@demo.example", Groups: []string{"alle-medarbejdere"}}}
	for _, a := range advisors {
		if a.Mail != "" {
			users = append(users, demoidp.User{Login: "advisor-" + strconv.FormatInt(int64(a.ID), 10), Name: a.Name, Email: a.Mail, Groups: []string{"planner-advisors"}})
		}
	}
	op, err := demoidp.New(issuer, users, map[string]demoidp.Client{})
	if err != nil {
		ln.Close()
		return nil, err
	}
	secret := rand.Text()
	p := planner.IdentityProvider{JobcenterID: jcs[0], Name: "Demo-identitetsudbyder", Kind: planner.OIDC, Issuer: issuer,
		ClientID: "planner-demo", ClientSecret: secret, AdvisorClaim: "email",
		RoleMap: map[string]planner.Role{"planner-advisors": planner.RoleAdvisor, "planner-admins": planner.RoleAdmin}}
	if err := store.CreateIdentityProvider(ctx, &p); err != nil {
		ln.Close()
		return nil, err
	}
	op.Clients["planner-demo"] = demoidp.Client{Secret: secret, RedirectURIs: []string{public + p.SSOPath("callback")}, PostLogoutURIs: []string{public + "/login"}}
	srv := &http.Server{Handler: op, ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln)
	return &demoIdP{srv: srv, issuer: issuer}, nil
}

func (d *demoIdP) stop() {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	d.srv.Shutdown(ctx)
}
