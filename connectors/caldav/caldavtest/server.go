// Package caldavtest starts real CalDAV servers — Radicale, Xandikos,
// DAViCal and SOGo from Debian's packages — on loopback ports with storage
// of their own, for the connector's interop tests (PROTOCOLS.md §2.5,
// INTEROP.md). It installs the packages with apt-get when they are missing
// and the process may; otherwise the test fails with instructions, never
// skips. Every process it starts is stopped by its process id when the test
// ends and dies with the test binary.
package caldavtest

import (
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/planner-dk/planner/internal/aptinstall"
)

// Kind names a CalDAV server implementation.
type Kind string

// The servers the suite runs against.
const (
	Radicale Kind = "radicale"
	Xandikos Kind = "xandikos"
	// DAViCal is DAViCal 1.1 under Apache with mod_php on the local
	// PostgreSQL (davical.go).
	DAViCal Kind = "davical"
	// SOGo is SOGo 5 with memcached and an SQL user source on the local
	// PostgreSQL (sogo.go).
	SOGo Kind = "sogo"
)

// Kinds lists every server kind, for table tests.
var Kinds = []Kind{Radicale, Xandikos, DAViCal, SOGo}

// Server is a CalDAV server process on a loopback port. Xandikos has no
// authentication, so a Basic-auth proxy (see proxy.go) fronts it and URL
// points at the proxy; every kind then demands credentials. DAViCal and
// SOGo keep their data in PostgreSQL, so each Server has a user of its own
// there instead of a directory.
type Server struct {
	Kind     Kind
	URL      string // base URL, no trailing slash
	User     string
	Password string
	Home     string // calendar home path, with trailing slash

	dir     string // storage, kept across Restart
	port    int    // the server process's own port
	cmd     *exec.Cmd
	exited  chan struct{}
	proxy   *authProxy
	logPath string
	pg      pgCluster // DAViCal, SOGo
	sogo    *sogoProc // SOGo
}

var installOnce sync.Once

// ensureInstalled makes the server binaries available, installing Debian's
// packages when running as root.
func ensureInstalled(tb testing.TB, k Kind) string {
	tb.Helper()
	bin := string(k)
	if p, err := exec.LookPath(bin); err == nil {
		return p
	}
	installOnce.Do(func() {
		if os.Geteuid() != 0 {
			return
		}
		if err := aptinstall.Install("radicale", "xandikos"); err != nil {
			tb.Logf("apt-get install radicale xandikos: %v", err)
		}
	})
	p, err := exec.LookPath(bin)
	if err != nil {
		tb.Fatalf("caldavtest: %s is not installed and could not be installed; run: apt-get install -y radicale xandikos", bin)
	}
	return p
}

// Start starts a server of kind k with fresh storage (a fresh user on
// DAViCal and SOGo) and stops it by its process id when the test ends.
// Every Start runs processes of its own: an Apache or a sogod is ready in
// about a second, so no server is shared between tests and Stop and Restart
// touch no other test's. Only the one-time set-up (packages, DAViCal's and
// SOGo's databases and roles) is done once per test binary, under a lock
// shared by the test binaries of the machine.
func Start(tb testing.TB, k Kind) *Server {
	tb.Helper()
	s := &Server{Kind: k, User: "advisor", Password: "s3cret-" + string(k), dir: tb.TempDir()}
	s.logPath = filepath.Join(s.dir, "server.log")
	switch k {
	case Radicale:
		if err := os.WriteFile(filepath.Join(s.dir, "users"), []byte(s.User+":"+s.Password+"\n"), 0o600); err != nil {
			tb.Fatal(err)
		}
		s.Home = "/" + s.User + "/"
	case Xandikos:
		s.Home = "/user/calendars/"
	case DAViCal:
		s.initDAViCal(tb)
	case SOGo:
		s.initSOGo(tb)
	default:
		tb.Fatalf("caldavtest: unknown server kind %q", k)
	}
	if err := s.start(tb); err != nil {
		tb.Fatalf("caldavtest: start %s: %v", k, err)
	}
	if k == Xandikos {
		p, err := newAuthProxy(s.User, s.Password, fmt.Sprintf("http://127.0.0.1:%d", s.port))
		if err != nil {
			tb.Fatal(err)
		}
		s.proxy = p
		s.URL = p.URL
	} else {
		s.URL = fmt.Sprintf("http://127.0.0.1:%d", s.port)
	}
	tb.Cleanup(func() {
		s.stop()
		if s.proxy != nil {
			s.proxy.Close()
		}
		if tb.Failed() {
			if b, err := os.ReadFile(s.logPath); err == nil && len(b) > 0 {
				tb.Logf("%s log:\n%s", k, tail(b, 4000))
			}
		}
	})
	return s
}

