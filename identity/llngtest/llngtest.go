// Package llngtest starts a real identity provider for the sign-in tests:
// LemonLDAP::NG 2.16 from Debian's packages, as a SAML 2.0 IdP (to the
// OIOSAML 3 profile) and an OpenID provider at once, on a loopback port
// with configuration, sessions and logs of its own in a temporary
// directory. It installs the packages with apt-get when they are missing
// and the process is root; otherwise the test fails with the command that
// installs them, never skips.
//
// LemonLDAP::NG's portal (a Perl PSGI application) runs under Plack's HTTP
// server: per Start, one Perl process that loads the portal and forks four
// workers, all accepting on a loopback socket that the test binary opened
// and handed over, as www-data when the test runs as root. They are stopped
// by the process group's id when the test ends and die with the test
// binary. The configuration is a File backend (conf/lmConf-N.json) and the
// sessions are files, all in the Server's own directory in os.TempDir;
// nothing system-wide is read or written.
//
// # Registering the relying party later
//
// Start takes the relying party's registrations (Options) up front. A test
// that, as in real life, needs the IdP first (to give its metadata URL or
// issuer to the relying party, which only then has its SP metadata and
// redirect URI) starts it with no relying party, Start(tb, Options{}), and
// registers the relying party afterwards with Register. Register replaces
// the registrations while the portal runs, with the same URL, port, keys
// (so the same SAML metadata and JWKS) and sessions: it writes the next
// configuration (lmConf-N.json, N one more), which each of the portal's
// workers loads, through LemonLDAP::NG's own configuration reload, before
// the first request it takes after Register returns.
//
// # Users
//
// The Demo backend's accounts sign in with their login as password:
//
//	login   name          e-mail               role     SAML privilege                         OIDC group
//	dwho    Doctor Who    dwho@badwolf.org     advisor  http://planner.example/roles/advisor   planner-advisors
//	rtyler  Rose Tyler    rtyler@badwolf.org   admin    http://planner.example/roles/admin     planner-admins
//	msmith  Mickey Smith  msmith@badwolf.org   (none)   (none)                                 (none)
//
// A relying party must refuse msmith: his assertion and token carry no
// privilege and no group.
//
// # SAML
//
// The IdP's entity ID is SAMLEntityID and its metadata is at
// SAMLMetadataURL. It takes the caller's service provider (Options), checks
// the signature of its AuthnRequests (HTTP-Redirect or HTTP-POST binding),
// answers to the SP's assertion consumer service with the HTTP-POST binding,
// signs the Response with RSA-SHA256 and encrypts the assertion for the SP
// as OIOSAML 3 wants it: with AES-256-CBC, the key wrapped with RSA-OAEP
// (rsa-oaep-mgf1p) for the encryption certificate of the SP's metadata.
// (Lasso's default is AES-128-CBC and LemonLDAP::NG 2.16 has no option for
// it: the PSGI script sets AES-256 on the SP's Lasso provider; see
// portalPSGI.) The NameID is persistent and holds the login (the uid).
// Single logout works at the endpoints of the IdP's metadata
// (HTTP-Redirect, HTTP-POST), with signed messages both ways, when the SP's
// metadata has a SingleLogoutService. The assertion's attributes, all with
// the URI name format, are:
//
//	https://data.gov.dk/model/core/specVersion                   OIO-SAML-3.0
//	https://data.gov.dk/concept/core/nsis/loa                     Substantial
//	https://data.gov.dk/model/core/eid/email                      the e-mail address
//	https://data.gov.dk/model/core/eid/fullName                   the name
//	https://data.gov.dk/model/core/eid/professional/cvr           12345678
//	https://data.gov.dk/model/core/eid/professional/orgName       Planner Test Jobcenter
//	https://data.gov.dk/model/core/eid/privilegesIntermediate     the privileges (none for msmith)
//
// The privileges attribute is OIOSAML 3's basic privilege profile: one
// value, the base64 (standard encoding, no line breaks) of
//
//	<bpp:PrivilegeList xmlns:bpp="http://digst.dk/oiosaml/basic_privilege_profile"><PrivilegeGroup Scope="urn:dk:gov:saml:cvrNumberIdentifier:12345678"><Privilege>http://planner.example/roles/advisor</Privilege></PrivilegeGroup></bpp:PrivilegeList>
//
// # OpenID Connect
//
// The issuer is Issuer (the portal URL without its trailing slash) and
// discovery is at Issuer + "/.well-known/openid-configuration". One relying
// party, the caller's (Options), uses the authorization code flow with PKCE
// required (S256); it authenticates at the token endpoint with its secret
// (client_secret_basic or client_secret_post). ID tokens are signed with
// RS256 and carry the user's claims themselves, whatever the scopes: sub
// (the login), name, email, groups (always a JSON array; absent for
// msmith) and upn (the e-mail address, or login@planner.example for a user
// without one). No consent is asked. The end-session endpoint (RP-initiated
// logout) signs the user out without asking and goes back to a registered
// post_logout_redirect_uri. Everything is plain HTTP on 127.0.0.1.
//
// # Logs
//
// The portal's log and access log go to llng.log in the Server's directory;
// a failed test prints its tail. LLNGTEST_LOGLEVEL (error, warn, notice,
// info, debug; default info) sets the portal's log level.
package llngtest

