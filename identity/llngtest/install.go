package llngtest

import (
	"fmt"
	"os"
	"os/exec"
	"os/user"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/planner-dk/planner/internal/aptinstall"
)

// packages are the Debian packages the portal needs: the portal itself,
// Lasso's Perl binding for SAML (and XML::Simple, which the portal's SAML
// library loads but does not depend on), Glib for Lasso's error messages,
// Crypt::OpenSSL::Bignum for the OpenID provider's JWKS, and Plack's
// HTTP server to serve it.
const packages = "liblemonldap-ng-portal-perl liblasso-perl libxml-simple-perl libglib-perl libcrypt-openssl-bignum-perl libplack-perl"

// perlCheck loads every module the portal needs here; it fails while a
// package is missing.
var perlCheck = []string{"perl",
	"-MLasso", "-MXML::Simple", "-MCrypt::OpenSSL::Bignum", "-MPlack::Handler::HTTP::Server::PSGI",
	"-MLemonldap::NG::Portal::Main", "-MLemonldap::NG::Portal::Issuer::SAML",
	"-MLemonldap::NG::Portal::Issuer::OpenIDConnect", "-e1"}

var (
	installOnce sync.Once
	installErr  error
)

// ensureInstalled makes the portal's packages available, once per test
// binary, installing them when they are missing and the process is root;
// otherwise the test fails with the command that installs them.
func ensureInstalled(tb testing.TB) {
	tb.Helper()
	installOnce.Do(func() {
		check := func() error {
			if out, err := exec.Command(perlCheck[0], perlCheck[1:]...).CombinedOutput(); err != nil {
				return fmt.Errorf("%v: %s", err, tail(out, 500))
			}
			return nil
		}
		if installErr = check(); installErr == nil {
			return
		}
		if err := aptinstall.Install(strings.Fields(packages)...); err != nil {
			installErr = fmt.Errorf("%v; apt-get: %w", installErr, err)
			return
		}
		installErr = check()
	})
	if installErr != nil {
		tb.Fatalf("llngtest: LemonLDAP::NG is not installed and could not be installed (%v); run as root: apt-get install -y %s",
			installErr, packages)
	}
}

// runAs is the user the portal runs as.
type runAs struct {
	uid, gid uint32
}

// portalUser is www-data when the process is root, as Debian runs the
// portal, and nil (the process's own user) otherwise.
func portalUser() (*runAs, error) {
	if os.Geteuid() != 0 {
		return nil, nil
	}
	u, err := user.Lookup("www-data")
	if err != nil {
		return nil, fmt.Errorf("user www-data: %w", err)
	}
	uid, _ := strconv.Atoi(u.Uid)
	gid, _ := strconv.Atoi(u.Gid)
	return &runAs{uint32(uid), uint32(gid)}, nil
}