func (s *Server) start(tb testing.TB) error {
	if s.port == 0 {
		port, err := freePort()
		if err != nil {
			return err
		}
		s.port = port
	}
	cmd, ready, err := s.command(tb)
	if err != nil {
		return err
	}
	logf, err := os.OpenFile(s.logPath, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	defer logf.Close()
	cmd.Stdout, cmd.Stderr = logf, logf
	// its own process group, so stop reaches the workers too; SIGTERM
	// when the test binary dies (Apache then stops its children)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGTERM}
	if err := cmd.Start(); err != nil {
		return err
	}
	s.cmd = cmd
	s.exited = make(chan struct{})
	go func() { cmd.Wait(); close(s.exited) }()
	return s.waitReady(ready)
}

// command is the server process of s's kind and the request that answers
// once it is ready.
func (s *Server) command(tb testing.TB) (*exec.Cmd, func() (*http.Request, error), error) {
	addr := fmt.Sprintf("127.0.0.1:%d", s.port)
	get := func(path string) func() (*http.Request, error) {
		return func() (*http.Request, error) { return http.NewRequest(http.MethodGet, "http://"+addr+path, nil) }
	}
	switch s.Kind {
	case Radicale:
		// A bare --config ignores /etc/radicale/config (PROTOCOLS.md §2.5).
		return exec.Command(ensureInstalled(tb, s.Kind), "--config",
			"--server-hosts", addr,
			"--auth-type", "htpasswd",
			"--auth-htpasswd-filename", filepath.Join(s.dir, "users"),
			"--auth-htpasswd-encryption", "plain", "--auth-delay", "0",
			"--rights-type", "owner_only",
			"--storage-filesystem-folder", filepath.Join(s.dir, "collections"),
			"--web-type", "none", "--logging-level", "warning"), get("/"), nil
	case Xandikos:
		return exec.Command(ensureInstalled(tb, s.Kind), "-d", filepath.Join(s.dir, "store"), "--autocreate",
			"-l", "127.0.0.1", "-p", fmt.Sprint(s.port), "--current-user-principal", "/user/"), get("/health"), nil
	case DAViCal:
		cmd, err := s.davicalCommand()
		return cmd, get("/caldav.php/"), err
	default: // SOGo: ready once the user's default calendar answers a PROPFIND
		return s.sogoCommand(), func() (*http.Request, error) {
			req, err := http.NewRequest("PROPFIND", "http://"+addr+s.Home+"personal/", strings.NewReader(
				`<?xml version="1.0"?><propfind xmlns="DAV:"><prop><resourcetype/></prop></propfind>`))
			if err == nil {
				req.Header.Set("Depth", "0")
				req.Header.Set("Content-Type", "application/xml")
				req.SetBasicAuth(s.User, s.Password)
			}
			return req, err
		}, nil
	}
}

func (s *Server) waitReady(ready func() (*http.Request, error)) error {
	client := &http.Client{Timeout: 2 * time.Second, CheckRedirect: func(*http.Request, []*http.Request) error {
		return http.ErrUseLastResponse
	}}
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		select {
		case <-s.exited:
			b, _ := os.ReadFile(s.logPath)
			return fmt.Errorf("%s exited at start:\n%s", s.Kind, tail(b, 2000))
		default:
		}
		req, err := ready()
		if err != nil {
			return err
		}
		resp, err := client.Do(req)
		if err == nil {
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if resp.StatusCode < 500 && (s.Kind != SOGo || resp.StatusCode == http.StatusMultiStatus) {
				return nil
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	return fmt.Errorf("%s not ready on port %d after 60 s", s.Kind, s.port)
}

// stop ends the server process by its process id (its process group).
func (s *Server) stop() {
	if s.cmd == nil || s.cmd.Process == nil {
		return
	}
	if s.Kind == SOGo {
		s.stopSOGo()
	} else {
		stopGroup(s.cmd, s.exited, 5*time.Second)
	}
	s.cmd = nil
}

// stopGroup sends SIGTERM to cmd's process group, and SIGKILL when it has
// not exited within grace. exited, when not nil, closes when cmd.Wait has
// returned; otherwise the process is polled.
func stopGroup(cmd *exec.Cmd, exited chan struct{}, grace time.Duration) {
	if cmd == nil || cmd.Process == nil {
		return
	}
	pid := cmd.Process.Pid
	done := func() bool {
		if exited != nil {
			return isClosed(exited)
		}
		_, st := procStat(pid)
		return st == 0 || st == 'Z'
	}
	syscall.Kill(-pid, syscall.SIGTERM)
	for deadline := time.Now().Add(grace); time.Now().Before(deadline) && !done(); {
		time.Sleep(20 * time.Millisecond)
	}
	syscall.Kill(-pid, syscall.SIGKILL)
	if exited != nil {
		<-exited
	}
}

// Stop stops the server process, keeping its storage, so a test can watch
// the client meet a dead server; Restart brings it back.
func (s *Server) Stop(tb testing.TB) {
	tb.Helper()
	s.stop()
}

// Restart stops the server and starts it again on the same port and
// storage, as after a crash or an upgrade.
func (s *Server) Restart(tb testing.TB) {
	tb.Helper()
	s.stop()
	if err := s.start(tb); err != nil {
		tb.Fatalf("caldavtest: restart %s: %v", s.Kind, err)
	}
}

// Dir is the server's storage directory (Radicale: collections/collection-root).
// DAViCal and SOGo keep their data in PostgreSQL: theirs holds only the
// generated config and the log.
func (s *Server) Dir() string { return s.dir }

// NewCalendar creates a calendar collection named name (MKCALENDAR) and
// returns its URL with a trailing slash.
func (s *Server) NewCalendar(tb testing.TB, name string) string {
	tb.Helper()
	return s.NewCalendarIn(tb, name, "")
}

// NewCalendarIn creates a calendar whose CALDAV:calendar-timezone is
// vtimezone (a VCALENDAR holding one VTIMEZONE; "" for none), as RFC 4791
// §5.3.1's MKCALENDAR example sets it.
func (s *Server) NewCalendarIn(tb testing.TB, name, vtimezone string) string {
	tb.Helper()
	u := s.URL + s.Home + name + "/"
	var body io.Reader
	if vtimezone != "" {
		var b strings.Builder
		b.WriteString(`<?xml version="1.0" encoding="utf-8"?><C:mkcalendar xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"><D:set><D:prop><C:calendar-timezone>`)
		xml.EscapeText(&b, []byte(vtimezone))
		b.WriteString(`</C:calendar-timezone></D:prop></D:set></C:mkcalendar>`)
		body = strings.NewReader(b.String())
	}
	req, err := http.NewRequestWithContext(context.Background(), "MKCALENDAR", u, body)
	if err != nil {
		tb.Fatal(err)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/xml; charset=utf-8")
	}
	req.SetBasicAuth(s.User, s.Password)
	resp, err := s.client(time.Minute).Do(req)
	if err != nil {
		tb.Fatalf("MKCALENDAR %s: %v", u, err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusCreated {
		tb.Fatalf("MKCALENDAR %s: %s", u, resp.Status)
	}
	return u
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func tail(b []byte, n int) string {
	if len(b) > n {
		b = b[len(b)-n:]
	}
	return strings.TrimSpace(string(b))
}

// client is an HTTP client for the helpers' own requests. SOGo closes every
// connection after one answer without always saying so, so a request to
// it never reuses one.
func (s *Server) client(timeout time.Duration) *http.Client {
	if s.Kind == SOGo {
		return &http.Client{Timeout: timeout, Transport: &http.Transport{DisableKeepAlives: true}}
	}
	return &http.Client{Timeout: timeout}
}