import (
	"bytes"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// The Demo backend's accounts (see the package doc); each one's password is
// its login.
const (
	Advisor = "dwho"   // role advisor
	Admin   = "rtyler" // role admin
	NoRole  = "msmith" // no role: the relying party must refuse him
)

// The roles as the IdP asserts them: a SAML privilege (in OIOSAML 3's
// privilegesIntermediate attribute) and an OIDC group (the groups claim).
const (
	PrivilegeAdvisor = "http://planner.example/roles/advisor"
	PrivilegeAdmin   = "http://planner.example/roles/admin"
	GroupAdvisors    = "planner-advisors"
	GroupAdmins      = "planner-admins"
	// CVR is the organisation's CVR number: the scope of the privileges'
	// PrivilegeGroup and the professional cvr attribute.
	CVR = "12345678"
)

// Options says what Planner's relying party looks like to the IdP: at
// Start, or at Register. The zero Options registers none.
type Options struct {
	// SAMLSPMetadata is the service provider's metadata XML, as its
	// metadata endpoint would serve it; empty: no SAML SP is registered.
	SAMLSPMetadata []byte
	// OIDCClientID and OIDCClientSecret are the OpenID relying party's
	// credentials (a confidential client).
	OIDCClientID, OIDCClientSecret string
	// OIDCRedirectURIs are the redirect URIs the IdP accepts, compared
	// exactly; empty: no OIDC relying party is registered.
	OIDCRedirectURIs []string
	// OIDCPostLogoutRedirectURIs are the post_logout_redirect_uri values
	// the end-session endpoint accepts.
	OIDCPostLogoutRedirectURIs []string
}

// Server is a LemonLDAP::NG portal on a loopback port, with storage of its
// own.
type Server struct {
	// URL is the portal's base URL, http://127.0.0.1:port/ (with the
	// trailing slash); its login form is there.
	URL string
	// Issuer is the OpenID provider's issuer, URL without the trailing
	// slash, as the ID tokens' iss and the discovery document say.
	Issuer string
	// SAMLEntityID is the IdP's entity ID (URL + "saml/metadata").
	SAMLEntityID string
	// SAMLMetadataURL is where the IdP serves its metadata (the same URL
	// as SAMLEntityID).
	SAMLMetadataURL string
	// SAMLMetadata is the IdP's metadata XML, fetched at Start.
	SAMLMetadata []byte

	dir     string
	port    int
	user    *runAs
	keys    idpKeys
	cmd     *exec.Cmd
	exited  chan struct{}
	logPath string

	confMu sync.Mutex // held by Register
	cfgNum int        // the last configuration's number
}

// Start installs LemonLDAP::NG if needed, configures it for opt (which may
// be empty, the relying party registered later with Register) and starts it
// on a free loopback port. It stops it by its process id and removes its
// directory when the test ends, printing the tail of its log first if the
// test failed. Every Start has a process and a directory of its own, so
// tests and test binaries may run several at once.
func Start(tb testing.TB, opt Options) *Server {
	tb.Helper()
	ensureInstalled(tb)
	k, err := sharedKeys()
	if err != nil {
		tb.Fatalf("llngtest: keys: %v", err)
	}
	s := &Server{keys: k}
	if s.user, err = portalUser(); err != nil {
		tb.Fatalf("llngtest: %v", err)
	}
	removeStaleDirs()
	// t.TempDir is private to root; the portal runs as www-data
	if s.dir, err = os.MkdirTemp("", dirPrefix); err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { os.RemoveAll(s.dir) })
	s.logPath = filepath.Join(s.dir, "llng.log")
	tb.Cleanup(func() {
		s.stop()
		if tb.Failed() {
			if b, err := os.ReadFile(s.logPath); err == nil && len(b) > 0 {
				tb.Logf("LemonLDAP::NG log (%s):\n%s", s.logPath, tail(b, 8000))
			}
		}
	})
	// the test binary listens on a free port and hands the socket to the
	// portal: no other process can take the port in between
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	sock, err := l.(*net.TCPListener).File()
	l.Close()
	if err != nil {
		tb.Fatal(err)
	}
	defer sock.Close()
	s.port = l.Addr().(*net.TCPAddr).Port
	s.URL = fmt.Sprintf("http://127.0.0.1:%d/", s.port)
	s.Issuer = strings.TrimSuffix(s.URL, "/")
	s.SAMLEntityID = s.URL + "saml/metadata"
	s.SAMLMetadataURL = s.SAMLEntityID
	if err := s.writeFiles(opt); err != nil {
		tb.Fatalf("llngtest: %v", err)
	}
	if err := s.start(sock); err != nil {
		tb.Fatalf("llngtest: start LemonLDAP::NG: %v", err)
	}
	return s
}

