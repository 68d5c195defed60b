package main

import (
	"bytes"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/json"
	"encoding/pem"
	"io"
	"math/big"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/planner-dk/planner/identity/llngtest"
	"github.com/planner-dk/planner/internal/aptinstall"
)

// TestSignInThroughLemonLDAPInChromium: issue 20 — Chromium signs staff in
// to `planner serve` through a real identity provider, LemonLDAP::NG from
// Debian, by SAML (OIOSAML 3: signed and encrypted assertions, persistent
// NameID, the privileges attribute) and by OpenID Connect (code flow with
// PKCE), as an advisor and as an administrator; a person without a role is
// refused; signing out ends the session here and at the IdP. The provider
// is added the way an administrator does: Planner first, with the IdP's
// metadata and issuer, then the IdP is given Planner's SP metadata and
// redirect URI. The specs are web/e2e/llng/.
func TestSignInThroughLemonLDAPInChromium(t *testing.T) {
	chromium := ensureChromium(t)
	webDir := ensureNodeModules(t)
	idp := llngtest.Start(t, llngtest.Options{})
	bin := buildPlanner(t)
	dir := t.TempDir()
	database := filepath.Join(dir, "planner.db")
	certFile, keyFile := writeSPKeyPair(t, dir)
	c := setupJobcenter(t, bin, database)
	run := func(stdin string, args ...string) string {
		t.Helper()
		cmd := exec.Command(bin, append(args, "-database", database)...)
		cmd.Stdin = strings.NewReader(stdin)
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("planner %v: %v\n%s", args, err, out)
		}
		return string(out)
	}
	metadata := filepath.Join(dir, "idp-metadata.xml")
	must(t, os.WriteFile(metadata, idp.SAMLMetadata, 0o600))
	run("", "idp", "add", "-jobcenter", "1", "-kind", "saml", "-name", "LemonLDAP::NG (SAML)", "-metadata-file", metadata,
		"-role", llngtest.PrivilegeAdvisor+"=advisor", "-role", llngtest.PrivilegeAdmin+"=admin",
		"-advisor-claim", "https://data.gov.dk/model/core/eid/email", "-min-assurance", "Substantial")
	const clientSecret = "llng-client-secret-for-planner"
	run(clientSecret+"\n", "idp", "add", "-jobcenter", "1", "-kind", "oidc", "-name", "LemonLDAP::NG (OpenID Connect)",
		"-issuer", idp.Issuer, "-client", "planner", "-role", llngtest.GroupAdvisors+"=advisor", "-role", llngtest.GroupAdmins+"=admin",
		"-advisor-claim", "email")

	port := freeLoopbackPort(t)
	base := "http://127.0.0.1:" + port
	t.Setenv("PLANNER_SAML_CERT", certFile)
	t.Setenv("PLANNER_SAML_KEY", keyFile)
	t.Setenv("PLANNER_PUBLIC_URL", base)
	_, got := startServeAt(t, bin, database, "127.0.0.1:"+port)
	if got != base {
		t.Fatalf("serve at %s, want %s", got, base)
	}
	c.base = base

	resp, err := http.Get(base + "/sso/1/metadata")
	must(t, err)
	spMetadata, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !bytes.Contains(spMetadata, []byte("AssertionConsumerService")) {
		t.Fatalf("the SP metadata: %d\n%s", resp.StatusCode, spMetadata)
	}
	idp.Register(t, llngtest.Options{SAMLSPMetadata: spMetadata, OIDCClientID: "planner", OIDCClientSecret: clientSecret,
		OIDCRedirectURIs: []string{base + "/sso/2/callback"}, OIDCPostLogoutRedirectURIs: []string{base + "/login"}})

	// Doctor Who is an advisor of the job centre, by his mail address
	team := c.send("admin", "", "POST", "/api/teams", map[string]any{"name": "Ydelse"}, 201)
	c.send("admin", "", "POST", "/api/advisors", map[string]any{"name": "Doctor Who", "teamId": team["id"], "mail": "dwho@badwolf.org"}, 201)

	cmd := exec.Command("npx", "playwright", "test", "--config", "e2e/llng/playwright.config.ts")
	cmd.Dir = webDir
	cmd.Env = append(os.Environ(), "PLANNER_E2E_URL="+base, "PLANNER_LLNG_URL="+strings.TrimSuffix(idp.URL, "/"), "PLANNER_CHROMIUM="+chromium)
	out, err := cmd.CombinedOutput()
	t.Logf("playwright:\n%s", tailLines(out, 40))
	if err != nil {
		t.Fatalf("the browser tests through LemonLDAP::NG failed: %v", err)
	}
	if !strings.Contains(string(out), "6 passed") {
		t.Fatalf("want 6 browser tests passed")
	}
	var people struct {
		People []struct{ Name, Role string } `json:"people"`
	}
	resp = c.raw("admin", "GET", "/api/people")
	must(t, json.NewDecoder(resp.Body).Decode(&people))
	resp.Body.Close()
	if len(people.People) != 4 { // Doctor Who and Rose Tyler, once per provider; never Mickey Smith
		t.Errorf("people after the sign-ins: %+v", people.People)
	}
}

// ensureChromium returns Debian's Chromium, installing it when missing and
// root; otherwise the test fails saying what to install.
func ensureChromium(t *testing.T) string {
	t.Helper()
	path := os.Getenv("PLANNER_CHROMIUM")
	if path == "" {
		path = "/usr/bin/chromium"
	}
	if _, err := os.Stat(path); err == nil {
		return path
	}
	if err := aptinstall.Install("chromium"); err != nil {
		t.Fatalf("no Chromium at %s and it cannot be installed (%v): apt-get install chromium", path, err)
	}
	return path
}

// ensureNodeModules returns web/, with the npm packages of its lockfile
// installed when missing.
func ensureNodeModules(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs("../../web")
	must(t, err)
	if _, err := exec.LookPath("npm"); err != nil {
		t.Fatal("npm (Node.js) is needed for the browser tests")
	}
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "@playwright", "test")); err != nil {
		cmd := exec.Command("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error")
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("npm ci: %v\n%s", err, out)
		}
	}
	return dir
}

// writeSPKeyPair writes a fresh self-signed certificate and RSA key for the
// SAML service provider.
func writeSPKeyPair(t *testing.T, dir string) (string, string) {
	t.Helper()
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	must(t, err)
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "Planner SP (test)"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(24 * time.Hour),
		KeyUsage: x509.KeyUsageDigitalSignature | x509.KeyUsageKeyEncipherment}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	must(t, err)
	certFile, keyFile := filepath.Join(dir, "sp.crt"), filepath.Join(dir, "sp.key")
	must(t, os.WriteFile(certFile, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o600))
	must(t, os.WriteFile(keyFile, pem.EncodeToMemory(&pem.Block{Type: "RSA PRIVATE KEY", Bytes: x509.MarshalPKCS1PrivateKey(key)}), 0o600))
	return certFile, keyFile
}

// freeLoopbackPort is a loopback port free a moment ago.
func freeLoopbackPort(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	must(t, err)
	defer ln.Close()
	_, port, _ := net.SplitHostPort(ln.Addr().String())
	return port
}

func tailLines(b []byte, n int) string {
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}