// Dir is the server's directory: lemonldap-ng.ini, conf/lmConf-N.json
// (one per Start and Register), the sessions and llng.log (the portal's log
// and access log).
func (s *Server) Dir() string { return s.dir }

// Register replaces the relying party's registrations, the SAML SP and the
// OIDC RP, with those of opt, which says what Start's Options say: an SP
// only with opt.SAMLSPMetadata, an RP only with opt.OIDCRedirectURIs. Every
// request the portal takes after Register returns is answered with them.
// The server keeps its URL, keys, SAML metadata, JWKS, directory and the
// sessions of its users.
//
// Register writes the next configuration file and asks the portal for its
// SAML metadata and its OpenID discovery document, which the new
// configuration answers. It fails the test when the portal cannot load the
// configuration (with the tail of the portal's log), or loads it without
// the relying party (with LemonLDAP::NG's errors): LemonLDAP::NG logs an SP
// whose metadata Lasso refuses, or an RP it cannot build, and goes on
// without it. It may be called more than once, and from several goroutines
// (one at a time).
func (s *Server) Register(tb testing.TB, opt Options) {
	tb.Helper()
	s.confMu.Lock()
	defer s.confMu.Unlock()
	var logged int64
	if fi, err := os.Stat(s.logPath); err == nil {
		logged = fi.Size()
	}
	if err := s.writeConf(opt); err != nil {
		tb.Fatalf("llngtest: register: %v", err)
	}
	_, err := s.probe()
	b, _ := os.ReadFile(s.logPath)
	if err != nil {
		tb.Fatalf("llngtest: register: the portal does not answer with configuration %d: %v\n%s", s.cfgNum, err, tail(b, 3000))
	}
	// the portal's workers write the log unbuffered: the probe's reload
	// is in it
	if int64(len(b)) >= logged {
		if errs := loadErrors.FindAll(b[logged:], -1); len(errs) > 0 {
			tb.Fatalf("llngtest: register: the portal loads configuration %d without the relying party:\n%s", s.cfgNum, bytes.Join(errs, []byte("\n")))
		}
	}
}

// loadErrors match the errors that LemonLDAP::NG 2.16's portal logs when
// it leaves out an SP or an RP of its configuration
// (Lemonldap::NG::Portal::Lib::SAML's load_sp_from_conf and
// load_sp_metadata, ::Lib::OpenIDConnect's loadRPs).
var loadErrors = regexp.MustCompile(`(?m)^.*\[error\] (Fail to use SP |SAML SP .* will be ignored|Metadata for SP |Unable to build .* for RP ).*$`)

// start runs the portal, listening on sock, and waits until it serves its
// SAML metadata and its OpenID discovery document.
func (s *Server) start(sock *os.File) error {
	logf, err := os.OpenFile(s.logPath, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	defer logf.Close()
	cmd := exec.Command("perl", filepath.Join(s.dir, "serve.pl"), filepath.Join(s.dir, "portal.psgi"))
	cmd.ExtraFiles = []*os.File{sock} // fd 3
	cmd.Dir = s.dir
	cmd.Env = []string{
		"PATH=/usr/local/bin:/usr/bin:/bin",
		"HOME=" + s.dir,
		"LANG=C.UTF-8",
		"LLNG_DEFAULTCONFFILE=" + filepath.Join(s.dir, "lemonldap-ng.ini"),
	}
	cmd.Stdout, cmd.Stderr = logf, logf
	// its own process group, so stop reaches anything it forks; killed
	// when the test binary dies
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	if s.user != nil {
		cmd.SysProcAttr.Credential = &syscall.Credential{Uid: s.user.uid, Gid: s.user.gid}
	}
	if err := cmd.Start(); err != nil {
		return err
	}
	s.cmd = cmd
	s.exited = make(chan struct{})
	go func() { cmd.Wait(); close(s.exited) }()
	if err := s.waitReady(); err != nil {
		s.stop()
		return err
	}
	return nil
}

func (s *Server) waitReady() error {
	deadline := time.Now().Add(60 * time.Second)
	var last error
	for time.Now().Before(deadline) {
		select {
		case <-s.exited:
			b, _ := os.ReadFile(s.logPath)
			return fmt.Errorf("the portal exited at start:\n%s", tail(b, 3000))
		default:
		}
		md, err := s.probe()
		if err == nil {
			s.SAMLMetadata = md
			return nil
		}
		last = err
		time.Sleep(50 * time.Millisecond)
	}
	return fmt.Errorf("not ready on port %d after 60 s: %v", s.port, last)
}

// probe asks the portal for its SAML metadata and its OpenID discovery
// document, and returns the metadata.
func (s *Server) probe() ([]byte, error) {
	client := &http.Client{Timeout: 5 * time.Second}
	get := func(u string) ([]byte, error) {
		resp, err := client.Get(u)
		if err != nil {
			return nil, err
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		if err == nil && resp.StatusCode != http.StatusOK {
			err = fmt.Errorf("GET %s: %s", u, resp.Status)
		}
		return b, err
	}
	md, err := get(s.SAMLMetadataURL)
	if err == nil && !bytes.Contains(md, []byte("IDPSSODescriptor")) {
		err = fmt.Errorf("GET %s: no IDPSSODescriptor in %.300q", s.SAMLMetadataURL, md)
	}
	if err != nil {
		return nil, err
	}
	if _, err := get(s.Issuer + "/.well-known/openid-configuration"); err != nil {
		return nil, err
	}
	return md, nil
}

// stop ends the portal by its process id (its process group): SIGTERM,
// then SIGKILL when it has not exited within 5 s.
func (s *Server) stop() {
	if s.cmd == nil || s.cmd.Process == nil {
		return
	}
	pid := s.cmd.Process.Pid
	syscall.Kill(-pid, syscall.SIGTERM)
	select {
	case <-s.exited:
	case <-time.After(5 * time.Second):
		syscall.Kill(-pid, syscall.SIGKILL)
		<-s.exited
	}
	s.cmd = nil
}

// dirPrefix begins the name of every Server's directory in os.TempDir.
const dirPrefix = "llngtest-"

// removeStaleDirs removes the directories of Servers that a test binary
// killed before its cleanup left behind: those not changed for a day.
func removeStaleDirs() {
	old, _ := filepath.Glob(filepath.Join(os.TempDir(), dirPrefix+"*"))
	for _, d := range old {
		if fi, err := os.Stat(d); err == nil && fi.IsDir() && time.Since(fi.ModTime()) > 24*time.Hour {
			os.RemoveAll(d)
		}
	}
}

func tail(b []byte, n int) string {
	if len(b) > n {
		b = b[len(b)-n:]
	}
	return strings.TrimSpace(string(b))
}
